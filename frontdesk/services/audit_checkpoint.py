"""The audit chain's end (last id and hash), kept in the OS keyring beside the database's key.

A chain checks itself from its first entry, but entries cut off its end leave a shorter chain
that is still whole. The end recorded at the last check, kept outside the database, shows it:
"the last 3 entries are missing". It is written after a check that passed (at start-up,
`frontdesk audit verify`) and when FrontDesk closes (after checking what was added since). One
entry per database ("audit-head:<database>", <database> a short hash of the file's path, as the
key's own entry has). The demo practice keeps none (it has no keyring secrets).
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from sqlalchemy import Engine, text

from frontdesk.services.audit import chain_end
from frontdesk.services.audit_chain import Head, verify_since
from frontdesk.services.errors import SecretStoreError
from frontdesk.services.secrets import SecretStore

log = logging.getLogger(__name__)


def database_scope(database: Path | str) -> str:
    """The short hash of a database file's path that names its keyring entries."""
    return hashlib.sha256(str(Path(database).resolve()).encode()).hexdigest()[:16]


def engine_database(engine: Engine) -> Path | None:
    """The file an engine opens (None for a database without a file)."""
    with engine.connect() as conn:
        rows = conn.execute(text("PRAGMA database_list")).all()
    main = next((str(row[2]) for row in rows if row[1] == "main"), "")
    return Path(main) if main else None


class ChainCheckpoint:
    """Load and save one database's chain end in the keyring."""

    def __init__(self, store: SecretStore, database: Path) -> None:
        self.store = store
        self.entry = f"audit-head:{database_scope(database)}"

    def load(self) -> Head | None:
        raw = self.store.get(self.entry)
        if not raw:
            return None
        try:
            data = json.loads(raw)
            return Head(int(data["id"]), str(data["hash"]))
        except (ValueError, KeyError, TypeError):
            log.warning("The audit trail's checkpoint in the keyring is damaged; ignoring it")
            return None

    def save(self, head: Head, *, restored: bool = False) -> None:
        """Record `head`, unless a later end is recorded already (another FrontDesk on the
        same database saved after this one read); `restored`: whatever is recorded (an older
        backup was put back on purpose, so the end recorded before is gone)."""
        current = self.load()
        if current is not None and current.id > head.id and not restored:
            return
        if current != head:
            self.store.set(self.entry, json.dumps({"id": head.id, "hash": head.hash}))

    def forget(self) -> None:
        self.store.delete(self.entry)  # a missing entry is no error


def save_at_close(engine: Engine, store: SecretStore | None) -> None:
    """Move the checkpoint to the chain's end when what was added since the last one is
    linked to it (a cheap check); the first time, record the end as it is. Never raises:
    closing goes on, and a broken chain is reported at the next check."""
    if store is None:
        return
    try:
        database = engine_database(engine)
        if database is None:
            return
        checkpoint = ChainCheckpoint(store, database)
        last = checkpoint.load()
        report = verify_since(engine, last) if last else None
        if report is not None and not report.ok:
            log.warning("Audit trail checkpoint not moved: %s", report.problem)
            return
        head = report.head if report is not None else _end(engine)
        checkpoint.save(head)
    except SecretStoreError as err:
        log.warning("Audit trail checkpoint not saved: %s", err)
    except Exception as exc:  # closing must go on whatever the keyring or the file says
        log.warning("Audit trail checkpoint not saved (%s)", type(exc).__name__)


def _end(engine: Engine) -> Head:
    with engine.connect() as conn:
        return chain_end(conn)
