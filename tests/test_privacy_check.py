"""The privacy check: it names the word and the reason, ignores case and accents, matches
whole words only, and for shared-phone texts also catches the clinician, modality and links."""

from __future__ import annotations

import pytest

from frontdesk.services.wording.privacy import privacy_warnings

ENGLISH = [
    "therapy", "therapies", "therapist", "therapists", "psychotherapy", "psychotherapist",
    "counseling", "counselling", "counselor", "counsellor", "psychiatric", "psychiatry",
    "psychiatrist", "psychologist", "psychology", "psychological", "psych", "mental health",
    "mental-health", "mental illness", "behavioral health", "behavioural health",
    "depression", "depressed", "anxiety", "anxious", "bipolar", "PTSD", "ADHD", "OCD",
    "eating disorder", "eating disorders", "disorder", "anorexia", "bulimia", "addiction",
    "addict", "substance", "substances", "rehab", "rehabilitation", "detox", "suicide",
    "suicidal", "self-harm", "self harm", "trauma", "traumatic", "schizophrenia", "psychosis",
    "panic attacks", "autism", "dementia", "insomnia", "relapse", "sobriety", "alcohol",
    "drugs", "medication", "medications", "meds", "prescription", "diagnosis", "diagnosed",
    "antidepressants", "SSRI", "EMDR", "CBT", "DBT", "support group", "social worker",
    "LCSW", "LMFT", "LPC", "LMHC", "PsyD",
]
SPANISH = [
    "terapia", "terapias", "terapeuta", "terapeutas", "terapéutico", "terapeutico",
    "psicoterapia", "consejería", "consejeria", "consejero", "consejera", "psiquiatra",
    "psiquiatría", "psiquiatria", "psiquiátrico", "psiquiatrico", "psicólogo", "psicologo",
    "psicóloga", "psicologa", "psicología", "psicologia", "psicológico", "salud mental",
    "salud conductual", "enfermedad mental", "depresión", "depresion", "deprimida",
    "ansiedad", "ansioso", "bipolar", "TEPT", "TDAH", "TOC", "trastorno", "trastornos",
    "trastorno alimentario", "anorexia", "bulimia", "adicción", "adiccion", "adicciones",
    "adicto", "sustancia", "sustancias", "rehabilitación", "rehabilitacion",
    "desintoxicación", "suicidio", "suicida", "autolesión", "autolesion", "trauma",
    "traumático", "esquizofrenia", "psicosis", "ataque de pánico", "ataques de panico",
    "autismo", "demencia", "insomnio", "recaída", "alcoholismo", "drogas", "medicación",
    "medicacion", "medicamentos", "diagnóstico", "diagnostico", "antidepresivos",
    "grupo de apoyo", "trabajadora social",
]


def only(warnings):
    assert len(warnings) == 1, warnings
    return warnings[0]


@pytest.mark.parametrize("word", ENGLISH)
def test_each_english_word_is_caught(word):
    warning = only(privacy_warnings(f"Your {word} appointment is tomorrow at 3:00 PM.", "en"))
    assert warning.startswith(f"“{word}” ")
    assert any(why in warning for why in ("names the kind of care", "names a diagnosis",
                                          "names a treatment", "professional title"))
    assert "would learn it" in warning


@pytest.mark.parametrize("word", SPANISH)
def test_each_spanish_word_is_caught(word):
    warning = only(privacy_warnings(f"Su cita de {word} es mañana a las 3:00 p. m.", "es"))
    assert warning.startswith(f"“{word}” ")


@pytest.mark.parametrize(("text", "word"), [
    ("THERAPY TOMORROW", "THERAPY"), ("Mental Health Center", "Mental Health"),
    ("PSICÓLOGO", "PSICÓLOGO"), ("Salud  Mental", "Salud  Mental"),
    ("Depresión", "Depresión"), ("adicción", "adicción"), ("ADICCION", "ADICCION"),
    ("Therapy.", "Therapy"), ("(therapist)", "therapist"), ("re: terapia!", "terapia"),
])
def test_case_accents_and_punctuation_do_not_matter(text, word):
    assert only(privacy_warnings(text, "es")).startswith(f"“{word}”")


@pytest.mark.parametrize("text", [
    "Your appointment is tomorrow at 3:00 PM. Reply C to confirm, R to reschedule, X to cancel.",
    "Su cita es mañana a las 3:00 p. m. Responda C para confirmar.",
    "Please don't tell the rapist where I live",  # "the rapist" is not "therapist"
    "Aromatherapy candles in the waiting area",
    "We're psyched to see you",
    "Bring your legal counsel if you like",
    "The drugstore next door is open",
    "Theory and practice",
    "We can rehabilitate the garden",
    "Add the date to your calendar",
    "Table of contents (TOC) attached",  # "TOC" is only Spanish for OCD
    "Estamos en la calle Consejo 12",
    "Thank you for coming; the session room is upstairs",  # "session" only matters minimal
])
def test_innocent_texts_are_left_alone(text):
    assert privacy_warnings(text, "en") == []


def test_decision_therapeutic_is_flagged():
    """A practice's text that says "therapeutic" points at therapy; documented in privacy.py."""
    assert only(privacy_warnings("A therapeutic space", "en")).startswith(
        "“therapeutic” names the kind of care")


def test_decision_addicted_is_flagged_even_about_coffee():
    """Every form of addict/addiction is flagged; documented in privacy.py."""
    assert only(privacy_warnings("Addicted to coffee? Ours is free.", "en")).startswith(
        "“Addicted” names a diagnosis or condition")


def test_toc_is_flagged_in_spanish_only():
    assert privacy_warnings("TOC", "en") == []
    assert only(privacy_warnings("TOC", "es")).startswith("“TOC” names a diagnosis")


def test_the_other_language_is_checked_too():
    assert only(privacy_warnings("Su cita de therapy", "es")).startswith("“therapy”")
    assert only(privacy_warnings("Your terapia appointment", "en")).startswith("“terapia”")


def test_each_word_is_warned_about_once_in_the_order_it_appears():
    warnings = privacy_warnings("Anxiety? Therapy helps. Therapy, therapy. ANXIETY.", "en")
    assert [w.split("”")[0] for w in warnings] == ["“Anxiety?"[:8], "“Therapy"]


def test_a_word_inside_a_link_is_caught():
    text = "Join: https://doxy.me/rivera-therapy"
    assert only(privacy_warnings(text, "en")).startswith("“therapy”")


def test_template_tags_are_not_words():
    text = "{{ session_link }} {% if is_telehealth %}{{ therapy_note }}{% endif %}"
    assert privacy_warnings(text, "en") == []
    assert privacy_warnings(text, "en", minimal=True) == []


def test_advice_is_in_the_texts_language():
    assert "Say “appointment” instead." in privacy_warnings("therapy", "en")[0]
    assert "Say “cita” instead." in privacy_warnings("terapia", "es")[0]
    assert "Use the clinician's name without it." in privacy_warnings("Sam, LCSW", "en")[0]
    assert privacy_warnings("depression", "en")[0].endswith("Leave it out.")


# ---- shared phone (minimal) ---------------------------------------------------

NAMES = ["Dr. Sam Rivera", "Lucía Núñez"]


@pytest.mark.parametrize(("text", "word"), [
    ("Your appointment with Dr. Sam Rivera", "Sam Rivera"),
    ("Your appointment with Sam Rivera", "Sam Rivera"),
    ("See Rivera tomorrow", "Rivera"),
    ("Con Lucia Nunez mañana", "Lucia Nunez"),
    ("con NÚÑEZ", "NÚÑEZ"),
])
def test_minimal_texts_must_not_name_the_clinician(text, word):
    warning = only(privacy_warnings(text, "es", minimal=True, clinician_names=NAMES))
    assert warning == f"“{word}” is the clinician's name: texts to a shared phone leave it out."
    assert privacy_warnings(text, "es", clinician_names=NAMES) == []  # fine in a full text


def test_titles_and_short_name_parts_are_not_matched_alone():
    assert privacy_warnings("Dr. Jones will call. Sam's on the front desk? no: Samuel",
                            "en", minimal=True, clinician_names=["Dr. Al Li"]) == []


@pytest.mark.parametrize(("text", "word"), [
    ("Your video link: https://x.example/r/1", "video"),
    ("Join here: https://x.example/r/1", "Join"),
    ("Telehealth appointment tomorrow", "Telehealth"),
    ("Your session starts at 3", "session"),
    ("Su sesión empieza a las 3", "sesión"),
    ("Enlace de la videollamada", "Enlace"),
    ("Tomorrow, in person", "in person"),
    ("Cita en persona", "en persona"),
    ("Zoom at 3", "Zoom"),
])
def test_minimal_texts_must_not_label_the_link_or_say_the_modality(text, word):
    warnings = privacy_warnings(text, "en", minimal=True)
    assert warnings and warnings[0].startswith(f"“{word}” says how the appointment happens")
    assert privacy_warnings(text, "en") == []  # fine in a full text


def test_a_bare_link_is_fine_in_a_minimal_text():
    text = "Your appointment starts today at 3:00 PM.\nhttps://video.doxy.me/join/room-12"
    assert privacy_warnings(text, "en", minimal=True) == []


def test_minimal_templates_that_use_hidden_variables_are_warned():
    text = "See {{ clinician_name }} {{ when_text }}, {{modality_text}}."
    warnings = privacy_warnings(text, "en", minimal=True)
    assert len(warnings) == 2
    assert warnings[0].startswith("{{ clinician_name }} is left empty for a shared phone")
    assert warnings[1].startswith("{{ modality_text }} is left empty")
    assert privacy_warnings(text, "en") == []
