"""The start-up flow: open, create or unlock the practice's database, off the GUI thread.

It asks the user only what it must (empty or demo practice on first run; the
recovery code when the key is missing or wrong) and never replaces an
existing database. A database that is elsewhere (its key or recovery file is here),
damaged or on a full disk gets a dialog saying what happened and what to do, and is
never created over. When the data is open it emits `ready(services, info)`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from frontdesk.services.errors import FrontDeskError, VaultError
from frontdesk.services.vault import VaultState
from frontdesk.ui.startup.startup_dialogs import (
    DEMO,
    FirstRunDialog,
    ProblemDialog,
    RecoveryCodeDialog,
    UnlockDialog,
)
from frontdesk.ui.tasks import run_for

log = logging.getLogger(__name__)
PROBLEM_TITLES = {
    VaultError.DATA_MISSING: "FrontDesk's data is not where it was",
    VaultError.DAMAGED: "FrontDesk's database file is damaged",
    VaultError.DISK_FULL: "The disk is full",
    "": "FrontDesk cannot start yet",
}


@dataclass(frozen=True)
class StartInfo:
    created: bool  # a new database was made just now
    demo: bool


class StartupFlow(QObject):
    ready = Signal(object, object)  # Services, StartInfo
    aborted = Signal(str)  # why the app cannot start (shown or printed by the caller)

    def __init__(self, composition, runner, *, demo: bool, interactive: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.composition = composition
        self.runner = runner
        self.demo = demo
        self.interactive = interactive
        self.dialog: QDialog | None = None  # the dialog on screen, for tests

    @property
    def vault(self):
        return self.composition.vault("demo" if self.demo else "practice")

    def start(self) -> None:
        run_for(self, self.runner, self.vault.state).on_success(self._on_state).on_failure(
            self._problem)

    # ---- the branches ----------------------------------------------------
    def _on_state(self, state: VaultState) -> None:
        if state is VaultState.READY:
            run_for(self, self.runner, self._open).on_success(self._opened).on_failure(
                self._problem)
        elif state in (VaultState.DATA_MISSING, VaultState.DAMAGED):
            # Opening explains exactly what is wrong (and which backup to use); never create.
            run_for(self, self.runner, self._open).on_success(self._opened).on_failure(
                self._problem)
        elif state is VaultState.KEY_MISSING:
            self._ask_code("The key to this practice's data is not in this computer's keyring "
                           "(the keyring may have been reset, or the data folder moved).")
        elif self.demo or not self.interactive:
            self._create()
        else:
            dialog = FirstRunDialog()
            dialog.finished.connect(lambda _r: self._first_run_chosen(dialog.choice))
            self._show(dialog)

    def _first_run_chosen(self, choice: str | None) -> None:
        if choice is None:
            self.aborted.emit("")
            return
        if choice == DEMO:
            self.demo = True
            self.start()  # the demo practice has its own folder: it may exist already
        else:
            self._create()

    def _create(self) -> None:
        run_for(self, self.runner, self.composition.create_practice, self.demo).on_success(
            self._created).on_failure(self._problem)

    def _created(self, result) -> None:
        services, code = result
        info = StartInfo(created=True, demo=self.demo)
        if not self.interactive:
            self.ready.emit(services, info)
            return
        dialog = RecoveryCodeDialog(code)
        dialog.finished.connect(lambda _r: self.ready.emit(services, info))
        self._show(dialog)

    def _open(self):
        return self.composition.services(self.vault.open().engine, self.demo)

    def _opened(self, services) -> None:
        self.ready.emit(services, StartInfo(created=False, demo=self.demo))

    def _ask_code(self, problem: str) -> None:
        if not self.interactive:
            self.aborted.emit(problem + " Start FrontDesk normally to enter the recovery code.")
            return
        dialog = UnlockDialog(problem)

        def submit(code: str) -> None:
            task = run_for(self, self.runner, self._recover, code)
            task.on_success(lambda svc: (dialog.done(QDialog.DialogCode.Accepted),
                                         self._opened(svc)))
            task.on_failure(lambda exc: dialog.show_error(_say(exc)))

        dialog.code_entered = submit
        dialog.rejected.connect(lambda: self.aborted.emit(""))
        self._show(dialog)

    def _recover(self, code: str):
        return self.composition.services(self.vault.recover(code).engine, self.demo)

    def _problem(self, exc: BaseException) -> None:
        if isinstance(exc, VaultError) and exc.reason in (VaultError.KEY_MISSING,
                                                          VaultError.WRONG_KEY):
            self._ask_code(exc.message)
            return
        title = PROBLEM_TITLES.get(getattr(exc, "reason", ""), PROBLEM_TITLES[""])
        if isinstance(exc, FrontDeskError):
            message, hint = exc.message, exc.hint
        else:
            message = ("Something unexpected went wrong while opening the data "
                       f"({type(exc).__name__}).")
            hint = "Details are in FrontDesk's log file. Your data has not been changed."
        if not self.interactive:
            self.aborted.emit(f"{message} {hint}".strip())
            return
        dialog = ProblemDialog(message, hint, title=title)
        dialog.accepted.connect(self.start)
        dialog.rejected.connect(lambda: self.aborted.emit(""))
        self._show(dialog)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()


def _say(exc: BaseException) -> str:
    if isinstance(exc, FrontDeskError):
        return str(exc)
    return f"That did not work ({type(exc).__name__}). Details are in FrontDesk's log file."
