"""Practice settings → Staff with real widgets: the owner adds an account (whose holder then
chooses a PIN at first sign-in), resets a PIN and sets the idle lock; IT sees only the
connection tabs; the account service refuses anyone but the owner whatever the screen does."""

from __future__ import annotations

from dataclasses import replace

import pytest
from widget_helpers import context_for

from frontdesk.domain.access import Role
from frontdesk.services.access import DeskSession, GuardedServices
from frontdesk.services.errors import PermissionDenied
from frontdesk.ui.settings.settings_dialog import PracticeSettingsDialog
from tests.account_kit import make_staff


def _dialog(practice, runner, show, person):
    session = DeskSession()
    session.signed_in(person)
    ctx = context_for(GuardedServices(practice.svc, session), runner, person.actor)
    return show(PracticeSettingsDialog(replace(ctx, desk=session)))


def test_the_owner_adds_an_account_and_sets_the_idle_lock(practice, runner, show):
    staff = make_staff(practice.svc)
    dialog = _dialog(practice, runner, show, staff.owner)
    tab = dialog.staff_tab
    assert dialog.tabs.isTabVisible(dialog.tabs.indexOf(tab))
    assert tab.list.count() == 3
    dialog.tabs.setCurrentWidget(tab)
    tab.start_new()
    tab.name.setText("Dr. Maya Okafor")
    tab.role.setCurrentIndex(tab.role.findData(Role.CLINICIAN))
    tab.clinician.setCurrentIndex(tab.clinician.findData(practice.okafor.id))
    tab.pin.setText("12")
    tab.save_button.click()
    assert tab.errors.label("pin").isVisible()  # too short: said at the field
    tab.pin.setText("604817")
    tab.save_button.click()
    [made] = [a for a in practice.svc.accounts.accounts() if a.name == "Dr. Maya Okafor"]
    assert (made.role, made.clinician_id, made.must_change_pin) == (
        Role.CLINICIAN, practice.okafor.id, True)
    assert "Tell them the PIN privately" in tab.status.text()
    tab.idle.setValue(12)
    tab.idle_button.click()
    assert practice.svc.accounts.idle_lock_minutes() == 12


def test_it_sees_the_connections_and_not_the_staff(practice, runner, show):
    staff = make_staff(practice.svc)
    it = staff.person(staff.it)
    dialog = _dialog(practice, runner, show, it)
    tabs = dialog.tabs
    visible = {tabs.tabText(i).replace("&", "") for i in range(tabs.count())
               if tabs.isTabVisible(i)}
    assert visible == {"Messaging", "Calendar sync", "On this computer"}
    assert not dialog.setup_button.isVisible()
    with pytest.raises(PermissionDenied):  # whatever a screen offers, the service refuses
        practice.svc.accounts.set_idle_lock_minutes(it, 30)
