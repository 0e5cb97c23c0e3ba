"""Clients: contact points parsed and checked, search, and per-channel consent."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.domain import Channel, ConsentStatus, Language, PhoneKind
from frontdesk.models import AuditEntry
from frontdesk.services.dto import ClientInput
from frontdesk.services.errors import NotFoundError, ValidationError


def person(**kw) -> ClientInput:
    kw.setdefault("preferred_channel", Channel.SMS if kw.get("mobile") else Channel.EMAIL)
    if kw["preferred_channel"] is Channel.EMAIL:
        kw.setdefault("email", "someone@example.org")
    return ClientInput("Test", "Person", **kw)


# ---- phone numbers ---------------------------------------------------------

@pytest.mark.parametrize(("typed", "e164"), [
    ("(617) 555-0123", "+16175550123"),
    ("617.555.0123", "+16175550123"),
    ("617-555-0123", "+16175550123"),
    ("1 (617) 555-0123", "+16175550123"),
    ("+1 617 555 0123", "+16175550123"),
    ("+34 612 345 678", "+34612345678"),
    ("011 34 612 345 678", "+34612345678"),  # dialled from the US
    ("+44 20 7946 0958", "+442079460958"),
])
def test_phone_numbers_stored_as_e164(practice, typed, e164):
    c = practice.svc.clients.create(person(mobile=typed, preferred_channel=Channel.EMAIL), "t")
    assert c.mobile == e164
    assert practice.svc.clients.get(c.id).mobile == e164


def test_national_numbers_follow_the_practice_region(practice):
    s = practice.svc
    s.practice.update_settings(replace(s.practice.settings(), region="ES", phone=""), "t")
    c = s.clients.create(person(mobile="612 345 678"), "t")
    assert c.mobile == "+34612345678"


@pytest.mark.parametrize("typed", ["12345", "(617) 555-011", "not a phone", "+1 555",
                                   "001 617 555 0123", "617 555 0123 4567"])
def test_malformed_number_refused_with_the_input_quoted(practice, typed):
    with pytest.raises(ValidationError) as err:
        practice.svc.clients.create(person(mobile=typed), "t")
    assert err.value.field == "mobile"
    assert f"“{typed}”" in err.value.message
    assert err.value.hint  # says what a good number looks like
    assert practice.svc.clients.search("Person") == []


def test_the_hint_examples_are_numbers_we_accept(practice):
    """The hint shown for a bad number must not suggest numbers that are refused too."""
    with pytest.raises(ValidationError) as err:
        practice.svc.clients.create(person(mobile="123"), "t")
    examples = re.search(r"e\.g\. (.+) or (.+)\.$", err.value.hint).groups()
    for example in examples:
        assert practice.svc.clients.create(person(mobile=example), "t").mobile.startswith("+")


def test_malformed_whatsapp_number_names_its_field(practice):
    with pytest.raises(ValidationError) as err:
        practice.svc.clients.create(person(whatsapp="555"), "t")
    assert err.value.field == "whatsapp" and "“555”" in err.value.message


def test_spanish_mobile_and_landline_are_known(practice):
    mobile = practice.svc.clients.create(person(mobile="+34 612 345 678"), "t")
    assert mobile.mobile_kind is PhoneKind.MOBILE
    landline = practice.svc.clients.create(
        person(mobile="+34 912 345 678", preferred_channel=Channel.EMAIL), "t")
    assert landline.mobile_kind is PhoneKind.LANDLINE


@pytest.mark.parametrize(("staff_say", "kind"), [
    (None, PhoneKind.UNKNOWN), (True, PhoneKind.LANDLINE), (False, PhoneKind.MOBILE)])
def test_us_numbers_are_unknown_unless_staff_say(practice, staff_say, kind):
    """The North American plan cannot tell mobiles from landlines; staff knowledge decides."""
    c = practice.svc.clients.create(
        person(mobile="(617) 555-0123", mobile_is_landline=staff_say,
               preferred_channel=Channel.EMAIL), "t")
    assert c.mobile_kind is kind


def test_staff_cannot_overrule_a_number_known_to_be_mobile(practice):
    c = practice.svc.clients.create(person(mobile="+34 612 345 678", mobile_is_landline=True), "t")
    assert c.mobile_kind is PhoneKind.MOBILE


@pytest.mark.parametrize(("mobile", "landline"), [
    ("(617) 555-0123", True), ("+34 912 345 678", None)])
def test_sms_preferred_with_a_landline_refused(practice, mobile, landline):
    with pytest.raises(ValidationError) as err:
        practice.svc.clients.create(
            person(mobile=mobile, mobile_is_landline=landline, preferred_channel=Channel.SMS),
            "t")
    assert err.value.field == "preferred_channel"
    assert "landline" in err.value.message


@pytest.mark.parametrize(("channel", "fields"), [
    (Channel.SMS, {"email": "a@example.org"}),
    (Channel.EMAIL, {"mobile": "(617) 555-0123"}),
    (Channel.WHATSAPP, {"email": "a@example.org"}),
])
def test_preferred_channel_without_a_contact_point_refused(practice, channel, fields):
    with pytest.raises(ValidationError) as err:
        practice.svc.clients.create(ClientInput("Test", "Person", preferred_channel=channel,
                                                **fields), "t")
    assert err.value.field == "preferred_channel"
    assert "no contact point" in err.value.message


def test_whatsapp_can_use_the_mobile_number(practice):
    c = practice.svc.clients.create(
        ClientInput("Test", "Person", mobile="+34 612 345 678",
                    preferred_channel=Channel.WHATSAPP, language=Language.SPANISH), "t")
    assert (c.preferred_channel, c.whatsapp, c.language) == (
        Channel.WHATSAPP, None, Language.SPANISH)


# ---- email, time zone, names ----------------------------------------------

def test_email_normalised(practice):
    c = practice.svc.clients.create(person(email="  Ana.Lind@Example.ORG ",
                                           preferred_channel=Channel.EMAIL), "t")
    assert c.email == "Ana.Lind@example.org"


@pytest.mark.parametrize("typed", ["ana@", "ana at example.org", "ana@@example.org",
                                   "@example.org", "ana@example"])
def test_bad_email_refused(practice, typed):
    with pytest.raises(ValidationError) as err:
        practice.svc.clients.create(person(email=typed, preferred_channel=Channel.EMAIL), "t")
    assert err.value.field == "email" and f"“{typed}”" in err.value.message


def test_time_zone_checked(practice):
    with pytest.raises(ValidationError) as err:
        practice.svc.clients.create(person(timezone="Mars/Olympus_Mons"), "t")
    assert err.value.field == "timezone" and "Mars/Olympus_Mons" in err.value.message
    c = practice.svc.clients.create(person(timezone=" Europe/Madrid "), "t")
    assert c.timezone == "Europe/Madrid"
    assert practice.svc.clients.create(person(), "t").timezone is None  # the practice's


@pytest.mark.parametrize(("first", "last", "field"), [("  ", "Person", "first_name"),
                                                      ("Test", "", "last_name")])
def test_names_required(practice, first, last, field):
    with pytest.raises(ValidationError) as err:
        practice.svc.clients.create(ClientInput(first, last, email="a@example.org",
                                                preferred_channel=Channel.EMAIL), "t")
    assert err.value.field == field


def test_update_round_trip_and_missing_client(practice):
    p = practice
    changed = ClientInput(" Ana ", " Lindqvist-Berg ", preferred_name="Ann",
                          mobile="+34 612 345 678", email="ana@example.org", shared_phone=True,
                          notes=" prefers afternoons ")
    p.svc.clients.update(p.ana.id, changed, "maria")
    d = p.svc.clients.get(p.ana.id)
    assert (d.first_name, d.last_name, d.display_name) == ("Ana", "Lindqvist-Berg",
                                                           "Ann Lindqvist-Berg")
    assert (d.mobile, d.mobile_kind, d.shared_phone, d.notes) == (
        "+34612345678", PhoneKind.MOBILE, True, "prefers afternoons")
    with pytest.raises(NotFoundError):
        p.svc.clients.get(9999)
    with pytest.raises(NotFoundError):
        p.svc.clients.update(9999, changed, "maria")


# ---- search ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("", ["Cleo Haddad", "Annie Lindqvist", "Benjamin Okoro"]),  # all, by last name
    ("lind", ["Annie Lindqvist"]),
    ("ANNIE", ["Annie Lindqvist"]),  # preferred name
    ("benj", ["Benjamin Okoro"]),
    ("cleo@exa", ["Cleo Haddad"]),  # email
    ("example.org", ["Cleo Haddad", "Annie Lindqvist"]),
    ("0112", ["Benjamin Okoro"]),  # phone digits
    ("555-0111", ["Annie Lindqvist"]),
    ("(617) 555-0112", ["Benjamin Okoro"]),
    ("617", ["Annie Lindqvist", "Benjamin Okoro"]),
    ("11", []),  # too few digits to search numbers
    ("zz", []),
])
def test_search(practice, text, expected):
    assert [c.display_name for c in practice.svc.clients.search(text)] == expected


# ---- consent ---------------------------------------------------------------

def test_consent_granted_records_when_how_and_who(practice, clock):
    p = practice
    d = p.svc.clients.set_consent(p.ana.id, Channel.SMS, ConsentStatus.GRANTED,
                                  " intake form ", "maria")
    [k] = d.consents
    assert (k.channel, k.status, k.method, k.recorded_by) == (
        Channel.SMS, ConsentStatus.GRANTED, "intake form", "maria")
    assert k.given_at == clock.now() and k.opted_out_at is None
    assert p.svc.clients.get(p.ana.id).consents == d.consents


def test_opt_out_records_when_and_can_be_granted_again(practice, clock):
    p = practice
    p.svc.clients.set_consent(p.ana.id, Channel.SMS, ConsentStatus.GRANTED, "verbal", "maria")
    given = clock.now()
    clock.advance(timedelta(days=3))
    [k] = p.svc.clients.set_consent(p.ana.id, Channel.SMS, ConsentStatus.OPTED_OUT, "",
                                    "jo").consents
    assert k.status is ConsentStatus.OPTED_OUT
    assert k.opted_out_at == clock.now() and k.given_at == given
    clock.advance(timedelta(days=1))
    [k] = p.svc.clients.set_consent(p.ana.id, Channel.SMS, ConsentStatus.GRANTED,
                                    "signed form", "jo").consents
    assert (k.status, k.opted_out_at, k.given_at, k.recorded_by) == (
        ConsentStatus.GRANTED, None, clock.now(), "jo")


def test_consent_is_per_channel(practice):
    p = practice
    p.svc.clients.set_consent(p.ana.id, Channel.SMS, ConsentStatus.GRANTED, "form", "maria")
    p.svc.clients.set_consent(p.ana.id, Channel.EMAIL, ConsentStatus.OPTED_OUT, "", "maria")
    got = {k.channel: k.status for k in p.svc.clients.get(p.ana.id).consents}
    assert got == {Channel.SMS: ConsentStatus.GRANTED, Channel.EMAIL: ConsentStatus.OPTED_OUT}


def test_granting_without_a_method_refused(practice):
    p = practice
    with pytest.raises(ValidationError) as err:
        p.svc.clients.set_consent(p.ana.id, Channel.SMS, ConsentStatus.GRANTED, "  ", "maria")
    assert err.value.field == "method"
    assert p.svc.clients.get(p.ana.id).consents == ()


def test_client_changes_and_consent_are_audited(practice):
    p = practice
    p.svc.clients.set_consent(p.ben.id, Channel.SMS, ConsentStatus.GRANTED, "form", "maria")
    p.svc.clients.set_consent(p.ben.id, Channel.SMS, ConsentStatus.OPTED_OUT, "", "jo")
    with Session(p.svc.engine) as s:
        trail = s.scalars(select(AuditEntry).where(AuditEntry.entity == "client",
                                                   AuditEntry.entity_id == p.ben.id)
                          .order_by(AuditEntry.id)).all()
    assert [(e.action, e.actor, e.detail) for e in trail] == [
        ("create", "test", ""), ("consent_granted", "maria", "sms"),
        ("consent_opted_out", "jo", "sms")]


def test_search_treats_percent_and_underscore_literally(practice):
    """A typed % or _ is not a wildcard: it matches nothing here, not everyone."""
    assert practice.svc.clients.search("%") == []
    assert practice.svc.clients.search("_") == []
    assert [c.id for c in practice.svc.clients.search("lindq")] == [practice.ana.id]


def test_an_edit_that_says_nothing_about_the_line_keeps_what_staff_said(practice):
    """Staff marked a US number as a landline; a later edit of the name keeps that."""
    from frontdesk.domain import Channel, PhoneKind
    from frontdesk.services.dto import ClientInput

    svc = practice.svc.clients
    data = ClientInput("Dana", "Fox", mobile="(617) 555-0150", email="dana@example.org",
                       preferred_channel=Channel.EMAIL, mobile_is_landline=True)
    dana = svc.create(data, "test")
    assert dana.mobile_kind is PhoneKind.LANDLINE
    renamed = svc.update(dana.id, ClientInput("Dana", "Fox-Lee", mobile="(617) 555-0150",
                                              email="dana@example.org",
                                              preferred_channel=Channel.EMAIL), "test")
    assert renamed.mobile_kind is PhoneKind.LANDLINE
    moved = svc.update(dana.id, ClientInput("Dana", "Fox-Lee", mobile="(617) 555-0151",
                                            email="dana@example.org",
                                            preferred_channel=Channel.EMAIL), "test")
    assert moved.mobile_kind is PhoneKind.UNKNOWN  # a new number: nothing known about it
