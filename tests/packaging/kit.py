"""Building, installing and running the packaged FrontDesk as IT would (tests/packaging)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INSTALLED = Path("/opt/frontdesk")
ON_PATH = Path("/usr/bin/frontdesk")
PLATFORMS = INSTALLED / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms"
RUN_S = 180  # one run of the installed program on a loaded 2-core machine


def version() -> str:
    sys.path.insert(0, str(ROOT / "installer"))
    try:
        import contents

        return contents.version()
    finally:
        sys.path.remove(str(ROOT / "installer"))


def package_installed() -> bool:
    done = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "frontdesk"],
                          capture_output=True, text=True)
    return "install ok installed" in done.stdout


def build_deb(work: Path) -> tuple[Path, float]:
    """The bundle (installer/build.sh) and its .deb, in `work`; returns the .deb and the
    seconds the PyInstaller build took."""
    env = {**os.environ, "DIST": str(work / "dist"), "BUILD": str(work / "build")}
    started = time.monotonic()
    built = subprocess.run(["sh", str(ROOT / "installer" / "build.sh")], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=1500)
    seconds = time.monotonic() - started
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    env["XZ_LEVEL"] = "1"  # the test's own .deb: fast to pack, the same files
    made = subprocess.run([str(ROOT / "installer" / "deb" / "build-deb.sh"),
                           str(work / "dist" / "frontdesk"), str(work / "out")],
                          env=env, capture_output=True, text=True, timeout=600)
    assert made.returncode == 0, made.stderr[-3000:]
    return Path(made.stdout.strip().splitlines()[-1]), seconds


def clean_home_env(home: Path) -> dict[str, str]:
    """A person's session with a fresh home folder: the test session's D-Bus (its Secret
    Service), offscreen Qt, and only the system's PATH (not the venv's `frontdesk`)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "FRONTDESK_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), PATH="/usr/bin:/bin", QT_QPA_PLATFORM="offscreen")
    return env


def frontdesk(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    program = shutil.which("frontdesk", path=env["PATH"])
    assert program == str(ON_PATH), f"frontdesk on PATH is {program}"
    return subprocess.run([program, *args], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=RUN_S)


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """A fresh Xvfb on a display number it picks itself (-displayfd)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x860x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    deadline = time.monotonic() + 30
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    assert number.strip(), "Xvfb did not start"
    return server, f":{number.decode().strip()}"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def files_under(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}
