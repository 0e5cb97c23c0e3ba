"""Families from lists S and T, in wordings of their own (not the lists' texts), the way the
rules and the learned layer are combined, and the faster compiled alternations.

Misses: wanting to join someone who died, a dying feeling welcomed, a rope already put
somewhere, nothing mattering after a set day, a date picked while the plan fails, a vow to run
someone over, a voice telling a new mother about the baby, opioids saved up. False alarms: a
death at work or in a book, someone else's death told verb first or by violence, dying rather
than miss a visit, "I'm dead, forgot", a vibe killed, nearly dying on the stairs, a panic
attack's dying feeling, a gun sold, self-harm years ago that stopped. Clinical: eating
disorders, the thoughts back while a safety plan is used, trouble at home in code. Intent:
seen sooner, a session moved or redone, attending anyway, asking the office to send, no texts to
this number. Each case failed before these changes."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from frontdesk.domain import Flag, Intent
from frontdesk.services.triage import classify, fastre, learned, signs
from frontdesk.services.triage.normalise import normalise

sys.path.insert(0, str(Path(__file__).resolve().parent))
rules = importlib.import_module("frontdesk.services.triage.classify")


@pytest.mark.parametrize(("text", "category"), [
    ("my grandma passed last week and I just want to go be with her", signs.WISH_DEAD),
    ("since dad died I keep thinking I should just join him", signs.WISH_DEAD),
    ("desde que murió mi hijo solo pienso en reunirme con él", signs.WISH_DEAD),
    ("falleció mi abuela y quiero irme con ella", signs.WISH_DEAD),
    ("my uncle passed at christmas and lately i just wanna be where he is", signs.WISH_DEAD),
    ("feel like I'm dying and I want it to happen", signs.WISH_DEAD),
    ("siento que me estoy muriendo y ojalá fuera cierto", signs.WISH_DEAD),
    ("the rope's already in the garage", signs.MEANS),
    ("el lazo ya está amarrado en la viga del sótano", signs.MEANS),
    ("after friday it won't matter anyway", signs.INTENT),
    ("after tonight nothing will matter", signs.INTENT),
    ("tried my safety plan, nobody answered, and i've set a date", signs.PLAN),
    ("i swear if she shows up at my job i'll run her over", signs.HARM_OTHERS),
    ("te juro que si vuelve lo atropello", signs.HARM_OTHERS),
    ("since the birth my wife says god told her the baby isn't ours to keep", signs.COMMAND),
    ("I've been saving my late husband's morphine in the nightstand", signs.METHOD),
])
def test_warning_signs_beside_grief_or_plain_words_are_crisis(text, category):
    t = classify(text)
    assert t.flag is Flag.CRISIS, (text, t.reasons)
    assert t.category == category, (text, t.category, t.reasons)


@pytest.mark.parametrize("text", [
    "se suicidó un primo de mi esposo y no dejo de pensar en eso",
    "my buddy's brother died by suicide and the funeral is saturday",
    "mataron a mi primo en la colonia y no puedo dormir",
    "had a panic attack in the store and thought i was dying",
    "i cut a lot in college but i haven't in 5 years, my new partner asked about it",
    "me corté hace años en la prepa pero ya no, llevo 6 años sin hacerlo",
    "throwing up after dinner every night so i don't gain",
    "vomito después de cada comida desde hace semanas",
    "the thoughts came back this week but i'm using my plan and my sister is here",
    "las cosas en la casa están pesadas otra vez, quiero hablarlo",
    "los pensamientos volvieron pero estoy usando mi plan",
    "since my husband died i don't see the point in baking anymore",
])
def test_others_deaths_panic_past_self_harm_and_plain_symptoms_are_clinical(text):
    t = classify(text)
    assert t.flag is Flag.CLINICAL, (text, t.flag, t.reasons)


@pytest.mark.parametrize("text", [
    "had to work a homicide scene overnight, running 15 behind",
    "tuvimos un choque con tres muertos y me quedé en la escena, llego tarde",
    "my aunt says she'd sooner die than miss her monday visit",
    "omg i'm dead, totally forgot, can we do friday",
    "this weather is killing my vibe",
    "casi me mato bajando la escalera del metro jaja",
    "my dad's old shotguns were finally sold at the estate sale",
])
def test_scenes_books_and_figures_of_speech_are_no_flag(text):
    t = classify(text)
    assert t.flag is Flag.NONE, (text, t.flag, t.reasons)


@pytest.mark.parametrize(("text", "intent"), [
    ("can he be seen sooner than next month?", Intent.RESCHEDULE),
    ("can she be seen earlier than the 30th?", Intent.RESCHEDULE),
    ("I'll be at group on wednesday", Intent.CONFIRM),
    ("estoy cansada pero voy igual", Intent.CONFIRM),
    ("please don't text this number, it's my husband's", Intent.OPT_OUT),
    ("My late husband's car is sold. May I pay my balance online?", Intent.QUESTION),
])
def test_scheduling_said_plainly(text, intent):
    assert classify(text).intent is intent, (text, classify(text).reasons)


def _asked(monkeypatch: pytest.MonkeyPatch, level: learned.Level) -> None:
    monkeypatch.setattr(learned, "confidence", lambda text: level)


def test_learned_layer_is_asked_inside_a_scheduling_request(monkeypatch):
    """A warning sign inside a cancellation: the model's usual cut-off decides."""
    text = ("cancel next tuesday please. i gave my cat to my neighbor last week so she'd be "
            "looked after")
    _asked(monkeypatch, learned.Level.BETWEEN)
    t = classify(text)
    assert (t.flag, t.intent) == (Flag.CRISIS, Intent.CANCEL), t.reasons
    _asked(monkeypatch, learned.Level.BELOW)
    assert classify(text).flag is not Flag.CRISIS


def test_learned_layer_raises_a_clinical_message_only_above_the_strict_cut(monkeypatch):
    text = "been drinking every night and i gave my guitar to my brother"
    _asked(monkeypatch, learned.Level.BETWEEN)
    assert classify(text).flag is Flag.CLINICAL
    _asked(monkeypatch, learned.Level.ABOVE_BOTH)
    assert classify(text).flag is Flag.CRISIS


def test_learned_layer_needs_a_warning_sign_and_a_sentence(monkeypatch):
    _asked(monkeypatch, learned.Level.ABOVE_BOTH)
    assert classify("no, I don't want to cancel my appointment on friday").flag is Flag.NONE
    assert classify("see you friday, so hopeless").flag is not Flag.CRISIS


def test_learned_layer_ships_two_cut_offs():
    model = learned._load()
    assert model.threshold_low < model.threshold < model.threshold_strict


def _texts() -> list[str]:
    from triage_corpus import CORPUS
    from triage_heldout import LISTS
    texts = [e.text for e in CORPUS]
    for en, es in LISTS.values():
        texts += [t for t, *_ in en + es]
    for letter in "efghijklmnopqrst":
        module = importlib.import_module(f"triage_heldout.list_{letter}")
        texts += [t for t, *_ in module.EN + module.ES]
    return [normalise(t).text for t in texts]


def test_grouped_alternations_match_as_the_plain_ones():
    """Every match (start, end) of the big rules and of each lexicon is the one the plain
    alternation of their fragments finds, on the corpus and every list."""
    from frontdesk.services.triage import flags_en, flags_es, guards_scenes, guards_spoken
    pairs = [(fastre.words(f), fastre.plain_words(f)) for f in (
        flags_en.CRISIS + flags_es.CRISIS,
        guards_scenes.IDIOMS + guards_spoken.IDIOMS,
        *signs.FRAGMENTS.values(),
    )]
    for text in _texts():
        for fast, plain in pairs:
            assert [m.span() for m in fast.finditer(text)] == \
                [m.span() for m in plain.finditer(text)], (text, plain.pattern[:80])


@pytest.mark.parametrize("fragments", [
    ["(?:walk|step|jump) out", "step", r"\w+ed out", "st(?:ep|and)s?"],
    ["(?:a|b)?c", "a(?:b|c)", "[ab]c", "(?:x|)y", "ab|ac"],
])
def test_grouped_alternation_keeps_the_order_of_fragments(fragments):
    fast, plain = fastre.words(fragments), fastre.plain_words(fragments)
    for text in ("walk out", "step out now", "stands", "walked out", "ac bc c", "y xy", "abc"):
        assert [m.group() for m in fast.finditer(text)] == \
            [m.group() for m in plain.finditer(text)], text


def test_lexicons_skipped_by_their_openings_are_absent():
    """A lexicon is not searched when none of its two-letter openings starts a word of the
    text: on the corpus and every list, each one skipped would have found nothing."""
    for text in _texts():
        scan = signs.Scan(text)
        for name, lexicon in signs.LEXICONS.items():
            found = lexicon.search(text)
            assert scan.get(name) == (found.group() if found else None), (name, text)
