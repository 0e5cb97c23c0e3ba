"""The template store over a real encrypted database: overrides saved, looked up with
clinician > practice > default, refused when broken, warned about when they say too much,
audited, and used by the dispatcher on the next send."""

from __future__ import annotations

import pytest
from fakes.twilio_server import twilio_server_fixture  # noqa: F401
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.domain import Channel, ConsentStatus, Language, Step
from frontdesk.models import AuditEntry
from frontdesk.services.channels.twilio_channel import TwilioChannel
from frontdesk.services.dto import ClientInput
from frontdesk.services.errors import ValidationError
from frontdesk.services.reminders.dispatcher import Dispatcher, Pacer
from frontdesk.services.reminders.senders import Senders
from frontdesk.services.wording.rendering import TemplateError
from frontdesk.services.wording.store import TemplateStore
from frontdesk.services.wording.templates import Source, Template, default_template
from tests.helpers import at

EN, ES = Language.ENGLISH, Language.SPANISH
SMS, EMAIL = Channel.SMS, Channel.EMAIL
DAY = Step.DAY_BEFORE
PRACTICE_WORDS = "Hi {{ client_first_name }}, see you {{ when_text }}. {{ stop_hint }}"
CLINICIAN_WORDS = "{{ client_first_name }}: {{ clinician_name }} expects you {{ when_text }}."


def audit_rows(svc) -> list[AuditEntry]:
    with Session(svc.engine) as s:
        return list(s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "template_override").order_by(AuditEntry.id)))


@pytest.fixture
def store(practice) -> TemplateStore:
    return practice.svc.templates


def test_services_carry_the_store(services):
    assert isinstance(services.templates, TemplateStore)


def test_save_get_reset_round_trip(store, practice):
    assert store.get(DAY, SMS, EN, None, False) == (default_template(DAY, SMS, EN), Source.DEFAULT)
    warnings = store.save(DAY, SMS, EN, None, False, PRACTICE_WORDS, "", actor="reception")
    assert warnings == ()
    template, source = store.get(DAY, SMS, EN, None, False)
    assert (template.body, source) == (PRACTICE_WORDS, Source.PRACTICE)
    assert store.overrides() == {(DAY, SMS, EN, None, False): template}
    # Saving again replaces, never duplicates (NULL clinician ids are not unique in SQLite).
    store.save(DAY, SMS, EN, None, False, PRACTICE_WORDS + " ", "", actor="reception")
    assert len(store.overrides()) == 1
    after = store.reset(DAY, SMS, EN, None, False, actor="reception")
    assert after == (default_template(DAY, SMS, EN), Source.DEFAULT)
    assert store.overrides() == {}


def test_clinician_beats_practice_beats_default(store, practice):
    okafor, reyes = practice.okafor.id, practice.reyes.id
    store.save(DAY, SMS, EN, None, False, PRACTICE_WORDS, actor="reception")
    store.save(DAY, SMS, EN, okafor, False, CLINICIAN_WORDS, actor="reception")
    template, source = store.get(DAY, SMS, EN, okafor, False)
    assert (template.body, source) == (CLINICIAN_WORDS, Source.CLINICIAN)
    assert store.get(DAY, SMS, EN, reyes, False)[1] is Source.PRACTICE  # no words of his own
    # Other languages, channels and the minimal variant are untouched.
    assert store.get(DAY, SMS, ES, okafor, False)[1] is Source.DEFAULT
    assert store.get(DAY, Channel.WHATSAPP, EN, okafor, False)[1] is Source.DEFAULT
    assert store.get(DAY, SMS, EN, okafor, True)[1] is Source.DEFAULT
    rendered = store.template_set().render(
        DAY, SMS, EN, {"client_first_name": "Ana", "clinician_name": "Dr. Okafor",
                       "when_text": "tomorrow at 3:00 PM"}, clinician_id=okafor)
    assert rendered.body == "Ana: Dr. Okafor expects you tomorrow at 3:00 PM."
    store.reset(DAY, SMS, EN, okafor, False, actor="reception")
    assert store.get(DAY, SMS, EN, okafor, False)[1] is Source.PRACTICE  # the level below


def test_a_broken_template_is_refused_naming_the_variable(store, practice):
    with pytest.raises(TemplateError) as err:
        store.save(DAY, SMS, EN, None, False, "Hi {{ client_name }}!", actor="reception")
    assert "client_name" in str(err.value) and "client_first_name" in str(err.value)
    assert err.value.field == "body" and err.value.variable == "client_name"
    with pytest.raises(TemplateError, match="line 1"):
        store.save(DAY, SMS, EN, None, False, "Hi {% if is_telehealth %}", actor="reception")
    with pytest.raises(TemplateError) as err:
        store.save(DAY, EMAIL, EN, None, False, "Hello", "Your {{ appt }}", actor="reception")
    assert err.value.field == "subject" and "appt" in str(err.value)
    with pytest.raises(ValidationError, match="empty"):
        store.save(DAY, SMS, EN, None, False, "   ", actor="reception")
    assert store.overrides() == {} and audit_rows(practice.svc) == []


def test_a_template_that_fails_only_when_rendered_is_refused(store, practice):
    with pytest.raises(TemplateError, match=r"could not be filled in|does not exist"):
        store.save(DAY, SMS, EN, None, False, "{{ client_first_name.nope.deeper }}",
                   actor="reception")
    assert store.overrides() == {}


def test_privacy_and_length_warnings_are_returned_but_the_words_are_saved(store, practice):
    words = "Hi {{ client_first_name }}, your therapy session is {{ when_text }}."
    warnings = store.save(DAY, SMS, EN, None, False, words, actor="reception")
    assert any("therapy" in w for w in warnings)
    assert store.get(DAY, SMS, EN, None, False) == (Template(words), Source.PRACTICE)
    long_es = ("Hola {{ client_first_name }}, le recordamos su cita {{ when_text }}. "
               "Por favor llegue diez minutos antes y traiga su identificación. "
               "Si necesita cambiarla, llámenos. ¡Gracias y que tenga un buen día!")
    warnings = store.save(DAY, SMS, ES, None, False, long_es, actor="reception")
    assert any("segments" in w for w in warnings)
    assert store.get(DAY, SMS, ES, None, False)[0].body == long_es


def test_saves_and_resets_are_audited_without_the_words(store, practice):
    store.save(DAY, SMS, EN, practice.okafor.id, True, "Reminder {{ when_text }}.",
               actor="maria")
    store.reset(DAY, SMS, EN, practice.okafor.id, True, actor="maria")
    store.reset(DAY, SMS, EN, practice.okafor.id, True, actor="maria")  # nothing left: no row
    saved, reset = audit_rows(practice.svc)
    assert (saved.action, saved.actor, reset.action) == ("save", "maria", "reset")
    assert saved.detail == f"day_before/sms/en/clinician {practice.okafor.id}/minimal"
    assert "Reminder" not in saved.detail + reset.detail


def test_an_email_subject_left_blank_keeps_the_one_below(store, practice):
    store.save(DAY, EMAIL, EN, None, False, "Dear {{ client_first_name }}, see you soon.", "",
               actor="reception")
    template, source = store.get(DAY, EMAIL, EN, None, False)
    assert source is Source.PRACTICE and template.subject == default_template(DAY, EMAIL,
                                                                              EN).subject
    store.save(DAY, SMS, EN, None, False, PRACTICE_WORDS, "ignored for texts", actor="r")
    assert store.get(DAY, SMS, EN, None, False)[0].subject == ""


def test_unknown_step_or_clinician_is_refused(store, practice):
    with pytest.raises(ValidationError, match="step"):
        store.get("birthday", SMS, EN, None, False)
    with pytest.raises(Exception, match="no longer exists"):
        store.save(DAY, SMS, EN, 9999, False, PRACTICE_WORDS, actor="reception")


def test_preview_uses_the_practice_name_and_the_chosen_modality(store, practice):
    words = ("{{ practice_name }}: {% if is_telehealth %}join {{ session_link }}"
             "{% else %}come to {{ address }}{% endif %}")
    in_person = store.preview(DAY, SMS, EN, None, False, words, "", telehealth=False)
    video = store.preview(DAY, SMS, EN, None, False, words, "", telehealth=True)
    assert in_person.ok and in_person.preview.startswith("Test Practice: come to 200 Maple")
    assert video.preview.startswith("Test Practice: join https://")
    assert in_person.segments.segments == 1 and in_person.segments.encoding == "GSM-7"
    broken = store.preview(DAY, SMS, EN, None, False, "{{ nope }}", "", telehealth=False)
    assert not broken.ok and "nope" in broken.error
    own = store.preview(DAY, SMS, EN, practice.okafor.id, False, CLINICIAN_WORDS, "")
    assert own.preview == "Alex: Dr. Okafor expects you tomorrow at 3:00 PM."
    hidden = store.preview(DAY, SMS, EN, practice.okafor.id, True, CLINICIAN_WORDS, "")
    assert "Okafor" not in hidden.preview  # a shared phone never shows the clinician
    assert any("clinician_name" in w for w in hidden.warnings)
    email = store.preview(DAY, EMAIL, EN, None, False, "Hi", "From {{ practice_name }}")
    assert email.preview_subject == "From Test Practice" and email.segments is None


def test_neutral_sender_name_for_shared_phones(store, practice):
    assert store.neutral_sender_name() is None
    assert store.set_neutral_sender_name("  Maple   Office ", "maria") == ()
    assert store.neutral_sender_name() == "Maple Office"
    check = store.preview(DAY, SMS, EN, None, True, "{{ practice_name }}: {{ when_text }}", "")
    assert check.preview.startswith("Maple Office:")
    warnings = store.set_neutral_sender_name("Okafor Counseling", "maria")
    assert any("Counseling" in w or "counsel" in w.lower() for w in warnings)
    assert store.set_neutral_sender_name("", "maria") == ()
    assert store.neutral_sender_name() is None


# -- the dispatcher sends the edited words ----------------------------------------------------

PRACTICE_NUMBER = "+16175550100"
ANA = "+16175550111"



@pytest.fixture
def dispatcher(practice, twilio_server):
    """Wired like the app: the dispatcher reads the store's overrides at send time."""
    practice.svc.clients.set_consent(practice.ana.id, Channel.SMS, ConsentStatus.GRANTED,
                                     "intake form", "test")
    twilio = TwilioChannel(twilio_server.account_sid, twilio_server.auth_token,
                           PRACTICE_NUMBER, api_base=twilio_server.url, timeout=2.0)
    return Dispatcher(sessionmaker(practice.svc.engine, expire_on_commit=False),
                      practice.svc.clock, Senders(twilio, None),
                      templates=practice.svc.templates.template_set,
                      pacer=Pacer(sleep=lambda s: None))


def texts_to(server, number):
    return [m["body"] for m in server.sent if m["to"] == number]


def test_the_dispatcher_sends_the_edited_words_on_the_next_send(store, practice, book,
                                                               dispatcher, twilio_server):
    store.save(Step.BOOKING_CONFIRMATION, SMS, EN, None, False,
               "{{ practice_name }}: booked, {{ client_first_name }}, {{ when_text }}. "
               "{{ stop_hint }}", actor="reception")
    book(practice.ana, at(6, 10))
    dispatcher.run_once()
    assert texts_to(twilio_server, ANA) == [
        "Test Practice: booked, Annie, on Friday, March 6 at 10:00 AM. Reply STOP to opt out."]
    # An edit while the app runs applies to the next message, no restart.
    store.save(Step.BOOKING_CONFIRMATION, SMS, EN, practice.okafor.id, False,
               "{{ clinician_name }} booked you {{ when_text }}. {{ stop_hint }}",
               actor="reception")
    book(practice.ana, at(9, 10))
    dispatcher.run_once()
    assert texts_to(twilio_server, ANA)[-1].startswith("Dr. Okafor booked you on Monday")
    assert practice.svc.dispatcher.templates.lookup(
        Step.BOOKING_CONFIRMATION, SMS, EN).source is Source.PRACTICE  # the app's own wiring


def test_shared_phone_texts_carry_the_neutral_sender_name(store, practice, book, dispatcher,
                                                         twilio_server):
    svc = practice.svc
    dana = svc.clients.create(ClientInput("Dana", "Shared", mobile="(617) 555-0113",
                                          shared_phone=True), "test")
    svc.clients.set_consent(dana.id, Channel.SMS, ConsentStatus.GRANTED, "intake", "test")
    store.set_neutral_sender_name("Maple Office", "reception")
    book(dana, at(6, 10))
    dispatcher.run_once()
    [text] = texts_to(twilio_server, "+16175550113")
    assert "Maple Office" in text and "Test Practice" not in text and "Okafor" not in text
