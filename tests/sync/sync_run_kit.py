"""Helpers for the tests of sources that run: a FHIR server holding Ana's sessions with
Dr. Okafor, the outbox of a synced appointment, and an iCalendar file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from frontdesk.domain import Channel, ConsentStatus
from frontdesk.domain.sync import ChangeSet
from frontdesk.models import Appointment, OutboxMessage
from frontdesk.services.container import Services
from frontdesk.services.credentials import CredentialStore
from tests.helpers import BOSTON
from tests.sync.fhir_kit import appointment
from tests.sync.fhir_server import FhirTestServer

TOKEN = "bearer-token-for-tests-0123456789"


class Once:
    """A connector that hands back one ChangeSet (the engine's input in a test)."""

    def __init__(self, changes: ChangeSet) -> None:
        self.changes_ = changes

    def changes(self, cursor, window_start, window_end) -> ChangeSet:
        return self.changes_


@pytest.fixture
def services(vault, clock, secret_store):
    """As tests/conftest.py's, with the keyring the app gives sync (the delivery one).
    Import it (and `server`) into a test module to use them there."""
    opened = vault.create()
    svc = Services.build(opened.engine, clock, credentials=CredentialStore(secret_store))
    svc.practice.store_recovery_code(opened.recovery_code)
    yield svc
    svc.close()


@pytest.fixture
def server():
    """The loopback FHIR server, taking TOKEN as a bearer token."""
    with FhirTestServer() as fhir:
        fhir.bearer_tokens.add(TOKEN)
        yield fhir


def fhir_time(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def put_session(server: FhirTestServer, rid: str, start: datetime, minutes: int = 50) -> None:
    server.store.put(appointment(rid, fhir_time(start), fhir_time(start + timedelta(
        minutes=minutes)), patient="p-ana", practitioner="pr-okafor"))


def fill(server: FhirTestServer, *sessions: tuple[str, datetime]) -> None:
    """Ana (as the practice knows her: same email, mobile and name) and Dr. Okafor, and
    their sessions."""
    server.store.put({"resourceType": "Patient", "id": "p-ana", "name": [
        {"use": "official", "family": "Lindqvist", "given": ["Ana"]}], "telecom": [
        {"system": "phone", "value": "(617) 555-0111", "use": "mobile"},
        {"system": "email", "value": "ana@example.org"}]})
    server.store.put({"resourceType": "Practitioner", "id": "pr-okafor",
                      "name": [{"text": "Dr. Maya Okafor"}]})
    for rid, start in sessions:
        put_session(server, rid, start)


def consent(practice) -> None:
    practice.svc.clients.set_consent(practice.ana.id, Channel.SMS, ConsentStatus.GRANTED,
                                     "intake form", "t")


def outbox(svc, external_id: str) -> list[tuple]:
    """(step, state, reason, anchor) of each message of the synced session."""
    q = (select(OutboxMessage).join(Appointment, OutboxMessage.appointment_id == Appointment.id)
         .where(Appointment.external_id == external_id).order_by(OutboxMessage.id))
    with svc.sessions() as s:
        return [(m.step, m.state.value, m.reason, m.anchor_at) for m in s.scalars(q)]


def start_of(svc, external_id: str) -> datetime | None:
    with svc.sessions() as s:
        return s.scalar(select(Appointment.start_at).where(
            Appointment.external_id == external_id))


def ics_file(folder: Path, uid: str, start: datetime) -> Path:
    """A calendar file with one session for Ana (by her email) at `start`."""
    stamp = start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    end = (start + timedelta(minutes=50)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = folder / "calendar.ics"
    path.write_text("\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tests//EN",
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", f"DTSTART:{stamp}",
        f"DTEND:{end}", "SUMMARY:Session",
        "ORGANIZER;CN=Dr. Maya Okafor:mailto:okafor@example.org",
        "ATTENDEE;CN=Ana Lindqvist:mailto:ana@example.org",
        "END:VEVENT", "END:VCALENDAR", ""]))
    return path


def local(moment: datetime) -> datetime:
    return moment.astimezone(BOSTON)
