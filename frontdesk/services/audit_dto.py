"""What the audit viewer is given and gives back (services/audit_view.py): frozen dataclasses,
no SQLAlchemy, so the screens can import them cheaply."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from frontdesk.services.errors import FrontDeskError


class AuditExportError(FrontDeskError):
    """The CSV file was not written; `exists`: a file of that name is there already."""

    def __init__(self, message: str, *, hint: str = "", exists: bool = False) -> None:
        super().__init__(message, hint=hint)
        self.exists = exists


@dataclass(frozen=True)
class AuditFilters:
    """What to show; every field left empty shows everything."""

    person: str = ""  # the actor exactly as recorded ("Rita (#2)")
    account_id: int | None = None  # a staff account, under every name it had ("… (#2)")
    client_id: int | None = None  # about the client, or about a session they attend
    actions: tuple[str, ...] = ()  # action codes
    date_from: date | None = None  # a day in the practice's time zone, included
    date_to: date | None = None  # included

    def describe(self) -> str:
        """The filters in a line for the audit trail (ids only: no client's name)."""
        parts = [f"person={self.person}" if self.person else "",
                 f"account=#{self.account_id}" if self.account_id is not None else "",
                 f"client=#{self.client_id}" if self.client_id is not None else "",
                 f"actions={'|'.join(self.actions)}" if self.actions else "",
                 f"from={self.date_from}" if self.date_from else "",
                 f"to={self.date_to}" if self.date_to else ""]
        return ", ".join(p for p in parts if p) or "no filter"


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # aware, in the practice's time zone
    who: str
    action: str  # the code
    action_words: str
    entity: str
    entity_id: int | None
    what: str  # "Client Annie Lindqvist (#3)", "Session #12"
    detail: str


@dataclass(frozen=True)
class AuditPage:
    """One page, newest first; `more`: older entries match too (ask with `next_before_id`)."""

    rows: tuple[AuditRow, ...]
    more: bool
    timezone: str

    @property
    def next_before_id(self) -> int | None:
        return self.rows[-1].id if self.more and self.rows else None


@dataclass(frozen=True)
class AuditOptions:
    """What the filters can offer: the people and the actions in the trail."""

    people: tuple[str, ...]
    actions: tuple[tuple[str, str], ...]  # (code, words), by words
    timezone: str
