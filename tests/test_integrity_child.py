"""The full integrity check runs in a child process: same report, and closing stops it at once."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from test_store_damage import PAGE, damage, make_practice

from frontdesk.services import integrity_child

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def made(vault, clock):
    return make_practice(vault, clock)


def test_the_child_finds_a_damaged_page_and_names_the_good_backup(made, vault, paths, caplog):
    damage(paths.database, (len(made) // PAGE // 2) * PAGE + 200)
    key = bytes.fromhex(vault.secrets.get(vault.key_name))
    with caplog.at_level(logging.INFO, logger="frontdesk.services.integrity_child"):
        report = integrity_child.check(paths, key)
    assert not report.ok and any("HMAC" in p for p in report.problems)
    assert report.backup is not None and "before-test" in report.backup.name
    assert report.backup.made.tzinfo is not None
    assert "checking here" not in caplog.text  # the child answered, not the fallback


def test_the_packaged_entry_answers_as_the_child(made, vault, paths):
    """main.py is what the packaged executable runs: it dispatches the flag before the app."""
    request = json.dumps({"data_dir": str(paths.data_dir),
                          "key": vault.secrets.get(vault.key_name)})
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), integrity_child.CHILD_FLAG],
                          input=request.encode(), capture_output=True, timeout=120, check=True)
    answer = json.loads(done.stdout)
    assert answer.pop("audit")["ok"] is True  # the audit trail's chain, checked too
    assert answer == {"ok": True, "problems": [], "backup": None}


def test_the_key_goes_on_stdin_not_in_arguments_or_environment(made, vault, paths, monkeypatch):
    seen = {}
    real_popen = subprocess.Popen

    def spy(args, **kwargs):
        seen.update(args=args, env=kwargs.get("env"))
        return real_popen(args, **kwargs)

    monkeypatch.setattr(integrity_child.subprocess, "Popen", spy)
    key = vault.secrets.get(vault.key_name)
    assert integrity_child.check(paths, bytes.fromhex(key)).ok
    assert key not in " ".join(seen["args"]) and seen["env"] is None


def test_closing_stops_a_running_check_at_once(made, vault, paths, monkeypatch):
    slow = [sys.executable, "-c", "import sys, time; sys.stdin.read(); time.sleep(60)"]
    monkeypatch.setattr(integrity_child, "child_command", lambda: slow)
    key = bytes.fromhex(vault.secrets.get(vault.key_name))
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(integrity_child.check(paths, key))
        except integrity_child.CheckStopped as stopped:
            outcome.append(stopped)

    worker = threading.Thread(target=run)
    worker.start()
    deadline = time.monotonic() + 10
    while not integrity_child._running and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.monotonic()
    try:
        integrity_child.stop_all()
        worker.join(5)
        assert time.monotonic() - started < 2 and not worker.is_alive()
        assert isinstance(outcome[0], integrity_child.CheckStopped)
        with pytest.raises(integrity_child.CheckStopped):  # none starts while closing
            integrity_child.check(paths, key)
    finally:
        integrity_child.allow_again()
    monkeypatch.undo()
    assert integrity_child.check(paths, key).ok  # a new window checks again
