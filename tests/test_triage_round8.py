"""Families from held-out lists Q and R, in wordings of their own (not the lists' texts).

Misses: not a burden "much longer", everybody better off had they died, praying not to wake
up, going with a dead loved one, a door kicked in, a threat to come back and finish, found and
waited for outside, an overdose with blue lips or "maybe on purpose", whether a medicine hurts
or its lethal dose, the whole medicine cabinet taken away alone, a vow to maim, voices ordering
a method. False alarms: someone else's death by suicide or overdose (grief), a past overdose
counted from in recovery, self-harm that stopped, dying of embarrassment, hyperbole reported,
exasperation at children or pets, jobs and processes killed, a jumper talked down on shift,
jury duty, a homeless shelter as an address, "pa' matar a alguien", the news, unwanted
thoughts the writer disowns. Clinical: relapse, drinking daily, hearing what is not there,
checking compulsions, medicine stopped and racing, flinching at touch, crowds avoided. Each
case failed before these families were added."""

from __future__ import annotations

import re
import re._parser as sre_parse
import sys
from pathlib import Path

import pytest
from test_triage_round6 import _word_start

from frontdesk.domain import Flag
from frontdesk.services.triage import (
    classify,
    clinical_recovery,
    guards_spoken,
    signs,
    signs_spoken,
)
from frontdesk.services.triage.normalise import normalise


@pytest.mark.parametrize(("text", "category"), [
    ("yes see you friday. won't be a problem to anybody for much longer so dont worry",
     signs.INTENT),
    ("sí el martes voy. ya no voy a ser una carga para nadie por mucho tiempo", signs.INTENT),
    ("le pido a diosito no amanecer mañana", signs.WISH_DEAD),
    ("since my brother passed i just want to be with my brother again", signs.WISH_DEAD),
    ("my ex is breaking down the front door right now", signs.VIOLENCE),
    ("está golpeando la puerta y gritando, estoy encerrada en el baño", signs.VIOLENCE),
    ("they tracked me to my cousin's place and a car has been parked outside the house all "
     "night", signs.VIOLENCE),
    ("mi ex salió del penal y le dijo a mi mamá que va a terminar lo que empezó",
     signs.VIOLENCE),
    ("did way more than i wanted last night, kinda on purpose, and i can't stay awake",
     signs.MEDICAL),
    ("me tomé más de lo que quería y tengo los labios morados", signs.MEDICAL),
    ("would the benadryl hurt or would i just fall asleep?", signs.METHOD),
    ("cuál es la dosis letal del paracetamol para alguien de mi peso?", signs.METHOD),
    ("driving to the cabin by myself tonight with whatever is in the bathroom cabinet",
     signs.MEANS),
    ("te lo juro que si vuelve a tocar a mi hija le parto las piernas", signs.HARM_OTHERS),
    ("las voces me mandan que me aviente del puente", signs.COMMAND),
])
def test_signs_in_everyday_words_are_crisis(text, category):
    t = classify(text)
    assert t.flag is Flag.CRISIS and t.category == category, (t.category, t.reasons)


@pytest.mark.parametrize("text", [
    "my best friend from rehab od'd on saturday and i can't stop shaking",
    "three years sober since my overdose and today is hard",
    "de adolescente me cortaba pero ya no, solo que hoy lo soñé",
    "I keep picturing stabbing my husband with the bread knife and it scares me, I'd never do "
    "it. is this normal?",
    "se me viene la imagen de tirar al bebé por la escalera, me da terror pensarlo, jamás lo "
    "haría",
])
def test_grief_recovery_and_unwanted_thoughts_are_clinical(text):
    t = classify(text)
    assert t.flag is Flag.CLINICAL, t.reasons


@pytest.mark.parametrize("text", [
    "ugh i could literally die, i wrote down the wrong day. can we do thursday",
    "me quiero morir, me quedé dormida otra vez jajaja, me pasan para el viernes?",
    "my son says he'll die if he misses practice so running 10 late",
    "i'm gonna strangle the dog, it ate my car keys. running late",
    "had to kill a bunch of stuck jobs on the server before leaving, 10 min late",
    "we had a jumper off the overpass on my shift, crew talked him down and he is fine. see "
    "you at 4",
    "el calor está para matar a alguien, llego tarde",
    "walking over from the shelter now, 10 min late",
    "binge watched the whole show last night, the ending where he jumps was wild. see you "
    "friday",
])
def test_jokes_work_news_and_addresses_are_no_flag(text):
    t = classify(text)
    assert t.flag is Flag.NONE, t.reasons


@pytest.mark.parametrize("text", [
    "picked up again on saturday after 90 days. please don't tell my mom",
    "keep hearing whispers when nobody else is in the room, mostly at night",
    "spent an hour checking the door locks over and over, be there 20 late",
    "the mood has been really flat, no energy to even get up",
    "still flinch every time someone touches my shoulder since that night",
    "cant be around crowds since i got home from deployment",
    "apenas duermo y perdí el apetito desde que me separé",
])
def test_recovery_perception_and_compulsions_are_clinical(text):
    t = classify(text)
    assert t.flag is Flag.CLINICAL, t.reasons


@pytest.mark.parametrize("text", [
    # an unwanted thought beside a real sign stays a crisis
    "I keep picturing it and it scares me, I'd never, but I already bought the rope",
    # grief for a friend beside wanting to join him stays a crisis
    "my buddy shot himself in june and i want to be with him again",
    # embarrassment beside a method stays a crisis
    "ugh i could just die, i wrote the wrong date. i have the pills ready anyway",
])
def test_guards_with_a_real_sign_stay_crisis(text):
    """A guard-rail for the guards above (these were crisis before them too)."""
    t = classify(text)
    assert t.flag is Flag.CRISIS, t.reasons


def test_spoken_cue_covers_each_own_lexicon():
    """The cheap keyword search in front of signs_spoken's combinations must find something
    wherever one of their own lexicons does (on every text the project holds)."""
    root = Path(__file__).resolve().parent
    sys.path.insert(0, str(root))
    from triage_corpus import CORPUS
    from triage_heldout import list_q, list_r
    texts = [e.text for e in CORPUS] + [row[0] for m in (list_q, list_r) for row in m.EN + m.ES]
    cue = signs.LEXICONS["spoken_cue"]
    for text in texts:
        norm = normalise(text).text
        if any(signs.LEXICONS[n].search(norm) for n in signs_spoken._OWN):
            assert cue.search(norm), norm


def test_new_rules_begin_with_a_word_character():
    """As the older flag rules: compiled to be tried only where a word starts."""
    fragments = [*guards_spoken.IDIOMS, *guards_spoken.NOT_CLINICAL, *clinical_recovery.CLINICAL,
                 *(f for lexicon in signs_spoken.LEX.values() for f in lexicon)]
    bad = [f for f in fragments if _word_start(sre_parse.parse(f)) != (True, False)]
    assert not bad, bad
    assert re.compile(guards_spoken.SOFT_BUT)
