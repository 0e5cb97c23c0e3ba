"""`frontdesk doctor` as IT runs it: a real process over real folders, its exit status (0 all
OK, 1 a warning, 2 a problem), its JSON, and its support information without client data."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from frontdesk.clock import SystemClock
from frontdesk.paths import AppPaths
from frontdesk.services.container import Services
from frontdesk.services.instance_lock import InstanceLock
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault


def frontdesk(*args, env=None, timeout=180):
    return subprocess.run([sys.executable, "-m", "frontdesk", *args], capture_output=True,
                          text=True, env=env or os.environ.copy(), timeout=timeout)


def in_zone(zone: str) -> dict:
    return {**os.environ, "TZ": zone}


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    """The demo practice made once, as `serve --once --demo` makes it (its logs in demo/)."""
    folder = tmp_path_factory.mktemp("doctor-demo")
    made = frontdesk("serve", "--once", "--demo", "--data-dir", str(folder))
    assert made.returncode == 0, made.stderr
    return folder


def lines(result) -> dict[str, dict]:
    return {c["name"]: c for c in json.loads(result.stdout)["checks"]}


def test_the_demo_with_everything_in_place_exits_0(demo_dir):
    sending = InstanceLock(demo_dir / "demo" / "sending.lock")
    assert sending.acquire()  # as if the demo's window were open and sending
    try:
        result = frontdesk("doctor", "--demo", "--data-dir", str(demo_dir), "--json",
                           env=in_zone("America/New_York"))
    finally:
        sending.release()
    found = lines(result)
    assert result.returncode == 0, {n: c["words"] for n, c in found.items()
                                    if c["level"] != "ok"}
    data = json.loads(result.stdout)
    assert data["status"] == "ok" and data["exit"] == 0 and data["demo"] is True
    assert len(found) == 14 and found["Database"]["level"] == "ok"
    assert "holds the sending lock" in found["Background work"]["words"]


def test_warnings_exit_1_and_say_what_to_do(demo_dir):
    result = frontdesk("doctor", "--demo", "--data-dir", str(demo_dir), env=in_zone("UTC"))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "WARNING  Time zone:" in result.stdout
    assert "WARNING  Background work: No FrontDesk is running" in result.stdout
    assert "What to do: Start FrontDesk" in result.stdout
    assert result.stdout.rstrip().endswith("2 warnings.")
    assert "Traceback" not in result.stderr


def test_support_info_has_no_client_data(demo_dir):
    result = frontdesk("doctor", "--demo", "--data-dir", str(demo_dir), "--support-info",
                       env=in_zone("America/New_York"))
    assert result.returncode in (0, 1), result.stderr
    out = result.stdout
    assert out.startswith("FrontDesk support information (no client data)")
    assert "clients " in out and "Python:" in out and "Qt:" in out
    vault = Vault(AppPaths(demo_dir / "demo"), SecretStore(), audit_checkpoint=False)
    engine = vault.open().engine
    svc = Services.build(engine, SystemClock())
    try:
        clients = svc.clients.search("")
    finally:
        engine.dispose()
    assert len(clients) > 5
    for c in clients:
        assert c.display_name not in out
        for part in c.display_name.split():
            if len(part) > 3:
                assert part not in out, part


def test_a_damaged_database_exits_2_naming_the_damage(tmp_path):
    made = frontdesk("serve", "--once", "--data-dir", str(tmp_path))
    assert made.returncode == 0, made.stderr
    db = tmp_path / "frontdesk.db"
    data = bytearray(db.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 300] = os.urandom(300)
    db.write_bytes(bytes(data))
    result = frontdesk("doctor", "--data-dir", str(tmp_path), "--json")
    assert result.returncode == 2
    database = lines(result)["Database"]
    assert database["level"] == "problem" and "damaged" in database["words"]
    assert database["what_to_do"]


def test_without_a_keyring_it_still_runs_and_exits_2(tmp_path, demo_dir):
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    result = frontdesk("doctor", "--demo", "--data-dir", str(demo_dir), env=env)
    assert result.returncode == 2
    assert "PROBLEM  Keyring: No secure password store" in result.stdout
    assert "GNOME Keyring" in result.stdout  # what to install
    assert "OK       Free disk space" in result.stdout  # the rest still checked
    assert "Traceback" not in result.stderr


def test_a_folder_without_a_practice_exits_2_and_is_not_created(tmp_path):
    nowhere = tmp_path / "no-practice-here"
    result = frontdesk("doctor", "--data-dir", str(nowhere))
    assert result.returncode == 2
    assert f"There is no FrontDesk database in {nowhere}" in result.stdout
    assert not nowhere.exists()
