"""The set-up assistant ("Set up your practice"): shown after a new practice is created,
and again from Practice settings."""

from __future__ import annotations

from frontdesk.ui.context import UiContext
from frontdesk.ui.startup.setup.wizard import TITLE, SetupWizard


def open_setup_wizard(window, ctx: UiContext) -> SetupWizard:
    """Open the assistant over the main window; when it closes, the window reloads what
    the steps may have changed and says where to find them again."""
    wizard = SetupWizard(ctx, window)

    def closed(_result: int) -> None:
        for name in ("refresh_delivery_mode",):
            if hasattr(window, name):
                getattr(window, name)()
        schedule = getattr(window, "schedule", None)
        if schedule is not None and hasattr(schedule, "reload_context"):
            schedule.reload_context()
        if hasattr(window, "show_notice"):
            window.show_notice(wizard.closing_note(), "info")

    wizard.finished.connect(closed)
    wizard.open()
    return wizard


__all__ = ["TITLE", "SetupWizard", "open_setup_wizard"]
