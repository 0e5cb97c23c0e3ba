"""A schema change is applied at start-up, after an encrypted backup copy of the file."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap

import pytest
from sqlalchemy import inspect, text

from frontdesk.models import migrate
from frontdesk.models.database import open_engine

NEXT = '''
"""add a test column"""
from alembic import op
import sqlalchemy as sa

revision = "ffff00000001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clinician") as batch:
        batch.add_column(sa.Column("pronouns", sa.String(40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clinician") as batch:
        batch.drop_column("pronouns")
'''


@pytest.fixture
def newer_migrations(tmp_path, monkeypatch):
    """Call it to make a newer revision appear (a copy of the real ones plus one)."""
    copy = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (copy / "versions" / "ffff00000001_add_test_column.py").write_text(
        textwrap.dedent(NEXT.format(head=head)))
    return lambda: monkeypatch.setattr(migrate, "MIGRATIONS", copy) or head


def test_upgrade_backs_up_first_and_keeps_the_data(vault, paths, newer_migrations):
    opened = vault.create()  # at the current head
    with opened.engine.begin() as conn:
        conn.execute(text("INSERT INTO clinician (full_name, display_name, active) "
                          "VALUES ('Dr. Example Person', 'Dr. Person', 1)"))
    opened.engine.dispose()
    assert list(paths.backups_dir.iterdir()) == []
    old_head = newer_migrations()

    reopened = vault.open()  # sees the newer revision: backup, then upgrade
    backups = list(paths.backups_dir.iterdir())
    assert len(backups) == 1 and "before-ffff00000001" in backups[0].name
    assert migrate.current_revision(reopened.engine) == "ffff00000001"
    columns = {c["name"] for c in inspect(reopened.engine).get_columns("clinician")}
    assert "pronouns" in columns
    with reopened.engine.connect() as conn:
        assert conn.execute(text("SELECT full_name FROM clinician")).scalar() == \
            "Dr. Example Person"
    reopened.engine.dispose()

    # The backup is encrypted with the same key and holds the old schema and the data.
    backup = backups[0]
    assert not backup.read_bytes().startswith(b"SQLite format 3\x00")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(backup).execute("SELECT count(*) FROM sqlite_master").fetchone()
    key = bytes.fromhex(vault.secrets.get(vault.key_name))
    old = open_engine(backup, key)
    assert migrate.current_revision(old) == old_head
    with old.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM clinician")).scalar() == 1
    old.dispose()

    again = vault.open()  # at head now: no second backup
    again.engine.dispose()
    assert len(list(paths.backups_dir.iterdir())) == 1


def test_the_quick_head_read_at_start_up_agrees_with_alembic(newer_migrations):
    assert migrate.quick_head() == migrate.head_revision() is not None
    newer_migrations()
    assert migrate.quick_head() == migrate.head_revision() == "ffff00000001"
