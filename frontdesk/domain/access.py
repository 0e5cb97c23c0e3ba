"""Who may do what: staff roles, the permissions each holds, and the person acting.

The services enforce these (frontdesk/services/access); the screens only hide what a role
cannot use. The rule behind the table is HIPAA's *minimum necessary*: the front desk handles
logistics and sees that a clinical message exists, the clinician reads it; IT looks after
connections and backups and sees no client content.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    OWNER = "owner"
    CLINICIAN = "clinician"
    FRONT_DESK = "front_desk"
    IT = "it"

    @property
    def label(self) -> str:
        return {"owner": "Owner", "clinician": "Clinician", "front_desk": "Front desk",
                "it": "IT"}[self.value]


class Permission(StrEnum):
    SCHEDULE = "schedule"  # see the schedule (a clinician: their own sessions)
    BOOK = "book"  # book, move, cancel; confirmation and attendance
    CLIENTS = "clients"  # see clients' names and contact details
    CLIENT_DETAILS = "client_details"  # add clients, change their details and consents
    THREADS = "threads"  # clients' messages: logistics in words, clinical ones as a notice
    CLINICAL = "clinical"  # the words of clinical messages (a clinician: their own clients)
    CRISIS = "crisis"  # crisis messages in full: whoever is at the desk must act on them
    REPLY = "reply"  # write to a client
    TODO = "todo"  # the To do list
    TRENDS = "trends"  # the no-show trends and the session fee
    PRACTICE = "practice"  # practice settings: hours, wording, rules, clinicians, types
    CONNECTIONS = "connections"  # Twilio, email, calendar sync: accounts and secrets
    ACCOUNTS = "accounts"  # staff accounts, their roles and PINs
    AUDIT = "audit"  # the audit trail
    BACKUPS = "backups"  # backups and restore
    DIAGNOSTICS = "diagnostics"  # health of the installation, no client content


_DESK = frozenset({Permission.SCHEDULE, Permission.BOOK, Permission.CLIENTS,
                   Permission.CLIENT_DETAILS, Permission.THREADS, Permission.CRISIS,
                   Permission.REPLY, Permission.TODO})

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.FRONT_DESK: _DESK,
    Role.CLINICIAN: frozenset({Permission.SCHEDULE, Permission.CLIENTS, Permission.THREADS,
                               Permission.CLINICAL, Permission.CRISIS, Permission.REPLY}),
    Role.OWNER: frozenset(Permission),  # a small practice's owner is often its IT too
    Role.IT: frozenset({Permission.CONNECTIONS, Permission.BACKUPS, Permission.DIAGNOSTICS}),
}

# Roles whose reach over clients is limited to the clinician's own (see `Person.own_only`).
OWN_CLIENTS_ONLY = frozenset({Role.CLINICIAN})


@dataclass(frozen=True)
class Person:
    """The account acting at the desk. `clinician_id`: the clinician a clinician's account
    is (their own schedule and clients); None for other roles."""

    account_id: int
    name: str
    role: Role
    clinician_id: int | None = None

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    @property
    def own_only(self) -> bool:
        """True when this person sees only their own clients and sessions."""
        return self.role in OWN_CLIENTS_ONLY

    @property
    def actor(self) -> str:
        """How the audit trail names them: the name and the account's number."""
        return f"{self.name} (#{self.account_id})"
