"""The set-up assistant: a few steps that get a practice going, each one skippable.

Each page is a `SetupPage`: `load()` fills it from the practice (through the runner),
`commit(done, failed)` saves what was typed and calls `done()` when it worked, `failed()`
when not (the errors stay on the page, next to their field). *Skip* moves on without
saving; Escape or closing skips the rest — everything is also under Practice settings.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.context import UiContext
from frontdesk.ui.widgets.inline_form import NOTE_STYLE

TITLE = "Set up your practice"
LATER_NOTE = ("You can finish setting up at any time: Practice settings → "
              "Set-up assistant…, or each tab of Practice settings.")


class SetupPage(QWidget):
    """One step. Subclasses set `title` and `intro`, build their form, and override
    `load` and `commit`."""

    title = ""
    intro = ""
    changed = Signal()  # something was saved: the window reloads what it shows

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        self.outer = QVBoxLayout(self)
        heading = QLabel(f"<h2>{self.title}</h2>")
        self.outer.addWidget(heading)
        if self.intro:
            intro = QLabel(self.intro)
            intro.setWordWrap(True)
            intro.setStyleSheet(NOTE_STYLE)
            self.outer.addWidget(intro)

    def load(self) -> None:
        """Fill the page from what is saved (override)."""

    def commit(self, done: Callable[[], None], failed: Callable[[], None]) -> None:
        """Save what was typed, then call `done` (or `failed`, the errors shown)."""
        done()

    def set_busy(self, busy: bool) -> None:
        """While a save runs, the page's fields stay as typed but cannot change."""
        self.setEnabled(not busy)


class SetupWizard(QDialog):
    """Steps on the left, the current page on the right, Back / Skip / Save and continue."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 pages: list[SetupPage] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.setObjectName("setupWizard")
        self.resize(900, 620)
        self.completed = False
        if pages is None:
            from frontdesk.ui.startup.setup.pages import default_pages

            pages = default_pages(ctx)
        self.pages = pages
        self.steps = QListWidget()
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setAccessibleName("Steps")
        self.stack = QStackedWidget()
        for number, page in enumerate(pages, start=1):
            self.steps.addItem(f"{number}. {page.title}")
            self.stack.addWidget(page)
            page.changed.connect(self.changed)
        self.steps.setFixedWidth(max(200, self.steps.sizeHintForColumn(0) + 24))
        self.steps.currentRowChanged.connect(self._go)
        self.back_button = QPushButton("Back")
        self.back_button.clicked.connect(lambda: self._go(self.index - 1))
        self.skip_button = QPushButton("Skip this step")
        self.skip_button.setToolTip("Move on without saving this step")
        self.skip_button.clicked.connect(self.skip)
        self.next_button = QPushButton("Save and continue")
        self.next_button.clicked.connect(self.save_and_continue)
        self.later = QLabel(LATER_NOTE)
        self.later.setWordWrap(True)
        self.later.setStyleSheet(NOTE_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.later, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        body = QHBoxLayout()
        body.addWidget(self.steps)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        for button in (self.back_button, self.skip_button, self.next_button):
            button.setAutoDefault(False)  # Enter in a field never presses a button by itself
        for page in pages:
            page.load()
        self._go(0)

    @property
    def index(self) -> int:
        return self.stack.currentIndex()

    def page(self) -> SetupPage:
        return self.pages[self.index]

    def _go(self, index: int) -> None:
        if not 0 <= index < len(self.pages):
            return
        self.stack.setCurrentIndex(index)
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(index)
        self.steps.blockSignals(False)
        last = index == len(self.pages) - 1
        self.back_button.setEnabled(index > 0)
        self.skip_button.setText("Skip and finish" if last else "Skip this step")
        self.next_button.setText("Save and finish" if last else "Save and continue")

    def skip(self) -> None:
        self._advance()

    def save_and_continue(self) -> None:
        page = self.page()
        self.next_button.setEnabled(False)
        page.set_busy(True)

        def done() -> None:
            page.set_busy(False)
            self.next_button.setEnabled(True)
            self._advance()

        def failed() -> None:
            page.set_busy(False)
            self.next_button.setEnabled(True)

        page.commit(done, failed)

    def _advance(self) -> None:
        if self.index == len(self.pages) - 1:
            self.completed = True
            self.accept()
        else:
            self._go(self.index + 1)

    def closing_note(self) -> str:
        """What the window says once the assistant is closed."""
        if self.completed:
            return "Your practice is set up. " + LATER_NOTE.replace("You can finish setting "
                                                                    "up", "Change anything")
        return "Set-up skipped for now. " + LATER_NOTE
