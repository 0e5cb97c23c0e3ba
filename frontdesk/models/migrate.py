"""Schema migrations (Alembic), applied at start-up after an encrypted backup copy, and the
query planner's statistics, refreshed after them and periodically (`optimize`)."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from frontdesk.models.database import backup_copy, writer

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
# PRAGMA optimize flags: 0x02 run ANALYZE where it would help, 0x10 with a temporary
# analysis limit (a sample of each index, so it stays quick on millions of rows), 0x10000
# look at every table, not only those this connection has used. A table never analyzed gets
# its statistics once it holds enough rows to matter; one that grew or shrank a lot, again.
OPTIMIZE_FLAGS = 0x10012
DRY_RUN = 0x1  # say what it would analyze, without doing it
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


def optimize(engine: Engine) -> list[str]:
    """Give SQLite's query planner statistics where they are missing or stale.

    Without them it guesses, and on a long history guesses badly (a cancellations query
    walking every place of every client instead of the recent cancellations). It asks first,
    as a reader; only when a table needs it does it analyze, as a writer, each index read up
    to the analysis limit (a sample), so it stays quick on millions of rows. Never raises for
    a busy database: the statistics wait for the next run. Returns the tables it analyzed."""
    try:
        with engine.connect() as conn:
            planned = conn.exec_driver_sql(f"PRAGMA optimize = {OPTIMIZE_FLAGS | DRY_RUN}").all()
        if not planned:
            return []
        with writer(engine).begin() as conn:
            conn.exec_driver_sql(f"PRAGMA optimize = {OPTIMIZE_FLAGS}").all()
    except DBAPIError as exc:
        # Another writer held the lock past the timeout, or a damaged page was read: the
        # statistics wait, the app still opens, and the integrity check reports any damage.
        log.warning("Query planner statistics not refreshed (%s)", type(exc).__name__)
        return []
    analyzed = [str(row[0]).rsplit(".", 1)[-1].strip('"') for row in planned]
    log.info("Query planner statistics refreshed for %s", ", ".join(analyzed))
    return analyzed


def upgrade(engine: Engine, db_path: Path, backups_dir: Path) -> Path | None:
    """Bring the schema to head, then refresh the planner's statistics where they are
    missing or stale. Returns the backup made first, if any."""
    backup = _upgrade(engine, db_path, backups_dir)
    optimize(engine)
    return backup


def _upgrade(engine: Engine, db_path: Path, backups_dir: Path) -> Path | None:
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
