"""What every screen and dialog is built with: one typed `UiContext` (the services, the
task runner, the acting person, the change bus and the window's banner)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontdesk.services.access import DeskSession
    from frontdesk.services.container import Services
    from frontdesk.ui.bus import UiEvents
    from frontdesk.ui.tasks import InlineTaskRunner, TaskRunner

log = logging.getLogger(__name__)


def _log_notice(text: str, level: str) -> None:
    """Until a window shows notices: the level only (the text may name a client)."""
    log.info("Notice (%s) with no window to show it", level)


@dataclass(frozen=True)
class UiContext:
    """Built once where the window is composed (`ui/startup/launch.py`); the main window binds
    `notify` to its banner and hands the result to every screen and dialog."""

    services: Services  # the use cases; widgets call them only through `runner`
    runner: TaskRunner | InlineTaskRunner  # background work, callbacks on the GUI thread
    actor: str  # the person acting, named in the audit trail
    events: UiEvents  # what changed, on the GUI thread: screens decide whether to redraw
    notify: Callable[[str, str], None] = field(default=_log_notice)  # (text, level)
    desk: DeskSession | None = None  # who is signed in (None in widget tests: nobody asks)
