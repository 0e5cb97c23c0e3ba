"""Helpers for the schedule UI tests: book through the services, read the table, drive dialogs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog

from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.schedule.schedule_model import Col

WED = date(2026, 3, 4)  # the fixture clock's day (08:00)
ACTOR = "reception"
SHOTS = Path(__file__).resolve().parent.parent / "screenshots"


def rows(win: MainWindow) -> list[dict[str, str]]:
    m = win.schedule.model
    return [{c.name: m.data(m.index(r, c)) or "" for c in Col} for r in range(m.rowCount())]


def clients_shown(win: MainWindow) -> list[str]:
    return [r["CLIENT"] for r in rows(win)]


def select(win: MainWindow, name: str) -> None:
    page = win.schedule
    i = next(i for i, r in enumerate(rows(win)) if r["CLIENT"].startswith(name))
    page.table.selectRow(i)
    assert page.selected_row().client_name in rows(win)[i]["CLIENT"]


def enabled(win: MainWindow) -> set[str]:
    return {name for name, b in win.schedule.buttons.items() if b.isEnabled()}


def open_dialog(win: MainWindow, action: str, click) -> QDialog:
    click(win.schedule.buttons[action])
    dlg = win.schedule.actions_.dialog
    assert dlg is not None and dlg.isVisible()
    return dlg


def pick_client(qtbot, dlg, text: str) -> None:
    dlg.picker.search.clear()
    qtbot.keyClicks(dlg.picker.search, text)
    qtbot.waitUntil(lambda: dlg.picker.results.count() == 1 and
                    dlg.picker.results.item(0).text().lower().find(text) >= 0, timeout=15_000)
    dlg.picker.results.setCurrentRow(0)
    dlg.picker.add_button.click()


def choose(combo, data) -> None:
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)
