"""A demo practice, seeded through the same services the app uses.

Fictional people; phone numbers in the 555-01xx range reserved for fiction;
emails at example.org. Today's schedule shows every state the front desk meets.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from frontdesk.domain import Channel, Confirmation, ConsentStatus, Frequency, Language, Modality
from frontdesk.services.container import Services
from frontdesk.services.demo_history import seed_history
from frontdesk.services.demo_replies import seed_replies
from frontdesk.services.dto import (
    AppointmentTypeInfo,
    BookingRequest,
    ClientDetail,
    ClientInput,
    ClinicianInfo,
    PracticeInfo,
)
from frontdesk.services.errors import ClashError

ACTOR = "demo"
CLINICIANS = [("Dr. Maya Okafor", "Dr. Okafor"), ("Daniel Reyes, LCSW", "Daniel"),
              ("Priya Shah, LMFT", "Priya"), ("Dr. Jonah Weiss", "Dr. Weiss"),
              ("Elena Castillo, LPC", "Elena")]
TYPES = [("Individual session", 50, Modality.IN_PERSON, False),
         ("Intake", 60, Modality.IN_PERSON, False),
         ("Telehealth session", 50, Modality.TELEHEALTH, False),
         ("Couples session", 50, Modality.IN_PERSON, False),
         ("Skills group", 90, Modality.IN_PERSON, True)]
FIRST = ["Alex", "Jordan", "Sam", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Quinn",
         "Lucía", "Mateo", "Sofía", "Diego", "Grace", "Noah", "Olivia", "Ethan", "Hannah", "Leo",
         "Mia", "Isaac", "Zoe", "Caleb", "Nora", "Felix", "Ruby", "Owen", "Ivy", "Theo"]
LAST = ["Bennett", "Nakamura", "Alvarez", "Okoro", "Lindqvist", "Fitzgerald", "Moreau", "Haddad",
        "Kowalski", "Brennan", "García", "Herrera", "Morales", "Ruiz", "Chen", "Patel", "Murphy",
        "Schwartz", "Nguyen", "Dubois", "Rossi", "Larsen", "Kim", "Osei", "Walsh", "Ibrahim",
        "Novak", "Singh", "Adler", "Byrne"]
PREFERRED = {"Alexander": "Alex", "Samantha": "Sam"}


def seed_demo(svc: Services, rng: random.Random | None = None) -> None:
    """Fill an empty database with a believable small practice."""
    rng = rng or random.Random(7)
    svc.practice.update_settings(PracticeInfo(
        name="Maple Street Practice", phone="(617) 555-0100",
        address="12 Maple Street, Suite 3\nSomerville, MA 02143",
        timezone="America/New_York", region="US", late_cancel_hours=24), ACTOR)
    clinicians = [svc.practice.save_clinician(ClinicianInfo(0, f, d), ACTOR)
                  for f, d in CLINICIANS]
    types = [svc.practice.save_appointment_type(AppointmentTypeInfo(0, n, m, mod, g), ACTOR)
             for n, m, mod, g in TYPES]
    clients = [_client(svc, i, rng) for i in range(len(FIRST))]
    tz = svc.schedule.timezone()
    today = svc.schedule.today()
    now = svc.clock.now()
    hours = [9, 10, 11, 13, 14, 15, 16, 17]
    used: set[tuple[int, int]] = set()
    plan = []
    for i, client in enumerate(clients[:26]):  # weekly or fortnightly regulars
        clin = clinicians[i % len(clinicians)]
        hour = hours[(i // len(clinicians)) % len(hours)]
        if (clin.id, hour) in used:
            hour = next(h for h in hours if (clin.id, h) not in used)
        used.add((clin.id, hour))
        kind = types[2] if i % 4 == 1 else types[0]
        weeks_back = 6 if i % 3 else 4
        first_day = today - timedelta(weeks=weeks_back)
        start = datetime.combine(first_day, time(hour, rng.choice([0, 0, 30])), tzinfo=tz)
        plan.append((client, clin, kind, start, Frequency.WEEKLY, weeks_back + 4))
    for client, clin, kind, start, freq, n in plan:
        link = f"https://video.example.org/s/{rng.randrange(10**9):09d}" \
            if kind.default_modality is Modality.TELEHEALTH else ""
        try:
            svc.schedule.book(BookingRequest((client.id,), clin.id, kind.id, start,
                                             telehealth_link=link, repeat=freq, occurrences=n),
                              ACTOR)
        except ClashError:
            continue
    group_start = datetime.combine(today, time(18, 0), tzinfo=tz)
    svc.schedule.book(BookingRequest(tuple(c.id for c in clients[26:30]), clinicians[2].id,
                                     types[4].id, group_start, location="Group room"), ACTOR)
    _play_out(svc, today, now, rng)
    seed_replies(svc)  # client replies: the Messages tab and a crisis alert to acknowledge
    seed_history(svc)  # a year of past sessions before these: the Trends page


def _client(svc: Services, i: int, rng: random.Random) -> ClientDetail:
    first, last = FIRST[i], LAST[i]
    spanish = first in ("Lucía", "Mateo", "Sofía", "Diego")
    channel = Channel.EMAIL if i % 7 == 3 else Channel.SMS
    c = svc.clients.create(ClientInput(
        first_name=first, last_name=last, preferred_name=PREFERRED.get(first, ""),
        mobile=f"(617) 555-01{i + 10:02d}", email=f"{first.lower()}.{i}@example.org"
        .replace("í", "i"), preferred_channel=channel,
        language=Language.SPANISH if spanish else Language.ENGLISH,
        shared_phone=(i % 9 == 4)), ACTOR)
    svc.clients.set_consent(c.id, Channel.EMAIL, ConsentStatus.GRANTED, "intake form", ACTOR)
    if i % 11 != 5:
        svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED, "intake form", ACTOR)
    return c


def _play_out(svc: Services, today: date, now: datetime, rng: random.Random) -> None:
    """Give past sessions an outcome and today's sessions a spread of states."""
    day = today - timedelta(weeks=6)
    while day <= today + timedelta(days=2):
        for row in svc.schedule.day(day):
            if row.attendance.is_cancelled:
                continue
            aid, cid = row.appointment_id, row.client_id
            if row.start < now:
                roll = rng.random()
                if roll < 0.08:
                    svc.schedule.mark_no_show(aid, cid, ACTOR)
                elif roll < 0.13 and row.group_size == 1:
                    continue  # left for the front desk: attendance not recorded yet
                else:
                    svc.schedule.mark_arrived(aid, cid, ACTOR)
                if rng.random() < 0.8:
                    svc.schedule.set_confirmation(aid, cid, Confirmation.CONFIRMED, ACTOR)
            elif day <= today + timedelta(days=2):
                roll = rng.random()
                state = (Confirmation.CONFIRMED if roll < 0.45 else
                         Confirmation.REQUESTED if roll < 0.7 else
                         Confirmation.UNCONFIRMED if roll < 0.82 else
                         Confirmation.RESCHEDULE_REQUESTED if roll < 0.9 else
                         Confirmation.DECLINED)
                svc.schedule.set_confirmation(aid, cid, state, ACTOR)
                if state is Confirmation.DECLINED and row.group_size == 1:
                    svc.schedule.cancel(aid, ACTOR, client_id=cid, by_client=True,
                                        reason="client declined by text")
        day += timedelta(days=1)
