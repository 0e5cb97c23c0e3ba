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
import json
import logging
import os
import secrets as pysecrets
from dataclasses import dataclass
from enum import StrEnum

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import Engine

from frontdesk.models import migrate
from frontdesk.models.database import KEY_BYTES, DatabaseKeyError, open_engine
from frontdesk.paths import AppPaths
from frontdesk.services.errors import VaultError
from frontdesk.services.secrets import SecretStore

log = logging.getLogger(__name__)

CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
CODE_GROUPS, GROUP_LEN = 6, 4  # 24 symbols, 120 bits
_AAD = b"frontdesk-database-key-v1"
SCRYPT_N = 2**15  # the shipped cost (about 0.2 s, 32 MiB per unlock)
SCRYPT_COST = {"n": SCRYPT_N, "r": 8, "p": 1}  # for new files; each file records its own

RECOVERY_HINT = "Enter the recovery code you were given when FrontDesk was set up."


class VaultState(StrEnum):
    NEW = "new"  # no database yet
    READY = "ready"  # database and key both present
    KEY_MISSING = "key_missing"  # database present, key not in the keyring


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
    cleaned = cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"}))
    return "-".join(cleaned[i : i + GROUP_LEN] for i in range(0, len(cleaned), GROUP_LEN))


def _wrapping_key(code: str, salt: bytes, cost: dict) -> bytes:
    return Scrypt(salt=salt, length=32, n=int(cost["n"]), r=int(cost["r"]),
                  p=int(cost["p"])).derive(normalise_code(code).encode())


def wrap_key(key: bytes, code: str) -> dict:
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_wrapping_key(code, salt, SCRYPT_COST)).encrypt(nonce, key, _AAD)
    b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
    return {"version": 1, "kdf": "scrypt", **SCRYPT_COST, "salt": b64(salt), "nonce": b64(nonce),
            "sealed_key": b64(sealed)}


def unwrap_key(blob: dict, code: str) -> bytes:
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

    def __init__(self, paths: AppPaths, secrets: SecretStore) -> None:
        self.paths = paths
        self.secrets = secrets

    @property
    def key_name(self) -> str:
        digest = hashlib.sha256(str(self.paths.database.resolve()).encode()).hexdigest()[:16]
        return f"database-key:{digest}"

    def state(self) -> VaultState:
        self.secrets.backend  # no secure keyring: say so before anything else  # noqa: B018
        if not self.paths.database.exists():
            return VaultState.NEW
        return VaultState.READY if self.secrets.get(self.key_name) else VaultState.KEY_MISSING

    def create(self) -> Opened:
        """First run: a new key, a new database, a recovery code to show once."""
        self.paths.ensure()
        if self.paths.database.exists():
            raise VaultError(VaultError.WRONG_KEY, "A database already exists here.")
        key, code = os.urandom(KEY_BYTES), new_recovery_code()
        self.secrets.set(self.key_name, key.hex())  # fails before anything is written
        self._write_recovery(wrap_key(key, code))
        engine = open_engine(self.paths.database, key)
        migrate.upgrade(engine, self.paths.database, self.paths.backups_dir)
        log.info("Created a new encrypted database")
        return Opened(engine, recovery_code=code)

    def open(self) -> Opened:
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
        try:
            blob = json.loads(self.paths.recovery_file.read_text())
        except (OSError, ValueError) as exc:
            raise VaultError(
                VaultError.NO_RECOVERY,
                "The recovery file next to the database is missing or damaged.",
                hint=f"Restore {self.paths.recovery_file.name} from a backup of this folder.",
            ) from exc
        key = unwrap_key(blob, code)
        opened = self._open_with(key)
        self.secrets.set(self.key_name, key.hex())
        log.info("Database unlocked with the recovery code; key stored in the keyring again")
        return opened

    def _open_with(self, key: bytes) -> Opened:
        try:
            engine = open_engine(self.paths.database, key)
        except DatabaseKeyError:
            raise VaultError(
                VaultError.WRONG_KEY,
                "The key in the keyring does not open this practice's database.",
                hint=RECOVERY_HINT,
            ) from None
        backup = migrate.upgrade(engine, self.paths.database, self.paths.backups_dir)
        return Opened(engine, migrated_backup=str(backup) if backup else None)

    def _write_recovery(self, blob: dict) -> None:
        tmp = self.paths.recovery_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(blob, indent=2))
        os.replace(tmp, self.paths.recovery_file)
