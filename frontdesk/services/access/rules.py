"""Which permission each service call needs, and what it may show of its result.

Every public method a screen can reach is listed here; a method not listed is refused
(tests/test_access_rules.py checks that every public method is classified, so a new one
cannot slip through unguarded). `"*"` classifies every method of a service at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from frontdesk.domain.access import Permission as P
from frontdesk.services.access.scope import Scope


@dataclass(frozen=True)
class Rule:
    """`needs`: the permission (None: anyone signed in; the call shows no client data).
    `client`, `appointment`, `key`: the parameter naming a client, a session or a thread,
    checked against a clinician's own. `result`: what the person may see of the result.
    `view`: the call shows a client's details or thread, audited as `view_<view>`.
    `anyone`: callable with nobody signed in or the desk locked (`result` then redacts)."""

    needs: P | None
    client: str | None = None
    appointment: str | None = None
    key: str | None = None
    result: Callable[[Scope, Any], Any] | None = None
    view: str | None = None
    anyone: bool = False


def _crises(scope: Scope, alerts: list[Any]) -> list[Any]:
    from frontdesk.services.access.redact import crisis_alerts

    return crisis_alerts(scope, alerts)


def _own_day(scope: Scope, rows: list[Any]) -> list[Any]:
    return scope.own_rows(rows)


def _own_clients(scope: Scope, rows: list[Any]) -> list[Any]:
    return scope.own_clients_rows(rows, "id")


def _own_threads(scope: Scope, rows: list[Any]) -> list[Any]:
    return scope.thread_rows(scope.own_clients_rows(rows, "key"))


def _own_unread(scope: Scope, count: int) -> int:
    """A clinician's unread count: their own clients' threads only."""
    if not scope.person.own_only:
        return count
    return sum(t.unread for t in _own_threads(scope, scope.services.inbox.threads()))


def _thread(scope: Scope, entries: list[Any]) -> list[Any]:
    return scope.thread_entries(entries)


def _own_items(scope: Scope, items: list[Any]) -> list[Any]:
    from frontdesk.services.access.redact import triage_items

    return triage_items(scope, items)


def _own_appointment(scope: Scope, detail: Any) -> Any:
    scope.check_appointment(detail.id)
    return detail


def _own_desk_items(scope: Scope, items: list[Any]) -> list[Any]:
    return scope.own_clients_rows(items, "client_id")


RULES: dict[str, dict[str, Rule]] = {
    "schedule": {
        "timezone": Rule(None, anyone=True), "today": Rule(None, anyone=True),
        "day": Rule(P.SCHEDULE, result=_own_day),
        "appointment": Rule(P.SCHEDULE, result=_own_appointment),
        **{m: Rule(P.BOOK) for m in (
            "book", "edit", "reschedule", "cancel", "mark_arrived", "mark_no_show",
            "undo_attendance", "set_confirmation")},
    },
    "clients": {
        "get": Rule(P.CLIENTS, client="client_id", view="client"),
        "search": Rule(P.CLIENTS, result=_own_clients),
        **{m: Rule(P.CLIENT_DETAILS) for m in ("create", "update", "set_consent")},
    },
    "inbox": {
        "threads": Rule(P.THREADS, result=_own_threads),
        "unread_count": Rule(P.THREADS, result=_own_unread),
        "thread": Rule(P.THREADS, key="key", result=_thread, view="thread"),
        "open_thread": Rule(P.THREADS, key="key"),
        "mark_read": Rule(P.THREADS, key="key"),
        "add_note": Rule(P.THREADS, key="key"),
        "saved_replies": Rule(P.REPLY),
        "reply_channels": Rule(P.REPLY, key="key"),
        "reply": Rule(P.REPLY, key="key"),
        "link": Rule(P.CLIENT_DETAILS),
        "triage_queue": Rule(P.THREADS, result=_own_items),
        "open_crises": Rule(None, result=_crises, anyone=True),
        "reveal_crisis": Rule(P.CRISIS),
        "acknowledge": Rule(P.CRISIS),
    },
    "group_messages": {m: Rule(P.REPLY, appointment="appointment_id")
                       for m in ("recipients", "send")},
    "messaging": {
        "delivery_mode": Rule(None),
        "timeline": Rule(P.SCHEDULE, appointment="appointment_id"),
        "resend": Rule(P.BOOK),
    },
    "desk": {
        "open_items": Rule(P.TODO, result=_own_desk_items),
        "mark_done": Rule(P.TODO),
        "quit_check": Rule(None, anyone=True),  # counts only: closing asks it
    },
    "practice": {
        "settings": Rule(None, anyone=True),  # the practice's own details, no client's
        "clinicians": Rule(None), "appointment_types": Rule(None),
        "update_settings": Rule(P.PRACTICE), "save_clinician": Rule(P.PRACTICE),
        "save_appointment_type": Rule(P.PRACTICE),
        "recovery_code": Rule(P.ACCOUNTS),
    },
    "trends": {"*": Rule(P.TRENDS)},
    # No-show risk: the badge for those who book and call (not clinical; no clinician, no
    # IT); the model's standing and training for the owner, its call setting a setting.
    "risk": {"scores": Rule(P.BOOK), "status": Rule(P.TRENDS), "train": Rule(P.TRENDS),
             "set_call_ahead": Rule(P.PRACTICE)},
    "policy": {"*": Rule(P.PRACTICE)},
    "templates": {"*": Rule(P.PRACTICE)},
    "whatsapp": {"*": Rule(P.CONNECTIONS)},
    "delivery": {"*": Rule(P.CONNECTIONS)},
    "sync": {"*": Rule(P.CONNECTIONS)},
    "csv_import": {"*": Rule(P.CONNECTIONS)},
    "client_import": {"*": Rule(P.CLIENT_DETAILS)},
    "audit_trail": {"*": Rule(P.AUDIT)},
    "backups": {"*": Rule(P.BACKUPS)},
    # Help → About for anyone signed in (the version and folders); the check itself for IT.
    "doctor": {"about": Rule(None), "*": Rule(P.DIAGNOSTICS)},
}

# Attributes handed through as they are: no client data, or they check the person
# themselves (the account service takes the acting person as an argument).
PASS_THROUGH = frozenset({"clock", "events", "health", "accounts", "outside"})
