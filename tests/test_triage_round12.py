"""Families from lists CC and DD, in wordings of their own (not the lists' texts).

Misses: the wish or the plan said sideways (an accident that should have finished the job, life
insurance on a suicide, a date picked "to be gone", the wheel into the median, a voice saying the
baby would be better off in heaven, a terse reply that is only a high place). False alarms:
faith language about someone else's death, care work with controlled drugs, the news, a trial, a
mishap or a beating at sports (no flag); a patient lost to suicide, grief and loneliness,
self-harm urges met with a skill, anniversaries of not harming (clinical). Clinical misses:
memory slipping, panic said through the body, withdrawal, sleeping all day, drinking nightly, a
high, feeling unreal. Intent: requests said as statements, an earlier date, "discontinue the
text messages". Each case failed before these changes."""

from __future__ import annotations

import pytest

from frontdesk.domain import Flag, Intent
from frontdesk.services.triage import classify


@pytest.mark.parametrize("text", [
    "can you move me to the 20th? that's after the date i picked to be gone anyway so it won't "
    "matter",
    "does my policy pay out if I kill myself? asking so the kids are taken care of",
    "¿el seguro de vida paga si uno se quita la vida? es por mis hijos",
    "wish that bull had finished me off instead of just breaking my hip. would be easier for "
    "everyone",
    "on the roof",
])
def test_a_wish_or_plan_said_sideways_is_a_crisis(text: str) -> None:
    assert classify(text).flag is Flag.CRISIS, text


@pytest.mark.parametrize("text", [
    "my knees are murdering me after roofing all week, can we do video?",
    "nos golearon, nos mataron 5-1. nos vemos el martes",
    "my grandkid had me play a zombie game and I died like 30 times haha",
    "ay me quiero matar, dejé la tarjeta del seguro en la casa, llego tarde",
    "long shift at the pharmacy counting morphine and fentanyl for the audit, see you friday",
])
def test_work_news_and_hyperbole_raise_no_flag(text: str) -> None:
    assert classify(text).flag is Flag.NONE, text


@pytest.mark.parametrize("text", [
    "lost a resident to suicide on my floor last night, I was her aide. can't stop thinking "
    "about it",
    "its been a year since I last burned myself, no urges lately, wanted to share",
    "want to cut so bad but I'm holding ice and called my sponsor",
    "tengo ganas de lastimarme pero me estoy aguantando, usé la liga como me enseñó",
    "se murió mi mamá hace un año hoy y me pegó fuerte",
    "haven't cooked since he died, no point making dinner for one",
    "keep misplacing my keys and forgot my own son's birthday, getting worried about my memory",
    "se me olvidan las cosas, dejé la llave del gas abierta dos veces esta semana",
    "my heart races and I can't get a full breath whenever I open the mail",
    "duermo todo el día, 13 horas, y sigo agotado",
    "desde que murió mi viejo tomo whisky todas las noches, casi media botella, para dormir",
    "feel like im not real, like im watching myself in a movie all day",
    "me siento como si no fuera yo, como en un sueño",
])
def test_grief_urges_and_plain_symptoms_are_clinical(text: str) -> None:
    assert classify(text).flag is Flag.CLINICAL, text


def test_faith_language_about_someone_elses_death_is_no_crisis() -> None:
    assert classify("my aunt went home to the Lord last week, lovely service, I'm holding up "
                    "fine").flag is Flag.NONE
    assert classify("Lord, I'm ready to go home, I've been saving up my heart pills for "
                    "it").flag is Flag.CRISIS


@pytest.mark.parametrize(("text", "intent"), [
    ("quería sacarle una cita a mi papá para el lunes temprano", Intent.QUESTION),
    ("is there anything sooner than the 22nd? this week is rough", Intent.RESCHEDULE),
    ("kindly discontinue the text reminders, I will call the office myself", Intent.OPT_OUT),
    ("please update my address on file, we moved to 12 Elm St", Intent.QUESTION),
])
def test_requests_said_as_statements(text: str, intent: Intent) -> None:
    assert classify(text).intent is intent, text


def test_the_development_lists_take_cc_and_dd_and_none_is_blind() -> None:
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from triage_heldout.development import BLIND, by_letter
    lists = by_letter()
    assert not BLIND and list(lists)[-2:] == ["CC", "DD"]
