"""Start FrontDesk when the person logs in: an XDG autostart entry on Linux, the HKCU Run key
on Windows, a LaunchAgent on macOS. Plain Python, no Qt."""

from __future__ import annotations

import os
import plistlib
import shlex
import subprocess
import sys
from pathlib import Path

ENTRY_NAME = "frontdesk"  # the file name / registry value; one per user
LAUNCH_AGENT_LABEL = "org.frontdesk.FrontDesk"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "FrontDesk"


def default_command() -> list[str]:
    """The frozen binary when bundled, else this Python running the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "frontdesk"]


def _platform() -> str:
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def xdg_autostart_file() -> Path:
    """`$XDG_CONFIG_HOME/autostart/frontdesk.desktop` (default `~/.config`)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / f"{ENTRY_NAME}.desktop"


def launch_agent_file() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


def _desktop_exec(command: list[str]) -> str:
    """Quote per the Desktop Entry spec: arguments in double quotes where needed."""
    def quote(arg: str) -> str:
        if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`%'):
            return arg
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        return f'"{escaped.replace("%", "%%")}"'
    return " ".join(quote(a) for a in command)


def desktop_entry(command: list[str]) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=FrontDesk",
        "Comment=Appointment reminders and client replies for the front desk",
        f"Exec={_desktop_exec(command)}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def is_enabled() -> bool:
    kind = _platform()
    if kind == "windows":
        return _windows_read() is not None
    if kind == "macos":
        return launch_agent_file().is_file()
    path = xdg_autostart_file()
    if not path.is_file():
        return False
    text = path.read_text(encoding="utf-8", errors="replace")
    return "X-GNOME-Autostart-enabled=false" not in text and "Hidden=true" not in text


def enable(command: list[str] | None = None) -> None:
    """Start `command` (default: this FrontDesk) at log-in. Raises OSError on failure."""
    command = list(command or default_command())
    kind = _platform()
    if kind == "windows":
        _windows_write(subprocess.list2cmdline(command))
    elif kind == "macos":
        _write_atomically(launch_agent_file(), plistlib.dumps({
            "Label": LAUNCH_AGENT_LABEL, "ProgramArguments": command, "RunAtLoad": True,
        }))
    else:
        _write_atomically(xdg_autostart_file(), desktop_entry(command).encode("utf-8"))


def disable() -> None:
    """Stop starting at log-in; nothing to do when it was not enabled."""
    kind = _platform()
    if kind == "windows":
        _windows_delete()
        return
    path = launch_agent_file() if kind == "macos" else xdg_autostart_file()
    path.unlink(missing_ok=True)


def describe_command(command: list[str] | None = None) -> str:
    return shlex.join(command or default_command())


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _windows_read() -> str | None:
    if sys.platform != "win32":
        raise OSError("the Windows registry exists on Windows only")
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            value, _kind = winreg.QueryValueEx(key, RUN_VALUE)
            return str(value)
    except FileNotFoundError:
        return None


def _windows_write(command_line: str) -> None:
    if sys.platform != "win32":
        raise OSError("the Windows registry exists on Windows only")
    import winreg

    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, command_line)


def _windows_delete() -> None:
    if sys.platform != "win32":
        raise OSError("the Windows registry exists on Windows only")
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0,
                            winreg.KEY_SET_VALUE) as key:
            winreg.DeleteValue(key, RUN_VALUE)
    except FileNotFoundError:
        pass
