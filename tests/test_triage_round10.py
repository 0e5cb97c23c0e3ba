"""Families from lists U, V, Y and Z, in wordings of their own (not the lists' texts), the two
new say-sos of the learned layer, and the development lists by letter.

Misses: a flat passive wish, a threat with the target's whereabouts, letters written or affairs
settled inside a scheduling request, a pet handed over "if anything happens", deciding at an
overlook. False alarms: self-harm or an attempt told as history, an urge resisted, a panic
attack's dying, an assisted-dying question (clinical); a patient's overdose at work, a trivial
slip someone "will kill me" for, a commute to die in, a roommate to strangle (no flag). Each
case failed before these changes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from frontdesk.domain import Flag, Intent
from frontdesk.services.triage import classify, learned

sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.mark.parametrize(("text", "intent"), [
    ("sad that I woke up this morning, honestly", Intent.OTHER),
    ("every day I wish I hadn't woken up", Intent.OTHER),
    ("me daría igual si mañana no me despierto", Intent.OTHER),
    ("see you thurs. settled my affairs this week, nothing left to worry about after", None),
    ("si me pasa algo que mi perrito se quede con mi tía, ya le dejé sus cosas", None),
])
def test_plainly_said_crisis_is_a_crisis(text, intent):
    t = classify(text)
    assert t.flag is Flag.CRISIS, t.reasons
    if intent is not None:
        assert t.intent is intent, t.reasons


@pytest.mark.parametrize("text", [
    "wanted to cut again yesterday but I didn't, I drew instead",
    "ten years ago I tried to kill myself. much better now, just telling the new counselor",
    "hace como 8 años intenté quitarme la vida, ahora estoy bien",
    "panic attack at work, I was sure I was dying. fine now",
    "my mom wants to ask about medical aid in dying at her next visit",
    "mi papá quiere hablar de la eutanasia con la doctora",
])
def test_history_urges_panic_and_assisted_dying_are_clinical(text):
    t = classify(text)
    assert t.flag is Flag.CLINICAL, t.reasons


@pytest.mark.parametrize("text", [
    "EMT here, one guy OD'd in the rig at 6am so I'm running late",
    "if i forget the cake again she's gonna kill me lol. confirmed for 2",
    "este trancón, me voy a morir aquí. voy 10 min tarde",
    "I could strangle my brother, he took my charger again. on my way",
])
def test_work_slips_and_commutes_are_no_crisis(text):
    assert classify(text).flag is not Flag.CRISIS, classify(text).reasons


def test_a_bare_risk_word_the_model_finds_far_from_crisis_is_clinical(monkeypatch):
    text = "bring the knives saturday, we are doing the deer at my uncle's place"
    monkeypatch.setattr(learned, "far_from_crisis", lambda normalised: True)
    t = classify(text)
    assert t.flag is Flag.CLINICAL and not t.category, t.reasons
    monkeypatch.setattr(learned, "far_from_crisis", lambda normalised: False)
    assert classify(text).flag is Flag.CRISIS
    # a crisis phrase, or a bare word in a short message, is never lowered
    monkeypatch.setattr(learned, "far_from_crisis", lambda normalised: True)
    assert classify("i want to kill myself, bring the knives saturday").flag is Flag.CRISIS
    assert classify("kill me now").flag is Flag.CRISIS
    assert classify("he said if I leave he'll kill me").flag is Flag.CRISIS  # not a slip


def test_the_learned_intent_is_asked_only_when_the_rules_are_unsure(monkeypatch):
    monkeypatch.setattr(learned, "intent_guess", lambda normalised, current: "cancel")
    assert classify("the car is in the shop until next week sadly").intent is Intent.CANCEL
    for text, intent in [("STOP", Intent.OPT_OUT), ("START", Intent.OPT_IN),
                         ("HELP", Intent.HELP), ("1", Intent.OTHER),
                         ("did you cancel my appointment?", Intent.QUESTION),
                         ("yes I'll be there tomorrow at 3", Intent.CONFIRM)]:
        assert classify(text).intent is intent, text
    monkeypatch.setattr(learned, "intent_guess", lambda normalised, current: "question")
    assert classify("the car is in the shop until next week sadly").intent is Intent.OTHER


def test_the_learned_layer_ships_a_low_cut_and_intent_weights():
    model = learned._load()
    assert model.threshold_low < model.threshold
    assert model.intent_weights.shape == (len(learned.INTENTS), 1 << learned.INTENT_BITS)


def test_the_development_lists_by_letter_leave_the_blind_ones_out():
    from triage_heldout.development import BLIND, by_letter
    lists = by_letter()
    assert set("UVYZ") <= set(lists) and not set(lists) & BLIND
    assert "sealed" not in lists and list(lists) == sorted(lists, key=lambda n: (len(n), n))
    assert "U" not in by_letter(without={"U"})
