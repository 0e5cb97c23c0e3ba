"""Support information and the installation check's lines carry no client data: a client with
a name, number, email and notes found nowhere else, booked and messaged, appears in neither;
the counts do."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from frontdesk.services.dto import ClientInput
from tests.doctor_kit import keyed_practice
from tests.helpers import at, book

NAME = ("Zephyrine", "Quillfeather")
MOBILE, EMAIL = "(617) 555-0199", "zephyrine.q@example.org"
NOTES = "prefers the blue room on Thursday mornings"


@pytest.fixture
def services(vault, clock, secret_store):
    """The conftest `practice` over services built as the app builds them."""
    svc = keyed_practice(vault, clock, secret_store)
    yield svc
    svc.close()


def test_no_client_data_in_support_info_or_the_lines(practice, services):
    client = services.clients.create(ClientInput(*NAME, mobile=MOBILE, email=EMAIL,
                                                 notes=NOTES), "test")
    book(practice, client, at(5, 14))
    services.dispatcher.run_once()  # the booking confirmation, recorded with its text
    with services.engine.connect() as conn:
        bodies = [b for (b,) in conn.execute(text(
            "SELECT body FROM outbox_message")) if b]
    assert any(NAME[0] in b for b in bodies)  # the data is there to leak

    info = services.doctor.support_info()
    assert "FrontDesk support information (no client data)" in info
    assert "clients 4," in info and "appointments 1," in info  # counts only
    assert "Database:" in info and "Background work:" in info  # the lines are there
    for secret in (*NAME, "555-0199", "5550199", EMAIL, "example.org", NOTES, "blue room",
                   "Lindqvist", "Annie", "Okafor", "Test Practice", "1 Main St"):
        assert secret not in info, secret
    for body in bodies:
        assert body not in info
