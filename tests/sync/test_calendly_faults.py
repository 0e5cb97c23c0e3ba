"""Calendly's refusals and failures over loopback, each a SyncError in words: a refused token,
429 with Retry-After, 5xx retried, admin or user scope, and TLS verified."""

from __future__ import annotations

import pytest

from frontdesk.sync.errors import SyncError
from tests.sync.calendly_server import (
    ORGANIZATION,
    USER,
    CalendlyServer,
    Sleeps,
    at,
    connector,
    event,
    invitee,
)
from tests.sync.fhir_kit import private_ca

JULY = (at("2020-07-01T00:00:00Z"), at("2020-08-01T00:00:00Z"))


def _one(server: CalendlyServer) -> None:
    server.state.add(event("EV1", "2020-07-10T15:00:00Z"), invitee("EV1", "I1"))


def test_a_refused_token_is_an_auth_error_in_words_without_the_token():
    with CalendlyServer() as server:
        _one(server)
        with pytest.raises(SyncError) as raised:
            connector(server, token="pat-revoked-SECRET").changes(None, *JULY)
    assert raised.value.kind == "auth"
    words = str(raised.value)
    assert "HTTP 401" in words and "personal access token" in words
    assert "Create a new personal access token" in words
    assert "SECRET" not in words and "127.0.0.1" in words


def test_no_token_is_a_settings_error_before_any_request():
    with CalendlyServer() as server:
        with pytest.raises(SyncError) as raised:
            connector(server, token="  ").changes(None, *JULY)
        assert server.state.requests == []
    assert raised.value.kind == "config"


def test_429_retry_after_is_honoured_and_5xx_retried_with_backoff():
    sleeps = Sleeps()
    with CalendlyServer() as server:
        _one(server)
        server.state.script = [(429, {"Retry-After": "7"}), (503, {})]
        changes = connector(server, sleeps=sleeps).changes(None, *JULY)
    assert sleeps == [7.0, 1.0]
    assert [a.external_id for a in changes.appointments] == ["EV1"]


def test_a_retry_after_longer_than_we_wait_is_a_rate_limit_error():
    sleeps = Sleeps()
    with CalendlyServer() as server:
        server.state.script = [(429, {"Retry-After": "600"})]
        with pytest.raises(SyncError) as raised:
            connector(server, sleeps=sleeps).changes(None, *JULY)
    assert raised.value.kind == "rate_limited" and "600 s" in str(raised.value)
    assert sleeps == []


def test_a_server_failing_every_time_is_a_server_error_after_the_retries():
    sleeps = Sleeps()
    with CalendlyServer() as server:
        server.state.script = [(500, {})] * 3
        with pytest.raises(SyncError) as raised:
            connector(server, sleeps=sleeps).changes(None, *JULY)
    assert raised.value.kind == "server" and sleeps == [0.5, 1.0]


def test_an_admin_token_reads_by_organization_and_keeps_that_in_the_cursor():
    with CalendlyServer() as server:
        _one(server)
        source = connector(server)
        first = source.changes(None, *JULY)
        source.changes(first.cursor, *JULY)
        listing = [q for p, q in server.state.requests if p == "/scheduled_events"]
        assert server.state.paths().count("/users/me") == 1
    assert [q.get("organization") for q in listing] == [ORGANIZATION, ORGANIZATION]
    assert all("user" not in q for q in listing)


def test_a_non_admin_token_falls_back_to_its_user_after_one_403_and_remembers_it():
    with CalendlyServer() as server:
        server.state.admin = False
        _one(server)
        source = connector(server)
        first = source.changes(None, *JULY)
        second = source.changes(first.cursor, *JULY)
        listing = [q for p, q in server.state.requests if p == "/scheduled_events"]
    assert [a.external_id for a in first.appointments] == ["EV1"]
    assert listing[0].get("organization") == ORGANIZATION
    assert [q.get("user") for q in listing[1:]] == [USER, USER]  # no second 403
    assert second.appointments == ()


def test_an_admin_demoted_between_runs_is_read_by_user_and_deletes_nothing():
    with CalendlyServer() as server:
        _one(server)
        server.state.add(event("OTHER", "2020-07-11T15:00:00Z",
                               host="https://api.calendly.com/users/U999"),
                         invitee("OTHER", "I2", "other@example.com"))
        source = connector(server)
        first = source.changes(None, *JULY)
        assert len(first.appointments) == 2
        server.state.admin = False
        second = source.changes(first.cursor, *JULY)
    assert second.deleted == () and second.complete is False  # OTHER is only out of sight


def test_a_user_refused_even_its_own_events_is_an_auth_error_in_words():
    with CalendlyServer() as server:
        server.state.admin = False
        server.state.forbid_user = True
        with pytest.raises(SyncError) as raised:
            connector(server).changes(None, *JULY)
    assert raised.value.kind == "auth" and "HTTP 403" in str(raised.value)
    assert "owner or admin" in str(raised.value)


def test_tls_is_refused_for_an_untrusted_certificate_and_read_with_the_practice_ca(tmp_path):
    context, ca = private_ca(tmp_path)
    with CalendlyServer(tls=context) as server:
        _one(server)
        sleeps = Sleeps()
        with pytest.raises(SyncError) as raised:
            connector(server, sleeps=sleeps).changes(None, *JULY)
        assert raised.value.kind == "tls" and "certificate not trusted" in str(raised.value)
        assert sleeps == [] and server.state.requests == []
        changes = connector(server, ca_bundle=str(ca)).changes(None, *JULY)
    assert [a.external_id for a in changes.appointments] == ["EV1"]


def test_a_next_page_on_another_host_never_gets_the_token():
    with CalendlyServer() as server:
        _one(server)
        server.state.verbatim[("/scheduled_events", None)] = {
            "collection": [server.state.events[0]],
            "pagination": {"count": 1,
                           "next_page": "https://elsewhere.example/scheduled_events?x=1"}}
        changes = connector(server).changes(None, *JULY)
        hosts_asked = len(server.state.requests)
    assert [a.external_id for a in changes.appointments] == ["EV1"]  # no page token: done
    assert hosts_asked == 3  # /users/me, the list, the invitees: nothing went elsewhere
