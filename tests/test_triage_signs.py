"""Warning-sign categories, idioms, intents and the learned layer of the reply classifier,
and the held-out lists in tests/triage_heldout/. Plain Python, no mocks."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest
from triage_heldout import LISTS, OPEN
from triage_heldout.evaluate import score

from frontdesk.domain import Flag, Intent
from frontdesk.services.triage import classify, learned, signs

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("text", "category"), [
    ("gave away my guitar and my books, won't need them", signs.PREPARATORY),
    ("regalé mis discos y mi ropa, ya no los voy a necesitar", signs.PREPARATORY),
    ("thank you for everything you did for me, it's not your fault", signs.FAREWELL),
    ("up on the top floor of the garage looking down", signs.METHOD),
    ("engine running in the garage with the door shut", signs.METHOD),
    ("my mom's pills are counted out on the table", signs.MEANS),
    ("this is her husband, she left a note and isn't answering", signs.THIRD_PARTY),
    ("mi novio me está pegando ahorita", signs.VIOLENCE),
    ("the voices say I have to hurt my neighbor", signs.COMMAND),
    ("las voces me dicen que lastime a mi hermano", signs.COMMAND),
    ("I bought a knife and he'll find out what happens", signs.HARM_OTHERS),
    ("they are putting poison in my food", signs.PERSECUTION),
])
def test_each_warning_sign_category_is_named_with_its_evidence(text, category):
    t = classify(text)
    assert t.flag is Flag.CRISIS and t.category == category, (t.category, t.reasons)
    assert any(r.startswith(f"crisis: {category} — ") for r in t.reasons), t.reasons


def test_a_crisis_phrase_has_a_category_and_a_calm_message_has_none():
    assert classify("I want to kill myself").category == signs.THOUGHTS
    assert classify("yes see you then").category == ""


@pytest.mark.parametrize(("text", "intent"), [
    ("Confirming Friday. also I swallowed a whole bottle of my sleeping pills", Intent.CONFIRM),
    ("cancel all my sessions, I won't be around for future appointments", Intent.CANCEL),
    ("confirmo el lunes, me tomé una caja entera de pastillas ayer", Intent.CONFIRM),
])
def test_crisis_inside_logistics_is_crisis_and_keeps_the_intent(text, intent):
    t = classify(text)
    assert (t.intent, t.flag) == (intent, Flag.CRISIS) and t.needs_human


@pytest.mark.parametrize("text", [
    "my boss will kill me if I leave early again, can we do 5:30",
    "the zoom link is dead", "starving to death lol", "dead broke till friday",
    "our school had a suicide prevention assembly", "on jury duty for a murder trial",
    "mi jefe me va a matar si llego tarde", "el enlace está muerto",
    "taller de prevención del suicidio en la escuela", "ya no aguanto este calor",
    "ese libro me mató", "me muero de la pena jaja",
])
def test_idioms_and_media_mentions_are_not_crisis(text):
    assert classify(text).flag is not Flag.CRISIS, classify(text).reasons


@pytest.mark.parametrize("text", [
    "my boss will kill me if I'm late, and I have the pills saved up anyway",
    "me muero de hambre jaja pero ya regalé mis cosas, ya no las voy a necesitar",
    "lol the link is dead. also my husband is hitting me right now",
])
def test_an_idiom_next_to_a_real_warning_sign_stays_crisis(text):
    assert classify(text).flag is Flag.CRISIS


@pytest.mark.parametrize(("text", "intent"), [
    ("confrim", Intent.CONFIRM), ("conferm for tmrw", Intent.CONFIRM),
    ("confimo", Intent.CONFIRM), ("need to reschudule", Intent.RESCHEDULE),
    ("can i reshedule to friday", Intent.RESCHEDULE), ("quiero reprogamar", Intent.RESCHEDULE),
    ("hit STOP by accident, please resume the texts", Intent.OPT_IN),
    ("mandé BAJA sin querer, ¿me pueden volver a mandar los recordatorios?", Intent.OPT_IN),
    ("wrong number, please stop", Intent.OPT_OUT), ("on my way, running 10 late", Intent.LATE),
    ("cancer screening that day, can we move it?", Intent.RESCHEDULE),
])
def test_misspellings_and_intent_edge_cases(text, intent):
    assert classify(text).intent is intent


@pytest.mark.parametrize("text", [
    "I've been in bed most of the week", "casi no estoy comiendo",
    "the new tablets make me dizzy", "¿puedo tomar cerveza con el medicamento nuevo?",
    "llevo tres días sin salir de la cama",
])
def test_eating_sleeping_staying_in_and_side_effects_are_clinical(text):
    assert classify(text).flag is Flag.CLINICAL


@pytest.mark.parametrize("which", OPEN)
def test_open_held_out_lists_meet_the_targets(which):
    """Lists A-C were run once before the redesign (bench/triage.py has those figures) and
    then used to find the missing categories: regression lists now."""
    en, es = LISTS[which]
    figures, wrong = score(en + es, classify)
    assert figures.recall == 1.0, "\n".join(wrong)
    assert figures.precision >= 0.85 and figures.flag_accuracy >= 0.88, "\n".join(wrong)
    assert figures.intent_accuracy >= 0.90, "\n".join(wrong)


def test_the_learned_layer_only_raises_and_names_itself():
    t = classify("honestly the last few weeks have been a blur and i keep thinking everyone "
                 "would be fine, maybe better, and i have been sorting things out quietly")
    assert t.flag is Flag.CRISIS
    assert classify("I want to die").flag is Flag.CRISIS  # a rule's crisis, model or not
    for text in ("yes", "STOP", "running late", "cancel pls"):
        assert classify(text).flag is Flag.NONE


def test_the_shipped_weights_are_what_the_training_script_makes(tmp_path):
    spec = importlib.util.spec_from_file_location("train_triage",
                                                  ROOT / "scripts" / "train-triage.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "weights.npz"
    argv, sys.argv = sys.argv, ["train-triage.py", "--out", str(out)]
    try:
        module.main()
    finally:
        sys.argv = argv
    with np.load(out) as fresh, np.load(learned.WEIGHTS) as shipped:
        assert np.array_equal(fresh["weights"], shipped["weights"])
        assert float(fresh["threshold"]) == pytest.approx(float(shipped["threshold"]))


# Round 2: each category held-out lists E and F showed missing, in wording of its own (the
# corpus's sixth batch, tests/triage_corpus_generalise.py, holds three or more per category).
@pytest.mark.parametrize(("text", "category"), [
    ("been googling how many tylenol it takes so you don't wake up", signs.METHOD),
    ("her friend says she's been practicing with a scarf in the closet", signs.METHOD),
    ("our son sent his sister a picture of the rope in his room and isn't replying",
     signs.THIRD_PARTY),
    ("soy el hermano de Nico, encontré una nota en su cuarto y no contesta", signs.THIRD_PARTY),
    ("the voice keeps saying I need to burn myself to make it quiet", signs.COMMAND),
    ("C. won't matter by then anyway, all my stuff is squared away", signs.PREPARATORY),
    ("I've made up my mind, tonight is it", signs.PLAN),
    ("tell the group I said bye and that nobody should blame themselves", signs.FAREWELL),
    ("yes see you monday, assuming I'm still here by then", signs.INTENT),
    ("he's pounding on the bathroom door trying to get in, me and the baby are inside",
     signs.VIOLENCE),
    ("mi padrastro nos tiene encerrados en el cuarto, no me marquen", signs.VIOLENCE),
    ("todas las noches le pido al Señor que ya me lleve", signs.WISH_DEAD),
    ("ando pensando en chocar el coche contra un muro", signs.METHOD),
    ("I came so close to shaking my newborn tonight", signs.HARM_OTHERS),
])
def test_round_2_categories_in_new_wording(text, category):
    t = classify(text)
    assert t.flag is Flag.CRISIS and t.category == category, (t.category, t.reasons)


@pytest.mark.parametrize(("text", "intent"), [
    ("have to cancel, dad found out i cut again and i'm grounded", Intent.CANCEL),
    ("running late, keep thinking about steering into the concrete divider", Intent.LATE),
    ("confirmado, igual después del viernes no va a importar, ya tengo todo arreglado",
     Intent.CONFIRM),
])
def test_round_2_crisis_inside_logistics(text, intent):
    t = classify(text)
    assert (t.intent, t.flag) == (intent, Flag.CRISIS), t.reasons


@pytest.mark.parametrize("text", [
    "battery's nearly dead, confirming tmrw", "ya no puedo más con esta gripa",
    "me quedé muerta cuando vi la cuenta", "saw a news segment on teen suicide rates, so sad",
    "the tv said a woman jumped from the overpass so the highway is closed",
    "elk season starts monday and i'll be out with my rifle", "I'm on the kill line till 4",
    "the restraining order was approved today, feeling relieved",
    "en la escuela dieron una charla de prevención del suicidio para padres",
])
def test_round_2_mentions_idioms_and_trades_are_not_crisis(text):
    assert classify(text).flag is not Flag.CRISIS, classify(text).reasons


def test_the_learned_layer_does_not_overrule_a_recognised_mention():
    t = classify("tengo que leer Crónica de una muerte anunciada pa literatura y no he empezado")
    assert t.flag is Flag.NONE, t.reasons


# Round 3: each category held-out lists G and H showed missing, in wording of its own (the
# corpus's seventh batch, tests/triage_corpus_round3.py, holds three or more per category; each
# of these failed before the round-3 lexicons).
@pytest.mark.parametrize(("text", "category"), [
    ("spent the night checking which overpasses around here have no fence", signs.METHOD),
    ("estuve buscando qué puentes de la ciudad no tienen malla ni barandal", signs.METHOD),
    ("closed my bank account, gave my bird to the neighbor. everything is taken care of now",
     signs.PREPARATORY),
    ("ya di de baja mi línea del cel y le dejé mi perrita a mi prima, todo queda arreglado",
     signs.PREPARATORY),
    ("confirming monday at 10. btw gave my tools to my son in law and my record player to the "
     "kid next door, wont be needing any of that stuff", signs.PREPARATORY),
    ("Muchas gracias por todo, licenciada. Cuídese mucho. Adiós", signs.FAREWELL),
    ("thanks for all of it. take care of yourself and your kids. bye", signs.FAREWELL),
    ("please call and say my appointment was moved to right now, I need an excuse to leave, "
     "he hid my car keys", signs.VIOLENCE),
    ("hes back again and drunk, already hit me. cant call anyone he checks my phone",
     signs.VIOLENCE),
    ("ta aquí otra vez bien tomao, ya me dio. no puedo llamar", signs.VIOLENCE),
    ("le pegó al bebé y ahorita anda bien enojado, mándeme a la policía", signs.VIOLENCE),
    ("confirmed, not that it matters, I'll be leaving this world soon anyway", signs.INTENT),
    ("¿me la puede cambiar al viernes? no sé si voy a seguir aquí para entonces", signs.INTENT),
    ("mi mamá se ha tragado un montón de pastillas y está muy dormida", signs.THIRD_PARTY),
    ("junté todas las medicinas de la casa en un solo frasco", signs.MEANS),
])
def test_round_3_categories_in_new_wording(text, category):
    t = classify(text)
    assert t.flag is Flag.CRISIS and t.category == category, (t.category, t.reasons)


@pytest.mark.parametrize("text", [
    "the zoom link you emailed is dead, can you send a new one",
    "se me ha muerto la batería y no vi nada, confirmo el lunes",
    "el doctor me mató con su chiste jaja, nos vemos el martes",
    "este trancón me tiene muerto, voy tarde", "parking was straight murder, running 5 behind",
    "tengo que matar unas gallinas en la mañana, llego tarde",
    "I have to kill the chickens for the market tomorrow morning",
    "I coach at the shooting range on sundays so never book me then",
    "do you need a copy of the old restraining order paperwork for my file?",
    "mi hija hace un proyecto de la escuela sobre el suicidio en adolescentes",
    "cancel my sessions, switching to a therapist near my new job. thanks for everything!",
    "mi abogado dijo que retiraron los cargos, ya todo se arregló",
])
def test_round_3_idioms_trades_and_mentions_are_not_crisis(text):
    assert classify(text).flag is not Flag.CRISIS, classify(text).reasons


def test_a_visit_to_a_gun_shop_with_a_plan_is_still_crisis():
    t = classify("running late, stopped at the gun shop. I know what I'm doing after")
    assert t.flag is Flag.CRISIS, t.reasons


@pytest.mark.parametrize(("text", "flag"), [
    ("saw the news about that shooting at the mall, so sad. anyway see you thursday", Flag.NONE),
    ("vi lo del accidente en la tele, qué triste. nos vemos el lunes", Flag.NONE),
    ("watched a scary movie and I'm never sleeping again lol. see you wednesday", Flag.NONE),
    ("I'm so sad lately", Flag.CLINICAL),
    ("been in bed since friday, didn't shower and barely ate", Flag.CLINICAL),
    ("it's two years since mom passed and this week is hard. I'll be there", Flag.CLINICAL),
    ("llevo un año limpia pero estos días tengo muchas ganas de volver a tomar", Flag.CLINICAL),
])
def test_round_3_sympathy_is_not_mood_and_quiet_signs_are_clinical(text, flag):
    assert classify(text).flag is flag, classify(text).reasons


@pytest.mark.parametrize(("text", "intent"), [
    ("thanks for the reminder, got it. C", Intent.CONFIRM),
    ("something came up at work. R", Intent.RESCHEDULE),
    ("see you then x", Intent.CONFIRM),
    ("hit stop by mistake, can i keep getting the reminders", Intent.OPT_IN),
    ("puse BAJA por error, quiero seguir recibiendo los mensajes", Intent.OPT_IN),
    ("STOP. I moved to another practice", Intent.OPT_OUT),
    ("help, what do I reply to confirm", Intent.HELP),
    ("no puedo el lunes tengo junta, se puede el jueves?", Intent.RESCHEDULE),
    ("¿me la pasas para las 5?", Intent.RESCHEDULE),
    ("podemos pasar mi cita al viernes?", Intent.RESCHEDULE),
    ("can we do after 4 instead, work runs late", Intent.RESCHEDULE),
    ("my shift got moved so I can make wednesday after all", Intent.CONFIRM),
    ("friday still good for me", Intent.CONFIRM),
    ("ya salí, se me hizo tarde", Intent.LATE),
    ("I won't be needing the monday slot, thanks", Intent.CANCEL),
    ("cancelled my gym membership so mornings are free, see you tuesday", Intent.CONFIRM),
    ("el corazón me late rapidísimo, nos vemos el jueves", Intent.CONFIRM),
])
def test_round_3_intents(text, intent):
    assert classify(text).intent is intent, classify(text).reasons


def test_a_question_inside_a_crisis_is_the_crisis_even_with_a_question_mark():
    # the held-out writers since list M label it so; a question about money stays one
    assert classify("soy su hermano, se ha tomado casi todo el frasco de pastillas y no se "
                    "despierta, ¿qué hacemos?").intent is Intent.OTHER
    assert classify("been saving my pills for this weekend. anyway do I still owe a copay?"
                    ).intent is Intent.QUESTION
    assert classify("my son locked himself in and says he wants to die what do i do"
                    ).intent is Intent.OTHER
    assert classify("tell my son I always loved him, ok?").intent is Intent.OTHER


def test_the_learned_layer_needs_a_warning_sign_word_to_raise_a_message():
    t = classify("el abogado dice que ya cerraron el caso de la pelea, ya no necesito el papel")
    assert t.flag is Flag.NONE, t.reasons
