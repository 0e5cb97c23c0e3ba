"""Restore: a backup put in a new data folder holds every table's rows; a PC with only the
recovery code restores it; over the practice's own database the one replaced is kept aside;
a damaged file, a newer schema or a FrontDesk still running replace nothing."""

from __future__ import annotations

import hashlib
import shutil
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from frontdesk.models import migrate
from frontdesk.models.database import connect
from frontdesk.paths import AppPaths
from frontdesk.services import audit_chain
from frontdesk.services.audit_checkpoint import ChainCheckpoint
from frontdesk.services.backup_dto import BackupError
from frontdesk.services.backup_files import recovery_beside
from frontdesk.services.dto import ClientInput
from frontdesk.services.instance_lock import InstanceLock
from frontdesk.services.restore import restore, verify
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault
from tests.backup_kit import all_rows, key_of, keyed_services
from tests.helpers import at


@pytest.fixture
def services(vault, clock, secret_store):
    svc, code = keyed_services(vault, clock, secret_store)
    svc.recovery_code = code
    yield svc
    svc.close()


@pytest.fixture
def backed_up(practice, book, services, vault, tmp_path, clock):
    """A practice with sessions, messages planned and staff notes; one backup of it, made on
    a USB folder, and every table's rows as they were when it was made."""
    book(practice.ana, at(5, 10))
    book([practice.ana, practice.ben], at(6, 15), practice.reyes, practice.group)
    usb = tmp_path / "usb"
    usb.mkdir()
    services.backups.set_folder(str(usb), "owner")
    before = all_rows(vault.paths.database, key_of(vault))
    made = services.backups.back_up_now("owner")
    clock.advance(timedelta(hours=1))
    return Path(made.path), before


def without_the_restore_entry(rows: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    trail = sorted(rows["audit_entry"])
    assert "backup_restored" in trail[-1]  # the newest entry (the id comes first)
    return {**rows, "audit_entry": sorted(trail[:-1], key=repr)}


def test_a_backup_restored_into_a_new_data_folder_holds_every_tables_rows(
        backed_up, secret_store, clock, tmp_path):
    backup, before = backed_up
    assert len(before) > 20 and sum(map(len, before.values())) > 30
    new = AppPaths(tmp_path / "new-pc").ensure()
    result = restore(new, secret_store, clock, backup, actor="Priya Nair (IT)")
    assert result.database == str(new.database) and result.replaced == ""
    assert not result.migrated and result.made == clock.now() - timedelta(hours=1)
    key = bytes.fromhex(secret_store.get(Vault(new, secret_store).key_name))
    after = all_rows(new.database, key)
    assert after.keys() == before.keys()
    assert without_the_restore_entry(after) == before
    restored = sorted(after["audit_entry"])[-1]
    assert "Priya Nair (IT)" in restored
    assert any(backup.name in str(value) for value in restored)
    # The new folder opens as FrontDesk opens it: the key in its keyring entry, the recovery
    # file beside it, the chain whole up to the recorded end.
    opened = Vault(new, secret_store).open()
    try:
        checkpoint = ChainCheckpoint(secret_store, new.database).load()
        report = audit_chain.verify(opened.engine, checkpoint)
        assert report.ok and report.head == checkpoint
    finally:
        opened.engine.dispose()
    assert new.recovery_file.exists()


def test_a_pc_with_only_the_recovery_code_restores_it(backed_up, services, vault, clock,
                                                      tmp_path):
    backup, before = backed_up
    code = services.recovery_code
    vault.secrets.delete(vault.key_name)  # the keyring entry is gone (another PC, a new OS)
    other_pc = SecretStore(service=f"FrontDesk-test-{uuid.uuid4().hex[:12]}")
    new = AppPaths(tmp_path / "another-pc").ensure()
    with pytest.raises(BackupError, match="not in this computer's keyring") as err:
        verify(new, other_pc, backup)
    assert err.value.reason == BackupError.NEEDS_CODE
    assert "Enter the recovery code" in str(err.value)
    with pytest.raises(BackupError, match="does not open this backup") as err:
        verify(new, other_pc, backup, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    assert err.value.reason == BackupError.BAD_CODE
    check = verify(new, other_pc, backup, code.lower().replace("-", " "))
    assert check.key_from == "recovery code" and not check.older
    assert list(new.data_dir.glob("frontdesk.db*")) == []  # checking replaces nothing
    result = restore(new, other_pc, clock, backup, code, "it")
    assert "recovery code is now the one of the practice the backup was made from" in \
        " ".join(result.notes)
    key = bytes.fromhex(other_pc.get(Vault(new, other_pc).key_name))
    assert without_the_restore_entry(all_rows(new.database, key)) == before
    # The recovery file came with it: the same code opens the restored database again.
    other_pc.delete(Vault(new, other_pc).key_name)
    Vault(new, other_pc).recover(code).engine.dispose()


def test_without_the_recovery_file_beside_it_the_code_cannot_help(backed_up, vault, clock,
                                                                  tmp_path):
    backup, _ = backed_up
    recovery_beside(backup).unlink()
    other_pc = SecretStore(service=f"FrontDesk-test-{uuid.uuid4().hex[:12]}")
    new = AppPaths(tmp_path / "another-pc").ensure()
    with pytest.raises(BackupError, match=r"recovery file .* is not beside it"):
        verify(new, other_pc, backup)
    with pytest.raises(BackupError, match="is not beside it"):
        restore(new, other_pc, clock, backup, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")


def test_restoring_over_the_practice_keeps_the_replaced_database_aside(
        backed_up, services, vault, clock):
    backup, before = backed_up
    services.clients.create(ClientInput("Dana", "Later", mobile="(617) 555-0199"), "reception")
    paths, secrets = services.backups.paths, vault.secrets
    services.close()  # FrontDesk quits before the restore (the window does the same)
    result = services.backups.restore(str(backup), actor="Ruth Adler (owner)")
    assert result.replaced.startswith(str(vault.paths.database) + ".replaced-")
    aside = Path(result.replaced)
    key = key_of(vault)
    with connect(aside, key, read_only=True) as conn:  # the replaced one, whole, with Dana
        assert conn.execute("SELECT count(*) FROM client WHERE last_name = 'Later'"
                            ).fetchone() == (1,)
    assert without_the_restore_entry(all_rows(paths.database, key)) == before
    checkpoint = ChainCheckpoint(secrets, paths.database).load()
    opened = vault.open()  # the same key: the keyring entry is unchanged
    try:
        assert audit_chain.verify(opened.engine, checkpoint).ok  # the checkpoint moved
        with opened.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM client WHERE last_name = 'Later'")
                                ).scalar() == 0
    finally:
        opened.engine.dispose()


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file() and not p.name.endswith(".lock")}


def test_a_damaged_backup_is_refused_and_nothing_is_replaced(backed_up, services, vault, clock,
                                                             tmp_path):
    backup, _ = backed_up
    services.close()
    damaged = tmp_path / "usb" / backup.name.replace(".db", "-2.db")
    shutil.copyfile(backup, damaged)
    shutil.copyfile(recovery_beside(backup), recovery_beside(damaged))
    size = damaged.stat().st_size
    with damaged.open("r+b") as f:  # bytes overwritten in the middle of the file
        f.seek(size // 2 + 100)
        f.write(b"\x00" * 64)
    before = fingerprint(vault.paths.data_dir)
    with pytest.raises(BackupError, match="is damaged") as err:
        restore(vault.paths, vault.secrets, clock, damaged)
    assert err.value.reason == BackupError.REFUSED and "Nothing was replaced" in str(err.value)
    assert fingerprint(vault.paths.data_dir) == before
    truncated = tmp_path / "usb" / "cut.db"
    truncated.write_bytes(backup.read_bytes()[:5000])
    with pytest.raises(BackupError, match="cut short"):
        verify(vault.paths, vault.secrets, truncated)
    assert fingerprint(vault.paths.data_dir) == before


def test_a_backup_from_a_newer_frontdesk_is_refused(backed_up, services, vault, clock, tmp_path):
    backup, _ = backed_up
    services.close()
    newer = tmp_path / "usb" / "frontdesk-backup-20270101T000000Z-ffff00000001.db"
    shutil.copyfile(backup, newer)
    shutil.copyfile(recovery_beside(backup), recovery_beside(newer))
    conn = connect(newer, key_of(vault))
    conn.execute("UPDATE alembic_version SET version_num = 'ffff00000001'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = fingerprint(vault.paths.data_dir)
    with pytest.raises(BackupError, match="made by a newer version of FrontDesk") as err:
        restore(vault.paths, vault.secrets, clock, newer)
    assert f"this one knows up to {migrate.head_revision()}" in str(err.value)
    assert fingerprint(vault.paths.data_dir) == before


def test_nothing_is_replaced_while_frontdesk_runs_on_the_folder(backed_up, services, vault,
                                                                clock):
    backup, _ = backed_up
    running = InstanceLock(vault.paths.data_dir / "sending.lock")
    assert running.acquire()  # the window (or `serve`) holds it
    try:
        before = fingerprint(vault.paths.data_dir)
        with pytest.raises(BackupError, match="FrontDesk is running") as err:
            restore(vault.paths, vault.secrets, clock, backup)
        assert err.value.reason == BackupError.RUNNING
        assert fingerprint(vault.paths.data_dir) == before
    finally:
        running.release()


def test_not_a_file_or_the_database_itself_is_refused(services, vault, clock, tmp_path):
    with pytest.raises(BackupError, match="There is no backup file"):
        verify(vault.paths, vault.secrets, tmp_path / "nothing.db")
    with pytest.raises(BackupError, match="the practice's database itself"):
        restore(vault.paths, vault.secrets, clock, vault.paths.database)


def test_a_database_file_with_changes_still_in_its_wal_is_refused(backed_up, vault, tmp_path):
    backup, _ = backed_up
    left_open = tmp_path / "usb" / "frontdesk.db.replaced-20260304T130000Z"
    shutil.copyfile(backup, left_open)
    Path(f"{left_open}-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(28))
    with pytest.raises(BackupError, match="changes not yet written into it"):
        verify(vault.paths, vault.secrets, left_open)
