"""What the FHIR connector does when the server or the network misbehaves: 429 with
Retry-After, 5xx, certificates, links that leave the server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from frontdesk.sync.errors import SyncError
from frontdesk.sync.fhir import BearerToken, FhirClient, FhirConnector
from tests.sync.fhir_kit import Sleeps, appointment, connect, private_ca
from tests.sync.fhir_server import FhirTestServer

WEEK = (datetime(2025, 3, 3, tzinfo=UTC), datetime(2025, 3, 10, tzinfo=UTC))


@pytest.fixture
def server() -> Iterator[FhirTestServer]:
    with FhirTestServer() as running:
        running.store.put(appointment("a1", "2025-03-04T09:00:00Z", "2025-03-04T10:00:00Z"))
        running.store.load_examples()
        yield running


def test_a_429_waits_as_long_as_retry_after_asks_then_goes_on(server):
    sleeps = Sleeps()
    server.inject(429, path="Appointment", Retry_After="7")
    changes = FhirConnector(connect(server, sleep=sleeps)).changes(None, *WEEK)
    assert [a.external_id for a in changes.appointments] == ["a1"]
    assert sleeps == [7.0]


def test_a_retry_after_beyond_a_minute_is_not_waited_out(server):
    sleeps = Sleeps()
    server.inject(429, path="Appointment", Retry_After="3600")
    with pytest.raises(SyncError) as raised:
        FhirConnector(connect(server, sleep=sleeps)).changes(None, *WEEK)
    assert raised.value.kind == "rate_limited" and "3600" in raised.value.message
    assert sleeps == []


def test_a_500_is_retried_with_backoff_then_the_read_succeeds(server):
    sleeps = Sleeps()
    server.inject(500, path="Appointment", times=2)
    changes = FhirConnector(connect(server, sleep=sleeps)).changes(None, *WEEK)
    assert [a.external_id for a in changes.appointments] == ["a1"]
    assert sleeps == [0.5, 1.0]


def test_a_500_on_every_try_is_a_server_error_in_words(server):
    server.inject(503, path="Appointment", times=10)
    with pytest.raises(SyncError) as raised:
        FhirConnector(connect(server)).changes(None, *WEEK)
    assert raised.value.kind == "server"
    assert "HTTP 503" in raised.value.message and "127.0.0.1" in raised.value.message


def test_a_server_nobody_answers_at_is_a_network_error():
    with FhirTestServer() as gone:
        base = gone.base_url
    client = FhirClient(base, BearerToken("t"), sleep=Sleeps())
    with pytest.raises(SyncError) as raised:
        client.read("Appointment", "a1")
    assert raised.value.kind == "network"


def test_a_certificate_from_an_unknown_ca_is_not_trusted(tmp_path):
    context, _ = private_ca(tmp_path)
    with FhirTestServer(tls=context) as server:
        server.bearer_tokens.add("t")
        client = FhirClient(server.base_url, BearerToken("t"), sleep=Sleeps())
        with pytest.raises(SyncError) as raised:
            client.read("Appointment", "a1")
    assert raised.value.kind == "tls"
    assert "certificate not trusted" in raised.value.message


def test_the_practices_own_ca_makes_its_certificate_trusted(tmp_path):
    context, ca_file = private_ca(tmp_path)
    with FhirTestServer(tls=context) as server:
        assert server.base_url.startswith("https://")
        server.store.put(appointment("a1", "2025-03-04T09:00:00Z", "2025-03-04T10:00:00Z"))
        client = connect(server, ca_bundle=str(ca_file))
        changes = FhirConnector(client).changes(None, *WEEK)
    assert [a.external_id for a in changes.appointments] == ["a1"]


def test_a_next_link_to_another_host_is_not_followed(server, monkeypatch):
    real = server.bundle

    def elsewhere(kind, token, index):
        bundle = real(kind, token, index)
        bundle["link"].append({"relation": "next", "url": "https://attacker.example/fhir?p=2"})
        return bundle

    monkeypatch.setattr(server, "bundle", elsewhere)
    with pytest.raises(SyncError) as raised:
        FhirConnector(connect(server)).changes(None, *WEEK)
    assert raised.value.kind == "malformed" and "attacker.example" in raised.value.message


def test_an_unreadable_cursor_starts_a_window_read_again(server):
    changes = FhirConnector(connect(server)).changes("not a cursor", *WEEK)
    assert [a.external_id for a in changes.appointments] == ["a1"]
    assert server.requests_to("Appointment?date=ge")
