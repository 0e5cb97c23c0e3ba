"""The encrypted database: created, reopened, refused, recovered and migrated."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from frontdesk.models import Base, migrate
from frontdesk.models.database import open_engine
from frontdesk.services.container import Services
from frontdesk.services.dto import ClinicianInfo
from frontdesk.services.errors import VaultError
from frontdesk.services.vault import Vault, VaultState, wrap_key

SQLITE_HEADER = b"SQLite format 3\x00"
KNOWN_CODE = "0001-2345-6789-ABCD-EFGH-JKMN"


def snapshot(paths) -> tuple:
    """Everything that would show the database folder was touched."""
    db = paths.database
    names = sorted(p.name for p in paths.data_dir.iterdir())
    return db.read_bytes(), db.stat().st_mtime_ns, names, paths.recovery_file.read_bytes()


def create_with_a_clinician(vault, clock) -> str:
    """A new practice database holding one clinician; closed again. Returns the code."""
    opened = vault.create()
    svc = Services.build(opened.engine, clock)
    svc.practice.save_clinician(ClinicianInfo(0, "Dr. Maya Okafor", "Dr. Okafor"), "test")
    svc.close()
    return opened.recovery_code


def clinician_names(opened, clock) -> list[str]:
    svc = Services.build(opened.engine, clock)
    try:
        return [c.display_name for c in svc.practice.clinicians()]
    finally:
        svc.close()


@pytest.fixture
def created(vault, clock):
    return create_with_a_clinician(vault, clock)


def test_created_database_is_encrypted(vault, paths, secret_store, clock):
    assert vault.state() is VaultState.NEW
    code = create_with_a_clinician(vault, clock)
    assert vault.state() is VaultState.READY
    data = paths.database.read_bytes()
    assert len(data) >= 4096  # the pages are in the main file, not only in a WAL
    assert data[:16] != SQLITE_HEADER
    assert b"Okafor" not in data
    plain = sqlite3.connect(paths.database)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        plain.close()
    stored = secret_store.get(vault.key_name)
    assert len(bytes.fromhex(stored)) == 32
    recovery = paths.recovery_file.read_text()
    assert stored not in recovery and code not in recovery
    assert json.loads(recovery)["kdf"] == "scrypt"


def test_reopen_with_the_key_from_the_keyring(created, paths, secret_store, clock):
    opened = Vault(paths, secret_store).open()
    assert opened.recovery_code is None and opened.migrated_backup is None
    assert clinician_names(opened, clock) == ["Dr. Okafor"]


def test_create_refuses_to_overwrite(created, vault, paths):
    before = snapshot(paths)
    with pytest.raises(VaultError):
        vault.create()
    assert snapshot(paths) == before


def test_key_missing_leaves_the_database_alone(created, vault, paths, secret_store):
    secret_store.delete(vault.key_name)
    before = snapshot(paths)
    assert vault.state() is VaultState.KEY_MISSING
    with pytest.raises(VaultError) as err:
        vault.open()
    assert err.value.reason == VaultError.KEY_MISSING
    assert "recovery code" in str(err.value)
    with pytest.raises(VaultError):
        vault.create()
    assert snapshot(paths) == before
    assert secret_store.get(vault.key_name) is None


def test_wrong_key_in_the_keyring(created, vault, paths, secret_store):
    secret_store.set(vault.key_name, os.urandom(32).hex())
    before = snapshot(paths)
    with pytest.raises(VaultError) as err:
        vault.open()
    assert err.value.reason == VaultError.WRONG_KEY
    assert snapshot(paths) == before


@pytest.mark.parametrize("damaged", ["not hex at all", "abcd", "00" * 31, "0" * 63 + "g"])
def test_damaged_key_in_the_keyring(created, vault, paths, secret_store, damaged):
    secret_store.set(vault.key_name, damaged)
    with pytest.raises(VaultError) as err:
        vault.open()
    assert err.value.reason == VaultError.WRONG_KEY
    assert "damaged" in err.value.message


# ---- recovery --------------------------------------------------------------

def rewrap_with_known_code(vault, paths, secret_store) -> str:
    """Seal the real key under a known code (so the test can type it with O for 0)."""
    key = bytes.fromhex(secret_store.get(vault.key_name))
    paths.recovery_file.write_text(json.dumps(wrap_key(key, KNOWN_CODE)))
    return key.hex()


def test_recover_with_the_code_given_at_setup(created, vault, paths, secret_store, clock):
    key = secret_store.get(vault.key_name)
    secret_store.delete(vault.key_name)
    opened = vault.recover(created)
    assert clinician_names(opened, clock) == ["Dr. Okafor"]
    assert secret_store.get(vault.key_name) == key


@pytest.mark.parametrize("typed", ["ooo1 2345 6789 abcd efgh jkmn",  # lower case, spaces, O
                                   "OOOI-2345-6789-ABCD-EFGH-JKMN",  # I for 1
                                   " 000l23456789abcdefghjkmn "])  # l for 1, no separators
def test_recover_accepts_what_people_type(created, vault, paths, secret_store, clock, typed):
    key = rewrap_with_known_code(vault, paths, secret_store)
    secret_store.delete(vault.key_name)
    opened = vault.recover(typed)
    assert clinician_names(opened, clock) == ["Dr. Okafor"]
    assert secret_store.get(vault.key_name) == key
    assert Vault(paths, secret_store).state() is VaultState.READY


@pytest.mark.parametrize("typed", ["0001-2345-6789-ABCD-EFGH-JKMP", "0001-2345", ""])
def test_wrong_recovery_code(created, vault, paths, secret_store, typed):
    rewrap_with_known_code(vault, paths, secret_store)
    secret_store.delete(vault.key_name)
    with pytest.raises(VaultError) as err:
        vault.recover(typed)
    assert err.value.reason == VaultError.BAD_RECOVERY_CODE
    assert secret_store.get(vault.key_name) is None


@pytest.mark.parametrize("damage", ["delete", "truncate"])
def test_missing_or_damaged_recovery_file(created, vault, paths, secret_store, damage):
    secret_store.delete(vault.key_name)
    if damage == "delete":
        paths.recovery_file.unlink()
    else:
        paths.recovery_file.write_text(paths.recovery_file.read_text()[:20])
    with pytest.raises(VaultError) as err:
        vault.recover(created)
    assert err.value.reason == VaultError.NO_RECOVERY
    assert paths.recovery_file.name in err.value.hint


# ---- migrations ------------------------------------------------------------

def test_second_open_at_head_makes_no_backup(created, vault, paths):
    for _ in range(2):
        opened = vault.open()
        assert opened.migrated_backup is None
        assert migrate.current_revision(opened.engine) == migrate.head_revision()
        opened.engine.dispose()
    assert list(paths.backups_dir.iterdir()) == []


def test_upgrade_of_an_empty_database(tmp_path):
    db = tmp_path / "fresh.db"
    engine = open_engine(db, os.urandom(32))
    try:
        assert migrate.current_revision(engine) is None
        assert migrate.upgrade(engine, db, tmp_path / "backups") is None  # nothing to back up
        head = migrate.head_revision()
        assert head and migrate.current_revision(engine) == head
        assert migrate.upgrade(engine, db, tmp_path / "backups") is None  # already at head
    finally:
        engine.dispose()
    assert not (tmp_path / "backups").exists()


def test_models_match_the_migrations(services):
    """Autogenerate finds nothing to add: every model change has its migration."""
    with services.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []

