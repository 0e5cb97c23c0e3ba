"""The installation check over real parts: the keyring, real SQLCipher files (whole, damaged,
cut short, at an older or unknown schema), the sending lock, backups, and Twilio- and
SMTP-shaped servers on 127.0.0.1 for a practice where everything is OK."""

from __future__ import annotations

import json
import os
from datetime import timedelta

import pytest
from fakes.smtp_server import HOST, FakeSmtpServer, ThrowawayCA
from fakes.twilio_server import ACCOUNT_SID, AUTH_TOKEN, TwilioServer

from frontdesk.models.database import connect
from frontdesk.services import doctor_net, doctor_work
from frontdesk.services.doctor import run_checks
from frontdesk.services.doctor_lines import Level, as_text, exit_status, tally
from frontdesk.services.doctor_store import judge_space
from frontdesk.services.installation import Installation
from frontdesk.services.instance_lock import InstanceLock
from frontdesk.services.vault import Vault
from tests.doctor_kit import (
    SMTP_PASSWORD,
    SMTP_USER,
    keyed_practice,
    line,
    offset_of,
    save_smtp,
    save_twilio,
)

NEW_YORK = offset_of("America/New_York")
NAMES = ["Keyring", "Recovery file", "Database", "Audit trail", "Database schema",
         "Free disk space", "Clock", "Time zone", "Texts (Twilio)", "Email (SMTP)", "Backups",
         "Calendar sync", "Background work", "Log folder"]


@pytest.fixture
def inst(paths, secret_store) -> Installation:
    return Installation(paths, paths.log_dir, secret_store)


@pytest.fixture
def made(vault, clock, secret_store):
    """A practice on disk, closed: the check opens it itself, as `frontdesk doctor` does."""
    svc = keyed_practice(vault, clock, secret_store)
    svc.close()
    return vault


def key_of(vault: Vault) -> bytes:
    return bytes.fromhex(vault.secrets.get(vault.key_name))


def damage(path, offset: int, length: int = 200) -> None:
    data = bytearray(path.read_bytes())
    data[offset:offset + length] = os.urandom(length)
    path.write_bytes(bytes(data))


# ---- everything OK ---------------------------------------------------------------------------

def test_a_practice_where_everything_works_is_all_ok_and_nothing_is_sent(
        vault, clock, secret_store, tmp_path):
    ca = ThrowawayCA(tmp_path / "ca")
    with TwilioServer(cert=ca.issue("localhost", HOST)) as twilio, \
            FakeSmtpServer(cert=ca.issue("localhost", HOST),
                           users={SMTP_USER: SMTP_PASSWORD}) as smtp:
        twilio.now = clock.now
        svc = keyed_practice(vault, clock, secret_store, twilio_api_base=twilio.url,
                             ssl_context=ca.client_context())
        try:
            save_twilio(svc, ACCOUNT_SID, AUTH_TOKEN)
            save_smtp(svc, smtp)
            usb = tmp_path / "usb"
            usb.mkdir()
            svc.backups.set_folder(str(usb), "it")
            svc.backups.back_up_now("it")
            sending = InstanceLock(vault.paths.data_dir / "sending.lock")
            assert sending.acquire()  # another FrontDesk is sending for this practice
            try:
                checks = run_checks(svc.installation, svc, local_offset=NEW_YORK)
            finally:
                sending.release()
        finally:
            svc.close()
        assert not smtp.messages and not twilio.sent  # checked, never sent
        assert {r["method"] for r in twilio.requests} == {"GET"}
    assert [c.name for c in checks] == NAMES
    assert [c for c in checks if c.level is not Level.OK] == [], as_text(checks)
    assert exit_status(checks) == 0 and tally(checks) == "Everything is OK (14 checks)"
    assert "certificate verified" in line(checks, "Texts (Twilio)").words
    assert "STARTTLS and a verified certificate and signed in" in line(
        checks, "Email (SMTP)").words
    assert "agrees with Twilio's" in line(checks, "Clock").words
    assert str(usb) in line(checks, "Backups").words


def test_a_new_practice_says_what_is_not_set_up_yet(vault, clock, secret_store):
    svc = keyed_practice(vault, clock, secret_store)
    try:
        checks = run_checks(svc.installation, svc, local_offset=NEW_YORK)
    finally:
        svc.close()
    levels = {c.name: c.level for c in checks}
    assert levels["Keyring"] is levels["Database"] is levels["Audit trail"] is Level.OK
    for name in ("Texts (Twilio)", "Email (SMTP)", "Backups", "Background work"):
        assert levels[name] is Level.WARNING, name
        assert line(checks, name).what_to_do
    assert "Not set up" in line(checks, "Texts (Twilio)").words
    assert "No FrontDesk is running" in line(checks, "Background work").words
    assert exit_status(checks) == 1


# ---- the database, opened by the check itself --------------------------------------------------

def test_the_check_opens_a_closed_practice_itself_and_changes_nothing(made, inst):
    before = made.paths.database.read_bytes()
    checks = run_checks(inst, local_offset=NEW_YORK)
    assert line(checks, "Database").level is Level.OK, as_text(checks)
    assert line(checks, "Database schema").level is Level.OK
    assert line(checks, "Calendar sync").level is Level.OK  # read through the services
    assert made.paths.database.read_bytes() == before


def test_a_damaged_page_is_a_problem_naming_the_backup_to_restore(made, inst):
    db = made.paths.database
    damage(db, db.stat().st_size // 2)
    checks = run_checks(inst, local_offset=NEW_YORK)
    database = line(checks, "Database")
    assert database.level is Level.PROBLEM
    assert "damaged" in database.words
    assert "backup" in database.what_to_do.lower()
    assert line(checks, "Audit trail").words.startswith("Not checked")
    assert exit_status(checks) == 2


def test_an_index_that_disagrees_with_its_table_is_found_by_the_full_check(made, inst):
    """The start-up check (quick_check) passes such a file; the doctor's integrity_check
    does not."""
    from frontdesk.models.database import connect
    from frontdesk.services import integrity

    key = key_of(made)
    conn = connect(made.paths.database, key)
    try:  # an index whose entries were made for another column than it now claims
        conn.execute("CREATE TABLE spare (a INTEGER, b INTEGER)")
        conn.execute("CREATE INDEX ix_spare ON spare (a)")
        conn.executemany("INSERT INTO spare VALUES (?, ?)", [(i, 500 - i) for i in range(50)])
        conn.commit()
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_spare ON spare (b)' "
                     "WHERE name = 'ix_spare'")
        conn.commit()
    finally:
        conn.close()
    assert integrity.check(made.paths, key).ok  # what runs after every start
    assert not integrity.check(made.paths, key, full=True).ok
    checks = run_checks(inst, local_offset=NEW_YORK)
    assert line(checks, "Database").level is Level.PROBLEM, as_text(checks)


def test_a_file_cut_short_is_a_problem_before_any_key_is_tried(made, inst):
    db = made.paths.database
    db.write_bytes(db.read_bytes()[:5000])
    checks = run_checks(inst, local_offset=NEW_YORK)
    database = line(checks, "Database")
    assert database.level is Level.PROBLEM and "cut short" in database.words
    assert line(checks, "Time zone").words == "Not checked: the database did not open."


def test_no_key_in_the_keyring_is_a_problem_that_says_recover(made, inst):
    made.secrets.delete(made.key_name)
    checks = run_checks(inst, local_offset=NEW_YORK)
    keyring = line(checks, "Keyring")
    assert keyring.level is Level.PROBLEM and "not in it" in keyring.words
    assert "frontdesk recover" in keyring.what_to_do
    assert line(checks, "Database").words.startswith("Not checked")
    assert exit_status(checks) == 2


def test_a_wrong_key_is_told_from_damage(made, inst):
    made.secrets.set(made.key_name, os.urandom(32).hex())
    checks = run_checks(inst, local_offset=NEW_YORK)
    database = line(checks, "Database")
    assert database.level is Level.PROBLEM
    assert "does not open" in database.words and "recovery code" in database.what_to_do
    # the recovery file was made for the right key
    assert line(checks, "Recovery file").level is Level.WARNING


def test_an_older_schema_is_a_warning_and_a_newer_one_a_problem(made, inst):
    from frontdesk.models import migrate

    head = migrate.quick_head()
    older = next(p for p in (migrate.MIGRATIONS / "versions").glob("*.py")
                 if head not in p.name).name.split("_")[0]

    def at(revision: str):
        conn = connect(made.paths.database, key_of(made))
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()
        conn.close()
        return line(run_checks(inst, local_offset=NEW_YORK), "Database schema")

    schema = at(older)
    assert schema.level is Level.WARNING and "upgrades it at the next start" in schema.words
    schema = at("ffffffffffff")
    assert schema.level is Level.PROBLEM and "newer FrontDesk" in schema.words
    # nothing was migrated by the check
    conn = connect(made.paths.database, key_of(made))
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "ffffffffffff"
    conn.close()


def test_a_folder_without_a_practice_is_a_problem_and_is_not_created(tmp_path, secret_store):
    from frontdesk.paths import AppPaths

    nowhere = tmp_path / "not-here"
    inst = Installation(AppPaths(nowhere), nowhere / "logs", secret_store)
    checks = run_checks(inst, local_offset=NEW_YORK)
    database = line(checks, "Database")
    assert database.level is Level.PROBLEM and "no FrontDesk database" in database.words
    assert not nowhere.exists()


def test_a_recovery_file_of_another_key_is_a_warning(made, inst):
    blob = json.loads(made.paths.recovery_file.read_text())
    blob["key_check"] = "0" * 64
    made.paths.recovery_file.write_text(json.dumps(blob))
    recovery = line(run_checks(inst, local_offset=NEW_YORK), "Recovery file")
    assert recovery.level is Level.WARNING and "another key" in recovery.words


def test_a_log_folder_that_is_a_file_is_a_problem(made, inst):
    inst.paths.log_dir.rmdir()
    inst.paths.log_dir.write_text("not a folder")
    logs = line(run_checks(inst, local_offset=NEW_YORK), "Log folder")
    assert logs.level is Level.PROBLEM and "is a file" in logs.words


# ---- the lines on their own ------------------------------------------------------------------

def test_crash_reports_in_the_log_folder_are_a_warning(made, inst):
    assert "stopped on an unexpected error" not in line(
        run_checks(inst, local_offset=NEW_YORK), "Log folder").words
    folder = inst.log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "frontdesk.log").write_text("started\n")
    (folder / "crash-20261203T101500Z.txt").write_text("ValueError\n")
    logs = line(run_checks(inst, local_offset=NEW_YORK), "Log folder")
    assert logs.level is Level.WARNING
    assert "crash-20261203T101500Z.txt" in logs.words and "support info" in logs.what_to_do


def test_free_space_against_what_the_data_needs():
    mb, gb = 1024 ** 2, 1024 ** 3
    assert judge_space(50 * gb, 100 * gb, 10 * mb, "/").level is Level.OK
    assert judge_space(500 * mb, 100 * gb, 10 * mb, "/").level is Level.WARNING
    assert judge_space(100 * mb, 100 * gb, 10 * mb, "/").level is Level.PROBLEM
    assert judge_space(3 * gb, 100 * gb, 2 * gb, "/").level is Level.PROBLEM  # < 2x the data
    assert "100.0 MB free of 100.0 GB on /" in judge_space(100 * mb, 100 * gb, 0, "/").words


def test_the_time_zone_now_and_in_six_months(clock):
    now = clock.now()
    assert doctor_work.zone_line("America/New_York", now, NEW_YORK).level is Level.OK
    utc = doctor_work.zone_line("America/New_York", now, offset_of("UTC"))
    assert utc.level is Level.WARNING and "UTC+00:00" in utc.words
    assert "America/New_York (UTC-05:00)" in utc.words
    # Phoenix keeps no daylight saving: the same as Denver in winter, not in summer
    phoenix = doctor_work.zone_line("America/Denver", now, offset_of("America/Phoenix"))
    assert phoenix.level is Level.WARNING and "in six months" in phoenix.words
    assert doctor_work.zone_line("Mars/Olympus", now).level is Level.PROBLEM


def test_a_clock_more_than_two_minutes_off_is_a_warning():
    assert doctor_net.clock_line(timedelta(seconds=90), "Twilio's").level is Level.OK
    ahead = doctor_net.clock_line(timedelta(minutes=7), "Twilio's")
    assert ahead.level is Level.WARNING and "7 minutes ahead of Twilio's" in ahead.words
    behind = doctor_net.clock_line(-timedelta(hours=3), "Twilio's")
    assert "3.0 hours behind" in behind.words and "automatically" in behind.what_to_do


def test_exit_status_is_the_worst_line():
    from frontdesk.services.doctor_lines import ok, problem, warning

    assert exit_status([ok("a", "x")]) == 0
    assert exit_status([ok("a", "x"), warning("b", "y")]) == 1
    assert exit_status([warning("b", "y"), problem("c", "z"), ok("a", "x")]) == 2
    assert tally([warning("b", "y"), problem("c", "z"), warning("d", "w")]) == \
        "1 problem, 2 warnings"
