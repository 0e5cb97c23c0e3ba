"""Help → Check this installation… with real widgets over real services as IT signs in: each
line shown three ways (glyph, word, colour) with what to do, Run again, Copy support info to
the clipboard (no client data), a front-desk account refused, the Help menu opening it, and
the check on the real task runner (off the GUI thread)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from widget_helpers import UI_WAIT_MS, context_for

from frontdesk.services.access import DeskSession, GuardedServices
from frontdesk.services.dto import ClientInput
from frontdesk.ui.support.doctor_dialog import COPIED, CheckRow, DoctorDialog, open_doctor
from frontdesk.ui.tasks import TaskRunner
from frontdesk.ui.widgets import style
from tests.account_kit import make_staff
from tests.doctor_kit import keyed_practice

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"


@pytest.fixture
def services(vault, clock, secret_store):
    svc = keyed_practice(vault, clock, secret_store)
    yield svc
    svc.close()


def signed_in(services, role: str):
    staff = make_staff(services)
    desk = DeskSession()
    desk.signed_in(staff.person(staff.it if role == "it" else staff.desk))
    return GuardedServices(services, desk)


@pytest.fixture
def dialog(services, runner, show):
    guarded = signed_in(services, "it")
    opened = show(DoctorDialog(context_for(guarded, runner, "Priya Nair")))
    opened.run()
    return opened


def by_name(dialog) -> dict[str, CheckRow]:
    return {row.check.name: row for row in dialog.row_widgets}


def test_each_line_is_shown_with_glyph_word_and_colour(dialog):
    rows = by_name(dialog)
    assert len(rows) == 14 and list(rows)[:3] == ["Keyring", "Recovery file", "Database"]
    seen = set()
    for row in rows.values():
        s = style.CHECK_LEVEL[row.check.level]
        assert row.badge.text() == f"{s.glyph} {s.label}"  # glyph and word
        assert s.colour in row.badge.styleSheet()  # and colour
        assert row.words.text() == row.check.words
        seen.add(row.check.level.value)
    assert seen == {"ok", "warning"}  # a new practice: texts, email, backups not set up
    texts = rows["Texts (Twilio)"]
    assert texts.badge.text() == "⚠ WARNING" and style.ORANGE in texts.badge.styleSheet()
    assert texts.what_to_do.text().startswith("What to do: Practice settings → Messaging")
    assert rows["Database"].badge.text() == "✔ OK" and rows["Database"].what_to_do is None
    assert dialog.summary.text().startswith("⚠ ") and "warning" in dialog.summary.text()
    SHOTS.mkdir(exist_ok=True)
    dialog.resize(900, 900)
    dialog.grab().save(str(SHOTS / "doctor-dialog.png"))


def test_run_again_replaces_the_lines(dialog, click, services):
    first = dialog.row_widgets
    services.clients.create(ClientInput("Ada", "Brook", mobile="(617) 555-0142"), "test")
    click(dialog.run_again)
    assert len(dialog.row_widgets) == 14
    assert not set(first) & set(dialog.row_widgets)


def test_copy_support_info_puts_the_lines_on_the_clipboard_without_client_data(
        dialog, click, services):
    services.clients.create(ClientInput("Zephyrine", "Quillfeather", email="zq@example.org",
                                        preferred_channel="email"), "test")
    click(dialog.run_again)
    click(dialog.copy)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("FrontDesk support information (no client data)")
    assert "Qt:" in copied and "PySide6" in copied and "clients 1" in copied
    assert "WARNING  Texts (Twilio)" in copied
    for secret in ("Zephyrine", "Quillfeather", "zq@example.org"):
        assert secret not in copied
    assert dialog.notice.text == COPIED


def test_a_front_desk_account_is_refused_in_words(services, runner, show):
    guarded = signed_in(services, "front_desk")
    dialog = show(DoctorDialog(context_for(guarded, runner, "Sam Ortiz")))
    dialog.run()
    assert dialog.row_widgets == []
    assert "cannot check the installation" in dialog.notice.text
    assert not dialog.copy.isEnabled()


def test_the_help_menu_opens_it_once(window, services):
    main = window(services)
    action = main.help_actions["open_doctor"]
    action.trigger()
    opened = main.doctor_dialog
    assert isinstance(opened, DoctorDialog) and opened.isVisible()
    assert len(opened.row_widgets) == 14
    assert open_doctor(main) is opened  # raised, not a second one
    opened.close()


def test_the_check_runs_off_the_gui_thread(services, qtbot, show):
    """On the real task runner: the lines arrive later, the window stays responsive."""
    threads: list[str] = []
    check = services.doctor.run_checks

    def watched():
        threads.append(threading.current_thread().name)
        return check()

    runner = TaskRunner()
    try:
        ctx = context_for(signed_in(services, "it"), runner, "Priya Nair")
        dialog = show(DoctorDialog(ctx))
        services.doctor.run_checks = watched  # the instance's method, seen through the guard
        dialog.run()
        assert dialog.row_widgets == [] and not dialog.run_again.isEnabled()
        qtbot.waitUntil(lambda: len(dialog.row_widgets) == 14, timeout=UI_WAIT_MS)
        assert threads and threads[0].startswith("frontdesk-net")
        assert dialog.run_again.isEnabled() and dialog.copy.isEnabled()
        assert isinstance(dialog.summary, QLabel)
    finally:
        runner.shutdown(wait=True)
