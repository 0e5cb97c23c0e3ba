"""Message the group… on the Schedule tab: offered only on a group session's row; the dialog
lists the members with their channel or why not, counts the text, and sends."""

from __future__ import annotations

from schedule_helpers import enabled, open_dialog, select
from sqlalchemy import select as sql_select
from sqlalchemy.orm import Session

from frontdesk.domain import Channel, ConsentStatus
from frontdesk.models import OutboxMessage
from tests.helpers import at, book


def test_the_action_is_offered_only_on_a_group_session(practice, window):
    p = practice
    book(p, p.ana, at(4, 10))
    book(p, [p.ben, p.cleo], at(4, 18), kind=p.group)
    win = window(p.svc)
    select(win, "Annie")
    assert "group" not in enabled(win)
    assert "group session" in win.schedule.actions_.group.toolTip()
    select(win, "Benjamin")
    assert "group" in enabled(win)


def test_the_dialog_lists_members_counts_the_text_and_sends(practice, window, click, qtbot):
    p = practice
    p.svc.clients.set_consent(p.ana.id, Channel.SMS, ConsentStatus.GRANTED, "intake form", "t")
    p.svc.clients.set_consent(p.ben.id, Channel.SMS, ConsentStatus.OPTED_OUT, "", "t")
    [aid] = book(p, [p.ana, p.ben, p.cleo], at(4, 18), kind=p.group)
    win = window(p.svc)
    select(win, "Annie")
    dlg = open_dialog(win, "group", click)
    lines = [dlg.members.item(i).text() for i in range(dlg.members.count())]
    assert lines == ["Annie — SMS text", "Benjamin — not sent: client opted out",
                     "Cleo — Email"]
    assert not dlg.ok_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(dlg.text, "Annie, room 4 tonight")
    assert "member's name" in dlg.warnings.text()
    dlg.text.setPlainText("Room 4 tonight, same time.")
    assert dlg.warnings.text() == ""
    assert dlg.counter.text().startswith("26 / 640 characters · 1 SMS segment")
    assert dlg.ok_button.text() == "Send to 2 members"
    click(dlg.ok_button)
    assert not dlg.isVisible()
    assert "going to 2 members" in win.banner.text
    assert "Benjamin (client opted out)" in win.banner.text
    with Session(p.svc.engine) as s:
        rows = list(s.scalars(sql_select(OutboxMessage).where(
            OutboxMessage.step == "group_message", OutboxMessage.appointment_id == aid)))
    assert sorted((r.client_id, r.channel) for r in rows) == [
        (p.ana.id, Channel.SMS), (p.cleo.id, Channel.EMAIL)]


def test_a_refused_text_keeps_the_dialog_open_and_says_why(practice, window, click):
    p = practice
    book(p, [p.ben, p.cleo], at(4, 18), kind=p.group)
    win = window(p.svc)
    select(win, "Benjamin")
    dlg = open_dialog(win, "group", click)
    dlg.text.setPlainText("Ask Haddad for the key")  # a last name: refused by the service
    click(dlg.ok_button)
    assert dlg.isVisible()
    assert "names a member" in dlg.notice.text
