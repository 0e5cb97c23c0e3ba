"""The trends report as one tidy CSV: one line per figure, the same columns throughout.

Columns: section, series, key, label, arrived, no_show, late_cancelled, cancelled_early,
unmarked, places, no_show_rate, late_cancel_rate, ma_no_show_rate, ma_late_cancel_rate,
value. Sections:

- `filters`: what the report was made for (label = the filter, value = its setting);
- `headline`: one line per headline figure (value; rates as fractions, money in the
  currency's units with two decimals); the three month lines also carry their counts;
- `weekly` (series = "All clinicians") and `weekly_by_clinician` (series = the clinician):
  key = the Monday the week starts, with the 4-week moving averages;
- `by_clinician`, `heatmap` (series = weekday, key = hour), `by_type`, `by_modality`,
  `first_vs_returning`, `by_lead_time`, `by_confirmation`, `by_channel`, `by_delivered`.

Rates are fractions (0.0731), empty where there were no places. No client data is in
the report, so none is in the file; text that a spreadsheet would run as a formula is
prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
from pathlib import Path

from frontdesk.services.trends.report import Counts, Series, TrendsReport

HEADER = ("section", "series", "key", "label", "arrived", "no_show", "late_cancelled",
          "cancelled_early", "unmarked", "places", "no_show_rate", "late_cancel_rate",
          "ma_no_show_rate", "ma_late_cancel_rate", "value")


def _text(v: object) -> str:
    s = "" if v is None else str(v)
    return "'" + s if s[:1] in ("=", "+", "-", "@", "\t", "\r") else s


def _rate(r: float | None) -> str:
    return "" if r is None else f"{r:.6f}"


def _line(section: str, series: str, key: object, label: str, c: Counts | None = None,
          ma: tuple[float | None, float | None] = (None, None), value: object = ""
          ) -> list[object]:
    counts = [*c.as_tuple(), c.places, _rate(c.no_show_rate), _rate(c.late_cancel_rate)] \
        if c is not None else [""] * 8
    return [section, _text(series), _text(key), _text(label), *counts,
            _rate(ma[0]), _rate(ma[1]), _text(value)]


def _money(cents: int) -> str:
    return f"{cents / 100:.2f}"


def _series(section: str, s: Series) -> list[list[object]]:
    return [_line(section, s.label, w.isoformat(), f"week of {w.isoformat()}", s.counts(i),
                  (s.ma_no_show_rate[i], s.ma_late_cancel_rate[i]))
            for i, w in enumerate(s.week_starts)]


def lines(report: TrendsReport) -> list[list[object]]:
    f, h = report.filters, report.headline
    out = [
        _line("filters", "", "date_from", "From", value=f.date_from or ""),
        _line("filters", "", "date_to", "To", value=f.date_to or ""),
        _line("filters", "", "first_day", "First day shown", value=report.first_day or ""),
        _line("filters", "", "last_day", "Last day shown", value=report.last_day or ""),
        _line("filters", "", "clinician_ids", "Clinicians",
              value=" ".join(map(str, f.clinician_ids)) or "all"),
        _line("filters", "", "type_ids", "Appointment types",
              value=" ".join(map(str, f.type_ids)) or "all"),
        _line("filters", "", "modalities", "Modalities",
              value=" ".join(m.value for m in f.modalities) or "all"),
        _line("filters", "", "timezone", "Time zone", value=report.timezone),
    ]
    for key, m in (("this_month", h.this_month), ("last_month", h.last_month),
                   ("same_month_last_year", h.same_month_last_year)):
        out.append(_line("headline", "", key, f"{m.year:04d}-{m.month:02d}", m.counts,
                         value=_rate(m.counts.no_show_rate)))
    out += [
        _line("headline", "", "totals", "The whole range", h.totals,
              value=_rate(h.totals.no_show_rate)),
        _line("headline", "", "confirmed", "Places confirmed", value=h.confirmed),
        _line("headline", "", "confirmation_rate", "Confirmation rate",
              value=_rate(h.confirmation_rate)),
        _line("headline", "", "reminders_sent", "Reminders sent", value=h.reminders_sent),
        _line("headline", "", "reminders_delivered", "Reminders delivered",
              value=h.reminders_delivered),
        _line("headline", "", "reminders_failed", "Reminders failed", value=h.reminders_failed),
        _line("headline", "", "recovered", "Sessions recovered by reschedule",
              value=h.recovered),
        _line("headline", "", "session_fee", "Session fee", value=_money(h.session_fee_cents)),
        _line("headline", "", "revenue_lost", "Revenue lost", value=_money(
            h.revenue_lost_cents)),
        _line("headline", "", "revenue_recovered", "Revenue recovered",
              value=_money(h.revenue_recovered_cents)),
    ]
    out += _series("weekly", report.weekly)
    for s in report.weekly_by_clinician:
        out += _series("weekly_by_clinician", s)
    for name in ("by_clinician",):
        out += [_line(name, "", r.key, r.label, r.counts) for r in getattr(report, name)]
    hm = report.heatmap
    out += [_line("heatmap", hm.weekdays[wd], hm.hours[hr], f"{hm.weekdays[wd]} {hr:02d}:00", c)
            for wd, row in enumerate(hm.cells) for hr, c in enumerate(row)]
    for name in report.BREAKDOWNS[1:]:
        out += [_line(name, "", r.key, r.label, r.counts) for r in getattr(report, name)]
    return out


def write_csv(report: TrendsReport, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(lines(report))
    return path
