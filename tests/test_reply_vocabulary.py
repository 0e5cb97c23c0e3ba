"""What the Messages screen is handed says crisis, clinical, confirm… with the shared enums of
frontdesk.domain, not with bare strings the screen has to spell right."""

from __future__ import annotations

from fakes.twilio_server import twilio_server_fixture  # noqa: F401
from test_replies import ANA, BEN, at, client_writes, desk_fixture  # noqa: F401

from frontdesk.domain import Flag, Intent, ItemKind


def test_a_crisis_thread_is_flagged_with_the_enum(desk, book):
    book(desk.ana, at(6, 10))
    book(desk.ben, at(6, 11))
    client_writes(desk, ANA, "I'm going to kill myself tonight")
    client_writes(desk, BEN, "C")
    desk.poller.poll()
    crisis, calm = desk.svc.inbox.threads()  # the crisis first
    assert crisis.flag is Flag.CRISIS and calm.flag is Flag.NONE
    [said] = desk.svc.inbox.thread(crisis.key)[:1]
    assert said.flag is Flag.CRISIS and isinstance(said.intent, Intent)
    assert {i.kind for i in desk.svc.inbox.triage_queue()} == {ItemKind.CRISIS}
    assert all(type(i.kind) is ItemKind for i in desk.svc.inbox.triage_queue())


def test_a_clinical_message_and_a_plain_confirmation(desk, book):
    book(desk.ana, at(6, 10))
    client_writes(desk, ANA, "yes ill be there. been having panic attacks all week")
    desk.poller.poll()
    [thread] = desk.svc.inbox.threads()
    assert thread.flag is Flag.CLINICAL
    entries = desk.svc.inbox.thread(thread.key)
    said = next(e for e in entries if e.direction == "in")
    assert (said.intent, said.flag) == (Intent.CONFIRM, Flag.CLINICAL)
    assert type(said.intent) is Intent and type(said.flag) is Flag
    assert all(e.intent is None and e.flag is Flag.NONE for e in entries if e.direction != "in")
    [item] = desk.svc.inbox.triage_queue()
    assert type(item.kind) is ItemKind and item.kind is ItemKind.CLINICAL
