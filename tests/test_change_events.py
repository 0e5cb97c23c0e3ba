"""The change bus: `Changes` merge, and `ChangeEvents` delivers across threads."""

from __future__ import annotations

import threading
from datetime import date

from frontdesk.domain.changes import Changes
from frontdesk.services.events import ChangeEvents
from tests.helpers import at


def test_changes_merge_and_say_what_they_touch():
    merged = Changes(days=frozenset({date(2025, 3, 3)}), desk=True) | Changes(
        clients=frozenset({7}), crisis=True)
    assert merged.days == {date(2025, 3, 3)} and merged.clients == {7}
    assert merged.desk and merged.crisis and not merged.outbox
    assert Changes().empty and not merged.empty
    assert merged.touches_day(date(2025, 3, 3)) and not merged.touches_day(date(2025, 3, 4))
    assert Changes.all().touches_day(date(2025, 3, 4)) and Changes.all().has("threads")


def test_a_publish_from_a_worker_thread_reaches_every_subscriber_until_it_leaves():
    events = ChangeEvents()
    seen: list[tuple[str, Changes]] = []
    stop_a = events.subscribe(lambda c: seen.append(("a", c)))
    events.subscribe(lambda c: seen.append(("b", c)))
    worker = threading.Thread(target=events.publish, args=(Changes(outbox=True),))
    worker.start()
    worker.join(5)
    assert [who for who, _ in seen] == ["a", "b"] and seen[0][1].outbox
    stop_a()
    events.publish(Changes(desk=True))
    assert [who for who, _ in seen] == ["a", "b", "b"]
    events.publish(Changes())  # nothing changed: nobody is told
    assert len(seen) == 3


def test_a_failing_subscriber_does_not_stop_the_others():
    events = ChangeEvents()
    seen: list[Changes] = []
    events.subscribe(lambda c: 1 / 0)
    events.subscribe(seen.append)
    events.publish(Changes(threads=True))
    assert len(seen) == 1


def test_a_booking_and_a_cancellation_say_which_day_and_client_they_touched(practice, book):
    seen: list[Changes] = []
    practice.svc.events.subscribe(seen.append)
    [appointment_id] = book(practice.ana, at(10, 9))
    assert seen[-1].days == {date(2026, 3, 10)} and seen[-1].clients == {practice.ana.id}
    assert seen[-1].outbox  # the booking confirmation is due: the dispatcher wakes
    practice.svc.schedule.cancel(appointment_id, "reception", reason="ill")
    assert len(seen) == 2 and seen[-1].days == {date(2026, 3, 10)} and seen[-1].desk
