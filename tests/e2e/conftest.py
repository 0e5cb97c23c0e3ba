"""End-to-end fixtures: a real X server (Xvfb), the real entry point in its own process,
driven with real input events (xdotool), with a screenshot of each step.

The child process inherits the test session's D-Bus and GNOME Keyring
(`scripts/with-test-keyring`), so its database key goes to a real keyring. Screenshots go
to `$FRONTDESK_SCREENSHOTS` when set (`make first-run-screenshots` writes docs/first-run/),
else to the test's own temporary folder.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from frontdesk.paths import default_paths
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
WAIT_S = 30  # generous for a loaded machine; every wait returns as soon as it is met
SHOOT = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
ok = app.primaryScreen().grabWindow(0).save(sys.argv[1])
sys.exit(0 if ok else 1)
"""


@pytest.fixture(scope="session")
def x_display():
    """A fresh Xvfb on a display number it picks itself (-displayfd): no clash with others."""
    for tool in ("Xvfb", "xdotool"):
        assert shutil.which(tool), f"{tool} is missing: run `scripts/debian-deps test`"
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x860x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    deadline = time.monotonic() + WAIT_S
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    assert number.strip(), "Xvfb did not start"
    yield f":{number.decode().strip()}"
    server.terminate()
    server.wait(timeout=WAIT_S)


class Desktop:
    """The X display as a person sees it: windows by title, keys, clicks, screenshots."""

    def __init__(self, display: str, shots: Path) -> None:
        self.display = display
        self.shots = shots
        self.env = {**os.environ, "DISPLAY": display}
        self.env.pop("QT_QPA_PLATFORM", None)  # the child uses the real xcb platform
        self.env.pop("WAYLAND_DISPLAY", None)

    def xdotool(self, *args: str, timeout: float = WAIT_S) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env, capture_output=True,
                              text=True, timeout=timeout)
        assert done.returncode == 0, f"xdotool {' '.join(args)}: {done.stderr.strip()}"
        return done.stdout.strip()

    def visible_window(self, title: str) -> str | None:
        """The id of a mapped window with exactly this title, or None now."""
        done = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", f"^{title}$"],
                              env=self.env, capture_output=True, text=True, timeout=WAIT_S)
        ids = done.stdout.split()
        return ids[-1] if ids else None

    def wait_window(self, title: str, app: App, timeout: float = WAIT_S) -> str:
        """Wait (event-driven polling, 0.1 s) until a window with this title is on screen."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.visible_window(title)
            if found:
                self.focus(found)
                return found
            assert app.proc.poll() is None, (
                f"FrontDesk exited ({app.proc.returncode}) before {title!r} showed:\n"
                + app.stderr())
            time.sleep(0.1)
        raise AssertionError(f"no window titled {title!r} after {timeout:.0f} s:\n"
                             + self.titles())

    def wait_gone(self, title: str, app: App, timeout: float = WAIT_S) -> None:
        deadline = time.monotonic() + timeout
        while self.visible_window(title):
            assert time.monotonic() < deadline, f"{title!r} still on screen"
            assert app.proc.poll() is None, f"FrontDesk exited:\n{app.stderr()}"
            time.sleep(0.1)

    def titles(self) -> str:
        done = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "."],
                              env=self.env, capture_output=True, text=True, timeout=WAIT_S)
        names = [self.xdotool("getwindowname", w) for w in done.stdout.split()]
        return "windows on screen: " + ", ".join(repr(n) for n in names)

    def focus(self, window: str) -> None:
        """No window manager on Xvfb: give the window the keyboard focus directly."""
        self.xdotool("windowraise", window)
        self.xdotool("windowfocus", "--sync", window)

    def key(self, window: str, *keys: str) -> None:
        self.focus(window)
        self.xdotool("key", "--clearmodifiers", "--delay", "60", *keys)

    def type(self, window: str, text: str) -> None:
        self.focus(window)
        self.xdotool("type", "--delay", "30", text)

    def click(self, window: str, x: int, y: int) -> None:
        """A left click at (x, y) inside the window."""
        self.focus(window)
        self.xdotool("mousemove", "--window", window, "--sync", str(x), str(y))
        self.xdotool("click", "1")

    def geometry(self, window: str) -> tuple[int, int]:
        out = self.xdotool("getwindowgeometry", "--shell", window)
        values = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
        return int(values["WIDTH"]), int(values["HEIGHT"])

    def screenshot(self, name: str) -> Path:
        """The whole screen as a PNG, taken with Qt's own screen grab (no extra packages)."""
        self.shots.mkdir(parents=True, exist_ok=True)
        path = self.shots / f"{name}.png"
        done = subprocess.run([sys.executable, "-c", SHOOT, str(path)], env=self.env,
                              capture_output=True, text=True, timeout=WAIT_S)
        assert done.returncode == 0 and path.stat().st_size > 0, done.stderr
        return path


    def settled_screenshot(self, name: str, tries: int = 12) -> Path:
        """A screenshot once the screen stops changing (the schedule has loaded)."""
        path = self.screenshot(name)
        for _ in range(tries):
            before = path.read_bytes()
            time.sleep(0.3)
            if self.screenshot(name).read_bytes() == before:
                break
        return path


class App:
    """`python -m frontdesk` in its own process, with its own event loop."""

    def __init__(self, desktop: Desktop, data_dir: Path, *args: str) -> None:
        self.log = data_dir.parent / f"frontdesk-{time.monotonic_ns()}.stderr"
        self._err = self.log.open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "frontdesk", "--data-dir", str(data_dir), *args],
            env=desktop.env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=self._err)

    def stderr(self) -> str:
        self._err.flush()
        return self.log.read_text()

    def terminate(self, timeout: float = WAIT_S) -> int:
        """SIGTERM, as a logout or a service manager sends it; the exit status."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout)
        finally:
            self._err.close()

    def wait_exit(self, timeout: float = WAIT_S) -> int:
        try:
            return self.proc.wait(timeout=timeout)
        finally:
            self._err.close()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=WAIT_S)
        self._err.close()


@pytest.fixture
def desktop(x_display, tmp_path) -> Desktop:
    shots = os.environ.get("FRONTDESK_SCREENSHOTS")
    return Desktop(x_display, Path(shots) if shots else tmp_path / "shots")


@pytest.fixture
def data_dir(tmp_path):
    """A fresh data folder; its keys are removed from the real keyring afterwards."""
    folder = tmp_path / "fd"
    yield folder
    store = SecretStore()
    for profile in ("practice", "demo"):
        store.delete(Vault(default_paths(profile, str(folder)), store).key_name)


@pytest.fixture
def start_app(desktop, data_dir):
    started: list[App] = []

    def start(*args: str) -> App:
        app = App(desktop, data_dir, *args)
        started.append(app)
        return app

    yield start
    for app in started:
        app.kill()
