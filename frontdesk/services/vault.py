"""The database key: made at first run, kept in the keyring, recoverable with a code.

At set-up a random 256-bit key is stored in the OS keyring, and a recovery
code is shown once. The key, wrapped (AES-GCM) under a key derived from the
code (scrypt), sits in a small file beside the database, so a lost keyring
does not lose the practice's data. Nothing here ever creates a new database
over an existing one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import secrets as pysecrets
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import Engine

from frontdesk.models import migrate
from frontdesk.models.database import (
    KEY_BYTES,
    DatabaseKeyError,
    DatabaseOpenError,
    open_engine,
)
from frontdesk.paths import AppPaths
from frontdesk.services import integrity, integrity_child
from frontdesk.services.audit_checkpoint import ChainCheckpoint
from frontdesk.services.errors import SecretStoreError, VaultError
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault_problems import OpenProblems, as_open_error

log = logging.getLogger(__name__)

CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
CODE_GROUPS, GROUP_LEN = 6, 4  # 24 symbols, 120 bits
_AAD = b"frontdesk-database-key-v1"
_KEY_CHECK = b"frontdesk-key-fingerprint-v1"  # HMAC of this under the key: names it, hides it
SCRYPT_N = 2**15  # the shipped cost (about 0.2 s, 32 MiB per unlock)
SCRYPT_COST = {"n": SCRYPT_N, "r": 8, "p": 1}  # for new files; each file records its own

RECOVERY_HINT = "Enter the recovery code you were given when FrontDesk was set up."


class VaultState(StrEnum):
    NEW = "new"  # no database yet
    READY = "ready"  # database and key both present
    KEY_MISSING = "key_missing"  # database present, key not in the keyring
    DATA_MISSING = "data_missing"  # no database, but its key or recovery file is here
    DAMAGED = "damaged"  # the file is empty or cut short (seen without the key)


@dataclass(frozen=True)
class Opened:
    engine: Engine
    recovery_code: str | None = None  # set only when the database was just created
    migrated_backup: str | None = None


def new_recovery_code() -> str:
    symbols = "".join(pysecrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * GROUP_LEN))
    return "-".join(symbols[i : i + GROUP_LEN] for i in range(0, len(symbols), GROUP_LEN))


def normalise_code(code: str) -> str:
    """Accept what people type: lower case, spaces, O for 0, I/L for 1."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("OILU", "011V"))
    return "-".join(cleaned[i : i + GROUP_LEN] for i in range(0, len(cleaned), GROUP_LEN))


def _wrapping_key(code: str, salt: bytes, cost: Mapping[str, Any]) -> bytes:
    return Scrypt(salt=salt, length=32, n=int(cost["n"]), r=int(cost["r"]),
                  p=int(cost["p"])).derive(normalise_code(code).encode())


def key_fingerprint(key: bytes) -> str:
    """Says which key a recovery file wraps without revealing it (HMAC of a constant)."""
    return hmac.new(key, _KEY_CHECK, hashlib.sha256).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def wrap_key(key: bytes, code: str) -> dict[str, object]:
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_wrapping_key(code, salt, SCRYPT_COST)).encrypt(nonce, key, _AAD)
    return {"version": 1, "kdf": "scrypt", **SCRYPT_COST, "salt": _b64(salt),
            "nonce": _b64(nonce), "sealed_key": _b64(sealed), "key_check": key_fingerprint(key)}


def unwrap_key(blob: dict[str, Any], code: str) -> bytes:
    """`blob`: the recovery file's JSON."""
    d = base64.b64decode
    try:
        return AESGCM(_wrapping_key(code, d(blob["salt"]), blob)).decrypt(
            d(blob["nonce"]), d(blob["sealed_key"]), _AAD
        )
    except (InvalidTag, KeyError, ValueError) as exc:
        raise VaultError(
            VaultError.BAD_RECOVERY_CODE,
            "That recovery code does not match this database.",
            hint="Check each group of four characters and try again.",
        ) from exc


class Vault:
    """Creates, opens and recovers the practice's encrypted database."""

    def __init__(self, paths: AppPaths, secrets: SecretStore, *,
                 audit_checkpoint: bool = True) -> None:
        self.paths = paths
        self.secrets = secrets
        self.audit_checkpoint = audit_checkpoint  # off for the demo practice (no secrets)

    @property
    def chain_checkpoint(self) -> ChainCheckpoint | None:
        """The audit chain's end recorded in the keyring (None: this practice keeps none)."""
        return ChainCheckpoint(self.secrets, self.paths.database) if self.audit_checkpoint \
            else None

    @property
    def key_name(self) -> str:
        digest = hashlib.sha256(str(self.paths.database.resolve()).encode()).hexdigest()[:16]
        return f"database-key:{digest}"

    def state(self) -> VaultState:
        self.secrets.backend  # no secure keyring: say so before anything else  # noqa: B018
        has_key = bool(self.secrets.get(self.key_name))
        if not self.paths.database.exists():
            if has_key or self.paths.recovery_file.exists():
                return VaultState.DATA_MISSING  # the data is elsewhere: never create over it
            return VaultState.NEW
        if integrity.size_evidence(self.paths.database):
            return VaultState.DAMAGED
        return VaultState.READY if has_key else VaultState.KEY_MISSING

    def create(self) -> Opened:
        """First run: a new key, a new database, a recovery code to show once."""
        self.paths.ensure()
        if self.paths.database.exists():
            raise VaultError(VaultError.WRONG_KEY, "A database already exists here.")
        self._refuse_if_data_elsewhere()
        key, code = os.urandom(KEY_BYTES), new_recovery_code()
        self.secrets.set(self.key_name, key.hex())  # fails before anything is written
        # A new trail: a checkpoint left by an earlier database at this path is not its end.
        ChainCheckpoint(self.secrets, self.paths.database).forget()
        try:
            self._write_recovery(wrap_key(key, code))
            engine = open_engine(self.paths.database, key)
            migrate.upgrade(engine, self.paths.database, self.paths.backups_dir)
        except BaseException:
            self._undo_create()
            raise
        log.info("Created a new encrypted database")
        return Opened(engine, recovery_code=code)

    def open(self) -> Opened:
        self._check_file()
        stored = self.secrets.get(self.key_name)
        if not stored:
            raise VaultError(
                VaultError.KEY_MISSING,
                "The key to this practice's database is not in this computer's keyring.",
                hint=RECOVERY_HINT,
            )
        try:
            key = bytes.fromhex(stored)
            if len(key) != KEY_BYTES:
                raise ValueError
        except ValueError:
            raise VaultError(
                VaultError.WRONG_KEY, "The key in the keyring is damaged.", hint=RECOVERY_HINT
            ) from None
        return self._open_with(key)

    def recover(self, code: str) -> Opened:
        """Unlock with the recovery code and put the key back in the keyring."""
        self._check_file()
        try:
            blob = json.loads(self.paths.recovery_file.read_text())
        except (OSError, ValueError) as exc:
            raise VaultError(
                VaultError.NO_RECOVERY,
                "The recovery file next to the database is missing or damaged.",
                hint=f"Restore {self.paths.recovery_file.name} from a backup of this folder.",
            ) from exc
        key = unwrap_key(blob, code)
        try:
            opened = self._open_with(key, key_is_right=True)  # AES-GCM proved the key
        except VaultError as err:
            if err.reason == VaultError.DAMAGED:  # the right key: keep it for the backups
                self.secrets.set(self.key_name, key.hex())
            raise
        self.secrets.set(self.key_name, key.hex())
        log.info("Database unlocked with the recovery code; key stored in the keyring again")
        return opened

    def integrity_report(self) -> integrity.IntegrityReport:
        """The full page and structure check of the open database and its audit trail's
        chain, in a child process that closing can stop (slow: off the GUI thread; raises
        CheckStopped when stopped). A whole chain's end is recorded as the new checkpoint."""
        stored = self.secrets.get(self.key_name)
        if not stored:
            raise VaultError(VaultError.KEY_MISSING, "The database key is not in the keyring.")
        checkpoint = self.chain_checkpoint
        report = integrity_child.check(self.paths, bytes.fromhex(stored),
                                       checkpoint.load() if checkpoint else None)
        if checkpoint is not None and report.audit is not None and report.audit.ok:
            try:
                checkpoint.save(report.audit.head)
            except SecretStoreError as err:
                log.warning("Audit trail checkpoint not saved: %s", err)
        return report

    # ---- helpers -------------------------------------------------------------
    def _refuse_if_data_elsewhere(self) -> None:
        has_key = bool(self.secrets.get(self.key_name))
        has_recovery = self.paths.recovery_file.exists()
        if has_key or has_recovery:
            raise OpenProblems(self.paths).data_missing(has_key, has_recovery)

    def _check_file(self) -> None:
        """Missing or visibly damaged (size alone): say so before trying any key."""
        problems = OpenProblems(self.paths)
        if not self.paths.database.exists():
            self._refuse_if_data_elsewhere()
            raise VaultError(VaultError.NO_RECOVERY, "There is no FrontDesk database here.")
        evidence = integrity.size_evidence(self.paths.database)
        if evidence:
            stored = self.secrets.get(self.key_name)
            key = bytes.fromhex(stored) if stored and len(stored) == 2 * KEY_BYTES else None
            raise problems.damaged(evidence, key)

    def _key_matches_recovery_file(self, key: bytes) -> bool | None:
        """True/False from the recovery file's fingerprint; None if it has none (older file)."""
        try:
            check = json.loads(self.paths.recovery_file.read_text()).get("key_check")
        except (OSError, ValueError, AttributeError):
            return None
        return hmac.compare_digest(check, key_fingerprint(key)) if check else None

    def _open_with(self, key: bytes, key_is_right: bool | None = None) -> Opened:
        problems = OpenProblems(self.paths)
        try:
            engine = open_engine(self.paths.database, key)
        except DatabaseKeyError:
            if key_is_right is None:
                key_is_right = self._key_matches_recovery_file(key)
            raise problems.key_refused(key, key_is_right) from None
        except DatabaseOpenError as exc:
            raise problems.named(exc, key) from None
        try:
            backup = migrate.upgrade(engine, self.paths.database, self.paths.backups_dir)
        except Exception as exc:
            engine.dispose()
            named = as_open_error(exc, self.paths.database)
            if named is None:
                raise
            raise problems.named(named, key) from None
        return Opened(engine, migrated_backup=str(backup) if backup else None)

    def _undo_create(self) -> None:
        """A failed first run leaves nothing behind that would look like data elsewhere."""
        self.secrets.delete(self.key_name)
        db = self.paths.database
        for path in (self.paths.recovery_file, db, db.with_name(db.name + "-wal"),
                     db.with_name(db.name + "-shm")):
            path.unlink(missing_ok=True)
        log.warning("Creating the database failed; the new key and files were removed")

    def _write_recovery(self, blob: dict[str, object]) -> None:
        tmp = self.paths.recovery_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(blob, indent=2))
        os.replace(tmp, self.paths.recovery_file)
