"""Before FrontDesk quits: say what would wait (messages due soon, an urgent message not yet
acknowledged) and ask. With nothing waiting it just quits.

    guard = QuitGuard(ctx, window)
    guard.confirmed.connect(quit_now)
    guard.request()   # the counts come from the DB worker, never from the GUI thread
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from frontdesk.services.quit_check import QuitCheck
from frontdesk.ui.context import UiContext
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets import fmt
from frontdesk.ui.widgets.notice import error_text

TITLE = "Quit FrontDesk?"
NUMBER_WORDS = {1: "one", 2: "two", 3: "three"}
CONSEQUENCE = ("If FrontDesk is closed, they wait until it is opened again, and client "
               "replies, urgent ones included, are not read meanwhile.")


def _count(n: int, one: str, many: str) -> str:
    return f"{NUMBER_WORDS.get(n, str(n))} {one if n == 1 else many}"


def until_text(check: QuitCheck) -> str:
    """'9:00 PM today' / '9:00 AM tomorrow'."""
    days = (check.until.date() - check.now.date()).days
    day = "today" if days == 0 else "tomorrow" if days == 1 else f"{check.until:%a}"
    return f"{fmt.time_text(check.until)} {day}"


def quit_question(check: QuitCheck) -> str:
    """The question in plain words, from the counts (empty when nothing waits)."""
    parts = []
    if check.due_messages:
        verb = "is" if check.due_messages == 1 else "are"
        due = _count(check.due_messages, "message to clients", "messages to clients")
        parts.append(f"{due} {verb} due before {until_text(check)}")
    if check.open_crises:
        verb = "is" if check.open_crises == 1 else "are"
        urgent = _count(check.open_crises, "urgent client message", "urgent client messages")
        parts.append(f"{urgent} {verb} not yet acknowledged")
    if not parts:
        return ""
    said = " and ".join(parts)
    return f"{said[0].upper()}{said[1:]}. {CONSEQUENCE} Quit anyway?"


class QuitGuard(QObject):
    """`confirmed` fires when FrontDesk may quit: nothing waits, or the person said so."""

    confirmed = Signal()

    def __init__(self, ctx: UiContext, window: QWidget) -> None:
        super().__init__(window)
        self.services, self.runner, self.window = ctx.services, ctx.runner, window
        self.asking = False
        self.last_question = ""

    def request(self) -> None:
        if self.asking:
            return
        self.asking = True
        run_for(self.window, self.runner, self.services.desk.quit_check).on_success(
            self._decide).on_failure(self._unknown).on_finished(self._done)

    def _done(self) -> None:
        self.asking = False

    def _decide(self, check: QuitCheck) -> None:
        text = quit_question(check)
        if not text or self._ask(text):
            self.confirmed.emit()

    def _unknown(self, exc: BaseException) -> None:
        text = ("FrontDesk could not check whether reminders are due or an urgent client "
                f"message is waiting. {error_text(exc)} If FrontDesk is closed, reminders "
                "are not sent and replies are not read until it is opened again. Quit anyway?")
        if self._ask(text):
            self.confirmed.emit()

    def _ask(self, text: str) -> bool:
        self.last_question = text
        answer = QMessageBox.question(
            self.window, TITLE, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
