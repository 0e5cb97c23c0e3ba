"""A staff-typed template cannot hang the dispatcher.

Every attack from the issue is refused at save with a plain reason (never a MemoryError out of
the checker), is bounded when rendered at send time on a worker thread, and a runaway template
saved by an older version fails only its own message while the rest of the queue goes out."""

from __future__ import annotations

import threading
import time

import pytest
from fakes.twilio_server import twilio_server_fixture  # noqa: F401
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.domain import Channel, ConsentStatus, ItemKind, Language, MessageState, Step
from frontdesk.models import DeskItem, OutboxMessage
from frontdesk.models.message_config import TemplateOverride
from frontdesk.services.channels.twilio_channel import TwilioChannel
from frontdesk.services.dto import ClientInput
from frontdesk.services.reminders.dispatcher import Dispatcher, Pacer
from frontdesk.services.reminders.senders import Senders
from frontdesk.services.wording.checks import check_template
from frontdesk.services.wording.context import sample_context, worst_case_context
from frontdesk.services.wording.rendering import TemplateError, TemplateLimitError, render
from frontdesk.services.wording.templates import DEFAULTS, TemplateSet
from tests.helpers import at

EN, SMS, DAY = Language.ENGLISH, Channel.SMS, Step.DAY_BEFORE
# Each attack from the issue, and the words staff are told.
ATTACKS = {
    "nested ranges": ("{% for a in range(1000) %}{% for b in range(1000) %}"
                      "{% for c in range(1000) %}x{% endfor %}{% endfor %}{% endfor %}",
                      "counts further"),
    "nested ranges within the cap": ("{% for a in range(100) %}{% for b in range(100) %}"
                                     "{% for c in range(100) %}{% endfor %}{% endfor %}"
                                     "{% endfor %}", "repeats itself too often"),
    "format width": ('{{ "{:>999999999}".format(client_first_name) }}', "pads text wider"),
    "nested format width": ('{{ "{:>{w}}".format(client_first_name, w=999999999) }}',
                            "pads text wider"),
    "percent width": ('{{ "%999999999s" % client_first_name }}', "pads text wider"),
    "center": ("{{ client_first_name|center(999999999) }}", "pads text wider"),
    "lipsum": ("{{ lipsum(99999) }}", "lipsum"),
    "power tower": ("{{ 9**9**9**9 }}", "number too large"),
    "repeated text": ('{{ "a"*10**9 }}', "longer than 20,000 characters"),
    "doubling text": ("{% set ns = namespace(s='x') %}{% for i in range(60) %}"
                      "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}",
                      "longer than 20,000 characters"),
    "self-nesting tuple": ("{% set ns = namespace(s='x') %}{% for i in range(60) %}"
                           "{% set ns.s = (ns.s, ns.s) %}{% endfor %}{{ ns.s }}",
                           "longer than 20,000 characters"),
    "recursive macro": ("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", "too deeply"),
    "set then recurse": ("{% macro f(n) %}{% set m = n ~ n %}{{ f(m) }}{% endmacro %}"
                         "{{ f('ab') }}", "longer than 20,000 characters"),
    "branching macro": ("{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}"
                        "{% endmacro %}{{ f(60) }}", "takes too long"),
}
# Cheap for "Alex at 200 Maple Street" (about 7,000 loop steps), thirty million for the
# longest name and address a client can have.
LOOPS_ON_REAL_DATA = ("{% for a in address %}{% for b in address %}{% for c in "
                      "client_first_name %}{% endfor %}{% endfor %}{% endfor %}"
                      "See you {{ when_text }}. {{ stop_hint }}")
BRANCHING = ATTACKS["branching macro"][0]


@pytest.mark.parametrize("name", list(ATTACKS))
def test_each_attack_is_refused_by_the_checker_quickly_and_in_plain_words(name):
    text, words = ATTACKS[name]
    started = time.monotonic()
    check = check_template(text, DAY, SMS, EN)
    assert time.monotonic() - started < 3
    assert check.error is not None and words in check.error, check.error
    assert "MemoryError" not in check.error


def test_save_refuses_every_attack_and_stores_nothing(practice):
    store = practice.svc.templates
    for name, (text, words) in ATTACKS.items():
        with pytest.raises(TemplateError) as caught:
            store.save(DAY, SMS, EN, None, False, text, actor="reception")
        assert words in str(caught.value), name
    assert store.overrides() == {}


def test_a_template_cheap_on_the_sample_but_looping_on_real_data_is_refused_at_save(practice):
    assert render(LOOPS_ON_REAL_DATA, sample_context(EN, DAY)).startswith("See you")
    with pytest.raises(TemplateError, match=r"longest names and address.*too often"):
        practice.svc.templates.save(DAY, SMS, EN, None, False, LOOPS_ON_REAL_DATA,
                                    actor="reception")


def test_a_runaway_render_on_a_worker_thread_is_stopped_by_its_deadline():
    outcome: list[BaseException | str] = []

    def work() -> None:
        try:
            outcome.append(render(BRANCHING, sample_context()))
        except TemplateError as err:
            outcome.append(err)

    started = time.monotonic()
    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive() and time.monotonic() - started < 3
    [err] = outcome
    assert isinstance(err, TemplateLimitError) and "over 0.5 s" in str(err)


def test_a_runaway_override_at_send_fails_instead_of_falling_back_silently():
    templates = TemplateSet({(DAY, SMS, EN, None, False): BRANCHING})
    with pytest.raises(TemplateLimitError, match=r"practice words for .* takes too long"):
        templates.render(DAY, SMS, EN, sample_context(EN, DAY))
    # an override that merely names a variable that is gone still falls back, as before
    stale = TemplateSet({(DAY, SMS, EN, None, False): "{{ client_first_name }} {{ gone }}"})
    assert stale.render(DAY, SMS, EN, sample_context(EN, DAY)).problems


@pytest.mark.parametrize("video", [False, True])
def test_every_default_renders_within_the_bounds_for_the_longest_data(video):
    for (step, channel, language, minimal), template in DEFAULTS.items():
        for context in (sample_context(language, step, telehealth=video, minimal=minimal,
                                       channel=channel),
                        worst_case_context(language, step, telehealth=video,
                                           minimal=minimal, channel=channel)):
            assert render(template.body, context)
            if template.subject:
                assert render(template.subject, context)


def test_ordinary_template_features_still_work():
    text = ("{% for i in range(3) %}{{ loop.index }}{% endfor %} {{ 'a' ~ 'b' }} "
            "{{ '%s!' % client_first_name }} {{ '{}?'.format(client_first_name) }} "
            "{{ client_first_name|center(8) }}|{{ [1, 2]|join(',') }} {{ 2 ** 10 }}")
    assert render(text, sample_context()) == "123 ab Alex! Alex?   Alex  |1,2 1024"


# -- at send: one runaway template fails one message, the queue goes on ----------------------


def test_the_dispatcher_fails_only_the_runaway_message_and_sends_the_rest(
        practice, book, twilio_server):
    svc = practice.svc
    people = [svc.clients.create(ClientInput(first, "Tester", mobile=mobile), "test")
              for first, mobile in (("Dev", "(617) 555-0121"), ("Eli", "(617) 555-0122"),
                                    ("Fay", "(617) 555-0123"))]
    for person in people:
        svc.clients.set_consent(person.id, SMS, ConsentStatus.GRANTED, "intake", "test")
    # Saved by an older version, straight into the database: the save checks never saw it.
    with Session(svc.engine) as s, s.begin():
        s.add(TemplateOverride(step=Step.BOOKING_CONFIRMATION.value, channel=SMS, language=EN,
                               clinician_id=practice.reyes.id, minimal=False, body=BRANCHING,
                               subject="", updated_at=svc.clock.now(), updated_by="old"))
    dev, eli, fay = people
    book(dev, at(6, 10))
    [eli_appointment] = book(eli, at(6, 11), clinician=practice.reyes)
    book(fay, at(6, 12))
    twilio = TwilioChannel(twilio_server.account_sid, twilio_server.auth_token,
                           "+16175550100", api_base=twilio_server.url, timeout=2.0)
    dispatcher = Dispatcher(sessionmaker(svc.engine, expire_on_commit=False), svc.clock,
                            Senders(twilio, None), templates=svc.templates.template_set,
                            pacer=Pacer(sleep=lambda seconds: None))

    started = time.monotonic()
    report = dispatcher.run_once()
    assert time.monotonic() - started < 5
    assert report.sent == 2 and report.failed == 1
    assert sorted(m["to"] for m in twilio_server.sent) == ["+16175550121", "+16175550123"]
    with Session(svc.engine) as s:
        [failed] = s.scalars(select(OutboxMessage).where(
            OutboxMessage.appointment_id == eli_appointment,
            OutboxMessage.step == Step.BOOKING_CONFIRMATION.value))
        assert failed.state is MessageState.FAILED and "takes too long" in failed.reason
        [item] = s.scalars(select(DeskItem).where(DeskItem.kind == ItemKind.DELIVERY_PROBLEM))
        assert item.ref == f"outbox:{failed.id}" and "takes too long" in item.note
