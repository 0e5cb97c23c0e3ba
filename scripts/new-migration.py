"""Write a new Alembic revision by comparing the models to a database at head.

Usage: .venv/bin/python scripts/new-migration.py "what changed"
"""

import os
import sys
import tempfile
from pathlib import Path

from alembic import command

from frontdesk.models import migrate
from frontdesk.models.database import open_engine

message = sys.argv[1] if len(sys.argv) > 1 else "schema change"
with tempfile.TemporaryDirectory() as tmp:
    db = Path(tmp) / "scratch.db"
    engine = open_engine(db, os.urandom(32))
    if migrate.head_revision():
        migrate.upgrade(engine, db, Path(tmp))
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.revision(cfg, message=message, autogenerate=True)
