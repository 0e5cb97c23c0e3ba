"""The schedule page, driven like a receptionist would, over real services."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from schedule_helpers import (
    ACTOR,
    SHOTS,
    WED,
    choose,
    clients_shown,
    enabled,
    rows,
    select,
)
from widget_helpers import UI_WAIT_MS, context_for

from frontdesk.domain import Confirmation
from frontdesk.services.demo import seed_demo
from frontdesk.services.errors import StateError
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.schedule.schedule_model import Col
from frontdesk.ui.tasks import TaskRunner
from tests.helpers import at, book

# ---- the day -------------------------------------------------------------------------------

def test_day_shows_sessions_with_state_texts(practice, window, qtbot):
    p = practice
    [a] = book(p, p.ana, at(4, 10))
    [b] = book(p, p.ben, at(4, 11), p.reyes, p.tele)
    book(p, [p.cleo, p.ben], at(4, 14), p.reyes, p.group, location="Group room")
    p.svc.schedule.set_confirmation(a, p.ana.id, Confirmation.CONFIRMED, "test")
    p.svc.schedule.set_confirmation(b, p.ben.id, Confirmation.RESCHEDULE_REQUESTED, "test")

    win = window(p.svc)
    assert win.windowTitle() == "FrontDesk — Test Practice"
    shown = rows(win)
    assert [r["TIME"] for r in shown] == ["10:00 AM–10:50 AM", "11:00 AM–11:50 AM",
                                          "2:00 PM–3:30 PM", "2:00 PM–3:30 PM"]
    ana, ben, cleo, _ben_in_group = shown
    assert ana["CLIENT"] == "Annie Lindqvist" and ana["CLINICIAN"] == "Dr. Okafor"
    assert ana["TYPE"] == "Individual session" and ana["MODALITY"] == "In person"
    assert ana["CONFIRMATION"] == "✔ Confirmed" and ana["ATTENDANCE"] == "○ Booked"
    assert ben["MODALITY"] == "Telehealth · no link"
    assert ben["CONFIRMATION"] == "↻ Reschedule requested"
    assert cleo["CLIENT"] == "Cleo Haddad · group of 2"
    assert cleo["CONFIRMATION"] == "? Unconfirmed"
    page = win.schedule
    assert page.summary_label.text() == (
        "3 sessions · 1 confirmed · 2 unconfirmed · 1 to reschedule")
    assert page.day_label.text() == "Wednesday 4 March 2026 · today"
    m = page.model
    assert "confirmed they are coming" in m.data(m.index(0, Col.CONFIRMATION),
                                                 Qt.ItemDataRole.ToolTipRole)
    assert m.data(m.index(1, Col.MODALITY), Qt.ItemDataRole.DecorationRole) is not None

    # Mid-morning: Annie's 10:00 session started and nobody marked her.
    p.svc.clock.set(at(4, 10, 20))
    win.refresh()
    assert rows(win)[0]["ATTENDANCE"] == "⚠ Not marked"
    assert "1 not marked" in page.summary_label.text()


def test_an_empty_day_says_so_and_how_to_book(practice, window):
    win = window(practice.svc)
    page = win.schedule
    assert page.stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == (
        "No sessions on Wednesday 4 March.\nBook one with the Book… button.")
    win.show_day(date(2026, 3, 3))
    assert page.empty_label.text().startswith("No sessions on Tuesday 3 March.")


# ---- finding the day and the client -------------------------------------------------------------

def test_search_filters_rows_after_typing_stops(practice, window, qtbot):
    p = practice
    book(p, p.ana, at(4, 10))
    book(p, p.ben, at(4, 11))
    book(p, p.cleo, at(4, 12), p.reyes)
    win = window(p.svc)
    page = win.schedule
    qtbot.keyClicks(page.search_edit, "anni")
    assert len(rows(win)) == 3  # debounced: nothing yet
    with qtbot.waitSignal(win.schedule_loaded, timeout=UI_WAIT_MS):
        pass
    assert clients_shown(win) == ["Annie Lindqvist"]
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "zzz")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty_label, timeout=UI_WAIT_MS)
    assert "match “zzz”" in page.empty_label.text()
    page.search_edit.clear()
    qtbot.waitUntil(lambda: len(rows(win)) == 3, timeout=UI_WAIT_MS)


def test_previous_next_today_and_calendar_change_the_day(practice, window, click):
    p = practice
    book(p, p.ana, at(3, 10))
    book(p, p.ben, at(4, 10))
    book(p, p.cleo, at(5, 10))
    win = window(p.svc)
    page = win.schedule
    assert clients_shown(win) == ["Benjamin Okoro"]
    click(page.prev_button)
    assert page.day == date(2026, 3, 3) and clients_shown(win) == ["Annie Lindqvist"]
    assert page.date_edit.day() == date(2026, 3, 3)
    assert page.day_label.text() == "Tuesday 3 March 2026 · yesterday"
    click(page.next_button)
    click(page.next_button)
    assert page.day == date(2026, 3, 5) and clients_shown(win) == ["Cleo Haddad"]
    click(page.today_button)
    assert page.day == WED and clients_shown(win) == ["Benjamin Okoro"]
    page.date_edit.set_day(date(2026, 3, 3))
    assert page.day == date(2026, 3, 3) and clients_shown(win) == ["Annie Lindqvist"]
    win.today_action.trigger()
    assert page.day == WED


def test_clinician_filter(practice, window):
    p = practice
    book(p, p.ana, at(4, 10))
    book(p, p.ben, at(4, 11), p.reyes)
    win = window(p.svc)
    combo = win.schedule.clinician_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All clinicians", "Daniel", "Dr. Okafor"]
    choose(combo, p.reyes.id)
    assert clients_shown(win) == ["Benjamin Okoro"]
    choose(combo, p.okafor.id)
    assert clients_shown(win) == ["Annie Lindqvist"]
    win.show_day(date(2026, 3, 5))
    assert "are with Dr. Okafor" in win.schedule.empty_label.text()
    win.show_day(WED)
    choose(combo, None)
    assert len(rows(win)) == 2


# ---- attendance and confirmation -----------------------------------------------------------------

def test_arrived_no_show_and_undo(practice, window, click):
    p = practice
    book(p, p.ana, at(4, 10))
    win = window(p.svc)
    select(win, "Annie")
    assert "no_show" not in enabled(win)  # 08:00: the session hasn't started
    assert "arrived" in enabled(win)
    click(win.schedule.buttons["arrived"])
    assert rows(win)[0]["ATTENDANCE"] == "● Arrived"
    assert enabled(win) >= {"undo", "edit"} and not enabled(win) & {"arrived", "cancel"}
    click(win.schedule.buttons["undo"])
    assert rows(win)[0]["ATTENDANCE"] == "○ Booked"

    p.svc.clock.set(at(4, 10, 25))
    win.refresh()
    assert rows(win)[0]["ATTENDANCE"] == "⚠ Not marked"
    assert win.schedule.selected_row().client_name == "Annie Lindqvist"  # kept on refresh
    click(win.schedule.buttons["no_show"])
    assert rows(win)[0]["ATTENDANCE"] == "⊘ No-show"
    assert "1 no-show" in win.schedule.summary_label.text()


def test_keyboard_marks_the_selected_row(practice, window, qtbot):
    p = practice
    book(p, p.ana, at(4, 10))
    win = window(p.svc)
    select(win, "Annie")
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=UI_WAIT_MS)
    table = win.schedule.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C)
    assert rows(win)[0]["CONFIRMATION"] == "✔ Confirmed"
    qtbot.keyClick(table, Qt.Key.Key_A)
    assert rows(win)[0]["ATTENDANCE"] == "● Arrived"
    qtbot.keyClick(table, Qt.Key.Key_U)
    assert rows(win)[0]["ATTENDANCE"] == "○ Booked"


def test_mark_confirmed_by_phone(practice, window, click):
    p = practice
    book(p, p.ana, at(4, 10))
    win = window(p.svc)
    select(win, "Annie")
    click(win.schedule.buttons["confirm"])
    assert rows(win)[0]["CONFIRMATION"] == "✔ Confirmed"
    assert "confirm" not in enabled(win)
    assert "Already confirmed" in win.schedule.actions_.confirm.toolTip()


def test_each_action_is_enabled_only_when_it_applies(practice, window):
    p = practice
    book(p, p.ana, at(4, 10))
    [later] = book(p, p.ben, at(6, 10))
    win = window(p.svc)
    assert enabled(win) == {"book"}  # nothing selected
    select(win, "Annie")
    assert enabled(win) == {"book", "edit", "reschedule", "cancel", "arrived", "confirm",
                            "messages"}
    p.svc.clock.set(at(4, 10, 5))
    win.refresh()
    assert "no_show" in enabled(win)
    win.show_day(date(2026, 3, 6))
    select(win, "Benjamin")
    assert "arrived" not in enabled(win)
    assert "later day" in win.schedule.actions_.arrived.toolTip()
    p.svc.schedule.cancel(later, "test", by_client=False)
    win.refresh()
    assert enabled(win) == {"book", "messages"}  # what was withdrawn is still shown
    assert "cancelled" in win.schedule.actions_.edit.toolTip()


def test_context_menu_offers_the_same_actions(practice, window):
    p = practice
    book(p, p.ana, at(4, 10))
    win = window(p.svc)
    page = win.schedule
    rect = page.table.visualRect(page.model.index(0, 1))
    page._context_menu(rect.center())
    texts = [a.text() for a in page._menu.actions() if not a.isSeparator()]
    assert texts == ["Book…", "Edit…", "Reschedule…", "Cancel…", "✔ Arrived", "⊘ No-show",
                     "↺ Undo", "Confirmed by phone", "✉ Messages…",
                     "✉ Group…"]
    assert page.selected_row().client_name == "Annie Lindqvist"
    page._menu.close()


# ---- the window -------------------------------------------------------------------------------

def test_unhandled_task_failures_show_in_the_banner(practice, window, qtbot):
    win = window(practice.svc)
    win.runner.failed_unhandled.emit("x", StateError("This session was cancelled."))
    assert win.banner.level == "error" and win.banner.text == "This session was cancelled."
    win.runner.failed_unhandled.emit("x", RuntimeError("secret client data"))
    assert "secret" not in win.banner.text
    assert "did not work, and nothing was changed" in win.banner.text
    win.show_notice("Saved.", "info")
    assert win.banner.level == "info"


def test_a_failed_action_explains_itself(practice, window, click):
    p = practice
    [appt] = book(p, p.ana, at(4, 10))
    win = window(p.svc)
    select(win, "Annie")
    p.svc.schedule.cancel(appt, "elsewhere", by_client=False)  # another desk got there first
    click(win.schedule.buttons["arrived"])
    assert win.banner.level == "error"
    assert win.banner.text == "This client's place was cancelled."


def test_clients_tab_and_settings_open_lazily(practice, window, qtbot):
    win = window(practice.svc)
    assert win.clients_panel is None
    win.tabs.setCurrentWidget(win.clients_tab)
    assert win.clients_panel is not None
    assert type(win.clients_panel).__name__ == "ClientsPanel"
    win.tabs.setCurrentWidget(win.schedule)
    win.settings_action.trigger()
    assert win.settings_dialog is not None and win.settings_dialog.isVisible()
    win.settings_dialog.reject()
    assert win.settings_dialog is None


def test_with_the_real_task_runner(practice, qtbot):
    p = practice
    book(p, p.ana, at(4, 10))
    book(p, p.ben, at(5, 10))
    runner = TaskRunner()
    try:
        win = MainWindow(context_for(p.svc, runner, ACTOR))
        qtbot.addWidget(win)
        with qtbot.waitSignal(win.schedule_loaded, timeout=UI_WAIT_MS):
            win.show()
        assert clients_shown(win) == ["Annie Lindqvist"]
        assert win.windowTitle() == "FrontDesk — Test Practice"
        with qtbot.waitSignal(win.schedule_loaded, timeout=UI_WAIT_MS):
            win.schedule.next_button.click()
        assert clients_shown(win) == ["Benjamin Okoro"]
        select(win, "Benjamin")
        with qtbot.waitSignal(win.schedule_loaded, timeout=UI_WAIT_MS):
            win.schedule.buttons["confirm"].click()
        assert rows(win)[0]["CONFIRMATION"] == "✔ Confirmed"
    finally:
        runner.shutdown(wait=True)


# ---- how it looks --------------------------------------------------------------------------------

def test_screenshot_of_the_demo_schedule(services, qtbot, runner):
    seed_demo(services)
    # Mid-morning: the 9 o'clocks have come (most marked), the 10s are under way.
    services.clock.set(at(4, 10, 20))
    nine = [r for r in services.schedule.day(WED)
            if r.start.hour == 9 and not r.attendance.is_cancelled]
    services.schedule.mark_arrived(nine[0].appointment_id, nine[0].client_id, "demo")
    services.schedule.mark_arrived(nine[1].appointment_id, nine[1].client_id, "demo")
    services.schedule.mark_no_show(nine[2].appointment_id, nine[2].client_id, "demo")
    eleven = [r for r in services.schedule.day(WED) if r.start.hour == 11]
    services.schedule.cancel(eleven[0].appointment_id, "demo", reason="unwell")
    win = MainWindow(context_for(services, runner, ACTOR))
    qtbot.addWidget(win)
    win.resize(1440, 860)
    win.show()
    qtbot.waitExposed(win)
    page = win.schedule
    assert page.model.rowCount() > 10
    texts = {r["ATTENDANCE"] for r in rows(win)} | {r["CONFIRMATION"] for r in rows(win)}
    assert {"● Arrived", "⊘ No-show", "⚑ Late cancel", "⚠ Not marked", "○ Booked"} <= texts
    # Every column shows its full text: nothing cut off with an ellipsis.
    fm = page.table.fontMetrics()
    for c in Col:
        if c in (Col.LAST_MESSAGE, Col.FLAGS):
            continue
        widest = max(fm.horizontalAdvance(r[c.name]) for r in rows(win))
        assert page.table.columnWidth(c) >= widest + 8, c.name
    select(win, "Alex")
    SHOTS.mkdir(exist_ok=True)
    assert win.grab().save(str(SHOTS / "schedule.png"))

    win.show_day(date(2026, 3, 8))  # a Sunday: nobody booked
    win.show_notice("That session was cancelled at another desk. The day has been reloaded.",
                    "warning")
    qtbot.wait(50)
    assert page.stack.currentWidget() is page.empty_label
    assert win.grab().save(str(SHOTS / "schedule_empty.png"))
