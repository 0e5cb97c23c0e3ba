"""Which channels can reach a client, and which a step should use (pure functions)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from frontdesk.domain import Channel, ConsentStatus, PhoneKind
from frontdesk.models import Client
from frontdesk.services.reminders.policy import Route

TEXTS = (Channel.SMS, Channel.WHATSAPP)


@dataclass(frozen=True)
class Reach:
    """The channels a client can be messaged on now, and why not on the others."""

    usable: frozenset[Channel]
    preferred: Channel
    why_not: dict[Channel, str]


class Addresses(Protocol):
    """What reach reads of a client besides consent: a `Client` or the planner's facts."""

    @property
    def mobile(self) -> str | None: ...
    @property
    def mobile_kind(self) -> PhoneKind: ...
    @property
    def whatsapp(self) -> str | None: ...
    @property
    def email(self) -> str | None: ...
    @property
    def preferred_channel(self) -> Channel: ...


def reach(client: Client) -> Reach:
    return reach_of(client, {k.channel: k.status for k in client.consents})


def reach_of(client: Addresses, consent: Mapping[Channel, ConsentStatus]) -> Reach:
    """`reach` from the client's addresses and its consent by channel."""
    why: dict[Channel, str] = {}

    def check(channel: Channel, address: str | None, missing: str) -> None:
        status = consent.get(channel, ConsentStatus.NONE)
        if not address:
            why[channel] = missing
        elif status is ConsentStatus.OPTED_OUT:
            why[channel] = "client opted out"
        elif channel in TEXTS and status is not ConsentStatus.GRANTED:
            why[channel] = "no consent recorded for texts"
        elif channel is Channel.SMS and client.mobile_kind is PhoneKind.LANDLINE:
            why[channel] = "the number is a landline"

    check(Channel.SMS, client.mobile, "no mobile number")
    check(Channel.WHATSAPP, client.whatsapp or client.mobile, "no WhatsApp number")
    check(Channel.EMAIL, client.email, "no email address")
    usable = frozenset(c for c in Channel if c not in why)
    return Reach(usable, client.preferred_channel, why)


def route_channels(route: Route, r: Reach) -> tuple[list[Channel], str]:
    """The channels for one step, or none and the reason."""
    text = next((c for c in (r.preferred, *TEXTS) if c in TEXTS and c in r.usable), None)
    if route is Route.TEXT_ONLY:
        chosen = [text] if text else []
    elif route is Route.TEXT_AND_EMAIL:
        chosen = [c for c in (text, Channel.EMAIL) if c and c in r.usable]
    else:
        order = (r.preferred, Channel.SMS, Channel.EMAIL, Channel.WHATSAPP)
        chosen = [next(c for c in order if c in r.usable)] if r.usable else []
    if chosen:
        return chosen, ""
    wanted = TEXTS if route is Route.TEXT_ONLY else (r.preferred,)
    return [], "; ".join(dict.fromkeys(r.why_not[c] for c in wanted if c in r.why_not))


def fit_quiet_hours(due: datetime, useful_until: datetime, tz: ZoneInfo, start: time,
                    end: time, not_before: datetime) -> datetime | None:
    """Move a text's due time into the recipient's allowed hours [start, end).

    Later first (next morning); if that is too late to help, earlier (the evening
    before) as long as it is not in the past; None when neither fits.
    """
    local = due.astimezone(tz)
    if start <= local.time() < end:
        return due
    day = local.date() if local.time() < start else local.date() + timedelta(days=1)
    later = datetime.combine(day, start, tzinfo=tz)
    if later <= useful_until:
        return later
    earlier = datetime.combine(day - timedelta(days=1), end, tzinfo=tz) - timedelta(minutes=1)
    return earlier if earlier >= not_before else None


def shift(start: datetime, offset: timedelta, tz: ZoneInfo) -> datetime:
    """start + offset, whole days on the recipient's wall clock (24 h before a Monday 14:00
    session is Sunday 14:00 even across a DST change), the rest in real time."""
    days = int(offset / timedelta(days=1))
    rest = offset - timedelta(days=days)
    wall = start.astimezone(tz).replace(tzinfo=None) + timedelta(days=days)
    return wall.replace(tzinfo=tz) + rest
