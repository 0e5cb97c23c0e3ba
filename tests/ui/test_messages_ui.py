"""The Messages tab and the crisis alert, on real services and a real encrypted database.

Client replies are stored and acted on through the real poller (`store` + `process_pending`,
no Twilio), except where the poller's own on_crisis path is the point: there it polls a
Twilio-shaped server on loopback from a background thread, as the scheduler would.
"""

from __future__ import annotations

import itertools
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from fakes.twilio_server import twilio_server_fixture  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event, select
from sqlalchemy.orm import Session
from widget_helpers import UI_WAIT_MS, context_for, error_shown, type_into

from frontdesk.domain import Channel, ConsentStatus
from frontdesk.domain.changes import Changes
from frontdesk.models import AuditEntry
from frontdesk.services.channels.twilio_channel import TwilioChannel
from frontdesk.services.demo import seed_demo
from frontdesk.services.inbox.dto import ThreadKey
from frontdesk.services.reminders.senders import Senders
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.tasks import TaskRunner
from frontdesk.ui.todo.triage_queue import DUE, KIND, NOTE
from tests.helpers import client_writes

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"
PRACTICE = "+16175550100"
ANA = "+16175550111"
BEN = "+16175550112"
STRANGER = "+16175550199"
CRISIS_TEXT = "i dont want to be here anymore"
_sids = itertools.count(1)




@pytest.fixture
def desk(practice):
    """Ana and Ben agreed to texts."""
    for c in (practice.ana, practice.ben):
        practice.svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED,
                                         "intake form", "test")
    return practice


@pytest.fixture
def beeps(monkeypatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: calls.append(1)))
    return calls


def audit(svc, action: str) -> list[AuditEntry]:
    with Session(svc.engine) as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def messages_tab(qtbot, win):
    win.tabs.setCurrentWidget(win.messages)
    qtbot.waitUntil(lambda: win.messages.data is not None, timeout=UI_WAIT_MS)
    return win.messages


def click_thread(qtbot, panel, key: ThreadKey) -> None:
    lst = panel.threads
    item = next(lst.item(i) for i in range(lst.count())
                if lst.item(i).data(Qt.ItemDataRole.UserRole + 1) == key)
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton,
                     pos=lst.visualItemRect(item).center())
    qtbot.waitUntil(lambda: panel.view.data is not None and panel.view.data.key == key,
                    timeout=UI_WAIT_MS)


# ---- the crisis alert ---------------------------------------------------------------------

def test_the_crisis_alert_stays_until_a_named_person_acknowledges_it(
        desk, window, qtbot, click, beeps):
    svc = desk.svc
    client_writes(svc, ANA, CRISIS_TEXT)
    win = window(svc)
    banner = win.crisis_banner
    alerted: list = []
    win.crisis.alerted.connect(alerted.append)
    assert banner.isVisible()
    assert "URGENT: Annie Lindqvist may be at risk" in banner.title.text()
    assert "message received 8:00 AM" in banner.title.text()
    assert CRISIS_TEXT in banner.quote.text()
    assert "crisis resources sent by sms" in banner.status.text()
    assert banner.y() < win.delivery_banner.y() and banner.y() < win.tabs.y()  # on top
    assert len(beeps) >= 1  # announced once, on start

    # Nothing but acknowledging removes it: hiding, closing, Escape, checks, tab changes.
    banner.hide()
    banner.close()
    banner.setVisible(False)
    qtbot.keyClick(banner, Qt.Key.Key_Escape)
    win.crisis.refresh()
    win.tabs.setCurrentWidget(win.messages)
    win.refresh()
    assert banner.isVisible()
    assert alerted == []  # the same crisis is not announced again
    sounded = len(beeps)
    win.crisis.refresh()
    assert len(beeps) == sounded

    click(banner.ack_button)
    dlg = win.crisis.dialog
    qtbot.waitExposed(dlg)
    assert dlg.name_edit.text() == "reception"  # the app's actor, editable
    for name in ("", "   ", "D"):
        dlg.name_edit.setText(name)
        click(dlg.ack_button)
        assert "Type your name" in error_shown(dlg.name_error)
        assert dlg.isVisible() and banner.isVisible()
    assert audit(svc, "acknowledge_crisis") == []

    type_into(qtbot, dlg.name_edit, "Dana Whitfield")
    click(dlg.ack_button)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=UI_WAIT_MS)
    assert not dlg.isVisible()
    [entry] = audit(svc, "acknowledge_crisis")
    assert entry.actor == "Dana Whitfield"
    assert svc.inbox.open_crises() == []
    qtbot.waitUntil(lambda: "crisis" not in [i.kind for i in win.messages.queue.items],
                    timeout=UI_WAIT_MS)  # the queue hears of it through the change bus


def test_several_crises_show_one_at_a_time_with_how_many_more(desk, window, qtbot, beeps):
    svc = desk.svc
    client_writes(svc, ANA, CRISIS_TEXT, minutes_ago=3)
    client_writes(svc, STRANGER, "im going to kill myself tonight")
    win = window(svc)
    banner = win.crisis_banner
    assert "Annie Lindqvist" in banner.title.text()  # the oldest first
    assert banner.more.isVisible() and "+ 1 more urgent message" in banner.more.text()
    assert "Unknown number (617) 555-0199" in banner.more.text()
    first = banner.alerts[0].item_id
    svc.inbox.acknowledge(first, "Dana Whitfield")  # at another desk
    win.crisis.refresh()
    assert banner.isVisible() and "Unknown number" in banner.title.text()
    assert not banner.more.isVisible()


def test_a_crisis_polled_while_the_window_is_open_shows_at_once(
        desk, window, qtbot, twilio_server, beeps):
    """The poller runs in a background thread; the crisis it publishes reaches the window
    through the change bus (queued to the GUI thread), long before the 15-second check."""
    svc = desk.svc
    twilio_server.now = svc.clock.now
    twilio = TwilioChannel(twilio_server.account_sid, twilio_server.auth_token, PRACTICE,
                           api_base=twilio_server.url, timeout=2.0)
    svc.poller.senders = lambda: Senders(twilio, None)
    win = window(svc)
    assert not win.crisis_banner.isVisible()
    win.crisis.timer.stop()  # only the change bus can show it now
    alerted: list = []
    win.crisis.alerted.connect(alerted.append)

    twilio_server.add_inbound(BEN, PRACTICE, "i want to end my life")
    poll = threading.Thread(target=svc.poller.poll)
    poll.start()
    qtbot.waitUntil(lambda: win.crisis_banner.isVisible(), timeout=UI_WAIT_MS)
    poll.join(5)
    assert "Benjamin Okoro" in win.crisis_banner.title.text()
    assert [a.who for a in alerted[0]] == ["Benjamin Okoro"]
    assert beeps  # and the bell rang
    win.close()
    checks: list = []
    win.crisis.loads.run = lambda *a, **k: checks.append(a)  # would load again
    svc.events.publish(Changes(crisis=True))
    qtbot.wait(50)
    assert checks == []  # the closed window no longer listens


# ---- threads, replies and the queue ---------------------------------------------------------

def test_threads_show_unread_counts_and_opening_one_marks_it_read(desk, window, qtbot):
    svc = desk.svc
    client_writes(svc, BEN, "what's the address again?", minutes_ago=5)
    client_writes(svc, BEN, "is there parking?", minutes_ago=2)
    client_writes(svc, ANA, "running late sorry", minutes_ago=1)
    win = window(svc)
    tab = win.tabs.indexOf(win.messages)
    assert win.tabs.tabText(tab) == "Messages (3)"  # before the tab was ever opened
    panel = messages_tab(qtbot, win)
    ben = ThreadKey(desk.ben.id)
    row = panel.threads.row_widget(ben)
    assert row.badge.isVisible() and row.badge.text() == "2 new"
    assert row.title.font().bold() and row.waiting.isVisible()
    assert row.preview.full == "is there parking?"

    click_thread(qtbot, panel, ben)
    qtbot.waitUntil(lambda: win.tabs.tabText(tab) == "Messages (1)", timeout=UI_WAIT_MS)
    assert svc.inbox.unread_count() == 1
    assert not panel.threads.row_widget(ben).badge.isVisible()
    bubbles = panel.view.scroll.bubbles
    assert [b.direction for b in bubbles] == ["in", "in"]
    assert bubbles[0].body.text() == "what's the address again?"  # oldest first
    assert "FrontDesk understood: a question" in bubbles[1].understood.text()
    assert "intent question" in bubbles[1].understood.toolTip()  # the reasons
    assert panel.view.title.text() == "Benjamin Okoro"


def test_a_typed_reply_is_sent_and_a_refused_one_keeps_its_text(desk, window, qtbot, click):
    svc = desk.svc
    client_writes(svc, BEN, "what's the address again?")
    win = window(svc)
    panel = messages_tab(qtbot, win)
    ben = ThreadKey(desk.ben.id)
    click_thread(qtbot, panel, ben)
    view = panel.view
    assert view.reply_edit.isEnabled() and view.send_button.isEnabled()
    assert view.chosen_channel() is Channel.SMS
    assert [a.text() for a in view.saved_menu.actions()] == list(svc.inbox.saved_replies())

    long_text = "x" * 700
    view.reply_edit.setPlainText(long_text)
    click(view.send_button)
    assert "at most 640 characters" in error_shown(view.reply_error)
    assert view.reply_edit.toPlainText() == long_text  # kept

    view.reply_edit.clear()
    qtbot.keyClicks(view.reply_edit, "1 Main St, second floor. ")
    view.saved_menu.actions()[0].trigger()
    text = "1 Main St, second floor. " + svc.inbox.saved_replies()[0]
    assert view.reply_edit.toPlainText() == text
    click(view.send_button)
    qtbot.waitUntil(lambda: [b.direction for b in view.scroll.bubbles] == ["in", "out"],
                    timeout=UI_WAIT_MS)
    assert view.reply_edit.toPlainText() == "" and error_shown(view.reply_error) == ""
    out = [e for e in svc.inbox.thread(ben) if e.direction == "out"]
    assert [(e.text, e.channel, e.status) for e in out] == [(text, "sms", "planned")]
    assert view.scroll.bubbles[1].body.text() == text
    assert "planned" in view.scroll.bubbles[1].head.text()
    assert [e.actor for e in audit(svc, "reply")] == ["reception"]

    qtbot.keyClicks(view.note_edit, "Called too; no answer.")
    click(view.note_button)
    qtbot.waitUntil(lambda: len(view.scroll.bubbles) == 3, timeout=UI_WAIT_MS)
    note = view.scroll.bubbles[2]
    assert note.direction == "note" and "Note by reception" in note.head.text()


def test_an_unknown_number_cannot_be_answered_until_linked_to_a_client(
        desk, window, qtbot, click):
    svc = desk.svc
    client_writes(svc, STRANGER, "hi this is Cleo, new number")
    win = window(svc)
    panel = messages_tab(qtbot, win)
    key = ThreadKey(None, STRANGER)
    assert panel.threads.row_widget(key).title.full == "Unknown number (617) 555-0199"
    click_thread(qtbot, panel, key)
    view = panel.view
    assert not view.reply_edit.isEnabled() and not view.send_button.isEnabled()
    assert view.unmatched.isVisible() and "isn't linked to a client" in \
        view.unmatched_label.text()
    assert view.note_edit.isEnabled()  # staff can still note what they did

    click(view.link_button)
    dlg = view.link_dialog
    qtbot.waitExposed(dlg)
    click(dlg.link_button)
    assert "Choose the client first" in error_shown(dlg.error)
    dlg.picker.search.setText("Haddad")
    dlg.picker.run_search()
    assert dlg.picker.results.count() == 1  # the only match is highlighted
    click(dlg.link_button)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=UI_WAIT_MS)
    cleo = ThreadKey(desk.cleo.id)
    qtbot.waitUntil(lambda: view.key == cleo and view.title.text() == "Cleo Haddad",
                    timeout=UI_WAIT_MS)
    assert not view.unmatched.isVisible()
    assert [t.title for t in svc.inbox.threads()] == ["Cleo Haddad"]
    assert [e.actor for e in audit(svc, "link_number")] == ["reception"]
    assert panel.threads.row_widget(key) is None and panel.threads.row_widget(cleo)


def test_overdue_items_are_highlighted_and_done_takes_one_off(desk, window, qtbot, click):
    svc = desk.svc
    client_writes(svc, BEN, "is there parking near the office?")
    client_writes(svc, ANA, CRISIS_TEXT)
    client_writes(svc, STRANGER, "who is this")
    svc.clock.set(svc.clock.now() + timedelta(minutes=20))  # the crisis: past 15 minutes
    win = window(svc)
    panel = messages_tab(qtbot, win)
    queue = panel.queue
    rows = queue.row_texts()
    assert [r["What"] for r in rows] == ["⚠ CRISIS", "? Question", "☎ Unknown number"]
    assert rows[0]["Due"].startswith("⚠ OVERDUE") and not rows[1]["Due"].startswith("⚠")
    assert "1 OVERDUE" in queue.heading.text()
    overdue_bg = queue.table.item(0, DUE).background().color()
    assert overdue_bg.alpha() > 0 and overdue_bg.red() > overdue_bg.green()
    assert queue.table.item(1, NOTE).background().style() == Qt.BrushStyle.NoBrush
    assert queue.table.item(0, KIND).font().bold()
    crisis_id, question_id = queue.items[0].item_id, queue.items[1].item_id
    assert queue.buttons[crisis_id][1].text() == "Acknowledge…"  # never just "Done"
    assert queue.buttons[question_id][1].text() == "Done"

    svc.clock.set(svc.clock.now() + timedelta(hours=14))  # 22:20: past the end of the day
    panel.refresh()
    assert all(r["Due"].startswith("⚠ OVERDUE") for r in queue.row_texts())

    click(queue.buttons[question_id][1])
    qtbot.waitUntil(lambda: question_id not in [i.item_id for i in queue.items],
                    timeout=UI_WAIT_MS)
    assert question_id not in [i.item_id for i in svc.inbox.triage_queue()]
    assert [e.actor for e in audit(svc, "desk_item_done")] == ["reception"]

    click(queue.buttons[crisis_id][0])  # Open thread
    assert panel.view.key == ThreadKey(desk.ana.id)
    click(queue.buttons[crisis_id][1])
    dlg = panel.dialog
    qtbot.waitExposed(dlg)
    type_into(qtbot, dlg.name_edit, "Sam Ortiz")
    click(dlg.ack_button)
    qtbot.waitUntil(lambda: not win.crisis_banner.isVisible(), timeout=UI_WAIT_MS)
    assert [i.kind for i in queue.items] == ["unmatched"]


# ---- no SQL on the GUI thread -----------------------------------------------------------------

def test_the_messages_tab_and_the_alert_run_no_sql_on_the_gui_thread(services, qtbot):
    seed_demo(services)
    on_gui: list[str] = []
    off_gui: list[str] = []

    def watch(_conn, _cursor, statement, *_args):
        gui = threading.current_thread() is threading.main_thread()
        (on_gui if gui else off_gui).append(statement.split()[0])

    event.listen(services.engine, "before_cursor_execute", watch)
    runner = TaskRunner()
    try:
        win = MainWindow(context_for(services, runner, "reception"))
        qtbot.addWidget(win)
        with qtbot.waitSignal(win.schedule_loaded, timeout=10_000):
            win.show()
        qtbot.waitUntil(lambda: win.crisis_banner.isVisible(), timeout=10_000)
        panel = win.messages
        win.tabs.setCurrentWidget(panel)
        qtbot.waitUntil(lambda: panel.data is not None and panel.threads.count() > 0,
                        timeout=10_000)
        summary = panel.threads.threads[1]
        click_thread(qtbot, panel, summary.key)
        panel.view.reply_edit.setPlainText("Thanks, see you soon.")
        panel.view.send()
        qtbot.waitUntil(lambda: any(b.direction == "out" for b in panel.view.scroll.bubbles),
                        timeout=10_000)
        item = next(i for i in panel.queue.items if i.kind != "crisis")
        panel.mark_done(item.item_id)
        qtbot.waitUntil(lambda: item.item_id not in [i.item_id for i in panel.queue.items],
                        timeout=10_000)
        alert = win.crisis_banner.alerts[0]
        win.crisis.ask_acknowledge(alert.item_id, alert.who)
        win.crisis.dialog.name_edit.setText("Dana Whitfield")
        win.crisis.dialog.submit()
        qtbot.waitUntil(lambda: not win.crisis_banner.isVisible(), timeout=10_000)
        win.ctx.events.announce(Changes(crisis=True))  # as the poller's news arrives
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
        qtbot.wait(50)
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
        win.close()
    finally:
        runner.shutdown()
        event.remove(services.engine, "before_cursor_execute", watch)
    assert off_gui, "the test saw no SQL at all"
    assert on_gui == [], f"SQL on the GUI thread: {on_gui}"


# ---- how it looks ------------------------------------------------------------------------------

def test_screenshots_of_the_crisis_alert_and_the_messages_tab(services, qtbot, runner, beeps):
    seed_demo(services)
    services.clock.advance(timedelta(minutes=25))  # 8:25: the crisis is past its 15 minutes
    SHOTS.mkdir(exist_ok=True)
    win = MainWindow(context_for(services, runner, "reception"))
    qtbot.addWidget(win)
    win.resize(1440, 860)
    win.show()
    qtbot.waitExposed(win)
    assert win.crisis_banner.isVisible() and win.crisis_banner.ack_button.isVisible()
    qtbot.wait(50)
    assert win.grab().save(str(SHOTS / "crisis_alert.png"))
    win.crisis_banner.ack_button.click()
    dlg = win.crisis.dialog
    qtbot.waitExposed(dlg)
    dlg.name_edit.setText(" ")
    dlg.ack_button.click()
    qtbot.wait(50)
    assert dlg.grab().save(str(SHOTS / "crisis_acknowledge.png"))
    dlg.reject()

    panel = messages_tab(qtbot, win)
    answered = next(t for t in panel.threads.threads if not t.waiting and not t.unread)
    click_thread(qtbot, panel, answered.key)
    panel.view.reply_edit.setPlainText("We're sending the parking details now.")
    qtbot.wait(100)
    assert {b.direction for b in panel.view.scroll.bubbles} == {"in", "out", "note"}
    assert win.grab().save(str(SHOTS / "messages_panel.png"))
    crisis = next(t for t in panel.threads.threads if t.flag == "crisis")
    click_thread(qtbot, panel, crisis.key)
    qtbot.wait(100)
    assert win.grab().save(str(SHOTS / "messages_crisis_thread.png"))
    unknown = next(t for t in panel.threads.threads if not t.key.client_id)
    click_thread(qtbot, panel, unknown.key)
    panel.view.link_button.click()
    qtbot.waitExposed(panel.view.link_dialog)
    qtbot.wait(100)
    assert win.grab().save(str(SHOTS / "messages_unknown_number.png"))
    assert panel.view.link_dialog.grab().save(str(SHOTS / "messages_link.png"))
    panel.view.link_dialog.reject()
    assert (SHOTS / "messages_panel.png").stat().st_size > 10_000
