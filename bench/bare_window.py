"""The floor for start-up: a bare PySide6 window with a 200-row table, grabbed to a PNG.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bare_window.py --screenshot out.png

It starts, paints and saves the way `python -m frontdesk --screenshot` does (same window
size, same settle wait before the grab, then exit), but with nothing of FrontDesk in it:
no database, no services, no imports beyond PySide6.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

SIZE = (1440, 860)  # frontdesk.ui.startup.launch.SCREENSHOT_SIZE
COLUMNS = ["Time", "Client", "Clinician", "Type", "Where", "Confirmation", "Attendance", "Notes"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--screenshot", metavar="PNG", required=True)
    ap.add_argument("--rows", type=int, default=200)
    ap.add_argument("--settle-ms", type=int, default=300,
                    help="wait before the grab (frontdesk.ui.startup.launch.SETTLE_MS)")
    args = ap.parse_args(argv)

    app = QApplication(sys.argv[:1])
    model = QStandardItemModel(args.rows, len(COLUMNS))
    model.setHorizontalHeaderLabels(COLUMNS)
    for r in range(args.rows):
        hour, minute = 8 + r * 11 // args.rows, (r * 7) % 60
        values = [f"{hour:02d}:{minute:02d}", f"Client {r + 1}", f"Clinician {r % 20 + 1}",
                  "Individual session", "Room 3", "confirmed", "booked", ""]
        for c, text in enumerate(values):
            model.setItem(r, c, QStandardItem(text))
    view = QTableView()
    view.setModel(model)
    window = QMainWindow()
    window.setWindowTitle("Bare PySide6 window")
    window.setCentralWidget(view)
    window.resize(*SIZE)

    def grab() -> None:
        ok = window.grab().save(args.screenshot)
        app.exit(0 if ok else 1)

    window.show()
    QTimer.singleShot(args.settle_ms, grab)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
