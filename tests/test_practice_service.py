"""Practice settings, clinicians, appointment types and the recovery code."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.domain import Modality
from frontdesk.models import AuditEntry, PracticeSettings
from frontdesk.services.dto import (
    AppointmentTypeInfo,
    BookingRequest,
    ClinicianInfo,
    PracticeInfo,
)
from frontdesk.services.errors import NotFoundError, ValidationError

GOOD = PracticeInfo(name="  Maple Street Practice ", phone="617.555.0100",
                    address=" 12 Maple St\nSomerville, MA ", timezone="America/Chicago",
                    region="us", late_cancel_hours=48, day_start_hour=8, day_end_hour=18)


def audit_trail(engine, entity: str) -> list[tuple]:
    with Session(engine) as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.entity == entity)
                         .order_by(AuditEntry.id))
        return [(e.action, e.actor, e.entity_id) for e in rows]


# ---- settings --------------------------------------------------------------

def test_new_practice_has_defaults(services):
    s = services.practice.settings()
    assert (s.name, s.timezone, s.region, s.late_cancel_hours) == (
        "", "America/New_York", "US", 24)
    assert (s.day_start_hour, s.day_end_hour) == (7, 21)


def test_settings_round_trip(services):
    saved = services.practice.update_settings(GOOD, "owner")
    assert saved == services.practice.settings()
    assert saved == PracticeInfo(name="Maple Street Practice", phone="(617) 555-0100",
                                 address="12 Maple St\nSomerville, MA",
                                 timezone="America/Chicago", region="US", late_cancel_hours=48,
                                 day_start_hour=8, day_end_hour=18)
    with Session(services.engine) as db:
        assert db.get(PracticeSettings, 1).phone == "+16175550100"  # stored as E.164
    assert services.schedule.timezone() == ZoneInfo("America/Chicago")
    assert audit_trail(services.engine, "practice_settings") == [
        ("update", "owner", 1)]


def test_foreign_practice_phone_shown_internationally(services):
    saved = services.practice.update_settings(replace(GOOD, phone="+34 912 345 678"), "owner")
    assert saved.phone == "+34 912 34 56 78"
    saved = services.practice.update_settings(replace(GOOD, region="ES", phone="+1 617 555 0100"),
                                             "owner")
    assert saved.phone == "+1 617-555-0100"


def test_empty_time_zone_means_the_default(services):
    assert services.practice.update_settings(replace(GOOD, timezone=""),
                                             "owner").timezone == "America/New_York"


@pytest.mark.parametrize(("change", "field"), [
    ({"name": "   "}, "name"),
    ({"timezone": "America/Springfield"}, "timezone"),
    ({"late_cancel_hours": -1}, "late_cancel_hours"),
    ({"late_cancel_hours": 169}, "late_cancel_hours"),
    ({"day_start_hour": 18, "day_end_hour": 8}, "day_start_hour"),
    ({"day_start_hour": 9, "day_end_hour": 9}, "day_start_hour"),
    ({"day_start_hour": -1}, "day_start_hour"),
    ({"day_end_hour": 25}, "day_start_hour"),
    ({"phone": "555"}, "phone"),
    ({"oncall_mobile": "12"}, "oncall_mobile"),
    ({"crisis_reply_hours": 169}, "crisis_reply_hours"),
])
def test_settings_validation(services, change, field):
    before = services.practice.update_settings(GOOD, "owner")
    with pytest.raises(ValidationError) as err:
        services.practice.update_settings(replace(GOOD, **{"name": "Other", **change}), "owner")
    assert err.value.field == field and str(err.value)
    assert services.practice.settings() == before


def test_oncall_mobile_is_stored_as_e164_and_shown_as_typed_at_home(services):
    saved = services.practice.update_settings(
        replace(GOOD, oncall_mobile="617 555 0177", crisis_reply_hours=6), "owner")
    assert (saved.oncall_mobile, saved.crisis_reply_hours) == ("(617) 555-0177", 6)
    with Session(services.engine) as s:
        assert s.scalar(select(PracticeSettings)).oncall_mobile == "+16175550177"
    cleared = services.practice.update_settings(replace(saved, oncall_mobile=""), "owner")
    assert cleared.oncall_mobile == ""


# ---- clinicians ------------------------------------------------------------

def test_clinicians_create_update_deactivate(services):
    pr = services.practice
    weiss = pr.save_clinician(ClinicianInfo(0, " Dr. Jonah Weiss ", " Dr. Weiss "), "owner")
    shah = pr.save_clinician(ClinicianInfo(0, "Priya Shah, LMFT", ""), "owner")
    assert (weiss.full_name, weiss.display_name, weiss.active) == (
        "Dr. Jonah Weiss", "Dr. Weiss", True)
    assert shah.display_name == "Priya Shah, LMFT"  # defaults to the full name
    assert [c.display_name for c in pr.clinicians()] == ["Dr. Weiss", "Priya Shah, LMFT"]

    renamed = pr.save_clinician(replace(shah, display_name="Priya"), "owner")
    assert renamed.id == shah.id
    pr.save_clinician(replace(weiss, active=False), "owner")
    assert pr.clinicians() == [renamed]
    assert [c.id for c in pr.clinicians(include_inactive=True)] == [weiss.id, shah.id]
    assert [c.active for c in pr.clinicians(include_inactive=True)] == [False, True]
    assert audit_trail(services.engine, "clinician") == [
        ("save", "owner", weiss.id), ("save", "owner", shah.id), ("save", "owner", shah.id),
        ("save", "owner", weiss.id)]


def test_clinician_validation(services):
    with pytest.raises(ValidationError) as err:
        services.practice.save_clinician(ClinicianInfo(0, "  ", "Someone"), "owner")
    assert err.value.field == "full_name"
    with pytest.raises(NotFoundError):
        services.practice.save_clinician(ClinicianInfo(42, "Ghost", "Ghost"), "owner")
    assert services.practice.clinicians(include_inactive=True) == []


def test_inactive_clinician_cannot_be_booked(practice):
    p = practice
    p.svc.practice.save_clinician(replace(p.reyes, active=False), "owner")
    req = BookingRequest((p.ana.id,), p.reyes.id, p.individual.id,
                         datetime(2026, 3, 5, 10, tzinfo=ZoneInfo("America/New_York")))
    with pytest.raises(ValidationError) as err:
        p.svc.schedule.book(req, "reception")
    assert err.value.field == "clinician"


# ---- appointment types -----------------------------------------------------

def test_types_create_update_deactivate(services):
    pr = services.practice
    intake = pr.save_appointment_type(
        AppointmentTypeInfo(0, " Intake ", 60, Modality.IN_PERSON), "owner")
    group = pr.save_appointment_type(
        AppointmentTypeInfo(0, "Skills group", 90, Modality.TELEHEALTH, is_group=True), "owner")
    assert intake == AppointmentTypeInfo(intake.id, "Intake", 60, Modality.IN_PERSON, False, True)
    assert (group.is_group, group.default_modality) == (True, Modality.TELEHEALTH)
    assert [t.name for t in pr.appointment_types()] == ["Intake", "Skills group"]

    longer = pr.save_appointment_type(replace(intake, duration_minutes=75), "owner")
    assert longer.id == intake.id and longer.duration_minutes == 75
    pr.save_appointment_type(replace(group, active=False), "owner")
    assert pr.appointment_types() == [longer]
    assert [t.active for t in pr.appointment_types(include_inactive=True)] == [True, False]
    assert [a for a, _, _ in audit_trail(services.engine, "appointment_type")] == ["save"] * 4


@pytest.mark.parametrize(("info", "field"), [
    (AppointmentTypeInfo(0, " ", 50, Modality.IN_PERSON), "name"),
    (AppointmentTypeInfo(0, "Quick", 4, Modality.IN_PERSON), "duration_minutes"),
    (AppointmentTypeInfo(0, "Retreat", 481, Modality.IN_PERSON), "duration_minutes"),
])
def test_type_validation(services, info, field):
    with pytest.raises(ValidationError) as err:
        services.practice.save_appointment_type(info, "owner")
    assert err.value.field == field
    assert services.practice.appointment_types(include_inactive=True) == []


def test_type_update_of_a_missing_type(services):
    with pytest.raises(NotFoundError):
        services.practice.save_appointment_type(
            AppointmentTypeInfo(7, "Ghost", 50, Modality.IN_PERSON), "owner")


# ---- the recovery code -----------------------------------------------------

def test_recovery_code_shown_again_is_audited_and_real(services, vault):
    code = services.practice.recovery_code("owner")
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){5}", code)
    assert audit_trail(services.engine, "practice_settings") == [
        ("show_recovery_code", "owner", 1)]
    opened = vault.recover(code)  # the code shown is the one that unlocks this database
    try:
        assert opened.engine is not services.engine
    finally:
        opened.engine.dispose()
