"""Group messages (frontdesk/services/group_messages.py): one staff message to each member of a
group session on their own channel, through the outbox, each in the member's own thread."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.domain import Channel, ConsentStatus, MessageState
from frontdesk.models import AuditEntry, OutboxMessage
from frontdesk.services.errors import StateError, ValidationError
from frontdesk.services.inbox.dto import ThreadKey
from tests.helpers import at, client_writes

TEXT = "Tonight we meet in room 4, not room 2. See you then."


@pytest.fixture
def group(practice, book):
    """Ana, Ben and Cleo in Thursday's 6 PM skills group; Ana and Ben agreed to texts."""
    p = practice
    for c in (p.ana, p.ben):
        p.svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED, "intake form", "t")
    [aid] = book([p.ana, p.ben, p.cleo], at(5, 18), kind=p.group)
    p.svc.dispatcher.run_once()  # the booking confirmations go first, out of the way
    p.aid = aid
    return p


def group_rows(p) -> list[OutboxMessage]:
    with Session(p.svc.engine) as s:
        return list(s.scalars(select(OutboxMessage).where(OutboxMessage.step == "group_message")
                              .order_by(OutboxMessage.id)))


def test_each_member_gets_exactly_one_message_on_their_own_channel(group):
    p = group
    preview = p.svc.group_messages.recipients(p.aid)
    assert [(m.first_name, m.channel, m.goes) for m in preview.members] == [
        ("Annie", Channel.SMS, True), ("Benjamin", Channel.SMS, True),
        ("Cleo", Channel.EMAIL, True)]
    result = p.svc.group_messages.send(p.aid, TEXT, "reception")
    assert [m.first_name for m in result.sent] == ["Annie", "Benjamin", "Cleo"]
    assert not result.not_sent
    rows = group_rows(p)
    assert [(r.client_id, r.channel, r.body, r.appointment_id) for r in rows] == [
        (p.ana.id, Channel.SMS, TEXT, p.aid), (p.ben.id, Channel.SMS, TEXT, p.aid),
        (p.cleo.id, Channel.EMAIL, TEXT, p.aid)]
    assert [r.id for r in rows] == list(result.outbox_ids)
    p.svc.dispatcher.run_once()
    assert {r.state for r in group_rows(p)} == {MessageState.SENT}
    for c in (p.ana, p.ben, p.cleo):  # each member's own thread holds it, once
        out = [e for e in p.svc.inbox.thread(ThreadKey(c.id)) if e.direction == "out"
               and e.text.startswith(TEXT)]
        assert len(out) == 1


def test_opted_out_and_unconsented_members_are_skipped_and_said(group):
    p = group
    p.svc.clients.set_consent(p.ben.id, Channel.SMS, ConsentStatus.OPTED_OUT, "", "t")
    p.svc.clients.set_consent(p.ana.id, Channel.SMS, ConsentStatus.NONE, "", "t")
    preview = p.svc.group_messages.recipients(p.aid)
    by = {m.first_name: m for m in preview.members}
    assert by["Annie"].channel is Channel.EMAIL  # no consent for texts: her email instead
    assert (by["Benjamin"].goes, by["Benjamin"].note) == (False, "client opted out")
    result = p.svc.group_messages.send(p.aid, TEXT, "reception")
    assert [m.first_name for m in result.not_sent] == ["Benjamin"]
    assert "opted out" in result.not_sent[0].note
    assert {r.client_id for r in group_rows(p)} == {p.ana.id, p.cleo.id}


def test_a_member_who_cancelled_their_place_is_not_messaged(group):
    p = group
    p.svc.schedule.cancel(p.aid, "reception", client_id=p.ben.id)
    assert [m.first_name for m in p.svc.group_messages.recipients(p.aid).members] == [
        "Annie", "Cleo"]
    p.svc.group_messages.send(p.aid, TEXT, "reception")
    assert p.ben.id not in {r.client_id for r in group_rows(p)}


def test_a_reply_lands_in_that_members_thread_only(group):
    p = group
    p.svc.group_messages.send(p.aid, TEXT, "reception")
    p.svc.dispatcher.run_once()
    client_writes(p.svc, "+16175550112", "Thanks, room 4 it is")
    ins = {c.id: [e.text for e in p.svc.inbox.thread(ThreadKey(c.id)) if e.direction == "in"]
           for c in (p.ana, p.ben, p.cleo)}
    assert ins == {p.ana.id: [], p.ben.id: ["Thanks, room 4 it is"], p.cleo.id: []}


def test_the_send_is_audited_once_with_counts_and_no_words(group):
    p = group
    p.svc.clients.set_consent(p.ben.id, Channel.SMS, ConsentStatus.OPTED_OUT, "", "t")
    p.svc.group_messages.send(p.aid, TEXT, "reception")
    with Session(p.svc.engine) as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "group_message")))
    assert [(e.actor, e.entity, e.entity_id, e.detail) for e in entries] == [
        ("reception", "appointment", p.aid, "to=2 not_reached=1")]


@pytest.mark.parametrize("text", [
    "Annie, please bring the form", "Ask lindqvist for the key", "Call 617-555-0112 if late",
    "Write to cleo@example.org", "Benjamin will open the door", "Text (617) 555 0111"])
def test_a_text_naming_a_member_or_giving_their_address_is_refused(group, text):
    p = group
    with pytest.raises(ValidationError) as err:
        p.svc.group_messages.send(p.aid, text, "reception")
    assert err.value.field == "text"
    assert "Annie" not in err.value.message and "555" not in err.value.message
    assert group_rows(p) == []


def test_ordinary_words_are_not_taken_for_names(group):
    p = group  # "annie" is a name only as written; "will" is no member's name
    p.svc.group_messages.send(p.aid, "We will meet in the annex at 6 PM.", "reception")
    assert len(group_rows(p)) == 3


def test_empty_long_and_not_group_are_refused(group, book):
    p = group
    with pytest.raises(ValidationError):
        p.svc.group_messages.send(p.aid, "   ", "reception")
    with pytest.raises(ValidationError):
        p.svc.group_messages.send(p.aid, "x" * 641, "reception")
    [single] = book(p.ana, at(6, 10))
    with pytest.raises(StateError):
        p.svc.group_messages.recipients(single)
    p.svc.clock.set(at(5, 19, 30))
    with pytest.raises(StateError):
        p.svc.group_messages.send(p.aid, TEXT, "reception")


def test_quiet_hours_hold_a_text_until_morning_while_email_goes_now(group):
    """Unlike a reply, nobody asked for a group message: texts wait for allowed hours."""
    p = group
    p.svc.clock.set(at(4, 21))
    by = {m.first_name: m for m in p.svc.group_messages.recipients(p.aid).members}
    assert by["Annie"].goes and by["Annie"].note.startswith("waits until Thu 8:00 AM")
    assert by["Cleo"].note == ""
    p.svc.group_messages.send(p.aid, TEXT, "reception")
    p.svc.dispatcher.run_once()
    states = {r.client_id: r.state for r in group_rows(p)}
    assert states == {p.ana.id: MessageState.PLANNED, p.ben.id: MessageState.PLANNED,
                      p.cleo.id: MessageState.SENT}
    p.svc.clock.set(at(5, 8))
    p.svc.dispatcher.run_once()
    assert {r.state for r in group_rows(p)} == {MessageState.SENT}


def test_too_late_inside_allowed_hours_is_said_before_sending(group, book):
    p = group
    [late] = book([p.ana, p.cleo], at(4, 21), kind=p.group)
    p.svc.clock.set(at(4, 20, 30))
    by = {m.first_name: m for m in p.svc.group_messages.recipients(late).members}
    assert not by["Annie"].goes and "allowed hours" in by["Annie"].note
    result = p.svc.group_messages.send(late, TEXT, "reception")
    assert [m.first_name for m in result.sent] == ["Cleo"]


def test_a_message_planned_before_the_session_is_called_off_still_goes(group):
    p = group
    p.svc.group_messages.send(p.aid, "Tonight's group is cancelled: we will call you.",
                              "reception")
    p.svc.schedule.cancel(p.aid, "reception", by_client=False)
    p.svc.dispatcher.run_once()
    assert {r.state for r in group_rows(p)} == {MessageState.SENT}
    # after calling it off, its members (cancelled with it) can still be written to
    assert len(p.svc.group_messages.recipients(p.aid).members) == 3


def test_through_the_desk_the_actor_is_the_person_and_roles_are_kept(group):
    """The screens' way in: a clinician writes to their own group only, IT to none, and the
    audit names the signed-in person whatever the screen passed."""
    from frontdesk.domain.access import Person, Role
    from frontdesk.services.access import DeskSession, GuardedServices
    from frontdesk.services.errors import PermissionDenied

    p = group  # Dr. Okafor's group
    session = DeskSession()
    guarded = GuardedServices(p.svc, session)
    session.signed_in(Person(4, "Ian", Role.IT))
    with pytest.raises(PermissionDenied):
        guarded.group_messages.recipients(p.aid)
    session.signed_in(Person(5, "Daniel Reyes", Role.CLINICIAN, p.reyes.id))
    with pytest.raises(PermissionDenied):
        guarded.group_messages.send(p.aid, TEXT, "reception")
    session.signed_in(Person(3, "Dr. Okafor", Role.CLINICIAN, p.okafor.id))
    guarded.group_messages.send(p.aid, TEXT, "someone else")
    with Session(p.svc.engine) as s:
        actors = list(s.scalars(select(AuditEntry.actor).where(
            AuditEntry.action == "group_message")))
    assert len(actors) == 1 and "Okafor" in actors[0]
    assert len(group_rows(p)) == 3
