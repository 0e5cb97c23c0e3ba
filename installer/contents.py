"""What goes into the FrontDesk bundle, for every platform's PyInstaller spec.

`installer/frontdesk.spec` (Linux, Windows) and `installer/macos/frontdesk.spec` (FrontDesk.app)
both build from these lists, so the platforms ship the same program. Run inside PyInstaller
(the `collect_*` helpers come from it).
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENTRY = "main.py"  # frontdesk.entry.run: the integrity child, the crash report, then app.main
NAME = "frontdesk"  # the executable and the folder dist/frontdesk/ it is collected into
APP_NAME = "FrontDesk"
BUNDLE_ID = "org.frontdesk.FrontDesk"  # as services/autostart.py's LaunchAgent label

# Folders shipped as data: (source relative to the repository, folder inside the bundle).
DATA_DIRS = [
    ("resources", "resources"),  # frontdesk.svg (ui/widgets/resources.py: sys._MEIPASS)
    ("frontdesk/resources", "frontdesk/resources"),  # the reply triage's learned weights
    # Alembic reads its scripts as files (models/migrate.py: script_location), not imports.
    ("frontdesk/models/migrations", "frontdesk/models/migrations"),
]

# Never in the bundle: test-only packages and what only a developer's tools pull in.
EXCLUDES = [
    "tkinter",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "aiosmtpd", "pytest", "_pytest", "pytestqt",  # the tests' SMTP server and runner
    "mypy", "pydantic.mypy", "pydantic.v1.mypy", "ast_serialize", "librt",  # pydantic's
    # mypy plugin drags mypy in (3 MB); the app never type-checks at run time
]


def version() -> str:
    """The version in pyproject.toml (the .deb, the Windows installer and Info.plist use it)."""
    with open(ROOT / "pyproject.toml", "rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def hidden_imports() -> list[str]:
    """Modules PyInstaller cannot see in the source: each is imported by a name built at run
    time, or only behind a function the analysis does not follow."""
    from PyInstaller.utils.hooks import collect_submodules

    def not_tests(name: str) -> bool:
        return ".tests" not in name

    return (
        # keyring finds its backends through entry points, which a bundle loses;
        # services/secrets.platform_backend names the system store itself when frozen.
        collect_submodules("keyring.backends")
        # SQLAlchemy loads a dialect from the URL's name; the SQLCipher driver is given
        # through `creator=` (models/database.py).
        + collect_submodules("sqlalchemy.dialects.sqlite")
        + ["sqlcipher3.dbapi2"]
        # All of FrontDesk: the Help menu imports ui/support screens by name
        # (ui/support/help_menu.py), and the migrations' own imports ride along.
        + collect_submodules("frontdesk")
        # FHIR R4 (sync/fhir): the models name their field types as strings that
        # fhir_core resolves with import_string at validation time.
        + collect_submodules("fhir.resources.R4B", filter=not_tests)
        + collect_submodules("fhir_core", filter=not_tests)
        # Imported inside the functions that first need them (start-up speed), listed so
        # a change of import style cannot drop them: SMART Backend Services tokens, the
        # iCalendar feeds, HTTP, Twilio, the Trends charts.
        + ["jwt", "jwt.algorithms", "cryptography.hazmat.primitives.asymmetric.rsa",
           "cryptography.hazmat.primitives.asymmetric.ec",
           "icalendar", "recurring_ical_events", "x_wr_timezone",
           "httpx", "twilio.rest", "twilio.http.http_client", "pyqtgraph", "numpy"]
        # APScheduler 3 looks its triggers, executors and stores up by alias.
        + ["apscheduler.triggers.interval", "apscheduler.triggers.date",
           "apscheduler.triggers.cron", "apscheduler.executors.pool",
           "apscheduler.jobstores.memory"]
    )


def datas() -> list[tuple[str, str]]:
    """(source, folder in the bundle) pairs: FrontDesk's own data and the libraries' data."""
    from PyInstaller.utils.hooks import collect_data_files

    own = []
    for source, target in DATA_DIRS:
        for path in sorted((ROOT / source).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                folder = Path(target) / path.parent.relative_to(ROOT / source)
                own.append((str(path), folder.as_posix()))
    return (own + collect_data_files("phonenumbers") + collect_data_files("tzdata")
            + collect_data_files("certifi"))


def icon(platform: str = sys.platform) -> str | None:
    """build/icons/frontdesk.ico (Windows) or FrontDesk.icns (macOS), made by
    installer/make_icons.py; None where the platform takes no icon in the executable."""
    name = {"win32": "frontdesk.ico", "darwin": "FrontDesk.icns"}.get(platform)
    path = ROOT / "build" / "icons" / name if name else None
    return str(path) if path and path.exists() else None
