"""Families from lists W, X, AA and BB, in wordings of their own (not the lists' texts), and the
development lists by name (two-letter lists after Z).

Misses: a means taken from work or chosen because a test would not find it, an overdose already
swallowed or treated inside a scheduling request, the two of us off a height, how easy the step
would be, a threat heard while hiding, a tool brought "not kidding". False alarms: hyperbole
over an everyday mishap, a story someone else lived (no flag); self-harm in school, someone
else's suicide, an assault lived with, a carer worn out (clinical). Clinical misses: eating,
a new parent who feels nothing, anger at the therapist. Intent: a question about the crisis
itself is the crisis, "instead of calling" asks for no new time. Each case failed before these
changes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from frontdesk.domain import Flag, Intent
from frontdesk.services.triage import classify

sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.mark.parametrize("text", [
    "ER nurse, off tmrw. been pocketing the leftover insulin pens, it adds up",
    "trabajo en la clínica y estoy juntando fentanilo del trabajo, ya casi tengo suficiente",
    "ICU tech here. the potassium wouldn't even show up on an autopsy, been doing the math",
    "no llego mañana, me hicieron un lavado de estómago y sigo internada",
    "sometimes on the highway i think about steering us both into the median so neither of us "
    "has to suffer",
    "she's banging on the door yelling she's going to kill me, i locked myself in the bathroom",
    "if my supervisor says one more thing monday im bringing the nail gun. not kidding",
    "chest pain all week and part of me hopes it happens. see you thursday",
])
def test_buried_crisis_is_flagged(text: str) -> None:
    assert classify(text).flag is Flag.CRISIS, text


@pytest.mark.parametrize("text", [
    "I could just die, I locked my keys in the car again. running late",
    "uf me quiero morir, perdí el bus por dos minutos jaja. llego en 20",
    "this printer at work is literally suicidal lol. see you at 4",
    "watched the movie about the soldier who jumped off the bridge, so sad. confirmed for friday",
    "vi la película donde el muchacho se envenena, qué tristeza. confirmo el lunes",
    "can we do phone instead, the hold music is going to make me jump off a bridge lol",
    "mi hija está viendo una serie de una chica que se quiere morir, ¿cómo le hablo de eso?",
])
def test_everyday_hyperbole_and_stories_raise_no_alarm(text: str) -> None:
    assert classify(text).flag is Flag.NONE, text


@pytest.mark.parametrize("text", [
    "cut myself a couple of times in middle school but nothing in like five years",
    "mi compadre se suicidó el mes pasado y no dejo de pensar en él",
    "desde que me violaron no puedo estar sola en la casa",
    "cuidar a mi papá con Parkinson me tiene agotada, le grito y me siento la peor hija",
    "throwing it up after dinner again, didn't want to tell anyone",
    "I don't feel anything when I hold her, is that normal after a baby",
    "still pretty upset with you after last session, felt like you didn't listen",
])
def test_past_harm_and_everyday_symptoms_are_clinical(text: str) -> None:
    assert classify(text).flag is Flag.CLINICAL, text


@pytest.mark.parametrize("text", [
    "how many of my sleeping pills would it take to not wake up",
    "which bridge downtown is the highest, asking for real",
])
def test_a_question_about_the_crisis_itself_is_the_crisis(text: str) -> None:
    triage = classify(text)
    assert (triage.flag, triage.intent) == (Flag.CRISIS, Intent.OTHER), text


def test_texting_instead_of_calling_asks_for_no_new_time() -> None:
    assert classify("sorry for texting instead of calling, just wanted to say hi").intent \
        is not Intent.RESCHEDULE


def test_the_development_lists_take_two_letter_names_after_z() -> None:
    from triage_heldout.development import BLIND, by_letter
    lists = by_letter()
    assert {"W", "X", "AA", "BB"} <= set(lists)
    assert not set(lists) & BLIND
    assert list(lists).index("Z") < list(lists).index("AA") < list(lists).index("BB")
    assert "AA" not in by_letter(without={"AA"})
