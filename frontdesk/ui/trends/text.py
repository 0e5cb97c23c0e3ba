"""Words and numbers for the trends page (no Qt): rates as %, money, weeks, the hover texts,
and the one-line subtitles that say what each chart shows, computed from the report."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from frontdesk.services.trends import Counts, HeatMap, Row, Series, codes

MIN_PLACES = 10  # a bar or a heat-map cell with fewer places is greyed: too few to tell
MIN_COMPARE = 20  # a comparison in a subtitle needs this many places on each side
SAME_WITHIN = 1.2  # rates closer than this ratio read as "about as often"
TOO_FEW = "Too few sessions yet to compare (each group needs at least {n})."


def pct(rate: float | None, *, digits: int = 1) -> str:
    """0.125 -> "12.5%" (whole numbers from 10% up: "14%"); None -> "–"."""
    if rate is None:
        return "–"
    value = rate * 100
    if value >= 10 or value == 0:
        return f"{value:.0f}%"
    return f"{value:.{digits}f}%"


def count(n: int) -> str:
    return f"{n:,}"


def of(part: int, whole: int) -> str:
    return f"{part:,} of {whole:,}"


def money(cents: int) -> str:
    """15000 -> "$150"; 15050 -> "$150.50"."""
    dollars, rest = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    return f"{sign}${dollars:,}" + (f".{rest:02d}" if rest else "")


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (words or word + 's')}"


def day_text(d: date) -> str:
    """'Mar 2, 2026'."""
    return f"{d:%b} {d.day}, {d.year}"


def week_text(d: date) -> str:
    """'Mar 2' (the Monday a week starts)."""
    return f"{d:%b} {d.day}"


def month_text(year: int, month: int) -> str:
    return f"{date(year, month, 1):%B %Y}"


def month_ticks(weeks: tuple[date, ...], max_labels: int = 13
                ) -> tuple[dict[int, str], list[int]]:
    """Names for the week positions: every week on a short range, else the first week of
    each month ("Mar", "Jan 2026"), thinned so the labels never crowd."""
    if len(weeks) <= 10:
        return {i: week_text(w) for i, w in enumerate(weeks)}, list(range(len(weeks)))
    firsts = [i for i, w in enumerate(weeks) if i == 0 or w.month != weeks[i - 1].month]
    if len(firsts) > 1 and firsts[1] - firsts[0] < 3:
        firsts.pop(0)  # the range starts late in a month: its name would crowd the next
    step = max(1, math.ceil(len(firsts) / max_labels))
    shown = firsts[::step]
    names, year = {}, None
    for i in shown:
        w = weeks[i]
        names[i] = f"{w:%b %Y}" if w.year != year else f"{w:%b}"  # the year when it changes
        year = w.year
    return names, shown


def hour_text(hour: int) -> str:
    """13 -> '1 PM'."""
    h = hour % 12 or 12
    return f"{h} {'AM' if hour < 12 else 'PM'}"


def ratio_text(high: float, low: float) -> str:
    """How many times as often: "3×", "1.5×"."""
    r = high / low
    return (f"{r:.1f}".rstrip("0").rstrip(".") if r < 10 else f"{r:.0f}") + "×"


# ---- hover texts ---------------------------------------------------------------------------
def counts_lines(c: Counts) -> list[str]:
    """The counts behind a rate, for a tooltip."""
    lines = [f"Late cancel: {pct(c.late_cancel_rate)} ({of(c.late_cancelled, c.places)})",
             f"Arrived {count(c.arrived)}"]
    if c.unmarked:
        lines[-1] += f" · not marked {count(c.unmarked)}"
    if c.cancelled:
        lines.append(f"Cancelled in good time: {count(c.cancelled)} (not counted)")
    return lines


def no_show_line(c: Counts) -> str:
    return f"{pct(c.no_show_rate)} no-show ({of(c.no_show, c.places)})"


def row_tip(row: Row) -> str:
    if not row.counts.places:
        return f"{row.label}: no sessions"
    return "\n".join([f"{row.label}: {no_show_line(row.counts)}", *counts_lines(row.counts)])


def pooled(s: Series, i: int, weeks: int = 4) -> Counts:
    """The week i and the weeks before it, added up (what the moving average pools)."""
    total = Counts()
    for j in range(max(0, i - weeks + 1), i + 1):
        total = total + s.counts(j)
    return total


def week_tip(s: Series, i: int) -> str:
    c = s.counts(i)
    head = f"Week of {week_text(s.week_starts[i])}"
    if not c.places:
        return f"{head}: no sessions"
    avg = pooled(s, i)
    return "\n".join([f"{head}: {no_show_line(c)}", *counts_lines(c),
                      f"4-week average: {pct(avg.no_show_rate)} no-show, "
                      f"{pct(avg.late_cancel_rate)} late cancel"])


def cell_tip(weekday: str, hour: int, c: Counts) -> str:
    head = f"{weekday} {hour_text(hour)}–{hour_text((hour + 1) % 24)}"
    if not c.places:
        return f"{head}: no sessions"
    lines = [f"{head}: {no_show_line(c)}", *counts_lines(c)]
    if c.places < MIN_PLACES:
        lines.append(f"Fewer than {MIN_PLACES} sessions: too few to tell.")
    return "\n".join(lines)


# ---- headline --------------------------------------------------------------------------------
def change(now: Counts, then: Counts, then_name: str) -> tuple[str, str, str]:
    """(arrow, words, tone) for this month's no-show rate against another month; tone is
    "worse", "better", "same" or "none" (nothing to compare)."""
    if not now.places:
        return "", f"{then_name}: {pct(then.no_show_rate)}" if then.places else "", "none"
    if not then.places:
        return "", f"no sessions in {then_name} to compare", "none"
    a, b = now.no_show_rate or 0.0, then.no_show_rate or 0.0
    points = (a - b) * 100
    if abs(points) < 0.5:
        return "▶", f"about the same as {then_name} ({pct(b)})", "same"
    word, arrow, tone = ("up", "▲", "worse") if points > 0 else ("down", "▼", "better")
    return arrow, f"{word} {abs(points):.1f} points from {then_name} ({pct(b)})", tone


# ---- subtitles: what to look for -----------------------------------------------------------
def _enough(rows: Sequence[Row]) -> list[Row]:
    return [r for r in rows if r.counts.places >= MIN_COMPARE]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _versus(high: Row, low: Row, high_name: str, low_name: str) -> str:
    a, b = high.counts.no_show_rate or 0.0, low.counts.no_show_rate or 0.0
    if b == 0:
        return f"{_cap(high_name)}: {pct(a)} missed; {low_name}: none missed."
    if a / b < SAME_WITHIN:
        return (f"{_cap(high_name)} and {low_name} are missed about as often "
                f"({pct(a)} and {pct(b)}).")
    return (f"{_cap(high_name)} are missed {ratio_text(a, b)} as often as {low_name} "
            f"({pct(a)} vs {pct(b)}).")


def _by_key(rows: Sequence[Row]) -> dict[int, Row]:
    return {r.key: r for r in rows if r.counts.places >= MIN_COMPARE}


def pair_insight(rows: Sequence[Row], worse_key: int, better_key: int, worse_name: str,
                 better_name: str) -> str:
    """Two named groups compared, the one expected to be worse first."""
    by = _by_key(rows)
    if worse_key not in by or better_key not in by:
        return TOO_FEW.format(n=MIN_COMPARE)
    worse, better = by[worse_key], by[better_key]
    if (worse.counts.no_show_rate or 0) < (better.counts.no_show_rate or 0):
        return _versus(better, worse, better_name, worse_name)
    return _versus(worse, better, worse_name, better_name)


def confirmation_insight(rows: Sequence[Row]) -> str:
    return pair_insight(rows, 0, 1, "never-confirmed sessions", "confirmed ones")


def first_visit_insight(rows: Sequence[Row]) -> str:
    return pair_insight(rows, 1, 0, "first visits", "returning clients' sessions")


def delivered_insight(rows: Sequence[Row]) -> str:
    by = _by_key(rows)
    yes = by.get(codes.DELIVERED_YES)
    others = [r for k, r in by.items() if k != codes.DELIVERED_YES]
    if yes is None or not others:
        return TOO_FEW.format(n=MIN_COMPARE)
    worst = max(others, key=lambda r: r.counts.no_show_rate or 0)
    name = ("sessions with no reminder sent" if worst.key == codes.NONE_SENT
            else "sessions whose reminders were sent but not delivered")
    return _versus(worst, yes, name, "those with a delivered reminder") \
        if (worst.counts.no_show_rate or 0) >= (yes.counts.no_show_rate or 0) \
        else _versus(yes, worst, "sessions with a delivered reminder", name)


def spread_insight(rows: Sequence[Row], name=lambda r: r.label) -> str:
    """Highest and lowest no-show rate among the groups big enough to tell."""
    big = _enough(rows)
    if len(big) < 2:
        return TOO_FEW.format(n=MIN_COMPARE)
    hi = max(big, key=lambda r: r.counts.no_show_rate or 0)
    lo = min(big, key=lambda r: r.counts.no_show_rate or 0)
    a, b = hi.counts.no_show_rate or 0.0, lo.counts.no_show_rate or 0.0
    if b and a / b < SAME_WITHIN:
        which = "both" if len(big) == 2 else f"all {len(big)}"
        return f"No-shows are about as common for {which} ({pct(b)} to {pct(a)})."
    return f"Most missed: {name(hi)} ({pct(a)}). Least: {name(lo)} ({pct(b)})."


def channel_insight(rows: Sequence[Row]) -> str:
    return spread_insight(rows, lambda r: "no reminder" if r.key == codes.NO_CHANNEL
                          else f"{r.label} reminders" if r.key != codes.SEVERAL
                          else "reminders on several channels")


def lead_insight(rows: Sequence[Row]) -> str:
    return spread_insight(rows, lambda r: f"booked {r.label} ahead")


def clinician_insight(rows: Sequence[Row], overall: Counts) -> str:
    if len(rows) == 1 and rows[0].counts.places:
        return f"{rows[0].label}: {no_show_line(rows[0].counts)}."
    text = spread_insight(rows)
    if overall.places and not text.startswith("Too few"):
        text += f" Whole practice: {pct(overall.no_show_rate)}."
    return text


def weekly_insight(s: Series) -> str:
    """The last four weeks against the four before."""
    n = len(s.week_starts)
    if not n:
        return ""
    last = pooled(s, n - 1)
    before = pooled(s, n - 5) if n >= 5 else Counts()
    if not last.places:
        return "No sessions in the last 4 weeks of this range."
    text = (f"Last 4 weeks: {pct(last.no_show_rate)} no-show, {pct(last.late_cancel_rate)} "
            f"late cancel")
    if before.places >= MIN_COMPARE and last.places >= MIN_COMPARE:
        a, b = (last.no_show_rate or 0) * 100, (before.no_show_rate or 0) * 100
        if abs(a - b) < 0.5:
            text += f", about the same as the 4 weeks before ({pct(before.no_show_rate)})"
        else:
            text += (f" — {'up' if a > b else 'down'} from {pct(before.no_show_rate)} "
                     "no-show the 4 weeks before")
    return text + ". The thick lines smooth out single weeks."


def heat_insight(h: HeatMap) -> str:
    cells = [(wd, hour, c) for wd, row in zip(h.weekdays, h.cells, strict=True)
             for hour, c in zip(h.hours, row, strict=True) if c.places >= MIN_COMPARE]
    if len(cells) < 2:
        return TOO_FEW.format(n=MIN_COMPARE)
    hi = max(cells, key=lambda t: t[2].no_show_rate or 0)
    lo = min(cells, key=lambda t: t[2].no_show_rate or 0)
    return (f"Most missed: {hi[0]} {hour_text(hi[1])} ({pct(hi[2].no_show_rate)}, "
            f"{of(hi[2].no_show, hi[2].places)}). Least: {lo[0]} {hour_text(lo[1])} "
            f"({pct(lo[2].no_show_rate)}). Darker = missed more often.")
