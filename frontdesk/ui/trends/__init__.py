"""The Trends page (no-show trends for the practice owner), self-contained so that it can be
left out for staff without the owner's rights once accounts exist:

    page = trends_page_for(ctx, parent)  # None: not for this person

Light on purpose: pyqtgraph is imported only when the page is first built.
"""

from __future__ import annotations

from frontdesk.ui.context import UiContext


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


__all__ = ["can_see_trends", "trends_page_for"]
