"""Every figure of the trends page from the place cache, with numpy, under the filters."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np

from frontdesk.domain import Modality
from frontdesk.services.trends import codes
from frontdesk.services.trends.cache import DEAD, FIXED_SIZE, K, PlaceCache
from frontdesk.services.trends.cache import FIXED as FIXED_DIMS
from frontdesk.services.trends.report import (
    Counts,
    Filters,
    Headline,
    HeatMap,
    MonthFigure,
    Row,
    Series,
    TrendsReport,
)

N = codes.N_OUTCOMES
View = Callable[[str], np.ndarray]  # column name -> the part's values


@dataclass(frozen=True)
class Names:
    """What to call clinicians and appointment types (by id)."""

    clinicians: dict[int, str]
    types: dict[int, str]

    def clinician(self, cid: int) -> str:
        return self.clinicians.get(cid, f"Clinician {cid}")

    def type(self, tid: int) -> str:
        return self.types.get(tid, f"Type {tid}")


def parts(c: PlaceCache, f: Filters, now_us: int, d0: int | None, d1: int | None
          ) -> list[View]:
    """The places that count, as views: a slice of the (start-ordered) head, filtered by
    clinician, type and modality only if asked, plus the matching rows of the tail."""
    # (needles of the haystack's own type: numpy would otherwise copy the haystack)
    head_hi = int(np.searchsorted(c["start"][: c.sorted_n], np.int64(now_us), side="right"))
    lo = 0
    if c.days_sorted:
        days = c["day"][:head_hi]
        if d0 is not None:
            lo = int(np.searchsorted(days, days.dtype.type(d0), side="left"))
        if d1 is not None:
            head_hi = int(np.searchsorted(days, days.dtype.type(d1), side="right"))
        head = slice(lo, max(lo, head_hi))
        head_mask = None
    else:  # a zone whose local days step back at some change: filter the head by mask
        head = slice(0, head_hi)
        head_mask = _in_range(c["day"][head], d0, d1)
    tail = slice(c.sorted_n, c.n)
    tail_mask = (c["live"][tail] & (c["start"][tail] <= now_us)
                 & _in_range(c["day"][tail], d0, d1))
    out: list[View] = []
    for rows, mask in ((head, head_mask), (tail, tail_mask)):
        mask = _dims(c, f, rows, mask)
        if mask is None:
            out.append(_view(c, rows))
        else:
            out.append(_view(c, np.flatnonzero(mask) + rows.start))
    return out


def _view(c: PlaceCache, rows: slice | np.ndarray) -> View:
    return lambda name: c[name][rows]


def _in_range(days: np.ndarray, d0: int | None, d1: int | None) -> np.ndarray:
    mask = np.ones(len(days), dtype=bool)
    if d0 is not None:
        mask &= days >= d0
    if d1 is not None:
        mask &= days <= d1
    return mask


def _dims(c: PlaceCache, f: Filters, rows: slice, mask: np.ndarray | None
          ) -> np.ndarray | None:
    for name, wanted in (("clin", c.codes_of("clin", f.clinician_ids) if f.clinician_ids
                          else None),
                         ("typ", c.codes_of("typ", f.type_ids) if f.type_ids else None),
                         ("modality", np.array([codes.MODALITIES.index(Modality(m))
                                                for m in f.modalities]) if f.modalities
                          else None)):
        if wanted is not None:
            ok = np.isin(c[name][rows], wanted)
            mask = ok if mask is None else mask & ok
    return mask


def table(views: list[View], key: str, size: int) -> np.ndarray:
    """(size, N) places by key value and outcome (dead rows dropped)."""
    total = np.zeros(size * K, dtype=np.int64)
    for view in views:
        values = view(key)
        if len(values):
            total += np.bincount(values, minlength=size * K)[: size * K]
    return total.reshape(size, K)[:, :N]


def _series(ids: list[int | None], labels: list[str], weeks: tuple[date, ...],
            grid: np.ndarray) -> tuple[Series, ...]:
    """Weekly series from a (weeks, series, N) table (the moving averages are worked out
    when asked for)."""
    cols = grid.transpose(1, 2, 0).tolist()
    return tuple(Series(ids[j], labels[j], weeks, *map(tuple, cols[j]))
                 for j in range(len(ids)))


def _rows(t: np.ndarray, keys: Iterable[int], label: Callable[[int], str]
          ) -> tuple[Row, ...]:
    rows = t.tolist()
    return tuple(Row(k, label(k), Counts(*rows[i])) for i, k in enumerate(keys))


def _span(c: PlaceCache, f: Filters, views: list[View], today: date
          ) -> tuple[date | None, date | None]:
    """The days the report covers: the filter's, else from the first place counted (and to
    today at least)."""
    days = [v("day")[v("outcome") != DEAD] for v in views] if f.date_from is None \
        or f.date_to is None else []
    seen = [d for d in days if len(d)]
    first_day = f.date_from or (codes.day_of(min(int(d.min()) for d in seen)) if seen else None)
    last_day = f.date_to
    if last_day is None and first_day is not None:
        last_day = max([today] + [codes.day_of(int(d.max())) for d in seen])
    return first_day, last_day


def compute(c: PlaceCache, f: Filters, now_us: int, today: date, names: Names,
            fee_cents: int) -> TrendsReport:
    d0 = codes.day_number(f.date_from) if f.date_from else None
    d1 = codes.day_number(f.date_to) if f.date_to else None
    views = parts(c, f, now_us, d0, d1)
    first_day, last_day = _span(c, f, views, today)

    # Weeks x clinicians: the weekly series, and summed over the weeks, by clinician.
    clin_ids = c.ids["clin"]
    w0 = w1 = 0
    if first_day is not None and last_day is not None and first_day <= last_day:
        w0 = codes.week_number(codes.day_number(first_day))
        w1 = codes.week_number(codes.day_number(last_day)) + 1
    weeks = tuple(codes.week_start(w) for w in range(w0, w1))
    grid = np.zeros((len(weeks), c.n_clin, N), dtype=np.int64)
    b0, b1 = w0 - c.week_base, w1 - c.week_base  # the range's rows of the key's grid
    if b1 > 0 and weeks:
        full = table(views, "k_weekclin", b1 * c.n_clin).reshape(b1, c.n_clin, N)
        grid[max(0, -b0):] = full[max(0, b0):]
    t_clin = grid.sum(axis=0)
    present = sorted(np.flatnonzero(t_clin.sum(axis=1)).tolist(),
                     key=lambda k: (names.clinician(clin_ids[k]), clin_ids[k]))
    weekly = _series([None], ["All clinicians"], weeks, grid.sum(axis=1, keepdims=True))[0]
    by_week_clin = _series([clin_ids[k] for k in present],
                           [names.clinician(clin_ids[k]) for k in present], weeks,
                           grid[:, present])

    # Types x every fixed-vocabulary breakdown, in one count.
    shape = (c.n_typ, *(size for _, size in FIXED_DIMS), N)
    fixed = table(views, "k_fixed", c.n_typ * FIXED_SIZE).reshape(shape)
    axes = tuple(range(len(shape) - 1))

    def margin(axis: int) -> np.ndarray:
        return fixed.sum(axis=tuple(a for a in axes if a != axis))

    t_typ = margin(0)
    typ_ids = c.ids["typ"]
    typ_present = sorted(np.flatnonzero(t_typ.sum(axis=1)).tolist(),
                         key=lambda k: (names.type(typ_ids[k]), typ_ids[k]))

    def breakdown(field: str) -> tuple[Row, ...]:
        dim, labels = FIXED[field]
        return _rows(margin(1 + FIXED_NAMES.index(dim)), range(len(labels)),
                     labels.__getitem__)

    moved = margin(1 + FIXED_NAMES.index("moved"))
    t_conf = margin(1 + FIXED_NAMES.index("confirmed"))
    heat = table(views, "k_slot", 7 * 24).reshape(7, 24, N).tolist()
    total = Counts(*(int(v) for v in t_clin.sum(axis=0)))

    def sum_of(name: str) -> int:
        return sum(int(v(name).sum(dtype=np.int64)) for v in views)

    headline = Headline(
        *_months(c, f, now_us, f.date_to or today), totals=total,
        confirmed=int(t_conf[1].sum() - t_conf[1, codes.EARLY]),
        reminders_sent=sum_of("n_sent"), reminders_delivered=sum_of("n_deliv"),
        reminders_failed=sum_of("n_failed"), recovered=int(moved[1, codes.ARRIVED]),
        session_fee_cents=fee_cents)
    return TrendsReport(
        filters=f, first_day=first_day, last_day=last_day, timezone=c.tz_name,
        weekly=weekly, weekly_by_clinician=by_week_clin,
        by_clinician=_rows(t_clin[present], [clin_ids[k] for k in present],
                           names.clinician),
        heatmap=HeatMap(codes.WEEKDAY_LABELS, tuple(range(24)),
                        tuple(tuple(Counts(*h) for h in wd) for wd in heat)),
        by_type=_rows(t_typ[typ_present], [typ_ids[k] for k in typ_present], names.type),
        headline=headline, by_modality=breakdown("by_modality"),
        first_vs_returning=breakdown("first_vs_returning"),
        by_lead_time=breakdown("by_lead_time"), by_confirmation=breakdown("by_confirmation"),
        by_channel=breakdown("by_channel"), by_delivered=breakdown("by_delivered"))


FIXED = {  # report field: (cache column, labels)
    "by_modality": ("modality", tuple(codes.MODALITY_LABELS[m] for m in codes.MODALITIES)),
    "first_vs_returning": ("first", codes.FIRST_LABELS),
    "by_lead_time": ("lead", codes.LEAD_LABELS),
    "by_confirmation": ("confirmed", codes.CONFIRMED_LABELS),
    "by_channel": ("channel", codes.CHANNEL_LABELS),
    "by_delivered": ("delivered", codes.DELIVERED_LABELS),
}
FIXED_NAMES = [name for name, _ in FIXED_DIMS]


def _months(c: PlaceCache, f: Filters, now_us: int, day: date
            ) -> tuple[MonthFigure, MonthFigure, MonthFigure]:
    """This month (the one containing `day`), last month, the same month last year."""

    def figure(m: int) -> MonthFigure:
        y, mo = divmod(m, 12)
        first = date(y, mo + 1, 1)
        nxt = date(y + (mo == 11), (mo + 1) % 12 + 1, 1)
        views = parts(c, f, now_us, codes.day_number(first), codes.day_number(nxt) - 1)
        t = sum((np.bincount(v("outcome"), minlength=K)[:N] for v in views),
                np.zeros(N, dtype=np.int64))
        return MonthFigure(y, mo + 1, Counts(*(int(x) for x in t)))

    this = codes.month_number(day)
    return figure(this), figure(this - 1), figure(this - 12)
