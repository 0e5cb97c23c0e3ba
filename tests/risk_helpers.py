"""A practice history for the no-show risk tests: past sessions written straight into the
real encrypted database (hundreds of bookings through the service would take minutes)."""

from __future__ import annotations

import random
from datetime import timedelta

from frontdesk.domain import Attendance, Confirmation, Modality
from frontdesk.models import Appointment, Attendee
from frontdesk.services.dto import ClientInput

WEEKS = 50
OTHERS = 7  # clients beside Ana, Ben and Cleo, so that Ana's sessions are a small share
ANA_MISSES, OTHERS_MISS = 0.5, 0.04


def seed_history(practice, weeks: int = WEEKS, seed: int = 7) -> None:
    """A weekly session for each of ten clients over `weeks` weeks before now: Ana misses
    about half of hers (mostly without confirming), everyone else about one in 25."""
    svc = practice.svc
    others = [svc.clients.create(ClientInput(f"Client{i}", "Example",
                                             mobile=f"(617) 555-01{20 + i}"), "test")
              for i in range(OTHERS)]
    people = [practice.ana, practice.ben, practice.cleo, *others]
    rng = random.Random(seed)
    now = svc.clock.now()
    with svc.sessions.begin() as s:
        for w in range(weeks, 0, -1):
            for k, client in enumerate(people):
                start = now - timedelta(weeks=w) + timedelta(hours=2 + k % 8, days=k // 8)
                missed = rng.random() < (ANA_MISSES if client is practice.ana else OTHERS_MISS)
                confirmed = rng.random() < (0.3 if missed else 0.85)
                a = Appointment(clinician_id=practice.okafor.id, type_id=practice.individual.id,
                                start_at=start, end_at=start + timedelta(minutes=50),
                                modality=Modality.IN_PERSON, created_at=start - timedelta(7),
                                updated_at=start)
                a.attendees.append(Attendee(
                    client_id=client.id, booked_at=start - timedelta(days=7),
                    confirmation=Confirmation.CONFIRMED if confirmed
                    else Confirmation.UNCONFIRMED,
                    attendance=Attendance.NO_SHOW if missed else Attendance.ARRIVED,
                    arrived_at=None if missed else start))
                s.add(a)
