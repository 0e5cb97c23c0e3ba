"""The main window's size and place, remembered per screen (a laptop alone, docked…).

Stored in QSettings under the screen's name and geometry; the first time on a screen the
window gets a size that fits its free area, centred."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

GROUP = "window_geometry"
LAST = "last_screen"
PREFERRED = (1280, 800)
FILL = 0.92  # at most this share of a small screen's free area


def screen_key(screen: QScreen) -> str:
    g = screen.geometry()
    name = screen.name() or "screen"
    return f"{name}@{g.width()}x{g.height()}+{g.x()}+{g.y()}".replace("/", "_")


def default_rect(screen: QScreen) -> QRect:
    """The preferred size, shrunk to fit the screen's free area, centred on it."""
    free = screen.availableGeometry()
    w = min(PREFERRED[0], int(free.width() * FILL))
    h = min(PREFERRED[1], int(free.height() * FILL))
    rect = QRect(0, 0, w, h)
    rect.moveCenter(free.center())
    return rect


def _screens_by_key() -> dict[str, QScreen]:
    return {screen_key(s): s for s in QGuiApplication.screens()}


def restore(window: QWidget, settings: QSettings) -> str:
    """Put the window where it was last on a screen that is still here; else the default
    on the primary screen. Returns the key used ("" for the default)."""
    screens = _screens_by_key()
    settings.beginGroup(GROUP)
    try:
        last = str(settings.value(LAST, "") or "")
        primary = QGuiApplication.primaryScreen()
        for key in (last, screen_key(primary) if primary else ""):
            saved = settings.value(key) if key in screens else None
            if saved is not None and window.restoreGeometry(saved):
                return key
    finally:
        settings.endGroup()
    if primary is not None:
        window.setGeometry(default_rect(primary))
    return ""


def save(window: QWidget, settings: QSettings) -> None:
    """Remember where the window is, under the screen it is on."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    key = screen_key(screen)
    settings.beginGroup(GROUP)
    settings.setValue(key, window.saveGeometry())
    settings.setValue(LAST, key)
    settings.endGroup()
    settings.sync()
