"""The demo practice's staff: one account of each role, all with the same PIN (shown on the
demo's sign-in screen), so a visitor can try what each role sees. Never in a real practice."""

from __future__ import annotations

from sqlalchemy import update

from frontdesk.domain.access import Person, Role
from frontdesk.models import StaffAccount
from frontdesk.services.container import Services

DEMO_PIN = "135790"
DEMO_HINT = f"Demo practice: every account's PIN is {DEMO_PIN}."
OWNER = "Morgan Lee"
STAFF = (("Rita Alvarez", Role.FRONT_DESK), ("Ian Brooks", Role.IT))


def ensure_demo_accounts(svc: Services) -> None:
    """The demo's four accounts, made once (a demo made before accounts existed gets them
    at its next start). The clinician's account is the first active clinician."""
    accounts = svc.accounts
    if accounts.has_accounts():
        return
    owner = accounts.create_owner(OWNER, DEMO_PIN)
    for name, role in STAFF:
        accounts.add_account(owner, name, role, DEMO_PIN)
    clinician = next(iter(svc.practice.clinicians()), None)
    if clinician is not None:
        accounts.add_account(owner, clinician.display_name, Role.CLINICIAN, DEMO_PIN,
                             clinician_id=clinician.id)
    with svc.sessions.begin() as s:  # a demo's PINs are not meant to be changed
        s.execute(update(StaffAccount).values(must_change_pin=False))


def demo_owner(svc: Services) -> Person:
    """The demo opens signed in as its owner (the visitor can lock and switch user)."""
    ensure_demo_accounts(svc)
    return svc.accounts.sign_in(OWNER, DEMO_PIN)
