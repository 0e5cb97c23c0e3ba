"""Schema migrations (Alembic), applied at start-up after an encrypted backup copy."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from frontdesk.models.database import backup_copy

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def upgrade(engine: Engine, db_path: Path, backups_dir: Path) -> Path | None:
    """Bring the schema to head. Returns the backup made first, if any."""
    current, head = current_revision(engine), head_revision()
    if current == head:
        return None
    backup = None
    if inspect(engine).get_table_names():  # an existing database: copy it first
        backup = backup_copy(engine, db_path, backups_dir, f"before-{head}")
        log.info("Backed up the database before migrating %s -> %s", current, head)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("Database schema at %s", head)
    return backup
