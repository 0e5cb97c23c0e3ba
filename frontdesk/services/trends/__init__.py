"""No-show trends: how often clients miss sessions, and what goes with it.

What is counted (the UI shows these definitions):

- **A place** is one client's place in a session (an attendee row; a group session has one
  place per client). Only sessions that have started (start <= now) count. Dates, weeks,
  weekdays and hours are the practice's local time (its time zone in Settings; weeks start
  on Monday, so a week with a daylight-saving change is still seven local days).
- **Outcome of a place**: arrived; no-show; late cancel (cancelled inside the practice's
  late-cancel window); cancelled (early: the slot was freed in time, so it is left out of
  the rates); unmarked (the session started but nobody recorded arrival or a no-show).
- **No-show rate** = no-shows / (arrived + no-shows + late cancels + unmarked).
  **Late-cancel rate** = late cancels / the same. A session cancelled and booked again is
  two places: the cancelled one counts by its own outcome (early or late), the new one on
  its own.
- **4-week moving average**: the week and the three before it (fewer at the start of the
  range), pooled: their no-shows over their places, not an average of weekly rates.
- **First visit**: the client's earliest place (by start time, then booking order) that was
  not cancelled early; every later place is **returning**.
- **Lead time**: whole days (24 h) between the booking and the session start: 0-1, 2-7,
  8-14, 15-30, 31+ days.
- **Confirmation**: confirmed (the place is marked confirmed) or never confirmed (anything
  else: unconfirmed, requested, declined, asked to reschedule).
- **Reminders**: the messages of the reminder sequence (booking confirmation, confirmation
  request, day-before reminder, video link, missed-session follow-up) for that client and
  appointment. One **went out** when it was sent, delivered, not delivered or failed, at a
  time (sent, else sending, else due) before the session start.
  **Reminder channel**: the channel(s) of the reminders that went out: SMS, WhatsApp, email,
  several, or none. **Delivered**: at least one that went out was delivered (yes); some went
  out but none was delivered (no); none went out.
- **Headline**: this month is the month of the range's last day (or the month of today);
  its no-show rate is set against last month's and the same month last year (with the
  clinician, type and modality filters, whatever the date range). Confirmation rate =
  confirmed places / places counted in the rates. Reminders sent (accepted by the provider:
  sent, delivered or not delivered), delivered, failed (failed or not delivered): every
  reminder-sequence message of the places in the range, whenever it went. Sessions recovered
  by reschedule: places that ended arrived in appointments moved at least once (a
  "reschedule" in the audit trail). Revenue lost = (no-shows + late cancels) x the session
  fee; recovered = sessions recovered x the fee (Settings; 150.00 unless changed).

How it is fast: `cache.PlaceCache` keeps one row per place as numpy columns of small codes,
built once (off the GUI thread; `bulk` reads every place and message in blocks, SQLite
doing the per-row work) and patched before every refresh from the appointments that SQLite
triggers listed in `stats_dirty` (frontdesk.models.stats, re-read by `source`); `compute`
counts every figure with numpy under the filters. `snapshot` keeps the cache in the
database between runs, written in parts in short transactions. `reference` computes the
same tables with plain SQL GROUP BY over the raw tables, for the tests and bench/trends.py.
`barriers` counts what clients said got in the way of a missed appointment (no cache).
"""

from frontdesk.services.trends.barriers import BarrierReport, BarrierRow
from frontdesk.services.trends.report import (
    Counts,
    FilterOptions,
    Filters,
    Headline,
    HeatMap,
    Row,
    Series,
    TrendsReport,
)
from frontdesk.services.trends.service import TrendsService

__all__ = [
    "BarrierReport",
    "BarrierRow",
    "Counts",
    "FilterOptions",
    "Filters",
    "Headline",
    "HeatMap",
    "Row",
    "Series",
    "TrendsReport",
    "TrendsService",
]
