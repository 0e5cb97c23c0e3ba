"""Finding or making the clinicians, appointment types and clients a ChangeSet names.

A record seen for the first time is linked to an existing FrontDesk record only when it is
surely the same (a clinician by exact name; a client by a contact point AND their name), so a
shared family phone or email never merges two people; otherwise a new record is made.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.domain import Channel, Modality, PhoneKind
from frontdesk.domain.sync import SourceClient, SourceClinician
from frontdesk.models import AppointmentType, Client, Clinician
from frontdesk.services.contacts import parse_email, parse_phone
from frontdesk.services.errors import ValidationError
from frontdesk.services.reminders.plan_data import IN_CHUNK
from frontdesk.services.sync.summary import SyncSummary

DEFAULT_MINUTES = 50
NO_CLINICIAN = ""  # the external id of a source's stand-in for sessions that name nobody
T = TypeVar("T")


def in_chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    """At most IN_CHUNK at a time (one IN (...) each)."""
    for i in range(0, len(items), IN_CHUNK):
        yield items[i:i + IN_CHUNK]


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


class People:
    """The source's people and types as FrontDesk ids, found or made inside the caller's
    transaction; what it did is counted in `summary`."""

    def __init__(self, s: Session, now: datetime, source: str, region: str,
                 summary: SyncSummary) -> None:
        self.s, self.now, self.source, self.region = s, now, source, region
        self.summary = summary
        self.clinician_ids: dict[str, int] = {}
        self.client_ids: dict[str, int] = {}
        self.reach_changed: set[int] = set()  # clients whose mobile or email changed
        self._types: dict[str, AppointmentType] | None = None
        self._mobiles: dict[str, tuple[str, PhoneKind] | None] = {}
        self._emails: dict[str, str | None] = {}

    # ---- clinicians ---------------------------------------------------------------------
    def add_clinicians(self, records: Sequence[SourceClinician]) -> None:
        s = self.s
        self._load_linked(Clinician, [r.external_id for r in records], self.clinician_ids)
        unlinked: dict[str, Clinician] | None = None
        for r in records:
            if r.external_id in self.clinician_ids:
                continue
            if unlinked is None:  # read once, when a first clinician is new
                unlinked = {}
                for c in s.scalars(select(Clinician).where(Clinician.source.is_(None))):
                    for name in (c.display_name, c.full_name):
                        unlinked.setdefault(_key(name), c)
            match = unlinked.pop(_key(r.name), None)
            if match is not None:
                match.source, match.external_id = self.source, r.external_id
                for other in [k for k, c in unlinked.items() if c is match]:
                    del unlinked[other]
            else:
                name = " ".join(r.name.split())[:200] or f"Clinician {r.external_id[:40]}"
                match = Clinician(full_name=name, display_name=name, active=True,
                                  source=self.source, external_id=r.external_id)
                s.add(match)
                self.summary.clinicians_new += 1
            s.flush()
            self.clinician_ids[r.external_id] = match.id

    def clinician_for(self, external_id: str | None) -> int | None:
        """The clinician's id; a session that names none goes to the source's stand-in."""
        if external_id is None:
            return self._stand_in()
        if external_id not in self.clinician_ids:
            self._load_linked(Clinician, [external_id], self.clinician_ids)
        return self.clinician_ids.get(external_id)

    def _stand_in(self) -> int:
        if NO_CLINICIAN not in self.clinician_ids:
            self._load_linked(Clinician, [NO_CLINICIAN], self.clinician_ids)
        if NO_CLINICIAN not in self.clinician_ids:
            name = f"Unassigned ({self.source})"
            c = Clinician(full_name=name, display_name=name, active=True,
                          source=self.source, external_id=NO_CLINICIAN)
            self.s.add(c)
            self.s.flush()
            self.clinician_ids[NO_CLINICIAN] = c.id
        return self.clinician_ids[NO_CLINICIAN]

    # ---- appointment types --------------------------------------------------------------
    def type_for(self, name: str, modality: Modality | None, group: bool) -> AppointmentType:
        """The type of that name; without a name, the practice's first fitting one."""
        if self._types is None:
            self._types = {}
            for t in self.s.scalars(select(AppointmentType).order_by(AppointmentType.id)):
                self._types.setdefault(_key(t.name), t)
        key = _key(name)
        if not key:
            fitting = [t for t in self._types.values() if t.active and t.is_group == group]
            found = next((t for t in fitting if modality in (None, t.default_modality)),
                         fitting[0] if fitting else None)
            if found is not None:
                return found
            name, key = "Session", "session"
        if key not in self._types:
            t = AppointmentType(name=" ".join(name.split())[:120],
                                duration_minutes=DEFAULT_MINUTES,
                                default_modality=modality or Modality.IN_PERSON,
                                is_group=group, active=True)
            self.s.add(t)
            self.s.flush()
            self._types[key] = t
        return self._types[key]

    # ---- clients ------------------------------------------------------------------------
    def add_clients(self, records: Sequence[SourceClient]) -> None:
        linked: dict[str, int] = {}
        self._load_linked(Client, [r.external_id for r in records], linked)
        held = {c.id: c for c in self._load(Client, list(linked.values()))}
        candidates: list[Client] | None = None
        made: dict[str, Client] = {}
        for r in records:
            if r.external_id in self.client_ids:
                continue  # listed twice
            cid = linked.get(r.external_id)
            if cid is not None:
                self._update(held[cid], r)
                self.client_ids[r.external_id] = cid
                continue
            if candidates is None:  # read once, when a first client is new
                candidates = list(self.s.scalars(select(Client).where(
                    Client.source.is_(None), Client.active.is_(True))))
            c = self._strong_match(r, candidates)
            if c is not None:
                candidates.remove(c)
                c.source, c.external_id = self.source, r.external_id
                self._update(c, r)
                self.summary.clients_linked += 1
                self.client_ids[r.external_id] = c.id
            elif r.external_id not in made:
                made[r.external_id] = self._create(r)
                self.summary.clients_new += 1
        self.s.flush()  # once for all the new clients: their ids
        self.client_ids.update((ext, c.id) for ext, c in made.items())

    def update_linked(self, records: Sequence[SourceClient]) -> None:
        """Changes to clients already linked to the source; the others are left alone (a
        patient with no session here is not made a client)."""
        records = [r for r in records if r.external_id not in self.client_ids]
        if not records:
            return
        linked: dict[str, int] = {}
        self._load_linked(Client, [r.external_id for r in records], linked)
        held = {c.id: c for c in self._load(Client, list(linked.values()))}
        for r in records:
            cid = linked.get(r.external_id)
            if cid is not None and cid in held:
                self._update(held[cid], r)
                self.client_ids[r.external_id] = cid

    def client_for(self, external_id: str) -> int | None:
        if external_id not in self.client_ids:
            self._load_linked(Client, [external_id], self.client_ids)
        return self.client_ids.get(external_id)

    def _strong_match(self, r: SourceClient, candidates: Iterable[Client]) -> Client | None:
        """The one unlinked client with the same email or mobile AND the same name (last
        name, and first or preferred name); none when unsure."""
        email = self._email(r.email)
        mobile = self._mobile(r.mobile)
        last = _key(r.last_name)
        firsts = {_key(r.first_name), _key(r.preferred_name)} - {""}
        found = [c for c in candidates
                 if ((email and c.email and _key(c.email) == _key(email))
                     or (mobile and c.mobile == mobile[0]))
                 and _key(c.last_name) == last
                 and firsts & ({_key(c.first_name), _key(c.preferred_name)} - {""})]
        return found[0] if len(found) == 1 else None

    def _create(self, r: SourceClient) -> Client:
        mobile = self._mobile(r.mobile)
        email = self._email(r.email)
        c = Client(first_name=(r.first_name.strip() or "?")[:120],
                   last_name=(r.last_name.strip() or "?")[:120],
                   preferred_name=r.preferred_name.strip()[:120],
                   mobile=mobile[0] if mobile else None,
                   mobile_kind=mobile[1] if mobile else PhoneKind.UNKNOWN,
                   email=email, preferred_channel=Channel.SMS if mobile or not email
                   else Channel.EMAIL, created_at=self.now, source=self.source,
                   external_id=r.external_id)
        if r.language is not None:
            c.language = r.language
        self.s.add(c)
        return c

    def _update(self, c: Client, r: SourceClient) -> None:
        """The source's names and contact points where they differ; FrontDesk's own fields
        (consents, preferred channel, notes, shared phone) are never touched."""
        changed = False
        for attr, value in (("first_name", r.first_name), ("last_name", r.last_name),
                            ("preferred_name", r.preferred_name)):
            value = value.strip()[:120]
            if value and getattr(c, attr) != value:
                setattr(c, attr, value)
                changed = True
        mobile = self._mobile(r.mobile) if r.mobile != c.mobile else None
        if mobile and c.mobile != mobile[0]:
            c.mobile, c.mobile_kind = mobile
            changed = True
            self.reach_changed.add(c.id)
        email = self._email(r.email) if r.email != c.email else None
        if email and c.email != email:
            c.email = email
            changed = True
            self.reach_changed.add(c.id)
        if r.language is not None and c.language != r.language:
            c.language = r.language
            changed = True
        if changed:
            self.summary.clients_updated += 1

    def _mobile(self, raw: str | None) -> tuple[str, PhoneKind] | None:
        """The number checked as staff's typing is (E.164 and its kind); None if unusable."""
        if not raw:
            return None
        if raw not in self._mobiles:
            try:
                self._mobiles[raw] = parse_phone(raw, self.region)
            except ValidationError:
                self.summary.problems.append("a client's mobile number could not be used")
                self._mobiles[raw] = None
        return self._mobiles[raw]

    def _email(self, raw: str | None) -> str | None:
        if not raw:
            return None
        if raw not in self._emails:
            try:
                self._emails[raw] = parse_email(raw)
            except ValidationError:
                self.summary.problems.append("a client's email address could not be used")
                self._emails[raw] = None
        return self._emails[raw]

    # ---- loading ------------------------------------------------------------------------
    def _load_linked(self, model: type[Client] | type[Clinician], external_ids: list[str],
                     into: dict[str, int]) -> None:
        wanted = sorted(set(external_ids) - into.keys())
        for part in in_chunks(wanted):
            for ext, rid in self.s.execute(
                    select(model.external_id, model.id).where(
                        model.source == self.source, model.external_id.in_(part))):
                if ext is not None:
                    into[ext] = rid

    def _load(self, model: type[Client], ids: list[int]) -> list[Client]:
        out: list[Client] = []
        for part in in_chunks(sorted(ids)):
            out.extend(self.s.scalars(select(model).where(model.id.in_(part))))
        return out

