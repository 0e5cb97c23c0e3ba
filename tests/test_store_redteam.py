"""Red-team of opening the store: a database path that is a directory, a plain (unencrypted)
SQLite file, another practice's database: each told in plain words, none opened as a new or
wrong practice, and the keyring key and recovery file never rewritten."""

from __future__ import annotations

import sqlite3

import pytest
from test_cli import frontdesk, keyring_and_recovery
from test_store_damage import held, make_practice

from frontdesk.services.errors import VaultError


@pytest.fixture
def made(vault, clock):
    return make_practice(vault, clock, rows=5)


def refused(vault) -> VaultError:
    with pytest.raises(VaultError) as err:
        vault.open()
    return err.value


def test_a_database_path_that_is_a_folder_is_said_not_a_crash(made, vault, paths, tmp_path):
    before = held(vault)
    paths.database.rename(tmp_path / "kept.db")
    paths.database.mkdir()
    err = refused(vault)
    assert "folder" in err.message and "Enter the recovery code" not in err.hint
    with pytest.raises(VaultError):
        vault.create()
    assert held(vault) == before


def test_a_plain_sqlite_file_is_not_called_a_wrong_key(made, vault, paths):
    before = held(vault)
    paths.database.unlink()
    for suffix in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    with sqlite3.connect(paths.database) as plain:
        plain.execute("CREATE TABLE t (x)")
        plain.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 50)
    err = refused(vault)
    assert err.reason != VaultError.WRONG_KEY
    assert "not encrypted" in err.message
    assert held(vault) == before



@pytest.mark.parametrize("replace", ["folder", "plain-sqlite"])
def test_serve_on_a_folder_or_plain_file_refuses_in_words(tmp_path, replace):
    data = tmp_path / "data"
    assert frontdesk("serve", "--once", "--data-dir", str(data)).returncode == 0
    before = keyring_and_recovery(data)
    db = data / "frontdesk.db"
    db.rename(tmp_path / "kept.db")
    if replace == "folder":
        db.mkdir()
    else:
        with sqlite3.connect(db) as plain:
            plain.execute("CREATE TABLE t (x)")
    result = frontdesk("serve", "--once", "--data-dir", str(data))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "frontdesk recover" not in result.stderr
    assert ("folder" if replace == "folder" else "not encrypted") in result.stderr
    assert keyring_and_recovery(data) == before
