"""Errors a person can act on: each carries a message written for the front desk."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontdesk.services.dto import Clash


class FrontDeskError(Exception):
    """Base: `str(err)` is safe to show the user (no client data beyond what they typed)."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class ValidationError(FrontDeskError):
    def __init__(self, field: str, message: str, *, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.field = field


class NotFoundError(FrontDeskError):
    pass


class ClashError(FrontDeskError):
    """A booking would overlap the clinician's other sessions."""

    def __init__(self, message: str, clashes: list[Clash]) -> None:
        super().__init__(message, hint="Pick another time or another clinician.")
        self.clashes = clashes


class StateError(FrontDeskError):
    """The action does not fit the appointment's state (e.g. cancelling twice)."""


class PermissionDenied(FrontDeskError):
    """The signed-in account's role does not allow this (or nobody is signed in)."""


class SecretStoreError(FrontDeskError):
    """The OS keyring cannot be used."""


class VaultError(FrontDeskError):
    """The encrypted database cannot be opened; `reason` says why, for the UI to branch on."""

    KEY_MISSING = "key_missing"
    WRONG_KEY = "wrong_key"
    NO_RECOVERY = "no_recovery"
    BAD_RECOVERY_CODE = "bad_recovery_code"
    DATA_MISSING = "data_missing"  # key or recovery file here, database not: data elsewhere
    DAMAGED = "damaged"  # the file is empty, cut short or has unreadable pages
    DISK_FULL = "disk_full"

    def __init__(self, reason: str, message: str, *, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.reason = reason


class SignInRefused(FrontDeskError):
    """A PIN (or the recovery code) was not accepted: `reason` says why, `wait_seconds` how
    long until the next try is heard (0: now)."""

    WRONG = "wrong"  # what was typed does not match
    WAIT = "wait"  # too soon after wrong tries: refused without being checked
    LOCKED_OUT = "locked_out"  # too many wrong tries: the owner resets the PIN
    INACTIVE = "inactive"  # the account was turned off

    def __init__(self, reason: str, message: str, *, hint: str = "",
                 wait_seconds: int = 0) -> None:
        super().__init__(message, hint=hint)
        self.reason = reason
        self.wait_seconds = wait_seconds
