"""Invitees as clients over loopback: keyed by e-mail in lower case, names, and the mobile from
the text-reminder number or a phone question, else a phone problem in words."""

from __future__ import annotations

import copy

from tests.sync.calendly_server import CalendlyServer, at, connector, event, fixture, invitee

JULY = (at("2020-07-01T00:00:00Z"), at("2020-08-01T00:00:00Z"))


def _client_of(*, region: str = "US", **fields):
    with CalendlyServer() as server:
        server.state.add(event("EV1", "2020-07-10T15:00:00Z"), invitee("EV1", "I1", **fields))
        changes = connector(server, region=region).changes(None, *JULY)
    (client,) = changes.clients
    return client


def test_the_mobile_from_the_text_reminder_number():
    client = _client_of(text_reminder_number="+1 617-555-0199")
    assert client.mobile == "+16175550199" and client.phone_problem == ""


def test_a_text_reminder_number_without_country_code_is_read_in_the_default_region():
    assert _client_of(text_reminder_number="(617) 555-0199").mobile == "+16175550199"
    assert _client_of(region="JP", text_reminder_number="070-1234-5678").mobile == (
        "+817012345678")


def test_the_saved_phone_question_is_used_when_the_sms_number_is_unreadable():
    """The saved invitee has text_reminder_number "12345678" (no number in the US) and a
    "Phone Number Question" answered with a Japanese mobile."""
    saved = copy.deepcopy(fixture("koshilife-scheduled_event_invitee_301")["resource"])
    client = _client_of(text_reminder_number=saved["text_reminder_number"],
                        questions_and_answers=saved["questions_and_answers"])
    assert client.mobile == "+817012345678" and client.phone_problem == ""


def test_a_spanish_phone_question_is_recognised():
    client = _client_of(questions_and_answers=[
        {"question": "Número de celular", "answer": "+1 (201) 555-0123", "position": 0}])
    assert client.mobile == "+12015550123"


def test_an_unreadable_number_is_a_phone_problem_in_words_without_the_number():
    client = _client_of(text_reminder_number="12345678")
    assert client.mobile is None
    assert "could not be read as a number (default region US)" in client.phone_problem
    assert "12345678" not in client.phone_problem


def test_a_landline_answer_is_not_taken_as_a_mobile():
    client = _client_of(region="GB", questions_and_answers=[
        {"question": "Phone", "answer": "020 7946 0018", "position": 0}])
    assert client.mobile is None and "landline" in client.phone_problem


def test_no_number_at_all_says_so():
    client = _client_of()  # the saved active invitee: no SMS number, no phone question
    assert client.mobile is None
    assert client.phone_problem.startswith("Calendly has no phone number for this client")


def test_answers_to_other_questions_are_never_copied():
    saved = fixture("calendlyr-event_invitees_list")["collection"][0]
    client = _client_of(questions_and_answers=saved["questions_and_answers"])
    assert "radio button answer" not in repr(client) and "Multiple line" not in repr(client)


def test_the_email_is_the_key_in_lower_case_and_names_come_from_the_fields_or_the_name():
    client = _client_of(email="Jane.Doe@Example.COM", name="Jane Q. Doe",
                        first_name=None, last_name=None)
    assert client.external_id == "jane.doe@example.com" == client.email
    assert (client.first_name, client.last_name) == ("Jane", "Q. Doe")
    fields = _client_of(first_name="María", last_name="López García", name="ML")
    assert (fields.first_name, fields.last_name) == ("María", "López García")
    comma = _client_of(name="Doe, John", first_name=None, last_name=None)
    assert (comma.first_name, comma.last_name) == ("John", "Doe")


def test_the_same_client_in_two_bookings_is_listed_once_with_the_mobile_found():
    with CalendlyServer() as server:
        server.state.add(event("EV1", "2020-07-10T15:00:00Z"), invitee("EV1", "I1"))
        server.state.add(event("EV2", "2020-07-17T15:00:00Z"),
                         invitee("EV2", "I2", text_reminder_number="+16175550199"))
        changes = connector(server).changes(None, *JULY)
    (client,) = changes.clients
    assert client.mobile == "+16175550199"
    assert [a.client_ids for a in changes.appointments] == [(client.external_id,)] * 2
