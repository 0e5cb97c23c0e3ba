"""Bundled files are found from a source checkout, wherever the module that loads them lives
(the window icon went missing once when ui/ was regrouped by screen)."""

from __future__ import annotations

from frontdesk.ui.widgets.resources import app_icon, resource_path


def test_the_window_icon_is_found_and_loads(qapp):
    assert resource_path("frontdesk.svg").is_file()
    assert not app_icon().isNull()
