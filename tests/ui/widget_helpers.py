"""Driving real widgets in UI tests: show one, type into it, click it, read an error."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from frontdesk.ui.bus import UiEvents
from frontdesk.ui.context import UiContext

# How long a UI test waits for something to happen: generous for a loaded CI machine; each
# wait is event-driven and ends as soon as its condition is met.
UI_WAIT_MS = 15_000


def shown(qtbot, widget: QWidget) -> QWidget:
    """Show the widget as the active window (keyboard focus works) and close it after."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=UI_WAIT_MS)
    return widget


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def error_shown(label) -> str:
    """The text of an inline error label, or "" when it is hidden."""
    return label.text() if not label.isHidden() else ""


def context_for(services, runner, actor: str = "reception") -> UiContext:
    """The context a window hands its screens, over these services and this runner."""
    return UiContext(services=services, runner=runner, actor=actor,
                     events=UiEvents(services.events))
