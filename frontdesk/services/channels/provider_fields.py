"""What a provider hands back, made safe to store: text that is text, a moment that is a
datetime or None. A message list can carry a null body, a number where a string belongs, or a
date the client library could not parse (it then passes the raw string on)."""

from __future__ import annotations

import json
from datetime import UTC, datetime


def as_text(value: object) -> str:
    """A string field as a string: None is "", anything else its JSON (or str) form."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return str(value)


def as_moment(*values: object) -> datetime | None:
    """The first of `values` that is a datetime (naive ones taken as UTC), else None."""
    for value in values:
        if isinstance(value, datetime):
            return value if value.tzinfo else value.replace(tzinfo=UTC)
    return None
