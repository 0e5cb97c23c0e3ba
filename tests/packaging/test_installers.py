"""What can be checked here of the installers this machine cannot build: the Windows Inno Setup
script and the macOS app spec and disk image settings (built on those systems, see
installer/README.md), against the Linux bundle's spec and folder."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest

from .kit import ROOT

INSTALLER = ROOT / "installer"
ISS = INSTALLER / "windows" / "frontdesk.iss"
ENTRY = re.compile(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)')


def iss_sections() -> dict[str, list[str]]:
    """The script as INI-like sections of lines; comments and preprocessor lines left out."""
    sections: dict[str, list[str]] = {}
    current = None
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            assert current not in sections, f"[{current}] twice"
            sections[current] = []
            continue
        assert current is not None, f"a line before any section: {line}"
        sections[current].append(line)
    return sections


def iss_entries(lines: list[str]) -> list[dict[str, str]]:
    """`Name: "value"; Flags: a b` lines as dicts."""
    return [{k: v.strip().strip('"') for k, v in ENTRY.findall(line)} for line in lines]


def spec_tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def calls(tree: ast.Module, name: str) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Name) and n.func.id == name]


def what_analysis_names(tree: ast.Module) -> str:
    (analysis,) = calls(tree, "Analysis")
    return ast.unparse(analysis)


def test_the_windows_script_installs_the_linux_bundles_folder_into_program_files():
    sections = iss_sections()
    assert {"Setup", "Files", "Icons", "Tasks", "Run"} <= sections.keys()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["DefaultDirName"] == r"{autopf}\FrontDesk"
    assert setup["PrivilegesRequired"] == "admin"
    (files,) = iss_entries(sections["Files"])
    source = PureWindowsPath(files["Source"])
    assert source.name == "*" and "recursesubdirs" in files["Flags"]
    # ..\..\dist\frontdesk, from installer/windows/: what installer/build.sh fills.
    folder = (ISS.parent / Path(*source.parent.parts)).resolve()
    assert folder == ROOT / "dist" / "frontdesk"
    assert 'DIST=${DIST:-dist}' in (INSTALLER / "build.sh").read_text()
    icon = (ISS.parent / Path(*PureWindowsPath(setup["SetupIconFile"]).parts)).resolve()
    assert icon == ROOT / "build" / "icons" / "frontdesk.ico"  # installer/make_icons.py


def test_the_windows_shortcuts_start_the_programs_the_spec_builds():
    sections = iss_sections()
    icons = iss_entries(sections["Icons"])
    places = {i["Name"].split("\\")[0] for i in icons}
    assert {"{group}", "{autodesktop}"} <= places  # Start menu and desktop
    programs = {PureWindowsPath(i["Filename"]).stem for i in icons
                if i["Filename"].startswith("{app}")}
    spec = (INSTALLER / "frontdesk.spec").read_text()
    assert programs == {"frontdesk"} and "name=contents.NAME" in spec
    sys.path.insert(0, str(INSTALLER))
    try:
        import contents
    finally:
        sys.path.remove(str(INSTALLER))
    assert contents.NAME == "frontdesk"


def test_uninstalling_on_windows_leaves_the_practices_data():
    text = ISS.read_text(encoding="utf-8")
    sections = iss_sections()
    assert "UninstallDelete" not in sections and "Code" not in sections
    assert "{localappdata}" not in text.lower() and "%LOCALAPPDATA%\\FrontDesk" in text
    (run_value,) = iss_entries(sections["Registry"])
    assert run_value["ValueName"] == "FrontDesk" and "uninsdeletevalue" in run_value["Flags"]


def test_the_macos_spec_builds_the_same_program_as_the_linux_spec():
    linux = spec_tree(INSTALLER / "frontdesk.spec")
    macos = spec_tree(INSTALLER / "macos" / "frontdesk.spec")
    assert what_analysis_names(macos) == what_analysis_names(linux)
    assert "contents.ENTRY" in what_analysis_names(linux)
    assert "contents.datas()" in what_analysis_names(linux)
    (bundle,) = calls(macos, "BUNDLE")
    words = {k.arg: k.value for k in bundle.keywords}
    assert ast.unparse(words["name"]) == "f'{contents.APP_NAME}.app'"
    assert ast.unparse(words["bundle_identifier"]) == "contents.BUNDLE_ID"
    plist = ast.literal_eval(ast.unparse(words["info_plist"]).replace(
        "contents.version()", "'v'").replace("contents.APP_NAME", "'FrontDesk'"))
    assert plist["CFBundleShortVersionString"] == "v" and plist["NSHighResolutionCapable"]


def test_the_shared_contents_name_folders_that_exist():
    sys.path.insert(0, str(INSTALLER))
    try:
        import contents
    finally:
        sys.path.remove(str(INSTALLER))
    assert (ROOT / contents.ENTRY).exists()
    for source, _ in contents.DATA_DIRS:
        assert (ROOT / source).is_dir(), source
    assert "aiosmtpd" in contents.EXCLUDES  # the tests' SMTP server is never shipped
    assert contents.version() == __import__("frontdesk").__version__


def test_the_dmg_settings_put_the_app_beside_a_link_to_applications():
    settings: dict = {"defines": {"app": "dist/FrontDesk.app"}}
    exec(compile((INSTALLER / "macos" / "dmg_settings.py").read_text(), "dmg_settings", "exec"),
         settings)
    assert settings["files"] == ["dist/FrontDesk.app"]
    assert settings["symlinks"] == {"Applications": "/Applications"}
    assert set(settings["icon_locations"]) == {"FrontDesk.app", "Applications"}


def test_the_icons_for_windows_and_macos_are_made_from_the_svg(tmp_path, qapp):
    done = subprocess.run([sys.executable, str(INSTALLER / "make_icons.py"), str(tmp_path)],
                          capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.returncode == 0, done.stderr
    from PySide6.QtGui import QImage

    for name, size in (("frontdesk.ico", 256), ("FrontDesk.icns", 1024)):
        image = QImage(str(tmp_path / name))
        assert not image.isNull() and image.width() == size, name
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not blank


@pytest.mark.parametrize("platform", ["Linux", "Windows", "macOS"])
def test_the_readme_gives_each_platforms_build_steps(platform):
    text = (INSTALLER / "README.md").read_text(encoding="utf-8")
    section = text.split(f"## {platform}", 1)
    assert len(section) == 2, f"no '## {platform}' section"
    body = section[1].split("\n## ", 1)[0]
    assert "```" in body  # the commands
    if platform != "Linux":
        assert "not built here" in body.lower()
