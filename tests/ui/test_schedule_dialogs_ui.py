"""Booking, cancelling, rescheduling and editing through the real dialogs and services."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from schedule_helpers import (
    SHOTS,
    WED,
    choose,
    clients_shown,
    enabled,
    open_dialog,
    pick_client,
    rows,
    select,
)

from frontdesk.domain import Confirmation, Modality
from frontdesk.ui.schedule.schedule_model import Col
from tests.helpers import at, book

# ---- booking -------------------------------------------------------------------------------

def test_booking_through_the_dialog_adds_a_row(practice, window, qtbot, click):
    p = practice
    win = window(p.svc)
    dlg = open_dialog(win, "book", click)
    pick_client(qtbot, dlg, "okoro")
    choose(dlg.clinician, p.reyes.id)
    choose(dlg.f.type, p.tele.id)
    assert dlg.f.modality_value() is Modality.TELEHEALTH
    assert dlg.f.duration.value() == 50
    assert dlg.form.isRowVisible(dlg.f.link)
    qtbot.keyClicks(dlg.f.link, "https://video.example.org/s/123")
    dlg.time.set_time(time(13, 15))
    assert dlg.f.ends.text() == "ends 2:05 PM"
    click(dlg.ok_button)

    assert not dlg.isVisible() and dlg.result() == QDialog.DialogCode.Accepted
    [row] = rows(win)
    assert row["CLIENT"] == "Benjamin Okoro" and row["TIME"] == "1:15 PM–2:05 PM"
    assert row["MODALITY"] == "Telehealth" and row["CLINICIAN"] == "Daniel"
    assert win.schedule.selected_row().client_name == "Benjamin Okoro"
    assert win.banner.level == "success" and "Booked the session" in win.banner.text


def test_booking_a_clash_keeps_the_dialog_open_and_writes_nothing(practice, window, qtbot,
                                                                  click):
    p = practice
    book(p, p.ana, at(4, 10))
    win = window(p.svc)
    dlg = open_dialog(win, "book", click)
    pick_client(qtbot, dlg, "okoro")
    choose(dlg.clinician, p.okafor.id)
    dlg.time.set_time(time(10, 30))
    qtbot.keyClicks(dlg.f.notes, "Bring the intake forms")
    click(dlg.ok_button)

    assert dlg.isVisible()
    assert dlg.notice.level == "error"
    assert dlg.notice.text == ("That time clashes with another session: Wed 4 Mar "
                               "10:00 AM–10:50 AM (Dr. Okafor). Pick another time or "
                               "another clinician.")
    assert dlg.f.notes.toPlainText() == "Bring the intake forms"  # nothing typed is lost
    assert dlg.picker.chosen_ids() == (p.ben.id,)
    assert dlg.ok_button.isEnabled()
    assert len(p.svc.schedule.day(WED)) == 1

    choose(dlg.clinician, p.reyes.id)  # fix it in place and book
    click(dlg.ok_button)
    assert not dlg.isVisible()
    assert clients_shown(win) == ["Annie Lindqvist", "Benjamin Okoro"]


def test_booking_needs_a_client(practice, window, click):
    win = window(practice.svc)
    dlg = open_dialog(win, "book", click)
    dlg.picker.results.setCurrentRow(-1)
    click(dlg.ok_button)
    assert dlg.isVisible() and "Choose who the session is for" in dlg.notice.text


def test_booking_a_weekly_group_series(practice, window, qtbot, click):
    p = practice
    win = window(p.svc)
    dlg = open_dialog(win, "book", click)
    choose(dlg.f.type, p.group.id)
    assert dlg.picker.multi
    pick_client(qtbot, dlg, "haddad")
    pick_client(qtbot, dlg, "okoro")
    dlg.date.set_day(date(2026, 3, 5))
    dlg.time.set_time(time(17, 0))
    choose(dlg.repeat, dlg.repeat.itemData(1))
    assert dlg.sessions.isEnabled()
    dlg.sessions.setValue(3)
    click(dlg.ok_button)

    assert not dlg.isVisible()
    assert win.schedule.day == date(2026, 3, 5)
    assert clients_shown(win) == ["Cleo Haddad · group of 2", "Benjamin Okoro · group of 2"]
    for week in range(3):
        day = date(2026, 3, 5) + timedelta(weeks=week)
        assert len(p.svc.schedule.day(day)) == 2
    assert p.svc.schedule.day(date(2026, 3, 26)) == []


# ---- cancelling --------------------------------------------------------------------------------

def test_cancelling_inside_24_hours_is_a_late_cancel(practice, window, click):
    p = practice
    book(p, p.ana, at(4, 10))
    win = window(p.svc)
    select(win, "Annie")
    dlg = open_dialog(win, "cancel", click)
    assert dlg.late_note.level == "warning"
    assert "LATE cancel" in dlg.late_note.text and "2 hours" in dlg.late_note.text
    assert "24-hour" in dlg.late_note.text
    dlg.by_practice.setChecked(True)
    assert "won't count as a late cancel" in dlg.late_note.text
    dlg.by_client.setChecked(True)
    dlg.reason.setText("unwell")
    click(dlg.ok_button)

    assert not dlg.isVisible()
    [row] = rows(win)
    assert row["ATTENDANCE"] == "⚑ Late cancel"
    m = win.schedule.model
    assert m.data(m.index(0, Col.CLIENT), Qt.ItemDataRole.FontRole).strikeOut()
    assert "late cancel" in win.banner.text
    # nothing else applies to a cancelled place but its message timeline
    assert enabled(win) == {"book", "messages"}


def test_cancelling_well_ahead_or_by_the_practice_is_not_late(practice, window, click):
    p = practice
    book(p, p.ana, at(6, 10))
    book(p, p.ben, at(4, 11))
    win = window(p.svc)
    win.show_day(date(2026, 3, 6))
    select(win, "Annie")
    dlg = open_dialog(win, "cancel", click)
    assert "In good time" in dlg.late_note.text
    click(dlg.ok_button)
    assert rows(win)[0]["ATTENDANCE"] == "✕ Cancelled"

    win.show_day(WED)
    select(win, "Benjamin")
    dlg = open_dialog(win, "cancel", click)
    dlg.by_practice.setChecked(True)
    click(dlg.ok_button)
    assert rows(win)[0]["ATTENDANCE"] == "✕ Cancelled"


def test_cancelling_one_member_or_the_whole_group(practice, window, click):
    p = practice
    book(p, [p.ana, p.ben, p.cleo], at(9, 14), p.reyes, p.group)
    win = window(p.svc)
    win.show_day(date(2026, 3, 9))
    select(win, "Annie")
    dlg = open_dialog(win, "cancel", click)
    assert dlg.whole.isVisible() and "3 clients" in dlg.whole.text()
    click(dlg.ok_button)
    assert [r["ATTENDANCE"] for r in rows(win)] == ["✕ Cancelled", "○ Booked", "○ Booked"]
    assert rows(win)[1]["CLIENT"] == "Benjamin Okoro · group of 2"

    select(win, "Benjamin")
    dlg = open_dialog(win, "cancel", click)
    dlg.whole.setChecked(True)
    click(dlg.ok_button)
    assert {r["ATTENDANCE"] for r in rows(win)} == {"✕ Cancelled"}


# ---- rescheduling ------------------------------------------------------------------------------

def test_rescheduling_moves_the_row_and_refuses_a_clash(practice, window, click):
    p = practice
    [a] = book(p, p.ana, at(4, 10))
    book(p, p.ben, at(5, 11))
    p.svc.schedule.set_confirmation(a, p.ana.id, Confirmation.CONFIRMED, "test")
    win = window(p.svc)
    select(win, "Annie")
    dlg = open_dialog(win, "reschedule", click)
    dlg.date.set_day(date(2026, 3, 5))
    dlg.time.set_time(time(11, 30))
    click(dlg.ok_button)

    assert dlg.isVisible()
    assert dlg.notice.text == ("The new time clashes with another session: Thu 5 Mar "
                               "11:00 AM–11:50 AM (Dr. Okafor). Pick another time or "
                               "another clinician.")
    assert p.svc.schedule.appointment(a).start == at(4, 10)  # nothing moved
    assert dlg.date.day() == date(2026, 3, 5) and dlg.time.time() == time(11, 30)

    dlg.time.set_time(time(9, 0))
    click(dlg.ok_button)
    assert not dlg.isVisible()
    assert win.schedule.day == date(2026, 3, 5)
    assert win.schedule.date_edit.day() == date(2026, 3, 5)
    assert [(r["TIME"], r["CLIENT"], r["CONFIRMATION"]) for r in rows(win)] == [
        ("9:00 AM–9:50 AM", "Annie Lindqvist", "? Unconfirmed"),
        ("11:00 AM–11:50 AM", "Benjamin Okoro", "? Unconfirmed")]
    assert win.schedule.selected_row().client_name == "Annie Lindqvist"
    win.show_day(WED)
    assert rows(win) == []


def test_rescheduling_to_another_clinician_avoids_the_clash(practice, window, click):
    p = practice
    book(p, p.ana, at(4, 10))
    book(p, p.ben, at(4, 15))
    win = window(p.svc)
    select(win, "Annie")
    dlg = open_dialog(win, "reschedule", click)
    dlg.time.set_time(time(15, 0))
    choose(dlg.clinician, p.reyes.id)
    click(dlg.ok_button)
    assert not dlg.isVisible()
    assert [(r["TIME"], r["CLINICIAN"]) for r in rows(win)] == [
        ("3:00 PM–3:50 PM", "Daniel"), ("3:00 PM–3:50 PM", "Dr. Okafor")]


# ---- editing ---------------------------------------------------------------------------------

def test_edit_changes_details_and_group_members(practice, window, qtbot, click):
    p = practice
    [appt] = book(p, [p.ana, p.ben], at(4, 14), p.reyes, p.group)
    win = window(p.svc)
    select(win, "Annie")
    dlg = open_dialog(win, "edit", click)
    assert dlg.f.location.text() == "" and dlg.members.count() == 2
    assert dlg.form.isRowVisible(dlg.picker)
    dlg.f.location.setText("Group room")
    dlg.members.setCurrentRow(1)  # Benjamin
    click(dlg.remove_member)
    pick_client(qtbot, dlg, "haddad")
    click(dlg.ok_button)

    assert not dlg.isVisible()
    d = p.svc.schedule.appointment(appt)
    assert d.location == "Group room" and d.modality is Modality.IN_PERSON
    live = {a.client_name for a in d.attendees if not a.attendance.is_cancelled}
    assert live == {"Annie Lindqvist", "Cleo Haddad"}
    assert clients_shown(win)[0] == "Annie Lindqvist · group of 2"
    assert "Saved" in win.banner.text


def test_edit_refuses_a_bad_link_inline(practice, window, qtbot, click):
    p = practice
    [appt] = book(p, p.ben, at(4, 11), p.reyes, p.tele)
    win = window(p.svc)
    select(win, "Benjamin")
    dlg = open_dialog(win, "edit", click)
    assert dlg.form.isRowVisible(dlg.f.link)
    qtbot.keyClicks(dlg.f.link, "zoom.example.org/abc")
    click(dlg.ok_button)
    assert dlg.isVisible()
    assert dlg.notice.text == ("The session link must start with https://. "
                               "Paste the full link from the video platform.")
    assert dlg.focusWidget() is dlg.f.link and dlg.f.link.text() == "zoom.example.org/abc"
    assert p.svc.schedule.appointment(appt).telehealth_link == ""


def test_screenshots_of_the_dialogs(practice, window, qtbot, click):
    p = practice
    book(p, p.ana, at(4, 10))
    win = window(p.svc)
    dlg = open_dialog(win, "book", click)
    pick_client(qtbot, dlg, "okoro")
    choose(dlg.f.type, p.tele.id)
    choose(dlg.clinician, p.okafor.id)
    dlg.time.set_time(time(10, 30))
    click(dlg.ok_button)  # clashes with Annie's 10:00
    assert dlg.isVisible()
    SHOTS.mkdir(exist_ok=True)
    qtbot.wait(50)  # let the layout settle, as it would before anyone looks
    assert dlg.grab().save(str(SHOTS / "book_clash.png"))
    dlg.reject()
    select(win, "Annie")
    dlg = open_dialog(win, "cancel", click)
    qtbot.wait(50)
    assert dlg.grab().save(str(SHOTS / "cancel_late.png"))
    dlg.reject()
    dlg = open_dialog(win, "reschedule", click)
    assert dlg.grab().save(str(SHOTS / "reschedule.png"))


def test_new_client_from_the_book_dialog_is_added_to_the_booking(practice, window, click):
    from frontdesk.services.dto import ClientInput

    p = practice
    win = window(p.svc)
    dlg = open_dialog(win, "book", click)
    click(dlg.picker.new_button)
    client_dlg = dlg.picker._client_dialog
    assert type(client_dlg).__name__ == "ClientDialog" and client_dlg.isVisible()
    # Stand in for typing into the other team's dialog: save as it would, then accept.
    client_dlg.saved_client = p.svc.clients.create(
        ClientInput("Dana", "Quill", mobile="(617) 555-0177"), "test")
    client_dlg.accept()
    assert dlg.picker.chosen_ids() == (client_dlg.saved_client.id,)
    assert "Dana Quill" in dlg.notice.text
    click(dlg.ok_button)
    assert clients_shown(win) == ["Dana Quill"]
