"""Message templates: every default renders, says little, fits, and reads in its language;
rendering is sandboxed and strict; overrides resolve clinician → practice → default; dates
and times read right in the recipient's zone and language."""

from __future__ import annotations

import re
from dataclasses import fields
from datetime import UTC, datetime, timedelta
from itertools import product
from zoneinfo import ZoneInfo

import pytest

from frontdesk.domain import Channel, Language, Step
from frontdesk.services.errors import ValidationError
from frontdesk.services.wording.checks import check_template, keyword_warnings
from frontdesk.services.wording.context import REPLY_HINT, VARIABLES
from frontdesk.services.wording.privacy import privacy_warnings
from frontdesk.services.wording.sms_segments import is_gsm7, segments
from frontdesk.services.wording.templates import (
    DEFAULTS,
    MessageContext,
    Source,
    Template,
    TemplateError,
    TemplateSet,
    build_context,
    default_template,
    lookup,
    render,
    sample_context,
)

NEW_YORK = ZoneInfo("America/New_York")
LANGUAGES = [Language.ENGLISH, Language.SPANISH]
COMBOS = list(product(Step, Channel, LANGUAGES, [False, True]))
SMS_LIKE = (Channel.SMS, Channel.WHATSAPP)


def rendered(step, channel, language, minimal, telehealth, **kw):
    context = sample_context(language, step, telehealth=telehealth, minimal=minimal,
                             channel=channel, **kw)
    template = DEFAULTS[step, channel, language, minimal]
    subject = render(template.subject, context) if channel is Channel.EMAIL else ""
    return subject, render(template.body, context), context


# ---- the defaults ----------------------------------------------------------

def test_there_is_a_default_for_every_step_channel_language_and_variant():
    assert len(Step) == 12
    assert set(DEFAULTS) == set(COMBOS)
    for (step, channel, language, minimal), template in DEFAULTS.items():
        assert template.body.strip(), (step, channel, language, minimal)
        assert bool(template.subject) == (channel is Channel.EMAIL)


@pytest.mark.parametrize(("step", "channel", "language", "minimal"), COMBOS)
@pytest.mark.parametrize("telehealth", [False, True], ids=["in_person", "video"])
def test_every_default_renders_and_gives_nothing_away(step, channel, language, minimal,
                                                     telehealth):
    subject, body, context = rendered(step, channel, language, minimal, telehealth)
    assert body and "{{" not in body and "{%" not in body
    names = ["Sam Rivera"] if minimal else []
    source = DEFAULTS[step, channel, language, minimal]
    for text in (source.body, source.subject, subject, body):
        assert privacy_warnings(text, language, minimal=minimal, clinician_names=names) == []
    assert "  " not in body.replace("\n", " ").strip() or channel is Channel.EMAIL
    if channel in SMS_LIKE:
        assert keyword_warnings(body, step) == []
        assert body.startswith("Maple Street Practice: ")  # the provider is named first
    if minimal:
        for secret in ("Sam Rivera", "Alex", "Ana", "200 Maple Street", "video", "in person",
                       "en persona"):
            assert secret not in subject + body
    else:
        assert context.clinician_name == "Sam Rivera"


@pytest.mark.parametrize(("step", "channel", "language", "minimal"), COMBOS)
def test_the_checker_finds_nothing_wrong_with_a_default(step, channel, language, minimal):
    check = check_template(DEFAULTS[step, channel, language, minimal], step, channel,
                           language, minimal=minimal)
    assert check.ok
    assert [w for w in check.warnings if not w.startswith("This text is")] == []


def test_sms_defaults_use_only_gsm7_characters_of_their_own():
    for (step, channel, language, minimal), template in DEFAULTS.items():
        if channel is Channel.SMS:
            odd = {ch for ch in template.body if not is_gsm7(ch)}
            assert not odd, (step, language, minimal, odd)


def test_sms_defaults_fit_in_at_most_two_segments_on_every_weekday(capsys):
    """With the sample data, on each day of a week; prints the texts that need two."""
    longer = {}
    for (step, channel, language, minimal) in COMBOS:
        if channel is not Channel.SMS:
            continue
        for day, telehealth in product(range(7), (False, True)):
            start = datetime(2026, 3, 2 + day, 15, 0, tzinfo=NEW_YORK)
            _, body, _ = rendered(step, channel, language, minimal, telehealth, start=start)
            info = segments(body)
            assert info.encoding == "GSM-7", (step, language, body)
            assert info.segments <= 2, (step, language, minimal, body)
            key = (step.value, language.value, "minimal" if minimal else "full")
            longer[key] = max(longer.get(key, 0), info.segments)
    with capsys.disabled():
        print("\nSMS defaults that can take 2 segments (sample data, any weekday):")
        for key, count in sorted(longer.items()):
            if count > 1:
                print("  " + " / ".join(key))
    one_segment = {k for k, n in longer.items() if n == 1}
    for must_fit in [("confirmation_request", "en", "full"), ("day_before", "en", "full"),
                     ("telehealth_link", "en", "full"), ("telehealth_link", "es", "full"),
                     ("confirmation_request", "en", "minimal"), ("day_before", "en", "minimal"),
                     ("confirmation_request", "es", "minimal"), ("day_before", "es", "minimal"),
                     ("opt_out_confirmation", "es", "full"), ("help_reply", "en", "full")]:
        assert must_fit in one_segment, must_fit


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("minimal", [False, True])
@pytest.mark.parametrize("channel", SMS_LIKE)
def test_the_confirmation_request_asks_for_c_r_x_and_never_cancel(language, minimal, channel):
    _, body, _ = rendered(Step.CONFIRMATION_REQUEST, channel, language, minimal, False)
    assert REPLY_HINT[language] in body
    assert re.search(r"\bC\b.*\bR\b.*\bX\b", body)
    assert not re.search(r"\bCANCEL(AR)?\b", body)  # the keyword, in capitals
    assert not re.search(r"(reply|responda)\s+\W?cancel", body, re.IGNORECASE)


def test_no_text_anywhere_asks_for_a_cancel_reply():
    for (step, channel, language, minimal) in COMBOS:
        for telehealth in (False, True):
            subject, body, _ = rendered(step, channel, language, minimal, telehealth)
            assert not re.search(r"\bCANCEL\b", subject + body), (step, channel, language)


def test_the_brief_example_is_what_a_shared_phone_gets_with_no_sender_name():
    start = datetime(2026, 3, 3, 15, 0, tzinfo=NEW_YORK)
    _, body, _ = rendered(Step.CONFIRMATION_REQUEST, Channel.SMS, Language.ENGLISH, True,
                          False, neutral_sender_name="", now=start - timedelta(hours=24))
    assert body == ("Reminder: your appointment is tomorrow at 3:00 PM. "
                    "Reply C to confirm, R to reschedule, X to cancel.")


def test_a_neutral_sender_name_replaces_the_practice_name_only_for_shared_phones():
    _, minimal, _ = rendered(Step.DAY_BEFORE, Channel.SMS, Language.ENGLISH, True, False,
                             practice_name="Hope Street Counseling", neutral_sender_name="HSC")
    _, full, _ = rendered(Step.DAY_BEFORE, Channel.SMS, Language.ENGLISH, False, False,
                          practice_name="Hope Street Counseling", neutral_sender_name="HSC")
    assert minimal.startswith("HSC: Reminder: your appointment is tomorrow at 3:00 PM.")
    assert "Counseling" not in minimal
    assert full.startswith("Hope Street Counseling: ")
    # ... and the checker tells the practice its own name gives the care away.
    check = check_template(DEFAULTS[Step.DAY_BEFORE, Channel.SMS, Language.ENGLISH, False],
                           Step.DAY_BEFORE, Channel.SMS, Language.ENGLISH,
                           practice_name="Hope Street Counseling")
    assert any("“Counseling” names the kind of care" in w for w in check.warnings)


@pytest.mark.parametrize("language", LANGUAGES)
def test_day_before_gives_the_link_for_video_and_the_address_in_person(language):
    _, video, ctx = rendered(Step.DAY_BEFORE, Channel.SMS, language, False, True)
    _, office, _ = rendered(Step.DAY_BEFORE, Channel.SMS, language, False, False)
    assert ctx.session_link in video and "200 Maple Street" not in video
    assert "200 Maple Street, Suite 3, Springfield" in office and "https://" not in office
    _, shared, ctx = rendered(Step.DAY_BEFORE, Channel.SMS, language, True, True)
    assert shared.splitlines()[1] == ctx.session_link  # the bare link, on its own line


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("minimal", [False, True])
def test_the_video_link_text_is_the_time_and_the_link_only(language, minimal):
    _, body, ctx = rendered(Step.TELEHEALTH_LINK, Channel.SMS, language, minimal, True)
    assert ctx.session_link in body and ctx.time_text in body
    assert body.endswith(ctx.session_link)
    for extra in ("Sam Rivera", "Alex", "Ana", "STOP", "Maple Street, Suite"):
        assert extra not in body
    assert len(body) < 120


SPANISH_MARKERS = {"su", "cita", "le", "de", "para", "responda", "hola", "correo", "mensajes"}
ENGLISH_WORDS = {"your", "you", "the", "appointment", "reply", "please", "call", "hi", "hello",
                 "with", "we", "us", "to", "at", "on", "is", "for", "and", "tomorrow", "today"}
KEYWORDS_AND_DATA = re.compile(r"https?://\S+|\b(?:STOP|START|HELP|Maple Street Practice|Maple "
                               r"Street|Suite|Springfield|Sam Rivera)\b|\(555\) 010-0199")


@pytest.mark.parametrize(("step", "channel", "minimal"), list(product(Step, Channel,
                                                                       [False, True])))
def test_spanish_defaults_are_in_spanish(step, channel, minimal):
    for telehealth in (False, True):
        subject, body, _ = rendered(step, channel, Language.SPANISH, minimal, telehealth)
        words = set(re.findall(r"[a-záéíóúñü]+", KEYWORDS_AND_DATA.sub(" ", subject + " " +
                                                                       body).lower()))
        assert not words & ENGLISH_WORDS, (step, channel, words & ENGLISH_WORDS)
        assert words & SPANISH_MARKERS


def test_spanish_uses_usted():
    for (step, channel, language, minimal) in COMBOS:
        if language is Language.SPANISH:
            _, body, _ = rendered(step, channel, language, minimal, True)
            assert not re.search(r"\b(tu|tus|puedes|quieres|necesitas|responde|llama|te)\b",
                                 body.lower()), body


def test_english_and_spanish_defaults_differ_everywhere():
    for step, channel, minimal in product(Step, Channel, [False, True]):
        en = DEFAULTS[step, channel, Language.ENGLISH, minimal]
        es = DEFAULTS[step, channel, Language.SPANISH, minimal]
        assert en.body != es.body
        assert en.subject != es.subject or channel is not Channel.EMAIL


# ---- rendering --------------------------------------------------------------

def test_render_fills_in_a_context_or_a_mapping():
    context = sample_context("en")
    assert render("Hi {{ client_first_name }}!", context) == "Hi Alex!"
    assert render("Hi {{ name }}", {"name": "Sam"}) == "Hi Sam"
    assert render("  {{ time_text }}\n", context) == "3:00 PM"


def test_an_unknown_variable_is_a_template_error_that_names_it_and_lists_the_rest():
    with pytest.raises(TemplateError) as caught:
        render("Hi {{ client_name }},\nsee you {{ when_text }}", sample_context("en"))
    err = caught.value
    assert isinstance(err, ValidationError) and err.field == "template"
    assert err.variable == "client_name"
    assert "“client_name”" in str(err) and "Did you mean “client_first_name”?" in str(err)
    assert "Available: address, client_first_name, clinician_name," in str(err)
    assert set(err.available) == set(VARIABLES)


def test_an_unknown_variable_on_a_later_line_says_which_line():
    with pytest.raises(TemplateError, match=r"“foo” on line 3"):
        render("a\nb\n{% if foo %}x{% endif %}", sample_context("en"))


def test_a_missing_attribute_is_a_template_error():
    with pytest.raises(TemplateError, match="does not exist"):
        render("{{ client_first_name.surname }}", sample_context("en"))


def test_a_syntax_error_is_a_template_error_with_its_line():
    with pytest.raises(TemplateError) as caught:
        render("Hello\n{{ client_first_name }\n", sample_context("en"))
    assert caught.value.line == 2
    assert str(caught.value).startswith("The template has a mistake on line 2:")
    with pytest.raises(TemplateError, match="mistake on line 1"):
        render("{% if is_telehealth %}video", sample_context("en"))


@pytest.mark.parametrize("attack", [
    "{{ ''.__class__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ client_first_name.__class__.__init__.__globals__ }}",
    "{{ cycler.__init__.__globals__.os }}",
    "{{ ''.format.__self__ }}",
    "{{ 'x' * 100000000 }}",
    "{{ 10 ** 100000000 }}",
    "{{ range(10 ** 7) | list }}",
    "{% include '/etc/passwd' %}",
    "{{ 1 / 0 }}",
])
def test_the_sandbox_turns_attacks_into_template_errors(attack):
    with pytest.raises(TemplateError):
        render(attack, sample_context("en"))


def test_a_repeated_short_text_is_still_fine():
    assert render("{{ '-' * 10 }}", {}) == "-" * 10


def test_spanish_abbreviation_at_the_end_of_a_sentence_takes_one_period():
    context = sample_context("es", Step.DAY_BEFORE)
    assert render("Su cita es {{ when_text }}.", context) == "Su cita es mañana a las 3:00 p. m."


# ---- overrides ----------------------------------------------------------------

KEY = (Step.DAY_BEFORE, Channel.SMS, Language.ENGLISH)


def test_lookup_without_overrides_is_the_default():
    found = lookup(*KEY)
    assert found.source is Source.DEFAULT
    assert found.template == default_template(*KEY) == DEFAULTS[(*KEY, False)]


def test_clinician_override_beats_practice_override_beats_default():
    overrides = {(*KEY, None, False): "Practice: {{ when_text }}",
                 (*KEY, 7, False): "Clinician 7: {{ when_text }}"}
    assert lookup(*KEY, overrides=overrides).template.body == "Practice: {{ when_text }}"
    assert lookup(*KEY, overrides=overrides, clinician_id=7).source is Source.CLINICIAN
    assert lookup(*KEY, overrides=overrides, clinician_id=8).source is Source.PRACTICE
    only_clinician = {(*KEY, 7, False): "Clinician 7"}
    assert lookup(*KEY, overrides=only_clinician, clinician_id=7).source is Source.CLINICIAN
    assert lookup(*KEY, overrides=only_clinician).source is Source.DEFAULT


def test_overrides_never_cross_language_or_variant():
    overrides = {(*KEY, None, False): "Practice English full"}
    assert lookup(*KEY, True, overrides).source is Source.DEFAULT  # shared phone
    assert lookup(Step.DAY_BEFORE, Channel.SMS, Language.SPANISH, False,
                  overrides).source is Source.DEFAULT
    assert lookup(Step.DAY_BEFORE, Channel.WHATSAPP, Language.ENGLISH, False,
                  overrides).source is Source.DEFAULT


def test_override_keys_may_be_plain_strings_and_values_plain_data():
    overrides = {("day_before", "email", "es", None, True): {"body": "Hola: {{ when_text }}"},
                 ("day_before", "email", "es", 3, True): {"body": "Hola 3", "subject": "S3"}}
    practice = lookup("day_before", "email", "es", True, overrides)
    assert practice.template.body == "Hola: {{ when_text }}"
    assert practice.template.subject == DEFAULTS[Step.DAY_BEFORE, Channel.EMAIL,
                                                 Language.SPANISH, True].subject
    own = lookup("day_before", "email", "es", True, overrides, clinician_id=3)
    assert own.template == Template("Hola 3", "S3")
    assert [source for _, source in own.below] == [Source.PRACTICE, Source.DEFAULT]


def test_a_blank_override_counts_as_none():
    assert lookup(*KEY, overrides={(*KEY, None, False): "  \n"}).source is Source.DEFAULT


def test_an_unknown_step_or_channel_is_a_validation_error():
    with pytest.raises(ValidationError) as caught:
        TemplateSet({("week_before", "sms", "en", None, False): "x"})
    assert caught.value.field == "step"
    with pytest.raises(ValidationError):
        lookup(Step.DAY_BEFORE, "fax", "en")
    with pytest.raises(ValidationError):
        lookup(Step.DAY_BEFORE, "sms", "fr")


def test_render_falls_back_past_an_override_that_no_longer_renders():
    templates = TemplateSet({(*KEY, None, False): "Hi {{ nickname }}",
                             (*KEY, 4, False): "{{ when_text "})
    message = templates.render(*KEY, sample_context("en", Step.DAY_BEFORE), clinician_id=4)
    assert message.source is Source.DEFAULT
    assert message.body.startswith("Maple Street Practice: Hi Alex, see you tomorrow")
    assert len(message.problems) == 2 and "nickname" in message.problems[1]
    good = TemplateSet({(*KEY, 4, False): "See you {{ when_text }}."})
    assert good.render(*KEY, sample_context("en", Step.DAY_BEFORE),
                       clinician_id=4).body == "See you tomorrow at 3:00 PM."


def test_render_gives_email_a_subject_and_texts_none():
    templates = TemplateSet()
    context = sample_context("en", Step.DAY_BEFORE, channel=Channel.EMAIL)
    email = templates.render(Step.DAY_BEFORE, Channel.EMAIL, "en", context)
    assert email.subject == "Reminder: your appointment tomorrow"
    sms = templates.render(Step.DAY_BEFORE, Channel.SMS, "en", sample_context("en"))
    assert sms.subject == "" and sms.source is Source.DEFAULT


# ---- context: dates, times, zones -------------------------------------------

def context_at(start, now, language="en", timezone="America/New_York", **kw):
    return build_context(language=language, timezone=timezone, start=start, now=now,
                         client_first_name="Alex", practice_name="Maple Street Practice", **kw)


def test_the_context_has_exactly_the_documented_variables():
    assert [f.name for f in fields(MessageContext)] == list(VARIABLES)


def test_times_are_in_the_recipients_zone():
    start = datetime(2026, 3, 3, 20, 0, tzinfo=UTC)
    now = datetime(2026, 3, 2, 20, 0, tzinfo=UTC)
    assert context_at(start, now).time_text == "3:00 PM"
    la = context_at(start, now, timezone="America/Los_Angeles",
                    practice_timezone="America/New_York")
    assert (la.time_text, la.when_text, la.time_zone) == ("12:00 PM", "tomorrow at 12:00 PM",
                                                          "PST")
    assert context_at(start, now, practice_timezone="America/New_York").time_zone == ""


def test_relative_days_are_counted_in_the_recipients_zone():
    start = datetime(2026, 3, 4, 18, 0, tzinfo=UTC)  # 10:00 in Los Angeles, 13:00 in New York
    now = datetime(2026, 3, 4, 7, 30, tzinfo=UTC)  # 23:30 the day before in LA, 02:30 in NY
    assert context_at(start, now, timezone="America/Los_Angeles").day_text == "tomorrow"
    assert context_at(start, now).day_text == "today"


def test_across_the_spring_forward_weekend():
    start = datetime(2026, 3, 9, 9, 0, tzinfo=NEW_YORK)  # Monday after DST began (Sunday)
    now = start - timedelta(hours=24)
    ctx = context_at(start, now)
    assert (ctx.when_text, ctx.time_zone) == ("tomorrow at 9:00 AM", "")
    assert context_at(start, now, timezone="America/Phoenix").time_text == "6:00 AM"


def test_a_late_day_before_reminder_says_today_never_a_wrong_tomorrow():
    start = datetime(2026, 3, 3, 15, 0, tzinfo=NEW_YORK)
    ctx = context_at(start, datetime(2026, 3, 3, 8, 5, tzinfo=NEW_YORK))
    assert ctx.when_text == "today at 3:00 PM"
    assert context_at(start, start + timedelta(hours=2)).day_text == "today"
    assert context_at(start, start + timedelta(days=1)).day_text == "yesterday"


@pytest.mark.parametrize(("language", "hour", "minute", "when"), [
    ("en", 15, 0, "on Friday, March 6 at 3:00 PM"),
    ("en", 0, 30, "on Friday, March 6 at 12:30 AM"),
    ("en", 12, 0, "on Friday, March 6 at 12:00 PM"),
    ("es", 13, 0, "el viernes 6 de marzo a la 1:00 p. m."),
    ("es", 1, 15, "el viernes 6 de marzo a la 1:15 a. m."),
    ("es", 12, 0, "el viernes 6 de marzo a las 12:00 p. m."),
    ("es", 9, 45, "el viernes 6 de marzo a las 9:45 a. m."),
])
def test_date_and_time_wording(language, hour, minute, when):
    start = datetime(2026, 3, 6, hour, minute, tzinfo=NEW_YORK)
    assert context_at(start, datetime(2026, 3, 2, 9, 0, tzinfo=NEW_YORK),
                      language).when_text == when


def test_spanish_dates_and_words():
    now = datetime(2026, 3, 2, 9, 0, tzinfo=NEW_YORK)
    wednesday = context_at(datetime(2026, 3, 4, 10, 0, tzinfo=NEW_YORK), now, "es")
    assert (wednesday.date_text, wednesday.weekday) == ("miércoles 4 de marzo", "miércoles")
    assert context_at(datetime(2026, 3, 3, 10, 0, tzinfo=NEW_YORK), now, "es").day_text \
        == "mañana"
    assert context_at(now, now, "es").day_text == "hoy"
    assert wednesday.reply_hint == REPLY_HINT[Language.SPANISH]


def test_a_saturday_sms_in_spanish_leaves_out_the_accented_weekday():
    saturday = datetime(2026, 3, 7, 10, 0, tzinfo=NEW_YORK)
    now = datetime(2026, 3, 2, 9, 0, tzinfo=NEW_YORK)
    sms = context_at(saturday, now, "es", channel=Channel.SMS)
    assert sms.when_text == "el 7 de marzo a las 10:00 a. m."
    assert segments(sms.when_text).encoding == "GSM-7"
    assert context_at(saturday, now, "es", channel=Channel.EMAIL).when_text == \
        "el sábado 7 de marzo a las 10:00 a. m."
    assert context_at(saturday, now, "en").when_text == "on Saturday, March 7 at 10:00 AM"


def test_a_date_far_away_carries_its_year():
    now = datetime(2026, 3, 2, 9, 0, tzinfo=NEW_YORK)
    far = context_at(datetime(2026, 12, 1, 9, 0, tzinfo=NEW_YORK), now)
    assert far.day_text == "on Tuesday, December 1, 2026"
    assert context_at(datetime(2026, 12, 1, 9, 0, tzinfo=NEW_YORK), now, "es").day_text == \
        "el martes 1 de diciembre de 2026"


def test_shared_phone_context_cannot_leak_clinician_or_modality():
    start = datetime(2026, 3, 3, 15, 0, tzinfo=NEW_YORK)
    ctx = context_at(start, start - timedelta(days=1), clinician_name="Sam Rivera",
                     is_telehealth=True, minimal=True, session_link=" https://x.example/a ")
    assert (ctx.clinician_name, ctx.modality_text) == ("", "")
    assert ctx.session_link == "https://x.example/a" and ctx.is_telehealth
    assert ctx.practice_name == "Maple Street Practice"  # no neutral name set
    assert context_at(start, start, minimal=True, neutral_sender_name="").practice_name == ""


def test_context_checks_its_inputs():
    start = datetime(2026, 3, 3, 15, 0, tzinfo=NEW_YORK)
    with pytest.raises(ValidationError) as caught:
        build_context(language="en", timezone="America/New_York", start=start, now=start,
                      client_first_name="Alex", practice_name="  ")
    assert caught.value.field == "practice_name"
    with pytest.raises(ValidationError, match="time zone"):
        context_at(start, start, timezone="Mars/Olympus")
    with pytest.raises(ValidationError, match="no messages in “fr”"):
        context_at(start, start, language="fr")
    with pytest.raises(ValueError, match="aware"):
        context_at(datetime(2026, 3, 3, 15, 0), start)


def test_address_lines_become_one_line_and_email_hints_differ():
    start = datetime(2026, 3, 3, 15, 0, tzinfo=NEW_YORK)
    ctx = context_at(start, start, address="200 Maple Street,\n  Suite 3\n\nSpringfield",
                     channel=Channel.EMAIL)
    assert ctx.address == "200 Maple Street, Suite 3, Springfield"
    assert "reply to this email" in ctx.reply_hint and "STOP" not in ctx.stop_hint


@pytest.mark.parametrize("language", LANGUAGES)
def test_sample_context_reads_as_each_step_would_be_sent(language):
    assert sample_context(language, Step.DAY_BEFORE).day_text in ("tomorrow", "mañana")
    assert sample_context(language, Step.MISSED_FOLLOW_UP).day_text in ("today", "hoy")
    assert sample_context(language, Step.TELEHEALTH_LINK, telehealth=True).session_link
    assert sample_context(language, Step.RESCHEDULE_NOTICE).previous_when_text
    assert sample_context(language, session_link="https://y").session_link == "https://y"


# ---- steps ----------------------------------------------------------------------

def test_steps():
    assert {s for s in Step if s.is_reply} == {Step.OPT_OUT_CONFIRMATION,
                                              Step.OPT_IN_CONFIRMATION, Step.HELP_REPLY,
                                              Step.CRISIS_REPLY, Step.CANCEL_ACK}
    assert Step("day_before") is Step.DAY_BEFORE and Step.DAY_BEFORE.label
    assert all(s.label for s in Step)
