"""TrendsService: the no-show trends page's one entry point (call it off the GUI thread)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.models import AppointmentType, Clinician, PracticeSettings, StatsDirty
from frontdesk.models.database import release_free_memory
from frontdesk.services import audit
from frontdesk.services.errors import ValidationError
from frontdesk.services.practice import load_settings
from frontdesk.services.trends import bulk, codes, snapshot, source
from frontdesk.services.trends.barriers import BarrierReport, barrier_report
from frontdesk.services.trends.cache import VERSION, PlaceCache
from frontdesk.services.trends.compute import Names, compute
from frontdesk.services.trends.export import write_csv
from frontdesk.services.trends.report import Choice, FilterOptions, Filters, TrendsReport

log = logging.getLogger(__name__)
DEFAULT_TZ = "America/New_York"
DEFAULT_FEE_CENTS = 15_000
MAX_FEE_CENTS = 10_000_000
SAVE_AFTER = 5_000  # changed appointments patched in before the snapshot is saved again
# At exit, fewer changed appointments than this are left for the next start to patch in (its
# marks stay in the database): tens of milliseconds in the background then, where rewriting
# the snapshot now (0.8 s for a million appointments) would hold up closing.
EXIT_SAVE_AFTER = 1_000
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# After each block of rows a build reads, it sleeps this long: the GIL and the disk go to
# the reply poll, the dispatcher and the screens for a moment (a build takes ~1% longer).
YIELD_SECONDS = 0.002


class TrendsStopped(Exception):
    """A build was stopped part-way (FrontDesk is closing): the cache is as it was."""


def micros(t: datetime) -> int:
    """An aware datetime as whole microseconds since 1970-01-01 UTC (exactly)."""
    return (t - EPOCH) // timedelta(microseconds=1)


class TrendsService:
    """Figures for the trends page. Thread-safe (calls are serialised); call it off the GUI
    thread. The first call loads the cache saved in the database (a fraction of a second on a
    million places) or, the very first time, reads every place and message (seconds on a
    million, mostly inside SQLite, without the GIL: see bulk and bench/README.md); later
    calls re-read only the appointments marked as changed (stats_dirty) and take tens of
    milliseconds."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self.sessions = sessions
        self.clock = clock
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        # Called after each block of rows a build reads (a build in progress can be held
        # there, e.g. to show that nothing else waits for it).
        self.between_blocks: Callable[[], None] | None = None
        self._cache: PlaceCache | None = None
        self._unsaved = 0  # appointments patched in since the last snapshot
        self.last_sync = ""  # what the last refresh did to the cache (for logs and bench/)
        self.last_save = ""

    # ---- the figures -----------------------------------------------------------------------
    def refresh(self, filters: Filters | None = None) -> TrendsReport:
        """Every figure under the filters, with the data as it is now."""
        filters = filters or Filters()
        with self._lock:
            tz_name, fee, names = self._settings()
            cache = self._sync(tz_name)
            now = self.clock.now()
            today = now.astimezone(ZoneInfo(tz_name)).date()
            return compute(cache, filters, micros(now), today, names, fee)

    def filter_options(self) -> FilterOptions:
        """Clinicians, types and modalities to filter by, and the span of the data."""
        with self._lock:
            tz_name, _fee, _names = self._settings()
            cache = self._sync(tz_name)
            started = cache["live"] & (cache["start"] <= micros(self.clock.now()))
            days = cache["day"][started]
        with self.sessions() as s:
            clinicians = tuple(Choice(c.id, c.display_name, c.active) for c in s.scalars(
                select(Clinician).order_by(Clinician.display_name)))
            types = tuple(Choice(t.id, t.name, t.active) for t in s.scalars(
                select(AppointmentType).order_by(AppointmentType.name)))
        return FilterOptions(
            clinicians=clinicians, types=types,
            modalities=tuple((m, codes.MODALITY_LABELS[m]) for m in codes.MODALITIES),
            first_day=codes.day_of(int(days.min())) if len(days) else None,
            last_day=codes.day_of(int(days.max())) if len(days) else None)

    def barriers(self, filters: Filters | None = None) -> BarrierReport:
        """Barriers clients named after a missed appointment ("What gets in the way")."""
        with self.sessions() as s:
            return barrier_report(s, filters)

    @staticmethod
    def export_csv(report: TrendsReport, path: Path | str) -> Path:
        """Every figure of the report in one tidy CSV (see trends.export for the layout)."""
        return write_csv(report, Path(path))

    # ---- the session fee -------------------------------------------------------------------
    def session_fee_cents(self) -> int:
        with self.sessions() as s:
            row = s.get(PracticeSettings, 1)
            return row.session_fee_cents if row is not None else DEFAULT_FEE_CENTS

    def set_session_fee(self, cents: int, actor: str) -> int:
        """What one session is worth, for revenue lost and recovered (audited)."""
        if isinstance(cents, bool) or not isinstance(cents, int):
            raise ValidationError("session_fee_cents", "The session fee must be a whole "
                                  "number of cents.")
        if not 0 <= cents <= MAX_FEE_CENTS:
            raise ValidationError("session_fee_cents", "The session fee must be between "
                                  f"0 and {MAX_FEE_CENTS // 100:,}.")
        with self.sessions.begin() as s:
            row = load_settings(s)
            old, row.session_fee_cents = row.session_fee_cents, cents
            audit.record(s, self.clock, actor, "set_session_fee", "practice_settings", 1,
                         f"from={old} to={cents}")
        return cents

    # ---- keeping the cache up to date ------------------------------------------------------
    def prepare(self) -> str:
        """Build or load the cache now (e.g. in the background at start-up), so the first
        refresh is quick. Returns what it did."""
        with self._lock:
            tz_name, _fee, _names = self._settings()
            self._sync(tz_name)
            return self.last_sync

    def rebuild(self) -> str:
        """Read every place and message again, ignoring the saved cache (then save it)."""
        with self._lock:
            tz_name, _fee, _names = self._settings()
            self._sync(tz_name, build=True)
            return self.last_sync

    def save_snapshot(self, at_least: int = 1) -> bool:
        """Save the cache in the database if at least `at_least` appointments changed since
        it was loaded or saved, so the next start reads it instead of every place (done after
        a build and every SAVE_AFTER changed appointments; at exit with EXIT_SAVE_AFTER).
        Never waits for a build or a refresh in progress: a build saves what it built itself."""
        if not self._lock.acquire(blocking=False):
            return False
        try:
            return self._unsaved >= max(at_least, 1) and self._save()
        finally:
            self._lock.release()

    def stop(self) -> None:
        """FrontDesk is closing: a build in progress stops at its next block of rows
        (TrendsStopped), and so does any build asked for later."""
        self._stopping.set()

    def _between_blocks(self) -> None:
        if self.between_blocks is not None:
            self.between_blocks()
        if self._stopping.is_set():
            raise TrendsStopped("the trends build was stopped")
        time.sleep(YIELD_SECONDS)

    @contextmanager
    def _reader(self) -> Iterator[Connection]:
        """Another read transaction (a second connection reading for a build)."""
        with self.sessions() as s:
            yield s.connection()

    def _settings(self) -> tuple[str, int, Names]:
        with self.sessions() as s:
            row = s.execute(select(PracticeSettings.timezone, PracticeSettings.session_fee_cents)
                            .where(PracticeSettings.id == 1)).first()
            tz_name, fee = row if row is not None else (DEFAULT_TZ, DEFAULT_FEE_CENTS)
            names = Names(
                {i: n for i, n in s.execute(select(Clinician.id, Clinician.display_name))},
                {i: n for i, n in s.execute(select(AppointmentType.id, AppointmentType.name))})
        return tz_name, fee, names

    def _sync(self, tz_name: str, build: bool = False) -> PlaceCache:
        """Load the saved cache or build it (first call, the practice's time zone changed,
        another process saved a newer one), then patch in the appointments marked since."""
        t0 = time.perf_counter()
        cache, how = self._cache, ""
        with self.sessions() as s:  # one read transaction: one consistent snapshot
            saved = snapshot.head(s)
            usable = saved is not None and saved.version == VERSION \
                and saved.timezone == tz_name
            stale = saved is not None and cache is not None and saved.seq > cache.seq
            if cache is None or cache.tz_name != tz_name or stale or build:
                data = snapshot.load(s, saved) if saved is not None and usable \
                    and not build else None
                if data is not None:
                    cache = PlaceCache.from_bytes(tz_name, data)
                    how = f"loaded {cache.n:,} places saved at mark {cache.seq:,}"
                else:
                    seq = s.scalar(select(func.max(StatsDirty.seq))) or 0
                    cache = PlaceCache(tz_name)
                    cache.build(bulk.read_all(s.connection(), self._reader,
                                              self._between_blocks), seq)
                    how = f"built from {cache.n:,} places"
                    self._unsaved = SAVE_AFTER  # save it at once
            marks = s.execute(select(StatsDirty.seq, StatsDirty.appointment_id)
                              .where(StatsDirty.seq > cache.seq)).all()
            if marks:
                ids = sorted({m[1] for m in marks})
                rows = source.read_some(s.connection(), ids)
        self._cache = cache
        if marks:
            changed = cache.patch(ids, rows, max(m[0] for m in marks))
            self._unsaved += len(ids)
            how += (", then " if how else "") + (
                f"patched {len(ids):,} changed appointments ({changed:,} place rows)")
        self.last_sync = f"{how or 'up to date'} in {(time.perf_counter() - t0) * 1000:.1f} ms"
        if how:
            log.info("Trends cache: %s (%.1f MB)", self.last_sync, cache.nbytes() / 2**20)
        if self._unsaved >= SAVE_AFTER:
            self._save()
        if how.startswith(("built", "loaded")):  # the build's blocks and pages are free now
            release_free_memory()
        return cache

    def _save(self) -> bool:
        """Write the snapshot and drop the marks it includes (snapshot.save: in short
        transactions), unless a newer one is there already. Failing only means reading
        more next time."""
        cache = self._cache
        if cache is None:
            return False
        t0 = time.perf_counter()
        data = cache.to_bytes()
        packed = time.perf_counter()
        try:
            if not snapshot.save(self.sessions, self.clock, data, cache.seq, VERSION,
                                 cache.tz_name, pause=0.0 if self._stopping.is_set()
                                 else snapshot.PAUSE_SECONDS):
                return False
        except Exception as exc:  # e.g. the database stayed locked: try again later
            log.warning("Trends: could not save the cache (%s)", type(exc).__name__)
            return False
        self._unsaved = 0
        self.last_save = (f"saved {len(data) / 2**20:.1f} MB in "
                          f"{(time.perf_counter() - t0) * 1000:.0f} ms (packing "
                          f"{(packed - t0) * 1000:.0f} ms, then parts of "
                          f"{snapshot.PART_BYTES // 2**20} MB in their own transactions)")
        log.info("Trends cache %s", self.last_save)
        return True

    def cache_size(self) -> tuple[int, int]:
        """(place rows, bytes) of the cache; (0, 0) before the first refresh."""
        with self._lock:
            c = self._cache
            return (0, 0) if c is None else (c.n, c.nbytes())
