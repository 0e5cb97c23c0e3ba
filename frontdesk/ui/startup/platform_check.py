"""Before any QApplication: can Qt's display plugin load? If not, say what to install.

Qt aborts the process ("Could not load the Qt platform plugin xcb ... Aborted") when a
system library its xcb or Wayland plugin needs is missing. This check loads the plugin Qt
would use the same way Qt would (dlopen), and when it cannot, names the Debian packages in
one sentence instead.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

# The shared libraries Qt's xcb and Wayland plugins load, and the Debian package of each.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)
_DLOPEN_ERROR = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")


def platforms_to_try(env: os._Environ | dict) -> list[str]:
    """The platform plugins Qt will try, in order (only the ones that need a display)."""
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        names = [part.split(":", 1)[0].strip() for part in chosen.split(";")]
    elif env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        names = ["wayland", "xcb"]
    else:
        names = ["xcb"]
    if any(name not in ("xcb", "wayland") for name in names):
        return []  # offscreen, vnc, eglfs…: nothing of ours to check
    return names


def plugin_paths(name: str, env: os._Environ | dict) -> list[Path]:
    """Where Qt looks for this plugin: $QT_QPA_PLATFORM_PLUGIN_PATH first, then its own."""
    folders = [env["QT_QPA_PLATFORM_PLUGIN_PATH"]] if env.get("QT_QPA_PLATFORM_PLUGIN_PATH") \
        else []
    folders.append(str(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
                       / "platforms"))
    return [path for path in (Path(f) / f"libq{name}.so" for f in folders) if path.exists()]


def debian_package(library: str) -> str | None:
    """The Debian package of a shared library, by its name (or its name without version)."""
    if library in DEBIAN_PACKAGES:
        return DEBIAN_PACKAGES[library]
    stem = library.split(".so", 1)[0]
    return next((pkg for lib, pkg in DEBIAN_PACKAGES.items() if lib.split(".so", 1)[0] == stem),
                None)


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries this plugin cannot find ([] when it loads)."""
    try:
        ctypes.CDLL(str(plugin), mode=ctypes.RTLD_LOCAL)
        return []
    except OSError as err:
        first = _DLOPEN_ERROR.search(str(err))
    missing = []
    ldd = shutil.which("ldd")
    if ldd:  # every missing library at once, not only the first
        done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30)
        missing = _NOT_FOUND.findall(done.stdout)
    if first and first.group(1) not in missing:
        missing.insert(0, first.group(1))
    return missing or [plugin.name]


def problem(env: os._Environ | dict | None = None) -> str | None:
    """One sentence naming what to install, or None when a display plugin can load."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return None
    names = platforms_to_try(env)
    if not names:
        return None
    first_missing: list[str] = []
    for name in names:
        for path in plugin_paths(name, env):
            missing = missing_libraries(path)
            if not missing:
                return None
            first_missing = first_missing or missing
    if not first_missing:
        return None  # no plugin file to check: let Qt say what it says
    packages = sorted({debian_package(lib) for lib in first_missing} - {None})
    unknown = [lib for lib in first_missing if debian_package(lib) is None]
    what = " ".join(packages)
    todo = f"install {what} (sudo apt-get install {what})" if packages else ""
    if unknown:
        todo += (" and " if todo else "install ") + "the package that provides " + \
            ", ".join(unknown)
    return (f"FrontDesk cannot open its window because {', '.join(first_missing)} "
            f"{'is' if len(first_missing) == 1 else 'are'} missing on this computer: "
            f"{todo}, or run `make run`, which installs what is needed.")
