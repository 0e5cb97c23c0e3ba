"""Staff accounts through the real AccountService on a real encrypted database: the first owner,
roles and clinician links, the owner's rights enforced in the service, PIN resets, the idle
lock, and the audit of each."""

from __future__ import annotations

import dataclasses

import pytest

from frontdesk.domain.access import Person, Role
from frontdesk.services.accounts import AccountService
from frontdesk.services.dto import ClinicianInfo
from frontdesk.services.errors import (
    NotFoundError,
    PermissionDenied,
    SignInRefused,
    StateError,
    ValidationError,
)
from tests.account_kit import (
    CLINICIAN_PIN,
    DESK_PIN,
    IT_PIN,
    NEW_PIN,
    OWNER_PIN,
    actions,
    audit_trail,
    make_staff,
    stored_hash,
)


def test_the_first_owner_is_created_once_and_signed_in(services):
    accounts = services.accounts
    assert accounts is services.accounts  # one service, built on first use
    assert not accounts.has_accounts()
    owner = accounts.create_owner("  Ruth   Adler ", OWNER_PIN)
    assert (owner.name, owner.role, owner.clinician_id) == ("Ruth Adler", Role.OWNER, None)
    assert accounts.has_accounts()
    with pytest.raises(StateError) as err:
        accounts.create_owner("Someone Else", "604817")
    assert "only once" in str(err.value)
    [info] = accounts.accounts()
    assert info.role is Role.OWNER and info.active and not info.must_change_pin
    assert info.last_sign_in_at == services.clock.now()
    assert not any("scrypt" in str(v) for v in dataclasses.asdict(info).values())
    assert audit_trail(services) == [
        (owner.actor, "account_added", owner.account_id,
         f"account_id={owner.account_id}; role=owner; the first owner"),
        (owner.actor, "sign_in", owner.account_id, f"account_id={owner.account_id}"),
    ]


def test_a_weak_first_pin_creates_nothing(services):
    with pytest.raises(ValidationError):
        services.accounts.create_owner("Ruth Adler", "123456")
    assert not services.accounts.has_accounts()


def test_an_owner_who_also_sees_clients_may_name_their_clinician(practice):
    owner = practice.svc.accounts.create_owner("Maya Okafor", OWNER_PIN, practice.okafor.id)
    assert owner.clinician_id == practice.okafor.id


def test_roles_and_clinician_links(practice):
    svc = practice.svc
    owner = svc.accounts.create_owner("Ruth Adler", OWNER_PIN)
    add = svc.accounts.add_account
    with pytest.raises(ValidationError) as err:
        add(owner, "Maya Okafor", Role.CLINICIAN, CLINICIAN_PIN)
    assert err.value.field == "clinician_id" and "must name the clinician" in str(err.value)
    for role in (Role.FRONT_DESK, Role.IT):
        with pytest.raises(ValidationError) as err:
            add(owner, "Sam Ortiz", role, DESK_PIN, clinician_id=practice.okafor.id)
        assert err.value.field == "clinician_id"
    with pytest.raises(ValidationError, match="not on the practice's active list"):
        add(owner, "Maya Okafor", Role.CLINICIAN, CLINICIAN_PIN, clinician_id=9999)
    gone = svc.practice.save_clinician(
        ClinicianInfo(practice.reyes.id, "Daniel Reyes", "Daniel", active=False), "test")
    with pytest.raises(ValidationError, match="not on the practice's active list"):
        add(owner, "Daniel Reyes", Role.CLINICIAN, CLINICIAN_PIN, clinician_id=gone.id)
    with pytest.raises(ValidationError) as err:
        add(owner, "Sam Ortiz", "receptionist", DESK_PIN)
    assert err.value.field == "role"

    maya = add(owner, "Maya Okafor", Role.CLINICIAN, CLINICIAN_PIN,
               clinician_id=practice.okafor.id)
    assert (maya.role, maya.clinician_id, maya.must_change_pin) == (
        Role.CLINICIAN, practice.okafor.id, True)
    with pytest.raises(ValidationError, match="already has an account"):
        add(owner, "Dr Okafor", Role.CLINICIAN, "604818", clinician_id=practice.okafor.id)
    with pytest.raises(ValidationError) as err:
        add(owner, " maya  OKAFOR", Role.FRONT_DESK, DESK_PIN)
    assert err.value.field == "name"
    assert [a.name for a in svc.accounts.accounts()] == ["Maya Okafor", "Ruth Adler"]


def test_changing_an_account(practice):
    svc = practice.svc
    staff = make_staff(svc)
    accounts, owner = staff.accounts, staff.owner
    maya = accounts.add_account(owner, "Maya Okafor", Role.CLINICIAN, CLINICIAN_PIN,
                                clinician_id=practice.okafor.id)
    start = len(audit_trail(svc))
    moved = accounts.update_account(owner, maya.id, role=Role.FRONT_DESK)
    assert (moved.role, moved.clinician_id) == (Role.FRONT_DESK, None)  # the link goes with it
    with pytest.raises(ValidationError, match="must name the clinician"):
        accounts.update_account(owner, maya.id, role=Role.CLINICIAN)
    back = accounts.update_account(owner, maya.id, role="clinician",
                                   clinician_id=practice.okafor.id, name="Dr Maya Okafor")
    assert (back.name, back.role, back.clinician_id) == (
        "Dr Maya Okafor", Role.CLINICIAN, practice.okafor.id)
    with pytest.raises(ValidationError) as err:
        accounts.update_account(owner, staff.desk.id, name="dr maya okafor")
    assert err.value.field == "name"
    assert accounts.update_account(owner, maya.id, name="Dr Maya Okafor") == back  # no change

    off = accounts.update_account(owner, staff.desk.id, active=False)
    assert not off.active
    with pytest.raises(SignInRefused) as refused:
        accounts.sign_in("Sam Ortiz", DESK_PIN)
    assert refused.value.reason == SignInRefused.INACTIVE
    assert "turned off" in str(refused.value) and "practice owner" in str(refused.value)
    with pytest.raises(NotFoundError):
        accounts.update_account(owner, 9999, active=False)

    details = [d for _, action, _, d in audit_trail(svc)[start:] if action == "account_changed"]
    assert details == [
        f"account_id={maya.id}; role clinician -> front_desk; clinician_id "
        f"{practice.okafor.id} -> None",
        f"account_id={maya.id}; name 'Maya Okafor' -> 'Dr Maya Okafor'; role front_desk -> "
        f"clinician; clinician_id None -> {practice.okafor.id}",
        f"account_id={staff.desk.id}; turned off",
    ]


def test_the_last_active_owner_stays_an_active_owner(services):
    staff = make_staff(services)
    accounts, owner = staff.accounts, staff.owner
    for change in ({"active": False}, {"role": Role.FRONT_DESK}):
        with pytest.raises(StateError, match="only active owner"):
            accounts.update_account(owner, owner.account_id, **change)
    [me] = [a for a in accounts.accounts() if a.id == owner.account_id]
    assert me.role is Role.OWNER and me.active
    second = accounts.update_account(owner, staff.it.id, role=Role.OWNER)
    accounts.update_account(owner, owner.account_id, role=Role.FRONT_DESK)
    with pytest.raises(StateError, match="only active owner"):
        accounts.update_account(staff.person(second), second.id, active=False)


@pytest.mark.parametrize("who", ["desk", "it"])
def test_only_the_owner_manages_accounts_and_the_lock(services, who):
    staff = make_staff(services)
    accounts = staff.accounts
    person = staff.person(getattr(staff, who))
    label = "Front desk" if who == "desk" else "IT"
    before, lock_before = accounts.accounts(), accounts.idle_lock_minutes()
    start = len(audit_trail(services))
    attempts = [
        lambda: accounts.add_account(person, "Mallory", Role.OWNER, NEW_PIN),
        lambda: accounts.update_account(person, person.account_id, role=Role.OWNER),
        lambda: accounts.update_account(person, staff.owner.account_id, active=False),
        lambda: accounts.reset_pin(person, staff.owner.account_id, NEW_PIN),
        lambda: accounts.set_idle_lock_minutes(person, 60),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied) as err:
            attempt()
        assert f"Your account ({label}) cannot" in str(err.value)
        assert "Ask the practice owner" in str(err.value)
    assert accounts.accounts() == before
    assert accounts.idle_lock_minutes() == lock_before
    assert accounts.sign_in("Ruth Adler", OWNER_PIN).role is Role.OWNER  # PIN unchanged
    denied = audit_trail(services)[start:start + len(attempts)]
    assert [(actor, action) for actor, action, _, _ in denied] == [
        (person.actor, "permission_denied")] * len(attempts)


def test_a_demoted_owner_loses_the_right_at_once(services):
    staff = make_staff(services)
    accounts = staff.accounts
    second = accounts.update_account(staff.owner, staff.it.id, role=Role.OWNER)
    stale = staff.owner  # still says OWNER
    accounts.update_account(staff.person(second), stale.account_id, role=Role.FRONT_DESK)
    with pytest.raises(PermissionDenied, match=r"Your account \(Front desk\)"):
        accounts.add_account(stale, "Mallory", Role.OWNER, NEW_PIN)
    forged = Person(9999, "Nobody", Role.OWNER)
    with pytest.raises(PermissionDenied):
        accounts.reset_pin(forged, second.id, NEW_PIN)
    assert [a.name for a in accounts.accounts()] == ["Priya Nair", "Ruth Adler", "Sam Ortiz"]


def test_the_owner_resets_a_pin(services):
    staff = make_staff(services)
    accounts = staff.accounts
    first = stored_hash(services, staff.desk.id)
    info = accounts.reset_pin(staff.owner, staff.desk.id, NEW_PIN)
    assert info.must_change_pin and not info.locked_out
    assert stored_hash(services, staff.desk.id) != first
    with pytest.raises(SignInRefused):
        accounts.sign_in("Sam Ortiz", DESK_PIN)
    assert accounts.sign_in("Sam Ortiz", NEW_PIN).account_id == staff.desk.id
    with pytest.raises(ValidationError):
        accounts.reset_pin(staff.owner, staff.desk.id, "000000")
    mine = accounts.reset_pin(staff.owner, staff.owner.account_id, "604817")
    assert not mine.must_change_pin  # the owner chose it themself
    assert (staff.owner.actor, "pin_reset", staff.desk.id, f"account_id={staff.desk.id}") \
        in audit_trail(services)


def test_a_person_changes_their_own_pin(services):
    staff = make_staff(services)
    accounts, sam = staff.accounts, staff.person(staff.desk)
    assert accounts.account(sam.account_id).must_change_pin  # the owner chose it
    with pytest.raises(ValidationError, match="same as the old one"):
        accounts.change_own_pin(sam, DESK_PIN, f" {DESK_PIN} ")
    with pytest.raises(ValidationError):
        accounts.change_own_pin(sam, DESK_PIN, "222222")
    with pytest.raises(SignInRefused) as err:
        accounts.change_own_pin(sam, "not my passphrase", NEW_PIN)
    assert err.value.reason == SignInRefused.WRONG
    accounts.change_own_pin(sam, DESK_PIN, NEW_PIN)
    assert not accounts.account(sam.account_id).must_change_pin
    assert accounts.sign_in(sam.account_id, NEW_PIN) == sam
    with pytest.raises(SignInRefused):
        accounts.sign_in(sam.account_id, DESK_PIN)
    assert actions(services)[-4:] == ["pin_change_failed", "pin_changed", "sign_in",
                                      "sign_in_failed"]
    trail = [(actor, action) for actor, action, _, _ in audit_trail(services)]
    assert ("desk", "pin_change_failed") in trail and (sam.actor, "pin_changed") in trail


def test_the_automatic_lock(services):
    staff = make_staff(services)
    accounts = staff.accounts
    assert accounts.idle_lock_minutes() == 5
    for wrong in (0, 61, -5):
        with pytest.raises(ValidationError, match="1 to 60 idle minutes"):
            accounts.set_idle_lock_minutes(staff.owner, wrong)
    assert accounts.set_idle_lock_minutes(staff.owner, 15) == 15
    assert AccountService(services.sessions, services.clock).idle_lock_minutes() == 15
    sam = staff.person(staff.desk)
    accounts.record_lock(sam, "idle")
    accounts.record_lock(sam, "on demand")
    accounts.record_sign_out(sam)
    with pytest.raises(ValueError):
        accounts.record_lock(sam, "lunch")
    assert audit_trail(services)[-4:] == [
        (staff.owner.actor, "idle_lock_changed", 1,
         f"account_id={staff.owner.account_id}; 5 -> 15 minutes"),
        (sam.actor, "lock", sam.account_id, f"account_id={sam.account_id}; idle"),
        (sam.actor, "lock", sam.account_id, f"account_id={sam.account_id}; on demand"),
        (sam.actor, "sign_out", sam.account_id, f"account_id={sam.account_id}"),
    ]


def test_account_changes_tell_the_screens(services):
    seen = []
    services.events.subscribe(seen.append)
    staff = make_staff(services)
    assert len(seen) == 3 and all(c.settings for c in seen)
    staff.accounts.set_idle_lock_minutes(staff.owner, 10)
    assert len(seen) == 4


def test_no_pin_is_ever_stored_or_audited(services):
    staff = make_staff(services)
    accounts = staff.accounts
    with pytest.raises(SignInRefused):
        accounts.sign_in("Sam Ortiz", "wrong passphrase here")
    accounts.sign_in("Sam Ortiz", DESK_PIN)
    accounts.reset_pin(staff.owner, staff.desk.id, NEW_PIN)
    for account_id in (staff.owner.account_id, staff.desk.id, staff.it.id):
        assert stored_hash(services, account_id).startswith("scrypt$")
    stored = " ".join(stored_hash(services, a) for a in (staff.owner.account_id,
                                                          staff.desk.id, staff.it.id))
    trail = repr(audit_trail(services))
    for pin in (OWNER_PIN, DESK_PIN, IT_PIN, NEW_PIN, "wrong passphrase here"):
        assert pin not in stored and pin not in trail
