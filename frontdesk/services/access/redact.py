"""What the crisis alert and the triage queue show to whom: the alarm always, its words and
the client's name only to someone at the desk who may act on it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from frontdesk.domain import ItemKind
from frontdesk.domain.access import Permission
from frontdesk.services.access.scope import Scope


def crisis_alerts(scope: Scope, alerts: list[Any]) -> list[Any]:
    """Every open crisis, always (the alarm is never hidden); with the desk locked, nobody
    signed in, or an account that may not read them (IT), without a name or words."""
    if scope.may(Permission.CRISIS):
        return alerts
    return [replace(a, who="", text="", private=True) for a in alerts]


def triage_items(scope: Scope, items: list[Any]) -> list[Any]:
    """A clinician's queue: their own clients' items, and every crisis (whoever is at the
    desk acts on one)."""
    if not scope.person.own_only:
        return items
    own = scope.own_clients()
    return [i for i in items if i.kind is ItemKind.CRISIS
            or (i.key is not None and i.key.client_id in own)]
