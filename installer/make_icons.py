"""Render resources/frontdesk.svg into the icons Windows and macOS builds take:
build/icons/frontdesk.ico (256 px) and build/icons/FrontDesk.icns (1024 px), through Qt's
own image plugins, so any platform with the project's venv can make both.

    .venv/bin/python installer/make_icons.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"frontdesk.ico": 256, "FrontDesk.icns": 1024}


def main(out: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(ROOT / "resources" / "frontdesk.svg"))
    if not renderer.isValid():
        print("resources/frontdesk.svg could not be read", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    for name, size in SIZES.items():
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = out / name
        if not image.save(str(path)):
            print(f"Qt could not write {path} (its image format plugin is missing)",
                  file=sys.stderr)
            return 1
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"))
