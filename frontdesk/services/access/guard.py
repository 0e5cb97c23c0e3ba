"""The services as the person at the desk may use them.

`GuardedServices(services, desk)` offers the same attributes as `Services`; each call is
checked against frontdesk/services/access/rules.py before it runs: somebody signed in and
the desk unlocked, the role's permission, a clinician's own clients and sessions; its result
is cut to what the person may see; the acting person is written as the actor (whatever the
caller passed); a view of a client's details or thread is audited. The screens get this;
background work keeps the plain `Services`.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from frontdesk.domain.access import Permission, Person
from frontdesk.services import audit
from frontdesk.services.access.desk import DeskSession
from frontdesk.services.access.rules import PASS_THROUGH, RULES, Rule
from frontdesk.services.access.scope import Scope
from frontdesk.services.errors import PermissionDenied

VIEW_AGAIN_AFTER = timedelta(minutes=10)  # a view re-read by a refresh is audited once
ACTOR_PARAMS = ("actor", "staff_name")
PERSON_PARAMS = ("by", "person")
CANNOT = {
    Permission.SCHEDULE: "see the schedule",
    Permission.BOOK: "book, move or cancel sessions, or resend messages",
    Permission.CLIENTS: "see clients' details",
    Permission.CLIENT_DETAILS: "add clients or change their details",
    Permission.THREADS: "read clients' messages",
    Permission.CLINICAL: "read clinical messages",
    Permission.CRISIS: "read urgent messages",
    Permission.REPLY: "write to clients",
    Permission.TODO: "see the To do list",
    Permission.TRENDS: "see the trends or the session fee",
    Permission.PRACTICE: "change the practice's settings or wording",
    Permission.CONNECTIONS: "change the messaging or calendar connections",
    Permission.ACCOUNTS: "manage staff accounts",
    Permission.AUDIT: "read the audit trail",
    Permission.BACKUPS: "make or restore backups",
    Permission.DIAGNOSTICS: "check the installation",
}


def refusal(person: Person, permission: Permission) -> PermissionDenied:
    return PermissionDenied(
        f"Your account ({person.role.label}) cannot {CANNOT[permission]}.",
        hint="Ask the practice owner if your work needs it.")


class GuardedServices:
    """`Services` through the desk's signed-in person."""

    def __init__(self, services: Any, desk: DeskSession) -> None:
        self._services, self.desk_session = services, desk
        self._views: dict[tuple[int, str, object], Any] = {}
        self._views_lock = threading.Lock()
        self._cache: dict[str, Any] = {}

    def __getattr__(self, name: str) -> Any:
        if name in PASS_THROUGH:
            return getattr(self._services, name)
        if name not in RULES:
            raise PermissionDenied(f"“{name}” is not open to the desk's screens.")
        if name not in self._cache:
            self._cache[name] = _GuardedService(self, name, getattr(self._services, name),
                                                RULES[name])
        return self._cache[name]

    def call(self, service: str, method: str, fn: Callable[..., Any], rule: Rule,
             args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """One checked call (see the module's docstring)."""
        sessions = self._services.sessions
        if rule.anyone:
            person, present = self.desk_session.person, not self.desk_session.locked
            scope = Scope(sessions, person, present and person is not None, self._services)
        else:
            person = self.desk_session.acting()
            scope = Scope(sessions, person, services=self._services)
            if rule.needs is not None and not person.can(rule.needs):
                raise refusal(person, rule.needs)
        args, kwargs, arguments = _bind(fn, args, kwargs, person)
        if person is not None and not rule.anyone:
            self._check(scope, rule, arguments)
        if person is not None and not rule.anyone:
            with audit.acting_account(person.account_id):
                result = fn(*args, **kwargs)
        else:
            result = fn(*args, **kwargs)
        if rule.result is not None:
            result = rule.result(scope, result)
        if rule.view is not None and person is not None:
            self._audit_view(person, rule.view, _viewed(rule, arguments))
        return result

    @staticmethod
    def _check(scope: Scope, rule: Rule, arguments: dict[str, Any]) -> None:
        if rule.client is not None:
            scope.check_client(arguments.get(rule.client))
        if rule.appointment is not None:
            scope.check_appointment(arguments[rule.appointment])
        if rule.key is not None:
            key = arguments.get(rule.key)
            scope.check_client(getattr(key, "client_id", None))

    def _audit_view(self, person: Person, what: str, target: object) -> None:
        """`view_client` / `view_thread`, once per person and target in VIEW_AGAIN_AFTER."""
        svc = self._services
        now = svc.clock.now()
        slot = (person.account_id, what, target)
        with self._views_lock:
            last = self._views.get(slot)
            if last is not None and now - last < VIEW_AGAIN_AFTER:
                return
            self._views[slot] = now
        client_id = target if isinstance(target, int) else None
        detail = "" if client_id is not None else "unmatched number"
        with svc.sessions.begin() as s:
            audit.record(s, svc.clock, person.actor, f"view_{what}", "client", client_id,
                         detail, account_id=person.account_id)


class _GuardedService:
    def __init__(self, guard: GuardedServices, name: str, target: Any,
                 rules: dict[str, Rule]) -> None:
        self._guard, self._name, self._target, self._rules = guard, name, target, rules

    def __getattr__(self, method: str) -> Any:
        rule = self._rules.get(method) or self._rules.get("*")
        if rule is None or method.startswith("_"):
            raise PermissionDenied(f"“{self._name}.{method}” is not open to the desk's "
                                   "screens.")
        fn = getattr(self._target, method)
        if not callable(fn):
            raise PermissionDenied(f"“{self._name}.{method}” is not open to the desk's "
                                   "screens.")
        guard, name = self._guard, self._name

        def checked(*args: Any, **kwargs: Any) -> Any:
            return guard.call(name, method, fn, rule, args, kwargs)

        checked.__name__ = method
        checked.__doc__ = fn.__doc__
        return checked


def _bind(fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any],
          person: Person | None) -> tuple[tuple[Any, ...], dict[str, Any], dict[str, Any]]:
    """The call's arguments (and all of them by name), with the acting person written in as
    the actor."""
    try:
        signature = inspect.signature(fn)
    except (TypeError, ValueError):  # no signature to read: nothing to inject
        return args, kwargs, dict(kwargs)
    bound = signature.bind_partial(*args, **kwargs)
    if person is not None:
        for name in ACTOR_PARAMS:
            if name in signature.parameters:
                bound.arguments[name] = person.actor
        for name in PERSON_PARAMS:
            if name in signature.parameters:
                bound.arguments[name] = person
    return bound.args, bound.kwargs, dict(bound.arguments)


def _viewed(rule: Rule, arguments: dict[str, Any]) -> object:
    if rule.client is not None:
        return arguments.get(rule.client)
    key = arguments.get(rule.key or "")
    return getattr(key, "client_id", None) or getattr(key, "address", None)
