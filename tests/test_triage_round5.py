"""Indirect wording of the warning signs (signs_indirect) and the contexts that settle alarming
words (guards_context): new wordings of each family, not the held-out lists' texts. Each case
failed before these families were added."""

from __future__ import annotations

import pytest

from frontdesk.domain import Flag, Intent
from frontdesk.services.triage import classify, signs


@pytest.mark.parametrize(("text", "category"), [
    ("see ya on the other side, it was a good run", signs.FAREWELL),
    ("gracias por aguantarme tanto, dígale adiós de mi parte a la recepcionista", signs.FAREWELL),
    ("this is Ana's landlord, she posted see you on the other side and her door is locked",
     signs.THIRD_PARTY),
    ("soy la madrina de Sofi, anda diciendo que sus hijos estarían mejor sin ella",
     signs.THIRD_PARTY),
    ("got the whole thing mapped out for when my parents are away at the lake", signs.PLAN),
    ("cuando mi esposo se vaya de viaje lo hago, ya lo tengo calculado", signs.PLAN),
    ("everything ends tonight, dont bother replying", signs.PLAN),
    ("el domingo se acaba todo", signs.PLAN),
    ("anoche en la azotea pensaba si me aventaba", signs.METHOD),
    ("is the dam spillway deep enough, asking seriously", signs.METHOD),
    ("nearly stopped breathing on the fent last week, tonight im going bigger dose", signs.METHOD),
    ("what happens if u take a bunch of klonopin and a whole bottle of whiskey", signs.METHOD),
    ("hoping a drunk driver hits me on the way home", signs.WISH_DEAD),
    ("he punched a hole in the wall and says im not going out tonight", signs.VIOLENCE),
    ("if you dont hear from me by midnight send the police", signs.VIOLENCE),
    ("she hid my wallet and keeps saying if i leave she will make sure i regret it",
     signs.VIOLENCE),
    ("pls tell the doctor our code word, need help", signs.VIOLENCE),
    ("blacked out in the shower, havent eaten in four days", signs.MEDICAL),
    ("me desmayé otra vez, no he comido nada desde el domingo", signs.MEDICAL),
    ("the voices say the house must be cleansed with fire tonight", signs.COMMAND),
    ("handed my sister all my jewelry and wrote my kids a letter each", signs.PREPARATORY),
])
def test_indirect_families_in_new_wording(text, category):
    t = classify(text)
    assert t.flag is Flag.CRISIS and t.category == category, (t.category, t.reasons)


@pytest.mark.parametrize("text", [
    "I do weekend shifts answering calls for the crisis line, can we move to monday",
    "the flood came up so fast we all thought we were going to die but we're safe",
    "I could strangle my brother for using my car again, running late",
])
def test_settling_contexts_are_not_crisis(text):
    assert classify(text).flag is not Flag.CRISIS, classify(text).reasons


@pytest.mark.parametrize("text", [
    "haven't self harmed in three months, proud of me",
    "hace dos meses que no me lastimo",
    "had urges to cut myself after work but I went for a run instead",
])
def test_self_harm_given_up_or_resisted_is_clinical(text):
    assert classify(text).flag is Flag.CLINICAL, classify(text).reasons


@pytest.mark.parametrize(("text", "intent"), [
    ("cancle tues pls", Intent.CANCEL),
    ("any chance I could get in sooner", Intent.RESCHEDULE),
    ("¿me lo pueden cambiar?", Intent.RESCHEDULE),
    ("see you all in the next life", Intent.OTHER),
])
def test_intents_in_new_wording(text, intent):
    assert classify(text).intent is intent, classify(text).reasons
