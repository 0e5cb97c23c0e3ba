"""Client replies for the demo practice, so the Messages panel and the crisis alert show
something real: a confirmation, a question, a "running late" for today, a clinical message,
an unknown number, one crisis, and an older exchange that staff already answered.

Everything goes through the real poller (stored, then acted on), with made-up SIDs and the
demo clients' fictional 555-01xx numbers; nothing reaches Twilio.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from frontdesk.domain import Channel, Confirmation, ConsentStatus
from frontdesk.services.container import Services
from frontdesk.services.inbox.dto import ThreadKey
from frontdesk.services.inbox.poller import PollReport

ACTOR = "demo"
STAFF = "Dana (front desk)"
UNKNOWN_NUMBER = "+16175550199"  # nobody's: an unmatched thread

# (who, minutes before now, text); "who" is a role filled with a demo client below.
REPLIES = (
    ("asked", 22 * 60, "Hi, can my partner come with me to the next session?"),
    ("clinical", 11 * 60, "Yes I'll be there. Been having panic attacks most nights this "
                          "week, not sleeping much"),
    ("unknown", 95, "hi this is Jess, new number. can you save it?"),
    ("question", 50, "Is there parking near the office? First time coming in person"),
    ("confirm", 35, "C"),
    ("crisis", 9, "I can't do this anymore. I don't want to be here anymore"),
    ("late", 4, "Running about 10 min late, sorry! Bus is slow"),
)


def seed_replies(svc: Services) -> None:
    """Store and act on the demo replies; answer the oldest one as staff would."""
    now = svc.clock.now()
    who = _cast(svc, now)
    who["unknown"] = (None, UNKNOWN_NUMBER)
    report = PollReport()
    for n, (role, minutes, text) in enumerate(REPLIES):
        _client_id, number = who.get(role, (None, ""))
        if number:
            svc.poller.store(f"SMdemo{n:026d}", number, text, now - timedelta(minutes=minutes),
                             report)
    svc.poller.process_pending(report)
    asked, _number = who.get("asked", (None, ""))
    if asked is not None:
        _answer(svc, ThreadKey(asked))


def _cast(svc: Services, now: datetime) -> dict[str, tuple[int | None, str]]:
    """A demo client for each role (role -> id and E.164 mobile), each used once."""
    usable: dict[int, str] = {}
    for c in svc.clients.search(""):
        detail = svc.clients.get(c.id)
        sms = any(x.channel is Channel.SMS and x.status is ConsentStatus.GRANTED
                  for x in detail.consents)
        if detail.mobile and sms and not detail.shared_phone \
                and detail.preferred_channel is Channel.SMS:
            usable[c.id] = detail.mobile
    used: set[int] = set()

    def take(client_id: int | None) -> tuple[int | None, str]:
        if client_id is None:
            client_id = next((i for i in usable if i not in used), None)
        if client_id is None:
            return None, ""
        used.add(client_id)
        return client_id, usable[client_id]

    today = svc.schedule.today()
    rows = [r for d in range(4) for r in svc.schedule.day(today + timedelta(days=d))
            if r.group_size == 1 and not r.attendance.is_cancelled and r.start > now
            and r.client_id in usable]
    later_today = [r for r in rows if r.start.date() == today]
    unconfirmed = [r for r in rows if r.confirmation in (Confirmation.REQUESTED,
                                                         Confirmation.UNCONFIRMED)]
    cast = {"late": take(later_today[0].client_id if later_today else None)}
    pick = next((r.client_id for r in unconfirmed if r.client_id not in used), None)
    cast["confirm"] = take(pick)
    pick = next((r.client_id for r in rows if r.client_id not in used), None)
    cast["clinical"] = take(pick)
    for role in ("crisis", "question", "asked"):
        cast[role] = take(None)
    return cast


def _answer(svc: Services, key: ThreadKey) -> None:
    """The front desk already answered yesterday's question and closed its item."""
    svc.inbox.mark_read(key, STAFF)
    svc.inbox.reply(key, "Of course, they're very welcome. See you then!", STAFF)
    svc.inbox.add_note(key, "Partner joining next session: told the clinician.", STAFF)
    for item in svc.inbox.triage_queue():
        if item.key == key:
            svc.desk.mark_done(item.item_id, STAFF)
