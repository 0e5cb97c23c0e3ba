"""Signing in, unlocking and the owner's recovery-code reset on a real encrypted database with an
injected FixedClock: waits after wrong PINs (a try during the wait is refused unchecked, even
with the right PIN), lockout after ten, the owner's reset, and every attempt in the audit trail.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from frontdesk.domain.access import Role
from frontdesk.services import pin_hash
from frontdesk.services.accounts import AccountService
from frontdesk.services.errors import SignInRefused, StateError, ValidationError
from tests.account_kit import (
    DESK_PIN,
    NEW_PIN,
    OWNER_PIN,
    actions,
    audit_trail,
    make_staff,
    stored_hash,
)

WRONG = "000001"  # not a PIN anyone here has


def refused(fn, *args) -> SignInRefused:
    with pytest.raises(SignInRefused) as err:
        fn(*args)
    return err.value


def test_sign_in_by_name_or_id(services, clock):
    staff = make_staff(services)
    clock.advance(timedelta(minutes=5))
    sam = staff.accounts.sign_in("  sam ORTIZ ", DESK_PIN)
    assert (sam.account_id, sam.name, sam.role) == (staff.desk.id, "Sam Ortiz", Role.FRONT_DESK)
    assert staff.accounts.sign_in(staff.desk.id, DESK_PIN) == sam
    assert staff.accounts.account(sam.account_id).last_sign_in_at == clock.now()
    assert audit_trail(services)[-1] == (sam.actor, "sign_in", sam.account_id,
                                         f"account_id={sam.account_id}")


def counting_checks(monkeypatch) -> list[str]:
    """Every PIN the real pin_matches is asked to check, from now on."""
    checked: list[str] = []
    real = pin_hash.pin_matches

    def pin_matches(pin: str, stored: str) -> bool:
        checked.append(pin)
        return real(pin, stored)

    monkeypatch.setattr(pin_hash, "pin_matches", pin_matches)
    return checked


def test_waits_grow_and_a_try_during_the_wait_is_not_checked(services, clock, monkeypatch):
    staff = make_staff(services)
    sign_in = staff.accounts.sign_in
    checked = counting_checks(monkeypatch)
    for _ in range(3):  # the first three wrong tries cost nothing
        err = refused(sign_in, "Sam Ortiz", WRONG)
        assert (err.reason, err.wait_seconds) == (SignInRefused.WRONG, 0)
        assert str(err) == "That name and PIN do not match. Check them and try again."
    err = refused(sign_in, "Sam Ortiz", WRONG)
    assert (err.reason, err.wait_seconds) == (SignInRefused.WRONG, 30)
    assert "Wait 30 seconds before the next try" in str(err)

    # During the wait the right PIN is refused as well: it is never looked at.
    assert checked == [WRONG] * 4
    err = refused(sign_in, "Sam Ortiz", DESK_PIN)
    assert (err.reason, err.wait_seconds) == (SignInRefused.WAIT, 30)
    assert "wait 30 seconds, then try again" in str(err)
    clock.advance(timedelta(seconds=29))
    err = refused(sign_in, "Sam Ortiz", WRONG)  # nor counted: the wait does not grow
    assert (err.reason, err.wait_seconds) == (SignInRefused.WAIT, 1)
    assert checked == [WRONG] * 4

    clock.advance(timedelta(seconds=1))
    err = refused(sign_in, "Sam Ortiz", WRONG)  # checked again: the fifth wrong try
    assert (err.reason, err.wait_seconds) == (SignInRefused.WRONG, 60)
    clock.advance(timedelta(seconds=60))
    assert sign_in("Sam Ortiz", DESK_PIN).account_id == staff.desk.id
    err = refused(sign_in, "Sam Ortiz", WRONG)  # a good sign-in starts the count again
    assert err.wait_seconds == 0
    assert checked == [WRONG] * 5 + [DESK_PIN, WRONG]

    assert actions(services)[-2:] == ["sign_in", "sign_in_failed"]
    desk = [(a, d) for actor, a, _, d in audit_trail(services)
            if actor == "desk" and f"account_id={staff.desk.id}" in d]
    assert desk == [
        ("sign_in_failed", f"account_id={staff.desk.id}; failed=1"),
        ("sign_in_failed", f"account_id={staff.desk.id}; failed=2"),
        ("sign_in_failed", f"account_id={staff.desk.id}; failed=3"),
        ("sign_in_failed", f"account_id={staff.desk.id}; failed=4"),
        ("sign_in_refused", f"account_id={staff.desk.id}; wait"),
        ("sign_in_refused", f"account_id={staff.desk.id}; wait"),
        ("sign_in_failed", f"account_id={staff.desk.id}; failed=5"),
        ("sign_in_failed", f"account_id={staff.desk.id}; failed=1"),
    ]


def wrong_until_locked(accounts, clock, who) -> list[SignInRefused]:
    errors = []
    for _ in range(10):
        errors.append(refused(accounts.sign_in, who, WRONG))
        clock.advance(timedelta(minutes=5))  # past every wait
    return errors


def test_ten_wrong_pins_lock_the_account_until_the_owner_resets_it(services, clock):
    staff = make_staff(services)
    accounts = staff.accounts
    errors = wrong_until_locked(accounts, clock, "Sam Ortiz")
    assert [e.wait_seconds for e in errors[:9]] == [0, 0, 0, 30, 60, 120, 300, 300, 300]
    assert "After 1 more wrong try the account is locked" in str(errors[8])
    assert errors[9].reason == SignInRefused.LOCKED_OUT
    assert "locked after too many wrong PINs" in str(errors[9])
    assert accounts.account(staff.desk.id).locked_out

    clock.advance(timedelta(days=2))
    err = refused(accounts.sign_in, "Sam Ortiz", DESK_PIN)  # the right PIN, unchecked
    assert err.reason == SignInRefused.LOCKED_OUT
    assert "Ask the practice owner to reset the PIN" in str(err)
    assert refused(accounts.unlock, staff.person(staff.desk), DESK_PIN).reason == \
        SignInRefused.LOCKED_OUT

    info = accounts.reset_pin(staff.owner, staff.desk.id, NEW_PIN)
    assert not info.locked_out and info.must_change_pin
    assert accounts.sign_in("Sam Ortiz", NEW_PIN).account_id == staff.desk.id
    trail = audit_trail(services)
    assert ("desk", "locked_out", staff.desk.id,
            f"account_id={staff.desk.id}; after 10 wrong PINs in a row") in trail
    assert (staff.owner.actor, "pin_reset", staff.desk.id,
            f"account_id={staff.desk.id}; was locked out") in trail
    assert [a for _, a, _, _ in trail].count("sign_in_refused") == 1


def test_a_name_with_no_account_gets_the_same_answers(services, clock):
    staff = make_staff(services)
    for name in ("Sam Ortiz", "Nobody Here"):
        answers = [refused(staff.accounts.sign_in, name, WRONG) for _ in range(4)]
        assert [str(e) for e in answers[:3]] == [
            "That name and PIN do not match. Check them and try again."] * 3
        assert answers[3].wait_seconds == 30
        assert refused(staff.accounts.sign_in, name, DESK_PIN).reason == SignInRefused.WAIT
    assert refused(staff.accounts.sign_in, 9999, WRONG).wait_seconds == 0  # by id too
    nobody = [(actor, a, eid, d) for actor, a, eid, d in audit_trail(services)
              if "no such account" in d]
    assert nobody[0] == ("desk", "sign_in_failed", None, "no such account; failed=1")
    assert len(nobody) == 6 and not any("Nobody" in d for _, _, _, d in nobody)


def test_unlock_checks_the_pin_behind_the_same_waits(services, clock):
    staff = make_staff(services)
    accounts, sam = staff.accounts, staff.person(staff.desk)
    assert accounts.unlock(sam, DESK_PIN) == sam
    for _ in range(3):
        assert refused(accounts.unlock, sam, WRONG).reason == SignInRefused.WRONG
    assert refused(accounts.sign_in, "Sam Ortiz", WRONG).wait_seconds == 30  # one count
    assert refused(accounts.unlock, sam, DESK_PIN).reason == SignInRefused.WAIT
    clock.advance(timedelta(seconds=30))
    assert accounts.unlock(sam, DESK_PIN) == sam
    trail = [(actor, a) for actor, a, _, _ in audit_trail(services)]
    assert trail[-7:] == [(sam.actor, "unlock"), ("desk", "unlock_failed"),
                          ("desk", "unlock_failed"), ("desk", "unlock_failed"),
                          ("desk", "sign_in_failed"), ("desk", "unlock_refused"),
                          (sam.actor, "unlock")]


def test_unlock_speaks_for_the_account_as_it_is_now(services):
    staff = make_staff(services)
    accounts = staff.accounts
    sam = staff.person(staff.desk)
    accounts.update_account(staff.owner, sam.account_id, role=Role.IT)
    assert accounts.unlock(sam, DESK_PIN).role is Role.IT
    accounts.update_account(staff.owner, sam.account_id, active=False)
    assert refused(accounts.unlock, sam, DESK_PIN).reason == SignInRefused.INACTIVE


def test_the_owner_resets_their_own_pin_with_the_recovery_code(services, clock):
    staff = make_staff(services)
    accounts = staff.accounts
    wrong_until_locked(accounts, clock, "Ruth Adler")
    assert accounts.account(staff.owner.account_id).locked_out
    code = services.practice.recovery_code("test")
    assert code

    err = refused(accounts.reset_owner_pin_with_recovery_code, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF",
                  NEW_PIN)
    assert err.reason == SignInRefused.WRONG
    assert "That recovery code does not match" in str(err)
    with pytest.raises(ValidationError):  # the new PIN's rules come before the code
        accounts.reset_owner_pin_with_recovery_code(code, "123456")

    typed = code.lower().replace("-", " ")
    owner = accounts.reset_owner_pin_with_recovery_code(typed, NEW_PIN)
    assert owner.account_id == staff.owner.account_id
    info = accounts.account(owner.account_id)
    assert not info.locked_out and not info.must_change_pin
    assert accounts.sign_in("Ruth Adler", NEW_PIN) == owner
    trail = audit_trail(services)
    assert ("desk", "recovery_code_failed", None, "failed=1") in trail
    assert (owner.actor, "owner_reset_by_recovery_code", owner.account_id,
            f"account_id={owner.account_id}") in trail
    assert code not in repr(trail)


def test_wrong_recovery_codes_make_the_next_try_wait_even_after_a_restart(services, clock):
    staff = make_staff(services)
    code = services.practice.recovery_code("test")
    for expected in (0, 0, 0, 30):
        err = refused(staff.accounts.reset_owner_pin_with_recovery_code, "WRONG-CODE", NEW_PIN)
        assert err.wait_seconds == expected
    again = AccountService(services.sessions, clock)  # a new process: no memory of the tries
    err = refused(again.reset_owner_pin_with_recovery_code, code, NEW_PIN)
    assert (err.reason, err.wait_seconds) == (SignInRefused.WAIT, 30)  # the right code, unread
    clock.advance(timedelta(seconds=30))
    assert again.reset_owner_pin_with_recovery_code(code, NEW_PIN).role is Role.OWNER
    err = refused(again.reset_owner_pin_with_recovery_code, "WRONG-CODE", NEW_PIN)
    assert err.wait_seconds == 0  # the good reset started the count again
    assert actions(services).count("recovery_code_refused") == 1


def test_with_several_owners_the_recovery_code_names_one(services):
    staff = make_staff(services)
    accounts = staff.accounts
    accounts.update_account(staff.owner, staff.it.id, role=Role.OWNER)
    code = services.practice.recovery_code("test")
    with pytest.raises(ValidationError, match="more than one owner"):
        accounts.reset_owner_pin_with_recovery_code(code, NEW_PIN)
    with pytest.raises(ValidationError, match="not an active owner"):
        accounts.reset_owner_pin_with_recovery_code(code, NEW_PIN, owner_id=staff.desk.id)
    assert accounts.reset_owner_pin_with_recovery_code(code, NEW_PIN, staff.it.id).account_id \
        == staff.it.id
    assert actions(services).count("recovery_code_refused") == 2


def test_without_a_stored_recovery_code_the_reset_says_so(services):
    staff = make_staff(services)
    services.practice.store_recovery_code(None)
    with pytest.raises(StateError, match="No recovery code is kept"):
        staff.accounts.reset_owner_pin_with_recovery_code("AAAA-BBBB", NEW_PIN)


def test_a_hash_made_at_an_older_cost_is_redone_at_the_next_sign_in(services, monkeypatch):
    staff = make_staff(services)
    assert stored_hash(services, staff.desk.id).split("$")[1] == "8"
    monkeypatch.setitem(pin_hash.SCRYPT_COST, "n", 2**9)
    staff.accounts.sign_in("Sam Ortiz", DESK_PIN)
    assert stored_hash(services, staff.desk.id).split("$")[1] == "9"
    assert staff.accounts.sign_in("Sam Ortiz", DESK_PIN).account_id == staff.desk.id
    assert stored_hash(services, staff.owner.account_id).split("$")[1] == "8"  # not signed in
    assert staff.accounts.sign_in("Ruth Adler", OWNER_PIN).role is Role.OWNER
