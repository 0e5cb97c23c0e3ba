"""Shared fixtures: real SQLCipher files in a fresh folder, the real keyring, a fixed clock."""

from __future__ import annotations

import functools
import os
import uuid

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from frontdesk.clock import FixedClock
from frontdesk.domain import Modality
from frontdesk.paths import AppPaths
from frontdesk.services.container import Services
from frontdesk.services.dto import (
    AppointmentTypeInfo,
    ClientInput,
    ClinicianInfo,
    PracticeInfo,
)
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault
from tests import helpers
from tests.helpers import START


@pytest.fixture(autouse=True)
def cheaper_recovery_kdf(monkeypatch):
    """Real scrypt at a lower cost: the recovery code's key derivation is ~0.2 s per vault
    at the production cost, which adds minutes across the suite. Files record their cost."""
    import frontdesk.services.vault as vault_module

    monkeypatch.setitem(vault_module.SCRYPT_COST, "n", 2**10)


@pytest.fixture(autouse=True)
def no_log_file_left_open():
    """A test that ran FrontDesk's entry in process (a CLI command) set up its log file in
    that test's folder: closed afterwards, so the next test's "where this process logs" is
    its own."""
    yield
    from frontdesk.logging_setup import stop_logging

    stop_logging()


@pytest.fixture(autouse=True)
def cheaper_pin_kdf(monkeypatch):
    """Real scrypt for staff PINs at a lower cost (each hash records its own cost)."""
    import frontdesk.services.pin_hash as pin_hash_module

    monkeypatch.setitem(pin_hash_module.SCRYPT_COST, "n", 2**8)


@pytest.fixture
def paths(tmp_path) -> AppPaths:
    return AppPaths(tmp_path / "data").ensure()


@pytest.fixture
def secret_store() -> SecretStore:
    """The real OS keyring (Secret Service in the test D-Bus session), under a name of this
    test's own, so no test sees another's secrets."""
    store = SecretStore(service=f"FrontDesk-test-{uuid.uuid4().hex[:12]}")
    yield store


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def vault(paths, secret_store) -> Vault:
    return Vault(paths, secret_store)


@pytest.fixture
def services(vault, clock):
    opened = vault.create()
    svc = Services.build(opened.engine, clock)
    svc.practice.store_recovery_code(opened.recovery_code)
    yield svc
    svc.close()


@pytest.fixture
def practice(services):
    """A small practice: two clinicians, three types, three clients."""
    s = services
    s.practice.update_settings(PracticeInfo(
        name="Test Practice", phone="(617) 555-0100", address="1 Main St",
        timezone="America/New_York", region="US", late_cancel_hours=24,
        screen_privacy=False), "test")  # words on screen; tests/test_screen_privacy.py: on
    okafor = s.practice.save_clinician(ClinicianInfo(0, "Dr. Maya Okafor", "Dr. Okafor"), "test")
    reyes = s.practice.save_clinician(ClinicianInfo(0, "Daniel Reyes", "Daniel"), "test")
    individual = s.practice.save_appointment_type(
        AppointmentTypeInfo(0, "Individual session", 50, Modality.IN_PERSON), "test")
    tele = s.practice.save_appointment_type(
        AppointmentTypeInfo(0, "Telehealth session", 50, Modality.TELEHEALTH), "test")
    group = s.practice.save_appointment_type(
        AppointmentTypeInfo(0, "Skills group", 90, Modality.IN_PERSON, is_group=True), "test")
    ana = s.clients.create(ClientInput("Ana", "Lindqvist", preferred_name="Annie",
                                       mobile="(617) 555-0111", email="ana@example.org"), "test")
    ben = s.clients.create(ClientInput("Benjamin", "Okoro", mobile="(617) 555-0112"), "test")
    cleo = s.clients.create(ClientInput("Cleo", "Haddad", email="cleo@example.org",
                                        preferred_channel="email"), "test")

    class P:
        pass

    p = P()
    p.svc, p.okafor, p.reyes = s, okafor, reyes
    p.individual, p.tele, p.group = individual, tele, group
    p.ana, p.ben, p.cleo = ana, ben, cleo
    return p


@pytest.fixture
def book(practice):
    """`tests.helpers.book` for this test's practice: book(client or [clients], start, ...)."""
    return functools.partial(helpers.book, practice)
