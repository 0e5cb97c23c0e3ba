"""Reading Calendly over real HTTP on loopback with the saved payloads: list pages followed as
given, both pagination shapes, invitee pages, and events mapped to appointments."""

from __future__ import annotations

import pytest

from frontdesk.domain.schedule import Modality
from frontdesk.domain.sync import SourceStatus
from tests.sync.calendly_server import (
    ORGANIZATION,
    TOKEN,
    USER,
    CalendlyServer,
    at,
    connector,
    event,
    fixture,
    invitee,
)

JULY = (at("2020-07-01T00:00:00Z"), at("2020-08-01T00:00:00Z"))
AUGUST_2019 = (at("2019-08-01T00:00:00Z"), at("2019-09-01T00:00:00Z"))


def _koshilife_pages(server: CalendlyServer) -> None:
    state = server.state
    state.verbatim[("/scheduled_events", None)] = fixture("koshilife-scheduled_events_002_page1")
    state.verbatim[("/scheduled_events", "NEXT_PAGE_TOKEN")] = fixture(
        "koshilife-scheduled_events_002_page2")
    for number, uuid in enumerate(("EV011", "EV012", "EV013"), start=1):
        state.invitees[uuid] = [invitee(uuid, f"INV{number}", f"client{number}@example.com")]


def test_saved_event_pages_are_followed_as_given_and_mapped():
    with CalendlyServer() as server:
        _koshilife_pages(server)
        changes = connector(server).changes(None, *JULY)
        listing = [q for p, q in server.state.requests if p == "/scheduled_events"]
    assert listing[0]["organization"] == ORGANIZATION  # an admin's token: the whole practice
    assert listing[0]["min_start_time"] == "2020-07-01T00:00:00.000000Z"
    assert listing[0]["max_start_time"] == "2020-08-01T00:00:00.000000Z"
    assert listing[0]["sort"] == "start_time:asc" and listing[0]["count"] == "100"
    assert listing[1]["page_token"] == "NEXT_PAGE_TOKEN"  # the saved next_page, as given
    assert listing[1]["invitee_email"] == "foobar@example.com"
    by_id = {a.external_id: a for a in changes.appointments}
    assert list(by_id) == ["EV011", "EV012", "EV013"]  # by start time
    cancelled, zoom, meet = by_id["EV011"], by_id["EV012"], by_id["EV013"]
    assert cancelled.status is SourceStatus.CANCELLED
    assert cancelled.cancel_reason == "cancelled in Calendly by the client"
    assert zoom.status is SourceStatus.BOOKED and zoom.type_name == "15 Minute Meeting"
    assert zoom.modality is Modality.TELEHEALTH
    assert zoom.telehealth_link.startswith("https://us04web.zoom.us/j/12345678901")
    assert meet.telehealth_link == "https://calendly.com/events/xxx/google_meet"
    assert cancelled.telehealth_link == "https://calendly.com/events/xxx/microsoft_teams"
    assert zoom.start == at("2020-07-23T01:15:00Z") and zoom.end == at("2020-07-23T01:30:00Z")
    assert zoom.start.tzinfo is not None and zoom.start.utcoffset().total_seconds() == 0
    assert zoom.clinician_id == f"{'https://api.calendly.com'}/users/U001"
    assert zoom.client_ids == ("client2@example.com",)
    assert [c.name for c in changes.clinicians] == ["Calendly user U001"]
    assert changes.complete is True and changes.problems == () and changes.deleted == ()


def test_a_cancellation_reason_in_the_clients_words_is_never_copied():
    with CalendlyServer() as server:
        _koshilife_pages(server)
        changes = connector(server).changes(None, *JULY)
    assert "absent" not in repr(changes)
    assert "FooBar" not in repr(changes.appointments)  # nor the canceller's name


def test_calendlyr_pages_a_group_event_and_invitee_pages_on_another_host():
    """The saved invitee page points its next page at calendly.com, not the API: the token is
    not sent there, the page token is asked of the API instead."""
    with CalendlyServer() as server:
        state = server.state
        state.verbatim[("/scheduled_events", None)] = fixture("calendlyr-events_list")
        state.verbatim[("/scheduled_events", "sNjq4TvMDfUHEl7zHRR0k0E1PCEJWvdi")] = fixture(
            "calendlyr-events_list_page2")
        group = "/scheduled_events/GBGBDCAADAEDCRZ2/invitees"
        state.verbatim[(group, None)] = fixture("calendlyr-event_invitees_list")
        state.verbatim[(group, "sNjq4TvMDfUHEl7zHRR0k0E1PCEJWvdi")] = fixture(
            "calendlyr-event_invitees_list_page2")
        state.invitees["PAGE2EVENT"] = []
        changes = connector(server).changes(None, *AUGUST_2019)
        invitee_requests = [q for p, q in state.requests if p == group]
    assert invitee_requests[1]["page_token"] == "sNjq4TvMDfUHEl7zHRR0k0E1PCEJWvdi"
    assert all(a == f"Bearer {TOKEN}" for a in state.authorizations)
    group_event, second = changes.appointments
    assert group_event.external_id == "GBGBDCAADAEDCRZ2" and second.external_id == "PAGE2EVENT"
    assert group_event.client_ids == ("test@example.com", "page2@example.com")
    assert group_event.modality is Modality.IN_PERSON
    assert group_event.location == "Calendly Office" and group_event.telehealth_link == ""
    assert group_event.replaces is None
    assert [(c.external_id, c.first_name, c.last_name) for c in changes.clients] == [
        ("page2@example.com", "Page", "Two Invitee"), ("test@example.com", "John", "Doe")]
    assert second.type_name == "30 Minute Meeting" and second.client_ids == ()


@pytest.mark.parametrize("shape", ["tokens", "legacy"])
def test_both_pagination_shapes_are_followed_for_events_and_invitees(shape):
    with CalendlyServer() as server:
        server.state.shape = shape
        for day in range(1, 4):
            uuid = f"EVP{day}"
            server.state.add(event(uuid, f"2020-07-0{day}T15:00:00Z", limit=3),
                             invitee(uuid, "A", f"a{day}@example.com"),
                             invitee(uuid, "B", f"b{day}@example.com"))
        changes = connector(server, page_size=1).changes(None, *JULY)
        tokens = [q.get("page_token") for p, q in server.state.requests
                  if p == "/scheduled_events"]
    assert tokens == [None, "tok-1", "tok-2"]
    assert [a.external_id for a in changes.appointments] == ["EVP1", "EVP2", "EVP3"]
    assert all(len(a.client_ids) == 2 for a in changes.appointments)


def test_the_window_is_kept_on_our_side_too_and_times_are_utc():
    with CalendlyServer() as server:
        server.state.add(event("INSIDE", "2020-07-31T23:00:00-00:00"),
                         invitee("INSIDE", "I1"))
        # An event right on the end bound, as a server reading "max" inclusively returns it.
        edge = event("EDGE", "2020-08-01T00:00:00Z")
        server.state.verbatim[("/scheduled_events", None)] = {
            "collection": [server.state.events[0], edge],
            "pagination": {"count": 2, "next_page": None}}
        server.state.add(edge, invitee("EDGE", "I2"))
        changes = connector(server).changes(None, *JULY)
    assert [a.external_id for a in changes.appointments] == ["INSIDE"]


def test_host_cancellation_no_show_and_a_physical_place():
    retrieved = fixture("calendlyr-events_retrieve")["resource"]  # cancelled by the host
    no_show = fixture("calendlyr-event_invitees_retrieve")["resource"]
    with CalendlyServer() as server:
        server.state.add(event("HOSTCXL", "2020-07-10T15:00:00Z", status="canceled",
                               cancellation=retrieved["cancellation"],
                               location=retrieved["location"]),
                         invitee("HOSTCXL", "I1", status="canceled"))
        server.state.add(event("NOSHOW", "2020-07-11T15:00:00Z"),
                         invitee("NOSHOW", "I2", no_show=no_show["no_show"]))
        server.state.add(event("FINE", "2020-07-12T15:00:00Z"), invitee("FINE", "I3"))
        changes = connector(server).changes(None, *JULY)
    by_id = {a.external_id: a for a in changes.appointments}
    assert by_id["HOSTCXL"].status is SourceStatus.CANCELLED
    assert by_id["HOSTCXL"].cancel_reason == "cancelled in Calendly by the practice"
    assert "Rescheduled" not in repr(changes)  # the host's typed reason stays in Calendly
    assert by_id["HOSTCXL"].location == "Calendly Office"
    assert by_id["NOSHOW"].status is SourceStatus.NO_SHOW
    assert by_id["FINE"].status is SourceStatus.BOOKED


def test_a_group_event_everyone_left_is_cancelled_and_one_client_leaving_is_not():
    with CalendlyServer() as server:
        server.state.add(event("EMPTY", "2020-07-10T15:00:00Z", limit=5),
                         invitee("EMPTY", "I1", "a@example.com", status="canceled"),
                         invitee("EMPTY", "I2", "b@example.com", status="canceled"))
        server.state.add(event("HALF", "2020-07-11T15:00:00Z", limit=5),
                         invitee("HALF", "I3", "a@example.com", status="canceled"),
                         invitee("HALF", "I4", "b@example.com"))
        changes = connector(server).changes(None, *JULY)
    empty, half = changes.appointments
    assert empty.status is SourceStatus.CANCELLED
    assert half.status is SourceStatus.BOOKED and half.client_ids == ("b@example.com",)


def test_the_webhook_payloads_embedded_event_names_its_host_and_place():
    payload = fixture("calendlyr-objects_webhooks_invite_payload")
    embedded = payload.pop("scheduled_event")
    with CalendlyServer() as server:
        server.state.add(event("HOOK", "2020-07-10T15:00:00Z",
                               event_memberships=embedded["event_memberships"],
                               location=embedded["location"]),
                         invitee("HOOK", "I1", **{k: payload[k] for k in (
                             "first_name", "last_name", "name", "email")}))
        changes = connector(server).changes(None, *JULY)
    (clinician,) = changes.clinicians
    assert clinician.external_id.endswith("/users/GBGBDCAADAEDCRZ2")
    assert clinician.name == "John Smith"
    (client,) = changes.clients
    assert (client.first_name, client.last_name, client.email) == (
        "John", "Doe", "test@example.com")
    assert changes.appointments[0].modality is Modality.IN_PERSON


def test_a_malformed_event_is_skipped_and_listed_without_client_data():
    with CalendlyServer() as server:
        broken = event("BROKEN", "2020-07-10T15:00:00Z", end_time="soon")
        server.state.add(broken, invitee("BROKEN", "I1", "secret.client@example.com"))
        server.state.add(event("GOOD", "2020-07-11T15:00:00Z"), invitee("GOOD", "I2"))
        server.state.add(event("NOMAIL", "2020-07-12T15:00:00Z"),
                         invitee("NOMAIL", "I3", "not an address"))
        changes = connector(server).changes(None, *JULY)
    assert [a.external_id for a in changes.appointments] == ["GOOD", "NOMAIL"]
    assert changes.appointments[1].client_ids == ()
    reasons = {p.resource: p.reason for p in changes.problems}
    assert reasons["Calendly event BROKEN"] == "it has no readable start or end time"
    assert "invitee 1 has no valid e-mail address" in reasons["Calendly event NOMAIL"]
    assert "secret" not in repr(changes.problems) and "not an address" not in repr(
        changes.problems)


def test_a_user_token_reads_only_its_own_events():
    with CalendlyServer() as server:
        server.state.admin = False
        server.state.add(event("MINE", "2020-07-10T15:00:00Z"), invitee("MINE", "I1"))
        server.state.add(event("THEIRS", "2020-07-11T15:00:00Z",
                               host="https://api.calendly.com/users/U999"),
                         invitee("THEIRS", "I2"))
        changes = connector(server).changes(None, *JULY)
        listing = [q for p, q in server.state.requests if p == "/scheduled_events"]
    assert [a.external_id for a in changes.appointments] == ["MINE"]
    assert "organization" in listing[0] and listing[1]["user"] == USER
