"""The trends cache saved in the database, in parts, so no write holds SQLite's one writer
for long.

A million places make a snapshot of about 10 MB; written as one row in one transaction it
held the write lock for about a second, while the dispatcher and the reply poll waited.
Instead the bytes go in parts of PART_BYTES, one short write transaction each, into rows
of `stats_snapshot` that nothing reads yet; then one small transaction points the head row
(id HEAD) at them and drops the stats_dirty marks they include; then the rows no head
names any more are deleted, one per transaction. Between transactions the saver pauses, so
a writer waiting on the busy timeout gets in. The data stays inside the encrypted
database; a reader sees the old snapshot or the new one, never a mixture (the head and
its parts are read in one read transaction).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.models import StatsDirty, StatsSnapshot

HEAD = 1  # the row that names the parts of the saved cache
PART_BYTES = 1 << 20
# Between two of the saver's transactions: longer than the longest sleep of a writer
# waiting on the busy timeout (SQLite's busy handler sleeps at most 100 ms at a time).
PAUSE_SECONDS = 0.1


@dataclass(frozen=True)
class Saved:
    """What the head row says about the saved cache."""

    seq: int
    version: int
    timezone: str
    parts: tuple[int, ...]


def head(s: Session) -> Saved | None:
    row = s.execute(select(StatsSnapshot.seq, StatsSnapshot.version, StatsSnapshot.timezone,
                           StatsSnapshot.data).where(StatsSnapshot.id == HEAD)).first()
    if row is None:
        return None
    try:
        parts = tuple(int(i) for i in json.loads(row.data)["parts"])
    except (ValueError, KeyError, TypeError):  # a snapshot of an older format
        parts = ()
    return Saved(row.seq, row.version, row.timezone, parts)


def load(s: Session, saved: Saved) -> bytes | None:
    """The saved cache's bytes (None if a part is missing), in the caller's read
    transaction: the same snapshot of the database as `saved`."""
    if not saved.parts:
        return None
    found = {part_id: data for part_id, data in s.execute(
        select(StatsSnapshot.id, StatsSnapshot.data).where(StatsSnapshot.id.in_(saved.parts)))}
    if len(found) != len(saved.parts):
        return None
    return b"".join(found[i] for i in saved.parts)


def save(sessions: sessionmaker[Session], clock: Clock, data: bytes, seq: int, version: int,
         timezone: str, pause: float = PAUSE_SECONDS) -> bool:
    """Save these bytes as the cache after mark `seq` (False: a newer one is there, or
    another save removed our parts: nothing changed). `pause`: between parts, so waiting
    writers get in (none at exit, when nothing else writes any more)."""
    ids: list[int] = []
    for at in range(0, max(len(data), 1), PART_BYTES):
        with sessions.begin() as s:
            new_id = max(HEAD, s.scalar(select(func.max(StatsSnapshot.id))) or HEAD) + 1
            s.add(StatsSnapshot(id=new_id, version=version, seq=seq, timezone=timezone,
                                saved_at=clock.now(), data=data[at:at + PART_BYTES]))
            ids.append(new_id)
        time.sleep(pause)
    with sessions.begin() as s:
        now = head(s)
        present = s.scalar(select(func.count()).select_from(StatsSnapshot)
                           .where(StatsSnapshot.id.in_(ids)))
        switched = present == len(ids) and not (
            now is not None and now.version == version and now.seq > seq)
        if switched:
            row = s.get(StatsSnapshot, HEAD) or StatsSnapshot(id=HEAD)
            row.version, row.seq, row.timezone = version, seq, timezone
            row.saved_at, row.data = clock.now(), json.dumps({"parts": ids}).encode()
            s.add(row)
            s.execute(delete(StatsDirty).where(StatsDirty.seq <= seq))
    _drop_unnamed(sessions, seq, pause)
    return switched


def _drop_unnamed(sessions: sessionmaker[Session], seq: int, pause: float) -> None:
    """Delete the parts no head names (older snapshots, a save that lost, one cut short),
    one per transaction; parts of a newer save still writing (a higher seq) stay."""
    while True:
        with sessions.begin() as s:
            named = head(s)
            keep = (HEAD, *(named.parts if named is not None else ()))
            victim = s.scalar(select(StatsSnapshot.id).where(
                StatsSnapshot.id.not_in(keep), StatsSnapshot.seq <= seq).limit(1))
            if victim is None:
                return
            s.execute(delete(StatsSnapshot).where(StatsSnapshot.id == victim))
        time.sleep(pause)
