"""Getting a feed's bytes, from an address or a file, and the cursor that remembers them.

The cursor is opaque JSON: the server's ETag and Last-Modified, a hash of the content and the
window it was read for. A conditional request is only made for the same window: an unchanged
feed read for a later window still has occurrences to add.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

from frontdesk.sync.errors import SyncError
from frontdesk.sync.http import DEFAULT_RETRY, RetryPolicy, send

MAX_FEED_BYTES = 50 * 1024 * 1024
FEED = "The calendar feed"
FILE = "The calendar file"


@dataclass(frozen=True)
class FeedCursor:
    sha256: str
    window: str  # "start/end" in ISO 8601 UTC
    etag: str = ""
    last_modified: str = ""

    def to_json(self) -> str:
        return json.dumps({"v": 1, **asdict(self)}, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | None) -> FeedCursor | None:
        """The cursor a previous read gave; None for none, or one this version cannot read."""
        if not text:
            return None
        try:
            raw = json.loads(text)
            if not isinstance(raw, dict) or raw.get("v") != 1:
                return None
            return cls(
                sha256=str(raw["sha256"]),
                window=str(raw["window"]),
                etag=str(raw.get("etag", "")),
                last_modified=str(raw.get("last_modified", "")),
            )
        except (ValueError, KeyError, TypeError):
            return None


@dataclass(frozen=True)
class Fetched:
    data: bytes | None  # None: the server said the feed has not changed (304)
    etag: str = ""
    last_modified: str = ""


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def feed_address(location: str) -> str | None:
    """The http(s) address for a feed location (webcal:// is https), or None for a file."""
    stripped = location.strip()
    scheme, _, rest = stripped.partition("://")
    scheme = scheme.lower()
    if not rest:
        return None
    if scheme in ("webcal", "webcals"):
        return "https://" + rest
    if scheme in ("http", "https"):
        return stripped
    return None


def fetch(
    client: httpx.Client,
    url: str,
    previous: FeedCursor | None,
    *,
    sleep: Callable[[float], None] = time.sleep,
    policy: RetryPolicy = DEFAULT_RETRY,
) -> Fetched:
    """GET the feed, conditionally when `previous` is given (same window)."""
    headers = {"Accept": "text/calendar, */*;q=0.5"}
    if previous is not None and previous.etag:
        headers["If-None-Match"] = previous.etag
    if previous is not None and previous.last_modified:
        headers["If-Modified-Since"] = previous.last_modified
    response = send(
        client, "GET", url, what=FEED, headers=headers, sleep=sleep, policy=policy
    )
    etag = response.headers.get("ETag", "")
    last_modified = response.headers.get("Last-Modified", "")
    if response.status_code == 304:
        return Fetched(None, etag or (previous.etag if previous else ""),
                       last_modified or (previous.last_modified if previous else ""))
    if response.status_code != 200:
        raise SyncError(
            "server",
            f"{FEED} answered HTTP {response.status_code} instead of the calendar. Check the "
            "address in this source's settings.",
        )
    if len(response.content) > MAX_FEED_BYTES:
        raise SyncError(
            "malformed",
            f"{FEED} is larger than {MAX_FEED_BYTES // (1024 * 1024)} MB, more than a practice "
            "calendar should be. Check that the address is the practice's calendar.",
        )
    return Fetched(response.content, etag, last_modified)


def read_file(location: str) -> bytes:
    """A local .ics file's bytes (a path, or a file:// address)."""
    text = location.strip()
    if text.lower().startswith("file://"):
        text = text[len("file://"):]
    path = Path(text).expanduser()
    try:
        if path.stat().st_size > MAX_FEED_BYTES:
            raise SyncError(
                "malformed",
                f"{FILE} is larger than {MAX_FEED_BYTES // (1024 * 1024)} MB, more than a "
                "practice calendar should be. Check that the right file is chosen.",
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise SyncError(
            "not_found",
            f"{FILE} was not found at the path in this source's settings. Check that the file "
            "is still there, or choose it again.",
        ) from None
    except IsADirectoryError:
        raise SyncError(
            "config", f"{FILE} path in this source's settings is a folder, not a file."
        ) from None
    except PermissionError:
        raise SyncError(
            "config",
            f"{FILE} could not be opened: permission denied. Give FrontDesk's user read "
            "access to it.",
        ) from None
    except OSError as error:
        raise SyncError(
            "config", f"{FILE} could not be read ({type(error).__name__})."
        ) from None
