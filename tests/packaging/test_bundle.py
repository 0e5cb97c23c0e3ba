"""The packaged FrontDesk as IT meets it: the bundle built with installer/build.sh, wrapped in
the .deb, installed with dpkg -i, run from PATH by a person with a fresh home folder, and
removed with dpkg -r, which leaves that person's data alone.

Built once for the module (about a minute on 2 cores; the bundle is PyInstaller's, the .deb
is packed at xz level 1). Needs Debian's dpkg and root, as `make test` and CI have here.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from frontdesk.models.database import connect
from frontdesk.paths import AppPaths
from frontdesk.services.demo import LAST
from frontdesk.services.secrets import SERVICE, SecretStore, platform_backend
from frontdesk.services.vault import Vault

from .kit import (
    INSTALLED,
    ON_PATH,
    PLATFORMS,
    ROOT,
    build_deb,
    clean_home_env,
    files_under,
    frontdesk,
    package_installed,
    png_size,
    start_xvfb,
    version,
)

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]
PLANTED = "Marisol Crashtest-Quintero +1 (617) 555-0142"  # what a client's details look like


def _why_not_here() -> str | None:
    if not sys.platform.startswith("linux") or not shutil.which("dpkg-deb"):
        return "not Debian or Ubuntu: there is no dpkg here to build and install the .deb"
    if os.geteuid() != 0:
        return "dpkg -i needs root: run as root (as CI does)"
    if package_installed():
        return "a frontdesk package is installed on this machine; this test would replace " \
               "and remove it (dpkg -r frontdesk first)"
    return None


@pytest.fixture(scope="module")
def deb(tmp_path_factory):
    reason = _why_not_here()
    if reason:
        pytest.skip(reason)
    work = tmp_path_factory.mktemp("package")
    path, seconds = build_deb(work)
    print(f"PyInstaller build: {seconds:.0f} s; .deb {path.stat().st_size / 1e6:.0f} MB")
    yield path
    shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="module")
def installed(deb):
    done = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    yield deb
    if package_installed():
        subprocess.run(["dpkg", "-r", "frontdesk"], capture_output=True, timeout=600)


@pytest.fixture(scope="module")
def home(tmp_path_factory, installed):
    """One person's fresh home folder, kept across the module (the demo made once)."""
    return tmp_path_factory.mktemp("home")


def data_dir(home: Path) -> Path:
    return home / ".local" / "share" / "FrontDesk"


def test_the_package_puts_the_program_menu_entry_and_icon_in_place(installed):
    assert ON_PATH.is_symlink() and ON_PATH.resolve() == INSTALLED / "frontdesk"
    assert os.access(INSTALLED / "frontdesk", os.X_OK)
    desktop = Path("/usr/share/applications/frontdesk.desktop")
    assert "Exec=frontdesk" in desktop.read_text() and "Icon=frontdesk" in desktop.read_text()
    icon = Path("/usr/share/icons/hicolor/scalable/apps/frontdesk.svg")
    assert icon.read_bytes() == (ROOT / "resources" / "frontdesk.svg").read_bytes()
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True,
                                 text=True)
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
    status = subprocess.run(["dpkg-query", "-W", "-f=${Version} ${Depends}", "frontdesk"],
                            capture_output=True, text=True).stdout
    assert status.startswith(version()) and "libxcb-cursor0" in status


def test_the_qt_platform_plugins_are_in_the_bundle_and_find_their_libraries(installed):
    names = {p.name for p in PLATFORMS.iterdir()}
    assert {"libqxcb.so", "libqoffscreen.so"} <= names
    assert any(n.startswith("libqwayland") for n in names), names
    for plugin in ("libqxcb.so", "libqoffscreen.so", "libqwayland.so"):
        linked = subprocess.run(["ldd", str(PLATFORMS / plugin)], capture_output=True,
                                text=True, env={"LD_LIBRARY_PATH": str(INSTALLED / "_internal")})
        assert "not found" not in linked.stdout, f"{plugin}:\n{linked.stdout}"


def test_frontdesk_on_path_answers_its_version(installed, tmp_path):
    done = frontdesk("--version", env=clean_home_env(tmp_path), cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.strip() == f"FrontDesk {version()}"


def test_a_fresh_home_opens_the_demo_and_saves_a_screenshot(home):
    shot = home / "out.png"
    done = frontdesk("--demo", "--screenshot", str(shot), env=clean_home_env(home), cwd=home)
    assert done.returncode == 0, done.stderr[-3000:]
    width, height = png_size(shot)
    assert width >= 800 and height >= 500
    assert (data_dir(home) / "demo" / "frontdesk.db").exists()


def test_the_key_is_in_the_secret_service_and_the_database_is_encrypted(home):
    demo = AppPaths(data_dir(home) / "demo")
    secret_service = SecretStore(SERVICE, platform_backend())  # what the bundle names
    key_hex = secret_service.get(Vault(demo, secret_service).key_name)
    assert key_hex and len(key_hex) == 64, "the bundle's key is not in the Secret Service"
    # No plaintext keyring beside it: the key is in no file of the person's home.
    for name, data in files_under(home).items():
        assert key_hex.encode() not in data and bytes.fromhex(key_hex) not in data, name
    raw = demo.database.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    # Names of six letters or more (a shorter run of bytes turns up in 5 MB of cipher text).
    names = [n for n in [*LAST, "Maple Street Practice"] if len(n) >= 6]
    assert len(names) > 5 and not [n for n in names if n.encode() in raw]
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(f"{demo.database.resolve().as_uri()}?immutable=1", uri=True).execute(
            "SELECT count(*) FROM sqlite_master").fetchone()
    conn = connect(demo.database, bytes.fromhex(key_hex), read_only=True)
    try:
        assert conn.execute("SELECT count(*) FROM client").fetchone()[0] > 0
    finally:
        conn.close()


def test_serve_once_runs_the_background_work(home):
    done = frontdesk("serve", "--once", "--demo", env=clean_home_env(home), cwd=home)
    assert done.returncode == 0, done.stderr[-3000:]


def test_an_icalendar_file_is_read_by_the_bundled_libraries(home):
    """icalendar, recurring-ical-events and x-wr-timezone, imported lazily, work frozen."""
    from datetime import date, timedelta

    day = (date.today() + timedelta(days=3)).strftime("%Y%m%d")
    feed = home / "weekly.ics"
    feed.write_text("\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//FrontDesk tests//EN",
        "X-WR-TIMEZONE:America/New_York", "BEGIN:VEVENT", "UID:bundle-1@frontdesk.test",
        "DTSTAMP:20260101T120000Z", f"DTSTART:{day}T150000Z", f"DTEND:{day}T155000Z",
        "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Individual session", "END:VEVENT",
        "END:VCALENDAR", ""]))
    done = frontdesk("import", str(feed), "--kind", "ics", "--dry-run", "--demo",
                     env=clean_home_env(home), cwd=home)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "3 rows read" in done.stdout, done.stdout


def test_the_bundle_carries_what_the_app_imports_late_and_nothing_test_only(installed):
    from PyInstaller.archive.readers import CArchiveReader

    modules = set(CArchiveReader(str(INSTALLED / "frontdesk"))
                  .open_embedded_archive("PYZ.pyz").toc)
    ours = {".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            for p in (ROOT / "frontdesk").rglob("*.py")
            if "migrations" not in p.parts and p.name != "__main__.py"}
    assert not ours - modules, sorted(ours - modules)
    late = {"fhir.resources.R4B.appointment", "fhir.resources.R4B.patient", "fhir_core",
            "jwt", "recurring_ical_events", "icalendar", "x_wr_timezone", "httpx",
            "twilio.rest", "pyqtgraph", "numpy", "cryptography",
            "keyring.backends.SecretService", "sqlcipher3.dbapi2",
            "apscheduler.triggers.interval"}
    assert not late - modules, sorted(late - modules)
    test_only = {m for m in modules if m.split(".")[0] in ("aiosmtpd", "pytest", "mypy")}
    assert not test_only, sorted(test_only)[:5]
    data = INSTALLED / "_internal"
    versions = ROOT / "frontdesk" / "models" / "migrations" / "versions"
    assert {p.name for p in versions.glob("*.py")} == {
        p.name for p in (data / "frontdesk/models/migrations/versions").glob("*.py")}
    assert (data / "resources" / "frontdesk.svg").exists()
    assert (data / "frontdesk" / "resources" / "triage_ngrams.npz").exists()


def test_the_bundle_draws_on_an_x_server_through_its_xcb_plugin(home):
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb is missing: run `scripts/debian-deps test`")
    server, display = start_xvfb()
    try:
        env = {**clean_home_env(home), "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
        shot = home / "x11.png"
        done = frontdesk("--demo", "--screenshot", str(shot), env=env, cwd=home)
        assert done.returncode == 0, done.stderr[-3000:]
        assert png_size(shot)[0] >= 800
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_a_crash_leaves_a_report_without_client_data(home):
    env = {**clean_home_env(home), "FRONTDESK_CRASH_TEST": PLANTED}
    done = frontdesk("--demo", env=env, cwd=home)
    assert done.returncode != 0
    reports = sorted((data_dir(home) / "logs").glob("crash-*.txt"))
    assert len(reports) == 1, done.stderr
    assert str(reports[0]) in done.stderr  # one sentence says where it is
    text = reports[0].read_text()
    assert "RuntimeError" in text and "frontdesk/entry.py" in text
    for piece in (PLANTED, "Marisol", "Crashtest", "Quintero", "555-0142"):
        assert piece not in text and piece not in done.stderr, piece
    for log in (data_dir(home) / "logs").glob("frontdesk.log*"):
        assert "Crashtest" not in log.read_text(errors="replace")


def test_removing_the_package_keeps_the_persons_data(installed, home):
    before = {n: hashlib.sha256(d).hexdigest() for n, d in files_under(data_dir(home)).items()}
    assert "demo/frontdesk.db" in before
    done = subprocess.run(["dpkg", "-r", "frontdesk"], capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    assert "/opt/frontdesk' not empty" not in done.stderr, done.stderr  # nothing left there
    assert not INSTALLED.exists() and not ON_PATH.exists() and not ON_PATH.is_symlink()
    assert not Path("/usr/share/applications/frontdesk.desktop").exists()
    after = {n: hashlib.sha256(d).hexdigest() for n, d in files_under(data_dir(home)).items()}
    assert after == before
