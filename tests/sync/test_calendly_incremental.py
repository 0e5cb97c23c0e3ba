"""Later runs over loopback: the same window twice hands on nothing and reads no invitees,
only what changed is handed on, a vanished event is deleted, a no-show marked after the
session is still found, and the cursor survives in JSON."""

from __future__ import annotations

import json

from frontdesk.domain.sync import SourceStatus
from tests.sync.calendly_server import USER, CalendlyServer, at, connector, event, invitee

JULY = (at("2020-07-01T00:00:00Z"), at("2020-08-01T00:00:00Z"))


def _three(server: CalendlyServer) -> None:
    for day in (10, 11, 12):
        uuid = f"EV{day}"
        server.state.add(event(uuid, f"2020-07-{day}T15:00:00Z"),
                         invitee(uuid, "I1", f"client{day}@example.com"))


def test_the_same_window_twice_hands_on_nothing_and_reads_no_invitees():
    with CalendlyServer() as server:
        _three(server)
        source = connector(server)
        first = source.changes(None, *JULY)
        assert len(first.appointments) == 3 and first.complete is True
        before = len(server.state.requests)
        second = source.changes(first.cursor, *JULY)
        asked = server.state.paths()[before:]
    assert asked == ["/scheduled_events"]  # no /users/me, no invitee pages
    assert second.appointments == () and second.clients == () and second.clinicians == ()
    assert second.deleted == () and second.complete is False
    assert second.cursor == first.cursor


def test_only_the_changed_event_is_handed_on():
    with CalendlyServer() as server:
        _three(server)
        source = connector(server)
        first = source.changes(None, *JULY)
        server.state.events[1].update(status="canceled",
                                      updated_at="2020-06-20T10:00:00.000000Z")
        second = source.changes(first.cursor, *JULY)
        invitee_reads = [p for p in server.state.paths() if p.endswith("/invitees")]
    (cancelled,) = second.appointments
    assert cancelled.external_id == "EV11" and cancelled.status is SourceStatus.CANCELLED
    assert len(invitee_reads) == 4  # three on the first run, one for the changed event
    assert second.cursor != first.cursor


def test_an_event_gone_from_the_listing_is_deleted_once():
    with CalendlyServer() as server:
        _three(server)
        source = connector(server)
        first = source.changes(None, *JULY)
        del server.state.events[0]
        second = source.changes(first.cursor, *JULY)
        third = source.changes(second.cursor, *JULY)
    assert second.deleted == ("EV10",) and second.appointments == ()
    assert third.deleted == ()


def test_a_moved_window_hands_on_the_new_days_and_deletes_nothing_left_behind():
    with CalendlyServer() as server:
        _three(server)
        server.state.add(event("EV_AUG", "2020-08-05T15:00:00Z"), invitee("EV_AUG", "I1"))
        source = connector(server)
        first = source.changes(None, *JULY)
        later = (at("2020-07-11T00:00:00Z"), at("2020-08-11T00:00:00Z"))
        second = source.changes(first.cursor, *later)
    assert [a.external_id for a in second.appointments] == ["EV_AUG"]
    assert second.deleted == ()  # EV10 left the window; it was not deleted
    assert set(json.loads(second.cursor)["events"]) == {"EV11", "EV12", "EV_AUG"}


def test_a_no_show_marked_after_the_session_is_found_within_the_horizon():
    with CalendlyServer() as server:
        _three(server)
        source = connector(server, now="2020-07-11T20:00:00Z")
        first = source.changes(None, *JULY)
        server.state.invitees["EV11"][0]["no_show"] = {
            "uri": "https://api.calendly.com/invitee_no_shows/NS1",
            "created_at": "2020-07-11T20:30:00.000000Z"}
        second = source.changes(first.cursor, *JULY)
    (no_show,) = second.appointments
    assert no_show.external_id == "EV11" and no_show.status is SourceStatus.NO_SHOW


def test_a_no_show_outside_the_horizon_is_not_looked_for():
    with CalendlyServer() as server:
        _three(server)
        source = connector(server, now="2020-07-30T00:00:00Z")
        first = source.changes(None, *JULY)
        server.state.invitees["EV11"][0]["no_show"] = {"uri": "x", "created_at": "y"}
        before = len(server.state.requests)
        second = source.changes(first.cursor, *JULY)
        asked = server.state.paths()[before:]
    assert second.appointments == () and asked == ["/scheduled_events"]


def test_the_cursor_keeps_whose_events_and_an_unreadable_one_starts_over():
    with CalendlyServer() as server:
        _three(server)
        source = connector(server)
        first = source.changes(None, *JULY)
        kept = json.loads(first.cursor)
        assert (kept["user"], kept["scope"]) == (USER, "organization")
        again = source.changes("{not json", *JULY)
    assert len(again.appointments) == 3 and again.complete is True
