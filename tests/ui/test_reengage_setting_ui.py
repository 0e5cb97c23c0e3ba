"""The clinician's re-engagement setting round-trips through Practice settings → Clinicians."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from widget_helpers import click, context_for, shown

from frontdesk.ui.settings.settings_dialog import PracticeSettingsDialog
from frontdesk.ui.tasks import InlineTaskRunner


@pytest.fixture
def runner() -> InlineTaskRunner:
    return InlineTaskRunner()


def stored_weeks(services, clinician_id: int) -> int:
    return next(c.reengage_weeks for c in services.practice.clinicians(include_inactive=True)
                if c.id == clinician_id)


def test_the_check_in_setting_round_trips(qtbot, practice, runner, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    services = practice.svc
    dlg = shown(qtbot, PracticeSettingsDialog(context_for(services, runner, "office-manager")))
    tab = dlg.clinicians_tab
    dlg.tabs.setCurrentWidget(tab)
    okafor_row = tab.item_row(practice.okafor.id)
    tab.list.setCurrentRow(okafor_row)
    assert tab.reengage_spin.value() == 0 and tab.reengage_spin.text() == "never"  # off

    tab.reengage_spin.setValue(6)
    click(qtbot, tab.save_button)
    assert stored_weeks(services, practice.okafor.id) == 6
    assert stored_weeks(services, practice.reyes.id) == 0

    click(qtbot, tab.active_button)  # deactivating keeps the setting
    assert stored_weeks(services, practice.okafor.id) == 6

    # Reopened: the saved value is shown again.
    dlg2 = shown(qtbot, PracticeSettingsDialog(context_for(services, runner, "office-manager")))
    tab2 = dlg2.clinicians_tab
    dlg2.tabs.setCurrentWidget(tab2)
    tab2.list.setCurrentRow(tab2.item_row(practice.okafor.id))
    assert tab2.reengage_spin.value() == 6
    tab2.reengage_spin.setValue(0)
    click(qtbot, tab2.save_button)
    assert stored_weeks(services, practice.okafor.id) == 0
