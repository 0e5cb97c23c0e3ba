"""The practice's name, phone, address and time-zone inputs, shared by Practice settings and
the set-up assistant so the two always ask the same way."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from frontdesk.ui.widgets.inline_form import TimeZoneCombo

PHONE_EXAMPLE = "(617) 555-0100"


def add_practice_fields(owner: QWidget, zone: str) -> None:
    """Create `name_edit`, `phone_edit`, `address_edit` and `tz_combo` on `owner`."""
    owner.name_edit = QLineEdit()
    owner.name_edit.setAccessibleName("Practice name")
    owner.phone_edit = QLineEdit()
    owner.phone_edit.setAccessibleName("Practice phone")
    owner.phone_edit.setPlaceholderText(PHONE_EXAMPLE)
    owner.address_edit = QPlainTextEdit()
    owner.address_edit.setAccessibleName("Address")
    owner.address_edit.setTabChangesFocus(True)
    owner.address_edit.setFixedHeight(owner.fontMetrics().lineSpacing() * 3 + 14)
    owner.tz_combo = TimeZoneCombo(zone)
    owner.tz_combo.setAccessibleName("Time zone")
