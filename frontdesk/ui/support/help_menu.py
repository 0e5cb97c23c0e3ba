"""Help → About FrontDesk, Check this installation…, Backups…: each opens its screen from this
package (about.py, doctor_dialog.py, backup_dialog.py), imported when first chosen."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction

from frontdesk.domain.access import Permission

ENTRIES = (  # (text, module, function, the permission it needs, or None: anyone)
    ("&Check this installation…", "doctor_dialog", "open_doctor", Permission.DIAGNOSTICS),
    ("&Backups…", "backup_dialog", "open_backups", Permission.BACKUPS),
    ("&About FrontDesk", "about", "open_about", None),
)


def build_help_menu(window) -> dict[str, QAction]:
    """The Help menu on `window`'s menu bar; its actions by function name (role_view turns
    them on or off by the signed-in person's permissions)."""
    menu = window.menuBar().addMenu("&Help")
    window.help_menu = menu
    actions: dict[str, QAction] = {}
    for text, module, function, _permission in ENTRIES:
        action = QAction(text, window)
        action.triggered.connect(_opener(window, module, function))
        menu.addAction(action)
        actions[function] = action
    return actions


def apply_permissions(actions: dict[str, QAction], can: Callable[[Permission], bool]) -> None:
    for _text, _module, function, permission in ENTRIES:
        if function in actions:
            actions[function].setEnabled(permission is None or can(permission))


def _opener(window, module: str, function: str) -> Callable[[], None]:
    def open_it() -> None:
        try:
            opened = importlib.import_module(f"frontdesk.ui.support.{module}")
        except ImportError:
            window.show_notice("That isn't available in this version yet.", "warning")
            return
        getattr(opened, function)(window)

    return open_it


def open_once(window, attribute: str, kind: type, make: Callable[[], Any]) -> Any:
    """The dialog kept on `window.<attribute>`, raised if it is open; else `make()` shown and
    kept there until it closes. Returns (dialog, made_now)."""
    dialog = getattr(window, attribute, None)
    if isinstance(dialog, kind) and dialog.isVisible():
        dialog.raise_()
        dialog.activateWindow()
        return dialog, False
    dialog = make()
    setattr(window, attribute, dialog)
    dialog.finished.connect(lambda _r: setattr(window, attribute, None))
    dialog.show()
    return dialog, True
