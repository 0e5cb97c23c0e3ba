"""Round 4 of the reply classifier: the wider families held-out lists I and J showed missing,
each in wording of its own (not the lists' texts, not the corpus's eighth batch)."""

from __future__ import annotations

import pytest

from frontdesk.domain import Flag, Intent
from frontdesk.services.triage import classify, signs
from frontdesk.services.triage.normalise import normalise


@pytest.mark.parametrize(("text", "category"), [
    ("C. it won't matter much by next week anyway", signs.INTENT),
    ("X, whatever, i probably won't be around after tomorrow", signs.INTENT),
    ("STOP. y'all won't need to text me past this weekend", signs.INTENT),
    ("X. ya no importa, no voy a estar el próximo martes", signs.INTENT),
    ("C. después de hoy ya no se van a tener que preocupar más por mí", signs.INTENT),
    ("my stepdad says he'd rather have no son than me. guess he'll get his wish", signs.INTENT),
    ("me echaron de la casa, les voy a dar lo que quieren", signs.INTENT),
    ("there's roundup in the garage and i keep going back out there at 3am", signs.MEANS),
    ("el insecticida está en el corral y busco excusas para ir a verlo", signs.MEANS),
    ("if that guy touches my sister again I'll empty the clip into him", signs.HARM_OTHERS),
    ("si se vuelve a acercar le doy un navajazo", signs.HARM_OTHERS),
    ("confirmed. unlocked the front door so the cops won't have to bust it in",
     signs.PREPARATORY),
    ("dejé la llave con mi tía para que no tengan que romper la puerta", signs.PREPARATORY),
    ("decided. tomorrow. please don't text back", signs.PLAN),
])
def test_round_4_families_in_new_wording(text, category):
    t = classify(text)
    assert t.flag is Flag.CRISIS and t.category == category, (t.category, t.reasons)


@pytest.mark.parametrize("text", [
    "this calc final is going to kill me lol, can we do 5",
    "my supervisor will murder me for clocking out early, so 6:30?",
    "che, me re mata el calor, ¿me pasa la cita a las 7?",
    "fw: 988 crisis line now takes texts. pass it on to anyone who needs it",
    "reenviado: línea de la vida 800 911 2000, difúndanlo",
    "tengo que echar el herbicida en la milpa el sábado, ¿me la cambian al lunes?",
    "it won't matter if I'm a few min late, right? traffic",
    "I decided to switch to video, please don't call, just text the link",
    "the memorial service is thursday, can we move my session to friday",
    "you won't need to remind me after today, I set an alarm",
    "my parents would rather have no drama so I'll give them what they want for christmas",
    "I'm going to put one in the mail today",
    "left the key with the neighbor so the cleaner can get in",
    "left my dogs with my sister while I'm traveling",
    "it doesn't matter, I won't be here next week, I'm on vacation",
])
def test_round_4_ordinary_wording_is_not_crisis(text):
    assert classify(text).flag is not Flag.CRISIS, classify(text).reasons


def test_a_husband_who_will_kill_her_for_leaving_is_still_crisis():
    assert classify("my husband will kill me for leaving him").flag is Flag.CRISIS


@pytest.mark.parametrize(("text", "flag"), [
    ("the memorial service is thursday, can we move my session to friday", Flag.NONE),
    ("es el velorio de mi tía el lunes, ¿me cambian la cita?", Flag.NONE),
    ("mom's funeral was yesterday and I can't stop crying, need to cancel", Flag.CLINICAL),
    ("been stuck on the couch for five days, not even hungry", Flag.CLINICAL),
    ("haven't been out of the dorm in over a week", Flag.CLINICAL),
    ("llevo dos semanas sin salir del departamento", Flag.CLINICAL),
])
def test_round_4_a_funeral_as_a_reason_and_days_indoors(text, flag):
    assert classify(text).flag is flag, classify(text).reasons


@pytest.mark.parametrize(("text", "intent"), [
    ("cant do tues, kid has a game. wed?", Intent.RESCHEDULE),
    ("¿podemos mejor a las 3?", Intent.RESCHEDULE),
    ("¿me recorren la cita para el viernes?", Intent.RESCHEDULE),
    ("still on for 4 today", Intent.CONFIRM),
    ("sure 11am works", Intent.CONFIRM),
    ("the rescheduled appointment works, thanks", Intent.CONFIRM),
    ("Cc", Intent.CONFIRM),
    ("whats the copay for the new office", Intent.QUESTION),
    ("le puse STOP sin querer, sigan enviando porfa", Intent.OPT_IN),
    ("i eat once every other day lately", Intent.OTHER),
])
def test_round_4_intents(text, intent):
    assert classify(text).intent is intent, classify(text).reasons


def test_a_money_question_inside_a_crisis_stays_a_question():
    t = classify("i keep thinking the kids would be fine if i wasnt in the picture. anyway how "
                 "much do i still owe")
    assert t.flag is Flag.CRISIS and t.intent is Intent.QUESTION, t.reasons


def test_texting_contractions_are_spelt_out():
    assert normalise("they'd be better off w/o me").text == "they would be better off without me"
    assert normalise("off for 2 wks").text == "off for 2 weeks"


def test_each_combination_is_reachable_from_a_head_lexicon():
    heads = {head for head, _ in signs._BY_HEAD}
    assert all(set(needs) & heads for _, _, needs in signs.COMBINATIONS)
