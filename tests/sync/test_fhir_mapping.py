"""FHIR resources as FrontDesk records, against the official R4 examples and small
variations of them."""

from __future__ import annotations

from frontdesk.domain import Language, Modality
from frontdesk.domain.sync import SourceClient, SourceStatus, SyncProblem
from frontdesk.sync.fhir.mapping import appointment_record
from frontdesk.sync.fhir.people import client_record, clinician_record
from tests.sync.fhir_kit import appointment
from tests.sync.fhir_store import example


def client(raw, region="US") -> SourceClient:
    record = client_record(raw, region)
    assert isinstance(record, SourceClient), record
    return record


def test_pieter_has_a_dutch_mobile_and_an_email_and_a_language_we_do_not_speak():
    pieter = client(example("patient-example-f001-pieter.json"), region="NL")
    assert (pieter.mobile, pieter.email, pieter.language, pieter.phone_problem) == (
        "+31648352638", "p.heuvel@gmail.com", None, "")


def test_an_international_number_reads_whatever_the_default_region():
    roel = client(example("patient-example-f201-roel.json"), region="US")
    assert roel.mobile == "+31612345678" and roel.last_name == "Bor"


def test_a_number_marked_mobile_that_the_numbering_plan_calls_a_landline_is_not_used():
    peter = client(example("patient-example.json"), region="AU")
    assert peter.mobile is None and "landline" in peter.phone_problem
    assert "3410" not in peter.phone_problem  # no digits of the number in the words


def test_a_us_number_without_use_is_taken_as_mobile_capable():
    raw = example("patient-example.json")
    raw["telecom"] = [{"system": "phone", "value": "(415) 555-0132", "use": "home"},
                      {"system": "email", "value": "not an email"},
                      {"system": "email", "value": "Jim@Example.org"}]
    jim = client(raw)
    assert (jim.mobile, jim.email) == ("+14155550132", "Jim@example.org")


def test_no_phone_at_all_is_said_in_words():
    raw = example("patient-example.json")
    raw["telecom"] = []
    assert client(raw).phone_problem == "the EHR has no current phone number for this client"


def test_the_preferred_communication_language_comes_first():
    raw = example("patient-example-f201-roel.json")
    raw["communication"] = [
        {"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "en-US"}]}},
        {"language": {"text": "Español"}, "preferred": True}]
    assert client(raw).language is Language.SPANISH
    raw["communication"] = [{"language": {"coding": [{"code": "en"}]}}]
    assert client(raw).language is Language.ENGLISH


def test_practitioner_names_from_text_or_their_parts():
    careful = clinician_record(example("practitioner-example.json"))
    maas = clinician_record(example("practitioner-example-f202-lm.json"))
    assert (careful.name, maas.name) == ("Dr Adam Careful", "Luigi Maas")


def test_a_video_link_in_the_comment_is_the_session_link_but_another_link_is_not():
    with_link = appointment("t", "2025-03-04T09:00:00Z", "2025-03-04T10:00:00Z",
                            comment="Join at https://doxy.me/drcareful.")
    record = appointment_record(with_link)
    assert (record.telehealth_link, record.modality) == (
        "https://doxy.me/drcareful", Modality.TELEHEALTH)
    form = appointment("f", "2025-03-04T09:00:00Z", "2025-03-04T10:00:00Z",
                       comment="Fill in https://forms.example.org/intake first")
    assert appointment_record(form).telehealth_link == ""


def test_statuses_fold_into_frontdesks():
    expected = {"pending": SourceStatus.BOOKED, "checked-in": SourceStatus.BOOKED,
                "fulfilled": SourceStatus.ARRIVED, "noshow": SourceStatus.NO_SHOW,
                "entered-in-error": SourceStatus.ERROR}
    for status, folded in expected.items():
        raw = appointment("s", "2025-03-04T09:00:00Z", "2025-03-04T10:00:00Z", status=status)
        assert appointment_record(raw).status is folded
    odd = appointment("s", "2025-03-04T09:00:00Z", "2025-03-04T10:00:00Z", status="maybe")
    assert isinstance(appointment_record(odd), SyncProblem)


def test_a_time_without_an_offset_is_a_problem_that_quotes_nothing():
    raw = appointment("n", "2025-03-04T09:00:00", "2025-03-04T10:00:00Z")
    problem = appointment_record(raw)
    assert isinstance(problem, SyncProblem) and problem.resource == "Appointment/n"
    assert problem.reason.startswith("not valid FHIR R4: start")
    assert "2025" not in problem.reason
