"""Message the group…: staff's own words to every member of one group session, each alone.

Opened from the schedule on a group session's row. Lists the members with the channel each
would get it on, or why not; counts characters and SMS segments as the words are typed and
warns of what a stranger could learn from them; Send plans one message per member
(services/group_messages.py). `summary` is what the schedule's banner then says.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit, QWidget

from frontdesk.services.dto import ScheduleRow
from frontdesk.services.wording.privacy import privacy_warnings
from frontdesk.services.wording.sms_segments import segments
from frontdesk.ui.context import UiContext
from frontdesk.ui.messages.message_resend import CHANNEL_LABEL
from frontdesk.ui.schedule.appointment_actions import describe
from frontdesk.ui.schedule.schedule_data import ScheduleContext
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets import style
from frontdesk.ui.widgets.form_dialog import FormDialog
from frontdesk.ui.widgets.notice import WrapLabel

MAX_TEXT = 640  # the service's limit (four SMS segments)


def member_line(m) -> str:
    """'Annie — SMS text', 'Ben — not sent: client opted out'."""
    if not m.goes:
        return f"{m.first_name} — not sent: {m.note}"
    line = f"{m.first_name} — {CHANNEL_LABEL[m.channel]}" + (f", {m.note}" if m.note else "")
    return line + (" (shared phone: keep the words neutral)" if m.shared_phone else "")


def summary(result) -> str:
    """'Group message going to 3 members. Not sent to Ben (client opted out).'"""
    n = len(result.sent)
    text = f"Group message going to {n} member{'s' if n != 1 else ''}."
    later = [m.first_name for m in result.sent if m.note]
    if later:
        text += f" Later, in their allowed hours: {', '.join(later)}."
    if result.not_sent:
        text += " Not sent to " + "; ".join(f"{m.first_name} ({m.note})"
                                            for m in result.not_sent) + "."
    return text


class GroupMessageDialog(FormDialog):
    def __init__(self, ctx: UiContext, row: ScheduleRow, context: ScheduleContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx.runner, "Message the group", "Send", parent)
        self.services, self.actor, self.row = ctx.services, ctx.actor, row
        self.preview = None
        self.summary = ""
        self.setMinimumWidth(520)
        self.form.addRow(QLabel(describe(row, context), self))
        self.members = QListWidget(self)
        self.members.setAccessibleName("Members")
        self.members.addItem("Loading…")
        self.members.setMaximumHeight(140)
        self.form.addRow("Members:", self.members)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName("Message")
        self.text.setPlaceholderText("e.g. Tonight we meet in room 4. Same time.")
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._changed)
        self.form.addRow("Message:", self.text)
        self.counter = QLabel(self)
        self.form.addRow("", self.counter)
        self.warnings = WrapLabel(self)
        self.warnings.setStyleSheet(f"color: {style.VERMILION};")
        self.form.addRow("", self.warnings)
        hint = WrapLabel(self)
        hint.setText("Each member gets it alone, on their own channel: nobody sees another's "
                     "name or number. Replies come to each member's own thread.")
        hint.setStyleSheet(f"color: {style.MUTED_TEXT};")
        self.form.addRow("", hint)
        self.fields["text"] = self.text
        self._changed()
        run_for(self, self.runner, self.services.group_messages.recipients,
                row.appointment_id).on_success(self._loaded).on_failure(self._not_loaded)

    def _loaded(self, preview) -> None:
        self.preview = preview
        self.members.clear()
        for m in preview.members:
            self.members.addItem(member_line(m))
        if not preview.reached:
            self.notice.show_notice("No member can be reached by a message: call them.",
                                    "warning")
        self._changed()

    def _not_loaded(self, exc: BaseException) -> None:
        self.members.clear()
        self.notice.show_error(exc)
        self.ok_button.setEnabled(False)

    def _changed(self) -> None:
        text = self.text.toPlainText().strip()
        info = segments(text)
        over = len(text) > MAX_TEXT
        self.counter.setText(f"{len(text)} / {MAX_TEXT} characters · {info.segments} SMS "
                             f"segment{'s' if info.segments != 1 else ''} ({info.encoding})")
        self.counter.setStyleSheet(f"color: {style.VERMILION if over else style.MUTED_TEXT};")
        self.warnings.setText("\n".join(self._warnings(text)))
        p = self.preview
        reachable = p is not None and bool(p.reached)
        self.ok_button.setEnabled(reachable and bool(text) and not over)
        if reachable:
            n = len(p.reached)
            self.ok_button.setText(f"Send to {n} member{'s' if n != 1 else ''}")

    def _warnings(self, text: str) -> list[str]:
        if not text:
            return []
        p = self.preview
        shared = p is not None and p.any_shared_phone
        out = privacy_warnings(text, minimal=shared, clinician_names=(self.row.clinician_name,))
        for m in (p.members if p is not None else ()):
            if m.first_name and re.search(rf"(?<!\w){re.escape(m.first_name)}(?!\w)", text):
                out.insert(0, f"“{m.first_name}” is a member's name: every member would read "
                              "it. Take it out.")
        return out

    def submit(self) -> None:
        text = self.text.toPlainText().strip()
        if self.preview is None or not text:
            return
        self.save(self.services.group_messages.send, self.row.appointment_id, text,
                  self.actor)

    def saved(self, value) -> None:
        self.summary = summary(value)
