"""PIN rules, the salted scrypt hash and the guessing waits, as pure functions (real scrypt at
the tests' lower cost)."""

from __future__ import annotations

import base64
from datetime import timedelta

import pytest

from frontdesk.services import account_gate as gate
from frontdesk.services import pin_hash
from frontdesk.services.errors import SignInRefused, ValidationError
from tests.helpers import START


@pytest.mark.parametrize("pin", ["583920", " 047193 ", "blue heron at dawn", "7391058264",
                                 "Quatre-vingt-dix"])
def test_good_pins_and_passphrases_pass(pin):
    assert pin_hash.check_pin_rules(pin) == pin.strip()


@pytest.mark.parametrize(("pin", "says"), [
    ("12345", "at least 6 digits"),
    ("", "at least 10 characters"),
    ("heron 42", "at least 10 characters"),
    ("111111", "too easy"),
    ("123456", "too easy"),
    ("654321", "too easy"),
    ("890123", "too easy"),  # a run that wraps past 9
    ("3210987", "too easy"),
    ("121212", "too easy"),
    ("457457", "too easy"),
    ("aaaaaaaaaaaa", "too easy"),
    ("x" * 129, "longer than 128"),
])
def test_weak_pins_are_refused_in_words(pin, says):
    with pytest.raises(ValidationError) as err:
        pin_hash.check_pin_rules(pin, "new_pin")
    assert says in str(err.value)
    assert err.value.field == "new_pin"
    assert err.value.hint  # says what to choose instead


def test_each_hash_is_salted_and_records_its_cost():
    first, second = pin_hash.hash_pin("583920"), pin_hash.hash_pin("583920")
    assert first != second
    kind, log2_n, r, p, salt, digest = first.split("$")
    assert (kind, int(log2_n), int(r), int(p)) == ("scrypt", 8, 8, 1)  # the tests' cost
    assert salt != second.split("$")[4]
    assert len(base64.b64decode(salt)) == 16 and len(base64.b64decode(digest)) == 32
    assert "583920" not in first and "583920" not in second
    assert pin_hash.pin_matches("583920", first) and pin_hash.pin_matches("583920", second)
    assert not pin_hash.pin_matches("583921", first)
    assert not pin_hash.pin_matches("", first)


def test_a_passphrase_matches_however_it_was_composed():
    composed = pin_hash.hash_pin("caf\u00e9 au lait ")  # é as one character, a space after
    assert pin_hash.pin_matches("cafe\u0301 au lait", composed)  # e + combining accent


def test_a_hash_checks_at_its_own_cost_after_the_cost_is_raised(monkeypatch):
    old = pin_hash.hash_pin("583920")
    assert not pin_hash.needs_rehash(old)
    monkeypatch.setitem(pin_hash.SCRYPT_COST, "n", 2**9)
    assert pin_hash.pin_matches("583920", old)
    assert pin_hash.needs_rehash(old)
    assert pin_hash.hash_pin("583920").split("$")[1] == "9"


@pytest.mark.parametrize("stored", ["", "583920", "scrypt$8$8$1$$", "bcrypt$8$8$1$AA==$AA==",
                                    "scrypt$40$8$1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 44])
def test_text_that_is_not_a_hash_matches_nothing(stored):
    assert not pin_hash.pin_matches("583920", stored)
    assert pin_hash.needs_rehash(stored)


def test_the_production_cost_is_memory_hard():
    assert pin_hash.SCRYPT_N >= 2**15 and pin_hash.SCRYPT_N & (pin_hash.SCRYPT_N - 1) == 0


def test_waits_grow_after_the_first_three_wrong_tries():
    assert [gate.backoff_seconds(n) for n in range(0, 10)] == [
        0, 0, 0, 0, 30, 60, 120, 300, 300, 300]


def test_a_wait_counts_down_and_a_clock_set_back_never_lengthens_it():
    tally = gate.Tally(failed_attempts=4, last_failed_at=START)
    assert gate.wait_left(tally, START) == 30
    assert gate.wait_left(tally, START + timedelta(seconds=29.5)) == 1
    assert gate.wait_left(tally, START + timedelta(seconds=30)) == 0
    assert gate.wait_left(tally, START - timedelta(hours=3)) == 30


def test_the_tenth_wrong_try_locks_and_a_lock_is_refused_before_any_check():
    tally = gate.Tally(failed_attempts=9, last_failed_at=START)
    err = gate.count_failure(tally, START + timedelta(minutes=10), lockout_after=10)
    assert err.reason == SignInRefused.LOCKED_OUT and tally.locked_out
    refused = gate.refusal_before_check(tally, START + timedelta(days=30))
    assert refused is not None and refused.reason == SignInRefused.LOCKED_OUT
    assert "practice owner" in str(refused)


def test_no_lockout_when_none_is_asked_for():
    tally = gate.Tally()
    for _ in range(20):
        gate.count_failure(tally, START, lockout_after=None)
    assert not tally.locked_out and gate.wait_left(tally, START) == 300


@pytest.mark.parametrize(("seconds", "words"), [(1, "1 second"), (30, "30 seconds"),
                                                (60, "1 minute"), (61, "2 minutes"),
                                                (300, "5 minutes")])
def test_waits_in_words(seconds, words):
    assert gate.in_words(seconds) == words
