"""Forms whose errors appear next to the field that caused them.

    grid = QGridLayout()
    errors = FieldErrors(banner)
    row = add_field(grid, 0, "&Mobile", mobile_edit, "mobile", errors)
    ...
    run_for(self, runner, save, data).on_failure(errors.show)  # ui/tasks.py

A ValidationError whose `field` was registered shows its message (and hint) under
that field and focuses it; anything else goes to the banner. Nothing typed is
touched: errors only add text, they never reset a field.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from frontdesk.services.contacts import timezone_names
from frontdesk.services.errors import ValidationError
from frontdesk.ui.widgets.notice import error_text

ERROR_STYLE = "color: #b3261e;"
NOTE_STYLE = "color: palette(placeholder-text);"


class ErrorLabel(QLabel):
    """A red line under a field, hidden until there is something to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(f"⚠ {text}")
        self.setAccessibleName(text)
        self.show()

    def clear(self) -> None:
        super().clear()
        self.hide()


class FieldErrors:
    """Routes errors to the label of the field they name; the rest to a banner."""

    def __init__(self, banner: ErrorLabel | None = None) -> None:
        self.banner = banner
        self._fields: dict[str, tuple[ErrorLabel, QWidget]] = {}

    def register(self, key: str, label: ErrorLabel, widget: QWidget) -> None:
        self._fields[key] = (label, widget)

    def label(self, key: str) -> ErrorLabel:
        return self._fields[key][0]

    def clear(self) -> None:
        for label, _ in self._fields.values():
            label.clear()
        if self.banner is not None:
            self.banner.clear()

    def show(self, exc: BaseException) -> str | None:
        """Show `exc` where it belongs; returns the field key it was shown at, if any."""
        if isinstance(exc, ValidationError) and exc.field in self._fields:
            label, widget = self._fields[exc.field]
            label.show_message(error_text(exc))
            focus_widget(widget)
            return exc.field
        if self.banner is not None:
            self.banner.show_message(error_text(exc))
        return None


def focus_widget(widget: QWidget) -> None:
    """Focus a field so the person can fix it. The text is not selected: one stray key
    press must not replace what they typed."""
    target = widget.lineEdit() if isinstance(widget, QComboBox) and widget.isEditable() else widget
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(target, QLineEdit):
        target.deselect()
        target.end(False)


def add_field(grid: QGridLayout, row: int, label: str, widget: QWidget,
              key: str | None = None, errors: FieldErrors | None = None,
              note: str = "") -> int:
    """Label | widget on `row`; an optional grey note and error line under the widget.

    Returns the next free row."""
    caption = QLabel(label)
    caption.setBuddy(widget)
    caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    grid.addWidget(caption, row, 0)
    grid.addWidget(widget, row, 1)
    row += 1
    if note:
        hint = QLabel(note)
        hint.setWordWrap(True)
        hint.setStyleSheet(NOTE_STYLE)
        grid.addWidget(hint, row, 1)
        row += 1
    if key is not None and errors is not None:
        err = ErrorLabel()
        grid.addWidget(err, row, 1)
        errors.register(key, err, widget)
        row += 1
    return row


@lru_cache(maxsize=1)
def _zones() -> tuple[str, ...]:
    return tuple(timezone_names())


class TimeZoneCombo(QComboBox):
    """An editable, searchable list of IANA zones; empty means "the default".

    Any text may be typed: the service decides whether it is a zone, and the form
    shows its answer next to this field."""

    def __init__(self, empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(list(_zones()))
        self.setMaxVisibleItems(15)
        completer = QCompleter(list(_zones()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.set_zone("")
        self.set_empty_text(empty_text)

    def set_empty_text(self, text: str) -> None:
        self.lineEdit().setPlaceholderText(text)

    def set_zone(self, zone: str | None) -> None:
        index = self.findText(zone or "")
        self.setCurrentIndex(index)
        self.setEditText(zone or "")

    def zone(self) -> str:
        return self.currentText().strip()
