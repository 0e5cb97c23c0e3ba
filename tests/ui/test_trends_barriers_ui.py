"""The Trends page's "What gets in the way" card: the barriers clients named, as a table by
clinician and month, on real services off the GUI thread."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from sqlalchemy.orm import Session
from widget_helpers import UI_WAIT_MS, context_for

from frontdesk.domain import Barrier
from frontdesk.models import ClientBarrier
from frontdesk.ui.trends.barriers_card import EMPTY
from frontdesk.ui.trends.page import TrendsPage
from tests.helpers import at

pytestmark = pytest.mark.filterwarnings("ignore:Setting the shape on a NumPy array")


def opened(show, services, runner) -> TrendsPage:
    page = TrendsPage(context_for(services, runner, "owner"))
    page.resize(1200, 900)
    show(page)
    waited = 0
    while not page.barriers.isVisible() and waited < UI_WAIT_MS:
        QTest.qWait(10)
        waited += 10
    return page


def test_the_card_counts_barriers_by_clinician_and_month(practice, book, show, runner, clock):
    [march] = book(practice.ana, at(10, 10))
    [april] = book(practice.ben, at(7, 10, month=4), practice.reyes)
    with Session(practice.svc.engine) as s, s.begin():
        for aid, client, kind in [(march, practice.ana, Barrier.COST),
                                  (march, practice.ana, Barrier.COST),
                                  (april, practice.ben, Barrier.TRANSPORT)]:
            s.add(ClientBarrier(client_id=client.id, appointment_id=aid, barrier=kind,
                                recorded_at=at(4, 9)))
    clock.set(at(20, 9, month=4))  # both missed appointments are in the past
    page = opened(show, practice.svc, runner)
    table = page.barriers.table
    assert page.barriers.isVisible() and table.isVisible()
    heads = [table.verticalHeaderItem(i).text() for i in range(table.rowCount())]
    assert heads == ["All", "Daniel", "Dr. Okafor", "2026-03", "2026-04"]
    cost = list(Barrier).index(Barrier.COST)
    total = table.columnCount() - 1
    assert table.horizontalHeaderItem(cost).text() == "Cost"
    assert [table.item(i, cost).text() for i in range(5)] == ["2", "0", "2", "2", "0"]
    assert [table.item(i, total).text() for i in range(5)] == ["3", "1", "2", "2", "1"]


def test_no_answers_yet_is_said_plainly(services, show, runner):
    page = opened(show, services, runner)
    assert page.barriers.empty.isVisible() and page.barriers.empty.text() == EMPTY
    assert not page.barriers.table.isVisible()
