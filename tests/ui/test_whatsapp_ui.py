"""Settings → Messaging → WhatsApp templates over real services and a real database."""

from __future__ import annotations

from pathlib import Path

from widget_helpers import context_for

from frontdesk.domain import Language, Step
from frontdesk.ui.settings.settings_dialog import PracticeSettingsDialog

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"
GOOD = "HX" + "0a" * 16


def open_section(show, services, runner):
    dlg = show(PracticeSettingsDialog(context_for(services, runner, "owner")))
    dlg.show_tab("messaging")
    return dlg, dlg.messaging_tab.whatsapp


def test_a_content_sid_is_saved_and_shown_again(show, services, runner, click):
    dlg, section = open_section(show, services, runner)
    assert section.isEnabled() and section.status.text() == "0 templates set."
    section.edits[(Step.DAY_BEFORE, "es")].setText(f"  {GOOD} ")
    assert section.is_dirty() and dlg.messaging_tab.is_dirty()
    click(section.save_button)
    assert section.status.text() == "✔ Saved. 1 template set."
    saved = {(e.step, e.language): e.content_sid for e in services.whatsapp.entries()}
    assert saved[(Step.DAY_BEFORE, Language.SPANISH)] == GOOD
    assert not section.is_dirty()
    dlg.reject()
    _, again = open_section(show, services, runner)
    assert again.edits[(Step.DAY_BEFORE, "es")].text() == GOOD


def test_a_wrong_sid_is_named_next_to_its_field_and_nothing_is_saved(
        show, services, runner, click):
    _, section = open_section(show, services, runner)
    section.edits[(Step.DAY_BEFORE, "en")].setText(GOOD)
    section.edits[(Step.TELEHEALTH_LINK, "en")].setText("SM1234")
    click(section.save_button)
    error = section.errors.label("telehealth_link:en")
    assert error.isVisible() and "HX followed by 32" in error.text()
    assert section.edits[(Step.TELEHEALTH_LINK, "en")].text() == "SM1234"  # kept to fix
    assert all(not e.content_sid for e in services.whatsapp.entries())


def test_screenshot(show, services, runner, click):
    dlg, section = open_section(show, services, runner)
    dlg.resize(1100, 900)
    section.edits[(Step.DAY_BEFORE, "en")].setText(GOOD)
    section.edits[(Step.TELEHEALTH_LINK, "en")].setText("HX12")
    click(section.save_button)
    SHOTS.mkdir(exist_ok=True)
    assert section.grab().save(str(SHOTS / "whatsapp_templates.png"))
