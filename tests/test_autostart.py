"""Start FrontDesk when I log in: the Linux XDG autostart entry, in a temporary config home."""

from __future__ import annotations

import configparser
import shlex
import sys

import pytest

from frontdesk.services import autostart


@pytest.fixture
def config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


def read_entry(path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_enable_writes_a_valid_autostart_entry_and_disable_removes_it(config_home):
    assert not autostart.is_enabled()
    autostart.enable()
    path = config_home / "autostart" / "frontdesk.desktop"
    assert path.is_file() and autostart.is_enabled()
    entry = read_entry(path)
    assert entry["Type"] == "Application"
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert entry["Name"] == "FrontDesk"
    assert shlex.split(entry["Exec"]) == [sys.executable, "-m", "frontdesk"]
    autostart.enable()  # twice: still one entry, same content
    assert [p.name for p in path.parent.iterdir()] == ["frontdesk.desktop"]
    autostart.disable()
    assert not path.exists() and not autostart.is_enabled()
    autostart.disable()  # when not enabled: nothing to do, no error


def test_a_path_with_spaces_and_quotes_is_quoted_for_the_desktop_spec(config_home):
    autostart.enable(["/opt/Front Desk/bin/frontdesk", 'say "hi"', "100%"])
    entry = read_entry(config_home / "autostart" / "frontdesk.desktop")
    assert entry["Exec"] == '"/opt/Front Desk/bin/frontdesk" "say \\"hi\\"" "100%%"'


def test_the_frozen_app_starts_its_own_binary(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert autostart.default_command() == [sys.executable]


def test_an_entry_switched_off_by_the_desktop_counts_as_off(config_home):
    autostart.enable()
    path = config_home / "autostart" / "frontdesk.desktop"
    path.write_text(path.read_text().replace("enabled=true", "enabled=false"))
    assert not autostart.is_enabled()


def test_default_config_home_is_dot_config(monkeypatch, tmp_path):
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert autostart.xdg_autostart_file() == tmp_path / ".config/autostart/frontdesk.desktop"
