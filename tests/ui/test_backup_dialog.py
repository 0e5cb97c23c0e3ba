"""Help → Backups…, real widgets over real services as IT signs in (GuardedServices): the folder
and the last good backup, Back up now and the list, a folder that went away said in words,
Restore… confirmed in words and done once FrontDesk has closed (the replaced database kept),
a backup from another PC with its recovery code, and a front-desk account refused."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from widget_helpers import context_for

from frontdesk.paths import AppPaths
from frontdesk.services.access import DeskSession, GuardedServices
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault
from frontdesk.ui.support import after_quit
from frontdesk.ui.support.backup_dialog import BackupDialog, open_backups
from tests.account_kit import make_staff
from tests.backup_kit import keyed_services

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"


@pytest.fixture
def services(vault, clock, secret_store):
    svc, code = keyed_services(vault, clock, secret_store)
    svc.recovery_code = code
    yield svc
    svc.close()


@pytest.fixture(autouse=True)
def nothing_left_after_quit():
    yield
    after_quit.forget()


@pytest.fixture
def as_it(services):
    """The services as Priya (IT) may use them, and the desk she signed in at."""
    staff = make_staff(services)
    desk = DeskSession()
    desk.signed_in(staff.person(staff.it))
    return GuardedServices(services, desk), desk, staff


@pytest.fixture
def dialog(as_it, runner, show):
    guarded, _desk, staff = as_it
    opened = show(BackupDialog(context_for(guarded, runner, staff.person(staff.it).actor)))
    opened.quit_app = lambda: opened.quits.append(True)
    opened.quits = []
    return opened


@pytest.fixture
def answers(monkeypatch):
    """QMessageBox.question answered Yes, and every question and message recorded."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    def told(_parent, title, text, *_args, **_kwargs):
        asked.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(told))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(told))
    return asked


def test_back_up_now_fills_the_list_and_the_last_good_backup(dialog, vault, click):
    assert dialog.windowTitle() == "Backups"
    assert dialog.last_label.text().startswith("No backup has been made yet. Backups are on "
                                               "this computer's own disk")
    assert dialog.folder_edit.text() == str(vault.paths.backups_dir)
    assert dialog.table.rowCount() == 0
    click(dialog.backup_button)
    assert dialog.table.rowCount() == 1
    [made] = dialog.backups
    assert dialog.notice.text == f"Backup made and checked: {made.name}."
    assert dialog.last_label.text().startswith(
        f"Last good backup: Wed 4 Mar 2026, 8:00 AM ({made.name}).")
    assert dialog.table.item(0, 0).text() == "Wed 4 Mar 2026, 8:00 AM"
    assert dialog.table.item(0, 3).text() == "beside it"
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "backup-dialog.png"))


def test_choosing_a_folder_and_a_folder_that_went_away(dialog, services, tmp_path, click):
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog.set_folder(str(usb))
    assert dialog.notice.text == f"Daily backups go to {usb} from now on."
    assert dialog.folder_edit.text() == str(usb)
    click(dialog.backup_button)
    usb_files = list(usb.glob("frontdesk-backup-*.db"))
    assert len(usb_files) == 1
    for path in usb.iterdir():
        path.unlink()
    usb.rmdir()  # unplugged
    services.backups.run_due()  # the hourly look at the folder
    dialog.reload()
    assert dialog.notice.level == "warning"
    assert f"the backup folder {usb} is not reachable" in dialog.notice.text
    assert "Help → Backups" in dialog.notice.text
    dialog.set_folder(str(tmp_path / "still-unplugged"))
    assert dialog.notice.level == "error" and "not reachable" in dialog.notice.text


def test_restore_is_confirmed_in_words_then_done_after_frontdesk_closes(
        dialog, services, vault, answers, click):
    click(dialog.backup_button)
    dialog.table.selectRow(0)
    click(dialog.restore_button)
    [question] = answers
    assert "Replace the practice's database with the backup made Wed 4 Mar 2026, 8:00 AM" \
        in question
    assert "kept aside in FrontDesk's data folder" in question
    assert "FrontDesk closes to do this" in question and "Start FrontDesk again" in question
    assert dialog.quits == [True] and after_quit.waiting() == 1
    assert "FrontDesk is closing" in dialog.notice.text
    assert list(vault.paths.data_dir.glob("frontdesk.db.replaced-*")) == []  # not yet
    services.close()  # what closing FrontDesk does before the waiting work runs
    after_quit.run()
    assert answers[-1].startswith("FrontDesk: backup restored: The backup made ")
    assert "The database it replaced is kept as" in answers[-1]
    assert len(list(vault.paths.data_dir.glob("frontdesk.db.replaced-*"))) == 1
    Vault(vault.paths, vault.secrets).open().engine.dispose()  # it opens again


def test_cancelling_the_confirmation_restores_nothing(dialog, no_blocking_questions, click):
    click(dialog.backup_button)
    dialog.table.selectRow(0)
    click(dialog.restore_button)
    assert len(no_blocking_questions) == 1  # asked, and answered "no"
    assert dialog.notice.text == "Nothing was restored."
    assert after_quit.waiting() == 0 and dialog.quits == []


def test_a_backup_from_another_pc_asks_for_its_recovery_code(dialog, clock, tmp_path,
                                                             answers):
    other_store = SecretStore(service=f"FrontDesk-test-{uuid.uuid4().hex[:12]}")
    other, code = keyed_services(Vault(AppPaths(tmp_path / "other").ensure(), other_store),
                                 clock, other_store)
    try:
        made = other.backups.back_up_now("their IT")
    finally:
        other.close()
    codes = iter(["WRONG-0000-0000-0000-0000-0000", code, None])
    asks: list[str] = []

    def ask(text: str):
        asks.append(text)
        return next(codes)

    dialog.ask_code = ask
    dialog.check_backup(made.path)
    assert asks[0].startswith("The key to this backup is not in this computer's keyring.")
    assert asks[1].startswith("That recovery code does not open this backup.")
    assert len(answers) == 1 and made.name in answers[0]  # then confirmed
    assert after_quit.waiting() == 1


def test_a_damaged_backup_is_refused_in_words(dialog, click, tmp_path):
    click(dialog.backup_button)
    path = Path(dialog.backups[0].path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2: len(data) // 2 + 16] = bytes(16)
    path.write_bytes(bytes(data))
    dialog.check_backup(str(path))
    assert dialog.notice.level == "error"
    assert "is damaged" in dialog.notice.text and "Nothing was replaced" in dialog.notice.text
    assert after_quit.waiting() == 0


def test_a_front_desk_account_is_refused(as_it, runner, show):
    guarded, desk, staff = as_it
    desk.signed_in(staff.person(staff.desk))
    opened = show(BackupDialog(context_for(guarded, runner, "Sam")))
    assert opened.notice.level == "error"
    assert "cannot make or restore backups" in opened.notice.text


def test_the_help_menu_opens_it_once(window, services):
    main = window(services)
    main.help_actions["open_backups"].trigger()
    first = main.backup_dialog
    assert isinstance(first, BackupDialog) and first.isVisible()
    assert open_backups(main) is first
    first.close()


def test_with_the_real_runner_no_sql_runs_on_the_gui_thread(as_it, services, qtbot):
    """The real TaskRunner: the backup is made off the GUI thread and the list fills."""
    import threading

    from sqlalchemy import event

    from frontdesk.ui.tasks import TaskRunner

    guarded, _desk, staff = as_it
    engine = services.engine
    on_gui: list[str] = []

    def watch(_conn, _cursor, statement, *_args):
        if threading.current_thread() is threading.main_thread():
            on_gui.append(statement.split()[0])

    runner = TaskRunner()
    event.listen(engine, "before_cursor_execute", watch)
    try:
        opened = BackupDialog(context_for(guarded, runner, staff.person(staff.it).actor))
        qtbot.addWidget(opened)
        opened.show()
        qtbot.waitUntil(lambda: opened.last_label.text() != "Reading…", timeout=10_000)
        opened.back_up_now()
        assert not opened.backup_button.isEnabled()  # busy while it runs
        qtbot.waitUntil(lambda: opened.table.rowCount() == 1, timeout=30_000)
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
        assert opened.backup_button.isEnabled()
        assert opened.notice.text.startswith("Backup made and checked:")
    finally:
        runner.shutdown()
        event.remove(engine, "before_cursor_execute", watch)
    assert on_gui == [], f"SQL on the GUI thread: {on_gui}"
