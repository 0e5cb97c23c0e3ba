"""Acting on replies in the order the client sent them, not the order they were fetched.

Twilio's message list can return a message late, in a later poll than a newer one from the
same person. An older "X" must not cancel what a newer "C" confirmed: a message older than
one already handled for the same sender changes nothing and goes to staff. A crisis, an
opt-out and clinical content are honoured whatever the order (a bare CANCEL by SMS is
Twilio's opt-out keyword: the opt-out stands, the cancellation does not).
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from frontdesk.models import Client, InboundMessage, ItemKind
from frontdesk.models.enums import Channel
from frontdesk.models.inbox import Handling
from frontdesk.services.desk_items import raise_item
from frontdesk.services.inbox.actions import TWILIO_STOP, Env, _consent, _keyword, act
from frontdesk.services.triage import Flag, Intent, Triage

LATE = "an older message arrived late; the newer reply was already acted on"
LATE_NOTE = ("An older message arrived late, after a newer reply from the same person was "
             "already acted on, so FrontDesk changed nothing: read both and act if needed.")


def act_in_order(s: Session, m: InboundMessage, t: Triage, env: Env) -> None:
    """`act`, unless a newer message from the same sender was already handled."""
    if (m.client_id is None or t.flag is Flag.CRISIS or t.intent is Intent.OPT_OUT
            or not newer_already_handled(s, m)):
        return act(s, m, t, env)
    now = env.clock.now()
    m.intent, m.flag, m.reasons = t.intent.value, t.flag.value, "\n".join(t.reasons)
    outcome = LATE
    if m.channel is Channel.SMS and _keyword(m.body) in TWILIO_STOP:
        client = s.get(Client, m.client_id, options=[selectinload(Client.consents)])
        _consent(s, m, client, True, now)  # Twilio opted them out all the same
        outcome += "; Twilio opted them out of texts (bare keyword)"
    if t.flag is Flag.CLINICAL:
        raise_item(s, ItemKind.CLINICAL, now, appointment_id=None, client_id=m.client_id,
                   ref=f"inbound:{m.id}", note="Clinical content: read the message.")
        outcome += "; to the clinician's queue"
    raise_item(s, ItemKind.CLIENT_MESSAGE, now, appointment_id=None, client_id=m.client_id,
               ref=f"inbound:{m.id}", note=LATE_NOTE)
    m.handling, m.outcome = Handling.NEEDS_STAFF, outcome


def newer_already_handled(s: Session, m: InboundMessage) -> bool:
    """True when the same sender (number or client) sent a newer message that FrontDesk has
    already handled."""
    same_sender = InboundMessage.from_address == m.from_address
    if m.client_id is not None:
        same_sender = or_(same_sender, InboundMessage.client_id == m.client_id)
    return s.scalar(select(InboundMessage.id).where(
        same_sender, InboundMessage.id != m.id, InboundMessage.received_at > m.received_at,
        InboundMessage.handling != Handling.RECEIVED).limit(1)) is not None
