"""Backups the practice controls: encrypted and checked files in the chosen folder, the
rotation (7 daily, 4 weekly, 12 monthly), a folder that went away said in words (never
raised) and on the health banner, the role that may use them, and the scheduler's lane."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from frontdesk.domain.access import Role
from frontdesk.models import migrate
from frontdesk.models.database import DatabaseKeyError, connect
from frontdesk.services.access import DeskSession, GuardedServices
from frontdesk.services.backup import BackupService
from frontdesk.services.backup_dto import BackupError
from frontdesk.services.backup_files import (
    backup_name,
    check_file,
    parse_name,
    recovery_beside,
    to_keep,
)
from frontdesk.services.container import Services
from frontdesk.services.errors import PermissionDenied, ValidationError
from tests.account_kit import make_staff
from tests.backup_kit import key_of, keyed_services


@pytest.fixture
def services(vault, clock, secret_store):
    """The practice's services with the keyring behind them, as the app builds them."""
    svc, code = keyed_services(vault, clock, secret_store)
    svc.recovery_code = code
    yield svc
    svc.close()


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb" / "FrontDesk"
    folder.mkdir(parents=True)
    return folder


# ---- the rotation, on dates ------------------------------------------------------------------
def kept_days(made: list[datetime]) -> list[str]:
    return sorted(f"{made[i]:%Y-%m-%d}" for i in to_keep(made))


def test_a_backup_a_day_for_two_years_keeps_7_days_4_weeks_12_months():
    first = datetime(2025, 1, 1, 2, 0)
    made = [first + timedelta(days=n) for n in range(730)]  # to Thu 2026-12-31
    days = [f"2026-12-{d}" for d in range(25, 32)]  # the last seven days
    # The newest of each week: the last two weeks' are kept already (they do not count), so
    # the four weeks reach back before them (ISO weeks end on Sunday).
    weeks = ["2026-11-29", "2026-12-06", "2026-12-13", "2026-12-20"]
    # The newest of each month: December's is kept already; then twelve months back.
    months = ["2025-12-31", "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30",
              "2026-05-31", "2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30",
              "2026-10-31", "2026-11-30"]
    assert kept_days(made) == sorted(days + weeks + months)
    assert len(kept_days(made)) == 7 + 4 + 12


def test_several_a_day_keep_the_newest_of_each_day_and_few_backups_are_all_kept():
    day = datetime(2026, 3, 4)
    made = [day + timedelta(hours=h) for h in (1, 9, 13, 18)]
    made += [day + timedelta(days=1, hours=h) for h in (2, 3)]
    assert to_keep(made) == {3, 5}  # 18:00 on the 4th, 03:00 on the 5th
    assert to_keep(made[:1]) == {0}
    assert to_keep([]) == set()
    three = [day - timedelta(days=40), day - timedelta(days=10), day]
    assert to_keep(three) == {0, 1, 2}  # fewer than the rules allow: all stay


def test_a_gap_of_weeks_does_not_make_the_rotation_drop_the_older_backups():
    made = [datetime(2026, 1, 5), datetime(2026, 1, 6), datetime(2026, 3, 1),
            datetime(2026, 3, 2)]
    assert to_keep(made) == {0, 1, 2, 3}
    assert to_keep(made, daily=1, weekly=0, monthly=0) == {3}
    assert to_keep(made, daily=1, weekly=0, monthly=2) == {1, 3}


def test_names_carry_the_time_and_the_schema_revision():
    made = datetime(2026, 12, 3, 18, 30, 5, tzinfo=UTC)
    name = backup_name(made, "8e685ec48775")
    assert name == "frontdesk-backup-20261203T183005Z-8e685ec48775.db"
    assert parse_name(name) == (made, "8e685ec48775")
    assert parse_name(backup_name(made, "8e685ec48775", 2)) == (made, "8e685ec48775")
    assert parse_name("frontdesk-20261203T183005Z-before-x.db") is None  # a migration's copy


# ---- one backup --------------------------------------------------------------------------------
def test_a_backup_is_encrypted_checked_named_and_has_the_recovery_file_beside_it(
        services, vault, usb):
    svc = services
    svc.backups.set_folder(str(usb), "Priya Nair (IT)")
    made = svc.backups.back_up_now("Priya Nair (IT)")
    path = Path(made.path)
    assert path.parent == usb and made.revision == migrate.head_revision()
    assert made.name == backup_name(svc.clock.now(), made.revision) and made.has_recovery
    assert sorted(p.name for p in usb.iterdir()) == [made.name,
                                                     recovery_beside(path).name]  # no temp
    head = path.read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    with pytest.raises(sqlite3.DatabaseError):  # plain SQLite cannot read it
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    bare = sqlcipher.connect(str(path))  # SQLCipher without the key cannot either
    with pytest.raises(sqlcipher.DatabaseError):
        bare.execute("SELECT count(*) FROM sqlite_master").fetchone()
    bare.close()
    with pytest.raises(DatabaseKeyError):
        connect(path, bytes(32), read_only=True)
    assert check_file(path, key_of(vault)) == migrate.head_revision()
    beside = json.loads(recovery_beside(path).read_text())
    assert beside["key_check"] == json.loads(vault.paths.recovery_file.read_text())["key_check"]
    assert beside["key_entry"] == vault.key_name and "key" not in beside
    status = svc.backups.status()
    assert status.last_ok_at == svc.clock.now() and status.last_ok_file == made.name
    assert status.folder == str(usb) and status.chosen and status.ok
    assert [b.name for b in svc.backups.list_backups()] == [made.name]


def test_the_backup_goes_to_the_data_folder_until_a_folder_is_chosen(services, vault):
    made = services.backups.back_up_now("owner")
    assert Path(made.path).parent == vault.paths.backups_dir
    assert services.backups.status().chosen is False


def test_a_chosen_folder_must_be_a_full_path_that_can_be_written(services, tmp_path):
    with pytest.raises(ValidationError, match="full path"):
        services.backups.set_folder("usb/FrontDesk", "owner")
    with pytest.raises(ValidationError, match="not reachable"):
        services.backups.set_folder(str(tmp_path / "not-plugged-in"), "owner")
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(ValidationError, match="a file, not a folder"):
        services.backups.set_folder(str(tmp_path / "a-file"), "owner")


def test_backups_over_days_are_rotated_with_their_recovery_files(services, usb, clock):
    svc = services
    svc.backups.set_folder(str(usb), "owner")
    for _day in range(20):  # Wed 4 March to Mon 23 March
        svc.backups.back_up_now("scheduler")
        clock.advance(timedelta(days=1))
    names = [b.name for b in svc.backups.list_backups()]
    # The last 7 days (17–23), then Sundays 15 and 8 (the newest of the two weeks before);
    # March's newest is kept already, and there is no earlier month.
    assert [parse_name(n)[0].astimezone(clock.now().tzinfo).day for n in names] == [
        23, 22, 21, 20, 19, 18, 17, 15, 8]
    jsons = sorted(p.name for p in usb.glob("*.recovery.json"))
    assert jsons == sorted(n.removesuffix(".db") + ".recovery.json" for n in names)


# ---- when it cannot be done -------------------------------------------------------------------
def test_a_missing_folder_is_said_in_words_not_raised_and_the_health_bar_says_it(
        services, usb, clock):
    svc = services
    svc.backups.set_folder(str(usb), "owner")
    made = svc.backups.back_up_now("owner")
    Path(made.path).unlink()
    recovery_beside(Path(made.path)).unlink()
    usb.rmdir()  # the USB disk was unplugged
    clock.advance(timedelta(hours=2))
    assert svc.backups.run_due() is None  # not due: it looks at the folder, says, never raises
    status = svc.backups.status()
    assert "is not reachable" in status.folder_problem
    [problem] = status.problems
    assert problem.startswith("The last good backup is from Wed Mar 4, 8:00 AM; the backup "
                              f"folder {usb} is not reachable")
    assert problem.endswith("Plug in the disk or choose another folder in Help → Backups.")
    assert problem in svc.health.background_health().problems
    clock.advance(timedelta(days=1))
    assert svc.backups.run_due() is None  # due now, and it fails in words
    with pytest.raises(BackupError, match="not reachable") as err:
        svc.backups.back_up_now("owner")
    assert err.value.reason == BackupError.FOLDER
    usb.mkdir()  # plugged in again
    assert svc.backups.run_due() is not None
    assert svc.backups.status().ok and svc.health.background_health().ok


def test_the_health_bar_says_when_the_last_good_backup_is_older_than_two_days(services, clock):
    svc = services
    assert svc.health.background_health().ok  # nothing looked after yet: nothing to say
    svc.backups.back_up_now("owner")
    clock.advance(timedelta(days=1, hours=23))
    assert svc.health.background_health().ok
    clock.advance(timedelta(hours=2))
    [problem] = svc.health.background_health().problems
    assert problem == ("The last good backup is from Wed Mar 4, 8:00 AM: backups are made once "
                       "a day while FrontDesk runs. Plug in the disk or choose another folder "
                       "in Help → Backups.")


def test_never_backed_up_is_said_once_two_days_have_passed(services, clock, tmp_path):
    svc = services
    svc.backups.set_folder(str(tmp_path), "owner")  # looked after from now on
    clock.advance(timedelta(days=2, minutes=1))
    [problem] = svc.health.background_health().problems
    assert problem.startswith("No backup of the practice's data has been made yet:")


def test_run_due_backs_up_once_a_day(services, clock):
    svc = services
    first = svc.backups.run_due()
    assert first is not None
    clock.advance(timedelta(hours=12))
    assert svc.backups.run_due() is None
    clock.advance(timedelta(hours=11))
    assert svc.backups.run_due() is not None
    assert len(svc.backups.list_backups()) == 2


def test_the_demo_practice_keeps_no_backups(vault, clock):
    svc = Services.build(vault.create().engine, clock)  # no keyring behind it: the demo
    try:
        assert svc.backups.run_due() is None
        assert svc.backups.status().available is False
        with pytest.raises(BackupError, match="demo practice keeps no backups"):
            svc.backups.back_up_now("owner")
    finally:
        svc.close()


def test_backups_belong_to_it_and_the_owner(services):
    staff = make_staff(services)
    desk = DeskSession()
    guarded = GuardedServices(services, desk)
    desk.signed_in(staff.person(staff.it))
    assert guarded.backups.status().ok
    made = guarded.backups.back_up_now("ignored")
    assert guarded.backups.list_backups()[0].name == made.name
    desk.signed_in(staff.person(staff.desk))
    assert staff.desk.role is Role.FRONT_DESK
    with pytest.raises(PermissionDenied, match="cannot make or restore backups"):
        guarded.backups.list_backups()


def test_the_backup_records_who_made_it(services):
    from tests.account_kit import audit_trail

    made = services.backups.back_up_now("Priya Nair (IT)")
    actor, action, _id, detail = audit_trail(services)[-1]
    assert (actor, action, detail) == ("Priya Nair (IT)", "backup_made", made.name)


def test_the_daily_backup_runs_on_its_own_lane_in_the_instance_that_sends(services, clock):
    from frontdesk.services.background import BackgroundWork
    from frontdesk.services.backup import LANE

    clock.advance(datetime.now(UTC) + timedelta(hours=1) - clock.now())  # nothing runs yet
    work = BackgroundWork(services)
    work.start()
    try:
        job = work.scheduler.get_job("backup")
        assert job is not None and job.executor == LANE
    finally:
        work.stop()


def test_the_service_is_a_backup_service(services):
    assert isinstance(services.backups, BackupService)
