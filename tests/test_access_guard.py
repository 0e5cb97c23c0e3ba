"""Roles enforced in the services: a person's calls through GuardedServices are refused,
narrowed or redacted by their role, whatever the screens show. Real services on a real
encrypted database; the person is the one the desk's session says is signed in."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from frontdesk.domain import Flag
from frontdesk.domain.access import Person, Role
from frontdesk.models import AuditEntry
from frontdesk.services.access import DeskSession, GuardedServices
from frontdesk.services.access.desk import LOCKED, SIGNED_OUT
from frontdesk.services.access.scope import CLINICAL_HIDDEN
from frontdesk.services.dto import AppointmentEdit
from frontdesk.services.errors import PermissionDenied
from frontdesk.services.inbox.dto import ThreadKey
from tests.helpers import at, client_writes

ANA, BEN = "+16175550111", "+16175550112"
CRISIS_TEXT = "honestly i keep thinking about ending my life tonight"
CLINICAL_TEXT = "yes ill be there. been having panic attacks all week"


@pytest.fixture
def desk(practice, book):
    """Ana with Dr. Okafor, Ben with Daniel Reyes; Ana wrote something clinical, Ben
    something in crisis. Returns (guarded services, desk session, people by role)."""
    book(practice.ana, at(10, 10))
    book(practice.ben, at(10, 11), clinician=practice.reyes)
    client_writes(practice.svc, ANA, CLINICAL_TEXT)
    client_writes(practice.svc, BEN, CRISIS_TEXT)
    session = DeskSession()
    people = {
        Role.FRONT_DESK: Person(2, "Rita", Role.FRONT_DESK),
        Role.CLINICIAN: Person(3, "Dr. Okafor", Role.CLINICIAN, practice.okafor.id),
        Role.OWNER: Person(1, "Olivia", Role.OWNER),
        Role.IT: Person(4, "Ian", Role.IT),
    }
    return GuardedServices(practice.svc, session), session, people


def test_nobody_signed_in_or_a_locked_desk_is_refused_everything_but_the_alarm(desk):
    guarded, session, people = desk
    with pytest.raises(PermissionDenied, match=SIGNED_OUT):
        guarded.schedule.day(at(10, 9).date())
    [alert] = guarded.inbox.open_crises()  # the alarm is never hidden…
    assert (alert.who, alert.text, alert.private) == ("", "", True)  # …nor does it say more
    session.signed_in(people[Role.FRONT_DESK])
    assert guarded.inbox.open_crises()[0].text == CRISIS_TEXT
    session.lock()
    with pytest.raises(PermissionDenied, match=LOCKED):
        guarded.clients.search("")
    [alert] = guarded.inbox.open_crises()
    assert (alert.who, alert.text) == ("", "")
    session.unlocked(people[Role.FRONT_DESK])
    assert len(guarded.clients.search("")) == 3


def test_front_desk_handles_logistics_and_sees_only_that_a_clinical_message_waits(
        desk, practice):
    guarded, session, people = desk
    session.signed_in(people[Role.FRONT_DESK])
    for refused in (lambda: guarded.trends.refresh(), lambda: guarded.trends.set_session_fee(
            100, "x"), lambda: guarded.practice.recovery_code("x"),
                    lambda: guarded.sync.sources(), lambda: guarded.policy.rules()):
        with pytest.raises(PermissionDenied, match=r"Your account \(Front desk\) cannot"):
            refused()
    assert practice.svc.trends.session_fee_cents() == 15000  # nothing changed
    thread = guarded.inbox.thread(ThreadKey(practice.ana.id))
    clinical = [e for e in thread if e.flag is Flag.CLINICAL]
    assert clinical and all(e.text == CLINICAL_HIDDEN and e.reasons == () for e in clinical)
    assert not any(CLINICAL_TEXT in e.text for e in thread)
    crisis = guarded.inbox.thread(ThreadKey(practice.ben.id))
    assert any(e.text == CRISIS_TEXT for e in crisis)  # crisis in full: they must act
    # The words are in the database, and an owner reads them.
    session.signed_in(people[Role.OWNER])
    assert any(e.text == CLINICAL_TEXT for e in guarded.inbox.thread(ThreadKey(practice.ana.id)))


def test_the_acting_person_is_the_actor_whatever_the_screen_passed(desk, practice):
    guarded, session, people = desk
    session.signed_in(people[Role.FRONT_DESK])
    [aid] = [r.appointment_id for r in guarded.schedule.day(at(10, 9).date())
             if r.client_id == practice.ana.id]
    guarded.schedule.edit(aid, AppointmentEdit(notes="side door"), "somebody else")
    with practice.svc.sessions() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (last.actor, last.account_id, last.entity_id) == ("Rita (#2)", 2, aid)


def test_a_clinician_sees_their_own_clients_and_sessions_with_their_clinical_words(
        desk, practice):
    guarded, session, people = desk
    session.signed_in(people[Role.CLINICIAN])
    day = guarded.schedule.day(at(10, 9).date())
    assert {r.client_id for r in day} == {practice.ana.id}
    assert [c.id for c in guarded.clients.search("")] == [practice.ana.id]
    thread = guarded.inbox.thread(ThreadKey(practice.ana.id))
    assert any(e.text == CLINICAL_TEXT for e in thread)
    with pytest.raises(PermissionDenied, match="not one of yours"):
        guarded.inbox.thread(ThreadKey(practice.ben.id))
    with pytest.raises(PermissionDenied, match="not one of yours"):
        guarded.clients.get(practice.ben.id)
    [other] = [r.appointment_id for r in practice.svc.schedule.day(at(10, 9).date())
               if r.client_id == practice.ben.id]
    with pytest.raises(PermissionDenied, match="not one of yours"):
        guarded.messaging.timeline(other)
    with pytest.raises(PermissionDenied, match=r"\(Clinician\) cannot book"):
        guarded.schedule.cancel(other, "x")
    assert {t.key.client_id for t in guarded.inbox.threads()} == {practice.ana.id}
    # Every crisis reaches whoever is at the desk; other clients' items do not.
    queue = guarded.inbox.triage_queue()
    assert any(i.kind.value == "crisis" for i in queue)
    assert all(i.kind.value == "crisis" or i.key.client_id == practice.ana.id for i in queue)


def test_it_looks_after_connections_and_sees_no_client_content(desk, practice):
    guarded, session, people = desk
    session.signed_in(people[Role.IT])
    assert guarded.sync.sources() == []
    for refused in (lambda: guarded.clients.search(""),
                    lambda: guarded.inbox.thread(ThreadKey(practice.ana.id)),
                    lambda: guarded.inbox.threads(),
                    lambda: guarded.schedule.day(at(10, 9).date()),
                    lambda: guarded.desk.open_items()):
        with pytest.raises(PermissionDenied, match=r"\(IT\) cannot"):
            refused()
    [alert] = guarded.inbox.open_crises()  # told there is one, to fetch someone
    assert (alert.who, alert.text) == ("", "")


def test_a_view_of_a_clients_details_is_audited_once_per_ten_minutes(desk, practice, clock):
    guarded, session, people = desk
    session.signed_in(people[Role.FRONT_DESK])

    def views() -> list[tuple[str, str, int]]:
        with practice.svc.sessions() as s:
            return [(a.actor, a.action, a.entity_id) for a in s.scalars(
                select(AuditEntry).where(AuditEntry.action.like("view_%")))]

    guarded.clients.get(practice.ana.id)
    guarded.clients.get(practice.ana.id)  # a refresh: not another entry
    guarded.inbox.thread(ThreadKey(practice.ana.id))
    assert views() == [("Rita (#2)", "view_client", practice.ana.id),
                       ("Rita (#2)", "view_thread", practice.ana.id)]
    clock.advance(timedelta(minutes=11))
    guarded.clients.get(practice.ana.id)
    assert len(views()) == 3


def test_what_the_screens_cannot_reach_is_refused_by_name(desk):
    guarded, session, people = desk
    session.signed_in(people[Role.OWNER])
    for reach in (lambda: guarded.sessions, lambda: guarded.engine,
                  lambda: guarded.dispatcher, lambda: guarded.schedule.invented_method,
                  lambda: guarded.schedule._clinician):
        with pytest.raises(PermissionDenied, match="not open to the desk"):
            reach()
