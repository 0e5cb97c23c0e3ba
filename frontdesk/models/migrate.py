"""Schema migrations (Alembic), applied at start-up after an encrypted backup copy."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from frontdesk.models.database import backup_copy, writer

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*['\"]?(\w+)", re.MULTILINE)


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic is imported only when a migration runs

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def quick_head() -> str | None:
    """The head revision read from the migration files' `revision =` lines, without
    importing Alembic (it costs start-up time); a test checks it against Alembic's."""
    revisions: set[str] = set()
    parents: set[str | None] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text("utf-8")
        found = {m.group(1): m.group(2) for m in _REVISION.finditer(source)}
        if "revision" in found:
            revisions.add(found["revision"])
            parents.add(found.get("down_revision"))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def upgrade(engine: Engine, db_path: Path, backups_dir: Path) -> Path | None:
    """Bring the schema to head. Returns the backup made first, if any."""
    current = current_revision(engine)
    if current is not None and current == quick_head():
        return None
    head = head_revision()
    if current == head:
        return None
    from alembic import command
    backup = None
    if inspect(engine).get_table_names():  # an existing database: copy it first
        backup = backup_copy(engine, db_path, backups_dir, f"before-{head}")
        log.info("Backed up the database before migrating %s -> %s", current, head)
    cfg = alembic_config()
    with writer(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("Database schema at %s", head)
    return backup
