"""The trends figures by plain SQL GROUP BY over the raw tables: the yardstick the cache is
checked against (tests/test_trends.py, bench/trends.py). Slow on purpose: no cache.

Written apart from `source`/`cache`/`compute`: local times come from a CASE over the zone's
UTC offsets (SQLite has no time zones) and whole seconds since 1970; outcomes, first
visits (a window function), lead times, channels and delivery from the raw columns. One
temporary table of the places that count, then one GROUP BY per figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection

from frontdesk.domain import Modality
from frontdesk.services.trends import codes
from frontdesk.services.trends.report import Filters, TrendsReport

SECOND_US = 1_000_000


def _text(utc_us: int) -> str:
    """A UTC instant as a UTCDateTime column stores it (text compares in time order)."""
    t = datetime(1970, 1, 1) + timedelta(microseconds=utc_us)
    return t.isoformat(" ", "microseconds")


def offset_case(conn: Connection, tz_name: str) -> str:
    """SQL: seconds to add to a.start_at's UTC to get local time, for every start in the
    data (only the zone's changes between the first and the last start are needed)."""
    lo, hi = conn.exec_driver_sql("SELECT min(start_at), max(start_at) FROM appointment").one()
    starts, offs = codes.offsets(tz_name)
    if lo is None:
        return str(offs[0] // SECOND_US)

    def us(text: str) -> int:
        t = datetime.fromisoformat(text).replace(tzinfo=UTC)
        return (t - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)

    first, last = us(lo), us(hi)
    inside = [i for i in range(1, len(starts)) if first < starts[i] <= last]
    base = max(i for i in range(len(starts)) if starts[i] <= first) if starts[0] <= first else 0
    whens, current = [], base
    for i in inside:
        whens.append(f"WHEN a.start_at < '{_text(starts[i])}' THEN {offs[current] // SECOND_US}")
        current = i
    tail = str(offs[current] // SECOND_US)
    return f"(CASE {' '.join(whens)} ELSE {tail} END)" if whens else tail


def micros(column: str) -> str:
    return (f"(CAST(strftime('%s', {column}) AS INTEGER) * {SECOND_US} "
            f"+ CAST(substr({column}, 21, 6) AS INTEGER))")


REMINDERS = ", ".join(f"'{s.value}'" for s in codes.REMINDER_STEPS)
WENT = ("m.state IN ('sent', 'delivered', 'undelivered', 'failed') "
        "AND coalesce(m.sent_at, m.sending_at, m.due_at) < a.start_at")
LEAD = (f"CASE WHEN lead_us < {2 * codes.DAY_US} THEN 0 WHEN lead_us < {8 * codes.DAY_US} "
        f"THEN 1 WHEN lead_us < {15 * codes.DAY_US} THEN 2 WHEN lead_us < "
        f"{31 * codes.DAY_US} THEN 3 ELSE 4 END")
COUNTS = ("sum(attendance = 'arrived'), sum(attendance = 'no_show'), "
          "sum(attendance = 'late_cancelled'), sum(attendance = 'cancelled'), "
          "sum(attendance = 'booked')")


def _places_sql(offset: str) -> str:
    return f"""
    CREATE TEMP TABLE ref_place AS
    WITH msg AS (
        SELECT m.appointment_id AS appt, m.client_id AS client,
               max(m.channel = 'sms' AND {WENT}) AS sms,
               max(m.channel = 'whatsapp' AND {WENT}) AS wa,
               max(m.channel = 'email' AND {WENT}) AS em,
               max(m.state = 'delivered' AND {WENT}) AS deliv,
               sum(m.state IN ('sent', 'delivered', 'undelivered')) AS n_sent,
               sum(m.state = 'delivered') AS n_deliv,
               sum(m.state IN ('failed', 'undelivered')) AS n_failed
        FROM outbox_message m JOIN appointment a ON a.id = m.appointment_id
        WHERE m.step IN ({REMINDERS}) AND m.client_id IS NOT NULL
        GROUP BY m.appointment_id, m.client_id),
    firsts AS (
        SELECT id FROM (
            SELECT t.id, row_number() OVER (PARTITION BY t.client_id
                                            ORDER BY a.start_at, t.id) AS n
            FROM attendee t JOIN appointment a ON a.id = t.appointment_id
            WHERE t.attendance <> 'cancelled')
        WHERE n = 1),
    base AS (
        SELECT t.id AS att, a.id AS appt, a.clinician_id AS clin, a.type_id AS typ,
               a.modality AS modality, a.start_at AS start_at, t.attendance AS attendance,
               t.confirmation = 'confirmed' AS confirmed,
               CAST(strftime('%s', a.start_at) AS INTEGER) + {offset} AS local_s,
               {micros('a.start_at')} - {micros('t.booked_at')} AS lead_us,
               t.id IN (SELECT id FROM firsts) AS first,
               a.id IN (SELECT entity_id FROM audit_entry WHERE entity = 'appointment'
                        AND action = 'reschedule' AND entity_id IS NOT NULL) AS moved,
               coalesce(msg.sms, 0) AS sms, coalesce(msg.wa, 0) AS wa,
               coalesce(msg.em, 0) AS em, coalesce(msg.deliv, 0) AS deliv,
               coalesce(msg.n_sent, 0) AS n_sent, coalesce(msg.n_deliv, 0) AS n_deliv,
               coalesce(msg.n_failed, 0) AS n_failed
        FROM attendee t JOIN appointment a ON a.id = t.appointment_id
        LEFT JOIN msg ON msg.appt = t.appointment_id AND msg.client = t.client_id
        WHERE a.start_at <= :now)
    SELECT *, local_s / 86400 AS day, ((local_s / 86400) + 3) / 7 AS week,
           ((local_s / 86400) + 3) % 7 AS weekday, (local_s % 86400) / 3600 AS hour,
           strftime('%Y-%m', local_s, 'unixepoch') AS month, {LEAD} AS lead,
           CASE sms + wa + em WHEN 0 THEN 0 WHEN 1 THEN (CASE WHEN sms THEN 1 WHEN wa THEN 2
                ELSE 3 END) ELSE 4 END AS channel,
           CASE WHEN deliv THEN 0 WHEN sms + wa + em > 0 THEN 1 ELSE 2 END AS delivered
    FROM base"""


@dataclass(frozen=True)
class Reference:
    tables: dict[str, dict[object, tuple[int, ...]]]  # as TrendsReport.tables()
    headline: dict[str, object]


GROUPS = {  # table: the GROUP BY expression(s)
    "by_clinician": "clin", "by_type": "typ",
    "by_modality": "CASE modality WHEN 'in_person' THEN 0 ELSE 1 END",
    "first_vs_returning": "first", "by_lead_time": "lead", "by_confirmation": "confirmed",
    "by_channel": "channel", "by_delivered": "delivered",
    "weekly": "week", "weekly_by_clinician": "clin, week", "heatmap": "weekday, hour",
}


def compute(conn: Connection, tz_name: str, f: Filters, now: datetime) -> Reference:
    """Every count of the report (TrendsReport.tables() and the headline) by GROUP BY."""
    conn.exec_driver_sql("DROP TABLE IF EXISTS temp.ref_place")
    now_text = now.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    conn.exec_driver_sql(_places_sql(offset_case(conn, tz_name)).replace(":now", "?"),
                         (now_text,))
    try:
        dims = ["1 = 1"]
        if f.clinician_ids:
            dims.append(f"clin IN ({', '.join(str(int(i)) for i in f.clinician_ids)})")
        if f.type_ids:
            dims.append(f"typ IN ({', '.join(str(int(i)) for i in f.type_ids)})")
        if f.modalities:
            dims.append("modality IN (" + ", ".join(f"'{Modality(m).value}'"
                                                    for m in f.modalities) + ")")
        where = list(dims)
        if f.date_from:
            where.append(f"day >= {codes.day_number(f.date_from)}")
        if f.date_to:
            where.append(f"day <= {codes.day_number(f.date_to)}")
        cond = " AND ".join(where)

        def group(expr: str) -> dict[Any, tuple[int, ...]]:  # keys: raw SQL values
            rows = conn.exec_driver_sql(
                f"SELECT {expr}, {COUNTS} FROM ref_place WHERE {cond} GROUP BY {expr}")
            width = expr.count(",") + 1
            return {(r[0] if width == 1 else tuple(r[:width])): tuple(r[width:]) for r in rows}

        tables = {name: group(expr) for name, expr in GROUPS.items()}
        tables["weekly"] = {codes.week_start(w): v for w, v in tables["weekly"].items()}
        tables["weekly_by_clinician"] = {(c, codes.week_start(w)): v
                                         for (c, w), v in tables["weekly_by_clinician"].items()}
        one = tuple(v or 0 for v in conn.exec_driver_sql(
            f"SELECT {COUNTS}, sum(confirmed AND attendance <> 'cancelled'), sum(n_sent), "
            f"sum(n_deliv), sum(n_failed), sum(moved AND attendance = 'arrived') "
            f"FROM ref_place WHERE {cond}").one())
        day = f.date_to or now.astimezone(ZoneInfo(tz_name)).date()
        months: dict[str, object] = {}
        for key, back in (("this_month", 0), ("last_month", 1), ("same_month_last_year", 12)):
            y, m = divmod(day.year * 12 + day.month - 1 - back, 12)
            row = conn.exec_driver_sql(
                f"SELECT {COUNTS} FROM ref_place WHERE {' AND '.join(dims)} "
                f"AND month = '{y:04d}-{m + 1:02d}'").one()
            months[key] = tuple(v or 0 for v in row)
        headline = {**months, "totals": one[:5], "confirmed": one[5],
                    "reminders_sent": one[6], "reminders_delivered": one[7],
                    "reminders_failed": one[8], "recovered": one[9]}
    finally:
        conn.exec_driver_sql("DROP TABLE IF EXISTS temp.ref_place")
    return Reference(tables, headline)


def headline_of(report: TrendsReport) -> dict[str, object]:
    """A TrendsReport's headline in Reference.headline's shape."""
    h = report.headline
    return {"this_month": h.this_month.counts.as_tuple(),
            "last_month": h.last_month.counts.as_tuple(),
            "same_month_last_year": h.same_month_last_year.counts.as_tuple(),
            "totals": h.totals.as_tuple(), "confirmed": h.confirmed,
            "reminders_sent": h.reminders_sent, "reminders_delivered": h.reminders_delivered,
            "reminders_failed": h.reminders_failed, "recovered": h.recovered}



def weekly_group_by(conn: Connection, tz_name: str, now: datetime
                    ) -> dict[date, tuple[int, ...]]:
    """Just the weekly counts (no filters): the single GROUP BY over attendee x appointment
    that bench/trends.py sets against a whole refresh."""
    now_text = now.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    rows = conn.exec_driver_sql(f"""
        SELECT week, {COUNTS} FROM (
            SELECT ((CAST(strftime('%s', a.start_at) AS INTEGER) + {offset_case(conn, tz_name)})
                    / 86400 + 3) / 7 AS week, t.attendance AS attendance
            FROM attendee t JOIN appointment a ON a.id = t.appointment_id
            WHERE a.start_at <= ?)
        GROUP BY week""", (now_text,))
    return {codes.week_start(w): tuple(v) for w, *v in rows}
