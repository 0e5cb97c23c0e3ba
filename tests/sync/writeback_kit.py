"""A practice synced from the loopback FHIR server with a bearer token in the real keyring,
and the write-back service over them, for the write-back tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from frontdesk.domain.writeback import WriteBackState
from frontdesk.models import Appointment, DeskItem, SourceWriteBack
from frontdesk.services.sync.connectors import Practice, open_connector
from frontdesk.services.sync.source_secrets import SourceSecrets
from frontdesk.services.sync.writeback import WriteBackService
from frontdesk.sync.fhir import public_jwks
from tests.helpers import BOSTON
from tests.sync.fhir_kit import Sleeps, appointment
from tests.sync.fhir_server import FhirTestServer

SOURCE = "OpenEMR"
TOKEN = "bearer-for-the-write-back-tests-0123456789"
SMART_CLIENT = "frontdesk-writeback"
WINDOW = (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC))
ANA_MOBILE, BEN_MOBILE = "+16175550111", "+16175550112"
START, END = "2026-03-10T15:00:00Z", "2026-03-10T15:50:00Z"  # Tue 10 March, 11:00 in Boston


def patient(rid: str, given: str, family: str, mobile: str) -> dict[str, Any]:
    return {"resourceType": "Patient", "id": rid, "active": True,
            "name": [{"use": "official", "family": family, "given": [given]}],
            "telecom": [{"system": "phone", "value": mobile, "use": "mobile"}]}


def fill(server: FhirTestServer) -> None:
    """The official examples (Dr Adam Careful is Practitioner/example), Ana and Benjamin as
    patients, Ana's session a1 and a group session g1 with both of them."""
    server.store.load_examples()
    server.bearer_tokens.add(TOKEN)
    server.store.put(patient("pt-ana", "Ana", "Lindqvist", ANA_MOBILE))
    server.store.put(patient("pt-ben", "Benjamin", "Okoro", BEN_MOBILE))
    server.store.put(appointment("a1", START, END, patient="pt-ana"))
    group = appointment("g1", "2026-03-12T18:00:00Z", "2026-03-12T19:30:00Z", patient="pt-ana")
    group["participant"].insert(1, {"actor": {"reference": "Patient/pt-ben"},
                                    "required": "required", "status": "needs-action"})
    server.store.put(group)


@dataclass
class Synced:
    """The practice after one sync of the server, and what the tests look at."""

    svc: Any
    server: FhirTestServer
    writeback: WriteBackService
    sleeps: Sleeps

    def run(self) -> Any:
        return self.writeback.run_pending()

    def rows(self, ext: str | None = None) -> list[tuple[str, str, int]]:
        """(action, state, attempts) of every write-back row (of one session), oldest
        first."""
        query = select(SourceWriteBack).order_by(SourceWriteBack.id)
        if ext is not None:
            query = query.where(SourceWriteBack.appointment_id == self.appointment_id(ext))
        with self.svc.sessions() as s:
            return [(r.action.value, r.state.value, r.attempts) for r in s.scalars(query)]

    def row(self) -> SourceWriteBack:
        with self.svc.sessions() as s:
            found = s.scalars(select(SourceWriteBack).order_by(SourceWriteBack.id)).all()
            s.expunge_all()
            return found[-1]

    def appointment_id(self, ext: str) -> int:
        with self.svc.sessions() as s:
            found = s.scalar(select(Appointment.id).where(Appointment.external_id == ext))
            assert found is not None
            return found

    def version(self, ext: str) -> str | None:
        with self.svc.sessions() as s:
            return s.scalar(select(Appointment.external_version).where(
                Appointment.external_id == ext))

    def to_do(self) -> list[tuple[str, str]]:
        """(kind, note) of each open To do item about write-back."""
        with self.svc.sessions() as s:
            return [(i.kind.value, i.note) for i in s.scalars(
                select(DeskItem).where(DeskItem.ref.startswith("writeback:")))]

    def puts(self, rid: str = "a1") -> list[str]:
        """The If-Match of each PUT to one appointment."""
        return [seen.headers.get("If-Match", "") for seen in
                self.server.requests_to(f"Appointment/{rid}", "PUT")]

    def patient_status(self, rid: str = "a1", patient_id: str = "pt-ana") -> str:
        stored = self.server.store.get("Appointment", rid)
        return next(p["status"] for p in stored["participant"]
                    if p["actor"]["reference"] == f"Patient/{patient_id}")


def sync_practice(practice: Any, server: FhirTestServer, secret_store: Any, *,
                  smart_key: str | None = None) -> Synced:
    """Add the server as a FHIR source (its bearer token, or the private key of a SMART
    client registered there, in the keyring) and import its calendar."""
    svc = practice.svc
    settings = {"base_url": server.base_url, "auth": "bearer"}
    if smart_key is not None:
        server.register(SMART_CLIENT, public_jwks(smart_key))
        settings.update(auth="smart", client_id=SMART_CLIENT)
    svc.sync.add_source(SOURCE, "fhir", settings)
    secrets = SourceSecrets(secret_store, svc.sessions)
    secrets.set(SOURCE, smart_key or TOKEN)
    sleeps = Sleeps()
    with open_connector("fhir", settings, secrets.get(SOURCE), Practice(BOSTON, "US"),
                        sleep=sleeps) as connector:
        svc.sync.run_once(SOURCE, connector, *WINDOW)
    server.seen.clear()
    writeback = WriteBackService(svc.sessions, svc.clock, secrets, svc.events, sleep=sleeps)
    return Synced(svc, server, writeback, sleeps)


def pending_rows(synced: Synced) -> int:
    return sum(1 for _, state, _ in synced.rows() if state == WriteBackState.PENDING.value)
