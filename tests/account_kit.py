"""What the account tests share: PINs, the practice's owner and staff, and the audit trail read
back from the real encrypted database."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from frontdesk.domain.access import Person, Role
from frontdesk.models import AuditEntry, StaffAccount
from frontdesk.services.accounts import AccountService
from frontdesk.services.dto import AccountInfo

OWNER_PIN = "583920"
DESK_PIN = "blue heron at dawn"
IT_PIN = "7391058264"
CLINICIAN_PIN = "604817"
NEW_PIN = "918273"


@dataclass
class Staff:
    accounts: AccountService
    owner: Person
    desk: AccountInfo
    it: AccountInfo

    def person(self, info: AccountInfo) -> Person:
        return Person(info.id, info.name, info.role, info.clinician_id)


def make_staff(svc) -> Staff:
    accounts = svc.accounts
    owner = accounts.create_owner("Ruth Adler", OWNER_PIN)
    desk = accounts.add_account(owner, "Sam Ortiz", Role.FRONT_DESK, DESK_PIN)
    it = accounts.add_account(owner, "Priya Nair", "it", IT_PIN)
    return Staff(accounts, owner, desk, it)


def audit_trail(svc) -> list[tuple[str, str, int | None, str]]:
    """(actor, action, entity id, detail) of every entry, oldest first."""
    with svc.sessions() as s:
        return [(a.actor, a.action, a.entity_id, a.detail)
                for a in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def actions(svc, since: int = 0) -> list[str]:
    return [a[1] for a in audit_trail(svc)[since:]]


def stored_hash(svc, account_id: int) -> str:
    with svc.sessions() as s:
        row = s.get(StaffAccount, account_id)
        assert row is not None
        return row.pin_hash
