"""SMART Backend Services and bearer tokens against the test server's real token endpoint,
which verifies the signed assertion against the JWKS FrontDesk shows IT."""

from __future__ import annotations

import time
from collections.abc import Iterator

import jwt
import pytest

from frontdesk.sync.errors import SyncError
from frontdesk.sync.fhir import BearerToken, FhirClient, generate_private_key, public_jwks
from frontdesk.sync.fhir.smart import SmartBackendAuth, client_assertion, thumbprint
from frontdesk.sync.http import make_client
from tests.sync.fhir_kit import CLIENT_ID, KEY, appointment, connect
from tests.sync.fhir_server import FhirTestServer


@pytest.fixture
def server() -> Iterator[FhirTestServer]:
    with FhirTestServer() as running:
        running.store.put(appointment("a1", "2025-03-04T09:00:00Z", "2025-03-04T10:00:00Z"))
        yield running


def test_rfc_7638_thumbprint_of_the_rfcs_own_example():
    # RFC 7638 section 3.1: the example RSA key and its thumbprint.
    n = ("0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6"
         "tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5"
         "v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08"
         "qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8aw"
         "apJzKnqDKgw")
    assert thumbprint({"kty": "RSA", "e": "AQAB", "n": n}) == (
        "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs")


def test_the_jwks_for_it_holds_the_public_key_only_with_its_thumbprint_as_kid():
    [key] = public_jwks(KEY)["keys"]
    assert (key["kty"], key["crv"], key["alg"]) == ("EC", "P-384", "ES384")
    assert "d" not in key
    assert key["kid"] == thumbprint(key)


def test_the_assertion_carries_the_claims_smart_asks_for():
    token = client_assertion(KEY, "cid", "https://ehr.example/token")
    header = jwt.get_unverified_header(token)
    claims = jwt.decode(token, options={"verify_signature": False})
    assert (header["alg"], header["typ"], header["kid"]) == (
        "ES384", "JWT", public_jwks(KEY)["keys"][0]["kid"])
    assert claims["iss"] == claims["sub"] == "cid"
    assert claims["aud"] == "https://ehr.example/token"
    assert 0 < claims["exp"] - time.time() <= 300
    assert claims["jti"] != jwt.decode(client_assertion(KEY, "cid", "x"),
                                       options={"verify_signature": False})["jti"]


@pytest.mark.parametrize("algorithm", ["ES384", "RS384"])
def test_a_registered_key_gets_a_token_and_reads_data(server, algorithm):
    key = KEY if algorithm == "ES384" else generate_private_key("RS384")
    client = connect(server, key=key)
    body = client.read("Appointment", "a1")
    assert body is not None and body["id"] == "a1"
    [grant] = server.token_requests
    assert grant["header"]["alg"] == algorithm
    assert grant["scope"].split() == [
        "system/Appointment.rs", "system/Patient.rs", "system/Practitioner.rs"]
    assert server.refusals == []


def test_the_token_is_reused_until_shortly_before_it_expires(server):
    now = [time.time()]
    client = connect(server, clock=lambda: now[0])
    client.read("Appointment", "a1")
    client.read("Appointment", "a1")
    assert len(server.token_requests) == 1
    now[0] += 300 - 30  # inside the renewal margin of a 300 s token
    client.read("Appointment", "a1")
    assert len(server.token_requests) == 2


def test_an_expired_token_is_renewed_once_on_a_401(server):
    client = connect(server)
    client.read("Appointment", "a1")
    server.expire_tokens()
    assert client.read("Appointment", "a1") is not None
    assert len(server.token_requests) == 2


def test_a_401_with_a_fresh_token_too_is_an_auth_error(server):
    client = connect(server)
    server.inject(401, path="Appointment", times=2)
    with pytest.raises(SyncError) as raised:
        client.read("Appointment", "a1")
    assert raised.value.kind == "auth"
    assert "twice" in raised.value.message and "scopes" in raised.value.message
    assert len(server.token_requests) == 2


def test_a_key_the_ehr_does_not_know_is_refused_in_words(server):
    server.register(CLIENT_ID, public_jwks(generate_private_key()))  # IT registered another
    client = connect(server, register=False)
    with pytest.raises(SyncError) as raised:
        client.read("Appointment", "a1")
    assert raised.value.kind == "auth"
    assert "refused" in raised.value.message and "JWKS" in raised.value.message
    assert server.refusals == ["bad signature"]


def test_an_assertion_for_another_audience_is_refused(server, monkeypatch):
    import frontdesk.sync.fhir.smart as smart

    real = smart.client_assertion
    monkeypatch.setattr(smart, "client_assertion",
                        lambda pem, cid, url: real(pem, cid, url + "/elsewhere"))
    client = connect(server)
    with pytest.raises(SyncError) as raised:
        client.read("Appointment", "a1")
    assert raised.value.kind == "auth" and server.refusals == ["wrong audience"]


def test_an_expired_assertion_is_refused(server):
    server.register(CLIENT_ID, public_jwks(KEY))
    stale = client_assertion(KEY, CLIENT_ID, server.token_url, now=lambda: time.time() - 3600)
    response = make_client().post(server.token_url, data={
        "grant_type": "client_credentials", "client_assertion": stale,
        "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"})
    assert response.status_code == 401 and server.refusals == ["expired assertion"]


def test_a_key_that_is_not_a_key_is_a_settings_error():
    with pytest.raises(SyncError) as raised:
        SmartBackendAuth(make_client(), "https://ehr.example", CLIENT_ID, "not a key")
    assert raised.value.kind == "config"


def test_a_plain_bearer_token_reads_data_and_a_refused_one_says_so(server):
    server.bearer_tokens.add("given-by-it")
    good = FhirClient(server.base_url, BearerToken("given-by-it"))
    assert good.read("Appointment", "a1") is not None
    bad = FhirClient(server.base_url, BearerToken("revoked"))
    asked = len(server.requests_to("Appointment/a1"))
    with pytest.raises(SyncError) as raised:
        bad.read("Appointment", "a1")
    assert raised.value.kind == "auth"
    assert "saved for this source" in raised.value.message and "twice" not in raised.value.message
    assert len(server.requests_to("Appointment/a1")) == asked + 1  # refused once: final
    assert server.token_requests == []
