"""Generate a realistic practice history in a real encrypted FrontDesk database.

    QT_QPA_PLATFORM=offscreen scripts/with-test-keyring .venv/bin/python bench/generate_history.py

The database is created the way the app creates it (Vault.create: key in the OS
keyring, recovery file beside the database), and the practice, its clinicians,
appointment types and clients go in through the services. Only appointments,
their attendees and series are bulk-loaded with SQLAlchemy Core (one
transaction, executemany in batches, `PRAGMA synchronous = OFF` on the
generator's own connections), with every value converted exactly as the mapped
columns' own types convert it (checked at start-up).

The practice it simulates: clinicians with set working days and hours
(8:00-19:00 New York time, a few on Saturday mornings), each keeping a caseload
of clients on weekly or fortnightly slots; episodes of care that start with an
intake and are booked in blocks (a series) at check-out; vacations and public
holidays; weekly skills groups of 4-8 clients; telehealth about a third of the
time. Outcomes follow the patterns a front desk sees: no-shows more likely on
Mondays and Fridays, early and late in the day, with some clinicians, for
bookings made far ahead, for a client's first visit, and far more when the
reminder never got a confirmation; early and late cancellations; today's and
the coming weeks' sessions booked but mostly not yet confirmed.

Clinicians are added when the requested number of appointments does not fit the
requested clinicians at a realistic caseload (the default 1,000,000 appointments
in 5 years needs about 120 clinicians, not 20; the output says so).

The key lives in the keyring of the session that ran this script. The recovery
code is written to bench-history.json in the data folder (synthetic data only),
so bench/run.py can put the key back into a new keyring with Vault.recover.
"""

from __future__ import annotations

import argparse
import heapq
import json
import math
import random
import shutil
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

from history_messages import MessageMaker, reach_of  # bench/, beside this script
from sqlalchemy import Engine, event

from frontdesk.clock import FixedClock
from frontdesk.domain import (
    Attendance,
    Channel,
    Confirmation,
    ConsentStatus,
    Frequency,
    Language,
    Modality,
)
from frontdesk.models import Appointment, Attendee, AuditEntry, OutboxMessage, Series
from frontdesk.paths import AppPaths
from frontdesk.services import audit
from frontdesk.services.container import Services
from frontdesk.services.dto import AppointmentTypeInfo, ClientInput, ClinicianInfo, PracticeInfo
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault

BENCH_DIR = Path(__file__).resolve().parent
DEFAULT_DATA_DIR = BENCH_DIR / "out" / "history"
META_NAME = "bench-history.json"
ACTOR = "bench"
TZ_NAME = "America/New_York"
LATE_CANCEL_HOURS = 24

OCC_MAX = 0.86  # busiest realistic share of a clinician's weekly slots that are booked
CALIBRATION = 1.01  # measured: the simulation books a little less than the slot arithmetic
FUTURE_WEEKS = 30  # simulate this far ahead; only what is booked by now is kept
BATCH = 50_000

# ---- the practice --------------------------------------------------------------------------
TYPES = [  # name, minutes, default modality, group
    ("Individual session", 50, Modality.IN_PERSON, False),
    ("Intake", 60, Modality.IN_PERSON, False),
    ("Telehealth session", 50, Modality.TELEHEALTH, False),
    ("Couples session", 50, Modality.IN_PERSON, False),
    ("Skills group", 90, Modality.IN_PERSON, True),
]
T_INDIVIDUAL, T_INTAKE, T_TELEHEALTH, T_COUPLES, T_GROUP = range(1, 6)  # ids, created in order
DURATION = {T_INDIVIDUAL: 50, T_INTAKE: 60, T_TELEHEALTH: 50, T_COUPLES: 50, T_GROUP: 90}

FIRST = ["Alex", "Jordan", "Sam", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Quinn",
         "Lucía", "Mateo", "Sofía", "Diego", "Grace", "Noah", "Olivia", "Ethan", "Hannah", "Leo",
         "Mia", "Isaac", "Zoe", "Caleb", "Nora", "Felix", "Ruby", "Owen", "Ivy", "Theo", "Maya",
         "Daniel", "Priya", "Jonah", "Elena", "Marcus", "Aisha", "Samuel", "Chloe", "Gabriel",
         "Layla", "Henry", "Amara", "Julian", "Naomi", "Oscar", "Rosa", "Victor", "Iris", "Miles",
         "Camila", "Andrés", "Valentina", "Carlos", "Isabel", "Javier", "Ana", "Luis", "Carmen",
         "Kenji", "Mei", "Arjun", "Fatima", "Omar", "Yara", "Tomás", "Esther", "Ruth", "Paul",
         "Grant", "Lena", "Nadia", "Simon", "Tessa", "Wes", "Hugo", "Cora", "Dev", "Elise", "Finn"]
LAST = ["Bennett", "Nakamura", "Alvarez", "Okoro", "Lindqvist", "Fitzgerald", "Moreau", "Haddad",
        "Kowalski", "Brennan", "García", "Herrera", "Morales", "Ruiz", "Chen", "Patel", "Murphy",
        "Schwartz", "Nguyen", "Dubois", "Rossi", "Larsen", "Kim", "Osei", "Walsh", "Ibrahim",
        "Novak", "Singh", "Adler", "Byrne", "Sullivan", "Reyes", "Castillo", "Weiss", "Shah",
        "Okafor", "Cohen", "Park", "Lopez", "Martin", "Thompson", "Rivera", "Hughes", "Foster",
        "Price", "Barnes", "Ortiz", "Jensen", "Kaur", "Mendez", "Doyle", "Hayes", "Quinn", "Ward",
        "Flores", "Brooks", "Sato", "Petrov", "Mwangi", "Costa", "Silva", "Lin", "Rahman", "Dunn",
        "Keller", "Vargas", "Yilmaz", "Rowe", "Fischer", "Abbott", "Nolan", "Pierce", "Santos"]
SPANISH_FIRST = {"Lucía", "Mateo", "Sofía", "Diego", "Camila", "Andrés", "Valentina", "Carlos",
                 "Isabel", "Javier", "Ana", "Luis", "Carmen", "Tomás", "Rosa"}
CREDENTIALS = ["LCSW", "LMFT", "LPC", "LMHC", "PsyD", "PhD"]
# Area codes for numbers in the 555-01xx range set aside for fiction (checked with phonenumbers).
AREA_CODES = [617, 781, 857, 339, 978, 351, 508, 774, 413, 603, 401, 207, 802, 860, 203, 475,
              212, 646, 718, 917, 347, 929, 516, 631, 914, 845, 201, 973, 862, 908, 732, 848,
              609, 856, 215, 267, 610, 484, 412, 570, 717, 302, 410, 443, 301, 240, 202, 703,
              571, 804]
CANCEL_REASONS = ["unwell", "work conflict", "family emergency", "travel", "no childcare",
                  "car trouble", "feeling better", "forgot another appointment", ""]
NOTES = ["Interpreter needed (Spanish)", "Parking validation", "Prefers the side entrance",
         "Sliding-scale fee", "Bring insurance card", "Running late some weeks"]

# ---- what moves the no-show rate -----------------------------------------------------------
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAY_F = {0: 1.3, 1: 0.9, 2: 0.85, 3: 0.9, 4: 1.35, 5: 1.1}
HOUR_F = {8: 1.4, 9: 1.1, 10: 0.9, 11: 0.85, 12: 0.9, 13: 0.9, 14: 0.9, 15: 1.0, 16: 1.15,
          17: 1.35, 18: 1.5}
CONF_F = {Confirmation.CONFIRMED: 0.6, Confirmation.REQUESTED: 2.6,
          Confirmation.UNCONFIRMED: 3.4, Confirmation.RESCHEDULE_REQUESTED: 1.6,
          Confirmation.DECLINED: 3.0}
LEAD_BANDS = [(7, "0-7 d", 0.8), (21, "8-21 d", 1.0), (42, "22-42 d", 1.25), (84, "43-84 d", 1.6),
              (10_000, "85+ d", 2.0)]
FIRST_EVER_F, NEW_TO_CLINICIAN_F = 2.0, 1.3


def lead_band(days: float) -> tuple[str, float]:
    for top, label, factor in LEAD_BANDS:
        if days <= top:
            return label, factor
    raise AssertionError


def us_holidays(year: int) -> set[date]:
    """Days the practice is closed (observed on the nearest weekday)."""

    def nth(month: int, weekday: int, n: int) -> date:
        d = date(year, month, 1)
        d += timedelta(days=(weekday - d.weekday()) % 7)
        return d + timedelta(weeks=n - 1)

    def last(month: int, weekday: int) -> date:
        d = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        return d - timedelta(days=(d.weekday() - weekday) % 7)

    fixed = [date(year, 1, 1), date(year, 7, 4), date(year, 12, 24), date(year, 12, 25)]
    days = {d + timedelta(days={5: -1, 6: 1}.get(d.weekday(), 0)) for d in fixed}
    thanksgiving = nth(11, 3, 4)
    days |= {nth(1, 0, 3), last(5, 0), nth(9, 0, 1), thanksgiving,
             thanksgiving + timedelta(days=1)}
    return days


def fmt_dt(naive_utc: datetime) -> str:
    """A naive UTC datetime as the UTCDateTime column stores it (checked in check_formats)."""
    return naive_utc.isoformat(" ", "microseconds")


def check_formats(engine: Engine) -> None:
    """Prove the fast conversions equal what the mapped columns' types would bind."""
    dialect = engine.dialect
    proc = Appointment.__table__.c.start_at.type.dialect_impl(dialect).bind_processor(dialect)
    for v in (datetime(2026, 3, 8, 7, 0), datetime(2021, 11, 7, 5, 59, 59, 42)):
        want = proc(v.replace(tzinfo=UTC))
        if want != fmt_dt(v):
            raise SystemExit(f"datetime format changed: {want!r} != {fmt_dt(v)!r}")
    for col, value in ((Attendee.__table__.c.attendance, Attendance.NO_SHOW),
                       (Attendee.__table__.c.confirmation, Confirmation.RESCHEDULE_REQUESTED),
                       (Appointment.__table__.c.modality, Modality.TELEHEALTH),
                       (Series.__table__.c.frequency, Frequency.FORTNIGHTLY)):
        p = col.type.dialect_impl(dialect).bind_processor(dialect)
        got = p(value) if p else value
        if got != value.value:
            raise SystemExit(f"enum storage changed for {col}: {got!r}")


# ---- the simulation ------------------------------------------------------------------------
@dataclass
class Clin:
    idx: int
    full_name: str
    display_name: str
    slots: list[tuple[int, int, int]]  # (weekday, hour, minute) where sessions start
    base_no_show: float
    telehealth: float
    load: float
    room: str
    group: tuple[int, int, int] | None  # weekly 90-minute group: (weekday, hour, minute)
    vacations: set[int] = field(default_factory=set)  # week indices off
    lanes_free: list[bool] = field(default_factory=list)  # slot i: lanes 2i (even), 2i+1 (odd)
    busy: int = 0  # lanes taken
    group_members: list[tuple[int, int]] = field(default_factory=list)  # (client, last week)
    group_target: int = 6


@dataclass
class Appt:
    created: datetime
    clinician: int
    type_id: int
    start: datetime  # naive UTC
    end: datetime
    modality: Modality
    link: str
    location: str
    notes: str
    series: int | None  # index into History.series
    attendees: list[tuple]  # (client, confirmation, attendance, booked, cancelled, reason, arrived)
    cancelled: datetime | None
    updated: datetime


class History:
    def __init__(self, args: argparse.Namespace, now: datetime) -> None:
        self.rng = random.Random(args.seed)
        self.tz = ZoneInfo(TZ_NAME)
        self.now = now.astimezone(UTC).replace(tzinfo=None)  # naive UTC, like every time here
        self.today = now.astimezone(self.tz).date()
        first = self.today - timedelta(days=round(365.25 * args.years))
        self.first_day = first
        self.monday0 = first - timedelta(days=first.weekday())
        self.now_week = (self.today - self.monday0).days // 7
        self.weeks = self.now_week + FUTURE_WEEKS
        self.holidays: set[date] = set()
        for y in range(self.monday0.year, self.today.year + 2):
            self.holidays |= us_holidays(y)
        self.target = args.appointments
        self._utc: dict[tuple[date, int, int], datetime] = {}
        self.appts: list[Appt] = []
        self.series: list[tuple[Frequency, int, datetime]] = []
        self.stats: dict[str, dict] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        self.client_first_booked: dict[int, datetime] = {}
        self.pair_seen: set[tuple[int, int]] = set()
        self.seen: set[int] = set()
        self.clins = self._staff(args.clinicians)
        self.n_clients = args.clients or self._clients_needed()
        # How readily each client confirms a reminder: most do, some half the time, a few rarely.
        self.client_conf = [self.rng.choice((0.93,) * 7 + (0.75,) * 2 + (0.3,))
                            for _ in range(self.n_clients)]
        self.next_new = 0
        self.free_seen: list[int] = []
        self.returning: list[tuple[int, int]] = []  # heap of (week free again, client)
        self.episodes = 0
        self.join_week: dict[tuple[int, int], int] = {}  # (clinician, client): joined a group
        self.group_series: dict[tuple[int, int], int] = {}  # (clinician, term): series index

    # -- staff and capacity -----------------------------------------------------------------
    def _staff(self, wanted: int) -> list[Clin]:
        n = max(1, wanted)
        while True:
            self.rng = random.Random(self.rng.random())
            clins = [self._clinician(i) for i in range(n)]
            occ = self._occupancy(clins)
            if occ <= OCC_MAX:
                self.occ = occ
                return clins
            n = max(n + 1, math.ceil(n * occ / OCC_MAX))

    def _clinician(self, i: int) -> Clin:
        r = self.rng
        first, last = r.choice(FIRST), r.choice(LAST)
        if r.random() < 0.4:
            full, shown = f"Dr. {first} {last}", f"Dr. {last}"
        else:
            full, shown = f"{first} {last}, {r.choice(CREDENTIALS)}", first
        days = [0, 1, 2, 3, 4]
        if r.random() < 0.2:
            days.remove(r.choice([0, 4, 4, 2]))
        start_h, end_h = r.choice([8, 8, 9, 9, 10]), r.choice([17, 18, 18, 19, 19])
        minute = 30 if r.random() < 0.25 else 0
        lunch = r.choice([12, 13, None, 12, 13])
        group = None
        if r.random() < 0.15 or i == 2:  # about one in seven runs a group; always one
            group = (r.choice(days[1:] or days), *r.choice([(17, 30), (12, 0), (17, 30)]))
        slots = []
        for wd in days:
            for h in range(start_h, end_h):
                s = h * 60 + minute
                if s + 50 > end_h * 60 or h == lunch:
                    continue
                if group and group[0] == wd:
                    g = group[1] * 60 + group[2]
                    if s < g + 90 and g < s + 50:
                        continue
                slots.append((wd, h, minute))
        if r.random() < 0.12:
            slots += [(5, h, 0) for h in (9, 10, 11, 12)]
        vacations: set[int] = set()
        for y0 in range(0, self.weeks, 52):
            for _ in range(r.choice([2, 3, 3, 4])):
                w = y0 + r.randrange(52)
                vacations.add(w)
                if r.random() < 0.4:
                    vacations.add(w + 1)
        return Clin(idx=i, full_name=full, display_name=shown, slots=slots,
                    base_no_show=0.0, telehealth=min(0.8, max(0.05, r.gauss(0.35, 0.12))),
                    load=min(1.12, max(0.75, r.gauss(1.0, 0.1))), room=f"Room {i % 12 + 1}",
                    group=group, vacations=vacations, group_target=r.randint(5, 8))

    def _occupancy(self, clins: list[Clin]) -> float:
        """Share of slot-lanes that must be booked to reach the target (2 lanes per slot)."""
        past_weeks = self.now_week + 3  # roughly what gets booked ahead
        lane_weeks = sum(2 * len(c.slots) * (past_weeks - len(c.vacations) * past_weeks
                                             / self.weeks) for c in clins)
        groups = sum(past_weeks * 0.94 for c in clins if c.group)
        return max(0.05, (self.target - groups) / (0.5 * lane_weeks * 0.975) * CALIBRATION)

    def _clients_needed(self) -> int:
        lanes = sum(2 * len(c.slots) * min(1.0, c.load * self.occ) for c in self.clins)
        concurrent = lanes / 1.7 + sum(c.group_target for c in self.clins if c.group)
        return max(500, math.ceil(concurrent * 1.6))  # some are between episodes

    # -- clients ----------------------------------------------------------------------------
    def _pick_client(self, w: int) -> int | None:
        while self.returning and self.returning[0][0] <= w:
            self.free_seen.append(heapq.heappop(self.returning)[1])
        unused = self.n_clients - self.next_new
        expected_left = max(1.0, self.target / 22 - self.episodes)
        if unused and (not self.free_seen or self.rng.random() < unused / expected_left):
            self.next_new += 1
            return self.next_new - 1
        if self.free_seen:
            i = self.rng.randrange(len(self.free_seen))
            self.free_seen[i], self.free_seen[-1] = self.free_seen[-1], self.free_seen[i]
            return self.free_seen.pop()
        return None

    def _release(self, client: int, week: int) -> None:
        heapq.heappush(self.returning, (week + self.rng.randint(1, 16), client))

    # -- time -------------------------------------------------------------------------------
    def day_of(self, w: int, weekday: int) -> date:
        return self.monday0 + timedelta(days=7 * w + weekday)

    def utc(self, d: date, h: int, m: int) -> datetime:
        key = (d, h, m)
        v = self._utc.get(key)
        if v is None:
            local = datetime(d.year, d.month, d.day, h, m, tzinfo=self.tz)
            v = self._utc[key] = local.astimezone(UTC).replace(tzinfo=None)
        return v

    def office_time(self, d: date) -> datetime:
        """A moment during office hours on local day d (when a booking was made)."""
        r = self.rng
        return self.utc(d, r.randint(9, 17), r.randrange(60)) + timedelta(seconds=r.randrange(60))

    # -- the run ----------------------------------------------------------------------------
    def run(self) -> None:
        r = self.rng
        for i, c in enumerate(self.clins):
            # 3% ... 15% once the other factors (which average about 1.2) are applied
            c.base_no_show = (0.03 + 0.12 * i / max(1, len(self.clins) - 1)) / 1.2
            c.lanes_free = [True] * (2 * len(c.slots))
        r.shuffle(no_show := [c.base_no_show for c in self.clins])
        tele = 0.35 * len(self.clins) / sum(c.telehealth for c in self.clins)
        for c, p in zip(self.clins, no_show, strict=True):
            c.base_no_show = p
            c.telehealth = min(0.9, c.telehealth * tele)  # averages 35% across clinicians
        releases: dict[int, list[tuple[Clin, list[int]]]] = defaultdict(list)
        for w in range(self.weeks):
            for c, lanes in releases.pop(w, ()):
                for lane in lanes:
                    c.lanes_free[lane] = True
                c.busy -= len(lanes)
            for c in self.clins:
                if c.group:
                    self._group_week(c, w)
                if w in c.vacations:
                    continue
                want = min(len(c.lanes_free), round(len(c.lanes_free) * self.occ * c.load))
                budget = len(c.lanes_free) if w == 0 else r.choice([1, 2, 2, 3, 4])
                while c.busy < want and budget > 0:
                    budget -= 1
                    if not self._episode(c, w, releases, ongoing=(w == 0)):
                        break

    def _episode(self, c: Clin, w: int, releases, ongoing: bool) -> bool:
        r = self.rng
        free = [i for i, f in enumerate(c.lanes_free) if f]
        if not free:
            return False
        lane = r.choice(free)
        slot_i, parity = divmod(lane, 2)
        other = slot_i * 2 + (1 - parity)
        weekly = c.lanes_free[other] and r.random() < 0.72
        client = self._pick_client(w)
        if client is None:
            return False
        self.episodes += 1
        lanes = [lane, other] if weekly else [lane]
        for ln in lanes:
            c.lanes_free[ln] = False
        c.busy += len(lanes)
        period = 1 if weekly else 2
        start_w = w if weekly or w % 2 == parity else w + 1
        roll = r.random()
        if ongoing:  # a client already in care when the history starts
            n = r.randint(1, 40) if roll < 0.8 else r.randint(40, 200)
        elif roll < 0.12:
            n = 1  # came to the intake and never returned
        elif roll < 0.25:
            n = r.randint(2, 5)
        elif roll < 0.86:
            n = min(60, max(6, int(r.lognormvariate(math.log(14), 0.55))))
        else:
            n = r.randint(40, 200)  # long-term
        wd, h, m = c.slots[slot_i]
        weeks: list[tuple[int, bool]] = []  # (week, after a gap)
        wk, gap = start_w, False
        while len(weeks) < n and wk < self.weeks:
            if wk in c.vacations or self.day_of(wk, wd) in self.holidays:
                gap = True
            else:
                weeks.append((wk, gap))
                gap = False
            wk += period
        end_w = weeks[-1][0] if weeks else start_w
        releases[end_w + 1].append((c, lanes))
        self._release(client, end_w)
        if not weeks:
            return True
        first_ever = not ongoing and client not in self.seen
        self.seen.add(client)
        new_pair = not ongoing and (client, c.idx) not in self.pair_seen
        self.pair_seen.add((client, c.idx))
        tele = r.random() < c.telehealth
        modality = Modality.TELEHEALTH if tele else Modality.IN_PERSON
        regular = T_TELEHEALTH if tele else (T_COUPLES if r.random() < 0.06 else T_INDIVIDUAL)
        link = f"https://video.example.org/s/{r.randrange(10**9):09d}" if tele else ""
        location = "" if tele else c.room
        notes = r.choice(NOTES) if r.random() < 0.04 else ""
        block = r.choice([1, 4, 4, 6, 6, 8, 8, 12, 12, 12])
        freq = Frequency.WEEKLY if weekly else Frequency.FORTNIGHTLY
        i = 0
        prev_end: datetime | None = None
        while i < len(weeks):
            wk0 = weeks[i][0]
            d0 = self.day_of(wk0, wd)
            if i == 0 and new_pair:  # the intake, booked on its own from the waiting list
                lead = min(75, max(1, int(r.lognormvariate(math.log(8), 0.75))))
                booked = self.office_time(d0 - timedelta(days=lead))
                if booked > self.now:
                    return True
                self._session(c, client, d0, h, m, T_INTAKE, modality, link, location, notes,
                              None, booked, first_ever, True)
                prev_end = self.utc(d0, h, m) + timedelta(minutes=60)
                i += 1
                continue
            if prev_end is None:  # ongoing care: the block was booked at the previous visit
                prev_end = self.utc(d0 - timedelta(weeks=period), h, m) + timedelta(minutes=50)
            booked = prev_end + timedelta(minutes=r.randint(1, 20))
            if booked > self.now:
                return True
            j = i + 1
            while j < len(weeks) and j - i < block and not weeks[j][1]:
                j += 1
            key = None
            if j - i > 1:
                key = len(self.series)
                self.series.append((freq, j - i, booked))
            for wk_, _ in weeks[i:j]:
                d = self.day_of(wk_, wd)
                self._session(c, client, d, h, m, regular, modality, link, location, notes,
                              key, booked, False, False)
            prev_end = self.utc(self.day_of(weeks[j - 1][0], wd), h, m) + timedelta(minutes=50)
            i = j
        return True

    def _group_week(self, c: Clin, w: int) -> None:
        r = self.rng
        wd, h, m = c.group
        d = self.day_of(w, wd)
        kept = []
        for client, last_w in c.group_members:
            if last_w < w:
                self._release(client, w)
            else:
                kept.append((client, last_w))
        c.group_members = kept
        joins = c.group_target if w == 0 else r.choice([0, 1, 1, 2])
        members = {cl for cl, _ in kept}
        while len(c.group_members) < c.group_target and joins > 0:
            joins -= 1
            client = self._pick_client(w)
            if client is None:
                break
            if client in members:  # cannot happen (a client is in one episode at a time)
                continue
            self.seen.add(client)
            c.group_members.append((client, w + r.randint(8, 20)))
            self.join_week[(c.idx, client)] = w
        if w in c.vacations or d in self.holidays or len(c.group_members) < 4:
            return
        term = (w // 12) * 12
        term_booked = self.office_time(self.day_of(term, 0) - timedelta(days=14))
        if term_booked > self.now:
            return
        key = self.group_series.get((c.idx, term))
        if key is None:
            key = self.group_series[(c.idx, term)] = len(self.series)
            self.series.append((Frequency.WEEKLY, 12, term_booked))
        people = []
        for client, _ in c.group_members[:8]:
            jw = self.join_week[(c.idx, client)]
            booked = max(term_booked, self.office_time(self.day_of(jw, 0) - timedelta(days=5)))
            if booked <= self.now:
                people.append((client, booked))
        if len(people) < 4:
            return
        self._session(c, None, d, h, m, T_GROUP, Modality.IN_PERSON, "", "Group room", "",
                      key, term_booked, False, False, people=people)

    # -- one session and what became of it ------------------------------------------------
    def _session(self, c: Clin, client, d: date, h: int, m: int, type_id: int,
                 modality: Modality, link: str, location: str, notes: str, series: int | None,
                 booked: datetime, first_ever: bool, new_pair: bool, people=None) -> None:
        start = self.utc(d, h, m)
        if d < self.first_day:
            return
        end = start + timedelta(minutes=DURATION[type_id])
        r = self.rng
        practice_off = r.random() < 0.008  # the clinician is unwell: the practice cancels
        attendees = []
        for cl, bk in people or [(client, booked)]:
            attendees.append(self._outcome(c, cl, d, h, start, bk, first_ever, new_pair,
                                           practice_off))
        live = [a for a in attendees if not a[2].is_cancelled]
        cancelled = None if live else max(a[4] for a in attendees)
        updated = max([booked] + [a[4] for a in attendees if a[4]]
                      + [a[6] for a in attendees if a[6]])
        self.appts.append(Appt(min(a[3] for a in attendees), c.idx, type_id, start, end,
                               modality, link, location, notes, series, attendees, cancelled,
                               updated))

    def _outcome(self, c: Clin, client: int, d: date, h: int, start: datetime,
                 booked: datetime, first_ever: bool, new_pair: bool, practice_off: bool):
        r, now = self.rng, self.now
        first = self.client_first_booked.get(client)
        if first is None or booked < first:
            self.client_first_booked[client] = booked
        lead_days = (start - booked).total_seconds() / 86400
        # The reminder goes out two days ahead; the answer (or none) decides the state.
        reminder = start - timedelta(hours=48)
        reply_at = None
        if booked < reminder:
            if r.random() < self.client_conf[client]:
                final = Confirmation.CONFIRMED
            else:
                x = r.random()
                final = (Confirmation.REQUESTED if x < 0.68 else
                         Confirmation.UNCONFIRMED if x < 0.82 else
                         Confirmation.DECLINED if x < 0.92 else
                         Confirmation.RESCHEDULE_REQUESTED)
            reply_at = reminder + timedelta(minutes=r.randint(5, 20 * 60))
            if final is Confirmation.UNCONFIRMED or now < reminder:  # not (yet) reached
                shown = Confirmation.UNCONFIRMED
            elif final is Confirmation.REQUESTED or now < reply_at:
                shown = Confirmation.REQUESTED
            else:
                shown = final
        else:  # booked within two days: confirmed on the phone, or not at all
            final = Confirmation.CONFIRMED if r.random() < 0.7 else Confirmation.UNCONFIRMED
            shown = final
        # Cancellations, each at the moment it would have happened (only if that is past).
        cancel = None  # (when, attendance, reason)
        if practice_off:
            cancel = (start - timedelta(minutes=r.randint(120, 1200)), Attendance.CANCELLED,
                      "Clinician unwell")
        elif final is Confirmation.DECLINED:
            cancel = (reply_at, None, "Declined the reminder")
        elif final is Confirmation.RESCHEDULE_REQUESTED and r.random() < 0.6:
            cancel = (reply_at + timedelta(minutes=r.randint(5, 240)), None,
                      "Asked to reschedule")
        else:
            x = r.random()
            early = 0.05 * (1.4 if lead_days > 42 else 1.0)
            if x < early and lead_days > 2:
                span = (start - timedelta(hours=LATE_CANCEL_HOURS) - booked).total_seconds()
                cancel = (booked + timedelta(seconds=r.random() * span), None,
                          r.choice(CANCEL_REASONS))
            elif x < early + 0.03 * WEEKDAY_F.get(d.weekday(), 1.0):
                cancel = (start - timedelta(minutes=r.randint(60, 23 * 60)), None,
                          r.choice(CANCEL_REASONS))
        if cancel and cancel[0] > booked and cancel[0] <= now:
            when, kind, reason = cancel
            if kind is None:
                late = start - when < timedelta(hours=LATE_CANCEL_HOURS)
                kind = Attendance.LATE_CANCELLED if late else Attendance.CANCELLED
            return (client, shown, kind, booked, when, reason, None)
        if start > now:
            return (client, shown, Attendance.BOOKED, booked, None, "", None)
        # It happened (or should have): attendance, unless nobody recorded it yet.
        if (d == self.today and r.random() < 0.15) or r.random() < 0.005:
            return (client, shown, Attendance.BOOKED, booked, None, "", None)
        band, lead_f = lead_band(lead_days)
        visit = "first visit" if first_ever else "new to clinician" if new_pair else "returning"
        p = (c.base_no_show * WEEKDAY_F.get(d.weekday(), 1.0) * HOUR_F.get(h, 1.0) * lead_f
             * CONF_F[final]
             * (FIRST_EVER_F if first_ever else NEW_TO_CLINICIAN_F if new_pair else 1.0))
        no_show = r.random() < min(0.85, p)
        s = self.stats
        for k, v in (("weekday", WEEKDAYS[d.weekday()]),
                     ("hour", h), ("lead time", band), ("visit", visit),
                     ("confirmation", final.value), ("clinician", c.idx)):
            s[k][v][0] += 1
            s[k][v][1] += no_show
        if no_show:
            return (client, shown, Attendance.NO_SHOW, booked, None, "", None)
        arrived = min(now, start + timedelta(seconds=r.randint(-12 * 60, 8 * 60)))
        return (client, shown, Attendance.ARRIVED, booked, None, "", arrived)


# ---- writing it ----------------------------------------------------------------------------
def build_engine_for_load(engine: Engine) -> None:
    """The generator's own connections skip fsync and get a big cache (the app's do not)."""

    @event.listens_for(engine, "connect")
    def _fast(dbapi_conn, _record):
        dbapi_conn.execute("PRAGMA synchronous = OFF")
        dbapi_conn.execute("PRAGMA cache_size = -524288")

    engine.dispose()  # drop the connection opened with the defaults


def seed_practice(svc: Services, hist: History, clock: FixedClock) -> None:
    clock.set(datetime.combine(hist.monday0 - timedelta(days=400), datetime.min.time(), UTC))
    svc.practice.update_settings(PracticeInfo(
        name="Riverside Counseling Collaborative", phone="(617) 555-0100",
        address="400 Atlantic Avenue, Floor 5\nBoston, MA 02110", timezone=TZ_NAME,
        region="US", late_cancel_hours=LATE_CANCEL_HOURS, day_start_hour=8, day_end_hour=20),
        ACTOR)
    for c in hist.clins:
        c_id = svc.practice.save_clinician(ClinicianInfo(0, c.full_name, c.display_name),
                                           ACTOR).id
        if c_id != c.idx + 1:
            raise SystemExit("expected a fresh database (clinician ids from 1)")
    for i, (name, minutes, modality, group) in enumerate(TYPES, start=1):
        t = svc.practice.save_appointment_type(
            AppointmentTypeInfo(0, name, minutes, modality, group), ACTOR)
        if t.id != i:
            raise SystemExit("expected a fresh database (type ids from 1)")


def seed_clients(svc: Services, hist: History, clock: FixedClock) -> None:
    import phonenumbers

    r = random.Random(hist.rng.random())
    areas = [a for a in AREA_CODES
             if phonenumbers.is_valid_number(phonenumbers.parse(f"({a}) 555-0100", "US"))]
    numbers = [f"({a}) 555-01{k:02d}" for a in areas for k in range(100)]
    r.shuffle(numbers)
    default_created = hist.utc(hist.monday0 - timedelta(days=30), 10, 0)
    hist.reach = []  # how each client's reminders travel (bench/history_messages.py)
    for i in range(hist.n_clients):
        first, last = r.choice(FIRST), r.choice(LAST)
        booked = hist.client_first_booked.get(i, default_created)
        clock.set((booked - timedelta(minutes=r.randint(5, 3 * 24 * 60))).replace(tzinfo=UTC))
        shared = i >= len(numbers)  # a household number once the fictional range runs out
        mobile = numbers[i % len(numbers)]
        whatsapp = mobile if r.random() < 0.06 else ""
        channel = (Channel.EMAIL if r.random() < 0.15 else
                   Channel.WHATSAPP if whatsapp else Channel.SMS)
        email = f"{first}.{last}.{i}@example.org".lower()
        email = email.translate(str.maketrans("áéíóúñ", "aeioun"))
        c = svc.clients.create(ClientInput(
            first_name=first, last_name=last, mobile=mobile, email=email, whatsapp=whatsapp,
            preferred_channel=channel,
            language=Language.SPANISH if first in SPANISH_FIRST and r.random() < 0.6
            else Language.ENGLISH,
            shared_phone=shared), ACTOR)
        if c.id != i + 1:
            raise SystemExit("expected a fresh database (client ids from 1)")
        sms_ok = channel is not Channel.EMAIL or r.random() < 0.9
        if sms_ok:
            svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED, "intake form",
                                    ACTOR)
        email_ok = channel is Channel.EMAIL or r.random() < 0.2
        if email_ok:
            svc.clients.set_consent(c.id, Channel.EMAIL, ConsentStatus.GRANTED, "intake form",
                                    ACTOR)
        hist.reach.append(reach_of(channel, bool(whatsapp), sms_ok, email_ok))


def bulk_load(engine: Engine, hist: History,
              maker: MessageMaker | None = None) -> tuple[int, int, int]:
    """Series, appointments and attendees (and with a MessageMaker, outbox rows and
    reschedule audit entries): one transaction, executemany in batches."""
    check_formats(engine)
    order = sorted(range(len(hist.series)), key=lambda k: hist.series[k][2])
    series_id = {k: n for n, k in enumerate(order, start=1)}
    series_rows = [(series_id[k], hist.series[k][0].value, hist.series[k][1],
                    fmt_dt(hist.series[k][2])) for k in order]
    hist.appts.sort(key=lambda a: (a.created, a.start))
    first_of_series: dict[int, datetime] = {}
    for a in hist.appts:
        if a.series is not None and a.start < first_of_series.get(a.series, datetime.max):
            first_of_series[a.series] = a.start
    hist.n_messages = hist.n_moved = 0

    def rows():
        appts, people, messages, moved = [], [], [], []
        att_id = 0
        for appt_id, a in enumerate(hist.appts, start=1):
            appts.append((appt_id, a.clinician + 1, a.type_id, fmt_dt(a.start), fmt_dt(a.end),
                          a.modality.value, a.link, a.location, a.notes,
                          None if a.series is None else series_id[a.series],
                          None if a.cancelled is None else fmt_dt(a.cancelled),
                          fmt_dt(a.created), fmt_dt(a.updated)))
            for cl, conf, att, booked, cancelled, reason, arrived in a.attendees:
                att_id += 1
                people.append((att_id, appt_id, cl + 1, conf.value, att.value, fmt_dt(booked),
                               None if cancelled is None else fmt_dt(cancelled), reason,
                               None if arrived is None else fmt_dt(arrived)))
            if maker is not None:
                first = a.series is None or first_of_series[a.series] == a.start
                messages += maker.for_appointment(appt_id, a, first)
                entry = maker.moved(appt_id, a)
                if entry is not None:
                    moved.append(entry)
            if len(appts) >= BATCH:
                yield appts, people, messages, moved
                appts, people, messages, moved = [], [], [], []
        yield appts, people, messages, moved

    def sql(model, cols: tuple[str, ...]) -> str:
        """The INSERT of `cols` (positional); refused if the table lost one of them or gained
        a column that must be given (not nullable, no default)."""
        table = model.__table__
        have = tuple(c.name for c in table.c)
        must = tuple(c.name for c in table.c if c.name not in cols and not c.nullable
                     and c.default is None and c.server_default is None)
        if not set(cols) <= set(have) or must:
            raise SystemExit(f"the {table.name} table changed ({have}); update {__file__}")
        return (f"INSERT INTO {table.name} ({', '.join(cols)}) "
                f"VALUES ({', '.join('?' for _ in cols)})")

    series_sql = sql(Series, ("id", "frequency", "occurrences", "created_at"))
    appt_sql = sql(Appointment, ("id", "clinician_id", "type_id", "start_at", "end_at",
                                 "modality", "telehealth_link", "location", "notes",
                                 "series_id", "cancelled_at", "created_at", "updated_at"))
    att_sql = sql(Attendee, ("id", "appointment_id", "client_id", "confirmation", "attendance",
                             "booked_at", "cancelled_at", "cancel_reason", "arrived_at"))
    msg_sql = sql(OutboxMessage, (
        "id", "uid", "appointment_id", "client_id", "step", "channel", "anchor_at", "due_at",
        "useful_until", "state", "attempts", "next_attempt_at", "provider_id", "error_code",
        "reason", "body", "content_sid", "planned_at", "sending_at", "sent_at", "delivered_at",
        "updated_at"))
    audit_cols = ("id", "at", "actor", "action", "entity", "entity_id", "detail", "prev_hash",
                  "hash")
    audit_sql = sql(AuditEntry, audit_cols)
    n_appts = n_people = 0
    with engine.begin() as conn:
        for k in range(0, len(series_rows), BATCH):
            conn.exec_driver_sql(series_sql, series_rows[k:k + BATCH])
        for appts, people, messages, moved in rows():
            if appts:
                conn.exec_driver_sql(appt_sql, appts)
                conn.exec_driver_sql(att_sql, people)
                n_appts += len(appts)
                n_people += len(people)
            if messages:
                conn.exec_driver_sql(msg_sql, messages)
                hist.n_messages += len(messages)
            if moved:  # chained after the trail's end (frontdesk.services.audit.link)
                entries = [dict(zip(("at", "actor", "action", "entity", "entity_id", "detail"),
                                    m, strict=True)) for m in moved]
                audit.link(conn, entries)
                conn.exec_driver_sql(audit_sql, [tuple(e[c] for c in audit_cols)
                                                 for e in entries])
                hist.n_moved += len(moved)
        # The trends cache (frontdesk.services.trends) reads a new history whole: nothing is
        # pending for it, whatever the triggers noted during the load.
        conn.exec_driver_sql("DELETE FROM stats_dirty")
    return len(series_rows), n_appts, n_people


def busiest_day(hist: History) -> tuple[str, int]:
    per_day: dict[date, int] = defaultdict(int)
    tz = hist.tz
    for a in hist.appts:
        if a.start < hist.now:
            per_day[a.start.replace(tzinfo=UTC).astimezone(tz).date()] += len(a.attendees)
    day, rows = max(per_day.items(), key=lambda kv: kv[1])
    return day.isoformat(), rows


def check_history(hist: History) -> None:
    """No clinician and no client is ever in two sessions at once (cancelled ones included)."""
    by_clin: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    by_client: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    for a in hist.appts:
        by_clin[a.clinician].append((a.start, a.end))
        for person in a.attendees:
            by_client[person[0]].append((a.start, a.end))
    for what, groups in (("clinician", by_clin), ("client", by_client)):
        for key, spans in groups.items():
            spans.sort()
            for (_, end), (start, _) in pairwise(spans):
                if start < end:
                    raise SystemExit(f"overlapping sessions for {what} {key} at {start}")


def print_mix(hist: History) -> None:
    n = len(hist.appts)
    tele = sum(a.modality is Modality.TELEHEALTH for a in hist.appts)
    groups = [len(a.attendees) for a in hist.appts if a.type_id == T_GROUP]
    sat = sum(a.start.replace(tzinfo=UTC).astimezone(hist.tz).weekday() == 5 for a in hist.appts)
    people = [p for a in hist.appts for p in a.attendees]
    cancelled = sum(p[2] is Attendance.CANCELLED for p in people)
    late = sum(p[2] is Attendance.LATE_CANCELLED for p in people)
    upcoming = [p for a in hist.appts if a.start >= hist.now for p in a.attendees]
    unconf = sum(p[1] is Confirmation.UNCONFIRMED for p in upcoming)
    print(f"mix: telehealth {tele / n:.1%}; Saturday {sat / n:.1%}; {len(groups):,} group "
          f"sessions ({min(groups, default=0)}-{max(groups, default=0)} attendees); "
          f"cancelled {cancelled / len(people):.1%}, late-cancelled {late / len(people):.1%}; "
          f"{len(upcoming):,} places booked from now on, {unconf / max(1, len(upcoming)):.0%} "
          f"of them unconfirmed", flush=True)


def print_patterns(hist: History) -> None:
    """No-show rate (of sessions that took place or were missed) by each factor."""

    def rate(v):
        return f"{100 * v[1] / v[0]:.1f}%" if v[0] else "-"

    s = hist.stats
    print("no-show rate by", flush=True)
    for key in ("weekday", "hour", "lead time", "visit", "confirmation"):
        items = s[key].items()
        if key == "weekday":
            items = sorted(items, key=lambda kv: WEEKDAYS.index(kv[0]))
        elif key == "hour":
            items = sorted(items)
        elif key == "lead time":
            labels = [b[1] for b in LEAD_BANDS]
            items = sorted(items, key=lambda kv: labels.index(kv[0]))
        print(f"  {key}: " + ", ".join(f"{k} {rate(v)}" for k, v in items))
    by_c = sorted(rate(v) for v in s["clinician"].values())
    per_clin = sorted((v[1] / v[0]) for v in s["clinician"].values() if v[0])
    print(f"  clinician: from {100 * per_clin[0]:.1f}% to {100 * per_clin[-1]:.1f}% "
          f"({len(by_c)} clinicians)")
    total = [sum(v[0] for v in s["weekday"].values()), sum(v[1] for v in s["weekday"].values())]
    print(f"  overall: {rate(total)}")


def remove_history(data_dir: Path) -> None:
    """Delete a previous benchmark history (only the files FrontDesk and this script make)."""
    paths = AppPaths(data_dir)
    for f in (paths.database, paths.database.with_name(paths.database.name + "-wal"),
              paths.database.with_name(paths.database.name + "-shm"), paths.recovery_file,
              data_dir / META_NAME):
        f.unlink(missing_ok=True)
    for d in (paths.backups_dir, paths.log_dir):
        shutil.rmtree(d, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR,
                    help="folder for the database (default: bench/out/history)")
    ap.add_argument("--years", type=float, default=5.0, help="years of history before today")
    ap.add_argument("--clinicians", type=int, default=20,
                    help="clinicians (more are added if the appointments need them)")
    ap.add_argument("--appointments", type=int, default=1_000_000,
                    help="approximate number of appointments")
    ap.add_argument("--clients", type=int, default=0,
                    help="clients (default: enough for the caseloads)")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--force", action="store_true",
                    help="replace an existing history in --data-dir")
    ap.add_argument("--no-messages", action="store_true",
                    help="no outbox rows and no reschedule audit entries (as before)")
    args = ap.parse_args(argv)
    data_dir = args.data_dir.resolve()
    paths = AppPaths(data_dir)
    if paths.database.exists():
        if not args.force:
            print(f"{paths.database} exists; use --force to replace it", file=sys.stderr)
            return 2
        remove_history(data_dir)

    t0 = time.perf_counter()
    now = datetime.now(UTC)
    hist = History(args, now)
    if len(hist.clins) > args.clinicians:
        print(f"note: {args.appointments:,} appointments in {args.years:g} years do not fit "
              f"{args.clinicians} clinicians at a realistic caseload (at most "
              f"{OCC_MAX:.0%} of 8:00-19:00 weekday slots); using {len(hist.clins)} clinicians",
              flush=True)
    hist.run()
    check_history(hist)
    t_sim = time.perf_counter()
    print(f"simulated {len(hist.appts):,} sessions in {t_sim - t0:.1f} s", flush=True)

    vault = Vault(paths.ensure(), SecretStore())
    opened = vault.create()
    build_engine_for_load(opened.engine)
    clock = FixedClock(now)
    svc = Services.build(opened.engine, clock)
    svc.practice.store_recovery_code(opened.recovery_code)
    seed_practice(svc, hist, clock)
    seed_clients(svc, hist, clock)
    t_clients = time.perf_counter()
    print(f"practice, {len(hist.clins)} clinicians, {len(TYPES)} types and "
          f"{hist.n_clients:,} clients through the services in {t_clients - t_sim:.1f} s",
          flush=True)
    maker = None if args.no_messages else MessageMaker(args.seed, hist.now, hist.reach, fmt_dt)
    n_series, n_appts, n_people = bulk_load(opened.engine, hist, maker)
    t_load = time.perf_counter()
    print(f"bulk-loaded {n_appts:,} appointments, {n_people:,} attendees, {n_series:,} series, "
          f"{hist.n_messages:,} outbox rows, {hist.n_moved:,} reschedule audit entries "
          f"in {t_load - t_clients:.1f} s", flush=True)
    if maker is not None:
        print("outbox states: " + ", ".join(
            f"{k} {v:,}" for k, v in sorted(maker.counts.items(), key=lambda kv: -kv[1])),
            flush=True)
    with opened.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    # Read today back through the service, as the app will.
    clock.set(now)
    today_rows = len(svc.schedule.day(hist.today))
    svc.close()

    busy, busy_rows = busiest_day(hist)
    size = paths.database.stat().st_size
    total = time.perf_counter() - t0
    meta = {
        "generated_at": now.isoformat(timespec="seconds"), "seed": args.seed,
        "years": args.years, "clinicians": len(hist.clins),
        "clinicians_requested": args.clinicians, "clients": hist.n_clients,
        "appointments": n_appts, "attendees": n_people, "series": n_series,
        "outbox_messages": hist.n_messages, "moved_appointments": hist.n_moved,
        "today": hist.today.isoformat(), "today_rows": today_rows,
        "busiest_day": busy, "busiest_day_rows": busy_rows,
        "database_bytes": size, "seconds": round(total, 1),
        "recovery_code": opened.recovery_code,
        "note": "Synthetic benchmark data. The recovery code lets bench/run.py put the key "
                "back into a new keyring (Vault.recover).",
    }
    (data_dir / META_NAME).write_text(json.dumps(meta, indent=2) + "\n")
    print_mix(hist)
    print_patterns(hist)
    print(f"today {hist.today} has {today_rows} schedule rows; busiest past day {busy} "
          f"has {busy_rows}")
    print(f"done in {total:.1f} s: {n_appts:,} appointments, {n_people:,} attendees, "
          f"{n_series:,} series, {len(hist.clins)} clinicians, {hist.n_clients:,} clients; "
          f"{size / 2**20:,.0f} MB at {paths.database}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
