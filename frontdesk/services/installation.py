"""Where one FrontDesk keeps its files and which keyring holds its key: what the installation
check (services/doctor.py) and Help → About look at. Paths only, no client data."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from frontdesk import __version__
from frontdesk.paths import AppPaths
from frontdesk.services.secrets import SecretStore

LICENCE = "AGPL-3.0-or-later"


@dataclass(frozen=True)
class Installation:
    """`log_dir`: where the window writes its log when this process has set up none.
    `demo`: the demo practice, which never sends and keeps no delivery settings."""

    paths: AppPaths
    log_dir: Path
    secrets: SecretStore = field(repr=False)
    demo: bool = False

    @property
    def data_dir(self) -> Path:
        return self.paths.data_dir

    def log_folder(self) -> Path:
        """Where this process logs, else the first of the window's and this folder's own
        log folders that exists (`serve` logs in the latter), else the window's."""
        from frontdesk.logging_setup import current_log_file

        current = current_log_file()
        places = ([current.parent] if current is not None else []) + [self.log_dir,
                                                                      self.paths.log_dir]
        return next((p for p in places if p.exists()), places[0])


@dataclass(frozen=True)
class AboutInfo:
    """Help → About: what is running and where its files are."""

    version: str
    data_dir: Path
    log_dir: Path
    demo: bool
    python: str
    system: str
    licence: str = LICENCE


def version() -> str:
    """This FrontDesk's version (the package's, else the installed distribution's)."""
    if __version__:
        return __version__
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("frontdesk")
    except PackageNotFoundError:
        return "unknown"
