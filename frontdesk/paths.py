"""Where FrontDesk keeps its files (per-user folders from platformdirs)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from frontdesk import APP_NAME


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "frontdesk.db"

    @property
    def recovery_file(self) -> Path:
        """The database key wrapped with the recovery code (useless without the code)."""
        return self.data_dir / "frontdesk.recovery.json"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    def ensure(self) -> AppPaths:
        for d in (self.data_dir, self.backups_dir, self.log_dir):
            d.mkdir(parents=True, exist_ok=True)
        return self


def default_paths(profile: str = "practice", data_dir: str | None = None) -> AppPaths:
    """The data folder: --data-dir, then $FRONTDESK_DATA_DIR, then the user data dir.

    The demo practice lives in its own sub-folder so it never touches real data.
    """
    root = data_dir or os.environ.get("FRONTDESK_DATA_DIR")
    base = Path(root) if root else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return AppPaths(base / "demo" if profile == "demo" else base)
