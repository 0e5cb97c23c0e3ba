"""Logging to a rotating file in the data folder. Messages never carry client data:
log ids and counts, not names, numbers, addresses or message texts."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
# Libraries that would otherwise log client data (twilio logs To= at INFO).
QUIET = {"twilio.http_client": logging.WARNING, "httpx": logging.WARNING,
         "apscheduler.executors.default": logging.WARNING, "alembic": logging.WARNING}


def setup_logging(log_dir: Path, *, console: bool = False, level: int = logging.INFO) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "frontdesk.log"
    root = logging.getLogger()
    root.setLevel(level)
    for h in list(root.handlers):
        if getattr(h, "_frontdesk", False):
            root.removeHandler(h)
            h.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5,
                                                   encoding="utf-8")
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
