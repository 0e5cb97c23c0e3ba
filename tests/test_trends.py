"""No-show trends: the cache's figures against plain SQL (reference) and plain Python.

Generated practices (seeded), edge cases (no data, one clinician, daylight-saving weeks,
cancelled-then-rebooked places), changes after the cache was built, the saved snapshot,
filters, the session fee and the CSV export.
"""

from __future__ import annotations

import csv
import random
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.orm import selectinload, sessionmaker

from frontdesk.domain import Attendance, Channel, Confirmation, MessageState, Modality, Step
from frontdesk.models import (
    Appointment,
    Attendee,
    AuditEntry,
    Client,
    OutboxMessage,
    StatsDirty,
    StatsSnapshot,
)
from frontdesk.models.stats import TRIGGERS
from frontdesk.services.dto import AppointmentEdit, ClientInput, ClinicianInfo
from frontdesk.services.errors import ValidationError
from frontdesk.services.trends import Counts, Filters, TrendsService, codes, reference
from frontdesk.services.trends import cache as cache_module
from tests.helpers import BOSTON


def local(y, mo, d, h=10, mi=0, fold=0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=BOSTON, fold=fold)


@pytest.fixture
def trends(services, clock) -> TrendsService:
    return TrendsService(sessionmaker(services.engine, expire_on_commit=False), clock)


def check(trends: TrendsService, filters: Filters | None = None):
    """The report under these filters equals the plain-SQL GROUP BY, figure for figure."""
    filters = filters or Filters()
    report = trends.refresh(filters)
    with trends.sessions() as s:
        ref = reference.compute(s.connection(), report.timezone, filters, trends.clock.now())
    assert report.tables() == ref.tables
    assert reference.headline_of(report) == ref.headline
    return report


# ---- a generated practice ------------------------------------------------------------------
LEADS = [timedelta(0), timedelta(days=2) - timedelta(microseconds=1), timedelta(days=2),
         timedelta(days=7, hours=23), timedelta(days=8), timedelta(days=15),
         timedelta(days=31) - timedelta(microseconds=1), timedelta(days=31),
         timedelta(days=90), -timedelta(hours=1)]
ATTENDANCE = [Attendance.ARRIVED] * 6 + [Attendance.NO_SHOW, Attendance.LATE_CANCELLED,
                                         Attendance.CANCELLED, Attendance.BOOKED]


def generate(practice, rng: random.Random, n: int, first: date, days: int) -> None:
    """n appointments over `days` days from `first` (DST changes included), with places,
    reminder rows in every state and channel, and reschedules, written with the ORM."""
    svc = practice.svc
    third = svc.practice.save_clinician(ClinicianInfo(0, "Third Person", "Third"), "test")
    clinicians = [practice.okafor.id, practice.reyes.id, third.id]
    kinds = [practice.individual, practice.tele, practice.group]
    with svc.schedule.sessions.begin() as s:
        extra = [Client(first_name=f"C{i}", last_name="Test",
                        created_at=datetime(2025, 1, 1, tzinfo=UTC)) for i in range(12)]
        s.add_all(extra)
        s.flush()
        clients = [practice.ana.id, practice.ben.id, practice.cleo.id] + [c.id for c in extra]
        special = [local(2025, 11, 2, 1, 30, fold=0), local(2025, 11, 2, 1, 30, fold=1),
                   local(2026, 3, 8, 1, 59), local(2026, 3, 8, 3, 0), local(2026, 3, 1, 23, 59),
                   local(2026, 3, 2, 0, 0), local(2025, 11, 2, 23, 30),
                   local(2025, 11, 3, 0, 15)]
        serial = 0
        for i in range(n):
            if i < len(special):
                start = special[i]
            else:
                d = first + timedelta(days=rng.randrange(days))
                start = local(d.year, d.month, d.day, rng.randrange(24), rng.randrange(60))
                if rng.random() < 0.1:
                    start += timedelta(seconds=rng.randrange(60),
                                       microseconds=rng.randrange(10**6))
            kind = rng.choice(kinds)
            people = rng.sample(clients, rng.randint(2, 4) if kind.is_group else 1)
            a = Appointment(clinician_id=rng.choice(clinicians), type_id=kind.id,
                            start_at=start, end_at=start + timedelta(minutes=50),
                            modality=kind.default_modality, created_at=start, updated_at=start)
            messages = []
            for cid in people:
                lead = rng.choice(LEADS) if rng.random() < 0.5 else timedelta(
                    seconds=rng.randrange(60 * 86400))
                att = rng.choice(ATTENDANCE)
                a.attendees.append(Attendee(
                    client_id=cid, booked_at=start - lead, attendance=att,
                    confirmation=rng.choice(list(Confirmation)),
                    cancelled_at=start - lead / 2 if att.is_cancelled else None))
                for _ in range(rng.randrange(5)):
                    serial += 1
                    state = rng.choice(list(MessageState))
                    due = start + timedelta(minutes=rng.randrange(-4000, 1500))
                    went = state not in (MessageState.PLANNED, MessageState.SKIPPED,
                                         MessageState.WITHDRAWN)
                    sending = due + timedelta(seconds=5) if went and rng.random() < 0.8 \
                        else None
                    sent = sending + timedelta(seconds=1) if sending and state not in (
                        MessageState.FAILED, MessageState.SENDING) else None
                    messages.append(dict(
                        client_id=cid, step=rng.choice([*list(Step), "staff_reply"]),
                        channel=rng.choice(list(Channel)),
                        anchor_at=start + timedelta(microseconds=serial), due_at=due,
                        useful_until=start, state=state, planned_at=due, sending_at=sending,
                        sent_at=sent, updated_at=due))
            if rng.random() < 0.05:  # a message for someone not in the session
                messages.append(dict(client_id=rng.choice(clients), step=Step.DAY_BEFORE,
                                     channel=Channel.SMS, anchor_at=start, due_at=start,
                                     useful_until=start, state=MessageState.DELIVERED,
                                     planned_at=start, sent_at=start - timedelta(hours=1),
                                     updated_at=start))
            s.add(a)
            s.flush()
            for m in messages:
                if not any(t.client_id == m["client_id"] for t in a.attendees) or \
                        m["step"] != Step.DAY_BEFORE or m["anchor_at"] != start:
                    s.add(OutboxMessage(appointment_id=a.id, **m))
            s.add(AuditEntry(at=start, actor="t", action="book", entity="appointment",
                             entity_id=a.id))
            for _ in range(rng.choice([0] * 8 + [1, 2])):
                s.add(AuditEntry(at=start, actor="t", action="reschedule",
                                 entity="appointment", entity_id=a.id))
        # A message to staff: counted nowhere.
        s.add(OutboxMessage(client_id=None, appointment_id=None, step="oncall_alert",
                            channel=Channel.SMS, due_at=start, useful_until=start,
                            state=MessageState.SENT, planned_at=start, updated_at=start))


@pytest.fixture
def generated(practice, clock):
    rng = random.Random(2026)
    generate(practice, rng, 400, date(2025, 10, 20), 160)
    clock.set(local(2026, 3, 12, 15, 0))
    return practice


# ---- the reference and the cache agree -------------------------------------------------------
FILTERS = [
    Filters(),
    Filters(date_from=date(2025, 10, 27), date_to=date(2025, 11, 9)),  # the fall-back week
    Filters(date_from=date(2026, 3, 2), date_to=date(2026, 3, 8)),  # the spring-forward week
    Filters(date_to=date(2026, 1, 31)),
    Filters(date_from=date(2026, 2, 1)),
    Filters(modalities=(Modality.TELEHEALTH,)),
    Filters(date_from=date(2025, 12, 1), date_to=date(2026, 2, 28), type_ids=(3,),
            modalities=(Modality.IN_PERSON,)),
    Filters(date_from=date(2030, 1, 1), date_to=date(2030, 2, 1)),  # nothing
    Filters(date_from=date(2026, 3, 10), date_to=date(2026, 3, 1)),  # backwards: nothing
]


@pytest.mark.parametrize("filters", FILTERS, ids=range(len(FILTERS)))
def test_generated_practice_agrees_with_plain_sql(generated, trends, filters):
    report = check(trends, filters)
    if filters == Filters():
        assert report.headline.totals.places > 200
        assert {r.key for r in report.by_channel if r.counts.total} == {0, 1, 2, 3, 4}
        assert all(r.counts.total for r in report.by_lead_time)


def test_clinician_filters_agree(generated, trends):
    ids = [r.key for r in trends.refresh().by_clinician]
    assert len(ids) == 3
    for chosen in ([ids[0]], ids[1:], [9999]):
        report = check(trends, Filters(clinician_ids=tuple(chosen)))
        assert {r.key for r in report.by_clinician} <= set(chosen)
        assert {s.clinician_id for s in report.weekly_by_clinician} <= set(chosen)


def test_the_head_mask_path_and_compaction_agree(generated, trends, monkeypatch):
    trends.refresh()
    trends._cache.days_sorted = False  # as for a zone whose local days step back
    for f in FILTERS[:4]:
        check(trends, f)
    monkeypatch.setattr(cache_module, "TAIL_MAX", 3)
    with trends.sessions.begin() as s:  # outcomes change in place...
        ids = s.scalars(select(Appointment.id).limit(12)).all()
        s.execute(update(Attendee).where(Attendee.appointment_id.in_(ids))
                  .values(attendance=Attendance.NO_SHOW))
    check(trends)
    assert trends._cache.n == trends._cache.sorted_n
    with trends.sessions.begin() as s:  # ... new times go to the tail, which gets compacted
        for a in s.scalars(select(Appointment).where(Appointment.id.in_(ids))):
            a.start_at -= timedelta(hours=30)
    n = trends._cache.n
    check(trends)
    assert trends._cache.n == trends._cache.sorted_n == n and trends._cache["live"].all()


# ---- an independent computation in plain Python, from ORM objects ------------------------
def python_figures(trends: TrendsService):
    """Some figures computed without SQL aggregation or numpy: zoneinfo for local times."""
    now = trends.clock.now()
    with trends.sessions() as s:
        appts = s.scalars(select(Appointment).options(selectinload(Appointment.attendees))).all()
        msgs = s.scalars(select(OutboxMessage)).all()
        moved = {e.entity_id for e in s.scalars(select(AuditEntry)) if e.action == "reschedule"}
    places = [(a, t) for a in appts for t in a.attendees]
    firsts = {}
    for _a, t in sorted(places, key=lambda p: (p[0].start_at, p[1].id)):
        if t.attendance is not Attendance.CANCELLED:
            firsts.setdefault(t.client_id, t.id)
    by_place = defaultdict(list)
    for m in msgs:
        by_place[(m.appointment_id, m.client_id)].append(m)
    out = defaultdict(Counter)
    head = Counter()
    for a, t in places:
        if a.start_at > now:
            continue
        lt = a.start_at.astimezone(BOSTON)
        week = lt.date() - timedelta(days=lt.weekday())
        lead = a.start_at - t.booked_at
        bucket = next((i for i, d in enumerate((2, 8, 15, 31)) if lead < timedelta(days=d)), 4)
        went = [m for m in by_place[(a.id, t.client_id)] if m.step in codes.REMINDER_STEPS
                and m.state in codes.WENT_OUT
                and (m.sent_at or m.sending_at or m.due_at) < a.start_at]
        chans = {m.channel for m in went}
        channel = 0 if not chans else 4 if len(chans) > 1 else \
            {Channel.SMS: 1, Channel.WHATSAPP: 2, Channel.EMAIL: 3}[chans.pop()]
        delivered = 0 if any(m.state is MessageState.DELIVERED for m in went) \
            else 1 if went else 2
        o = t.attendance.value
        for name, key in (("weekly", week), ("heatmap", (lt.weekday(), lt.hour)),
                          ("first_vs_returning", int(firsts.get(t.client_id) == t.id)),
                          ("by_lead_time", bucket), ("by_channel", channel),
                          ("by_delivered", delivered), ("by_clinician", a.clinician_id)):
            out[name][(key, o)] += 1
        mine = [m for m in by_place[(a.id, t.client_id)] if m.step in codes.REMINDER_STEPS]
        head["sent"] += sum(m.state in codes.ACCEPTED for m in mine)
        head["failed"] += sum(m.state in codes.NOT_REACHED for m in mine)
        head["recovered"] += a.id in moved and t.attendance is Attendance.ARRIVED
        head["confirmed"] += (t.confirmation is Confirmation.CONFIRMED
                              and t.attendance is not Attendance.CANCELLED)
    return out, head


def as_python(report):
    order = ("arrived", "no_show", "late_cancelled", "cancelled", "booked")
    out = defaultdict(Counter)
    for name, table in report.tables().items():
        if name in ("by_type", "by_modality", "by_confirmation", "weekly_by_clinician"):
            continue
        for key, counts in table.items():
            for o, v in zip(order, counts, strict=True):
                if v:
                    out[name][(key, o)] = v
    return out


def test_plain_python_from_orm_objects_agrees(generated, trends):
    report = trends.refresh()
    figures, head = python_figures(trends)
    assert as_python(report) == figures
    h = report.headline
    assert (h.reminders_sent, h.reminders_failed, h.recovered, h.confirmed) == (
        head["sent"], head["failed"], head["recovered"], head["confirmed"])


# ---- edge cases ------------------------------------------------------------------------------
def test_no_data_at_all(services, trends, tmp_path):
    report = check(trends)
    assert report.first_day is None and report.weekly.week_starts == ()
    assert report.by_clinician == () and report.weekly_by_clinician == ()
    h = report.headline
    assert h.totals.places == 0 and h.this_month.counts.no_show_rate is None
    assert h.confirmation_rate is None and h.revenue_lost_cents == 0
    assert all(r.counts.total == 0 for r in report.by_channel)
    options = trends.filter_options()
    assert options.first_day is None and options.clinicians == ()
    path = trends.export_csv(report, tmp_path / "out" / "trends.csv")
    assert path.read_text().startswith("section,series,key,label")
    check(trends, Filters(date_from=date(2026, 1, 1), date_to=date(2026, 1, 31)))


def test_one_clinician_one_session(practice, book, trends, clock):
    [aid] = book(practice.ana, local(2026, 3, 4, 10))
    clock.set(local(2026, 3, 4, 10, 5))
    practice.svc.schedule.mark_no_show(aid, practice.ana.id, "reception")
    report = check(trends)
    [row] = report.by_clinician
    assert row.key == practice.okafor.id and row.counts.no_show == 1
    assert row.counts.no_show_rate == 1.0
    assert report.weekly.week_starts == (date(2026, 3, 2),)
    assert report.weekly.ma_no_show_rate == (1.0,)
    assert report.first_vs_returning[1].counts.no_show == 1  # her first visit
    assert report.headline.this_month.counts.no_show == 1
    assert report.headline.revenue_lost_cents == 15000


def test_daylight_saving_weeks_are_seven_local_days(practice, book, trends, clock):
    starts = [local(2026, 3, 2, 9), local(2026, 3, 8, 12), local(2026, 3, 9, 9),  # spring
              local(2026, 10, 26, 9), local(2026, 11, 1, 1, 30, fold=0),  # fall: 1:30 twice
              local(2026, 11, 1, 1, 30, fold=1), local(2026, 11, 1, 23), local(2026, 11, 2, 9)]
    kinds = [practice.individual] * 4 + [practice.individual, practice.tele] * 2
    for i, (start, kind) in enumerate(zip(starts, kinds, strict=True)):
        client = [practice.ana, practice.ben, practice.cleo][i % 3]
        book(client, start, kind=kind, clinician=[practice.okafor, practice.reyes][i % 2])
    clock.set(local(2026, 11, 3, 12))
    report = check(trends)
    weeks = dict(zip(report.weekly.week_starts, report.weekly.unmarked, strict=True))
    assert weeks[date(2026, 3, 2)] == 2 and weeks[date(2026, 3, 9)] == 1
    assert weeks[date(2026, 10, 26)] == 4 and weeks[date(2026, 11, 2)] == 1
    sunday = report.heatmap.cells[6]
    assert sunday[1].unmarked == 2 and sunday[12].unmarked == 1 and sunday[23].unmarked == 1
    check(trends, Filters(date_from=date(2026, 11, 1), date_to=date(2026, 11, 1)))


def test_cancelled_then_rebooked_places_count_apart(practice, book, trends, clock):
    svc = practice.svc.schedule
    [first] = book(practice.ana, local(2026, 3, 10, 10))
    svc.cancel(first, "reception", client_id=practice.ana.id)  # early: six days ahead
    [again] = book(practice.ana, local(2026, 3, 10, 10))  # the same slot, booked again
    [late] = book(practice.ben, local(2026, 3, 5, 9))
    clock.set(local(2026, 3, 4, 12))
    svc.cancel(late, "reception", client_id=practice.ben.id)  # late: inside 24 h
    [late2] = book(practice.ben, local(2026, 3, 5, 11))
    clock.set(local(2026, 3, 10, 11))
    svc.mark_arrived(again, practice.ana.id, "reception")
    svc.mark_arrived(late2, practice.ben.id, "reception")
    report = check(trends)
    t = report.headline.totals
    assert (t.arrived, t.late_cancelled, t.cancelled, t.places) == (2, 1, 1, 3)
    firsts = report.first_vs_returning[1].counts
    # Ana's first visit is the rebooked place (the early cancel is not a visit); Ben's is
    # the late cancel, so his rebooked session is a returning one.
    assert (firsts.arrived, firsts.late_cancelled) == (1, 1)
    # Booked back into the same appointment after cancelling: one place, counted once.
    [group] = book([practice.ana, practice.cleo], local(2026, 3, 11, 17), kind=practice.group)
    clock.set(local(2026, 3, 10, 12))
    svc.cancel(group, "reception", client_id=practice.cleo.id)
    svc.edit(group, AppointmentEdit(add_client_ids=(practice.cleo.id,)), "reception")
    clock.set(local(2026, 3, 11, 18))
    report = check(trends)
    assert report.headline.totals.unmarked == 2 and report.headline.totals.cancelled == 1


# ---- kept up to date -------------------------------------------------------------------------
def fresh(practice, n: int = 3):
    """A clinician and clients with no sessions yet (the generated ones would clash)."""
    svc = practice.svc
    clinician = svc.practice.save_clinician(ClinicianInfo(0, "New Person", "New"), "test")
    clients = [svc.clients.create(ClientInput(f"New{i}", "Client", mobile=f"(617) 555-01{i:02d}"),
                                  "test") for i in range(n)]
    return clinician, clients


def test_changes_after_the_build_show_in_the_next_refresh(generated, book, trends, clock):
    svc = generated.svc.schedule
    who, (ana, ben, cleo) = fresh(generated)
    check(trends)
    assert trends.last_sync.startswith("built")
    [a1] = book(ana, local(2026, 3, 12, 16), clinician=who)
    [a2] = book(ben, local(2026, 3, 13, 9), clinician=who)
    [a3] = book(cleo, local(2026, 3, 16, 9), clinician=who)
    with trends.sessions.begin() as s:  # a reminder for a3, not sent yet
        now = clock.now()
        mine = OutboxMessage(appointment_id=a3, client_id=cleo.id, step=Step.DAY_BEFORE,
                             channel=Channel.SMS, anchor_at=now, due_at=now, useful_until=now,
                             state=MessageState.PLANNED, planned_at=now, updated_at=now)
        s.add(mine)
    check(trends)
    assert "patched 3 changed appointments" in trends.last_sync
    clock.set(local(2026, 3, 13, 8))
    svc.mark_no_show(a1, ana.id, "reception")  # a no-show
    svc.cancel(a2, "reception", client_id=ben.id)  # a late cancel
    svc.reschedule(a3, local(2026, 3, 13, 12), "reception")  # moved...
    with trends.sessions.begin() as s:  # ... and its reminder went out and was delivered
        row = s.get(OutboxMessage, mine.id)
        row.state, row.channel = MessageState.DELIVERED, Channel.WHATSAPP
        row.sending_at = row.sent_at = row.delivered_at = local(2026, 3, 13, 8)
    clock.set(local(2026, 3, 13, 12, 30))
    svc.mark_arrived(a3, cleo.id, "reception")  # ... and kept: recovered
    check(trends)
    assert "patched 3 changed appointments" in trends.last_sync
    theirs = Filters(clinician_ids=(who.id,))
    h = check(trends, theirs).headline
    assert h.totals == Counts(arrived=1, no_show=1, late_cancelled=1)
    assert (h.recovered, h.reminders_delivered, h.reminders_sent) == (1, 1, 1)
    assert check(trends, Filters(clinician_ids=(who.id,), modalities=(Modality.IN_PERSON,))
                 ).by_delivered[codes.DELIVERED_YES].counts.arrived == 1
    # Deleting an appointment (its places and messages go with it) is noticed too.
    with trends.sessions.begin() as s:
        s.delete(s.get(Appointment, a1))
    check(trends)
    assert check(trends, theirs).headline.totals == Counts(arrived=1, late_cancelled=1)


def test_the_snapshot_is_saved_loaded_and_patched(generated, trends, clock, book):
    first = check(trends)
    with trends.sessions() as s:
        saved = s.scalar(select(StatsSnapshot.seq))
        assert saved is not None and s.scalar(select(StatsDirty.seq)) is None
    again = TrendsService(trends.sessions, clock)
    assert again.refresh() == first
    assert again.last_sync.startswith("loaded")
    who, (ana, *_) = fresh(generated, 1)
    book(ana, local(2026, 3, 12, 9), clinician=who)
    later = check(again)
    assert "patched 1 changed appointments" in again.last_sync
    assert again.save_snapshot()
    with trends.sessions() as s:
        assert s.scalar(select(StatsDirty.seq)) is None  # marks up to the snapshot: dropped
    # The first service sees the newer snapshot (its marks are gone) and reloads it.
    assert check(trends) == later and trends.last_sync.startswith("loaded")
    assert trends.rebuild().startswith("built")


def test_a_new_time_zone_rebuilds(generated, trends):
    check(trends)
    with trends.sessions.begin() as s:
        s.execute(text("UPDATE practice_settings SET timezone = 'Europe/London'"))
    report = check(trends)
    assert report.timezone == "Europe/London" and trends.last_sync.startswith("built")


def test_the_triggers_are_the_models_own(services):
    with services.engine.connect() as conn:
        found = dict(conn.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all())
    assert {k: " ".join(v.split()) for k, v in found.items() if k.startswith("stats_")} == {
        k: " ".join(v.split()) for k, v in TRIGGERS.items()}


# ---- filters, fee, export --------------------------------------------------------------------
def test_filter_options(generated, trends):
    options = trends.filter_options()
    assert [c.label for c in options.clinicians] == ["Daniel", "Dr. Okafor", "Third"]
    assert {t.label for t in options.types} >= {"Individual session", "Skills group"}
    assert [m for m, _ in options.modalities] == [Modality.IN_PERSON, Modality.TELEHEALTH]
    with trends.sessions() as s:
        starts = s.scalars(select(Appointment.start_at)
                           .where(Appointment.start_at <= trends.clock.now())).all()
    days = sorted(t.astimezone(BOSTON).date() for t in starts)
    assert (options.first_day, options.last_day) == (days[0], days[-1])


def test_session_fee_is_validated_audited_and_used(generated, trends):
    assert trends.session_fee_cents() == 15000
    with pytest.raises(ValidationError):
        trends.set_session_fee(-1, "owner")
    with pytest.raises(ValidationError):
        trends.set_session_fee(99.5, "owner")
    trends.set_session_fee(12050, "owner")
    h = trends.refresh().headline
    assert h.session_fee_cents == 12050
    assert h.revenue_lost_cents == (h.totals.no_show + h.totals.late_cancelled) * 12050
    assert h.revenue_recovered_cents == h.recovered * 12050
    with trends.sessions() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "set_session_fee")).one()
    assert (entry.actor, entry.detail) == ("owner", "from=15000 to=12050")


def test_export_is_one_tidy_csv(generated, trends, tmp_path):
    with trends.sessions.begin() as s:
        s.execute(text("UPDATE clinician SET display_name = '=HYPERLINK(1)' WHERE id = 3"))
    report = trends.refresh(Filters(date_from=date(2026, 1, 5)))
    path = trends.export_csv(report, tmp_path / "trends.csv")
    with path.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    sections = Counter(r["section"] for r in rows)
    assert sections["heatmap"] == 7 * 24 and sections["by_channel"] == 5
    assert sections["weekly"] == len(report.weekly.week_starts)
    assert {r["label"] for r in rows if r["section"] == "by_clinician"} >= {"'=HYPERLINK(1)"}
    total = next(r for r in rows if r["key"] == "totals")
    assert int(total["no_show"]) == report.headline.totals.no_show
    assert float(total["no_show_rate"]) == pytest.approx(report.headline.totals.no_show_rate,
                                                         abs=1e-6)
    lost = next(r for r in rows if r["key"] == "revenue_lost")
    assert lost["value"] == f"{report.headline.revenue_lost_cents / 100:.2f}"

