"""`frontdesk audit verify`: exit 0 and the trail's extent when whole, 1 naming the first broken
entry (never a client's data), 2 when there is no database to open."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from frontdesk.app import Composition, main
from frontdesk.models.database import writer
from frontdesk.services.dto import ClientInput, ClinicianInfo

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def folder(tmp_path, clock) -> Path:
    """A practice set up here (the keyring is the test session's own, as `main` uses)."""
    where = tmp_path / "fd"
    svc, _code = Composition(str(where), clock=clock).create_practice(demo=False)
    try:
        for name in ("Zebulon", "Quintessa", "Marguerite"):
            svc.clients.create(ClientInput(name, "Testcase", mobile="(617) 555-0150"),
                               "reception")
        for name in ("Dr. One Example", "Dr. Two Example"):
            svc.practice.save_clinician(ClinicianInfo(0, name, name), "owner")
    finally:
        svc.engine.dispose()
    return where


def raw(folder: Path, statement: str) -> None:
    composition = Composition(str(folder))
    engine = composition.vault("practice").open().engine
    try:
        with writer(engine).begin() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()


def verify(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(["audit", "verify", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_an_intact_trail_exits_0_with_its_extent_and_records_its_end(folder, capsys):
    status, out, _ = verify(capsys, "--data-dir", str(folder))
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == ("Audit trail intact: 5 entries (first #1 on 2026-03-04 13:00 UTC, "
                        "last #5 on 2026-03-04 13:00 UTC).")
    assert lines[1] == "Its end is recorded now, for the next check."
    status, out, _ = main(["--data-dir", str(folder), "audit", "verify"]), \
        *capsys.readouterr()  # the option before the command works too
    assert status == 0 and "The chain reaches the end recorded at the last check." in out


def test_an_edited_entry_exits_1_naming_it_without_client_data(folder, capsys):
    raw(folder, "UPDATE audit_entry SET detail = 'Zebulon was never here' WHERE id = 3")
    status, out, _ = verify(capsys, "--data-dir", str(folder))
    assert status == 1
    assert out.splitlines() == [
        "The audit trail has been altered: entry 3 was changed.",
        "Entry 3: create, recorded 2026-03-04 13:00 UTC.",
        "2 entries checked in order up to there. Tell the practice owner; nothing was changed."]
    assert not {"Zebulon", "Quintessa", "Testcase"} & set(out.split())


def test_a_deleted_or_inserted_entry_exits_1(folder, capsys):
    raw(folder, "DELETE FROM audit_entry WHERE id = 2")
    status, out, _ = verify(capsys, "--data-dir", str(folder))
    assert status == 1 and "entry 3 follows a missing entry (2 deleted?)" in out
    raw(folder, "INSERT INTO audit_entry (id, at, actor, action, entity, detail, prev_hash, "
                "hash) VALUES (2, '2026-03-04 13:00:00.000000', 'x', 'create', 'client', '', "
                "'', '')")
    status, out, _ = verify(capsys, "--data-dir", str(folder))
    assert status == 1 and "entry 2 has no hash" in out


def test_the_last_entries_cut_off_after_a_check_exit_1(folder, capsys):
    assert verify(capsys, "--data-dir", str(folder))[0] == 0
    raw(folder, "DELETE FROM audit_entry WHERE id > 3")
    status, out, _ = verify(capsys, "--data-dir", str(folder))
    assert status == 1
    assert out.splitlines()[0] == ("The audit trail has been altered: the last 2 entries are "
                                   "missing (the trail ends at entry 3; entry 5 was there at "
                                   "the last check).")


def test_no_database_or_no_key_exits_2_and_creates_nothing(tmp_path, folder, capsys):
    empty = tmp_path / "nothing"
    status, out, err = verify(capsys, "--data-dir", str(empty))
    assert status == 2 and out == "" and "There is no FrontDesk database in" in err
    assert not (empty / "frontdesk.db").exists()
    vault = Composition(str(folder)).vault("practice")
    vault.secrets.delete(vault.key_name)
    status, out, err = verify(capsys, "--data-dir", str(folder))
    assert status == 2 and err.startswith("FrontDesk cannot open its database: The key to this "
                                          "practice's database is not in this computer's keyring")


def test_the_demo_practice_verifies_without_a_checkpoint(tmp_path, capsys):
    where = tmp_path / "fd"
    assert main(["--demo", "--data-dir", str(where), "day", date.today().isoformat()]) == 0
    capsys.readouterr()
    status, out, _ = verify(capsys, "--demo", "--data-dir", str(where))
    assert status == 0 and out.startswith("Audit trail intact: ")
    assert "The demo practice keeps no checkpoint of the chain's end" in out


def test_the_program_itself_exits_1_on_an_altered_trail(folder):
    raw(folder, "UPDATE audit_entry SET actor = 'nobody' WHERE id = 1")
    done = subprocess.run([sys.executable, "-m", "frontdesk", "audit", "verify", "--data-dir",
                           str(folder)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert done.stdout.startswith("The audit trail has been altered: entry 1 was changed.")


def test_an_older_backup_put_back_on_purpose_is_accepted_only_when_asked(folder, capsys):
    assert verify(capsys, "--data-dir", str(folder))[0] == 0
    raw(folder, "DELETE FROM audit_entry WHERE id > 3")  # as an older copy of the file has it
    status, out, _ = verify(capsys, "--data-dir", str(folder))
    assert status == 1 and out.splitlines()[-1].startswith(
        "If an older backup was put back on purpose, that explains it: run `frontdesk audit "
        "verify --after-restore`")
    status, out, _ = verify(capsys, "--after-restore", "--data-dir", str(folder))
    assert status == 0 and ("Its end (entry 3) is recorded now in place of the one before the "
                            "restore.") in out
    status, out, _ = verify(capsys, "--data-dir", str(folder))
    assert status == 0 and "The chain reaches the end recorded at the last check." in out
    raw(folder, "UPDATE audit_entry SET detail = 'x' WHERE id = 2")
    status, out, _ = verify(capsys, "--after-restore", "--data-dir", str(folder))
    assert status == 1 and "entry 2 was changed" in out and "--after-restore" not in out
