"""The Messages panel's service: one thread per client across channels, staff replies and
notes, linking an unknown number to a client, the triage queue and crisis alerts.

    inbox = InboxService(sessions, clock, events)  # events: told what each call changed
    inbox.threads()                       # newest first, with unread counts
    inbox.thread(ThreadKey(client_id=3))  # inbound, outbound and notes in time order
    inbox.reply(key, "See you then!", actor="reception")  # through the client's channel
    inbox.acknowledge(item_id, "Dana Whitfield")          # a crisis alert, audited
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, Select, func, select, update
from sqlalchemy.orm import Session, selectinload, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain import Channel, Flag, Handling, Intent, ItemKind, MessageState, Prefilled
from frontdesk.domain.changes import Changes
from frontdesk.models import Client, DeskItem, InboundMessage, OutboxMessage, ThreadNote
from frontdesk.services import audit
from frontdesk.services.contacts import format_phone
from frontdesk.services.errors import NotFoundError, StateError, ValidationError
from frontdesk.services.events import ChangeEvents
from frontdesk.services.inbox import privacy
from frontdesk.services.inbox.dto import (
    CrisisAlert,
    ThreadEntry,
    ThreadKey,
    ThreadSummary,
    TriageItem,
)
from frontdesk.services.inbox.message_time import message_time
from frontdesk.services.inbox.targets import due_by
from frontdesk.services.practice import load_settings
from frontdesk.services.reminders.routing import reach

MAX_REPLY = 640  # four SMS segments; a longer answer belongs in a call
MAX_NOTE = 4000
PREVIEW = 80
STAFF_REPLY_LIFE = timedelta(hours=12)  # not sent by then (no network): staff are told
REPLY_KINDS = (ItemKind.CRISIS, ItemKind.CLINICAL, ItemKind.CLIENT_MESSAGE,
               ItemKind.RUNNING_LATE, ItemKind.UNMATCHED, ItemKind.OPTED_OUT)
# An open item of these kinds flags its thread, most urgent first.
FLAG_OF_ITEM = {ItemKind.CRISIS: Flag.CRISIS, ItemKind.CLINICAL: Flag.CLINICAL}
SAVED_REPLIES = (
    "Thanks for letting us know. See you then.",
    "Thanks for your message. We'll call you today.",
    "No problem, thanks for telling us. Please come as soon as you can.",
    "Please call us when you have a moment.",
)
HIDDEN_STEPS = (Prefilled.ONCALL_ALERT.value,)  # sent about the client, not to them


def _name(c: Client) -> str:
    return f"{c.preferred_name or c.first_name} {c.last_name}"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= PREVIEW else text[:PREVIEW - 1] + "…"


class InboxService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock,
                 events: ChangeEvents | None = None) -> None:
        self.sessions, self.clock = sessions, clock
        self.events = events or ChangeEvents()  # a planned reply wakes the dispatcher

    # ---- reading -----------------------------------------------------------------------
    def threads(self) -> list[ThreadSummary]:
        """Every thread with a message from the client or a note, newest first."""
        with self.sessions() as s:
            inbound = list(s.execute(select(
                InboundMessage.client_id, InboundMessage.from_address, InboundMessage.body,
                InboundMessage.received_at, InboundMessage.read_at)
                .order_by(InboundMessage.received_at)))
            notes = list(s.execute(select(ThreadNote.client_id, ThreadNote.from_address,
                                          ThreadNote.body, ThreadNote.created_at)))
            open_items = list(s.execute(select(DeskItem.kind, DeskItem.client_id, DeskItem.ref)
                                        .where(DeskItem.done_at.is_(None),
                                               DeskItem.kind.in_(REPLY_KINDS))))
            private = privacy.is_private(s)
            by_key: dict[ThreadKey, dict[str, Any]] = {}  # unread, last, preview, from
            for client_id, address, body, at, read_at in inbound:
                key = ThreadKey(client_id) if client_id else ThreadKey(None, address)
                t = by_key.setdefault(key, {"unread": 0, "last": at, "preview": "",
                                            "from": "in"})
                t["unread"] += read_at is None
                if at >= t["last"]:
                    t["last"], t["preview"], t["from"] = at, body, "in"
            for client_id, address, body, at in notes:
                key = ThreadKey(client_id) if client_id else ThreadKey(None, address)
                t = by_key.setdefault(key, {"unread": 0, "last": at, "preview": body,
                                            "from": "note"})
            flags: dict[ThreadKey, set[str]] = {}
            for kind, client_id, ref in open_items:
                key = (ThreadKey(client_id) if client_id
                       else ThreadKey(None, ref.removeprefix("number:")))
                flags.setdefault(key, set()).add(kind)
            ids = [k.client_id for k in by_key if k.client_id]
            names = {c.id: _name(c) for c in s.scalars(select(Client).where(Client.id.in_(ids)))}
            out = []
            for key, t in by_key.items():
                kinds = flags.get(key, set())
                flag = next((f for k, f in FLAG_OF_ITEM.items() if k in kinds), Flag.NONE)
                title = names.get(key.client_id, "") if key.client_id else (
                    f"Unknown number {format_phone(key.address)}")
                preview = (privacy.preview_words(flag, t["from"]) if private
                           else _short(t["preview"]))
                out.append(ThreadSummary(key, privacy.shown_name(flag, title, private),
                                         t["unread"], t["last"], preview, flag, bool(kinds)))
            out.sort(key=lambda t: (t.flag is not Flag.CRISIS, -t.last_at.timestamp()))
            return out

    def unread_count(self) -> int:
        with self.sessions() as s:
            return s.scalar(select(func.count()).select_from(InboundMessage)
                            .where(InboundMessage.read_at.is_(None))) or 0

    def thread(self, key: ThreadKey) -> list[ThreadEntry]:
        """Inbound, outbound (sent or on its way) and notes, oldest first."""
        with self.sessions() as s:
            out: list[ThreadEntry] = []
            for m in s.scalars(self._inbound(key)):
                out.append(ThreadEntry(
                    m.received_at, "in", m.body, m.channel.value, "",
                    Intent(m.intent) if m.intent else None, Flag(m.flag) if m.flag else Flag.NONE,
                    m.outcome, tuple(r for r in m.reasons.splitlines() if r)))
            if key.client_id:
                rows = s.scalars(select(OutboxMessage).where(
                    OutboxMessage.client_id == key.client_id,
                    OutboxMessage.step.not_in(HIDDEN_STEPS),
                    OutboxMessage.state.in_((MessageState.PLANNED, MessageState.SENDING,
                                             MessageState.SENT, MessageState.DELIVERED,
                                             MessageState.UNDELIVERED, MessageState.FAILED,
                                             MessageState.UNCERTAIN))))
                for r in rows:
                    if r.state is MessageState.PLANNED and r.anchor_at is not None:
                        continue  # reminders still to come live on the appointment timeline
                    at = r.sent_at or r.sending_at or r.planned_at
                    out.append(ThreadEntry(at, "out", r.body or f"({r.step})", r.channel.value,
                                           r.state.value, outcome=r.reason))
            notes = select(ThreadNote).where(
                ThreadNote.client_id == key.client_id if key.client_id
                else (ThreadNote.client_id.is_(None)) & (ThreadNote.from_address == key.address))
            for n in s.scalars(notes):
                out.append(ThreadEntry(n.created_at, "note", n.body, "", n.author))
            out.sort(key=lambda e: e.at)
            return out

    def _inbound(self, key: ThreadKey) -> Select[InboundMessage]:
        q = select(InboundMessage).order_by(InboundMessage.received_at, InboundMessage.id)
        if key.client_id:
            return q.where(InboundMessage.client_id == key.client_id)
        return q.where(InboundMessage.client_id.is_(None),
                       InboundMessage.from_address == key.address)

    # ---- staff actions -------------------------------------------------------------------
    def mark_read(self, key: ThreadKey, actor: str) -> int:
        """Mark the thread's messages read; returns how many were unread."""
        with self.sessions.begin() as s:
            cond = (InboundMessage.client_id == key.client_id if key.client_id else
                    (InboundMessage.client_id.is_(None))
                    & (InboundMessage.from_address == key.address))
            result = cast(CursorResult[Any], s.execute(update(InboundMessage).where(
                cond, InboundMessage.read_at.is_(None)).values(
                read_at=self.clock.now(), read_by=actor)))  # an UPDATE's: it has rowcount
        if result.rowcount:
            self.events.publish(Changes(threads=True))
        return result.rowcount or 0

    def add_note(self, key: ThreadKey, text: str, actor: str) -> None:
        text = text.strip()
        if not text:
            raise ValidationError("note", "Type the note first.")
        if len(text) > MAX_NOTE:
            raise ValidationError("note", f"A note can be at most {MAX_NOTE} characters.")
        with self.sessions.begin() as s:
            s.add(ThreadNote(client_id=key.client_id, from_address=key.address if not
                             key.client_id else "", body=text, author=actor,
                             created_at=self.clock.now()))
            audit.record(s, self.clock, actor, "thread_note", "client", key.client_id)
        self.events.publish(Changes(threads=True))

    def saved_replies(self) -> tuple[str, ...]:
        return SAVED_REPLIES

    def reply_channels(self, key: ThreadKey) -> list[Channel]:
        """The channels a reply can go by, the thread's latest inbound channel first."""
        if not key.client_id:
            return []
        with self.sessions() as s:
            client = s.get(Client, key.client_id, options=[selectinload(Client.consents)])
            if client is None:
                return []
            usable = reach(client).usable
            last = s.scalar(self._inbound(key).order_by(None).order_by(
                InboundMessage.received_at.desc()).limit(1))
            order = [last.channel] if last else []
            order += [client.preferred_channel, Channel.SMS, Channel.WHATSAPP, Channel.EMAIL]
            return [c for c in dict.fromkeys(order) if c in usable]

    def reply(self, key: ThreadKey, text: str, actor: str,
              channel: Channel | None = None) -> int:
        """Send staff's words to the client through their channel (audited); returns the
        outbox row. Refused for an unknown number (link it first) or an opted-out channel."""
        text = text.strip()
        if not text:
            raise ValidationError("reply", "Type the reply first.")
        if len(text) > MAX_REPLY:
            raise ValidationError("reply", f"A reply can be at most {MAX_REPLY} characters; "
                                  "for more, call the client.")
        if not key.client_id:
            raise StateError("This number is not linked to a client yet. Link it first, "
                             "or call the number.")
        channels = self.reply_channels(key)
        chosen = channel or (channels[0] if channels else None)
        if chosen is None or chosen not in channels:
            raise ValidationError("channel", "This client cannot get messages on that channel "
                                  "(no consent, opted out, or no address). Call them instead.")
        now = self.clock.now()
        with self.sessions.begin() as s:
            row = OutboxMessage(client_id=key.client_id, appointment_id=None,
                                step=Prefilled.STAFF_REPLY.value, channel=chosen,
                                anchor_at=None, due_at=now, useful_until=now + STAFF_REPLY_LIFE,
                                state=MessageState.PLANNED, body=text,
                                reason=f"reply by {actor}", planned_at=now, updated_at=now)
            s.add(row)
            s.flush()
            audit.record(s, self.clock, actor, "reply", "client", key.client_id,
                         f"channel={chosen.value}")
            row_id = row.id
        self.events.publish(Changes(clients=frozenset({key.client_id}), threads=True,
                                    outbox=True))
        return row_id

    def link(self, address: str, client_id: int, actor: str) -> ThreadKey:
        """An unknown number's messages join a client's thread (audited)."""
        with self.sessions.begin() as s:
            if s.get(Client, client_id) is None:
                raise NotFoundError("That client no longer exists.")
            moved = cast(CursorResult[Any], s.execute(update(InboundMessage).where(
                InboundMessage.client_id.is_(None), InboundMessage.from_address == address)
                .values(client_id=client_id))).rowcount
            s.execute(update(ThreadNote).where(
                ThreadNote.client_id.is_(None), ThreadNote.from_address == address)
                .values(client_id=client_id, from_address=""))
            if not moved:
                raise NotFoundError("There are no messages from that number to link.")
            now = self.clock.now()
            for item in s.scalars(select(DeskItem).where(
                    DeskItem.kind == ItemKind.UNMATCHED, DeskItem.done_at.is_(None),
                    DeskItem.ref == f"number:{address}")):
                item.done_at, item.done_by = now, actor
            for item in s.scalars(select(DeskItem).where(
                    DeskItem.client_id.is_(None), DeskItem.done_at.is_(None),
                    DeskItem.ref.like("inbound:%"))):
                m = s.get(InboundMessage, int(item.ref.split(":")[1]))
                if m is not None and m.client_id == client_id:
                    item.client_id = client_id
            audit.record(s, self.clock, actor, "link_number", "client", client_id)
        self.events.publish(Changes(clients=frozenset({client_id}), threads=True, desk=True))
        return ThreadKey(client_id)

    # ---- the queue and crisis alerts ----------------------------------------------------
    def triage_queue(self) -> list[TriageItem]:
        """Open items from client messages, most urgent first, each with its target."""
        with self.sessions() as s:
            settings = load_settings(s)
            private = bool(settings.screen_privacy)
            now = self.clock.now()
            items = list(s.scalars(select(DeskItem).where(
                DeskItem.done_at.is_(None), DeskItem.kind.in_(REPLY_KINDS))))
            out = []
            for it in items:
                key, who = self._who(s, it)
                due = due_by(it.kind, it.created_at, settings)
                kind = it.kind
                out.append(TriageItem(it.id, kind, key, privacy.shown_name(kind, who, private),
                                      privacy.shown_note(kind, it.note, private),
                                      it.created_at, due, now > due,
                                      message_at=message_time(s, it.ref)))
            order = {k: i for i, k in enumerate(REPLY_KINDS)}
            out.sort(key=lambda t: (order[t.kind], t.due_at))
            return out

    def open_crises(self) -> list[CrisisAlert]:
        """Crisis items nobody has acknowledged yet, oldest first; with screen privacy on,
        without the client's name or words (`reveal_crisis` gives them, audited)."""
        with self.sessions() as s:
            private = privacy.is_private(s)
            items = list(s.scalars(select(DeskItem).where(
                DeskItem.done_at.is_(None), DeskItem.kind == ItemKind.CRISIS)
                .order_by(DeskItem.created_at, DeskItem.id)))
            out = []
            for it in items:
                key, who = self._who(s, it)
                m = s.get(InboundMessage, int(it.ref.split(":")[1])) if it.ref.startswith(
                    "inbound:") else None
                out.append(CrisisAlert(it.id, key or ThreadKey(None), "" if private else who,
                                       m.received_at if m else it.created_at,
                                       "" if private or not m else m.body, it.note, private))
            return out

    def reveal_crisis(self, item_id: int, actor: str) -> CrisisAlert:
        """A crisis alert with the client's name and words, for the person who asked to see
        them (audited: "revealed crisis message", the actor, the client)."""
        with self.sessions.begin() as s:
            who, text = privacy.reveal_crisis(s, self.clock, item_id, actor)
        alert = next((a for a in self.open_crises() if a.item_id == item_id), None)
        if alert is None:
            raise StateError("That urgent message was acknowledged meanwhile.")
        return CrisisAlert(alert.item_id, alert.key, who, alert.received_at, text,
                           alert.auto_reply, private=False)

    def open_thread(self, key: ThreadKey, actor: str) -> str:
        """A person deliberately opens a thread: returns its real title (the name hidden
        in the list); opening one with a crisis or clinical message is audited."""
        with self.sessions() as s:
            flagged = privacy.flagged_messages(s, key)
            name = ""
            if key.client_id:
                c = s.get(Client, key.client_id)
                name = _name(c) if c else ""
        if flagged:
            with self.sessions.begin() as s:
                privacy.audit_open(s, self.clock, key, actor)
        return name or (f"Unknown number {format_phone(key.address)}" if key.address else "")

    def acknowledge(self, item_id: int, staff_name: str) -> None:
        """A named person takes a crisis (or any triage) item; audited with their name."""
        name = " ".join(staff_name.split())
        if len(name) < 2:
            raise ValidationError("name", "Type your name: the alert records who took it.")
        with self.sessions.begin() as s:
            it = s.get(DeskItem, item_id)
            if it is None:
                raise NotFoundError("That alert no longer exists.")
            if it.done_at is not None:
                raise StateError(f"{it.done_by} already acknowledged it.")
            it.done_at, it.done_by = self.clock.now(), name
            audit.record(s, self.clock, name, f"acknowledge_{it.kind.value}", "desk_item",
                         it.id, it.ref)
            if it.ref.startswith("inbound:"):
                m = s.get(InboundMessage, int(it.ref.split(":")[1]))
                if m is not None and m.handling is Handling.NEEDS_STAFF:
                    still_open = s.scalar(select(func.count()).select_from(DeskItem).where(
                        DeskItem.ref == it.ref, DeskItem.done_at.is_(None),
                        DeskItem.id != it.id))
                    if not still_open:
                        m.handling = Handling.DONE
        self.events.publish(Changes(threads=True, desk=True, crisis=True))

    def _who(self, s: Session, it: DeskItem) -> tuple[ThreadKey | None, str]:
        if it.client_id:
            c = s.get(Client, it.client_id)
            return ThreadKey(it.client_id), _name(c) if c else ""
        address = it.ref.removeprefix("number:") if it.ref.startswith("number:") else ""
        if it.ref.startswith("inbound:"):
            m = s.get(InboundMessage, int(it.ref.split(":")[1]))
            address = m.from_address if m else ""
        return (ThreadKey(None, address) if address else None,
                f"Unknown number {format_phone(address)}" if address else "")
