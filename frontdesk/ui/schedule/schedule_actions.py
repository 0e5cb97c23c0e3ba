"""What the front desk can do to the selected session, and when each action applies.

The same QActions back the buttons, the right-click menu and the keyboard shortcuts, so
their enabled state (and the reason when disabled) is decided in one place: `update()`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from frontdesk.domain import Attendance, Confirmation
from frontdesk.domain.access import Permission
from frontdesk.services.dto import ScheduleRow
from frontdesk.ui.schedule.time_fields import next_slot
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets import fmt

if TYPE_CHECKING:
    from frontdesk.ui.context import UiContext
    from frontdesk.ui.schedule.schedule_view import SchedulePage

# name, text, shortcut, shortcut works in: "page" (anywhere on it) or "table" (row focused)
SPECS = (
    (("book", "Book…", "Ctrl+N", "page"), ("edit", "Edit…", "Ctrl+E", "page"),
     ("reschedule", "Reschedule…", "Ctrl+R", "page"), ("cancel", "Cancel…", "Delete", "table")),
    (("arrived", "✔ Arrived", "A", "table"), ("no_show", "⊘ No-show", "N", "table"),
     ("undo", "↺ Undo", "U", "table")),
    (("confirm", "Confirmed by phone", "C", "table"),
     ("messages", "✉ Messages…", "M", "table"),
     ("group", "✉ Group…", "G", "table")),
)

TIPS = {
    "book": "Book a new session or series",
    "edit": "Change the type, length, modality, link, location, notes or group members",
    "reschedule": "Move the session to another time or clinician",
    "cancel": "Cancel this client's place (or the whole group)",
    "arrived": "The client is here",
    "no_show": "The client didn't come and didn't cancel",
    "undo": "Undo Arrived / No-show (back to Booked)",
    "confirm": "The client confirmed by phone or in person",
    "messages": "See every message planned or sent for this session, and resend one",
    "group": "Write to every member of this group session, each alone on their own channel",
}


class ScheduleActions:
    def __init__(self, page: SchedulePage, ctx: UiContext) -> None:
        self.page, self.ctx = page, ctx
        self.dialog = None  # the dialog currently open (tests reach it here)
        self.groups: list[list[QAction]] = []
        for group in SPECS:
            acts = []
            for name, text, keys, where in group:
                act = QAction(text, page)
                act.setIconText(text)  # buttons would otherwise drop the "…"
                act.setObjectName(name)
                act.setShortcut(QKeySequence(keys))
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if where == "table"
                                       else Qt.ShortcutContext.WidgetWithChildrenShortcut)
                (page.table if where == "table" else page).addAction(act)
                act.triggered.connect(getattr(self, f"do_{name}"))
                setattr(self, name, act)
                acts.append(act)
            self.groups.append(acts)
        self.update()

    # ---- when each action applies ------------------------------------------------------
    def reasons(self, row: ScheduleRow | None) -> dict[str, str]:
        """'' for each action that applies to `row`, else why not (shown as the tooltip)."""
        out = self._reasons(row)
        person = self.ctx.desk.person if self.ctx.desk is not None else None
        if person is not None and not person.can(Permission.BOOK):
            why = f"Your account ({person.role.label}) cannot book, move or cancel sessions."
            out |= {name: why for name in out if name not in ("messages", "group")}
        if person is not None and not person.can(Permission.REPLY):
            out["group"] = f"Your account ({person.role.label}) cannot write to clients."
        return out

    def _reasons(self, row: ScheduleRow | None) -> dict[str, str]:
        page = self.page
        if page.context is None:
            return {name: "Loading…" for group in SPECS for name, *_ in group}
        out = {name: "Select a session first." for group in SPECS for name, *_ in group}
        out["book"] = ""
        if row is None:
            return out
        out["messages"] = ""  # a cancelled place still shows what was withdrawn
        now = page.data.now if page.data else None
        out["group"] = ("Only for a group session with two or more clients booked."
                        if row.group_size < 2 else "This session is over."
                        if now is not None and row.end <= now else "")
        today = now.astimezone(page.context.tz).date() if now else page.context.today
        att = row.attendance
        if att.is_cancelled:
            gone = "This place was cancelled."
            return out | {k: gone for k in ("edit", "reschedule", "cancel", "arrived",
                                            "no_show", "undo", "confirm")}
        out["edit"] = ""
        done = "Attendance is already recorded; use Undo attendance first."
        booked = att is Attendance.BOOKED
        out["reschedule"] = "" if booked else done
        out["cancel"] = "" if booked else done
        out["arrived"] = done if not booked else (
            "" if row.start.date() <= today else "This session is on a later day.")
        out["no_show"] = done if not booked else (
            "" if now is not None and row.start <= now else "The session hasn't started yet.")
        out["undo"] = "" if att in (Attendance.ARRIVED, Attendance.NO_SHOW) else \
            "There is no attendance to undo."
        out["confirm"] = ("Already confirmed." if row.confirmation is Confirmation.CONFIRMED
                          else "" if booked else "The session already happened.")
        return out

    def update(self) -> None:
        why = self.reasons(self.page.selected_row())
        for group in self.groups:
            for act in group:
                name = act.objectName()
                reason = why.get(name, "")
                act.setEnabled(not reason)
                keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                tip = f"{TIPS[name]} ({keys})" if keys else TIPS[name]
                act.setToolTip(tip if not reason else f"{tip}. Not now: {reason}")

    def dialog_open(self) -> bool:
        return self.dialog is not None and self.dialog.isVisible()

    # ---- the actions -------------------------------------------------------------------
    def _open(self, dlg, on_accept) -> None:
        self.dialog = dlg
        dlg.accepted.connect(lambda: on_accept(dlg))
        dlg.finished.connect(lambda _r: self.page.table.setFocus())
        dlg.open()

    def do_book(self) -> None:
        from frontdesk.ui.schedule.appointment_dialogs import BookDialog

        page = self.page
        if page.context is None or page.day is None:
            return
        now = page.data.now.astimezone(page.context.tz) if page.data else None
        start = next_slot(now) if now and now.date() == page.day else None
        row = page.selected_row()
        clinician = page.clinician_filter() or (row.clinician_id if row else None)
        dlg = BookDialog(self.ctx, page.context, page.day,
                         clinician_id=clinician, start_time=start, parent=page)
        self._open(dlg, self._booked)

    def _booked(self, dlg) -> None:
        n = len(dlg.booked_ids)
        first = dlg.booked_day
        what = "Booked the session" if n == 1 else f"Booked {n} sessions"
        self.page.message.emit(f"{what}, starting {fmt.day_long(first)}.", "success")
        self.page.show_day(first, select=(dlg.booked_ids[0], None))

    def do_edit(self) -> None:
        from frontdesk.ui.schedule.appointment_dialogs import EditDialog

        row = self._checked("edit")
        if row is not None:
            page = self.page
            dlg = EditDialog(self.ctx, page.context,
                             row.appointment_id, parent=page)
            self._open(dlg, lambda d: self._changed("Saved the changes.", row))

    def do_reschedule(self) -> None:
        from frontdesk.ui.schedule.appointment_actions import RescheduleDialog

        row = self._checked("reschedule")
        if row is not None:
            page = self.page
            dlg = RescheduleDialog(self.ctx, page.context, row,
                                   parent=page)
            self._open(dlg, lambda d: self._moved(d, row))

    def _moved(self, dlg, row: ScheduleRow) -> None:
        day: date = dlg.new_day
        self.page.message.emit(f"Moved to {fmt.day_long(day)} at "
                               f"{fmt.time_text(dlg.start())}. It now needs confirming.",
                               "success")
        self.page.show_day(day, select=(row.appointment_id, row.client_id))

    def do_cancel(self) -> None:
        from frontdesk.ui.schedule.appointment_actions import CancelDialog

        row = self._checked("cancel")
        if row is not None:
            page = self.page
            dlg = CancelDialog(self.ctx, page.context, row,
                               parent=page)
            self._open(dlg, lambda d: self._changed(
                "Cancelled — counted as a late cancel." if d.outcome is
                Attendance.LATE_CANCELLED else "Cancelled.", row))

    def do_messages(self) -> None:
        from frontdesk.ui.messages.message_timeline import MessageTimelineDialog

        row = self._checked("messages")
        if row is None:
            return
        page = self.page
        dlg = MessageTimelineDialog(self.ctx, row, page.context,
                                    self.reasons(row)["reschedule"], parent=page)
        self.dialog = dlg
        key = (row.appointment_id, row.client_id)
        dlg.resent.connect(lambda _id: page.refresh(select=key))
        dlg.reschedule_requested.connect(lambda: self._reschedule_from_messages(key))
        dlg.finished.connect(lambda _r: page.table.setFocus())
        dlg.open()

    def do_group(self) -> None:
        from frontdesk.ui.messages.group_message import GroupMessageDialog

        row = self._checked("group")
        if row is not None:
            dlg = GroupMessageDialog(self.ctx, row, self.page.context, parent=self.page)
            self._open(dlg, lambda d: self._changed(d.summary, row))

    def _reschedule_from_messages(self, key: tuple[int, int]) -> None:
        if self.page.select(*key):
            self.reschedule.trigger()

    def _changed(self, text: str, row: ScheduleRow) -> None:
        self.page.message.emit(text, "success")
        self.page.refresh(select=(row.appointment_id, row.client_id))

    def _checked(self, name: str) -> ScheduleRow | None:
        row = self.page.selected_row()
        if row is None or self.page.context is None or self.reasons(row)[name]:
            return None
        return row

    def _quick(self, name: str, fn, *args) -> None:
        row = self._checked(name)
        if row is None:
            return
        page = self.page
        run_for(page, self.ctx.runner, fn, row.appointment_id, row.client_id, *args,
                self.ctx.actor).on_success(
            lambda _v: page.refresh(select=(row.appointment_id, row.client_id))).on_failure(
            page.failed)

    def do_arrived(self) -> None:
        self._quick("arrived", self.ctx.services.schedule.mark_arrived)

    def do_no_show(self) -> None:
        self._quick("no_show", self.ctx.services.schedule.mark_no_show)

    def do_undo(self) -> None:
        self._quick("undo", self.ctx.services.schedule.undo_attendance)

    def do_confirm(self) -> None:
        self._quick("confirm", self.ctx.services.schedule.set_confirmation,
                    Confirmation.CONFIRMED)
