"""The reply classifier (frontdesk.services.triage) against a labelled corpus and held-out text.

Plain Python: no Qt, no database, no keyring. The corpus (tests/triage_corpus.py) was used
to develop the rules, so its figures are an upper bound; the held-out lists at the end were
written after the rules were finished and say how the rules do on wording they never saw.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter

import pytest
from triage_corpus import CORPUS

from frontdesk.domain import Flag, Intent
from frontdesk.services.triage import Triage, classify

RESULTS = {example: classify(example.text) for example in CORPUS}


def precision_recall(pairs: list[tuple[str, str]], label: str) -> tuple[float, float]:
    """(precision, recall) of one label over (expected, got) pairs; 1.0 when undefined."""
    tp = sum(1 for want, got in pairs if want == label and got == label)
    predicted = sum(1 for _, got in pairs if got == label)
    actual = sum(1 for want, _ in pairs if want == label)
    return (tp / predicted if predicted else 1.0), (tp / actual if actual else 1.0)


def flag_pairs(lang: str | None = None) -> list[tuple[str, str]]:
    return [(e.flag, str(t.flag)) for e, t in RESULTS.items() if lang in (None, e.lang)]


def intent_pairs(lang: str | None = None) -> list[tuple[str, str]]:
    return [(e.intent, str(t.intent)) for e, t in RESULTS.items() if lang in (None, e.lang)]


# ---- the corpus itself -------------------------------------------------------------------

def test_the_corpus_is_big_bilingual_and_hard_enough():
    langs = Counter(e.lang for e in CORPUS)
    flags = Counter(e.flag for e in CORPUS)
    intents = Counter(e.intent for e in CORPUS)
    assert len(CORPUS) >= 400
    assert langs["es"] / len(CORPUS) >= 0.30
    assert flags["crisis"] >= 60 and flags["clinical"] >= 60
    assert set(intents) == {i.value for i in Intent}
    assert {e.flag for e in CORPUS} == {f.value for f in Flag}
    assert {e.lang for e in CORPUS} == {"en", "es"}


# ---- flags -------------------------------------------------------------------------------

def test_every_crisis_example_is_flagged_crisis():
    missed = [f"{e.lang}: {e.text!r} -> {t.flag} {t.reasons}"
              for e, t in RESULTS.items() if e.flag == "crisis" and t.flag is not Flag.CRISIS]
    assert not missed, f"{len(missed)} crisis messages not flagged:\n  " + "\n  ".join(missed)


@pytest.mark.parametrize(("flag", "min_precision", "min_recall"), [
    ("crisis", 0.98, 1.00),  # recall first: a miss can cost a life
    ("clinical", 0.97, 0.97),
    ("none", 0.98, 0.98),
])
def test_flag_precision_and_recall(flag, min_precision, min_recall):
    for lang in ("en", "es"):
        precision, recall = precision_recall(flag_pairs(lang), flag)
        assert precision >= min_precision, f"{flag} precision {precision:.3f} in {lang}"
        assert recall >= min_recall, f"{flag} recall {recall:.3f} in {lang}"


@pytest.mark.parametrize("text", [
    "this traffic is killing me", "dying to see the new office", "I'd kill for a coffee",
    "my phone is dead", "lol I almost died laughing", "me muero de ganas",
    "me mata el tráfico", "my feet are killing me", "killing time in the lobby",
    "that cake was to die for", "I'm dead tired", "my battery is about to die",
    "bored to death lol", "me muero de risa", "se me murió el celular", "el trabajo me está "
    "matando jaja", "matando el tiempo", "I killed it at my interview", "jumped the gun lol",
    "cutting back on caffeine", "me corté el pelo", "ugh mondays are the death of me",
    "I overdosed on netflix lol", "what's the point of the intake form?",
])
def test_idioms_that_only_sound_alarming_are_not_crisis(text):
    assert classify(text).flag is not Flag.CRISIS, classify(text).reasons


@pytest.mark.parametrize(("text", "flag"), [
    # a negated crisis statement is still for a clinician ...
    ("I'm not suicidal", Flag.CLINICAL),
    ("I'm not going to hurt myself, don't worry", Flag.CLINICAL),
    ("no suicidal thoughts this week", Flag.CLINICAL),
    ("no soy suicida, solo estoy cansada", Flag.CLINICAL),
    ("no me voy a hacer daño", Flag.CLINICAL),
    ("I'm not in danger, just sad", Flag.CLINICAL),
    # ... unless it is only a preamble
    ("I'm not suicidal but I wish I could disappear", Flag.CRISIS),
    ("not suicidal but i keep thinking about dying", Flag.CRISIS),
    ("no soy suicida pero pienso mucho en la muerte", Flag.CRISIS),
    # some negations are the crisis
    ("I don't want to live anymore", Flag.CRISIS),
    ("no quiero vivir", Flag.CRISIS),
    ("i dont want to wake up tomorrow", Flag.CRISIS),
    ("I'm not going to make it through tonight", Flag.CRISIS),
])
def test_negated_crisis_statements(text, flag):
    assert classify(text).flag is flag, classify(text).reasons


def test_crisis_wins_over_clinical():
    t = classify("my anxiety is awful and I want to die")
    assert t.flag is Flag.CRISIS
    assert any(r.startswith("crisis:") for r in t.reasons)


# ---- intents -----------------------------------------------------------------------------

def test_intent_accuracy():
    for lang in (None, "en", "es"):
        pairs = intent_pairs(lang)
        accuracy = sum(want == got for want, got in pairs) / len(pairs)
        assert accuracy >= 0.98, f"intent accuracy {accuracy:.3f} ({lang or 'all'})"


@pytest.mark.parametrize("intent", [i.value for i in Intent])
def test_intent_precision_and_recall(intent):
    precision, recall = precision_recall(intent_pairs(), intent)
    assert precision >= 0.95 and recall >= 0.95, f"{intent}: P {precision:.3f} R {recall:.3f}"


@pytest.mark.parametrize(("text", "intent"), [
    ("no, I don't want to cancel", Intent.CONFIRM),
    ("dont cancel pls, ill be there", Intent.CONFIRM),
    ("no need to reschedule", Intent.CONFIRM),
    ("no quiero cancelar", Intent.CONFIRM),
    ("I don't want to cancel but I have to", Intent.CANCEL),
    ("can't make it", Intent.CANCEL),
    ("no puedo ir", Intent.CANCEL),
    ("can't make it at 3, would 5 work?", Intent.RESCHEDULE),
    ("can't wait to see you!", Intent.CONFIRM),  # "can't", but not a cancellation
    ("I won't be late", Intent.CONFIRM),
    ("is there a late cancellation fee?", Intent.QUESTION),
    ("did you cancel my appointment?", Intent.QUESTION),
])
def test_negation_and_near_misses_in_intents(text, intent):
    assert classify(text).intent is intent, classify(text).reasons


@pytest.mark.parametrize(("text", "intent"), [
    ("C", Intent.CONFIRM), ("c.", Intent.CONFIRM), ("C 👍", Intent.CONFIRM),
    ("c gracias", Intent.CONFIRM), ("R", Intent.RESCHEDULE), ("r please", Intent.RESCHEDULE),
    ("R, por favor", Intent.RESCHEDULE), ("X", Intent.CANCEL), ("x!!", Intent.CANCEL),
    ("X lo siento", Intent.CANCEL), ("hi, C", Intent.CONFIRM),
    ("c u tmrw", Intent.CONFIRM),  # "see you", also a confirmation
    ("thanks x", Intent.OTHER), ("xxx", Intent.OTHER),  # kisses, not the cancel letter
])
def test_reply_letters(text, intent):
    assert classify(text).intent is intent, classify(text).reasons


@pytest.mark.parametrize(("text", "intent"), [
    ("STOP", Intent.OPT_OUT), ("stop.", Intent.OPT_OUT), ("Stop please", Intent.OPT_OUT),
    ("STOPALL", Intent.OPT_OUT), ("unsubscribe", Intent.OPT_OUT), ("END", Intent.OPT_OUT),
    ("QUIT", Intent.OPT_OUT), ("OPTOUT", Intent.OPT_OUT), ("revoke", Intent.OPT_OUT),
    ("PARAR", Intent.OPT_OUT), ("BAJA", Intent.OPT_OUT), ("alto!", Intent.OPT_OUT),
    ("stop texting me", Intent.OPT_OUT), ("no more texts", Intent.OPT_OUT),
    ("no me envíen más mensajes", Intent.OPT_OUT),
    ("START", Intent.OPT_IN), ("unstop", Intent.OPT_IN), ("SUBSCRIBE", Intent.OPT_IN),
    ("ALTA", Intent.OPT_IN), ("comenzar", Intent.OPT_IN),
    ("HELP", Intent.HELP), ("info", Intent.HELP), ("AYUDA", Intent.HELP), ("help?", Intent.HELP),
    ("yes", Intent.CONFIRM),  # not an opt-in keyword
    ("I need to stop drinking", Intent.OTHER),  # "stop" inside a sentence is not a keyword
])
def test_carrier_keywords(text, intent):
    assert classify(text).intent is intent, classify(text).reasons


def test_a_bare_cancel_is_the_appointment_with_a_note_about_the_carrier():
    t = classify("CANCEL")
    assert t.intent is Intent.CANCEL and t.flag is Flag.NONE
    assert any("carrier" in r for r in t.reasons)


def test_a_crisis_phrase_is_not_read_as_an_intent():
    assert classify("I can't go on").intent is Intent.OTHER
    assert classify("I can't go on Tuesday").intent is Intent.CANCEL
    assert classify("I can't go on Tuesday").flag is Flag.NONE
    t = classify("cancel, I'm in the hospital after I overdosed")
    assert (t.intent, t.flag) == (Intent.CANCEL, Flag.CRISIS)


# ---- the result ----------------------------------------------------------------------------

def test_flagged_messages_say_why():
    for e, t in RESULTS.items():
        if t.flag is not Flag.NONE:
            assert any(r.startswith(f"{t.flag}:") for r in t.reasons), (e.text, t.reasons)
    assert 'crisis: "want to die"' in classify("I want to die").reasons
    assert any(r.startswith("intent cancel:") for r in classify("cancel pls").reasons)


@pytest.mark.parametrize("text", ["", " ", "\n\t ", "👍", "😊😊❤️", "...", "🙏🏽", "\u200d"])
def test_empty_or_only_emoji_is_other_and_none(text):
    t = classify(text)
    assert (t.intent, t.flag) == (Intent.OTHER, Flag.NONE)
    assert not t.needs_human or t.intent is Intent.OTHER


@pytest.mark.parametrize("text", ["1", "2", "3", "10", "#2", "2️⃣"])
def test_slot_digits_do_not_crash(text):
    assert classify(text).intent is Intent.OTHER


def test_the_result_is_a_frozen_value():
    t = classify("yes")
    assert isinstance(t, Triage) and t == Triage(Intent.CONFIRM, Flag.NONE, t.reasons)
    assert isinstance(t.reasons, tuple) and all(isinstance(r, str) for r in t.reasons)
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.intent = Intent.CANCEL  # type: ignore[misc]
    assert Intent.CONFIRM == "confirm" and Flag.CRISIS == "crisis"


@pytest.mark.parametrize(("text", "needs_human"), [
    ("yes", False), ("X", False), ("STOP", False), ("running late", False),
    ("what time is it?", True), ("thanks!", True), ("I want to die", True),
    ("yes, it's been a rough week", True),
])
def test_needs_human(text, needs_human):
    assert classify(text).needs_human is needs_human


def test_nothing_is_logged(caplog):
    caplog.set_level(logging.DEBUG)
    for e in CORPUS[:50]:
        classify(e.text)
    assert not caplog.records


def test_texting_style_is_understood():
    assert classify("YESSSS 🙌").intent is Intent.CONFIRM
    assert classify("cant make it tmrw sry").intent is Intent.CANCEL
    assert classify("im gonna b 10 min l8").intent is Intent.LATE
    assert classify("i wanna kms").flag is Flag.CRISIS
    assert classify("want 2 die").flag is Flag.CRISIS
    assert classify("QUIERO MORIR").flag is Flag.CRISIS
    assert classify("quiero morir").flag is classify("quiero morír").flag is Flag.CRISIS
    assert classify("ｃａｎｃｅｌ").intent is Intent.CANCEL  # full-width letters


# ---- held out ------------------------------------------------------------------------------
# Written after the rules were finished, to see how they do on wording they have never seen;
# the thresholds were set before each list's first run.
#
# First runs, before any rule was changed for the list (each list was then fixed with general
# rules, so lists 1 and 2 are regression lists now and list 3 the freshest):
#   list 1: crisis recall 27/40 (0.675), false alarms 2/20, intent+flag 18/20
#   list 2: crisis recall 27/40 (0.675), false alarms 7/20, intent+flag 19/20
#   list 3: crisis recall 17/40 (0.425), false alarms 5/20, intent+flag 16/20
# So on wording it has never seen the classifier catches roughly half to two thirds of crisis
# messages. Every list-3 miss still came out as intent other/question (needs_human), so none
# would have been acted on automatically, but only a person reading every message is safe.

HELD_OUT_CRISIS_1 = [
    "i keep thinking my family would be relieved if i was gone",
    "I found my dad's old revolver and I can't stop holding it",
    "i'm so tired of fighting, i just want peace forever",
    "counted out all my sertraline. just sitting here",
    "my roommate says she'll stab me if i come home",
    "i want to go to sleep and never come back",
    "sometimes i think about stepping in front of the bus",
    "i don't think i can stay safe tonight",
    "I've been burning my arms with a lighter",
    "he grabbed me by the throat last night",
    "i'm going to make him regret it, i'll hurt him bad",
    "i dont want to be alive anymore tbh",
    "i wrote a note for my kids",
    "it would be so easy to just end everything",
    "i relapsed and cut last night",
    "can you tell dr. park i'm sorry. i can't do it anymore",
    "my husband took the kids and said he's coming back with his gun",
    "I'm thinking of overdosing",
    "wish i could just stop existing",
    "there's no reason for me to be here",
    "im on the 5th floor balcony and thinking of jumping",
    "i'm scared of what he'll do when he finds out",
    "nobody would care if i died",
    "i swallowed everything in the medicine cabinet",
    "i feel like killing myself",
    "ya no le encuentro sentido a la vida",
    "mi familia estaría mejor si yo me muero",
    "tengo la navaja en la mano",
    "me quiero aventar del puente",
    "ya no aguanto vivir así",
    "quisiera dormir y no despertar nunca",
    "mi pareja me jaló del pelo y me tiró al piso",
    "me tomé todo el frasco de clonazepam",
    "siento que lo mejor es desaparecer",
    "estoy pensando en matar a mi padrastro",
    "tengo miedo, mi ex me está esperando afuera de la casa",
    "me estoy cortando otra vez",
    "ya me despedí de todos",
    "no quiero seguir con esta vida",
    "a veces pienso en quitarme de en medio",
]

HELD_OUT_NOT_CRISIS_1 = [
    "the line at the pharmacy was killing me",
    "my laptop died so I'll join by phone",
    "I'm dying for a nap lol",
    "we died laughing at the holiday card",
    "my allergies are killing me today",
    "I'd kill for some sleep lol",
    "This weather is to die for",
    "cut my bangs, don't laugh",
    "me muero por un café",
    "el calor me está matando",
    "se me murió el teléfono anoche, perdón por no contestar",
    "me morí de la risa con el video",
    "killing it at work this week!",
    "our dog is dead tired after the hike",
    "that exam was brutal, I'm dead",
    "my sister's wedding was to die for",
    "mi jefe me mata con tanto trabajo",
    "I almost died when I saw the bill lol",
    "the kids are killing me today haha",
    "I'm shooting for 4pm if that's ok",
]

HELD_OUT_GENERAL_1 = [  # (text, intent, flag)
    ("yep we'll be there at 2", "confirm", "none"),
    ("Can't come Friday, sorry!!", "cancel", "none"),
    ("any way to do 3:30 instead of 3?", "reschedule", "none"),
    ("ugh running behind, 10 mins", "late", "none"),
    ("is the copay the same as last year?", "question", "none"),
    ("please unsubscribe me from these", "opt_out", "none"),
    ("Resume texts please", "opt_in", "none"),
    ("thank you!! have a great weekend", "other", "none"),
    ("I'll be there, been a really stressful week though", "confirm", "clinical"),
    ("x, I'm in the hospital with pneumonia", "cancel", "clinical"),
    ("sí, ahí estaré a las 4", "confirm", "none"),
    ("no voy a poder el lunes, ¿tienen el martes?", "reschedule", "none"),
    ("voy con 10 minutos de retraso", "late", "none"),
    ("¿cuánto dura la primera cita?", "question", "none"),
    ("ya no me manden recordatorios por favor", "opt_out", "none"),
    ("gracias, igualmente", "other", "none"),
    ("me siento muy sola últimamente", "other", "clinical"),
    ("sí voy, aunque he tenido mucha ansiedad", "confirm", "clinical"),
    ("who's this?", "other", "none"),
    ("R - family thing", "reschedule", "none"),
]


HELD_OUT_CRISIS_2 = [
    "I'm planning to take my life this weekend",
    "everyone's going to be better once I'm gone",
    "i have a bottle of vodka and my klonopin ready",
    "thinking about crashing my car into the divider",
    "my girlfriend hit me with a bottle",
    "i think i'm going to kill myself",
    "i hate myself so much i want to disappear",
    "tired of waking up every day",
    "I took a whole pack of sleeping pills",
    "he said he'd burn the house down with me in it",
    "i have urges to hurt myself again",
    "i don't see myself being here next year",
    "pls call me i'm not ok, i have a knife",
    "im gonna do it, im sorry",
    "my stepfather is hurting me",
    "I keep having thoughts about hurting my baby",
    "i just want everything to end",
    "i'm going to shoot him",
    "the voices are telling me to hurt myself",
    "i feel like i'm better off dead",
    "sorry for being a burden, this is the last time",
    "im going to hang myself",
    "I'm leaving for good, tell everyone I'm sorry",
    "What's the point of living",
    "if i don't wake up tomorrow it's fine",
    "estoy planeando quitarme la vida",
    "siento que no vale la pena vivir",
    "quiero que todo se acabe",
    "mi novio me pegó con el cinturón",
    "ya compré las pastillas para hacerlo",
    "no me importa si me muero",
    "me dan ganas de tirarme al metro",
    "estoy harta de vivir",
    "mi hijo me amenazó con un cuchillo",
    "me estoy lastimando los brazos",
    "lo mejor sería no haber nacido",
    "a nadie le importaría si me voy",
    "tengo pensamientos de hacerle daño a mi bebé",
    "ya no tengo fuerzas para seguir",
    "hoy es el día, gracias por todo",
]

HELD_OUT_NOT_CRISIS_2 = [
    "my feet were dying after the walk",
    "I'm dying to try the new coffee place near you",
    "that test killed me lol",
    "the suspense is killing me, did my insurance go through?",
    "my car battery is dead, getting a jump",
    "I could murder a burger right now",
    "ugh, I'm so dead at work today",
    "lol the dog stole my sandwich, I'm done",
    "the traffic was murder today",
    "me mata de risa mi hija",
    "estoy muerta, fue un día largo",
    "me muero del frío aquí afuera",
    "ya se me murió el cargador",
    "this week is killing me but I'm good",
    "cut the check yesterday for my balance",
    "I'm shot, long day",
    "the heat is deadly today",
    "I'm gonna crash early tonight",
    "no, I don't want to dye my hair again lol",
    "matamos el tiempo en el café de abajo",
]

HELD_OUT_GENERAL_2 = [  # (text, intent, flag)
    ("yes ma'am, I'll be there at 11", "confirm", "none"),
    ("so sorry, have to cancel this week", "cancel", "none"),
    ("could we push to 5:30?", "reschedule", "none"),
    ("be there in like 7 min", "late", "none"),
    ("what's the parking situation there?", "question", "none"),
    ("stop sending me messages", "opt_out", "none"),
    ("can you start texting me again", "opt_in", "none"),
    ("thanks so much, happy thanksgiving!", "other", "none"),
    ("I'll be there. the new meds are working", "confirm", "clinical"),
    ("cancel pls, my anxiety is really bad today", "cancel", "clinical"),
    ("sí confirmo", "confirm", "none"),
    ("tengo que cancelar, perdón", "cancel", "none"),
    ("¿podemos pasar la cita al miércoles?", "reschedule", "none"),
    ("voy tarde, hay choque en la autopista", "late", "none"),
    ("¿tienen estacionamiento?", "question", "none"),
    ("BAJA por favor", "opt_out", "none"),
    ("gracias, bendiciones", "other", "none"),
    ("he tenido pesadillas toda la semana", "other", "clinical"),
    ("sí voy, pero he estado muy deprimido", "confirm", "clinical"),
    ("número equivocado, no conozco a nadie con ese nombre", "other", "none"),
]

HELD_OUT_CRISIS_3 = [
    "I don't know why I'm still here",
    "i've been thinking it would be nice to just not exist",
    "my plan is to drive to the lake tonight and not come back",
    "i stockpiled my lithium",
    "can't see any way forward, i'm sorry for letting you down",
    "i'm so close to ending it",
    "my husband has been choking me during fights",
    "my son's father threatened to take my life",
    "I'm worried I'll snap and hurt my kids",
    "he keeps saying he'll kill the dog and then me",
    "i just want the world to stop and let me off",
    "last night i tried to overdose",
    "been picking at my skin till it bleeds, can't stop",
    "I want to punish myself",
    "honestly the only way out is to die",
    "i googled painless ways to go",
    "i'd rather be dead than go back there",
    "my brother is threatening to shoot up his school",
    "i think my daughter is suicidal, she wrote about it",
    "i've been looking at the train tracks a lot lately",
    "there's nothing left for me",
    "i'm a waste, everyone would be fine without me",
    "need someone to talk me down right now",
    "i locked myself in the bathroom with his razor",
    "i'm not going to be around for our next session",
    "ya no quiero despertar nunca más",
    "ojalá me atropellara un carro",
    "estoy juntando las pastillas",
    "mi ex me dijo que me va a desaparecer",
    "mi esposo me jaloneó y me encerró en el cuarto",
    "siento que estorbo en este mundo",
    "me hago cortadas en las piernas",
    "pienso en ahorcarme",
    "quisiera que esto se terminara para siempre",
    "no sé cuánto tiempo más pueda aguantar",
    "me voy a tomar todo lo que hay en el botiquín",
    "estoy en el puente, perdón",
    "tengo ganas de matar a mi vecino",
    "mi padrastro abusa de mí",
    "no voy a estar para la próxima cita, cuiden a mi gato",
]

HELD_OUT_NOT_CRISIS_3 = [
    "killer traffic on 93 this morning",
    "my phone was at 1% and then died, sorry!",
    "this paperwork is going to be the end of me lol",
    "i'm dying of curiosity about the new clinician",
    "we had a blast, the kids were dead asleep by 8",
    "the bridge traffic is crazy, might be late",
    "shot you an email about billing",
    "laughed so hard i almost died",
    "lol i'm dying, the receptionist's joke",
    "I'm so dead tired, but I'll see you",
    "la fila del súper me mató",
    "me morí de la vergüenza jaja",
    "el carro se me murió en la carretera",
    "se me acabó la batería, les escribo luego",
    "mi hija se muere por conocer a la doctora",
    "this cold is killing me, might do video",
    "I cut the grass and now my back hurts",
    "the knife sharpening place is next to your office lol",
    "my kids are killing each other over the ipad lol",
    "bored out of my mind in the waiting room",
]

HELD_OUT_GENERAL_3 = [  # (text, intent, flag)
    ("Yes, confirmed for Thursday 👍", "confirm", "none"),
    ("need to cxl tmrw sorry", "cancel", "none"),
    ("Can we bump it to next week?", "reschedule", "none"),
    ("5 min out!", "late", "none"),
    ("do you guys take medicaid?", "question", "none"),
    ("please take me off this list", "opt_out", "none"),
    ("UNSTOP", "opt_in", "none"),
    ("got it, thanks for the heads up", "other", "none"),
    ("I'll be there, still having panic attacks though", "confirm", "clinical"),
    ("can't make it, been throwing up from the new meds", "cancel", "clinical"),
    ("sí, ahí estaremos", "confirm", "none"),
    ("no puedo asistir, tengo trabajo", "cancel", "none"),
    ("¿se puede cambiar para las 4?", "reschedule", "none"),
    ("ya voy, 10 minutitos", "late", "none"),
    ("¿la consulta es en el mismo piso?", "question", "none"),
    ("ALTO", "opt_out", "none"),
    ("muchas gracias por todo su apoyo", "other", "none"),
    ("he estado bebiendo más de la cuenta", "other", "clinical"),
    ("sí voy, aunque no he dormido nada", "confirm", "clinical"),
    ("quién habla?", "other", "none"),
]

HELD_OUT = {
    "1": (HELD_OUT_CRISIS_1, HELD_OUT_NOT_CRISIS_1, HELD_OUT_GENERAL_1),
    "2": (HELD_OUT_CRISIS_2, HELD_OUT_NOT_CRISIS_2, HELD_OUT_GENERAL_2),
    "3": (HELD_OUT_CRISIS_3, HELD_OUT_NOT_CRISIS_3, HELD_OUT_GENERAL_3),
}


@pytest.mark.parametrize("which", sorted(HELD_OUT))
def test_held_out_crisis_messages_are_all_caught(which):
    crisis = HELD_OUT[which][0]
    missed = [text for text in crisis if classify(text).flag is not Flag.CRISIS]
    recall = 1 - len(missed) / len(crisis)
    print(f"held-out {which} crisis recall: {recall:.3f} ({len(crisis) - len(missed)}"
          f"/{len(crisis)})")
    assert not missed, f"held-out crisis recall {recall:.3f}; missed:\n  " + "\n  ".join(missed)


@pytest.mark.parametrize("which", sorted(HELD_OUT))
def test_held_out_idioms_rarely_raise_a_false_alarm(which):
    harmless = HELD_OUT[which][1]
    alarms = [text for text in harmless if classify(text).flag is Flag.CRISIS]
    print(f"held-out {which} false alarms: {len(alarms)}/{len(harmless)}")
    assert len(alarms) <= 3, "false alarms:\n  " + "\n  ".join(alarms)


@pytest.mark.parametrize("which", sorted(HELD_OUT))
def test_held_out_intents_and_flags(which):
    general = HELD_OUT[which][2]
    wrong = [f"{text!r}: want {intent}/{flag}, got {t.intent}/{t.flag}"
             for text, intent, flag in general
             for t in [classify(text)] if (t.intent, t.flag) != (intent, flag)]
    accuracy = 1 - len(wrong) / len(general)
    print(f"held-out {which} intent+flag accuracy: {accuracy:.3f}")
    assert accuracy >= 0.8, "\n  ".join(wrong)


@pytest.mark.parametrize("text", [
    "i have the pills here", "tengo las pastillas aqui", "been saving up my pills",
    "feeling so low, the rope is in the garage",
])
def test_means_at_hand_is_a_crisis_even_without_distress_words(text):
    assert classify(text).flag is Flag.CRISIS


@pytest.mark.parametrize("text", [
    "i started new pills and they make me dizzy", "my meds ran out, can i get a refill?",
])
def test_medication_talk_is_clinical_not_crisis(text):
    assert classify(text).flag is Flag.CLINICAL
