"""Finding files in resources/, from a source checkout or a packaged binary."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon


def resource_path(name: str) -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks here
    base = Path(bundle) if bundle else Path(__file__).resolve().parents[3]
    return base / "resources" / name


def app_icon() -> QIcon:
    return QIcon(str(resource_path("frontdesk.svg")))
