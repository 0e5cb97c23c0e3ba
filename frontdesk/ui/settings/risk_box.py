"""Practice settings → Reminders → "Sessions at risk of a no-show": what the practice's own
model says (how good it is, what "high" means, or why there is none yet), whether a high-risk
unconfirmed session gets a call in To do the day before, and *Train now*."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.inline_form import ERROR_STYLE
from frontdesk.ui.widgets.notice import error_text

TITLE = "Sessions at risk of a no-show"
CALL_AHEAD = ("Put a call in To do the day before a high-risk session that is not confirmed")


class RiskBox(QGroupBox):
    """Reads the model's status and the setting through the task runner; saves on click."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(TITLE, parent)
        self.ctx, self.runner = ctx, ctx.runner
        self.text = QLabel("Reading…")
        self.text.setWordWrap(True)
        self.call_ahead = QCheckBox(CALL_AHEAD)
        self.call_ahead.toggled.connect(self._save)
        self.train_button = QPushButton("Train now")
        self.train_button.setToolTip("Learn again from the practice's attendance history "
                                     "(it also happens once a week by itself)")
        self.train_button.clicked.connect(self.train)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.call_ahead, 1)
        row.addWidget(self.train_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self._loading = False
        self.reload()

    def reload(self) -> None:
        run_for(self, self.runner, self.ctx.services.risk.status).on_success(
            self._show).on_failure(self._failed)

    def _show(self, status) -> None:
        self.error.hide()
        self.text.setText(status.text)
        self._loading = True  # setting the box must not save it again
        self.call_ahead.setChecked(status.call_ahead)
        self._loading = False
        self.train_button.setEnabled(True)

    def _save(self, on: bool) -> None:
        if self._loading:
            return
        run_for(self, self.runner, self.ctx.services.risk.set_call_ahead, on,
                self.ctx.actor).on_success(lambda _r: self.reload()).on_failure(self._failed)

    def train(self) -> None:
        self.train_button.setEnabled(False)
        self.text.setText("Learning from the practice's history…")
        run_for(self, self.runner, self.ctx.services.risk.train).on_success(
            self._show).on_failure(self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.train_button.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()
