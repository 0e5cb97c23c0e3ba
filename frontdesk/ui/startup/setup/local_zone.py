"""The time zone this computer is set to, as an IANA name, without tzlocal (no Qt here).

`TZ` first, then `/etc/localtime`'s link (…/zoneinfo/America/Chicago), then
`/etc/timezone`; failing those (Windows, a copied localtime file), the zone among common
US, Latin American and European ones whose offsets now and in six months match this
computer's. None when nothing fits: the form then proposes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

COMMON_ZONES = (
    "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
    "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico",
    "America/Mexico_City", "America/Bogota", "America/Lima", "America/Caracas",
    "America/Santiago", "America/Argentina/Buenos_Aires", "America/Sao_Paulo",
    "America/Guatemala", "America/Costa_Rica", "America/Panama", "America/Santo_Domingo",
    "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Madrid", "Europe/Paris",
    "Europe/Berlin", "Europe/Rome", "Europe/Amsterdam", "Europe/Athens", "Atlantic/Canary",
)


def _valid(name: str) -> str | None:
    name = name.strip().lstrip(":")
    if not name or "/" not in name or name.startswith(("/", "Etc/")):
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


def _from_link(localtime: Path) -> str | None:
    try:
        target = os.readlink(localtime)
    except OSError:
        return None
    marker = "zoneinfo/"
    if marker not in target:
        return None
    return _valid(target.split(marker, 1)[1])


def _from_file(path: Path) -> str | None:
    try:
        return _valid(path.read_text(encoding="utf-8").splitlines()[0])
    except (OSError, IndexError, UnicodeDecodeError):
        return None


def _by_offsets(now: datetime, local_offset: Callable[[datetime], timedelta | None]
                ) -> str | None:
    """The first common zone whose UTC offset matches this computer's now and in six
    months (so New York is not taken for Bogotá in summer)."""
    moments = (now, now + timedelta(days=182))
    wanted = [local_offset(m) for m in moments]
    if None in wanted:
        return None
    for name in COMMON_ZONES:
        zone = ZoneInfo(name)
        if [m.astimezone(zone).utcoffset() for m in moments] == wanted:
            return name
    return None


def _system_offset(moment: datetime) -> timedelta | None:
    return moment.astimezone().utcoffset()


def local_zone(env: Mapping[str, str] | None = None, etc: Path = Path("/etc"),
               now: datetime | None = None,
               local_offset: Callable[[datetime], timedelta | None] = _system_offset
               ) -> str | None:
    env = os.environ if env is None else env
    now = now or datetime.now(UTC)
    return (_valid(env.get("TZ", "")) or _from_link(etc / "localtime")
            or _from_file(etc / "timezone") or _by_offsets(now, local_offset))
