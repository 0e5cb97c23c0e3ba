"""The Reminders tab over real services: switch a step off, change a timing, limits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTime
from widget_helpers import context_for

from frontdesk.domain import Step
from frontdesk.ui.settings.reminder_settings import ReminderSettingsTab

SHOTS = Path(__file__).resolve().parents[1] / "screenshots"


def tab_for(practice, runner, show):
    tab = show(ReminderSettingsTab(context_for(practice.svc, runner, "owner")))
    tab.resize(820, 560)
    return tab


def row(tab, step):
    return next(r for r in tab.rows if r.info.step is step)


def test_switching_a_step_off_and_changing_a_timing(practice, runner, show):
    tab = tab_for(practice, runner, show)
    request = row(tab, Step.CONFIRMATION_REQUEST)
    assert request.enabled.isChecked() and request.when.value() == 48
    request.enabled.setChecked(False)
    request.save.click()
    day = row(tab, Step.DAY_BEFORE)
    day.when.setValue(36)
    day.save.click()
    rules = {r.step: r for r in practice.svc.policy.rules()}
    assert rules[Step.CONFIRMATION_REQUEST].enabled is False
    assert rules[Step.DAY_BEFORE].offset_minutes == -36 * 60
    assert "(changed)" in row(tab, Step.DAY_BEFORE).enabled.text()
    row(tab, Step.DAY_BEFORE).reset.click()
    assert {r.step: r for r in practice.svc.policy.rules()}[Step.DAY_BEFORE].offset_minutes \
        == -24 * 60


def test_a_rule_for_one_appointment_type(practice, runner, show):
    tab = tab_for(practice, runner, show)
    tab.type_combo.setCurrentIndex(tab.type_combo.findData(practice.tele.id))
    link = row(tab, Step.TELEHEALTH_LINK)
    assert link.when.value() == 30 and link.unit.text() == "minutes before"
    link.when.setValue(60)  # the video link an hour before, for telehealth sessions only
    link.save.click()
    by_type = {r.step: r for r in practice.svc.policy.rules(practice.tele.id)}
    general = {r.step: r for r in practice.svc.policy.rules()}
    assert by_type[Step.TELEHEALTH_LINK].offset_minutes == -60
    assert general[Step.TELEHEALTH_LINK].offset_minutes == -30


def test_limits_saved_and_a_bad_window_explained(practice, runner, show):
    tab = tab_for(practice, runner, show)
    tab.quiet_start.setTime(QTime(9, 0))
    tab.per_day.setValue(1)
    tab.save_limits.click()
    assert practice.svc.policy.policy().texts_per_day == 1
    tab.quiet_start.setTime(QTime(21, 0))
    tab.save_limits.click()
    assert "start before the end" in tab.status.text()
    assert tab.quiet_start.time() == QTime(21, 0)  # what was typed stays
    SHOTS.mkdir(exist_ok=True)
    tab.grab().save(str(SHOTS / "reminder_settings.png"))
