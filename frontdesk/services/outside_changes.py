"""Did another program change the database since the last look? (`frontdesk serve` holding the
sending lock, another FrontDesk on the same data.) Changes made in this process are published
on the change bus as they happen; this notices the rest, cheaply.

SQLite's `PRAGMA data_version`, read on one connection kept for the purpose, moves whenever any
*other* connection commits, including this process's own pooled connections. So commits made
here are counted too (SQLAlchemy's commit event): the version moving while no commit of ours
happened can only be another program. When both moved in the same interval the answer is
"not sure", reported as no change: what this process wrote is on the bus already, and the next
outside commit (`serve` records every reply poll) brings the rest.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Connection, Engine, event


class OutsideChanges:
    """`moved()`: True when another program committed since the previous call."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._lock = threading.Lock()
        self._ours = 0  # commits made by this process's connections
        self._conn: Connection | None = None
        self._seen: tuple[int, int] | None = None  # (data_version, our commits) at the last look
        event.listen(engine, "commit", self._committed)

    def _committed(self, _conn: Any) -> None:  # any thread
        with self._lock:
            self._ours += 1

    def moved(self) -> bool:
        """Call from one thread only (the database worker). The first call only takes note."""
        if self._conn is None:
            self._conn = self.engine.connect()
        with self._lock:
            ours = self._ours
        version = int(self._conn.exec_driver_sql("PRAGMA data_version").scalar_one())
        self._conn.rollback()  # end the implicit transaction: the next read sees new commits
        seen, self._seen = self._seen, (version, ours)
        return seen is not None and version != seen[0] and ours == seen[1]

    def close(self) -> None:
        """Stop listening and give the connection back; closing twice is harmless."""
        if event.contains(self.engine, "commit", self._committed):
            event.remove(self.engine, "commit", self._committed)
        if self._conn is not None:
            self._conn.close()
            self._conn = None
