"""Staff accounts: the first owner, accounts and roles (the owner's), PINs, sign-in with
guessing protection, the automatic lock's minutes, and the audit of each.

Everything is enforced here, not only by the screens: a change to accounts needs an
active account holding Permission.ACCOUNTS *now* (read from the database, not from the
caller's `Person`); PINs are checked in account_sign_in.py behind account_gate.py's waits.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain.access import ROLE_PERMISSIONS, Permission, Person, Role
from frontdesk.domain.changes import Changes
from frontdesk.models import Clinician, PracticeSettings, StaffAccount
from frontdesk.services import audit, pin_hash
from frontdesk.services.account_sign_in import PinChecks, as_person, find_account, fold
from frontdesk.services.dto import AccountInfo
from frontdesk.services.errors import (
    NotFoundError,
    PermissionDenied,
    StateError,
    ValidationError,
)
from frontdesk.services.events import ChangeEvents
from frontdesk.services.practice import load_settings

IDLE_LOCK_DEFAULT, IDLE_LOCK_MIN, IDLE_LOCK_MAX = 5, 1, 60
LOCK_REASONS = ("idle", "on demand")
NAME_MAX = 120


class _Unchanged(Enum):
    KEEP = "keep"


KEEP: Final = _Unchanged.KEEP  # update_account: leave the clinician link as it is


def account_info(row: StaffAccount) -> AccountInfo:
    return AccountInfo(row.id, row.name, Role(row.role), row.clinician_id, bool(row.active),
                       bool(row.locked_out), bool(row.must_change_pin), row.last_sign_in_at)


def clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("name", "The account needs a name.",
                              hint="Use the name colleagues know the person by.")
    if len(cleaned) > NAME_MAX:
        raise ValidationError("name", f"A name has at most {NAME_MAX} characters.")
    return cleaned


class AccountService:
    """Staff accounts and their PINs (see the module's docstring)."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock,
                 events: ChangeEvents | None = None) -> None:
        self.sessions, self.clock = sessions, clock
        self.events = events or ChangeEvents()
        self._pins = PinChecks(sessions, clock)

    # ---- reading -----------------------------------------------------------------
    def has_accounts(self) -> bool:
        with self.sessions() as s:
            return bool(s.scalar(select(func.count()).select_from(StaffAccount)))

    def accounts(self) -> list[AccountInfo]:
        """Every account, turned off ones too, by name (for sign-in and the owner's list)."""
        with self.sessions() as s:
            rows = s.scalars(select(StaffAccount))
            return sorted((account_info(r) for r in rows), key=lambda a: fold(a.name))

    def account(self, account_id: int) -> AccountInfo:
        with self.sessions() as s:
            row = s.get(StaffAccount, account_id)
            if row is None:
                raise NotFoundError("That account no longer exists.")
            return account_info(row)

    # ---- the first owner ----------------------------------------------------------
    def create_owner(self, name: str, pin: str, clinician_id: int | None = None) -> Person:
        """The practice's first account (the set-up assistant), signed in; StateError once
        any account exists."""
        cleaned, text = clean_name(name), pin_hash.check_pin_rules(pin)
        hashed = pin_hash.hash_pin(text)
        with self.sessions.begin() as s:
            if s.scalar(select(func.count()).select_from(StaffAccount)):
                raise StateError("FrontDesk already has accounts: the first owner is set up "
                                 "only once.", hint="Sign in, or ask the practice owner to "
                                 "add your account.")
            _check_clinician_link(s, Role.OWNER, clinician_id, None)
            now = self.clock.now()
            row = _new_account(cleaned, Role.OWNER, clinician_id, hashed, now)
            row.must_change_pin, row.last_sign_in_at = False, now
            s.add(row)
            s.flush()
            person = as_person(row)
            audit.record(s, self.clock, person.actor, "account_added", "staff_account", row.id,
                         f"account_id={row.id}; role=owner; the first owner")
            audit.record(s, self.clock, person.actor, "sign_in", "staff_account", row.id,
                         f"account_id={row.id}")
        self.events.publish(Changes(settings=True))
        return person

    # ---- the owner's changes --------------------------------------------------------
    def add_account(self, by: Person, name: str, role: Role | str, pin: str,
                    clinician_id: int | None = None) -> AccountInfo:
        """A new account; its PIN, set by the owner, must be changed at its first sign-in."""
        self._deny_unless_allowed(by, "manage staff accounts")
        role = _role(role)
        cleaned, text = clean_name(name), pin_hash.check_pin_rules(pin)
        hashed = pin_hash.hash_pin(text)
        with self.sessions.begin() as s:
            _require(s, by, "manage staff accounts")
            _check_name_free(s, cleaned, None)
            _check_clinician_link(s, role, clinician_id, None)
            row = _new_account(cleaned, role, clinician_id, hashed, self.clock.now())
            s.add(row)
            s.flush()
            link = f"; clinician_id={clinician_id}" if clinician_id is not None else ""
            audit.record(s, self.clock, by.actor, "account_added", "staff_account", row.id,
                         f"account_id={row.id}; role={role.value}{link}")
            info = account_info(row)
        self.events.publish(Changes(settings=True))
        return info

    def update_account(self, by: Person, account_id: int, *, name: str | None = None,
                       role: Role | str | None = None,
                       clinician_id: int | _Unchanged | None = KEEP,
                       active: bool | None = None) -> AccountInfo:
        """Change what is given. Moving an account off the clinician role drops its
        clinician link unless one is given. The last active owner stays an active owner."""
        self._deny_unless_allowed(by, "manage staff accounts")
        cleaned = clean_name(name) if name is not None else None
        new_role = _role(role) if role is not None else None
        with self.sessions.begin() as s:
            _require(s, by, "manage staff accounts")
            row = s.get(StaffAccount, account_id)
            if row is None:
                raise NotFoundError("That account no longer exists.")
            old_role = Role(row.role)
            role_after = new_role or old_role
            active_after = row.active if active is None else bool(active)
            if clinician_id is not KEEP:
                link = clinician_id
            elif role_after is not old_role and role_after is not Role.CLINICIAN:
                link = None
            else:
                link = row.clinician_id
            changes = []
            if cleaned is not None and cleaned != row.name:
                _check_name_free(s, cleaned, row.id)
                changes.append(f"name {row.name!r} -> {cleaned!r}")
            if (old_role is Role.OWNER and row.active
                    and (role_after is not Role.OWNER or not active_after)
                    and _active_owners(s, excluding=row.id) == 0):
                raise StateError("This is the practice's only active owner account: it cannot "
                                 "be turned off or given another role.",
                                 hint="Make another account an owner first.")
            if (role_after is not old_role or link != row.clinician_id
                    or (active_after and not row.active)):
                _check_clinician_link(s, role_after, link, row.id, active=active_after)
            if role_after is not old_role:
                changes.append(f"role {old_role.value} -> {role_after.value}")
            if link != row.clinician_id:
                changes.append(f"clinician_id {row.clinician_id} -> {link}")
            if active_after != row.active:
                changes.append("turned on" if active_after else "turned off")
            if changes:
                row.name = cleaned if cleaned is not None else row.name
                row.role, row.clinician_id, row.active = role_after, link, active_after
                row.updated_at = self.clock.now()
                audit.record(s, self.clock, by.actor, "account_changed", "staff_account",
                             row.id, f"account_id={row.id}; " + "; ".join(changes))
            info = account_info(row)
        if changes:
            self.events.publish(Changes(settings=True))
        return info

    def reset_pin(self, by: Person, account_id: int, new_pin: str) -> AccountInfo:
        """A new PIN for a forgotten or locked account: the lockout and wrong tries are
        cleared, and the person chooses their own PIN at the next sign-in."""
        self._deny_unless_allowed(by, "reset staff PINs")
        hashed = pin_hash.hash_pin(pin_hash.check_pin_rules(new_pin, "new_pin"))
        with self.sessions.begin() as s:
            _require(s, by, "reset staff PINs")
            row = s.get(StaffAccount, account_id)
            if row is None:
                raise NotFoundError("That account no longer exists.")
            was_locked = bool(row.locked_out)
            row.pin_hash, row.locked_out = hashed, False
            row.failed_attempts, row.last_failed_at = 0, None
            row.must_change_pin = row.id != by.account_id
            row.updated_at = self.clock.now()
            audit.record(s, self.clock, by.actor, "pin_reset", "staff_account", row.id,
                         f"account_id={row.id}" + ("; was locked out" if was_locked else ""))
            info = account_info(row)
        self.events.publish(Changes(settings=True))
        return info

    # ---- a person's own PIN, signing in, the lock -------------------------------------
    def change_own_pin(self, person: Person, old_pin: str, new_pin: str) -> None:
        """The old PIN is checked like a sign-in (same waits and lockout)."""
        text = pin_hash.check_pin_rules(new_pin, "new_pin")
        if pin_hash.normalised(old_pin) == text:
            raise ValidationError("new_pin", "The new PIN is the same as the old one.",
                                  hint="Choose a different one.")
        hashed = pin_hash.hash_pin(text)

        def store(s: Session, row: StaffAccount) -> None:
            row.pin_hash, row.must_change_pin = hashed, False
            audit.record(s, self.clock, as_person(row).actor, "pin_changed", "staff_account",
                         row.id, f"account_id={row.id}")

        self._pins.check(person.account_id, old_pin, "pin_change", on_success=store)

    def sign_in(self, account: int | str, pin: str) -> Person:
        """The person, when `pin` is the PIN of the account with this id or name. Otherwise
        SignInRefused: a wrong PIN (after the first three, each makes the next try wait
        longer), a try during that wait (refused unchecked), or a locked account. The
        answers never tell whether a name has an account."""

        def signed_in(s: Session, row: StaffAccount) -> None:
            row.last_sign_in_at = self.clock.now()
            audit.record(s, self.clock, as_person(row).actor, "sign_in", "staff_account",
                         row.id, f"account_id={row.id}")

        return self._pins.check(account, pin, "sign_in", on_success=signed_in)

    def unlock(self, person: Person, pin: str) -> Person:
        """The lock screen: `person` again when `pin` is theirs (the same waits, lockout and
        audit as signing in, as `unlock`); the person as the account is now."""
        return self._pins.check(person.account_id, pin, "unlock")

    def reset_owner_pin_with_recovery_code(self, recovery_code: str, new_pin: str,
                                           owner_id: int | None = None) -> Person:
        """An owner's forgotten PIN or lockout, by the recovery code given at set-up: the
        owner is signed in with `new_pin`. `owner_id` is needed only when there are several
        owners. Wrong codes make the next try wait, as wrong PINs do."""
        hashed = pin_hash.hash_pin(pin_hash.check_pin_rules(new_pin, "new_pin"))
        person = self._pins.recovery_reset(recovery_code, hashed, owner_id)
        self.events.publish(Changes(settings=True))
        return person

    def record_sign_out(self, person: Person) -> None:
        self._record(person, "sign_out", "")

    def record_lock(self, person: Person, why: str) -> None:
        """The desk was locked: `why` is "idle" or "on demand"."""
        if why not in LOCK_REASONS:
            raise ValueError(f"why must be one of {LOCK_REASONS}")
        self._record(person, "lock", why)

    # ---- the automatic lock -----------------------------------------------------------
    def idle_lock_minutes(self) -> int:
        with self.sessions() as s:
            row = s.get(PracticeSettings, 1)
            return int(row.idle_lock_minutes) if row is not None else IDLE_LOCK_DEFAULT

    def set_idle_lock_minutes(self, by: Person, minutes: int) -> int:
        """How many idle minutes lock the desk (owner only)."""
        doing = "change when the desk locks itself"
        self._deny_unless_allowed(by, doing)
        if isinstance(minutes, bool) or not isinstance(minutes, int) \
                or not IDLE_LOCK_MIN <= minutes <= IDLE_LOCK_MAX:
            raise ValidationError("idle_lock_minutes", f"The desk can lock itself after "
                                  f"{IDLE_LOCK_MIN} to {IDLE_LOCK_MAX} idle minutes.",
                                  hint="Choose a number in that range.")
        with self.sessions.begin() as s:
            _require(s, by, doing)
            row = load_settings(s)
            old = row.idle_lock_minutes
            if old != minutes:
                row.idle_lock_minutes = minutes
                audit.record(s, self.clock, by.actor, "idle_lock_changed", "practice_settings",
                             1, f"account_id={by.account_id}; {old} -> {minutes} minutes")
        if old != minutes:
            self.events.publish(Changes(settings=True))
        return minutes

    # ---- helpers -----------------------------------------------------------------------
    def _record(self, person: Person, action: str, why: str) -> None:
        detail = f"account_id={person.account_id}" + (f"; {why}" if why else "")
        with self.sessions.begin() as s:
            audit.record(s, self.clock, person.actor, action, "staff_account",
                         person.account_id, detail)

    def _deny_unless_allowed(self, by: Person, doing: str) -> None:
        """Refuse (and audit the refusal) before any work when `by` may not manage
        accounts; checked again inside the change's transaction."""
        with self.sessions() as s:
            refusal = _refusal(s, by, doing)
        if refusal is not None:
            with self.sessions.begin() as s:
                audit.record(s, self.clock, by.actor, "permission_denied", "staff_account",
                             None, f"account_id={by.account_id}; {doing}")
            raise refusal


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise ValidationError("role", "That is not a role FrontDesk knows.",
                              hint="Choose owner, clinician, front desk or IT.") from None


def _refusal(s: Session, by: Person, doing: str) -> PermissionDenied | None:
    """None when `by`'s account is active and its role (as it is now) manages accounts."""
    row = s.get(StaffAccount, by.account_id)
    role = Role(row.role) if row is not None else by.role
    if row is not None and row.active and Permission.ACCOUNTS in ROLE_PERMISSIONS[role]:
        return None
    return PermissionDenied(f"Your account ({role.label}) cannot {doing}.",
                            hint="Ask the practice owner.")


def _require(s: Session, by: Person, doing: str) -> None:
    refusal = _refusal(s, by, doing)
    if refusal is not None:
        raise refusal


def _new_account(name: str, role: Role, clinician_id: int | None, hashed: str,
                 now: datetime) -> StaffAccount:
    return StaffAccount(name=name, role=role, clinician_id=clinician_id, pin_hash=hashed,
                        failed_attempts=0, locked_out=False, must_change_pin=True,
                        active=True, created_at=now, updated_at=now)


def _check_name_free(s: Session, name: str, account_id: int | None) -> None:
    other = find_account(s, name)
    if other is not None and other.id != account_id:
        raise ValidationError("name", "Another account already has that name.",
                              hint="Add a surname or an initial to tell them apart.")


def _active_owners(s: Session, excluding: int) -> int:
    return int(s.scalar(select(func.count()).select_from(StaffAccount).where(
        StaffAccount.role == Role.OWNER, StaffAccount.active.is_(True),
        StaffAccount.id != excluding)) or 0)


def _check_clinician_link(s: Session, role: Role, clinician_id: int | None,
                          account_id: int | None, *, active: bool = True) -> None:
    """A clinician's account names an active clinician no other active account has; an
    owner's may (an owner who also sees clients); front desk and IT accounts name none."""
    if clinician_id is None:
        if role is Role.CLINICIAN:
            raise ValidationError("clinician_id", "A clinician's account must name the "
                                  "clinician it belongs to.", hint="Choose the clinician.")
        return
    if role not in (Role.CLINICIAN, Role.OWNER):
        raise ValidationError("clinician_id", "Only a clinician's account (or an owner's) is "
                              "linked to a clinician.", hint="Leave the clinician empty, or "
                              "choose the clinician role.")
    clinician = s.get(Clinician, clinician_id)
    if clinician is None or not clinician.active:
        raise ValidationError("clinician_id", "That clinician is not on the practice's "
                              "active list.", hint="Choose an active clinician, or add them "
                              "under Practice settings first.")
    if not active:
        return
    taken = s.scalar(select(StaffAccount.name).where(
        StaffAccount.clinician_id == clinician_id, StaffAccount.active.is_(True),
        StaffAccount.id != (account_id or 0)))
    if taken is not None:
        raise ValidationError("clinician_id", f"That clinician already has an account "
                              f"({taken}).", hint="Change that account instead.")
