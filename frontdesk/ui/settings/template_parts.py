"""Pieces of the template editor: which message is picked, whose words they are, the variable
list, the preview with its segment counter and the list of problems (errors in red, warnings in
amber; each with a glyph too, so colour is not needed to read them).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain import Channel, Language, Step

# Dark amber text on a light amber wash: reads at ~7:1, and is not the red of an error.
WARNING_STYLE = ("QLabel { color: #6B4700; background: #FFF4D6; border-left: 4px solid #E69F00;"
                 " padding: 4px 6px; }")
ERROR_BOX_STYLE = ("QLabel { color: #8C1D18; background: #FDECEA; border-left: 4px solid "
                   "#B3261E; padding: 4px 6px; }")
COUNTER_OK = "QLabel { color: #1F1F1F; padding: 2px 6px; }"
COUNTER_WARN = ("QLabel { color: #6B4700; background: #FFF4D6; border: 1px solid #E69F00;"
                " border-radius: 3px; padding: 2px 6px; font-weight: 600; }")
BUBBLE_STYLE = ("QLabel { background: #F1F3F5; border: 1px solid #D0D4D9; border-radius: 10px;"
                " padding: 8px 10px; color: #1F1F1F; }")


@dataclass(frozen=True)
class Which:
    """One message: the key of its template."""

    step: Step
    channel: Channel
    language: Language
    clinician_id: int | None
    minimal: bool

    def args(self) -> tuple:
        return self.step, self.channel, self.language, self.clinician_id, self.minimal


def source_text(source: str, clinician: str | None) -> str:
    """Whose words the editor holds, in a sentence."""
    clinician = html.escape(clinician) if clinician else clinician
    if source == "clinician":
        return f"<b>{clinician}'s own words</b> — used for their clients instead of the practice's."
    if source == "practice" and clinician:
        return (f"<b>The practice's words</b> — {clinician} has none of their own. "
                f"Save to give {clinician} their own.")
    if source == "practice":
        return "<b>The practice's words</b> — edited by the practice."
    if clinician:
        return (f"<b>FrontDesk's default words</b> — neither the practice nor {clinician} "
                f"changed them. Save to give {clinician} their own.")
    return "<b>FrontDesk's default words</b> — edit and save to use the practice's own."


def combo(items, name: str) -> QComboBox:
    box = QComboBox()
    for value, text in items:
        box.addItem(text, value)
    box.setAccessibleName(name)
    return box


def short_error(text: str) -> str:
    """An error without its list of every variable (the list is on screen beside it)."""
    return re.sub(r"\s*Available: [^.]*\.\s*$", " The variables are listed on the right.",
                  text)


def counter_text(encoding: str, segments: int, units: int, per_segment: int,
                 single_limit: int) -> str:
    """ "1 segment · GSM-7 · 142/160", "2 segments · UCS-2 · 84/134"."""
    capacity = single_limit if segments <= 1 else per_segment * segments
    noun = "segment" if segments == 1 else "segments"
    return f"{segments} {noun} · {encoding} · {units}/{capacity}"


class VariableList(QWidget):
    """The message variables; a click asks for `{{ name }}` to be inserted."""

    chosen = Signal(str)

    def __init__(self, variables: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel("<b>Variables</b> — click to insert")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.list = QListWidget()
        self.list.setAccessibleName("Message variables")
        for name, description in variables.items():
            item = QListWidgetItem(name)
            item.setToolTip(f"{{{{ {name} }}}}\n{description}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        self.list.currentItemChanged.connect(self._describe)
        layout.addWidget(self.list, 1)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: palette(placeholder-text);")
        self.description.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.description)
        self._variables = variables

    def _describe(self, item: QListWidgetItem | None) -> None:
        name = item.data(Qt.ItemDataRole.UserRole) if item else ""
        self.description.setText(self._variables.get(name, ""))

    def _clicked(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def click(self, name: str) -> None:
        """Insert `name` as a click would (keyboard users: Enter on the item)."""
        self.chosen.emit(name)


class ProblemList(QWidget):
    """The error (red, blocks saving) and the warnings (amber, advice) for the words as typed."""

    visibility_changed = Signal(bool)  # something to show, or nothing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(4)
        self.layout_.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.error: str | None = None
        self.warnings: tuple[str, ...] = ()
        self._labels: list[QLabel] = []

    def show_problems(self, error: str | None, warnings: tuple[str, ...] = ()) -> None:
        self.error, self.warnings = error, tuple(warnings)
        for label in self._labels:
            label.deleteLater()
        self._labels = []
        if error:
            self._add(f"✖ Cannot be saved: {short_error(error)}", ERROR_BOX_STYLE)
        for warning in warnings:
            self._add(f"⚠ {warning}", WARNING_STYLE)
        self.visibility_changed.emit(bool(self._labels))

    def _add(self, text: str, style: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(text)
        self.layout_.addWidget(label)
        self._labels.append(label)

    def texts(self) -> list[str]:
        return [label.text() for label in self._labels]


class PreviewPane(QWidget):
    """The message as a client would read it (sample data), the in-person / video toggle and,
    for texts, the segment counter."""

    modality_changed = Signal(bool)  # telehealth

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel("<b>Preview</b> with sample data"))
        top.addStretch(1)
        self.in_person = QRadioButton("In person")
        self.video = QRadioButton("Video")
        self.in_person.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.in_person, self.video):
            group.addButton(button)
            top.addWidget(button)
        self.video.toggled.connect(self.modality_changed.emit)
        layout.addLayout(top)
        self.subject = QLabel()
        self.subject.setWordWrap(True)
        self.subject.setTextFormat(Qt.TextFormat.PlainText)
        self.subject.setAccessibleName("Preview subject")
        layout.addWidget(self.subject)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setStyleSheet(BUBBLE_STYLE)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAccessibleName("Preview")
        self.body.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        layout.addWidget(self.body)
        counter_row = QHBoxLayout()
        self.counter = QLabel()
        self.counter.setAccessibleName("SMS segments")
        self.counter.setToolTip("Counted on the longer of the in-person and video versions. "
                                "Each segment is billed as a text.")
        counter_row.addWidget(self.counter)
        counter_row.addStretch(1)
        layout.addLayout(counter_row)

    @property
    def telehealth(self) -> bool:
        return self.video.isChecked()

    def set_telehealth(self, video: bool) -> None:
        self.video.blockSignals(True)
        (self.video if video else self.in_person).setChecked(True)
        self.video.blockSignals(False)

    def show_check(self, channel: Channel, check) -> None:
        """Show a TemplateCheck (or clear on an error: the words cannot be filled in)."""
        self.subject.setVisible(channel is Channel.EMAIL)
        self.subject.setText(f"Subject: {check.preview_subject}" if check.ok else "Subject: —")
        self.body.setText(check.preview if check.ok else "(no preview until the error is fixed)")
        info = check.segments
        if channel is not Channel.SMS:
            self.counter.hide()
            return
        self.counter.show()
        if info is None:
            self.counter.setText("— segments")
            self.counter.setStyleSheet(COUNTER_OK)
            return
        self.counter.setText(counter_text(info.encoding, info.segments, info.septets_or_units,
                                          info.per_segment, info.single_limit))
        over = info.segments > 1
        self.counter.setStyleSheet(COUNTER_WARN if over else COUNTER_OK)
        self.counter.setProperty("over", over)
