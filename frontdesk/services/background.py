"""The app's background work, in process: an APScheduler that only wakes workers.

The database is the truth (GUIDE §2): jobs hold no state of their own, so a
missed or coalesced run loses nothing. The reminder dispatcher will hook in
as another job; today the schedule check reports counts (never client data).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable

from apscheduler.schedulers.background import BackgroundScheduler

from frontdesk.models.enums import Attendance, Confirmation
from frontdesk.services.container import Services

log = logging.getLogger(__name__)
CHECK_MINUTES = 10


def schedule_check(svc: Services) -> Counter:
    """Count today's sessions by what the front desk still has to do."""
    rows = svc.schedule.day(svc.schedule.today())
    counts: Counter = Counter()
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


class BackgroundWork:
    """Starts and stops the in-process scheduler and its jobs."""

    def __init__(self, svc: Services, on_error: Callable[[BaseException], None] | None = None):
        self.svc = svc
        self.on_error = on_error
        self.scheduler = BackgroundScheduler(
            timezone="UTC",
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )

    def start(self) -> None:
        self.scheduler.add_job(self._guarded(schedule_check), "interval", minutes=CHECK_MINUTES,
                               id="schedule-check", next_run_time=self.svc.clock.now())
        self.scheduler.start()
        log.info("Background work started (schedule check every %d min)", CHECK_MINUTES)

    def stop(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)
            log.info("Background work stopped")

    def _guarded(self, job: Callable[[Services], object]) -> Callable[[], None]:
        def run() -> None:
            try:
                job(self.svc)
            except Exception as exc:
                log.error("Background job %s failed: %s", job.__name__, type(exc).__name__)
                if self.on_error:
                    self.on_error(exc)
        return run
