"""Find a session's video link in an event: conference properties, a URL as the location, or a
known video service's link in the URL property or the description."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

_URL = re.compile(r"https?://[^\s<>\"'\\]+", re.IGNORECASE)

# Hosts whose links are video sessions (the host itself or any sub-domain of it).
VIDEO_HOSTS = (
    "zoom.us",
    "zoomgov.com",
    "meet.google.com",
    "teams.microsoft.com",
    "teams.live.com",
    "doxy.me",
    "webex.com",
    "whereby.com",
    "gotomeeting.com",
    "meet.goto.com",
    "vsee.me",
    "vsee.com",
    "bluejeans.com",
    "chime.aws",
    "meet.jit.si",
    "video.simplepractice.com",
    "telehealth.therapynotes.com",
    "telehealth.theranest.com",
    "sessions.psychologytoday.com",
)


def urls_in(text: str) -> list[str]:
    """The http(s) addresses in a text, without trailing punctuation."""
    return [match.rstrip(".,;:!?)]}>") for match in _URL.findall(text)]


def is_web_address(text: str) -> bool:
    """Whether the whole text is one http(s) address."""
    stripped = text.strip()
    return bool(stripped) and urls_in(stripped) == [stripped]


def is_video_link(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == known or host.endswith("." + known) for known in VIDEO_HOSTS)


def first_video_link(texts: Iterable[str]) -> str:
    """The first known video service's link in the texts, or ""."""
    for text in texts:
        for url in urls_in(text):
            if is_video_link(url):
                return url
    return ""


def session_link(
    conference: Iterable[str], location: str, url: str, description: str
) -> str:
    """The session's video link, best evidence first: a conference property (any address is a
    conference by definition), a location that is an address, then a known video service in the
    URL property or the description. "" when there is none."""
    for value in conference:
        found = urls_in(value)
        if found:
            return found[0]
    if is_web_address(location):
        return location.strip()
    location_link = first_video_link([location])
    if location_link:
        return location_link
    return first_video_link([url, description])
