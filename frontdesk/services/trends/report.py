"""What TrendsService hands the UI: plain frozen dataclasses (definitions: the package doc)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from frontdesk.domain import Modality


@dataclass(frozen=True)
class Filters:
    """Which places count. Dates are practice-local days, both ends included; an empty
    tuple means all clinicians / types / modalities."""

    date_from: date | None = None
    date_to: date | None = None
    clinician_ids: tuple[int, ...] = ()
    type_ids: tuple[int, ...] = ()
    modalities: tuple[Modality, ...] = ()


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class Counts:
    """Places by outcome. `places` is the rates' denominator (early cancels left out)."""

    arrived: int = 0
    no_show: int = 0
    late_cancelled: int = 0
    cancelled: int = 0  # early: not in the rates
    unmarked: int = 0

    @property
    def places(self) -> int:
        return self.arrived + self.no_show + self.late_cancelled + self.unmarked

    @property
    def no_show_rate(self) -> float | None:
        return _rate(self.no_show, self.places)

    @property
    def late_cancel_rate(self) -> float | None:
        return _rate(self.late_cancelled, self.places)

    @property
    def total(self) -> int:
        """Every place, early cancels included."""
        return self.places + self.cancelled

    def as_tuple(self) -> tuple[int, int, int, int, int]:
        return (self.arrived, self.no_show, self.late_cancelled, self.cancelled, self.unmarked)

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(self.as_tuple(), other.as_tuple(), strict=True)))


@dataclass(frozen=True)
class Row:
    """One line of a breakdown: `key` is the id or code, `label` what to show."""

    key: int
    label: str
    counts: Counts


@dataclass(frozen=True)
class Series:
    """A weekly series, column by column (one entry per week, ready to plot): the whole
    practice (clinician_id None) or one clinician. A rate is None where there were no
    places. The moving averages pool the week and the three before it (fewer at the start):
    their no-shows over their places."""

    clinician_id: int | None
    label: str
    week_starts: tuple[date, ...]  # Mondays, practice-local
    arrived: tuple[int, ...]
    no_show: tuple[int, ...]
    late_cancelled: tuple[int, ...]
    cancelled: tuple[int, ...]
    unmarked: tuple[int, ...]

    def counts(self, i: int) -> Counts:
        return Counts(self.arrived[i], self.no_show[i], self.late_cancelled[i],
                      self.cancelled[i], self.unmarked[i])

    @cached_property
    def places(self) -> tuple[int, ...]:
        return tuple(map(sum, zip(self.arrived, self.no_show, self.late_cancelled,
                                  self.unmarked, strict=True)))

    @cached_property
    def no_show_rate(self) -> tuple[float | None, ...]:
        return tuple(map(_rate, self.no_show, self.places))

    @cached_property
    def late_cancel_rate(self) -> tuple[float | None, ...]:
        return tuple(map(_rate, self.late_cancelled, self.places))

    @cached_property
    def ma_no_show_rate(self) -> tuple[float | None, ...]:
        return _moving(self.no_show, self.places)

    @cached_property
    def ma_late_cancel_rate(self) -> tuple[float | None, ...]:
        return _moving(self.late_cancelled, self.places)


def _moving(part: tuple[int, ...], whole: tuple[int, ...], window: int = 4
            ) -> tuple[float | None, ...]:
    out, p, w = [], 0, 0
    for i, (a, b) in enumerate(zip(part, whole, strict=True)):
        p, w = p + a, w + b
        if i >= window:
            p, w = p - part[i - window], w - whole[i - window]
        out.append(_rate(p, w))
    return tuple(out)


@dataclass(frozen=True)
class HeatMap:
    """Counts by practice-local weekday (rows, Monday first) and hour of the start (columns,
    0-23)."""

    weekdays: tuple[str, ...]
    hours: tuple[int, ...]
    cells: tuple[tuple[Counts, ...], ...]

    def rates(self) -> tuple[tuple[float | None, ...], ...]:
        return tuple(tuple(c.no_show_rate for c in row) for row in self.cells)


@dataclass(frozen=True)
class MonthFigure:
    year: int
    month: int
    counts: Counts


@dataclass(frozen=True)
class Headline:
    this_month: MonthFigure
    last_month: MonthFigure
    same_month_last_year: MonthFigure
    totals: Counts  # the whole range
    confirmed: int  # places counted in the rates that were confirmed
    reminders_sent: int
    reminders_delivered: int
    reminders_failed: int
    recovered: int  # places arrived in appointments moved at least once
    session_fee_cents: int

    @property
    def confirmation_rate(self) -> float | None:
        return _rate(self.confirmed, self.totals.places)

    @property
    def revenue_lost_cents(self) -> int:
        return (self.totals.no_show + self.totals.late_cancelled) * self.session_fee_cents

    @property
    def revenue_recovered_cents(self) -> int:
        return self.recovered * self.session_fee_cents


@dataclass(frozen=True)
class TrendsReport:
    filters: Filters
    first_day: date | None  # the range actually shown (None: no places at all)
    last_day: date | None
    timezone: str
    weekly: Series
    weekly_by_clinician: tuple[Series, ...]
    by_clinician: tuple[Row, ...]
    heatmap: HeatMap
    by_type: tuple[Row, ...]
    by_modality: tuple[Row, ...]
    first_vs_returning: tuple[Row, ...]
    by_lead_time: tuple[Row, ...]
    by_confirmation: tuple[Row, ...]
    by_channel: tuple[Row, ...]
    by_delivered: tuple[Row, ...]
    headline: Headline
    cache_note: str = field(default="", compare=False)  # how the cache was brought up to date

    BREAKDOWNS = ("by_clinician", "by_type", "by_modality", "first_vs_returning",
                  "by_lead_time", "by_confirmation", "by_channel", "by_delivered")

    def tables(self) -> dict[str, dict[object, tuple[int, ...]]]:
        """Every count as {table: {key: (arrived, no_show, late, cancelled, unmarked)}},
        rows with no place at all left out: what `reference` computes with SQL."""
        out: dict[str, dict[object, tuple[int, ...]]] = {}
        for name in self.BREAKDOWNS:
            out[name] = {r.key: r.counts.as_tuple() for r in getattr(self, name)
                         if r.counts.total}
        out["weekly"] = _weeks(self.weekly, lambda week: week)
        out["weekly_by_clinician"] = {}
        for s in self.weekly_by_clinician:
            out["weekly_by_clinician"].update(_clinician_weeks(s))
        out["heatmap"] = {(wd, h): c.as_tuple() for wd, row in enumerate(self.heatmap.cells)
                          for h, c in enumerate(row) if c.total}
        return out


def _weeks(s: Series, key: Callable[[date], object]) -> dict[object, tuple[int, ...]]:
    return {key(w): s.counts(i).as_tuple() for i, w in enumerate(s.week_starts)
            if s.counts(i).total}


def _clinician_weeks(s: Series) -> dict[object, tuple[int, ...]]:
    return _weeks(s, lambda week: (s.clinician_id, week))


@dataclass(frozen=True)
class Choice:
    id: int
    label: str
    active: bool = True


@dataclass(frozen=True)
class FilterOptions:
    clinicians: tuple[Choice, ...]
    types: tuple[Choice, ...]
    modalities: tuple[tuple[Modality, str], ...]
    first_day: date | None  # the data's span: the first and last started session, local
    last_day: date | None
