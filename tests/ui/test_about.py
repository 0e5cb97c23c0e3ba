"""Help → About FrontDesk: the version, the licence, Qt's and Python's versions, the data and
log folders with Open folder buttons (through Qt's own URL handling), for any account."""

from __future__ import annotations

import platform
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot, qVersion
from PySide6.QtGui import QDesktopServices
from widget_helpers import context_for

from frontdesk import __version__
from frontdesk.services.access import DeskSession, GuardedServices
from frontdesk.ui.support.about import AboutDialog, open_about
from tests.account_kit import make_staff
from tests.doctor_kit import keyed_practice

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"


@pytest.fixture
def services(vault, clock, secret_store):
    svc = keyed_practice(vault, clock, secret_store)
    yield svc
    svc.close()


class Opened(QObject):
    """Where Qt would hand a file:// URL to the desktop (QDesktopServices.setUrlHandler)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toLocalFile())


@pytest.fixture
def opened():
    catcher = Opened()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def about(services, runner, show):
    staff = make_staff(services)
    desk = DeskSession()
    desk.signed_in(staff.person(staff.desk))  # a front-desk account: About is for anyone
    dialog = show(AboutDialog(context_for(GuardedServices(services, desk), runner, "Sam")))
    dialog.load()
    return dialog


def test_about_says_what_runs_and_where_the_files_are(about, paths):
    assert about.windowTitle() == "About FrontDesk"
    assert about.version.text() == __version__
    assert "AGPL-3.0-or-later" in about.licence.text()
    assert qVersion() in about.qt.text()
    assert platform.python_version() in about.python.text()
    assert about.data_dir.text() == str(paths.data_dir)
    assert about.log_dir.text() == str(paths.log_dir)
    SHOTS.mkdir(exist_ok=True)
    about.grab().save(str(SHOTS / "about.png"))


def test_open_folder_buttons_hand_the_folders_to_the_desktop(about, paths, opened, click):
    click(about.open_data)
    click(about.open_logs)
    assert opened.urls == [str(paths.data_dir), str(paths.log_dir)]
    assert about.notice.isHidden()


def test_the_help_menu_opens_it_once(window, services):
    main = window(services)
    main.help_actions["open_about"].trigger()
    dialog = main.about_dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    assert open_about(main) is dialog
    dialog.close()
