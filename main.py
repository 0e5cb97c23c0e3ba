"""Entry point for `python main.py` and the packaged binary."""

from frontdesk.app import main

if __name__ == "__main__":
    raise SystemExit(main())
