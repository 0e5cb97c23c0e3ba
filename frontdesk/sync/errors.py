"""The one exception the sync layer raises: what went wrong with a source, in words for IT."""

from __future__ import annotations

from typing import Literal

SyncErrorKind = Literal[
    "auth",  # the source refused the credentials: renew or re-register them
    "tls",  # the connection's certificate was not trusted
    "network",  # the source could not be reached (DNS, refused, timed out)
    "rate_limited",  # the source asked us to slow down for longer than we wait
    "server",  # the source answered with an error of its own (5xx, or an unexpected answer)
    "not_found",  # the address, feed or record does not exist there
    "malformed",  # the source's answer could not be read at all
    "conflict",  # the record changed at the source meanwhile
    "config",  # the connector's settings are unusable (a bad address, a missing file)
]


class SyncError(Exception):
    """A source could not be read or written. `kind` sorts the cause; the message says what
    happened and what to do, and never carries client data (ids and counts only)."""

    def __init__(self, kind: SyncErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind: SyncErrorKind = kind
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"SyncError({self.kind!r}, {self.message!r})"
