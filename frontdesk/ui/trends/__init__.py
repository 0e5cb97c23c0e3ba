"""The Trends page (no-show trends for the practice owner), self-contained so that it can be
left out for staff without the owner's rights once accounts exist:

    page = trends_page_for(ctx, parent)  # None: not for this person

Light on purpose: pyqtgraph and the chart cards are imported on a thread of their own
(`load_charts_in_background`, once the window has settled, or when the page is first opened),
never on the GUI thread; the page shows its frame at once and makes its charts once they are
loaded.
"""

from __future__ import annotations

import logging
import threading

from frontdesk.ui.context import UiContext

log = logging.getLogger(__name__)
_charts_loaded = threading.Event()
_loader: list[threading.Thread] = []  # the one loading thread, once started
_start_lock = threading.Lock()


def load_charts_in_background() -> None:
    """Start importing the charting library and the chart cards on a thread of its own
    (once; later calls do nothing). `charts_loaded()` says when it is done."""
    with _start_lock:
        if _loader:
            return
        thread = threading.Thread(target=_load_charts, name="trends-charts", daemon=True)
        _loader.append(thread)
    thread.start()


def charts_loaded() -> bool:
    """Whether the chart modules are imported (or their import failed, which the page's
    own import then reports)."""
    return _charts_loaded.is_set()


def _load_charts() -> None:
    try:
        import frontdesk.ui.trends.cards  # noqa: F401  (pyqtgraph and every chart card)
    except Exception:  # the page's own import raises it again, where it can be shown
        log.exception("The trends charts could not be loaded")
    finally:
        _charts_loaded.set()


def can_see_trends(actor: str) -> bool:
    """Whether `actor` may see the trends. There are no accounts yet, so everyone who can
    open the practice may; with accounts, only staff with the owner's rights."""
    return True


def trends_page_for(ctx: UiContext, parent=None):
    """The Trends page for `ctx.actor`, or None when they may not see it."""
    if not can_see_trends(ctx.actor):
        return None
    from frontdesk.ui.trends.page import TrendsPage

    return TrendsPage(ctx, parent)


__all__ = ["can_see_trends", "charts_loaded", "load_charts_in_background", "trends_page_for"]
