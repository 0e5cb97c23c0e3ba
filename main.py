"""Entry point for `python main.py` and the packaged binary."""

from frontdesk.entry import run

if __name__ == "__main__":
    raise SystemExit(run())
