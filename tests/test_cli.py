"""The command line as IT would use it: serve, recover, and refusing to run without a keyring."""

from __future__ import annotations

import os
import pty
import re
import shutil
import signal
import subprocess
import sys
import time

import pytest

from frontdesk.paths import AppPaths
from frontdesk.services.instance_lock import InstanceLock
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault

CODE = re.compile(r"Recovery code .*: ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){5})")


def frontdesk(*args, env=None, stdin="", timeout=120):
    return subprocess.run([sys.executable, "-m", "frontdesk", *args], capture_output=True,
                          text=True, env=env or os.environ.copy(), input=stdin,
                          timeout=timeout)


def on_a_terminal(*args) -> tuple[int, str]:
    """Run frontdesk with stdin and stdout on a pseudo-terminal, as a person at a shell."""
    main, child = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "frontdesk", *args], stdin=child,
                            stdout=child, stderr=subprocess.PIPE, close_fds=True)
    os.close(child)
    out = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        out += chunk
    proc.wait(timeout=120)
    os.close(main)
    return proc.returncode, out.decode(errors="replace")


def code_from_terminal(data_dir) -> str:
    rc, out = on_a_terminal("recovery-code", "--data-dir", str(data_dir))
    assert rc == 0, out
    return CODE.search(out).group(1)


def test_serve_once_creates_then_reopens(tmp_path):
    first = frontdesk("serve", "--once", "--data-dir", str(tmp_path))
    assert first.returncode == 0, first.stderr
    # Not a terminal (a service manager's log): the code is not printed, the way to see it is.
    assert not CODE.search(first.stdout) and "Recovery code" not in first.stderr
    assert "frontdesk recovery-code" in first.stdout
    assert (tmp_path / "frontdesk.db").exists()
    piped = frontdesk("recovery-code", "--data-dir", str(tmp_path))
    assert piped.returncode == 2 and not CODE.search(piped.stdout + piped.stderr)
    assert len(code_from_terminal(tmp_path).replace("-", "")) == 24
    second = frontdesk("serve", "--once", "--data-dir", str(tmp_path))
    assert second.returncode == 0, second.stderr
    assert "Recovery code" not in second.stdout  # shown once only
    assert "Schedule check: 0 sessions today" in second.stderr


def test_serve_runs_until_terminated(tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "frontdesk", "serve", "--demo",
                             "--data-dir", str(tmp_path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    log = tmp_path / "demo" / "logs" / "frontdesk.log"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if log.exists() and "Schedule check" in log.read_text():
            break
        time.sleep(0.2)
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    text = log.read_text()
    assert "Background work started" in text and "Background work stopped" in text
    assert re.search(r"Schedule check: [1-9]\d* sessions today", text)


def test_serve_without_a_keyring_explains_and_creates_nothing(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    result = frontdesk("serve", "--once", "--data-dir", str(tmp_path), env=env)
    assert result.returncode == 2
    assert "No secure password store" in result.stderr
    assert "GNOME Keyring" in result.stderr
    assert not (tmp_path / "frontdesk.db").exists()
    assert "Traceback" not in result.stderr


def test_recover_from_the_terminal(tmp_path):
    assert frontdesk("serve", "--once", "--data-dir", str(tmp_path)).returncode == 0
    code = code_from_terminal(tmp_path)
    vault = Vault(AppPaths(tmp_path), SecretStore())
    vault.secrets.delete(vault.key_name)
    locked = frontdesk("serve", "--once", "--data-dir", str(tmp_path))
    assert locked.returncode == 2
    assert "frontdesk recover" in locked.stderr
    wrong = frontdesk("recover", "--data-dir", str(tmp_path), stdin="ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ\n")
    assert wrong.returncode == 2 and "does not match" in wrong.stderr
    ok = frontdesk("recover", "--data-dir", str(tmp_path), stdin=code.lower() + "\n")
    assert ok.returncode == 0, ok.stderr
    assert frontdesk("serve", "--once", "--data-dir", str(tmp_path)).returncode == 0


@pytest.mark.parametrize("argv", [["--help"], ["serve", "--help"]])
def test_help_runs_without_qt(argv):
    result = subprocess.run(
        [sys.executable, "-c",
         "import sys, frontdesk.app as a\n"
         "try:\n    a.main(sys.argv[1:])\nexcept SystemExit: pass\n"
         "print('QT' if 'PySide6' in sys.modules else 'NOQT')", *argv],
        capture_output=True, text=True)
    assert "NOQT" in result.stdout  # the headless paths never load Qt


def test_make_run_without_a_display_says_so_and_runs_headless(tmp_path):
    """What `make run` does on a PC with no screen (scripts/run-app)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    result = subprocess.run([os.path.join(root, "scripts", "run-app"), sys.executable,
                             "--once", "--data-dir", str(tmp_path)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "No display found" in result.stdout
    assert "frontdesk serve" in result.stdout
    assert "Schedule check" in result.stderr


# ---- the data is elsewhere, empty, or another FrontDesk is sending -----------------

def keyring_and_recovery(data_dir) -> tuple:
    vault = Vault(AppPaths(data_dir), SecretStore())
    return vault.secrets.get(vault.key_name), vault.paths.recovery_file.read_bytes()


def test_serve_with_the_database_moved_away_refuses_and_keeps_the_key(tmp_path):
    data = tmp_path / "data"
    assert frontdesk("serve", "--once", "--data-dir", str(data)).returncode == 0
    before = keyring_and_recovery(data)
    shutil.move(data / "frontdesk.db", tmp_path / "moved.db")
    result = frontdesk("serve", "--once", "--data-dir", str(data))
    assert result.returncode == 2
    assert "not where it was" in result.stderr and "Traceback" not in result.stderr
    assert not (data / "frontdesk.db").exists()
    assert keyring_and_recovery(data) == before  # byte for byte
    shutil.move(tmp_path / "moved.db", data / "frontdesk.db")
    assert frontdesk("serve", "--once", "--data-dir", str(data)).returncode == 0


def test_serve_with_a_zero_byte_database_refuses(tmp_path):
    assert frontdesk("serve", "--once", "--data-dir", str(tmp_path)).returncode == 0
    (tmp_path / "frontdesk.db").write_bytes(b"")
    result = frontdesk("serve", "--once", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "empty" in result.stderr and "frontdesk recover" not in result.stderr
    assert (tmp_path / "frontdesk.db").stat().st_size == 0


def test_serve_once_beside_a_sender_does_not_send(tmp_path):
    assert frontdesk("serve", "--once", "--demo", "--data-dir", str(tmp_path)).returncode == 0
    lock = InstanceLock(tmp_path / "demo" / "sending.lock")
    assert lock.acquire()  # this process is "the FrontDesk that is sending"
    try:
        result = frontdesk("serve", "--once", "--demo", "--data-dir", str(tmp_path))
    finally:
        lock.release()
    assert result.returncode == 0, result.stderr
    assert "did not send" in result.stderr and "another FrontDesk" in result.stderr
    assert "Dispatch:" not in result.stderr  # the dispatcher never ran
    assert "Schedule check" in result.stderr  # the safe part did


def test_serve_once_with_an_unusable_lock_file_says_so(tmp_path):
    assert frontdesk("serve", "--once", "--data-dir", str(tmp_path)).returncode == 0
    (tmp_path / "sending.lock").unlink(missing_ok=True)
    (tmp_path / "sending.lock").mkdir()  # a folder where the lock file should be
    result = frontdesk("serve", "--once", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "did not send" in result.stderr and "Traceback" not in result.stderr
    assert "Dispatch:" not in result.stderr and "Schedule check" in result.stderr
