"""A message is described by its own time everywhere: received at 8:30, fetched and acted on
at 8:39 (a slow poll), the banner, Needs attention and To do all say 8:30."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication
from widget_helpers import UI_WAIT_MS

from frontdesk.domain import Channel, ConsentStatus
from frontdesk.services.inbox.poller import PollReport
from frontdesk.ui.todo.todo_panel import COLUMNS as TODO_COLUMNS
from frontdesk.ui.todo.triage_queue import CAME

BEN = "+16175550112"
ANA = "+16175550111"


@pytest.fixture
def beeps(monkeypatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: calls.append(1)))
    return calls


@pytest.fixture
def late_poll(practice):
    """8:30 Ben writes a crisis and Ana a question; FrontDesk fetches both at 8:39."""
    svc = practice.svc
    for c in (practice.ana, practice.ben):
        svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED, "form", "test")
    svc.clock.set(svc.clock.now() + timedelta(minutes=30))
    sent = svc.clock.now()
    svc.clock.set(sent + timedelta(minutes=9))
    svc.poller.store("SMtimes" + "0" * 25, BEN, "i want to end my life", sent, PollReport())
    svc.poller.store("SMtimes" + "1" * 25, ANA, "is there parking near the office?", sent,
                     PollReport())
    svc.poller.process_pending()
    return svc


def test_the_crisis_banner_and_needs_attention_show_the_message_time(
        late_poll, window, qtbot, beeps):
    win = window(late_poll)
    assert "8:30 AM" in win.crisis_banner.title.text()
    win.tabs.setCurrentWidget(win.messages)
    qtbot.waitUntil(lambda: win.messages.data is not None, timeout=UI_WAIT_MS)
    queue = win.messages.queue
    came = [queue.table.item(r, CAME).text() for r in range(queue.table.rowCount())]
    assert len(came) >= 2
    assert all(text.startswith("8:30 AM (9 min") for text in came), came


def test_to_do_shows_when_the_message_came_in(late_poll, window, qtbot, beeps):
    win = window(late_poll)
    win.tabs.setCurrentWidget(win.todo)
    since = TODO_COLUMNS.index("Since")
    table = win.todo.table
    qtbot.waitUntil(lambda: table.rowCount() >= 2, timeout=UI_WAIT_MS)
    texts = [table.item(r, since).text() for r in range(table.rowCount())]
    assert "8:30 AM (9 min ago)" in texts and not any("8:39" in t for t in texts), texts


def test_the_services_carry_the_message_time(late_poll):
    [crisis] = late_poll.inbox.open_crises()
    items = late_poll.inbox.triage_queue()
    assert {i.message_at for i in items} == {crisis.received_at}
    assert all(i.created_at - i.message_at == timedelta(minutes=9) for i in items)
    desk = [i for i in late_poll.desk.open_items() if i.message_at is not None]
    assert len(desk) >= 2 and {i.message_at for i in desk} == {crisis.received_at}
