"""The bar that says the work behind the window is not happening: client replies not fetched
for minutes, the sending lock unusable, background work stopped.

`HealthWatch` asks `services.health.background_health()` through the TaskRunner (never on the
GUI thread) now, soon after start-up (background work starts once the window is up), and
every 45 seconds. The bar cannot be dismissed: it goes when the problem does.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from frontdesk.domain.changes import Changes
from frontdesk.ui.context import UiContext
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.delivery_banner import DeliveryBanner

log = logging.getLogger(__name__)
TITLE = "Reminders and replies need attention"
CHECK_MS = 45_000
FIRST_CHECK_MS = 3_000  # after background work has had its moment to start


class HealthBanner(DeliveryBanner):
    """Hidden until `set_text` gets a non-empty text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, title=TITLE, name="healthBanner", button="")


class HealthWatch(QObject):
    """Keeps the banner in step with the background health."""

    changed = Signal(object)  # the BackgroundHealth after each check

    def __init__(self, ctx: UiContext, banner: HealthBanner, parent: QObject) -> None:
        super().__init__(parent)
        self.services, self.runner, self.banner = ctx.services, ctx.runner, banner
        self._loading = False
        # Time-based: "not fetched for more than five minutes" becomes true with no change.
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.refresh)
        ctx.events.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.has("health") and self.timer.isActive():  # started, not yet stopped
            self.refresh()

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.refresh)
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        run_for(self.banner, self.runner, self.services.health.background_health).on_success(
            self._loaded).on_failure(self._failed).on_finished(self._finished)

    def _finished(self) -> None:
        self._loading = False

    def _loaded(self, health) -> None:
        self.banner.set_text(health.text)
        self.changed.emit(health)

    def _failed(self, exc: BaseException) -> None:
        # The bar keeps what it showed: a failed check never hides a problem.
        log.warning("Background health check failed: %s", type(exc).__name__)
