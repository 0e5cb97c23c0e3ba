"""The lock at the shared desk, with real widgets over real services: idle minutes (an
injected clock) or Ctrl+L cover the window and hide every other FrontDesk window; the lock
page shows no client data but does show, loudly and without words, that an urgent message
waits; the person's PIN unlocks; Switch user lets another sign in, who sees what their role
may see and none of the previous person's windows."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from widget_helpers import context_for

from frontdesk.domain.access import Person, Role
from frontdesk.services.access import DeskSession, GuardedServices
from frontdesk.ui.access.desk_lock import DeskLock
from frontdesk.ui.access.lock_screen import crisis_words
from frontdesk.ui.access.role_view import apply_role
from frontdesk.ui.messages.crisis_banner import CANNOT_ACT
from tests.account_kit import DESK_PIN, OWNER_PIN, actions, make_staff
from tests.helpers import at, client_writes

ANA, BEN = "+16175550111", "+16175550112"
CRISIS_TEXT = "honestly i keep thinking about ending my life tonight"


@pytest.fixture
def desk(practice, runner, show, clock):
    """The main window as the owner sees it, with its lock. (window, lock, staff)"""
    from frontdesk.ui.main_window import MainWindow

    staff = make_staff(practice.svc)
    session = DeskSession()
    session.signed_in(staff.owner)
    ctx = context_for(GuardedServices(practice.svc, session), runner, staff.owner.actor)
    window = show(MainWindow(replace(ctx, desk=session)))
    lock = DeskLock(window, session, practice.svc.accounts, clock, idle_minutes=5)
    lock.start()
    yield window, lock, staff
    lock.stop()


def _texts(widget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel))


def test_idle_minutes_lock_the_desk_and_hide_every_window(desk, practice, clock, show):
    window, lock, _staff = desk
    other = show(QDialog(window))
    other.setWindowTitle("Client details")
    clock.advance(timedelta(minutes=4))
    lock.idle.check()
    assert not lock.locked
    clock.advance(timedelta(minutes=1, seconds=1))
    lock.idle.check()
    assert lock.locked and lock.pages.currentWidget() is lock.lock_screen
    assert not other.isVisible() and not window.menuBar().isVisible()
    assert window.isVisible()  # the lock page is the window now
    shown = _texts(lock.lock_screen)
    assert "Ruth Adler (Owner) locked it" in shown
    assert not any(name in shown for name in ("Lindqvist", "Okoro", "Haddad", "Annie"))
    assert actions(practice.svc)[-1] == "lock"
    with pytest.raises(Exception, match="locked"):  # the services refuse while locked
        lock.window.ctx.services.clients.search("")


def test_the_persons_pin_unlocks_and_their_windows_come_back(desk, qtbot, show):
    window, lock, _staff = desk
    other = show(QDialog(window))
    lock.lock()
    lock.lock_screen.pin.setText("000000")
    lock.lock_screen.go.click()
    assert lock.locked and lock.lock_screen.error.isVisible()
    assert "do not match" in lock.lock_screen.error.text()
    lock.lock_screen.pin.setText(OWNER_PIN)
    lock.lock_screen.go.click()
    assert not lock.locked and other.isVisible() and window.menuBar().isVisible()
    assert len(window.ctx.services.clients.search("")) == 3


def test_ctrl_l_locks_and_switch_user_signs_another_in(desk, practice, qtbot, show):
    window, lock, _staff = desk
    other = show(QDialog(window))
    qtbot.keyClick(window, "l", modifier=Qt.KeyboardModifier.ControlModifier)
    assert lock.locked
    lock.lock_screen.switch.click()
    assert lock.lock_screen.signing_in and lock.desk.person is None
    names = [lock.lock_screen.accounts.itemText(i)
             for i in range(lock.lock_screen.accounts.count())]
    assert "Sam Ortiz (Front desk)" in names
    lock.lock_screen.accounts.setCurrentIndex(names.index("Sam Ortiz (Front desk)"))
    lock.lock_screen.pin.setText(DESK_PIN)
    lock.lock_screen.go.click()
    # The owner set Sam's PIN: Sam chooses their own before the desk opens.
    dialog = lock.pin_dialog
    assert lock.locked and dialog is not None and dialog.isVisible()
    dialog.pin.setText("731904")
    dialog.again.setText("731904")
    dialog.ok_button.click()
    assert not lock.locked and lock.desk.person.name == "Sam Ortiz"
    assert not other.isVisible()  # the owner's window is not shown to the next person
    tabs = window.tabs
    assert not tabs.isTabVisible(tabs.indexOf(window.trends_tab))
    assert tabs.isTabVisible(tabs.indexOf(window.schedule))
    assert not window.settings_action.isEnabled()
    assert lock.who.text() == "Signed in: Sam Ortiz (Front desk)"
    assert actions(practice.svc)[-4:] == ["lock", "sign_out", "sign_in", "pin_changed"]


def test_an_urgent_message_shows_on_the_lock_page_without_words(desk, practice):
    window, lock, _staff = desk
    lock.lock()
    client_writes(practice.svc, ANA, CRISIS_TEXT)
    window.crisis.refresh()
    assert lock.lock_screen.crisis.isVisible()
    assert lock.lock_screen.crisis.text() == crisis_words(1)
    shown = _texts(lock.lock_screen)
    assert "ending my life" not in shown and "Lindqvist" not in shown and "Annie" not in shown


def test_a_clinician_is_not_offered_booking_and_counts_only_their_clients_unread(
        desk, practice, book):
    window, lock, _staff = desk
    book(practice.ana, at(10, 10))
    book(practice.ben, at(10, 11), clinician=practice.reyes)
    client_writes(practice.svc, BEN, "what time is my appointment again?")
    clinician = Person(99, "Dr. Okafor", Role.CLINICIAN, practice.okafor.id)
    lock.desk.signed_in(clinician)
    apply_role(window, clinician)
    guarded = window.ctx.services
    assert guarded.inbox.unread_count() == 0  # Ben is Daniel Reyes's client
    client_writes(practice.svc, ANA, "see you tuesday")
    assert guarded.inbox.unread_count() == 1
    book_action = window.schedule.actions_.book
    assert not book_action.isEnabled()
    assert "(Clinician) cannot book" in book_action.toolTip()
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.trends_tab))
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.todo))
    assert not window.settings_action.isEnabled()


def test_an_it_account_is_told_to_fetch_someone_and_given_no_crisis_buttons(desk, practice):
    window, lock, staff = desk
    client_writes(practice.svc, ANA, CRISIS_TEXT)
    it = staff.person(staff.it)
    lock.desk.signed_in(it)
    apply_role(window, it)
    window.crisis.refresh()
    banner = window.crisis_banner
    assert banner.isVisible() and banner.quote.text() == CANNOT_ACT
    assert not any(b.isVisible() for b in (banner.ack_button, banner.open_button,
                                           banner.show_button))
    assert "ending my life" not in banner.title.text() + banner.quote.text()
    assert window.no_tabs_note.isVisible() and not window.tabs.isVisible()
