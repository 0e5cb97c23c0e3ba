"""A database that is elsewhere, empty, cut short, damaged or on a full disk: told apart,
never created over, and a damaged file points to the newest good backup."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import uuid

import pytest

from frontdesk.models.database import backup_copy
from frontdesk.services.container import Services
from frontdesk.services.dto import ClinicianInfo
from frontdesk.services.errors import VaultError
from frontdesk.services.vault import Vault, VaultState

PAGE = 4096


def make_practice(vault, clock, rows: int = 60) -> bytes:
    """A practice with enough rows to span many pages, a backup of it; returns the db bytes."""
    opened = vault.create()
    svc = Services.build(opened.engine, clock)
    for i in range(rows):
        svc.practice.save_clinician(ClinicianInfo(0, f"Dr. Test {i:03d} " + "x" * 200,
                                                  f"Dr. {i}"), "test")
    backup_copy(opened.engine, vault.paths.database, vault.paths.backups_dir, "before-test")
    svc.close()
    return vault.paths.database.read_bytes()


def held(vault) -> tuple:
    """What must never change when the data is elsewhere: the key and the recovery file."""
    return vault.secrets.get(vault.key_name), vault.paths.recovery_file.read_bytes()


def damage(path, offset: int, length: int = 100) -> None:
    data = bytearray(path.read_bytes())
    data[offset:offset + length] = os.urandom(length)
    path.write_bytes(bytes(data))


def drop_fingerprint(paths) -> None:
    """A recovery file written before fingerprints existed."""
    blob = json.loads(paths.recovery_file.read_text())
    blob.pop("key_check", None)
    paths.recovery_file.write_text(json.dumps(blob))


@pytest.fixture
def made(vault, clock):
    return make_practice(vault, clock)


# ---- the data is somewhere else ----------------------------------------

def test_moved_database_with_key_present_is_not_a_new_practice(made, vault, paths, tmp_path):
    before = held(vault)
    moved = tmp_path / "elsewhere.db"
    shutil.move(paths.database, moved)
    assert vault.state() is VaultState.DATA_MISSING
    for attempt in (vault.create, vault.open):
        with pytest.raises(VaultError) as err:
            attempt()
        assert err.value.reason == VaultError.DATA_MISSING
        assert "not where it was" in err.value.message
        assert "will not create a new practice" in err.value.hint
    assert held(vault) == before  # byte for byte
    assert not paths.database.exists()
    shutil.move(moved, paths.database)  # the drive comes back: the practice opens again
    opened = vault.open()
    opened.engine.dispose()


def test_recovery_file_without_database_or_key_is_still_data_elsewhere(made, vault, paths):
    vault.secrets.delete(vault.key_name)
    paths.database.unlink()
    recovery = paths.recovery_file.read_bytes()
    assert vault.state() is VaultState.DATA_MISSING
    with pytest.raises(VaultError) as err:
        vault.create()
    assert err.value.reason == VaultError.DATA_MISSING
    assert paths.recovery_file.read_bytes() == recovery
    assert vault.secrets.get(vault.key_name) is None


def test_failed_first_run_leaves_nothing_that_looks_like_data_elsewhere(vault, paths):
    # The database path leads into a folder that does not exist: creating it fails.
    os.symlink(paths.data_dir / "no-such-dir" / "x.db", paths.database)
    with pytest.raises(Exception):  # noqa: B017  (sqlite's own error)
        vault.create()
    paths.database.unlink(missing_ok=True)
    assert not paths.recovery_file.exists()
    assert vault.secrets.get(vault.key_name) is None
    assert vault.state() is VaultState.NEW


# ---- items 3 and 4: empty, cut short, damaged, wrong key --------------------------

def test_zero_byte_database_is_damaged_not_a_new_practice(made, vault, paths):
    paths.database.write_bytes(b"")
    before = held(vault)
    assert vault.state() is VaultState.DAMAGED
    with pytest.raises(VaultError) as err:
        vault.open()
    assert err.value.reason == VaultError.DAMAGED
    assert "empty" in err.value.message
    assert "backups" in err.value.hint and "before-test" in err.value.hint
    assert paths.database.stat().st_size == 0 and held(vault) == before


@pytest.mark.parametrize("cut", ["mid-page", "page-boundary"])
def test_database_cut_short_is_damaged_not_a_wrong_key(made, vault, paths, cut):
    size = (len(made) // 2 // PAGE) * PAGE
    paths.database.write_bytes(made[:size + (100 if cut == "mid-page" else 0)])
    with pytest.raises(VaultError) as err:
        vault.open()
    assert err.value.reason == VaultError.DAMAGED
    assert "recovery code" not in err.value.message
    assert "before-test" in err.value.hint  # the newest good backup, by name


@pytest.mark.parametrize("old_recovery_file", [False, True])
def test_damaged_first_page_is_not_a_wrong_key(made, vault, paths, old_recovery_file):
    if old_recovery_file:
        drop_fingerprint(paths)
    damage(paths.database, 200)
    with pytest.raises(VaultError) as err:
        vault.open()
    assert err.value.reason == VaultError.DAMAGED
    assert "first page" in err.value.message
    assert "before-test" in err.value.hint


@pytest.mark.parametrize("old_recovery_file", [False, True])
def test_wrong_key_is_still_a_wrong_key(made, vault, paths, old_recovery_file):
    if old_recovery_file:
        drop_fingerprint(paths)
    vault.secrets.set(vault.key_name, os.urandom(32).hex())
    with pytest.raises(VaultError) as err:
        vault.open()
    assert err.value.reason == VaultError.WRONG_KEY


def test_recovery_code_on_a_damaged_first_page_says_damaged(vault, paths, clock):
    opened = vault.create()
    Services.build(opened.engine, clock).close()
    key = vault.secrets.get(vault.key_name)
    vault.secrets.delete(vault.key_name)
    damage(paths.database, 200)
    with pytest.raises(VaultError) as err:
        vault.recover(opened.recovery_code)
    assert err.value.reason == VaultError.DAMAGED
    assert vault.secrets.get(vault.key_name) == key  # the right key, kept for the backups


def test_damaged_middle_page_opens_and_the_check_names_the_good_backup(made, vault, paths):
    newer_bad = paths.backups_dir / "frontdesk-29990101T000000Z-bad.db"
    newer_bad.write_bytes(made[: len(made) - 100])  # newer, but does not pass
    middle = (len(made) // PAGE // 2) * PAGE
    damage(paths.database, middle + 200)
    opened = vault.open()  # the damage is not on the way in ...
    opened.engine.dispose()
    report = vault.integrity_report()  # ... the full check finds it
    assert not report.ok
    assert any("HMAC" in p for p in report.problems)
    assert report.backup is not None and "before-test" in report.backup.name
    assert report.backup.path.read_bytes()[:16] == made[:16]


def test_whole_database_passes_the_check(made, vault):
    report = vault.integrity_report()
    assert report.ok and report.problems == ()


# ---- a full disk ----------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path):
    """A real 3 MiB file system (tmpfs), so SQLite meets a genuinely full disk."""
    mnt = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    mnt.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)],
                          capture_output=True, text=True)
    assert done.returncode == 0, f"this test needs to mount a tmpfs (root): {done.stderr}"
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def fill(directory) -> None:
    fd = os.open(directory / "filler", os.O_CREAT | os.O_WRONLY)
    try:
        while True:
            os.write(fd, b"\0" * 65536)
    except OSError:
        pass
    try:
        while True:
            os.write(fd, b"\0" * 512)
    except OSError:
        pass
    os.close(fd)


def test_full_disk_says_free_space_not_recovery_code(small_disk, secret_store, clock):
    from frontdesk.paths import AppPaths

    vault = Vault(AppPaths(small_disk / "data").ensure(), secret_store)
    Services.build(vault.create().engine, clock).close()
    before = vault.paths.database.read_bytes()
    for suffix in ("-wal", "-shm"):
        vault.paths.database.with_name("frontdesk.db" + suffix).unlink(missing_ok=True)
    fill(small_disk)
    with pytest.raises(VaultError) as err:
        vault.open()
    assert err.value.reason == VaultError.DISK_FULL
    assert "full" in err.value.message and str(small_disk) in err.value.hint
    assert "recovery code" not in str(err.value)
    assert vault.paths.database.read_bytes() == before
