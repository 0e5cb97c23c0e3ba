"""Installing a newer FrontDesk over an older one: the database made at the previous schema head
opens with this code through the same path the app takes (Composition → Vault), is copied
(encrypted) before it is migrated, and keeps every row; a backup made by the older FrontDesk
restores and is brought up to date after the swap."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from frontdesk.app import Composition
from frontdesk.models import migrate
from frontdesk.models.database import open_engine, writer
from frontdesk.paths import AppPaths
from frontdesk.services.backup_files import backup_name, check_file, recovery_beside
from frontdesk.services.restore import restore
from frontdesk.services.vault import Vault, new_recovery_code, wrap_key
from tests.backup_kit import all_rows

ROWS = (
    "INSERT INTO practice_settings (id, name, phone, address, timezone, region, "
    "late_cancel_hours, day_start_hour, day_end_hour) VALUES (1, 'Older Practice', "
    "'+16175550100', '1 Main St', 'America/New_York', 'US', 24, 7, 21)",
    "INSERT INTO clinician (full_name, display_name, active) VALUES ('Dr. Example Person', "
    "'Dr. Person', 1)",
    "INSERT INTO client (first_name, last_name, preferred_name, mobile, mobile_kind, "
    "preferred_channel, language, shared_phone, notes, active, created_at) VALUES ('Pat', "
    "'Example', '', '+16175550111', 'unknown', 'sms', 'en', 0, '', 1, '2026-03-01')",
    "INSERT INTO appointment_type (name, duration_minutes, default_modality, is_group, "
    "active) VALUES ('Session', 50, 'in_person', 0, 1)",
    "INSERT INTO appointment (clinician_id, type_id, start_at, end_at, modality, "
    "telehealth_link, location, notes, created_at, updated_at) VALUES (1, 1, "
    "'2026-03-10 15:00:00', '2026-03-10 15:50:00', 'in_person', '', '', '', '2026-03-01', "
    "'2026-03-01')",
    "INSERT INTO attendee (appointment_id, client_id, confirmation, attendance, booked_at, "
    "cancel_reason) VALUES (1, 1, 'unconfirmed', 'booked', '2026-03-01', '')",
)


def previous_head() -> str:
    """The revision before this FrontDesk's head: what the build before this one made."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    head = script.get_revision(script.get_current_head())
    assert head is not None and isinstance(head.down_revision, str)
    return head.down_revision


def older_install(paths: AppPaths, secrets, database: Path | None = None) -> tuple[bytes, str]:
    """A data folder as the older FrontDesk left it: its key in the keyring, its recovery
    file, the database at the previous head with a practice's rows. Returns (key, code)."""
    paths.ensure()
    vault = Vault(paths, secrets)
    key, code = os.urandom(32), new_recovery_code()
    secrets.set(vault.key_name, key.hex())
    vault._write_recovery(wrap_key(key, code))
    engine = open_engine(database or paths.database, key)
    cfg = migrate.alembic_config()
    with writer(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, previous_head())
    with writer(engine).begin() as conn:
        for statement in ROWS:
            conn.execute(text(statement))
    engine.dispose()
    return key, code


def test_the_newer_build_backs_up_migrates_and_keeps_every_row(tmp_path, secret_store):
    folder = tmp_path / "FrontDesk"
    paths = AppPaths(folder)
    key, _code = older_install(paths, secret_store)
    before = all_rows(paths.database, key)
    assert before["alembic_version"] == [(previous_head(),)]
    composition = Composition(str(folder), secrets=secret_store)
    opened = composition.vault("practice").open()  # the path the app and `serve` take
    try:
        assert migrate.current_revision(opened.engine) == migrate.head_revision()
        svc = composition.services(opened.engine)
        assert svc.practice.settings().name == "Older Practice"
        assert [c.display_name for c in svc.practice.clinicians()] == ["Dr. Person"]
        assert svc.backups.status().ok  # the new table is there, and nothing to say yet
    finally:
        opened.engine.dispose()
    # The copy made first: encrypted with the same key, at the previous head, every row.
    copy = Path(opened.migrated_backup or "")
    assert copy.parent == paths.backups_dir and f"before-{migrate.head_revision()}" in copy.name
    assert not copy.read_bytes().startswith(b"SQLite format 3\x00")
    assert check_file(copy, key) == previous_head()
    assert all_rows(copy, key) == before
    # Every row of every table the older schema had is still there, column for column.
    after = all_rows(paths.database, key)
    for table, rows in before.items():
        if table != "alembic_version" and rows:  # new columns come last
            assert [row[:len(rows[0])] for row in after[table]] == rows, table
    assert after["alembic_version"] == [(migrate.head_revision(),)]


@pytest.mark.parametrize("where", ["same folder", "new folder"])
def test_a_backup_made_by_the_older_build_restores_and_is_brought_up_to_date(
        tmp_path, secret_store, clock, where):
    old = AppPaths(tmp_path / "old")
    usb = tmp_path / "usb"
    usb.mkdir()
    backup = usb / backup_name(clock.now(), previous_head())
    _key, code = older_install(old, secret_store, database=backup)
    recovery_beside(backup).write_text(old.recovery_file.read_text())
    target = old if where == "same folder" else AppPaths(tmp_path / "new")
    result = restore(target, secret_store, clock, backup, code, "it")
    assert result.migrated
    opened = Vault(target, secret_store).open()
    try:
        assert migrate.current_revision(opened.engine) == migrate.head_revision()
        with opened.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM practice_settings")).scalar() == \
                "Older Practice"
            assert conn.execute(text("SELECT count(*) FROM attendee")).scalar() == 1
    finally:
        opened.engine.dispose()
    # Brought up to date after its own encrypted copy, in the data folder's backups/.
    assert any(f"before-{migrate.head_revision()}" in p.name
               for p in target.backups_dir.iterdir())
