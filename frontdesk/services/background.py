"""The app's background work, in process: an APScheduler that only wakes workers.

The database is the truth: jobs hold no state of their own, so a
missed or coalesced run loses nothing. Jobs: the schedule check (call items, counts
that name no client), the reminder dispatcher (in the one instance holding the
sending lock), delivery-status polling, a watchdog for sleep and clock jumps, and a health
check that logs what `background_health()` reports (replies not fetched, the lock unusable).
A sending lock that cannot be used stops only the sending jobs; the rest still runs.

Two lanes: the safety work (replies, the dispatcher, the schedule check) runs on the
scheduler's default threads; the analytics (the trends cache's build, the query planner's
statistics) on a lane of its own, one thread, so a long build never takes their place and
closing stops it part-way instead of waiting for it. Sync and backups have a lane each.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from frontdesk.domain import Attendance, Confirmation
from frontdesk.domain.changes import Changes
from frontdesk.models import migrate
from frontdesk.services import backup
from frontdesk.services.container import Services
from frontdesk.services.instance_lock import InstanceLock, LockUnavailable
from frontdesk.services.reminders.status_poll import poll_statuses
from frontdesk.services.risk import job as risk

log = logging.getLogger(__name__)
CHECK_MINUTES = 10
DISPATCH_SECONDS = 60
STATUS_MINUTES = 5
TRENDS_DELAY_SECONDS = 20  # after start-up, so the schedule comes first
# The first runs after start-up, a second or more apart, so that they do not all take the
# interpreter from the window at once while it fills its first rows; the reply rules last.
FIRST_RUN_SECONDS = {"schedule-check": 0, "dispatch": 1, "replies": 2, "health": 3,
                     "trends-load": 4, "sync": 5, "write-back": 6, "triage-warm-up": 7}
REPLIES_SECONDS = 60  # how often Twilio is asked for client replies
GAP_SECONDS = 90  # wall clock vs real time difference that means sleep or a clock change
HEALTH_SECONDS = 60  # how often background health is checked (and logged when it changes)
OPTIMIZE_HOURS = 24  # the query planner's statistics, refreshed where stale (also at start-up)
SAFETY_THREADS = 10  # the scheduler's default lane: one job never waits for another
ANALYTICS = "analytics"  # the lane of the slow, unhurried jobs
# Calendar sources are read on a lane of their own, one thread: a slow EHR (seconds, retries)
# neither waits behind a Trends build nor holds a thread the safety work could need, and two
# runs of one source never overlap in this process.
SYNC = "sync"
SYNC_SECONDS = 60  # how often the sources are looked at; each runs at its own interval
WRITE_BACK_SECONDS = 60  # clients' answers written back to the EHR, on the sync lane too


def schedule_check(svc: Services) -> Counter[str]:
    """Count today's sessions by what the front desk still has to do."""
    calls = svc.desk.raise_call_items()
    svc.desk.raise_series_cancel_items()
    if calls:
        log.info("Schedule check: %d unconfirmed sessions within a day to call about", calls)
    rows = svc.schedule.day(svc.schedule.today())
    counts: Counter[str] = Counter()
    for r in rows:
        if r.attendance.is_cancelled:
            counts["cancelled"] += 1
            continue
        counts["sessions"] += 1
        if r.confirmation is not Confirmation.CONFIRMED:
            counts["unconfirmed"] += 1
        if r.attendance is Attendance.BOOKED and r.end < svc.clock.now():
            counts["attendance_missing"] += 1
    log.info("Schedule check: %d sessions today, %d not confirmed, %d cancelled, "
             "%d past without attendance", counts["sessions"], counts["unconfirmed"],
             counts["cancelled"], counts["attendance_missing"])
    return counts


def report_start_failure(svc: Services, exc: BaseException) -> None:
    """The background work could not start: logged (no client data) and shown by the health
    banner; the window keeps working."""
    log.error("Background work could not start: %s", type(exc).__name__)
    svc.health.work_failed(
        f"Background work could not start ({type(exc).__name__}): reminders are not "
        "sent and replies are not fetched. Restart FrontDesk; if this happens again, "
        "ask IT to look at FrontDesk's log.")


def warm_up_triage(svc: Services, saved: Path | None = None) -> None:
    """Compile the reply rules and load the learned layer before the first reply needs them.

    `saved`: a file keeping the rules' compiled patterns from one start to the next (no client
    data), keyed by the rules' sources and the Python that compiled them; rewritten when it
    did not have them all."""
    from frontdesk.services import triage
    from frontdesk.services.triage import compiled

    key = rules_key() if saved is not None else ""
    if saved is not None:
        compiled.load(read_rules(saved, key))
    triage.warm_up()
    if saved is not None and compiled.missed():
        try:
            saved.parent.mkdir(parents=True, exist_ok=True)
            partial = saved.with_suffix(".part")
            partial.write_bytes(marshal.dumps((key, compiled.table())))
            os.replace(partial, saved)
        except OSError as exc:
            log.warning("Could not keep the compiled reply rules: %s", type(exc).__name__)
    compiled.forget()


def rules_key() -> str:
    """What the reply rules' compiled patterns depend on: their sources and the Python."""
    from frontdesk.services.triage import compiled

    digest = hashlib.sha256(f"{sys.version}|{compiled.FORMAT}".encode())
    for source in sorted(Path(compiled.__file__).parent.glob("*.py")):
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()


def read_rules(saved: Path, key: str) -> dict[str, object]:
    """The table kept in `saved` when it was made for `key`, else an empty one."""
    try:
        made_for, table = marshal.loads(saved.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return table if made_for == key and isinstance(table, dict) else {}


class BackgroundWork:
    """Starts and stops the in-process scheduler and its jobs.

    The dispatcher runs at start-up (the catch-up sweep), every minute, and when a change
    says something is planned to send (`Changes.outbox`: a booking, a reply). A watchdog on
    the monotonic clock notices a suspended PC or a clock change and runs every job at
    once: APScheduler alone would wait for the old wall-clock times. Only the instance
    holding the lock sends.
    """

    def __init__(self, svc: Services, on_error: Callable[[BaseException], None] | None = None,
                 *, lock: InstanceLock | None = None, watchdog_seconds: float = 30.0,
                 wall: Callable[[], float] = time.time,
                 monotonic: Callable[[], float] = time.monotonic,
                 rules_file: Path | None = None) -> None:
        self.svc = svc
        self.rules_file = rules_file  # see warm_up_triage
        self.on_error = on_error
        self.lock = lock
        self.sending = False
        self.watchdog_seconds = watchdog_seconds
        self._wall, self._mono = wall, monotonic
        self._stop = threading.Event()
        self._watchdog: threading.Thread | None = None
        self._logged_problems: tuple[str, ...] = ()
        self._unsubscribe: Callable[[], None] | None = None
        from apscheduler.executors.pool import ThreadPoolExecutor  # start-up cost
        from apscheduler.schedulers.background import BackgroundScheduler

        self.scheduler = BackgroundScheduler(
            timezone="UTC",
            executors={"default": ThreadPoolExecutor(SAFETY_THREADS),
                       ANALYTICS: ThreadPoolExecutor(1), SYNC: ThreadPoolExecutor(1),
                       backup.LANE: ThreadPoolExecutor(1)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )

    def start(self) -> None:
        """Start the jobs; never raises: what could not start is logged and reported
        through `svc.health.background_health()`."""
        try:
            self._start()
        except Exception as exc:
            report_start_failure(self.svc, exc)

    def _take_lock(self) -> str:
        """Sets `sending`; returns why the lock cannot be used ("" when it can)."""
        try:
            self.sending = self.lock is None or self.lock.acquire()
        except LockUnavailable as err:
            self.sending = False
            log.error("%s", err)  # a path and a reason: no client data
            return str(err)
        return ""

    def _first_run(self, job_id: str) -> datetime:
        return self.svc.clock.now() + timedelta(seconds=FIRST_RUN_SECONDS[job_id])

    def _start(self) -> None:
        now = self.svc.clock.now()
        first = self._first_run
        self.scheduler.add_job(self._guarded(schedule_check), "interval", minutes=CHECK_MINUTES,
                               id="schedule-check", next_run_time=first("schedule-check"))
        lock_problem = self._take_lock()
        if self.sending:
            self.scheduler.add_job(self._guarded(self._dispatch), "interval",
                                   seconds=DISPATCH_SECONDS, id="dispatch",
                                   next_run_time=first("dispatch"))
            self.scheduler.add_job(self._guarded(delivery_status), "interval",
                                   minutes=STATUS_MINUTES, id="delivery-status")
            self.scheduler.add_job(self._guarded(poll_replies), "interval",
                                   seconds=REPLIES_SECONDS, id="replies",
                                   next_run_time=first("replies"))
            self._unsubscribe = self.svc.events.subscribe(self._changed)
        elif not lock_problem:
            log.warning("Another FrontDesk is already sending for this practice: this one "
                        "shows the schedule but sends nothing")
        # Load (or, the very first time, build) the trends cache while nobody waits for it.
        self.scheduler.add_job(self._guarded(prepare_trends), "date", id="trends-prepare",
                               run_date=now + timedelta(seconds=TRENDS_DELAY_SECONDS),
                               executor=ANALYTICS)
        # The Trends service is built here, off the GUI thread, before its page asks for it.
        self.scheduler.add_job(self._guarded(load_trends), "date", id="trends-load",
                               run_date=first("trends-load"), executor=ANALYTICS)
        # The reply classifier's rules compile here, not inside the first reply's transaction;
        # on the analytics lane, after the other first runs.
        self.scheduler.add_job(self._guarded(self._warm_up_triage), "date", id="triage-warm-up",
                               run_date=first("triage-warm-up"), executor=ANALYTICS)
        self.scheduler.add_job(self._guarded(optimize_database), "interval",
                               hours=OPTIMIZE_HOURS, id="optimize", executor=ANALYTICS)
        self.scheduler.add_job(self._guarded(risk.retrain), **risk.when(now), executor=ANALYTICS)
        self.scheduler.add_job(self._guarded(self._sync_due), "interval", seconds=SYNC_SECONDS,
                               id="sync", executor=SYNC, next_run_time=first("sync"))
        self.scheduler.add_job(self._guarded(write_back), "interval",
                               seconds=WRITE_BACK_SECONDS, id="write-back", executor=SYNC,
                               next_run_time=first("write-back"))
        if self.sending:  # the FrontDesk that sends makes the daily backup (services/backup)
            self.scheduler.add_job(self._guarded(backup.daily_backup), "interval",
                                   minutes=backup.LOOK_MINUTES, id="backup", executor=backup.LANE,
                                   next_run_time=now + backup.FIRST_LOOK)
        self.scheduler.add_job(self._guarded(self._log_health), "interval",
                               seconds=HEALTH_SECONDS, id="health",
                               next_run_time=first("health"))
        self.svc.health.work_started(lambda: self.scheduler.running, lock_problem)
        self.scheduler.start()
        self.svc.events.publish(Changes(health=True))
        self._watchdog = threading.Thread(target=self._watch, name="frontdesk-watchdog",
                                          daemon=True)
        self._watchdog.start()
        log.info("Background work started (sending: %s)", "yes" if self.sending else "no")

    def wake(self) -> None:
        """Run the dispatcher now (a booking was just made)."""
        self._run_all_now(("dispatch",))

    def _changed(self, changes: Changes) -> None:
        if changes.outbox:
            self.wake()

    def stop(self) -> None:
        self._stop.set()
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.svc.health.work_stopped()
        self.svc.events.publish(Changes(health=True))
        self.svc.stop_trends()  # a build in progress ends at its next block, not in minutes
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)
            log.info("Background work stopped")
        trends = self.svc.stop_trends()  # built by a job meanwhile, or not at all
        try:  # the next start reads the cache instead of every place (if it changed)
            if trends is not None:
                from frontdesk.services.trends.service import EXIT_SAVE_AFTER

                trends.save_snapshot(at_least=EXIT_SAVE_AFTER)
        except Exception as exc:
            log.warning("Could not save the trends cache: %s", type(exc).__name__)
        if self.lock is not None:
            self.lock.release()

    def _watch(self) -> None:
        last_wall, last_mono = self._wall(), self._mono()
        while not self._stop.wait(self.watchdog_seconds):
            wall, mono = self._wall(), self._mono()
            if self.check_gap(wall - last_wall, mono - last_mono):
                self._run_all_now(("schedule-check", "replies", "dispatch",
                                   "delivery-status"))
            last_wall, last_mono = wall, mono

    def check_gap(self, wall_elapsed: float, mono_elapsed: float) -> bool:
        """True (and logged) when the wall clock moved differently from real elapsed time:
        the PC slept, or someone changed the clock."""
        gap = wall_elapsed - mono_elapsed
        if abs(gap) < GAP_SECONDS:
            return False
        log.info("Clock gap of %+.0f s (sleep or clock change): catching up now", gap)
        return True

    def _run_all_now(self, ids: tuple[str, ...]) -> None:
        if not self.scheduler.running:
            return
        now = self.svc.clock.now()
        for job_id in ids:
            if self.scheduler.get_job(job_id) is not None:
                self.scheduler.modify_job(job_id, next_run_time=now)

    def _log_health(self, svc: Services) -> None:
        """Log background-health problems when they change (the window shows them too)."""
        problems = svc.health.background_health().problems
        if problems == self._logged_problems:
            return
        for problem in problems:
            log.warning("Background health: %s", problem)
        if not problems:
            log.info("Background health: all well again")
        self._logged_problems = problems
        svc.events.publish(Changes(health=True))

    def _warm_up_triage(self, svc: Services) -> None:
        warm_up_triage(svc, self.rules_file)

    def sync_now(self, name: str | None = None) -> bool:
        """Read one source (`name`), or every enabled one, at once on the sync lane, due or
        not; False when the background work is not running."""
        if not self.scheduler.running:
            return False

        def run(svc: Services) -> None:
            self._sync_due(svc, name, every=True)

        # One waiting request per source: pressing Sync now twice queues it once.
        self.scheduler.add_job(self._guarded(run), "date", executor=SYNC,
                               id=f"sync-now:{name or ''}", replace_existing=True)
        return True

    def _sync_due(self, svc: Services, name: str | None = None, every: bool = False) -> None:
        """The sources' runs (they plan reminders; the dispatcher sends). A wait between
        retries ends when FrontDesk closes, so closing never waits out a Retry-After."""
        if name is not None:
            runs = [svc.sync.try_source(name, sleep=self._sync_wait)]
        else:
            runs = svc.sync.run_due(every=every, sleep=self._sync_wait)
        for run in runs:
            log.info("Sync of %s: %s", run.name, "done" if run.ok else "failed")

    def _sync_wait(self, seconds: float) -> None:
        from frontdesk.services.sync.connectors import wait_unless_closing

        wait_unless_closing(self._stop, seconds)

    def _dispatch(self, svc: Services) -> None:
        dispatch(svc, self._stop.is_set)

    def _guarded(self, job: Callable[[Services], object]) -> Callable[[], None]:
        def run() -> None:
            try:
                job(self.svc)
            except Exception as exc:
                name = getattr(job, "__name__", "job")
                log.error("Background job %s failed: %s", name, type(exc).__name__)
                if self.on_error:
                    self.on_error(exc)
        return run


def dispatch(svc: Services, should_stop: Callable[[], bool] = lambda: False) -> None:
    report = svc.dispatcher.run_once(should_stop)
    if report.sent or report.failed or report.uncertain or report.withdrawn or report.skipped:
        # What was sent shows in the threads; what failed, in To do.
        svc.events.publish(Changes(threads=True, desk=bool(report.failed or report.uncertain)))


def write_back(svc: Services) -> None:
    """Clients' confirmations and cancellations of synced sessions, to their source."""
    svc.writeback.run_pending()


def load_trends(svc: Services) -> None:
    """Build the Trends service (its imports, numpy among them); its cache comes later."""
    log.debug("Trends service ready (%s)", type(svc.trends).__name__)


def prepare_trends(svc: Services) -> None:
    from frontdesk.services.trends.service import TrendsStopped  # numpy: not at start-up

    try:
        log.info("Trends cache: %s", svc.trends.prepare())
    except TrendsStopped:
        log.info("Trends cache: the build was stopped (FrontDesk is closing)")


def optimize_database(svc: Services) -> None:
    """Refresh the query planner's statistics where the data changed a lot."""
    migrate.optimize(svc.engine)


def poll_replies(svc: Services) -> None:
    svc.poller.poll()


def delivery_status(svc: Services) -> None:
    poll_statuses(svc.dispatcher.sessions, svc.clock, lambda: svc.dispatcher.senders)
