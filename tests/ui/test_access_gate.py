"""Who opens the desk, with real widgets over real services: a practice with no account
makes its owner's (which cannot be skipped), a practice with accounts asks for a name and
PIN on a sign-in screen that shows the crisis alarm without words, a PIN the owner set is
replaced before the desk opens, and the demo opens as its owner."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from frontdesk.domain.access import Role
from frontdesk.services.demo_accounts import OWNER as DEMO_OWNER
from frontdesk.ui.access.gate import AccessGate
from frontdesk.ui.access.lock_screen import crisis_words
from tests.account_kit import DESK_PIN, OWNER_PIN, actions, make_staff
from tests.helpers import client_writes

ANA = "+16175550111"


@pytest.fixture
def gate(practice, runner, qtbot):
    """gate(demo=False) -> (AccessGate, what it emitted)"""
    made = []

    def make(demo: bool = False):
        g = AccessGate(practice.svc, runner, demo=demo)
        emitted: dict[str, object] = {}
        g.entered.connect(lambda desk: emitted.setdefault("entered", desk))
        g.aborted.connect(lambda why: emitted.setdefault("aborted", why))
        made.append(g)
        return g, emitted

    yield make
    for g in made:
        if g.window is not None:
            g.window.close()


def test_a_practice_with_no_account_makes_its_owners_first(gate, practice):
    g, emitted = gate()
    g.start()
    dialog = g.dialog
    assert dialog is not None and dialog.windowTitle() == "Your owner account"
    dialog.name.setText("Olivia Grant")
    dialog.pin.setText("482913")
    dialog.again.setText("482914")
    dialog.ok_button.click()
    assert dialog.errors.label("again").text().startswith("⚠ The two PINs differ")
    assert not practice.svc.accounts.has_accounts()
    dialog.again.setText("482913")
    dialog.ok_button.click()
    person = emitted["entered"].person
    assert (person.name, person.role) == ("Olivia Grant", Role.OWNER)


def test_cancelling_the_owners_account_quits_and_makes_nothing(gate, practice):
    g, emitted = gate()
    g.start()
    g.dialog.reject()
    assert emitted == {"aborted": ""} and not practice.svc.accounts.has_accounts()


def test_the_sign_in_screen_asks_a_name_and_pin_and_shows_the_alarm_wordlessly(
        gate, practice):
    make_staff(practice.svc)
    client_writes(practice.svc, ANA, "honestly i keep thinking about ending my life tonight")
    g, emitted = gate()
    g.start()
    screen = g.window.screen_widget
    assert g.window.windowTitle() == "Sign in to FrontDesk"
    assert screen.practice.text() == "Test Practice"
    assert screen.crisis.isVisible() and screen.crisis.text() == crisis_words(1)
    words = " ".join(label.text() for label in g.window.findChildren(QLabel))
    assert "ending my life" not in words and "Lindqvist" not in words
    names = [screen.accounts.itemText(i) for i in range(screen.accounts.count())]
    screen.accounts.setCurrentIndex(names.index("Ruth Adler (Owner)"))
    screen.pin.setText("000000")
    screen.go.click()
    assert "do not match" in screen.error.text() and "entered" not in emitted
    screen.pin.setText(OWNER_PIN)
    screen.go.click()
    assert emitted["entered"].person.name == "Ruth Adler"
    assert actions(practice.svc)[-2:] == ["sign_in_failed", "sign_in"]


def test_a_pin_the_owner_set_is_replaced_before_the_desk_opens(gate, practice):
    make_staff(practice.svc)
    g, emitted = gate()
    g.start()
    screen = g.window.screen_widget
    names = [screen.accounts.itemText(i) for i in range(screen.accounts.count())]
    screen.accounts.setCurrentIndex(names.index("Sam Ortiz (Front desk)"))
    screen.pin.setText(DESK_PIN)
    screen.go.click()
    assert "entered" not in emitted and g.dialog.windowTitle() == "Choose your PIN"
    g.dialog.pin.setText("731904")
    g.dialog.again.setText("731904")
    g.dialog.ok_button.click()
    assert emitted["entered"].person.name == "Sam Ortiz"
    assert practice.svc.accounts.sign_in("Sam Ortiz", "731904").name == "Sam Ortiz"


def test_the_demo_opens_as_its_owner(gate):
    g, emitted = gate(demo=True)
    g.start()
    assert emitted["entered"].person.name == DEMO_OWNER
    assert g.window is None and g.dialog is None
