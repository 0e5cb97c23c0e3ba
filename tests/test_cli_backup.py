"""`frontdesk backup` and `frontdesk restore FILE`: exit 0 when done, 1 when the backup failed or
was refused (said in words; nothing replaced), 2 when it cannot be done here (no database, a
FrontDesk running on the folder)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from frontdesk.app import Composition, main
from frontdesk.services.dto import ClientInput
from frontdesk.services.instance_lock import InstanceLock
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault


@pytest.fixture
def folder(tmp_path, clock) -> tuple[Path, str]:
    """A practice set up here (the keyring is the test session's own, as `main` uses); its
    recovery code."""
    where = tmp_path / "fd"
    svc, code = Composition(str(where), clock=clock).create_practice(demo=False)
    try:
        svc.clients.create(ClientInput("Zebulon", "Testcase", mobile="(617) 555-0150"), "desk")
    finally:
        svc.close()
    return where, code


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_backup_now_and_the_list(folder, capsys):
    where, _ = folder
    status, out, _ = run(capsys, "backup", "--data-dir", str(where))
    assert status == 0 and out.startswith(f"Backup made and checked: {where / 'backups'}/")
    [made] = (where / "backups").glob("frontdesk-backup-*.db")
    status, out, _ = run(capsys, "backup", "--list", "--data-dir", str(where))
    assert status == 0
    assert f"Backups go to {where / 'backups'} (the data folder's own" in out
    assert made.name in out and "recovery file beside it" in out
    assert "Zebulon" not in out


def test_backup_to_a_missing_folder_exits_1_in_words(folder, capsys, tmp_path):
    where, _ = folder
    status, _, err = run(capsys, "backup", "--data-dir", str(where), "--to",
                         str(tmp_path / "unplugged"))
    assert status == 1 and "is not reachable" in err and "Help → Backups" in err


def test_choosing_the_folder_for_the_daily_backups(folder, capsys, tmp_path):
    where, _ = folder
    usb = tmp_path / "usb"
    usb.mkdir()
    status, out, _ = run(capsys, "backup", "--folder", str(usb), "--data-dir", str(where))
    assert status == 0 and f"Daily backups go to {usb} from now on." in out
    assert len(list(usb.glob("frontdesk-backup-*.db"))) == 1
    status, _, err = run(capsys, "backup", "--folder", "relative/path", "--data-dir",
                         str(where))
    assert status == 1 and "full path" in err


def test_no_database_here_exits_2(capsys, tmp_path):
    status, _, err = run(capsys, "backup", "--data-dir", str(tmp_path / "empty"))
    assert status == 2 and "There is no FrontDesk database" in err


def backed_up(capsys, where: Path) -> Path:
    assert run(capsys, "backup", "--data-dir", str(where))[0] == 0
    [made] = (where / "backups").glob("frontdesk-backup-*.db")
    return made


def test_restore_checks_then_replaces_and_keeps_the_replaced_database(folder, capsys):
    where, _ = folder
    made = backed_up(capsys, where)
    status, out, _ = run(capsys, "restore", str(made), "--data-dir", str(where))
    assert status == 0, out
    assert out.splitlines()[0].startswith(f"Backup checked: {made.name}, made ")
    assert "its key came from the keyring" in out
    assert "The database it replaced is kept as " in out and "Start FrontDesk again." in out
    assert len(list(where.glob("frontdesk.db.replaced-*"))) == 1


def test_restore_refuses_a_damaged_backup_with_exit_1(folder, capsys):
    where, _ = folder
    made = backed_up(capsys, where)
    data = bytearray(made.read_bytes())
    data[len(data) // 2: len(data) // 2 + 32] = bytes(32)
    made.write_bytes(bytes(data))
    status, _, err = run(capsys, "restore", str(made), "--data-dir", str(where))
    assert status == 1 and "is damaged" in err and "Nothing was replaced" in err
    assert list(where.glob("frontdesk.db.replaced-*")) == []


def test_restore_while_frontdesk_runs_exits_2(folder, capsys):
    where, _ = folder
    made = backed_up(capsys, where)
    running = InstanceLock(where / "sending.lock")
    assert running.acquire()
    try:
        status, _, err = run(capsys, "restore", str(made), "--data-dir", str(where))
    finally:
        running.release()
    assert status == 2 and "FrontDesk is running" in err


def test_restore_on_a_pc_with_only_the_recovery_code(folder, capsys, tmp_path, monkeypatch):
    where, code = folder
    made = backed_up(capsys, where)
    vault = Vault(Composition(str(where)).paths("practice"), SecretStore())
    vault.secrets.delete(vault.key_name)  # no keyring entry for it anywhere now
    new = tmp_path / "new-pc"
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal to ask on
    status, _, err = run(capsys, "restore", str(made), "--data-dir", str(new))
    assert status == 1 and "not in this computer's keyring" in err
    assert "recovery code" in err
    monkeypatch.setattr(sys, "stdin", io.StringIO("WRONG-CODE-0000-0000-0000-0000\n"))
    status, _, err = run(capsys, "restore", str(made), "--data-dir", str(new),
                         "--recovery-code")
    assert status == 1 and "does not open this backup" in err
    monkeypatch.setattr(sys, "stdin", io.StringIO(code + "\n"))
    status, out, _ = run(capsys, "restore", str(made), "--data-dir", str(new),
                         "--recovery-code")
    assert status == 0 and "its key came from the recovery code" in out
    assert code not in out
    status, out, _ = run(capsys, "backup", "--list", "--data-dir", str(new))
    assert status == 0  # the restored practice opens with the key now in the keyring
