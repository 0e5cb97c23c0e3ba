"""Logging to a file in the data folder, rotated by size: at MAX_BYTES the file is renamed
frontdesk.log.1 (the older ones moving up to .5) and a new one begun, so the folder never
holds more than (BACKUPS + 1) × MAX_BYTES. Messages never carry client data: log ids and
counts, not names, numbers, addresses or message texts."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
LOG_NAME = "frontdesk.log"
MAX_BYTES = 5 * 1024 * 1024  # one file's size before it is rotated
BACKUPS = 5  # rotated files kept: frontdesk.log.1 (newest) … frontdesk.log.5
# Libraries that would otherwise log client data (twilio logs To= at INFO).
QUIET = {"twilio.http_client": logging.WARNING, "httpx": logging.WARNING,
         "apscheduler.executors.default": logging.WARNING, "alembic": logging.WARNING}


def setup_logging(log_dir: Path, *, console: bool = False, level: int = logging.INFO,
                  max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    root.setLevel(level)
    for h in list(root.handlers):
        if getattr(h, "_frontdesk", False):
            root.removeHandler(h)
            h.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=max_bytes,
                                                   backupCount=backups, encoding="utf-8")
    handlers: list[logging.Handler] = [handler]
    if console:
        handlers.append(logging.StreamHandler())
    for h in handlers:
        h.setFormatter(logging.Formatter(FORMAT))
        h._frontdesk = True  # type: ignore[attr-defined]
        root.addHandler(h)
    for name, lvl in QUIET.items():
        logging.getLogger(name).setLevel(lvl)
    return path


def current_log_file() -> Path | None:
    """The file this process logs to (None until `setup_logging`)."""
    for h in logging.getLogger().handlers:
        if getattr(h, "_frontdesk", False) and isinstance(h, logging.FileHandler):
            return Path(h.baseFilename)
    return None


def stop_logging() -> None:
    """Close this process's log file (tests; a folder about to be removed)."""
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_frontdesk", False):
            root.removeHandler(h)
            h.close()
