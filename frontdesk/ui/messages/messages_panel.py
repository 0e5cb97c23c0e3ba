"""The Messages tab: "Needs attention" across the top, the threads on the left, the open
thread (with its reply box) on the right.

Everything is loaded on the task runner: when the tab is shown, after each action, and every
20 seconds. While the tab is hidden, only the unread count is read (for the tab's title).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from frontdesk.domain.changes import Changes
from frontdesk.services.inbox.dto import ThreadKey, ThreadSummary
from frontdesk.ui.context import UiContext
from frontdesk.ui.messages.crisis_alert import AcknowledgeDialog
from frontdesk.ui.messages.messages_data import InboxData, ThreadData, load_inbox, load_unread
from frontdesk.ui.messages.thread_list import ThreadList
from frontdesk.ui.messages.thread_view import ThreadView
from frontdesk.ui.tasks import LatestOnly, run_for
from frontdesk.ui.todo.triage_queue import TriageQueue
from frontdesk.ui.widgets.notice import NoticeBar, error_text


class MessagesPanel(QWidget):
    unread_changed = Signal(int)  # after each load: for the tab's title
    crisis_acknowledged = Signal(int)  # an item id: the crisis banner should check again

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner, self.actor = ctx.services, ctx.runner, ctx.actor
        self.data: InboxData | None = None
        self.opened: tuple[ThreadKey, str] | None = None  # the open thread's real title
        self.dialog: AcknowledgeDialog | None = None
        # One load at a time; asked meanwhile, refresh() once more (next turn of the loop).
        self.loads = LatestOnly(ctx.runner, self, coalesce=True,
                                again=lambda: QTimer.singleShot(0, self, self.refresh))
        self.notice = NoticeBar(self)
        self.queue = TriageQueue(self)
        self.threads = ThreadList(self)
        self.view = ThreadView(ctx, self)
        sides = QSplitter(Qt.Orientation.Horizontal, self)
        sides.addWidget(self.threads)
        sides.addWidget(self.view)
        sides.setStretchFactor(1, 1)
        sides.setSizes([400, 880])
        sides.setChildrenCollapsible(False)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.addWidget(self.queue)
        self.split.addWidget(sides)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([235, 600])
        self.split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addWidget(self.notice)
        lay.addWidget(self.split, 1)

        self.active = False  # between start() and stop(): follows the change bus
        self.queue.open_thread.connect(self.open_thread)
        self.queue.done.connect(self.mark_done)
        self.queue.acknowledge.connect(self.ask_acknowledge)
        self.threads.chosen.connect(self._chosen)
        self.view.changed.connect(self.refresh)
        self.view.linked.connect(self.open_thread)
        self.view.loaded.connect(self._thread_loaded)
        ctx.events.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if self.active and (changes.has("threads") or changes.has("crisis") or changes.clients):
            self.refresh()

    # ---- life --------------------------------------------------------------------------
    def start(self) -> None:
        self.active = True
        self.refresh()

    def stop(self) -> None:
        self.active = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    # ---- loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the queue, the threads and the open thread (just the count when hidden)."""
        if not self.isVisible():
            run_for(self, self.runner, load_unread, self.services).on_success(
                self.unread_changed.emit).on_failure(lambda _exc: None)
            return
        self.loads.run(load_inbox, self.services, on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, data: InboxData) -> None:
        self.data = data
        if self.notice.level == "error":
            self.notice.clear()
        self.queue.set_items(data)
        self.threads.set_threads(data, self.view.key)
        self.unread_changed.emit(data.unread)
        key = self.view.key
        if key is not None:
            summary = self.threads.summary(key)
            if summary is not None:
                self.view.update_summary(self._titled(summary))
            self.view.reload()  # the person is looking at it: new messages count as read

    def _failed(self, exc: BaseException) -> None:
        self.notice.show_notice(f"The messages could not be loaded. {error_text(exc)}",
                                "error")

    def _thread_loaded(self, data: ThreadData) -> None:
        summary = self.threads.summary(data.key)
        if summary is not None and summary.unread:
            # It was just marked read: badges and the tab title follow. Later, not inside the
            # list's own selection signal (the list is rebuilt).
            QTimer.singleShot(0, self, self.refresh)

    # ---- acting ------------------------------------------------------------------------
    def _chosen(self, summary: ThreadSummary) -> None:
        self.view.show_thread(summary)
        self._opening(summary.key)

    def open_thread(self, key: ThreadKey | None) -> None:
        """Show this thread (from the queue, the crisis banner or after linking)."""
        if key is None or not (key.client_id or key.address):
            return
        self.threads.select_key(key)
        self.view.show_thread(self.threads.summary(key), key)
        self._opening(key)
        if self.threads.summary(key) is None:
            self.refresh()  # not listed yet (just linked): the list catches up

    def _opening(self, key: ThreadKey) -> None:
        """A person opened this thread on purpose: the service records it (when it holds a
        crisis or clinical message) and gives the name screen privacy hid in the list."""
        self.opened = None
        run_for(self, self.runner, self.services.inbox.open_thread, key,
                self.actor).on_success(lambda title: self._opened(key, title)).on_failure(
            lambda exc: self.notice.show_notice(error_text(exc), "error"))

    def _opened(self, key: ThreadKey, title: str) -> None:
        if self.view.key != key or not title:
            return
        self.opened = (key, title)
        if self.view.summary is not None:
            self.view.update_summary(self._titled(self.view.summary))

    def _titled(self, summary: ThreadSummary) -> ThreadSummary:
        if self.opened is not None and self.opened[0] == summary.key:
            return replace(summary, title=self.opened[1])
        return summary

    def mark_done(self, item_id: int) -> None:
        run_for(self, self.runner, self.services.desk.mark_done, item_id,
                self.actor).on_success(lambda _r: self.refresh()).on_failure(
            lambda exc: self.notice.show_notice(error_text(exc), "error"))

    def ask_acknowledge(self, item_id: int, who: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        dlg = AcknowledgeDialog(self.ctx, item_id, who, self)
        dlg.acknowledged.connect(self.crisis_acknowledged)
        dlg.finished.connect(lambda _r: self._dialog_closed(dlg))
        self.dialog = dlg
        dlg.open()

    def _dialog_closed(self, dlg: AcknowledgeDialog) -> None:
        if self.dialog is dlg:
            self.dialog = None
        self.refresh()
