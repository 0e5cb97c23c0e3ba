"""Checking a PIN: sign-in, the lock screen's unlock, and the owner's reset by the recovery
code, each behind the waits and lockout of account_gate.py and each attempt audited.

The PIN is checked (scrypt, 32 MiB) outside any write transaction, then the outcome is
written in one, after the state is read again: a wrong try made meanwhile elsewhere still
counts, and the database's write lock is never held while scrypt runs.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain.access import Person, Role
from frontdesk.models import AuditEntry, PracticeSettings, StaffAccount
from frontdesk.services import account_gate as gate
from frontdesk.services import audit, pin_hash
from frontdesk.services.errors import (
    FrontDeskError,
    SignInRefused,
    StateError,
    ValidationError,
)
from frontdesk.services.vault import normalise_code

DESK = "desk"  # the actor of an attempt nobody has proved to be yet
RECOVERY = "recovery_code"  # the audit entity of the owner's reset by the recovery code
_KEEP_UNKNOWN = 1000  # names with no account whose wrong tries are remembered (in memory)

Success = Callable[[Session, StaffAccount], None]


def fold(name: str) -> str:
    """A name as it is matched: spaces collapsed, case ignored."""
    return " ".join(name.split()).casefold()


def as_person(row: StaffAccount) -> Person:
    return Person(row.id, row.name, Role(row.role), row.clinician_id)


def find_account(s: Session, key: int | str) -> StaffAccount | None:
    """The account with this id, or this name (spaces and case aside)."""
    if isinstance(key, int):
        return s.get(StaffAccount, key)
    wanted = fold(key)
    return next((r for r in s.scalars(select(StaffAccount)) if fold(r.name) == wanted), None)


@dataclass(frozen=True)
class _Seen:
    """An account's state as read before the PIN is checked."""

    id: int
    pin_hash: str
    failed_attempts: int
    last_failed_at: datetime | None
    locked_out: bool


class PinChecks:
    """Every check of a typed PIN or recovery code (see the module's docstring)."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self.sessions, self.clock = sessions, clock
        self._unknown: dict[tuple[str, object], gate.Tally] = {}
        self._unknown_lock = threading.Lock()

    # ---- a PIN -------------------------------------------------------------------
    def check(self, key: int | str, pin: str, action: str,
              on_success: Success | None = None) -> Person:
        """The account's person when `pin` is its PIN; else SignInRefused. `action` names
        the audit entries: `<action>`, `<action>_failed`, `<action>_refused`;
        `on_success` writes more in the same transaction (and audits it itself)."""
        with self.sessions() as s:
            row = find_account(s, key)
            seen = None if row is None else _Seen(row.id, row.pin_hash, row.failed_attempts,
                                                  row.last_failed_at, row.locked_out)
        if seen is None:
            raise self._no_such_account(key, pin, action)
        refused = gate.refusal_before_check(seen, self.clock.now())
        if refused is not None:
            self._audit_refused(seen.id, action, refused)
            raise refused
        ok = pin_hash.pin_matches(pin, seen.pin_hash)
        rehashed = pin_hash.hash_pin(pin) if ok and pin_hash.needs_rehash(seen.pin_hash) \
            else None
        err: SignInRefused | None = None
        with self.sessions.begin() as s:
            row = s.get(StaffAccount, seen.id)
            assert row is not None  # accounts are never deleted
            now = self.clock.now()
            refused = gate.refusal_before_check(row, now)
            if refused is None and row.pin_hash != seen.pin_hash:  # reset meanwhile
                ok, rehashed = pin_hash.pin_matches(pin, row.pin_hash), None
            tag = f"account_id={row.id}"
            if refused is not None:  # another wrong try got in first
                err = refused
                audit.record(s, self.clock, DESK, f"{action}_refused", "staff_account", row.id,
                             f"{tag}; {refused.reason}")
            elif not ok:
                err = gate.count_failure(row, now, lockout_after=gate.LOCKOUT_AFTER)
                audit.record(s, self.clock, DESK, f"{action}_failed", "staff_account", row.id,
                             f"{tag}; failed={row.failed_attempts}")
                if row.locked_out:
                    audit.record(s, self.clock, DESK, "locked_out", "staff_account", row.id,
                                 f"{tag}; after {row.failed_attempts} wrong PINs in a row")
            elif not row.active:
                err = SignInRefused(SignInRefused.INACTIVE, "This account has been turned off.",
                                    hint="Ask the practice owner.")
                audit.record(s, self.clock, DESK, f"{action}_refused", "staff_account", row.id,
                             f"{tag}; turned off")
            else:
                gate.count_success(row)
                if rehashed is not None:
                    row.pin_hash = rehashed
                row.updated_at = now
                person = as_person(row)
                if on_success is not None:
                    on_success(s, row)
                else:
                    audit.record(s, self.clock, person.actor, action, "staff_account", row.id,
                                 tag)
        if err is not None:
            raise err
        return person

    def _no_such_account(self, key: int | str, pin: str, action: str) -> SignInRefused:
        """The same answers, waits and timing as for an account, so a name's existence is
        not told; the tally is kept in memory."""
        slot = ("name", fold(key)) if isinstance(key, str) else ("id", key)
        now = self.clock.now()
        with self._unknown_lock:
            tally = self._unknown.setdefault(slot, gate.Tally())
            refused = gate.refusal_before_check(tally, now)
        if refused is not None:
            with self.sessions.begin() as s:
                audit.record(s, self.clock, DESK, f"{action}_refused", "staff_account", None,
                             f"no such account; {refused.reason}")
            return refused
        pin_hash.spend_like_a_check(pin)
        with self._unknown_lock:
            err = gate.count_failure(tally, now, lockout_after=gate.LOCKOUT_AFTER)
            failed = tally.failed_attempts
            while len(self._unknown) > _KEEP_UNKNOWN:
                self._unknown.pop(next(iter(self._unknown)))
        with self.sessions.begin() as s:
            audit.record(s, self.clock, DESK, f"{action}_failed", "staff_account", None,
                         f"no such account; failed={failed}")
        return err

    def _audit_refused(self, account_id: int, action: str, refused: SignInRefused) -> None:
        with self.sessions.begin() as s:
            audit.record(s, self.clock, DESK, f"{action}_refused", "staff_account", account_id,
                         f"account_id={account_id}; {refused.reason}")

    # ---- the recovery code ----------------------------------------------------------
    def recovery_reset(self, recovery_code: str, new_hash: str, owner_id: int | None) -> Person:
        """Set an owner's PIN hash when `recovery_code` is the practice's; its own waits
        (from the audit trail, so they outlast a restart), never a lockout."""
        with self.sessions() as s:
            refused = gate.refusal_before_check(_recovery_tally(s), self.clock.now(),
                                                what="recovery code")
        if refused is not None:
            with self.sessions.begin() as s:
                audit.record(s, self.clock, DESK, "recovery_code_refused", RECOVERY, None,
                             refused.reason)
            raise refused
        err: Exception | None = None
        row: StaffAccount | None = None
        with self.sessions.begin() as s:
            now = self.clock.now()
            tally = _recovery_tally(s)
            settings = s.get(PracticeSettings, 1)
            stored = settings.recovery_code if settings is not None else None
            refused = gate.refusal_before_check(tally, now, what="recovery code")
            if refused is not None:  # another wrong try got in first
                err = refused
                audit.record(s, self.clock, DESK, "recovery_code_refused", RECOVERY, None,
                             refused.reason)
            elif not stored:
                err = StateError("No recovery code is kept for this practice, so an owner's "
                                 "PIN cannot be reset with one.",
                                 hint="Another owner can reset it under Staff accounts.")
                audit.record(s, self.clock, DESK, "recovery_code_refused", RECOVERY, None,
                             "no recovery code kept")
            elif not hmac.compare_digest(normalise_code(recovery_code).encode(),
                                         normalise_code(stored).encode()):
                err = gate.count_failure(
                    tally, now, lockout_after=None,
                    message="That recovery code does not match this practice's.",
                    hint="Check each group of four characters and try again.")
                audit.record(s, self.clock, DESK, "recovery_code_failed", RECOVERY, None,
                             f"failed={tally.failed_attempts}")
            else:
                try:
                    row = _the_owner(s, owner_id)
                except FrontDeskError as exc:
                    err = exc
                    audit.record(s, self.clock, DESK, "recovery_code_refused", RECOVERY, None,
                                 "right code; no single active owner chosen")
            if err is None and row is not None:
                row.pin_hash, row.locked_out, row.must_change_pin = new_hash, False, False
                gate.count_success(row)
                row.updated_at = row.last_sign_in_at = now
                person = as_person(row)
                audit.record(s, self.clock, person.actor, "owner_reset_by_recovery_code",
                             RECOVERY, row.id, f"account_id={row.id}")
        if err is not None:
            raise err
        return person


def _recovery_tally(s: Session) -> gate.Tally:
    """Wrong recovery codes since the last good one, read back from the audit trail."""
    tally = gate.Tally()
    rows = s.execute(select(AuditEntry.action, AuditEntry.at)
                     .where(AuditEntry.entity == RECOVERY)
                     .order_by(AuditEntry.id.desc()).limit(50))
    for action, at in rows:
        if action == "owner_reset_by_recovery_code":
            break
        if action == "recovery_code_failed":
            tally.failed_attempts += 1
            tally.last_failed_at = tally.last_failed_at or at
    return tally


def _the_owner(s: Session, owner_id: int | None) -> StaffAccount:
    owners = list(s.scalars(select(StaffAccount).where(StaffAccount.role == Role.OWNER,
                                                       StaffAccount.active.is_(True))
                            .order_by(StaffAccount.id)))
    if owner_id is not None:
        owners = [o for o in owners if o.id == owner_id]
        if not owners:
            raise ValidationError("owner_id", "That is not an active owner's account.",
                                  hint="Choose the owner whose PIN to reset.")
    if not owners:
        raise StateError("There is no owner account to reset.")
    if len(owners) > 1:
        raise ValidationError("owner_id", "This practice has more than one owner.",
                              hint="Choose the owner whose PIN to reset.")
    return owners[0]
