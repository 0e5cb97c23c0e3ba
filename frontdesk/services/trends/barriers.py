"""What gets in the way: the barriers clients named after a missed appointment, counted by
kind, by clinician and by month (a small table, so plain SQL and Python, no cache).

The month and clinician are those of the missed appointment the answer was about (the day the
answer came when the appointment is gone); dates are the practice's local time. Filters use
the date range and clinicians of the Trends page (types and modalities do not apply).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.domain import Barrier
from frontdesk.models import Appointment, ClientBarrier, Clinician
from frontdesk.services.practice import load_settings
from frontdesk.services.trends.report import Filters

NO_CLINICIAN = "No appointment on record"


@dataclass(frozen=True)
class BarrierRow:
    """One clinician's or month's answers, by kind (every kind present, zeros included)."""

    label: str
    counts: tuple[tuple[Barrier, int], ...]

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


@dataclass(frozen=True)
class BarrierReport:
    overall: BarrierRow  # every answer under the filters
    by_clinician: tuple[BarrierRow, ...]  # by name
    by_month: tuple[BarrierRow, ...]  # "2026-03", oldest first


def _row(label: str, found: dict[Barrier, int]) -> BarrierRow:
    return BarrierRow(label, tuple((kind, found.get(kind, 0)) for kind in Barrier))


def barrier_report(s: Session, filters: Filters | None = None) -> BarrierReport:
    """Counts of the barriers recorded, under the page's date and clinician filters."""
    filters = filters or Filters()
    tz = ZoneInfo(load_settings(s).timezone)
    names = {i: n for i, n in s.execute(select(Clinician.id, Clinician.display_name))}
    rows = s.execute(select(ClientBarrier.barrier, ClientBarrier.recorded_at,
                            Appointment.start_at, Appointment.clinician_id)
                     .outerjoin(Appointment, Appointment.id == ClientBarrier.appointment_id))
    overall: dict[Barrier, int] = {}
    by_clinician: dict[str, dict[Barrier, int]] = {}
    by_month: dict[str, dict[Barrier, int]] = {}
    for kind, recorded_at, start_at, clinician_id in rows:
        day: date = (start_at or recorded_at).astimezone(tz).date()
        if (filters.date_from and day < filters.date_from) or (
                filters.date_to and day > filters.date_to) or (
                filters.clinician_ids and clinician_id not in filters.clinician_ids):
            continue
        who = names.get(clinician_id, NO_CLINICIAN) if clinician_id else NO_CLINICIAN
        for counts in (overall, by_clinician.setdefault(who, {}),
                       by_month.setdefault(f"{day:%Y-%m}", {})):
            counts[kind] = counts.get(kind, 0) + 1
    return BarrierReport(
        overall=_row("All", overall),
        by_clinician=tuple(_row(k, v) for k, v in sorted(by_clinician.items())),
        by_month=tuple(_row(k, v) for k, v in sorted(by_month.items())))
