"""The headline figures: big numbers an owner reads first, each with a line of context."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.trends import Headline, TrendsReport
from frontdesk.ui.trends import text
from frontdesk.ui.trends.look import font
from frontdesk.ui.widgets import style
from frontdesk.ui.widgets.inline_form import ErrorLabel

TONE_COLOUR = {"worse": "#A84300", "better": "#006B4E", "same": style.TEXT,
               "none": style.MUTED_TEXT}  # dark vermilion / dark bluish green: ~6:1 on white
CARD_STYLE = ("QFrame#figureCard { background: white; border: 1px solid #D6D6D6; "
              "border-radius: 6px; } QFrame#figureCard QLabel { background: transparent; }")


class FigureCard(QFrame):
    """A caption, a big figure and a few short lines under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setStyleSheet(CARD_STYLE)
        self.caption = QLabel(caption, self)
        self.caption.setFont(font(10, bold=True))
        self.caption.setStyleSheet(f"color: {style.MUTED_TEXT};")
        self.caption.setWordWrap(True)
        self.figure = QLabel("–", self)
        self.figure.setFont(font(22, bold=True))
        self.figure.setStyleSheet(f"color: {style.TEXT};")
        self.lines: list[QLabel] = []
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(12, 8, 12, 10)
        self.box.setSpacing(2)
        self.box.addWidget(self.caption)
        self.box.addWidget(self.figure)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set(self, figure: str, lines: list[tuple[str, str]], tip: str = "") -> None:
        """lines: (text, colour) pairs."""
        self.figure.setText(figure)
        while len(self.lines) < len(lines):
            label = QLabel(self)
            label.setWordWrap(True)
            label.setFont(font(10))
            self.box.insertWidget(2 + len(self.lines), label)
            self.lines.append(label)
        for label, (words, colour) in zip(self.lines, lines, strict=False):
            label.setText(words)
            label.setStyleSheet(f"color: {colour};")
            label.show()
        for label in self.lines[len(lines):]:
            label.hide()
        self.setToolTip(tip)

    def texts(self) -> list[str]:
        return [self.figure.text()] + [x.text() for x in self.lines if not x.isHidden()]


class FeeEditor(QWidget):
    """"Edit fee…", then a dollar field with Save and Cancel in place; errors under it."""

    save = Signal(int)  # cents

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit_button = QToolButton(self)
        self.edit_button.setText("Edit fee…")
        self.edit_button.setToolTip("What one session is worth, for revenue lost and recovered")
        self.edit_button.clicked.connect(self.open)
        self.amount = QDoubleSpinBox(self)
        self.amount.setPrefix("$")
        self.amount.setDecimals(2)
        self.amount.setRange(0, 100_000)
        self.amount.setSingleStep(5)
        self.amount.setAccessibleName("Session fee in dollars")
        self.save_button = QPushButton("Save", self)
        self.save_button.clicked.connect(lambda: self.save.emit(round(self.amount.value() * 100)))
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.clicked.connect(self.close_editor)
        self.error = ErrorLabel(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.edit_button, self.amount, self.save_button, self.cancel_button):
            row.addWidget(w)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 2, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.error)
        self.cents = 0
        self.close_editor()

    def set_fee(self, cents: int) -> None:
        self.cents = cents

    @property
    def editing(self) -> bool:
        return not self.amount.isHidden()

    def open(self) -> None:
        self.amount.setValue(self.cents / 100)
        for w in (self.amount, self.save_button, self.cancel_button):
            w.show()
        self.edit_button.hide()
        self.amount.setFocus()
        self.amount.selectAll()

    def close_editor(self) -> None:
        for w in (self.amount, self.save_button, self.cancel_button):
            w.hide()
        self.edit_button.show()
        self.error.clear()

    def busy(self, on: bool) -> None:
        self.save_button.setEnabled(not on)


class HeadlineStrip(QWidget):
    """No-show rate this month, confirmation, reminders, reschedules, and money."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.no_show = FigureCard("NO-SHOW RATE THIS MONTH", self)
        self.confirmed = FigureCard("SESSIONS CONFIRMED", self)
        self.reminders = FigureCard("REMINDERS SENT", self)
        self.recovered = FigureCard("SAVED BY RESCHEDULING", self)
        self.revenue = FigureCard("REVENUE LOST", self)
        self.fee = FeeEditor(self.revenue)
        self.revenue.box.addWidget(self.fee)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        for card in self.cards:
            lay.addWidget(card, 1)
        lay.setStretch(0, 2)
        lay.setStretch(4, 2)

    @property
    def cards(self) -> list[FigureCard]:
        return [self.no_show, self.confirmed, self.reminders, self.recovered, self.revenue]

    def show_report(self, report: TrendsReport, today: date) -> None:
        h = report.headline
        self._no_show(h, (h.this_month.year, h.this_month.month) == (today.year, today.month))
        totals = h.totals
        self.confirmed.set(text.pct(h.confirmation_rate), [
            (f"{text.of(h.confirmed, totals.places)} sessions in this range", style.TEXT)],
            "Sessions the client confirmed (by reply or with the front desk) before it began.")
        delivered_share = text.pct(h.reminders_delivered / h.reminders_sent) \
            if h.reminders_sent else "–"
        self.reminders.set(text.count(h.reminders_sent), [
            (f"{text.count(h.reminders_delivered)} delivered ({delivered_share})", style.TEXT),
            (f"{text.count(h.reminders_failed)} failed or not delivered",
             TONE_COLOUR["worse"] if h.reminders_failed else style.TEXT)],
            "Reminder messages for the sessions in this range: sent = accepted by the "
            "provider. Email has no delivery receipts, so emails count as sent, not delivered.")
        self.recovered.set(text.plural(h.recovered, "session"), [
            ("moved to a new time and then attended", style.TEXT),
            (f"worth {text.money(h.revenue_recovered_cents)}", TONE_COLOUR["better"])])
        missed = totals.no_show + totals.late_cancelled
        self.revenue.set(text.money(h.revenue_lost_cents), [
            (f"{text.plural(missed, 'session')} missed or cancelled late in this range, "
             f"at {text.money(h.session_fee_cents)} each", style.TEXT)])
        self.fee.set_fee(h.session_fee_cents)

    def _no_show(self, h: Headline, ongoing: bool) -> None:
        m = h.this_month
        name = text.month_text(m.year, m.month)
        self.no_show.caption.setText(f"NO-SHOW RATE, {name.upper()}")
        lines = []
        for other in (h.last_month, h.same_month_last_year):
            arrow, words, tone = text.change(m.counts, other.counts,
                                             text.month_text(other.year, other.month))
            if words:
                lines.append((f"{arrow} {words}".strip(), TONE_COLOUR[tone]))
        if m.counts.places:
            figure = text.pct(m.counts.no_show_rate)
            lines.insert(0, (f"{text.of(m.counts.no_show, m.counts.places)} sessions missed"
                             + (" so far" if ongoing else ""), style.TEXT))
        else:
            figure = "–"
            lines.insert(0, (f"No sessions in {name} yet", style.MUTED_TEXT))
        self.no_show.set(figure, lines, "This month against last month and the same month "
                         "last year, for the chosen clinician, type and modality.")
        self.no_show.figure.setAlignment(Qt.AlignmentFlag.AlignLeft)
