"""A long or repetitive message: classify() reads a bounded part once, and says so."""

from __future__ import annotations

from frontdesk.domain import Flag
from frontdesk.services.triage import classify
from frontdesk.services.triage.bounds import MAX_CHARS, bounded, fold_repeats


def test_a_phrase_said_again_and_again_reads_once():
    assert fold_repeats("please call me back please call me back please call me back") == \
        "please call me back"
    assert fold_repeats("i am ok i am ok thanks") == "i am ok thanks"
    assert fold_repeats("no no no") == "no no no"  # short repeats keep their weight
    assert fold_repeats("see you on monday and on tuesday") == "see you on monday and on tuesday"


def test_a_pocket_typed_plea_is_no_crisis_but_a_repeated_crisis_still_is():
    assert classify("please call me back " * 50).flag is Flag.NONE
    crisis = classify("i took all my pills i took all my pills i took all my pills")
    assert crisis.flag is Flag.CRISIS


def test_a_long_email_is_read_up_to_the_bound_and_the_reasons_say_so():
    filler = "Thank you for the reminder about the appointment next week. " * 40
    long = filler + "I took all my pills an hour ago. " + filler * 3
    assert len(long) > MAX_CHARS and long.index("pills") < MAX_CHARS
    triage = classify(long)
    assert triage.flag is Flag.CRISIS
    assert any("only the first" in r for r in triage.reasons)
    short = classify("I took all my pills an hour ago.")
    assert not any("only the first" in r for r in short.reasons)


def test_the_bound_cuts_at_a_word():
    text = "word " * 2_000
    kept, cut = bounded(text)
    assert cut and len(kept) <= MAX_CHARS and kept.endswith("word")
    assert bounded("short") == ("short", False)
