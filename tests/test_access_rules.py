"""The table of who may call what (frontdesk/services/access/rules.py) names real methods,
and every service call the screens make is classified in it (else the guard refuses it)."""

from __future__ import annotations

import re
from pathlib import Path

from frontdesk.services.access.rules import PASS_THROUGH, RULES

UI = Path(__file__).resolve().parents[1] / "frontdesk" / "ui"
CALL = re.compile(r"\b(?:services|svc|s|sync)\.([a-z_]+)\.([a-z_]+)\(")
NOT_SERVICES = {"channels", "wording", "inbox_dto"}  # modules the screens import, not calls


def test_every_listed_method_exists_on_its_service(services):
    for name, rules in RULES.items():
        target = getattr(services, name)
        for method in rules:
            if method != "*":
                assert callable(getattr(target, method, None)), f"{name}.{method}"


def test_every_call_the_screens_make_is_classified():
    unclassified = set()
    for path in UI.rglob("*.py"):
        for service, method in CALL.findall(path.read_text("utf-8")):
            if service in PASS_THROUGH or service in NOT_SERVICES:
                continue
            rules = RULES.get(service, {})
            if method not in rules and "*" not in rules:
                unclassified.add(f"{service}.{method} ({path.name})")
    assert not unclassified, sorted(unclassified)
