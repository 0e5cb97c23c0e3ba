"""Who opens the desk: before the main window, somebody signs in.

A practice with no account yet makes its owner's (`OwnerAccountDialog`); the demo practice
opens signed in as its owner; otherwise the sign-in screen (a `LockScreen` of its own, with
the crisis alarm on it) asks for a name and PIN. A PIN the owner reset is replaced by the
person's own before the desk opens. Every check runs off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout, QWidget

from frontdesk.domain.access import Person
from frontdesk.services.access import DeskSession, GuardedServices
from frontdesk.services.errors import FrontDeskError
from frontdesk.ui.access.lock_screen import LockScreen
from frontdesk.ui.access.owner_dialog import OwnerAccountDialog
from frontdesk.ui.access.pin_dialogs import RECOVERY_CODE, NewPinDialog
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.notice import error_text

CRISIS_CHECK_MS = 15_000
SIGN_IN_TITLE = "Sign in to FrontDesk"
RECOVERY_ABOUT = ("Enter the practice's recovery code (given when FrontDesk was set up) and "
                  "choose a new PIN for the owner's account. This is recorded.")
CHANGE_ABOUT = ("The practice owner set your PIN. Choose your own now: nobody else should "
                "know it.")


def account_label(name: str, role_label: str) -> str:
    return f"{name} ({role_label})"


class SignInWindow(QWidget):
    """The sign-in screen before the main window, with the crisis alarm. Closing it quits
    (`closed`), since nothing else is on screen."""

    closed = Signal()

    def __init__(self, guarded: GuardedServices, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guarded, self.runner = guarded, runner
        self.setWindowTitle(SIGN_IN_TITLE)
        self.screen_widget = LockScreen(self)
        QVBoxLayout(self).addWidget(self.screen_widget)
        self.resize(900, 600)
        self.crises = 0
        self.timer = QTimer(self)
        self.timer.setInterval(CRISIS_CHECK_MS)
        self.timer.timeout.connect(self.check_crises)

    def start(self) -> None:
        self.timer.start()
        self.check_crises()

    def stop(self) -> None:
        self.timer.stop()

    def check_crises(self) -> None:
        run_for(self, self.runner, self.guarded.inbox.open_crises).on_success(self._crises)

    def closeEvent(self, event) -> None:
        self.stop()
        self.closed.emit()
        super().closeEvent(event)

    def _crises(self, alerts: list) -> None:
        if len(alerts) > self.crises:
            QApplication.beep()
            QApplication.alert(self)
        self.crises = len(alerts)
        self.screen_widget.set_crisis_count(self.crises)


class AccessGate(QObject):
    """`entered(DeskSession)` once someone is signed in; `aborted(reason)` to quit."""

    entered = Signal(object)
    aborted = Signal(str)

    def __init__(self, services, runner, *, demo: bool, interactive: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.demo, self.interactive = demo, interactive
        self.desk = DeskSession()
        self.guarded = GuardedServices(services, self.desk)
        self.window: SignInWindow | None = None
        self.dialog: QDialog | None = None  # the dialog on screen, for tests

    def start(self) -> None:
        run_for(self, self.runner, self._situation).on_success(self._go).on_failure(
            self._cannot)

    def _situation(self) -> tuple[str, object]:
        if self.demo:
            from frontdesk.services.demo_accounts import demo_owner

            return "in", demo_owner(self.services)
        accounts = self.services.accounts
        if not accounts.has_accounts():
            return "owner", None
        return "sign_in", ([(a.id, account_label(a.name, a.role.label))
                            for a in accounts.accounts() if a.active],
                           self.services.practice.settings().name.strip())

    def _go(self, situation: tuple[str, object]) -> None:
        what, value = situation
        if what == "in":
            self._entered(value)  # type: ignore[arg-type]
        elif not self.interactive:
            self.aborted.emit("Somebody must sign in first: start FrontDesk normally.")
        elif what == "owner":
            self._ask_owner()
        else:
            self._show_sign_in(*value)  # type: ignore[misc]

    def _cannot(self, exc: BaseException) -> None:
        self.aborted.emit(error_text(exc) if isinstance(exc, FrontDeskError) else
                          f"The staff accounts could not be read ({type(exc).__name__}).")

    # ---- the first owner ---------------------------------------------------------------
    def _ask_owner(self) -> None:
        def submit(name: str, pin: str) -> None:
            run_for(dialog, self.runner, self.services.accounts.create_owner, name,
                    pin).on_success(lambda p: (dialog.accept(), self._entered(p))).on_failure(
                dialog.failed)

        dialog = OwnerAccountDialog(submit)
        dialog.rejected.connect(lambda: self.aborted.emit(""))
        self.dialog = dialog
        dialog.open()

    # ---- signing in ----------------------------------------------------------------------
    def _show_sign_in(self, accounts: list[tuple[int, str]], practice: str) -> None:
        window = self.window = SignInWindow(self.guarded, self.runner)
        window.screen_widget.set_practice(practice)
        window.screen_widget.show_sign_in(accounts)
        screen = window.screen()
        if screen is not None:  # in the middle of the screen, where a window manager would
            window.move(screen.availableGeometry().center() - window.rect().center())
        window.screen_widget.sign_in.connect(self._sign_in)
        window.screen_widget.forgot.connect(self._recover_owner)
        window.closed.connect(lambda: self.aborted.emit(""))
        window.show()
        window.start()

    def _sign_in(self, account_id: int, pin: str) -> None:
        assert self.window is not None
        screen = self.window.screen_widget
        run_for(self.window, self.runner, self._check, account_id, pin).on_success(
            lambda result: self._signed_in(result, pin)).on_failure(
            lambda exc: screen.show_error(error_text(exc)))

    def _check(self, account_id: int, pin: str) -> tuple[Person, bool]:
        person = self.services.accounts.sign_in(account_id, pin)
        return person, self.services.accounts.account(person.account_id).must_change_pin

    def _signed_in(self, result: tuple[Person, bool], pin: str) -> None:
        person, must_change = result
        if not must_change:
            self._entered(person)
            return

        def submit(new_pin: str) -> None:
            run_for(dialog, self.runner, self.services.accounts.change_own_pin, person, pin,
                    new_pin).on_success(lambda _r: (dialog.accept(), self._entered(person))
                                        ).on_failure(dialog.failed)

        dialog = NewPinDialog("Choose your PIN", CHANGE_ABOUT, submit, parent=self.window)
        self.dialog = dialog
        dialog.open()

    def _recover_owner(self) -> None:
        def submit(code: str, new_pin: str) -> None:
            run_for(dialog, self.runner,
                    self.services.accounts.reset_owner_pin_with_recovery_code, code,
                    new_pin).on_success(lambda p: (dialog.accept(), self._entered(p))
                                        ).on_failure(dialog.failed)

        dialog = NewPinDialog("Reset the owner's PIN", RECOVERY_ABOUT, submit,
                              first=RECOVERY_CODE, parent=self.window)
        self.dialog = dialog
        dialog.open()

    def _entered(self, person: Person) -> None:
        self.desk.signed_in(person)
        if self.window is not None:
            window, self.window = self.window, None
            window.closed.disconnect()
            window.stop()
            window.hide()
            window.deleteLater()
        self.entered.emit(self.desk)
