"""The feed over real HTTP on loopback: ETag and 304, the cursor, retries, Retry-After, errors
in words, webcal:// and verified TLS."""

from __future__ import annotations

import datetime as dt
import json
import socket
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from frontdesk.sync.errors import SyncError
from frontdesk.sync.http import RetryPolicy
from frontdesk.sync.ical import IcsConnector
from tests.sync.fhir_kit import private_ca
from tests.sync.ics_server import FeedServer

FIXTURES = Path(__file__).parent / "fixtures" / "ics"
GOOGLE = (FIXTURES / "google_weekly.ics").read_bytes()
UTC = dt.UTC
WINDOW = (dt.datetime(2026, 2, 1, tzinfo=UTC), dt.datetime(2026, 5, 1, tzinfo=UTC))
LATER = (dt.datetime(2026, 3, 1, tzinfo=UTC), dt.datetime(2026, 6, 1, tzinfo=UTC))
BOSTON = ZoneInfo("America/New_York")


def connector(url: str, waits: list[float] | None = None, **options) -> IcsConnector:
    return IcsConnector(
        url, default_tz=BOSTON, sleep=(waits if waits is not None else []).append,
        policy=RetryPolicy(attempts=3, backoff=0.5, max_wait=60.0), **options,
    )


def test_first_read_then_304_gives_an_empty_incomplete_changeset_with_the_same_cursor():
    with FeedServer(GOOGLE) as server:
        source = connector(server.url)
        first = source.changes(None, *WINDOW)
        assert len(first.appointments) == 8 and first.complete
        cursor = json.loads(first.cursor)
        assert cursor["etag"] == '"v1"'
        assert cursor["last_modified"] == "Wed, 04 Mar 2026 08:00:00 GMT"
        assert len(cursor["sha256"]) == 64
        assert "if-none-match" not in server.state.requests[0]

        again = source.changes(first.cursor, *WINDOW)
        assert server.state.requests[1]["if-none-match"] == '"v1"'
        assert server.state.requests[1]["if-modified-since"] == "Wed, 04 Mar 2026 08:00:00 GMT"
        assert again.cursor == first.cursor
        assert again.appointments == () and again.clients == ()
        assert again.complete is False  # nothing read, so nothing may be taken as removed


def test_a_new_window_asks_unconditionally_and_reads_the_feed_again():
    with FeedServer(GOOGLE) as server:
        source = connector(server.url)
        first = source.changes(None, *WINDOW)
        later = source.changes(first.cursor, *LATER)
        assert "if-none-match" not in server.state.requests[1]
        assert later.complete and later.appointments
        assert later.appointments[0].start >= LATER[0]


def test_a_changed_feed_is_read_whole_and_the_cursor_moves():
    with FeedServer(GOOGLE) as server:
        source = connector(server.url)
        first = source.changes(None, *WINDOW)
        server.state.body = GOOGLE.replace(b"COUNT=8", b"COUNT=9")
        server.state.etag = '"v2"'
        second = source.changes(first.cursor, *WINDOW)
        assert len(second.appointments) == 9
        assert json.loads(second.cursor)["etag"] == '"v2"'
        assert second.cursor != first.cursor


def test_without_etag_an_unchanged_body_is_recognised_by_its_hash():
    with FeedServer(GOOGLE) as server:
        server.state.etag = None
        server.state.last_modified = None
        source = connector(server.url)
        first = source.changes(None, *WINDOW)
        again = source.changes(first.cursor, *WINDOW)
        assert again.appointments == () and again.complete is False
        assert again.cursor == first.cursor


def test_the_same_feed_read_twice_without_a_cursor_is_identical():
    with FeedServer(GOOGLE) as server:
        assert connector(server.url).changes(None, *WINDOW) == connector(server.url).changes(
            None, *WINDOW
        )


def test_429_retry_after_is_honoured_and_5xx_retried_with_backoff():
    waits: list[float] = []
    with FeedServer(GOOGLE) as server:
        server.state.script = [(429, {"Retry-After": "7"}), (503, {})]
        changes = connector(server.url, waits).changes(None, *WINDOW)
    assert waits == [7.0, 1.0]  # as asked, then the second backoff step
    assert len(changes.appointments) == 8


def test_a_retry_after_longer_than_we_wait_is_a_rate_limit_error():
    waits: list[float] = []
    with FeedServer(GOOGLE) as server:
        server.state.script = [(429, {"Retry-After": "3600"})]
        with pytest.raises(SyncError) as raised:
            connector(server.url, waits).changes(None, *WINDOW)
    assert raised.value.kind == "rate_limited"
    assert "3600 s" in str(raised.value)
    assert waits == []


def test_a_server_failing_every_time_is_a_server_error_after_the_retries():
    waits: list[float] = []
    with FeedServer(GOOGLE) as server:
        server.state.script = [(500, {})] * 3
        with pytest.raises(SyncError) as raised:
            connector(server.url, waits).changes(None, *WINDOW)
        assert len(server.state.requests) == 3
    assert raised.value.kind == "server"
    assert waits == [0.5, 1.0]


@pytest.mark.parametrize(("status", "kind"), [(401, "auth"), (403, "auth"), (404, "not_found")])
def test_refusals_are_named(status, kind):
    with FeedServer(GOOGLE) as server:
        server.state.script = [(status, {})]
        with pytest.raises(SyncError) as raised:
            connector(server.url).changes(None, *WINDOW)
    assert raised.value.kind == kind
    assert "private-token" not in str(raised.value)  # the address's secret part stays out
    assert "127.0.0.1" in str(raised.value)


def test_nobody_listening_is_a_network_error_after_retries():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    waits: list[float] = []
    with pytest.raises(SyncError) as raised:
        connector(f"http://127.0.0.1:{port}/feed.ics", waits).changes(None, *WINDOW)
    assert raised.value.kind == "network"
    assert "could not be reached" in str(raised.value)
    assert len(waits) == 2


def test_webcal_over_tls_is_refused_when_untrusted_and_read_with_the_practice_ca(tmp_path):
    context, ca = private_ca(tmp_path)
    with FeedServer(GOOGLE, tls=context) as server:
        webcal = server.url.replace("https://", "webcal://")
        waits: list[float] = []
        with pytest.raises(SyncError) as raised:
            connector(webcal, waits).changes(None, *WINDOW)
        assert raised.value.kind == "tls"
        assert "certificate not trusted" in str(raised.value)
        assert waits == []  # not retried: trying again will not help
        changes = connector(webcal, ca_bundle=str(ca)).changes(None, *WINDOW)
        assert len(changes.appointments) == 8


def test_a_local_file_is_read_and_an_unchanged_one_gives_an_empty_changeset(tmp_path):
    path = tmp_path / "export.ics"
    path.write_bytes(GOOGLE)
    source = connector(str(path))
    first = source.changes(None, *WINDOW)
    assert len(first.appointments) == 8
    assert json.loads(first.cursor)["etag"] == ""
    again = source.changes(first.cursor, *WINDOW)
    assert again.appointments == () and again.complete is False
    path.write_bytes(GOOGLE.replace(b"COUNT=8", b"COUNT=7"))
    changed = source.changes(first.cursor, *WINDOW)
    assert len(changed.appointments) == 7 and changed.complete


def test_an_unreadable_cursor_is_treated_as_none():
    with FeedServer(GOOGLE) as server:
        changes = connector(server.url).changes("not json", *WINDOW)
        assert "if-none-match" not in server.state.requests[0]
    assert len(changes.appointments) == 8
