"""Families from held-out lists O and P, in wordings of their own (not the lists' texts).

False alarms: a method named as a joke over a team, a song or a pile of work; joy said as
dying; a chore "actually killing me"; "cortar" as a break-up; the fear of dying inside a panic
attack; ropes on a load and livestock; means given up and self-harm in the past; a caregiver's
exhaustion; good news that explains a goodbye; crying over a story. Misses: distress said
plainly, and warning signs said through a veil (something vague settled with reassurance,
"done" insisted on, a passive wish through an accident, joining God soon, a relative's
thoughts of a method, someone found beside empty packs, a near attempt, a pet rehomed with
the passwords left, medicine saved "enough for two", a voice commanding a method, a threat
reported). Each case failed before these families were added."""

from __future__ import annotations

import re._parser as sre_parse

import pytest
from test_triage_round6 import _word_start

from frontdesk.domain import Flag, Intent
from frontdesk.services.triage import (
    classify,
    clinical_plain,
    guards_jokes,
    signs,
    signs_veiled,
)


@pytest.mark.parametrize("text", [
    "if the Lakers blow it tonight I'm throwing myself off the balcony lmao. see u thurs",
    "honestly would rather hang myself than sit through another one of those group trainings "
    "haha, can we do 5 instead",
    "si el Boca pierde el domingo me tiro del balcón, jaja. el martes ahí estoy",
    "estoy que me tiro del balcón con tanto papeleo jaja, llego 10 min tarde",
    "if I have to hear that ringtone one more time I'm gonna jump off a bridge lol. yes to friday",
    "WE GOT THE APARTMENT!!! i could die rn 😭 thank you for helping me get through the search",
    "this line at the DMV is literally killing me, gonna be 10 late",
    "I'm a dead man if I miss my daughter's recital, could we do 11 instead",
    "literally dying con este calor pero sí voy el lunes",
    "tied the rope around the calf good today, boss happy, I come monday",
    "el domingo vamos a matar un chompipe pa la fiesta, ¿puedo el lunes?",
    "opening weekend of deer season, I'll be in the tree stand from dawn with my dad's old "
    "rifle, could we move to tuesday",
    "got the promotion!! won't need the friday spot anymore, thanks for everything",
])
def test_jokes_cheers_and_work_are_not_crisis(text):
    t = classify(text)
    assert t.flag is not Flag.CRISIS, t.reasons


@pytest.mark.parametrize("text", [
    "desde que me cortó mi pololo estoy triste todo el día",
    "otra vez me dio un ataque de pánico en el metro, sentía que me iba a morir",
    "tiré las navajas a la basura y le hablé a mi hermana, ya estoy mejor",
    "de chamaca me cortaba, anoche tuve ganas pero no lo hice, le marqué a mi hermana",
    "hace mucho me hacía cortes, hoy me acordé de eso pero estoy bien",
    "a mi papá lo cuido yo sola desde que le dio el derrame y ya no puedo más, no duermo",
    "i feal sad every day and i dont eat much",
    "keep waking up screaming from the same bad dreams about the accident",
    "un año intentando embarazarnos y otra vez me vino la regla",
    "been hitting the bottle since she left",
])
def test_plain_distress_and_past_self_harm_are_clinical(text):
    t = classify(text)
    assert t.flag is Flag.CLINICAL, t.reasons


@pytest.mark.parametrize("text", [
    "that movie where the dog dies at the end had me in tears lol. confirm wed",
    "terminé la novela que me recomendó y lloré como magdalena al final. sí voy el martes",
    "the commute today is an absolute nightmare, running 10 late",
])
def test_tears_over_a_story_are_no_flag(text):
    assert classify(text).flag is Flag.NONE, classify(text).reasons


@pytest.mark.parametrize(("text", "category"), [
    ("no need to worry about me anymore. it's all taken care of for this weekend", signs.PLAN),
    ("ya quedó todo arreglado, no se preocupe más por mí", signs.PLAN),
    ("i'm done. for real this time, not joking", signs.INTENT),
    ("sometimes i hope my flight just crashes on the way home. wouldn't mind", signs.WISH_DEAD),
    ("this is Maria's son, she asks to cancel thursday. she keeps saying she'll be with Jesus "
     "soon and won't need doctors", signs.WISH_DEAD),
    ("le escribe la nuera de don Tomás, él anda diciendo que quiere tomarse el veneno de las "
     "gallinas", signs.THIRD_PARTY),
    ("lo encontré en el suelo del baño con las cajas de pastillas vacías, no responde bien",
     signs.THIRD_PARTY),
    ("can we push to friday. nearly drove off the overpass last night, had to pull over",
     signs.METHOD),
    ("cancel monday please. my neighbor is taking the cat, and the passwords are in the drawer "
     "by the door", signs.PREPARATORY),
    ("confirm 2pm. gave my guitar to my cousin, she deserves it more than me",
     signs.PREPARATORY),
    ("hoarding grandpa's oxy, enough for the two of us", signs.MEANS),
    ("the voice keeps telling me to step in front of a bus", signs.COMMAND),
    ("BAJA. después del viernes ya no hará falta", signs.INTENT),
    ("my kids would be better off cashing in my life insurance", signs.WISH_DEAD),
    ("I'm going to put him in the ground, not kidding", signs.HARM_OTHERS),
])
def test_veiled_signs_are_crisis(text, category):
    t = classify(text)
    assert t.flag is Flag.CRISIS and t.category == category, (t.category, t.reasons)


@pytest.mark.parametrize("text", [
    "mi tío anda con la pistola gritando que nos va a matar a todos, estamos en el cuarto",
    "my team lost and honestly I want to die for real, not a joke",
    "me cortaba de chica y anoche lo volví a hacer",
])
def test_idioms_with_a_real_sign_stay_crisis(text):
    t = classify(text)
    assert t.flag is Flag.CRISIS, t.reasons


@pytest.mark.parametrize(("text", "intent"), [
    ("soy el hijo de don Beto, él dice que sí va el jueves", Intent.CONFIRM),
    ("no boy a poder ir mañana", Intent.CANCEL),
    ("q ora me toca mañana", Intent.QUESTION),
    ("was out on a call, still good for 4", Intent.CONFIRM),
])
def test_intents_in_new_wording(text, intent):
    assert classify(text).intent is intent, classify(text).reasons


def test_new_rules_begin_with_a_word_character():
    """As the older flag rules: compiled to be tried only where a word starts."""
    fragments = [*guards_jokes.IDIOMS, *guards_jokes.NEGATED_CRISIS, *clinical_plain.CLINICAL,
                 *clinical_plain.NOT_CLINICAL,
                 *(f for lexicon in signs_veiled.LEX.values() for f in lexicon)]
    bad = [f for f in fragments if _word_start(sre_parse.parse(f)) != (True, False)]
    assert not bad, bad
