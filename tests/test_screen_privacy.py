"""Screen privacy at the service level: with the practice setting on (the default), what the
always-visible surfaces are handed (crisis alerts, the Needs-attention queue, To do items,
thread previews, the schedule's flags) carries no word of the client's message and no name
beside a crisis or clinical flag; the words come back only through a deliberate, audited
step. With it off, the words are there as before. Real services, real encrypted database;
replies stored and acted on through the real poller."""

from __future__ import annotations

import dataclasses
import itertools
import re
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.domain import Channel, ConsentStatus
from frontdesk.models import AuditEntry
from frontdesk.services.inbox.dto import ThreadKey
from frontdesk.services.inbox.privacy import HIDDEN_NAME, OPENED_THREAD, REVEALED_CRISIS
from tests.helpers import at, client_writes

ANA = "+16175550111"
BEN = "+16175550112"
CRISIS_TEXT = "honestly i keep thinking about ending my life tonight"
LATE_TEXT = "Running about 10 min late, sorry! Bus is slow"
CLINICAL_TEXT = "yes ill be there. been having panic attacks all week"
_sids = itertools.count(1)





def set_privacy(svc, on: bool, actor: str = "Dana Whitfield") -> None:
    info = svc.practice.settings()
    svc.practice.update_settings(dataclasses.replace(info, screen_privacy=on), actor)


def words_of(*texts: str) -> set[str]:
    """The distinctive words (4+ letters) of what the client wrote."""
    return {w for t in texts for w in re.findall(r"[a-z]{4,}", t.lower())}


def all_text(obj) -> str:
    """Every string a DTO (or a list of them) would hand a widget."""
    if dataclasses.is_dataclass(obj):
        return " ".join(all_text(getattr(obj, f.name)) for f in dataclasses.fields(obj))
    if isinstance(obj, list | tuple | set):
        return " ".join(all_text(x) for x in obj)
    if isinstance(obj, dict):
        return " ".join(all_text(k) + " " + all_text(v) for k, v in obj.items())
    return obj if isinstance(obj, str) else ""


def leaks(text: str, secret_words: set[str]) -> set[str]:
    return {w for w in secret_words if re.search(rf"\b{w}\b", text.lower())}


def audit(svc, action: str) -> list[AuditEntry]:
    with Session(svc.engine) as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


@pytest.fixture
def desk(practice, book):
    """Annie (Ana Lindqvist) in crisis; Benjamin running late today; Annie booked too."""
    svc = practice.svc
    for c in (practice.ana, practice.ben):
        svc.clients.set_consent(c.id, Channel.SMS, ConsentStatus.GRANTED, "intake form", "t")
    book(practice.ana, at(4, 10))
    book(practice.ben, at(4, 11))
    client_writes(svc, ANA, CRISIS_TEXT, minutes_ago=4)
    client_writes(svc, BEN, LATE_TEXT)
    return practice


def surfaces(svc):
    """What every always-visible surface is handed."""
    return (svc.inbox.open_crises(), svc.inbox.triage_queue(), svc.desk.open_items(),
            svc.inbox.threads(), svc.schedule.day(at(4, 10).date()))


def test_the_setting_is_on_by_default_and_turning_it_off_is_audited(services):
    assert services.practice.settings().screen_privacy is True
    services.practice.update_settings(dataclasses.replace(
        services.practice.settings(), name="Test Practice"), "test")
    assert services.practice.settings().screen_privacy is True  # a save keeps it on
    assert [e.detail for e in audit(services, "update")] == [""]
    set_privacy(services, False)
    assert services.practice.settings().screen_privacy is False
    [entry] = [e for e in audit(services, "update") if e.entity == "practice_settings"
               and e.detail == "screen_privacy=off"]
    assert entry.actor == "Dana Whitfield"
    set_privacy(services, True)
    assert services.practice.settings().screen_privacy is True


def test_with_privacy_on_no_surface_is_handed_the_words_or_the_name_in_crisis(desk):
    svc = desk.svc
    set_privacy(svc, True)
    secret = words_of(CRISIS_TEXT, LATE_TEXT) - {"running", "late"}  # the kind's own name
    text = all_text(surfaces(svc))
    assert leaks(text, secret) == set()
    # Annie is in crisis: no list of messages or items names her (the schedule does, as for
    # everyone booked today, but its flag no longer says crisis: see below).
    assert "Lindqvist" not in all_text(surfaces(svc)[:4])

    [alert] = svc.inbox.open_crises()
    assert alert.private and alert.who == "" and alert.text == ""
    assert alert.received_at == svc.clock.now() - timedelta(minutes=4)  # when, still
    crisis_item = next(i for i in svc.inbox.triage_queue() if i.kind == "crisis")
    assert crisis_item.who == HIDDEN_NAME and crisis_item.key == ThreadKey(desk.ana.id)
    todo = next(i for i in svc.desk.open_items() if i.kind.value == "crisis")
    assert todo.client_name == HIDDEN_NAME and todo.phone == "" and todo.email == ""
    assert todo.client_id == desk.ana.id  # Open thread still knows where to go
    late = next(i for i in svc.desk.open_items() if i.kind.value == "running_late")
    assert late.client_name == "Benjamin Okoro"  # not clinical: the desk needs the name
    assert late.note.startswith("Running late today")
    thread = next(t for t in svc.inbox.threads() if t.key == ThreadKey(desk.ana.id))
    assert thread.title == HIDDEN_NAME and thread.flag == "crisis"
    assert thread.preview.startswith("⚠ Urgent message")
    rows = {r.client_name: r.flags for r in svc.schedule.day(at(4, 10).date())}
    assert rows["Annie Lindqvist"] == ("⚑ message for staff",)  # the row names her: no CRISIS
    assert rows["Benjamin Okoro"] == ("running late",)


def test_with_privacy_off_the_words_are_shown_as_before(desk):
    svc = desk.svc
    set_privacy(svc, False)
    [alert] = svc.inbox.open_crises()
    assert not alert.private and alert.who == "Annie Lindqvist" and alert.text == CRISIS_TEXT
    late = next(i for i in svc.desk.open_items() if i.kind.value == "running_late")
    assert "Bus is slow" in late.note
    crisis_item = next(i for i in svc.inbox.triage_queue() if i.kind == "crisis")
    assert crisis_item.who == "Annie Lindqvist"
    thread = next(t for t in svc.inbox.threads() if t.key == ThreadKey(desk.ana.id))
    assert thread.title == "Annie Lindqvist" and "ending my life" in thread.preview
    rows = {r.client_name: r.flags for r in svc.schedule.day(at(4, 10).date())}
    assert rows["Annie Lindqvist"] == ("⚠ CRISIS message",)


def test_clinical_items_show_the_kind_and_clinician_but_not_the_name_or_words(
        practice, book):
    svc = practice.svc
    set_privacy(svc, True)
    svc.clients.set_consent(practice.ana.id, Channel.SMS, ConsentStatus.GRANTED, "form", "t")
    book(practice.ana, at(6, 10))
    client_writes(svc, ANA, CLINICAL_TEXT)
    [item] = svc.inbox.triage_queue()
    assert item.kind == "clinical" and "Dr. Okafor" in item.note  # the kind, for whom
    assert item.who == HIDDEN_NAME
    assert leaks(all_text((svc.inbox.triage_queue(), svc.desk.open_items(),
                           svc.inbox.threads(), svc.schedule.day(at(6, 10).date()))),
                 words_of(CLINICAL_TEXT)) == set()
    assert svc.schedule.day(at(6, 10).date())[0].flags == ("⚑ message for staff",)


def test_revealing_a_crisis_gives_the_words_and_records_who_asked(desk):
    svc = desk.svc
    set_privacy(svc, True)
    [alert] = svc.inbox.open_crises()
    assert audit(svc, REVEALED_CRISIS) == []
    shown = svc.inbox.reveal_crisis(alert.item_id, "Dana Whitfield")
    assert shown.who == "Annie Lindqvist" and shown.text == CRISIS_TEXT and not shown.private
    [entry] = audit(svc, REVEALED_CRISIS)
    assert (entry.actor, entry.entity, entry.entity_id) == ("Dana Whitfield", "client",
                                                            desk.ana.id)
    [again] = svc.inbox.open_crises()  # what the banner is handed next is private again
    assert again.private and again.text == ""


def test_opening_a_thread_with_a_crisis_message_is_audited_and_gives_the_name(desk):
    svc = desk.svc
    set_privacy(svc, True)
    assert svc.inbox.open_thread(ThreadKey(desk.ana.id), "Dana Whitfield") == "Annie Lindqvist"
    [entry] = audit(svc, OPENED_THREAD)
    assert (entry.actor, entry.entity_id) == ("Dana Whitfield", desk.ana.id)
    assert svc.inbox.open_thread(ThreadKey(desk.ben.id), "Dana Whitfield") == "Benjamin Okoro"
    assert len(audit(svc, OPENED_THREAD)) == 1  # running late is not clinical: not recorded
