"""Families from held-out lists M and N, in wordings of their own (not the lists' texts): death
talk over a trivial cause, fiction and games, work with danger, a hunting trip, a loss to
suicide, self-harm in the past, symptoms said as behaviour; and warning signs without a death
word (a plan keyed to the others being away, a rope tried out, an amount asked about with a
supply at hand, the dose that would stop one's heart, an accident staged for the insurance, a
vow to kill someone whose whereabouts are known). Each case failed before these families were
added."""

from __future__ import annotations

import importlib
import re._parser as sre_parse
from re._constants import (
    ASSERT,
    ASSERT_NOT,
    BRANCH,
    CATEGORY,
    CATEGORY_DIGIT,
    CATEGORY_WORD,
    IN,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    POSSESSIVE_REPEAT,
    RANGE,
    SUBPATTERN,
)

import pytest

from frontdesk.domain import Flag, Intent
from frontdesk.services.triage import (
    classify,
    clinical_en,
    clinical_es,
    clinical_wider,
    flags_en,
    flags_es,
    guards_context,
    guards_en,
    guards_es,
    guards_hyperbole,
    guards_others,
    signs,
)


@pytest.mark.parametrize(("text", "category"), [
    ("after my parents leave for the cabin friday im doing it", signs.PLAN),
    ("ya pensé cómo y cuándo, antes de que regrese mi esposa", signs.PLAN),
    ("colgué la cuerda del barandal para probar", signs.METHOD),
    ("hung my belt from the closet rod as a test last night", signs.METHOD),
    ("would 40 aspirin hurt the liver enough? there are three bottles in my bathroom",
     signs.METHOD),
    ("cuánto matarratas hace falta para una persona, tengo un bote lleno", signs.METHOD),
    ("i know what dose would stop my heart and i can get it at work", signs.METHOD),
    ("if the car hits the tree it looks like an accident and my wife gets the insurance",
     signs.PLAN),
    ("si ese hombre vuelve a amenazar a mi hija lo mato, ya sé dónde vive", signs.HARM_OTHERS),
    ("la mato si vuelve a acercarse a mis hijos, ya sé a qué hora sale del trabajo",
     signs.HARM_OTHERS),
])
def test_signs_without_a_death_word(text, category):
    t = classify(text)
    assert t.flag is Flag.CRISIS and t.category == category, (t.category, t.reasons)


@pytest.mark.parametrize("text", [
    "ugh kms if the printer jams one more time, running 5 late",
    "me voy a matar limpiando la casa este finde jaja, ¿nos vemos el lunes?",
    "my book club's whole plan is so dead, anyway confirming thursday",
    "respiratory therapist here, two overdoses came in at end of shift, can we do 6 instead",
    "my nephew keeps playing a game called suicide squad, ok to bring him along?",
    "went deer hunting with my brother this morning and he let me use the rifle, can we push to 4?",
    "omg just kill me now, I locked my keys in the car again",
    "I would rather die than miss this one, see you thursday",
    "la escuela pide una carta de que voy a terapia, ¿quién me la hace?",
])
def test_trivial_causes_fiction_and_work_are_not_crisis(text):
    t = classify(text)
    assert t.flag is not Flag.CRISIS, t.reasons


@pytest.mark.parametrize("text", [
    "mi abuelo se quitó la vida hace años y hoy lo extraño",
    "self harmed in high school but i'm okay now, just a rough day",
    "not going to do anything stupid, just sad today",
    "lost the rent money at the casino again",
    "mi hijo lleva semanas encerrado en su cuarto y dejó el equipo",
    "been skipping meals and weighing myself every morning",
])
def test_loss_past_self_harm_and_behaviour_are_clinical(text):
    t = classify(text)
    assert t.flag is Flag.CLINICAL, t.reasons


@pytest.mark.parametrize(("text", "intent"), [
    ("muerta de cansancio pero igual voy mañana", Intent.CONFIRM),
    ("can i come 20 minutes later today", Intent.LATE),
    ("¿me pueden correr el turno al martes?", Intent.RESCHEDULE),
    ("wouldn't miss it for the world", Intent.CONFIRM),
    ("le pasé el mensaje a usted en vez de a mi jefe, bórrelo porfa", Intent.OTHER),
])
def test_intents_in_new_wording(text, intent):
    assert classify(text).intent is intent, classify(text).reasons


def _word_start(items: sre_parse.SubPattern | list) -> tuple[bool, bool]:
    """(every way the pattern can begin is a word character, the pattern can match nothing)."""
    ok = True
    for op, av in items:
        if op is LITERAL:
            return ok and (chr(av).isalnum() or chr(av) == "_"), False
        if op is IN:
            for o, a in av:
                word = ((o is LITERAL and (chr(a).isalnum() or chr(a) == "_"))
                        or (o is RANGE and all(chr(c).isalnum() for c in a))
                        or (o is CATEGORY and a in (CATEGORY_WORD, CATEGORY_DIGIT)))
                if not word:
                    return False, False
            return ok, False
        if op is BRANCH:
            empty = False
            for branch in av[1]:
                word, can_be_empty = _word_start(branch)
                ok, empty = ok and word, empty or can_be_empty
            if not empty:
                return ok, False
        elif op is SUBPATTERN:
            word, empty = _word_start(av[3])
            ok = ok and word
            if not empty:
                return ok, False
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            word, empty = _word_start(av[2])
            ok = ok and word
            if av[0] > 0 and not empty:
                return ok, False
        elif op not in (ASSERT, ASSERT_NOT):
            return False, False
    return ok, True


def test_flag_rules_and_lexicons_begin_with_a_word_character():
    """The flag rules and the lexicons are compiled to be tried only where a word starts
    (classify._words, signs.WORD_START), which equals a leading word boundary only when every
    fragment begins with a word character."""
    fragments = [
        *guards_en.IDIOMS, *guards_es.IDIOMS, *guards_context.IDIOMS, *guards_hyperbole.IDIOMS,
        *guards_others.IDIOMS, *guards_others.CONTEXT, *guards_en.NEGATED_CRISIS,
        *guards_es.NEGATED_CRISIS, *guards_context.NEGATED_CRISIS,
        *guards_others.NEGATED_CRISIS, *clinical_wider.NEGATED_CRISIS, *flags_en.CRISIS,
        *flags_es.CRISIS, *flags_en.RISK_WORDS, *flags_es.RISK_WORDS, *clinical_en.CLINICAL,
        *clinical_es.CLINICAL, *clinical_wider.CLINICAL,
        *(f for source in signs._SOURCES for lexicon in source.values() for f in lexicon),
    ]
    bad = [f for f in fragments if _word_start(sre_parse.parse(f)) != (True, False)]
    assert not bad, bad
    rules = importlib.import_module("frontdesk.services.triage.classify")
    assert rules.IDIOMS.pattern.startswith(signs.WORD_START)
