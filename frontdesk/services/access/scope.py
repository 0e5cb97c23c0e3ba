"""What one call may see: a clinician's own clients and sessions, and clinical words only
for those who may read them. Read from the database per call (no cache to go stale)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.domain import Flag
from frontdesk.domain.access import Permission, Person
from frontdesk.models import Appointment, Attendee
from frontdesk.services.errors import PermissionDenied
from frontdesk.services.inbox.privacy import PREVIEW_WORDS

CLINICAL_HIDDEN = ("A message for the clinician: only clinicians read its words. It waits "
                   "in their queue.")
NOT_YOURS = ("This client is not one of yours: a clinician's account sees only their own "
             "clients and sessions.")


class Scope:
    """The acting person, and what their reach is, read on first use. `present`: someone
    is signed in and the desk is not locked (calls open to anyone may run without)."""

    def __init__(self, sessions: sessionmaker[Session], person: Person | None,
                 present: bool = True, services: Any = None) -> None:
        self.sessions, self._person, self.present = sessions, person, present
        self.services = services  # the plain services, for a result read again narrower
        self._own: frozenset[int] | None = None

    @property
    def person(self) -> Person:
        if self._person is None:  # only calls open to anyone run without a person
            raise PermissionDenied("Nobody is signed in: sign in with your PIN to go on.")
        return self._person

    def may(self, permission: Permission) -> bool:
        """True when someone is at the desk, unlocked, and may do this."""
        return self.present and self._person is not None and self._person.can(permission)

    # ---- a clinician's own clients --------------------------------------------------
    def own_clients(self) -> frozenset[int]:
        """Clients with any session (past or future, kept or not) with this clinician."""
        if self._own is None:
            with self.sessions() as s:
                self._own = frozenset(s.scalars(
                    select(Attendee.client_id).join(Appointment)
                    .where(Appointment.clinician_id == self.person.clinician_id).distinct()))
        return self._own

    def check_client(self, client_id: int | None) -> None:
        if not self.person.own_only:
            return
        if client_id is None or client_id not in self.own_clients():
            raise PermissionDenied(NOT_YOURS)

    def check_appointment(self, appointment_id: int) -> None:
        if not self.person.own_only:
            return
        with self.sessions() as s:
            clinician = s.scalar(select(Appointment.clinician_id)
                                 .where(Appointment.id == appointment_id))
        if clinician != self.person.clinician_id:
            raise PermissionDenied("This session is not one of yours: a clinician's account "
                                   "sees only their own sessions.")

    def own_rows(self, rows: list[Any], field: str = "clinician_id") -> list[Any]:
        if not self.person.own_only:
            return rows
        return [r for r in rows if getattr(r, field) == self.person.clinician_id]

    def own_clients_rows(self, rows: list[Any], field: str) -> list[Any]:
        if not self.person.own_only:
            return rows
        own = self.own_clients()
        return [r for r in rows if _client_of(getattr(r, field)) in own]

    # ---- clinical words ----------------------------------------------------------------
    def reads_clinical(self) -> bool:
        return self.person.can(Permission.CLINICAL)

    def thread_entries(self, entries: list[Any]) -> list[Any]:
        """A thread as this person may read it: clinical messages' words only for those who
        read clinical content (crisis messages in full for everyone at the desk)."""
        if self.reads_clinical():
            return entries
        return [replace(e, text=CLINICAL_HIDDEN, reasons=()) if e.flag is Flag.CLINICAL
                else e for e in entries]

    def thread_rows(self, rows: list[Any]) -> list[Any]:
        if self.reads_clinical():
            return rows
        return [replace(r, preview=PREVIEW_WORDS["clinical"]) if r.flag is Flag.CLINICAL
                else r for r in rows]


def _client_of(value: Any) -> int | None:
    """A client id from a row's field: an int, or a ThreadKey (or None)."""
    if value is None or isinstance(value, int):
        return value
    return getattr(value, "client_id", None)
