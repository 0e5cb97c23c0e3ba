"""Each source's secret (a token, a private key) in the OS keyring, never in the database.

The keyring entry is "sync:<database>:<source name>", <database> being a short hash of the
database file's path (as the database key's own entry has): the demo practice, a second
practice on the same computer or a test's folder never read, overwrite or forget another
database's secret for a source of the same name.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.services.errors import FrontDeskError
from frontdesk.services.secrets import SecretStore

NO_KEYRING = ("This FrontDesk keeps no secrets for sync sources (the demo practice never "
              "reads a real calendar's credentials).")


class SourceSecrets:
    def __init__(self, store: SecretStore | None, sessions: sessionmaker[Session]) -> None:
        self.store = store
        self.sessions = sessions
        self._scope: str | None = None

    def entry(self, source: str) -> str:
        return f"sync:{self.scope()}:{source}"

    def scope(self) -> str:
        """The database file's path, hashed; "memory" for a database without a file."""
        if self._scope is None:
            with self.sessions() as s:
                rows = s.execute(text("PRAGMA database_list")).all()
            main = next((str(row[2]) for row in rows if row[1] == "main"), "")
            self._scope = (hashlib.sha256(str(Path(main).resolve()).encode()).hexdigest()[:16]
                           if main else "memory")
        return self._scope

    def get(self, source: str) -> str | None:
        return self._store().get(self.entry(source))

    def set(self, source: str, value: str) -> None:
        self._store().set(self.entry(source), value)

    def forget(self, source: str) -> None:
        if self.store is not None:
            self.store.delete(self.entry(source))  # a missing entry is no error

    def _store(self) -> SecretStore:
        if self.store is None:
            raise FrontDeskError(NO_KEYRING)
        return self.store
