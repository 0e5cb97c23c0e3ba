"""Crash reports without client data: where the program was, never what it held.

An exception nobody caught is written to `crash-<time>.txt` in the log folder (beside
`frontdesk.log`) as the exception's type and, frame by frame, the file, line and function. Its
message and the frames' local values are left out: either may quote a client's name, number or
words. One sentence on stderr and in the log says where the report is.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType

from frontdesk import __version__

log = logging.getLogger(__name__)
MAX_REPORTS = 5  # per run: an error repeating in a paint handler must not fill the disk
CRASH_TEST_VAR = "FRONTDESK_CRASH_TEST"  # tests only: the entry raises, quoting its value
_written: list[Path] = []

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def _place(filename: str) -> str:
    """A frame's file from the package or library root (no home folder or user name)."""
    parts = Path(filename).parts
    for root in ("frontdesk", "site-packages", "_internal"):
        if root in parts:
            at = len(parts) - 1 - parts[::-1].index(root)
            kept = parts[at:] if root == "frontdesk" else parts[at + 1:]
            return "/".join(kept)
    return Path(filename).name


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and those it came from (raise ... from, or during handling), oldest first."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen[::-1]


def describe(exc: BaseException) -> str:
    """The report's body: types and frames only (no message, no local values)."""
    lines: list[str] = []
    for n, item in enumerate(_chain(exc)):
        if n:
            lines.append("which led to:")
        kind = type(item)
        lines.append(f"{kind.__module__}.{kind.__qualname__} (message left out: it may "
                     "quote client data)")
        for frame in traceback.extract_tb(item.__traceback__):
            lines.append(f"  {_place(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


def write_report(exc: BaseException, folder: Path, when: datetime | None = None) -> Path:
    """Write one report into `folder` (made if missing) and return its path."""
    import platform

    when = when or datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = when.strftime("%Y%m%d-%H%M%S")
    path = folder / f"crash-{stamp}.txt"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"crash-{stamp}-{n}.txt"
    frozen = "packaged" if getattr(sys, "frozen", False) else "from source"
    head = [f"FrontDesk {__version__} ({frozen}) met an error nobody caught.",
            f"time: {when.isoformat(timespec='seconds')}",
            f"python: {platform.python_version()}  system: {platform.system()} "
            f"{platform.release()} {platform.machine()}",
            "This report holds no client data: no message text and no values.", ""]
    path.write_text("\n".join(head) + describe(exc) + "\n", encoding="utf-8")
    return path


def log_folder(argv: Sequence[str]) -> Path:
    """Where frontdesk.log is written now, else the log folder --data-dir (or the default)
    names: a crash before logging was set up still finds its folder."""
    for handler in logging.getLogger().handlers:
        name = getattr(handler, "baseFilename", None)
        if name and getattr(handler, "_frontdesk", False):
            return Path(name).parent
    from frontdesk.paths import default_paths

    probe = argparse.ArgumentParser(add_help=False)
    probe.add_argument("--data-dir")
    known, _ = probe.parse_known_args(list(argv))
    return default_paths("practice", known.data_dir).log_dir


def install(argv: Sequence[str] | None = None) -> None:
    """Make uncaught exceptions (also those Qt hands to sys.excepthook) write a report."""
    args = list(sys.argv[1:] if argv is None else argv)
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            previous(kind, exc, tb)
            return
        if len(_written) >= MAX_REPORTS:
            return
        try:
            path = write_report(exc, log_folder(args))
        except OSError as err:
            print(f"FrontDesk met an unexpected error and could not write its crash report "
                  f"({err.strerror}).", file=sys.stderr)
            return
        _written.append(path)
        sentence = (f"FrontDesk met an unexpected error; a report without client data was "
                    f"saved to {path}")
        print(sentence, file=sys.stderr)
        if logging.getLogger().handlers:  # else logging's last resort prints it again
            log.critical("%s", sentence)

    sys.excepthook = hook


def crash_if_asked() -> None:
    """Tests only: with FRONTDESK_CRASH_TEST set, raise an error quoting its value, as an
    error quoting a client's details would."""
    planted = os.environ.get(CRASH_TEST_VAR)
    if planted:
        raise RuntimeError(f"crash test for {planted}")
