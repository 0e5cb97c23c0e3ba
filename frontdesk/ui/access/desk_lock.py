"""The lock inside the main window: Ctrl+L or idle minutes lock the desk; the lock page
covers the window and every other FrontDesk window is hidden; the person's PIN unlocks, or
Switch user signs them out and lets another sign in. Reminders, sync and the poller keep
running meanwhile (they never pass through the desk's session), and the crisis alarm shows
on the lock page without words.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QStackedWidget, QWidget

from frontdesk.domain.access import Person
from frontdesk.domain.changes import Changes
from frontdesk.services.access import DeskSession
from frontdesk.ui.access.gate import CHANGE_ABOUT, RECOVERY_ABOUT, account_label
from frontdesk.ui.access.idle import IdleWatch
from frontdesk.ui.access.lock_screen import LockScreen
from frontdesk.ui.access.pin_dialogs import CURRENT_PIN, RECOVERY_CODE, NewPinDialog
from frontdesk.ui.access.role_view import apply_role
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.notice import error_text

log = logging.getLogger(__name__)
CHANGE_OWN = "Choose a new PIN for your account. The old one stops working at once."


class DeskLock(QObject):
    """Wraps the main window's content in a stack whose second page is the lock screen."""

    def __init__(self, window, desk: DeskSession, accounts, clock, *,
                 idle_minutes: int = 5, sign_in_hint: str = "") -> None:
        super().__init__(window)
        self.sign_in_hint = sign_in_hint  # the demo practice's shared PIN
        self.window, self.desk, self.accounts = window, desk, accounts
        self.runner = window.runner
        self.hidden: list[QWidget] = []  # other windows hidden by the lock, to show again
        self.pin_dialog: NewPinDialog | None = None  # a first sign-in's new PIN (tests)
        self.lock_screen = LockScreen()
        self.pages = QStackedWidget(window)
        content = window.takeCentralWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(self.lock_screen)
        window.setCentralWidget(self.pages)
        self.who = QLabel("", window)
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.who.setContentsMargins(0, 0, 12, 0)
        window.menuBar().setCornerWidget(self.who, Qt.Corner.TopRightCorner)
        self._build_menu()
        self.idle = IdleWatch(clock, idle_minutes, self)
        self.idle.idle.connect(lambda: self.lock("idle"))
        self.lock_screen.unlock.connect(self._unlock)
        self.lock_screen.sign_in.connect(self._sign_in)
        self.lock_screen.switch_user.connect(self.switch_user)
        window.crisis.changed.connect(self.lock_screen.set_crisis_count)
        window.schedule.context_loaded.connect(
            lambda c: self.lock_screen.set_practice(c.practice.name.strip()))
        self.lock_screen.forgot.connect(self._recover_owner)
        self._show_person()

    def _build_menu(self) -> None:
        bar = self.window.menuBar()
        menu = QMenu("&Account", self.window)
        help_menu = getattr(self.window, "help_menu", None)
        if help_menu is not None:  # Help stays last
            bar.insertMenu(help_menu.menuAction(), menu)
        else:
            bar.addMenu(menu)
        self.lock_action = QAction("&Lock", self.window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(lambda: self.lock("on demand"))
        self.switch_action = QAction("&Switch user…", self.window)
        self.switch_action.triggered.connect(self.switch_user)
        self.pin_action = QAction("Change my &PIN…", self.window)
        self.pin_action.triggered.connect(self.change_pin)
        menu.addActions([self.lock_action, self.switch_action, self.pin_action])
        self.window.addAction(self.lock_action)  # Ctrl+L works with the menu bar hidden too

    def start(self) -> None:
        self.idle.start()
        self.read_idle_minutes()
        self.window.ctx.events.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.has("settings"):  # the owner may have changed the idle minutes
            self.read_idle_minutes()

    def read_idle_minutes(self) -> None:
        run_for(self, self.runner, self.accounts.idle_lock_minutes).on_success(
            self.idle.set_minutes)

    def stop(self) -> None:
        self.idle.stop()

    @property
    def locked(self) -> bool:
        return self.pages.currentWidget() is self.lock_screen

    # ---- locking -----------------------------------------------------------------------
    def lock(self, why: str = "on demand") -> None:
        person = self.desk.person
        if person is None or self.locked:
            return
        self.desk.lock()
        self._cover()
        self.lock_screen.show_locked(account_label(person.name, person.role.label))
        run_for(self, self.runner, self.accounts.record_lock, person, why).on_failure(
            lambda exc: log.warning("The lock was not recorded (%s)", type(exc).__name__))

    def _cover(self) -> None:
        """Every other FrontDesk window hidden, the lock page up, the menus out of reach."""
        self.idle.pause()
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible() and widget.isWindow():
                widget.hide()
                self.hidden.append(widget)
        self.pages.setCurrentWidget(self.lock_screen)
        self.window.menuBar().setVisible(False)
        for action in (self.switch_action, self.pin_action):
            action.setEnabled(False)
        self.window.banner.clear()  # a notice may name a client
        self.window.show()
        self.window.raise_()

    def _uncover(self, person: Person, same_person: bool) -> None:
        self.window.banner.clear()  # what failed while locked is read again now
        self.pages.setCurrentIndex(0)
        self.window.menuBar().setVisible(True)
        for action in (self.switch_action, self.pin_action):
            action.setEnabled(True)
        windows, self.hidden = self.hidden, []
        for widget in windows:  # only their own windows come back; another's are closed
            if same_person:
                widget.show()
            else:
                widget.close()
        self._show_person()
        self.idle.resume()
        self.window.ctx.events.announce(Changes.all())  # every screen reads as this person

    # ---- unlocking and switching ------------------------------------------------------
    def _unlock(self, pin: str) -> None:
        person = self.desk.person
        if person is None:
            return
        run_for(self, self.runner, self.accounts.unlock, person, pin).on_success(
            lambda p: self._in(p, same_person=True)).on_failure(self._refused)

    def switch_user(self) -> None:
        person = self.desk.person
        if not self.locked:
            self._cover()
        if person is not None:
            run_for(self, self.runner, self.accounts.record_sign_out, person)
        self.desk.signed_out()
        run_for(self, self.runner, self.accounts.accounts).on_success(
            lambda accounts: self.lock_screen.show_sign_in(
                [(a.id, account_label(a.name, a.role.label)) for a in accounts if a.active],
                self.sign_in_hint))

    def _sign_in(self, account_id: int, pin: str) -> None:
        def check() -> tuple[Person, bool]:
            person = self.accounts.sign_in(account_id, pin)
            return person, self.accounts.account(person.account_id).must_change_pin

        run_for(self, self.runner, check).on_success(
            lambda result: self._signed_in(*result, pin)).on_failure(self._refused)

    def _signed_in(self, person: Person, must_change: bool, pin: str) -> None:
        if not must_change:
            self._in(person, same_person=False)
            return

        def submit(new_pin: str) -> None:
            run_for(dialog, self.runner, self.accounts.change_own_pin, person, pin,
                    new_pin).on_success(lambda _r: (dialog.accept(), self._in(
                        person, same_person=False))).on_failure(dialog.failed)

        dialog = NewPinDialog("Choose your PIN", CHANGE_ABOUT, submit, parent=self.window)
        dialog.rejected.connect(lambda: self.lock_screen.show_error(
            "Choose your own PIN to go on."))
        self.pin_dialog = dialog
        dialog.open()

    def _in(self, person: Person, *, same_person: bool) -> None:
        self.desk.signed_in(person)
        apply_role(self.window, person)
        self._uncover(person, same_person)

    def _refused(self, exc: BaseException) -> None:
        self.lock_screen.show_error(error_text(exc))

    def _show_person(self) -> None:
        person = self.desk.person
        self.who.setText(f"Signed in: {account_label(person.name, person.role.label)}"
                         if person else "")

    def _recover_owner(self) -> None:
        def submit(code: str, new_pin: str) -> None:
            run_for(dialog, self.runner, self.accounts.reset_owner_pin_with_recovery_code,
                    code, new_pin).on_success(lambda p: (dialog.accept(), self._in(
                        p, same_person=p == self.desk.person))).on_failure(dialog.failed)

        dialog = NewPinDialog("Reset the owner's PIN", RECOVERY_ABOUT, submit,
                              first=RECOVERY_CODE, parent=self.window)
        dialog.open()

    def change_pin(self) -> None:
        person = self.desk.person
        if person is None:
            return

        def submit(old: str, new: str) -> None:
            run_for(dialog, self.runner, self.accounts.change_own_pin, person, old,
                    new).on_success(lambda _r: (dialog.accept(), self.window.show_notice(
                        "Your new PIN is saved.", "success"))).on_failure(dialog.failed)

        dialog = NewPinDialog("Change my PIN", CHANGE_OWN, submit, first=CURRENT_PIN,
                              parent=self.window)
        dialog.open()
