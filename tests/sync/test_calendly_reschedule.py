"""A reschedule in Calendly (the old invitee cancelled with `new_invitee`, a new event whose
invitee has `old_invitee`) becomes one appointment moved: the new event with `replaces`, and
the old one never handed on as a cancellation."""

from __future__ import annotations

import copy

from frontdesk.domain.sync import SourceStatus
from tests.sync.calendly_server import (
    CalendlyServer,
    at,
    connector,
    event,
    fixture,
    invitee,
    invitee_uri,
)

JULY = (at("2020-07-01T00:00:00Z"), at("2020-08-01T00:00:00Z"))


def _moved_away() -> dict:
    """The saved rescheduled invitee: EV301's, cancelled, moved on to EV301_NEW1."""
    return copy.deepcopy(fixture("koshilife-scheduled_event_invitee_301")["resource"])


def _moved_here(new: str = "EV301_NEW1", old: str = "EV301") -> dict:
    made = _moved_away()
    made.update(uri=invitee_uri(new), event=f"https://api.calendly.com/scheduled_events/{new}",
                status="active", rescheduled=False, new_invitee=None, cancellation=None,
                old_invitee=invitee_uri(old), updated_at="2020-07-05T09:00:00.000000Z")
    return made


def _old_event(uuid: str = "EV301", start: str = "2020-07-10T15:00:00Z") -> dict:
    saved = fixture("koshilife-scheduled_event_001")["resource"]  # a cancelled event
    return event(uuid, start, status="canceled", cancellation=saved["cancellation"])


def test_a_reschedule_pair_is_one_appointment_moved():
    with CalendlyServer() as server:
        server.state.add(_old_event(), _moved_away())
        server.state.add(event("EV301_NEW1", "2020-07-17T15:00:00Z"), _moved_here())
        changes = connector(server).changes(None, *JULY)
    (moved,) = changes.appointments  # the old event is not handed on at all
    assert moved.external_id == "EV301_NEW1" and moved.replaces == "EV301"
    assert moved.status is SourceStatus.BOOKED
    assert moved.start == at("2020-07-17T15:00:00Z")
    assert moved.client_ids == ("foobar@example.com",)
    assert changes.deleted == () and changes.problems == ()


def test_a_reschedule_to_beyond_the_window_reads_the_new_event_by_its_id():
    with CalendlyServer() as server:
        server.state.add(_old_event(), _moved_away())
        server.state.add(event("EV301_NEW1", "2020-09-02T15:00:00Z"), _moved_here())
        changes = connector(server).changes(None, *JULY)
        assert "/scheduled_events/EV301_NEW1" in server.state.paths()
    (moved,) = changes.appointments
    assert moved.external_id == "EV301_NEW1" and moved.replaces == "EV301"
    assert moved.start == at("2020-09-02T15:00:00Z")


def test_a_reschedule_between_two_runs_moves_what_the_first_run_handed_on():
    with CalendlyServer() as server:
        server.state.add(event("EV301", "2020-07-10T15:00:00Z"),
                         invitee("EV301", "INV001", updated_at="2020-06-01T00:00:00Z"))
        source = connector(server)
        first = source.changes(None, *JULY)
        assert [a.external_id for a in first.appointments] == ["EV301"]
        server.state.events.clear()
        server.state.invitees.clear()
        server.state.add(_old_event(), _moved_away())
        server.state.add(event("EV301_NEW1", "2020-07-17T15:00:00Z"), _moved_here())
        second = source.changes(first.cursor, *JULY)
    (moved,) = second.appointments
    assert (moved.external_id, moved.replaces) == ("EV301_NEW1", "EV301")
    assert second.deleted == () and second.complete is False


def test_two_reschedules_between_runs_move_the_booking_the_first_run_handed_on():
    with CalendlyServer() as server:
        server.state.add(event("EV301_OLD1", "2020-07-08T15:00:00Z"),
                         invitee("EV301_OLD1", "INV001"))
        source = connector(server)
        first = source.changes(None, *JULY)
        server.state.events.clear()
        server.state.invitees.clear()
        first_move = _moved_away()  # EV301: from EV301_OLD1, then on to EV301_NEW1
        server.state.add(_old_event("EV301_OLD1", "2020-07-08T15:00:00Z"),
                         invitee("EV301_OLD1", "INV001", status="canceled", rescheduled=True,
                                 new_invitee=invitee_uri("EV301")))
        server.state.add(_old_event(), first_move)
        server.state.add(event("EV301_NEW1", "2020-07-17T15:00:00Z"), _moved_here())
        second = source.changes(first.cursor, *JULY)
    (moved,) = second.appointments
    assert (moved.external_id, moved.replaces) == ("EV301_NEW1", "EV301_OLD1")


def test_in_a_group_event_a_rescheduled_client_changes_places_without_replaces():
    with CalendlyServer() as server:
        server.state.add(event("GROUP_A", "2020-07-10T15:00:00Z", limit=6),
                         invitee("GROUP_A", "I1", "stays@example.com"),
                         invitee("GROUP_A", "I2", "moves@example.com", status="canceled",
                                 rescheduled=True, new_invitee=invitee_uri("GROUP_B", "I3")))
        server.state.add(event("GROUP_B", "2020-07-17T15:00:00Z", limit=6),
                         invitee("GROUP_B", "I3", "moves@example.com",
                                 old_invitee=invitee_uri("GROUP_A", "I2")))
        changes = connector(server).changes(None, *JULY)
    a, b = changes.appointments
    assert (a.external_id, a.client_ids, a.replaces) == ("GROUP_A", ("stays@example.com",), None)
    assert (b.external_id, b.client_ids, b.replaces) == ("GROUP_B", ("moves@example.com",), None)


def test_a_reschedule_to_a_booking_calendly_does_not_show_is_a_cancellation_with_a_note():
    with CalendlyServer() as server:
        server.state.add(_old_event(), _moved_away())  # EV301_NEW1 is not there
        changes = connector(server).changes(None, *JULY)
    (old,) = changes.appointments
    assert old.external_id == "EV301" and old.status is SourceStatus.CANCELLED
    (problem,) = changes.problems
    assert problem.resource == "Calendly event EV301" and "rescheduled" in problem.reason
