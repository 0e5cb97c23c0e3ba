"""Checking a backup and putting it in place of the practice's database.

Nothing is replaced until the backup has opened with its key and passed every check
(`cipher_integrity_check`, `integrity_check`, a schema revision this FrontDesk knows: an
older one is brought up to date after the swap, a newer one is refused). The key is the one
in this PC's keyring (the data folder's own entry, or the entry of the database the backup
was made from, named in the recovery file beside it, checked by its fingerprint), or the one
the recovery code unwraps from that recovery file. The database replaced is kept aside as
`frontdesk.db.replaced-<time>` (with its -wal), the backup's key goes into the keyring and
its recovery file beside the database, and the restore is recorded in the restored audit
trail, whose end becomes the chain's checkpoint (an older trail, put back on purpose). Works
on files and the keyring only, so it runs when the database cannot be opened at all.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from frontdesk.clock import Clock
from frontdesk.models import AuditEntry, migrate
from frontdesk.models.database import KEY_BYTES, DatabaseKeyError, Sessions, open_engine
from frontdesk.paths import AppPaths
from frontdesk.services import audit
from frontdesk.services.audit_checkpoint import ChainCheckpoint
from frontdesk.services.backup_dto import BackupCheck, BackupError, RestoreResult
from frontdesk.services.backup_files import check_file, os_words, parse_name, recovery_beside
from frontdesk.services.errors import SecretStoreError, VaultError
from frontdesk.services.instance_lock import InstanceLock
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault, key_fingerprint, unwrap_key

log = logging.getLogger(__name__)
KEYRING, RECOVERY_CODE = "keyring", "recovery code"
KEY_ENTRY = "key_entry"  # in a backup's recovery file: the keyring entry of its database
_ANY_STAMP = re.compile(r"(\d{8}T\d{6}Z)")
NOTHING_REPLACED = "Nothing was replaced."


def read_recovery(path: Path) -> dict[str, Any] | None:
    try:
        blob = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    return blob if isinstance(blob, dict) else None


def _hex_key(stored: str | None) -> bytes | None:
    try:
        key = bytes.fromhex(stored or "")
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def _stored(secrets: SecretStore, entry: str) -> bytes | None:
    try:
        return _hex_key(secrets.get(entry))
    except SecretStoreError:
        return None


def resolve_key(paths: AppPaths, secrets: SecretStore, backup: Path,
                code: str | None) -> tuple[bytes, str]:
    """The key that opens `backup` and where it came from (KEYRING or RECOVERY_CODE)."""
    blob = read_recovery(recovery_beside(backup))
    check = str(blob.get("key_check") or "") if blob else ""
    entries = [Vault(paths, secrets).key_name]
    if blob and isinstance(blob.get(KEY_ENTRY), str):
        entries.append(blob[KEY_ENTRY])
    for entry in entries:
        key = _stored(secrets, entry)
        if key is None:
            continue
        if check and hmac.compare_digest(check, key_fingerprint(key)):
            return key, KEYRING
        if not check and _opens(backup, key):
            return key, KEYRING
    if code:
        if blob is None:
            raise BackupError(BackupError.REFUSED, "The recovery code cannot open this backup: "
                              f"its recovery file ({recovery_beside(backup).name}) is not "
                              "beside it.", hint="Copy that file next to the backup and try "
                              f"again. {NOTHING_REPLACED}")
        try:
            return unwrap_key(blob, code), RECOVERY_CODE
        except VaultError:
            raise BackupError(BackupError.BAD_CODE, "That recovery code does not open this "
                              "backup.", hint="Check each group of four characters; the code "
                              f"is the one of the practice the backup was made from. "
                              f"{NOTHING_REPLACED}") from None
    where = ("Enter the recovery code of the practice it was made from." if blob else
             f"Its recovery file ({recovery_beside(backup).name}) is not beside it either: "
             "copy it there, then enter the recovery code.")
    raise BackupError(BackupError.NEEDS_CODE, "The key to this backup is not in this "
                      "computer's keyring.", hint=where)


def _opens(backup: Path, key: bytes) -> bool:
    try:
        check_file(backup, key)
    except DatabaseKeyError:
        return False
    except BackupError:
        return True  # the key is right; the check itself says what else is wrong
    return True


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    return {s.revision for s in script.walk_revisions()}


def made_at(path: Path) -> datetime:
    """When a backup was made: from its name (ours, or a copy made before a migration), else
    the file's time."""
    parsed = parse_name(path.name)
    if parsed:
        return parsed[0]
    m = _ANY_STAMP.search(path.name)
    if m:
        try:
            return datetime.strptime(m.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        except ValueError:
            pass
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def check_backup(path: Path, key: bytes, key_from: str) -> BackupCheck:
    """Every check a restore needs, with the key found; raises BackupError in words."""
    try:
        revision = check_file(path, key)
    except DatabaseKeyError:
        raise BackupError(BackupError.REFUSED, f"The key does not open {path.name}: it belongs "
                          "to another practice, or its first page is damaged.",
                          hint=f"Choose another backup. {NOTHING_REPLACED}") from None
    head = migrate.head_revision() or ""
    if revision != head and revision not in known_revisions():
        raise BackupError(BackupError.REFUSED, f"{path.name} was made by a newer version of "
                          f"FrontDesk (schema {revision}; this one knows up to {head}).",
                          hint=f"Install that version or a newer one, then restore it. "
                          f"{NOTHING_REPLACED}")
    return BackupCheck(str(path), path.name, made_at(path), revision, head,
                       path.stat().st_size, key_from)


def verify(paths: AppPaths, secrets: SecretStore, file: str | Path,
           code: str | None = None) -> BackupCheck:
    """Open the backup with its key and check it; replaces nothing."""
    path = _backup_file(file)
    key, key_from = resolve_key(paths, secrets, path, code)
    return check_backup(path, key, key_from)


def _backup_file(file: str | Path) -> Path:
    path = Path(file).expanduser()
    if not path.is_file():
        raise BackupError(BackupError.REFUSED, f"There is no backup file at {path}.",
                          hint="Check the path (is the disk plugged in?).")
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:  # a database left open, not a backup
        raise BackupError(BackupError.REFUSED, f"{path.name} has changes not yet written into "
                          f"it ({wal.name} beside it): restoring the file alone would lose them.",
                          hint="Choose a backup FrontDesk made (frontdesk-backup-….db). "
                          f"{NOTHING_REPLACED}")
    return path


@dataclass
class _Swap:
    """What a restore moved, so that a failure half-way puts everything back."""

    paths: AppPaths
    secrets: SecretStore
    moved: list[tuple[Path, Path]] = field(default_factory=list)
    key_entry: str = ""
    old_key: str | None = None
    key_set: bool = False
    placed: Path | None = None

    def move(self, source: Path, dest: Path) -> None:
        os.replace(source, dest)
        self.moved.append((source, dest))

    def undo(self) -> None:
        db = self.paths.database
        if self.placed is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
        for source, dest in reversed(self.moved):
            try:
                os.replace(dest, source)
            except OSError as exc:
                log.error("Could not put %s back after a failed restore (%s)", source.name,
                          os_words(exc))
        if self.key_set:
            try:
                if self.old_key:
                    self.secrets.set(self.key_entry, self.old_key)
                else:
                    self.secrets.delete(self.key_entry)
            except SecretStoreError as err:
                log.error("Could not put the previous key back after a failed restore: %s", err)


def restore(paths: AppPaths, secrets: SecretStore, clock: Clock, file: str | Path,
            code: str | None = None, actor: str = "", *, checkpoint: bool = True,
            lock: Callable[[], InstanceLock] | None = None) -> RestoreResult:
    """Check the backup, then put it in place of the practice's database (see the module's
    docstring). Refused while another FrontDesk uses this data folder. Raises BackupError."""
    source = Path(file).expanduser()
    paths.ensure()
    if source.exists() and source.resolve() == paths.database.resolve():
        raise BackupError(BackupError.REFUSED, "That is the practice's database itself, not a "
                          "backup of it.", hint="Choose a backup file.")
    instance = (lock or (lambda: InstanceLock(paths.data_dir / "sending.lock")))()
    if not instance.acquire():
        raise BackupError(BackupError.RUNNING, "FrontDesk is running for this practice (its "
                          "window, or `frontdesk serve`), so its database cannot be replaced "
                          "now.", hint="Quit FrontDesk on this PC (File → Quit; stop `frontdesk "
                          f"serve`), then restore again. {NOTHING_REPLACED}")
    try:
        key, key_from = resolve_key(paths, secrets, _backup_file(source), code)
        check = check_backup(source, key, key_from)
        return _put_in_place(paths, secrets, clock, source, check, key, actor, checkpoint)
    finally:
        instance.release()


def _put_in_place(paths: AppPaths, secrets: SecretStore, clock: Clock, source: Path,
                  check: BackupCheck, key: bytes, actor: str,
                  checkpoint: bool) -> RestoreResult:
    db = paths.database
    stamp = clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    incoming = db.with_name(f"{db.name}.restoring")
    try:
        shutil.copyfile(source, incoming)
        with incoming.open("rb+") as f:
            os.fsync(f.fileno())
        check_backup(incoming, key, check.key_from)  # the copy on this disk is whole too
    except BaseException as exc:
        incoming.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise BackupError(BackupError.FAILED, f"The backup could not be copied into "
                              f"{paths.data_dir} ({os_words(exc)}).",
                              hint=f"Free some space there and try again. {NOTHING_REPLACED}") \
                from None
        raise
    swap = _Swap(paths, secrets, key_entry=Vault(paths, secrets).key_name)
    aside = db.with_name(f"{db.name}.replaced-{stamp}")
    notes: list[str] = []
    try:
        if db.exists():
            for suffix in ("", "-wal", "-shm"):
                if Path(f"{db}{suffix}").exists():
                    swap.move(Path(f"{db}{suffix}"), Path(f"{aside}{suffix}"))
        os.replace(incoming, db)
        swap.placed = db
        swap.old_key = secrets.get(swap.key_entry)
        if _hex_key(swap.old_key) != key:
            swap.key_set = True
            secrets.set(swap.key_entry, key.hex())
        notes += _recovery_file(paths, source, key, stamp, swap)
        migrated = _open_and_record(paths, secrets, clock, check, key, actor, aside, checkpoint)
    except BaseException:
        incoming.unlink(missing_ok=True)
        swap.undo()
        raise
    log.info("Restored the database from a backup made %s (schema %s); the replaced one is "
             "kept as %s", check.made.isoformat(), check.revision,
             aside.name if swap.moved else "none")
    return RestoreResult(check.path, check.made, str(db), str(aside) if swap.moved else "",
                         migrated, tuple(notes))


def _recovery_file(paths: AppPaths, source: Path, key: bytes, stamp: str,
                   swap: _Swap) -> list[str]:
    """The recovery file beside the database must wrap the restored key."""
    current = read_recovery(paths.recovery_file)
    if current and hmac.compare_digest(str(current.get("key_check") or ""),
                                       key_fingerprint(key)):
        return []
    beside = read_recovery(recovery_beside(source))
    if paths.recovery_file.exists():
        swap.move(paths.recovery_file,
                  paths.recovery_file.with_name(f"{paths.recovery_file.name}.replaced-{stamp}"))
    if beside is None:
        return ["No recovery file came with this backup, so no recovery code opens the restored "
                "database: keep this computer's keyring safe, and copy the recovery file of the "
                "practice the backup was made from next to the database if you have it."]
    beside.pop(KEY_ENTRY, None)
    partial = paths.recovery_file.with_suffix(".restoring")
    partial.write_text(json.dumps(beside, indent=2))
    os.replace(partial, paths.recovery_file)
    return ["The recovery code is now the one of the practice the backup was made from."]


def _open_and_record(paths: AppPaths, secrets: SecretStore, clock: Clock, check: BackupCheck,
                     key: bytes, actor: str, aside: Path, checkpoint: bool) -> bool:
    """Bring the schema up to date (after its own copy), record the restore in the restored
    trail and move the chain's checkpoint to its new end. True when it was migrated."""
    engine = open_engine(paths.database, key)
    try:
        migrated = migrate.upgrade(engine, paths.database, paths.backups_dir) is not None
        detail = (f"from {check.name} (made {check.made:%Y-%m-%d %H:%M} UTC, schema "
                  f"{check.revision}); the replaced database is kept as {aside.name}")
        with Sessions(engine).begin() as s:
            # No account id: the restored trail may not know the account acting now.
            s.add(AuditEntry(at=clock.now(), actor=actor or "restore", action="backup_restored",
                             entity="database", entity_id=None, detail=detail,
                             account_id=None))
        if checkpoint:
            with engine.connect() as conn:
                head = audit.chain_end(conn)
            ChainCheckpoint(secrets, paths.database).save(head, restored=True)
    finally:
        engine.dispose()
    return migrated
