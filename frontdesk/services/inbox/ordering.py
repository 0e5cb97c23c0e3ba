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

from frontdesk.domain import Channel, Flag, Handling, Intent, ItemKind
from frontdesk.models import Client, InboundMessage
from frontdesk.services.desk_items import raise_item
from frontdesk.services.inbox.actions import TWILIO_STOP, Env, _consent, _keyword, act
from frontdesk.services.triage import Triage

LATE = "an older message arrived late; the newer reply was already acted on"
LATE_NOTE = ("An older message arrived late, after a newer reply from the same person was "
             "already acted on, so FrontDesk changed nothing: read both and act if needed.")


def act_in_order(s: Session, message: InboundMessage, triage: Triage, env: Env) -> None:
    """`act`, unless a newer message from the same sender was already handled."""
    if (message.client_id is None or triage.flag is Flag.CRISIS or triage.intent is Intent.OPT_OUT
            or not newer_already_handled(s, message)):
        return act(s, message, triage, env)
    now = env.clock.now()
    message.intent, message.flag = triage.intent.value, triage.flag.value
    message.reasons = "\n".join(triage.reasons)
    outcome = LATE
    if message.channel is Channel.SMS and _keyword(message.body) in TWILIO_STOP:
        client = s.get(Client, message.client_id, options=[selectinload(Client.consents)])
        assert client is not None  # clients are never deleted
        _consent(s, message, client, True, now)  # Twilio opted them out all the same
        outcome += "; Twilio opted them out of texts (bare keyword)"
    if triage.flag is Flag.CLINICAL:
        raise_item(s, ItemKind.CLINICAL, now, appointment_id=None, client_id=message.client_id,
                   ref=f"inbound:{message.id}", note="Clinical content: read the message.")
        outcome += "; to the clinician's queue"
    raise_item(s, ItemKind.CLIENT_MESSAGE, now, appointment_id=None, client_id=message.client_id,
               ref=f"inbound:{message.id}", note=LATE_NOTE)
    message.handling, message.outcome = Handling.NEEDS_STAFF, outcome


def newer_already_handled(s: Session, message: InboundMessage) -> bool:
    """True when the same sender (number or client) sent a newer message that FrontDesk has
    already handled."""
    same_sender = InboundMessage.from_address == message.from_address
    if message.client_id is not None:
        same_sender = or_(same_sender, InboundMessage.client_id == message.client_id)
    return s.scalar(select(InboundMessage.id).where(
        same_sender, InboundMessage.id != message.id,
        InboundMessage.received_at > message.received_at,
        InboundMessage.handling != Handling.RECEIVED).limit(1)) is not None
