"""No client data readable on disk: database, WAL/SHM, the data folder, the logs."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

import pytest

from frontdesk.domain import Channel, ConsentStatus, Frequency, Modality
from frontdesk.logging_setup import setup_logging
from frontdesk.services.container import Services
from frontdesk.services.dto import (
    AppointmentTypeInfo,
    BookingRequest,
    ClientInput,
    ClinicianInfo,
    PracticeInfo,
)
from frontdesk.services.errors import ClashError
from tests.helpers import BOSTON

ZEPHYRINE = ClientInput("Zephyrine", "Quillfeather", preferred_name="Zephyrella",
                        mobile="(617) 555-0187", email="zephyrine.quillfeather@example.org",
                        notes="Marmalade umbrella protocol")
THADDEUS = ClientInput("Thaddeus", "Brimblecombe", mobile="+34 612 398 741",
                       email="t.brimblecombe@example.net", preferred_channel=Channel.WHATSAPP)
SECRETS = ["Zephyrine", "Quillfeather", "Zephyrella", "zephyrine.quillfeather@example.org",
           "6175550187", "555-0187", "Marmalade umbrella", "Thaddeus", "Brimblecombe",
           "t.brimblecombe@example.net", "34612398741", "612 398 741", "Gingersnap Annex"]


@pytest.fixture
def frontdesk_logging(paths):
    """FrontDesk's own file logging, at DEBUG (the most it ever writes); removed afterwards."""
    log_file = setup_logging(paths.log_dir, level=logging.DEBUG)
    yield log_file
    root = logging.getLogger()
    for h in [h for h in root.handlers if getattr(h, "_frontdesk", False)]:
        root.removeHandler(h)
        h.close()
    root.setLevel(logging.WARNING)


def seed(svc: Services) -> tuple[int, int]:
    svc.practice.update_settings(PracticeInfo("Privacy Test Practice", "(617) 555-0100",
                                              "1 Main St", "America/New_York", "US", 24), "t")
    doc = svc.practice.save_clinician(ClinicianInfo(0, "Dr. Maya Okafor", "Dr. Okafor"), "t")
    one = svc.practice.save_appointment_type(
        AppointmentTypeInfo(0, "Individual session", 50, Modality.IN_PERSON), "t")
    group = svc.practice.save_appointment_type(
        AppointmentTypeInfo(0, "Skills group", 90, Modality.IN_PERSON, is_group=True), "t")
    z = svc.clients.create(ZEPHYRINE, "t")
    t = svc.clients.create(THADDEUS, "t")
    svc.clients.set_consent(z.id, Channel.SMS, ConsentStatus.GRANTED, "intake form", "t")
    start = datetime(2026, 3, 4, 10, tzinfo=BOSTON)
    svc.schedule.book(BookingRequest((z.id,), doc.id, one.id, start, repeat=Frequency.WEEKLY,
                                     occurrences=4, location="Gingersnap Annex"), "t")
    svc.schedule.book(BookingRequest((z.id, t.id), doc.id, group.id,
                                     start + timedelta(hours=3)), "t")
    with pytest.raises(ClashError):  # an error path too
        svc.schedule.book(BookingRequest((t.id,), doc.id, one.id, start), "t")
    return z.id, t.id


def test_no_client_data_readable_on_disk(vault, paths, clock, frontdesk_logging):
    opened = vault.create()
    svc = Services.build(opened.engine, clock)
    try:
        z, t = seed(svc)
        rows = svc.schedule.day(date(2026, 3, 4))
        # The seeding happened: every string is readable back through the services.
        assert [r.client_name for r in rows] == [
            "Zephyrella Quillfeather", "Zephyrella Quillfeather", "Thaddeus Brimblecombe"]
        assert rows[0].location == "Gingersnap Annex"
        zd, td = svc.clients.get(z), svc.clients.get(t)
        assert (zd.first_name, zd.email, zd.mobile, zd.notes) == (
            "Zephyrine", "zephyrine.quillfeather@example.org", "+16175550187",
            "Marmalade umbrella protocol")
        assert (td.email, td.mobile) == ("t.brimblecombe@example.net", "+34612398741")
        assert [c.id for c in svc.clients.search("555-0187")] == [z]

        # The engine is still open: the WAL holds the latest pages.
        wal = paths.database.with_name(paths.database.name + "-wal")
        shm = paths.database.with_name(paths.database.name + "-shm")
        assert wal.exists() and wal.stat().st_size > 0
        assert shm.exists()
        files = sorted(p for p in paths.data_dir.parent.rglob("*") if p.is_file())
        assert {paths.database, wal, shm, paths.recovery_file, frontdesk_logging} <= set(files)
        for h in logging.getLogger().handlers:
            h.flush()
        log_text = frontdesk_logging.read_text()
        assert "Created a new encrypted database" in log_text  # the log is being written

        found = []
        for path in files:
            data = path.read_bytes()
            for needle in SECRETS:
                for encoding in ("utf-8", "utf-16-le"):
                    for variant in {needle, needle.lower(), needle.upper()}:
                        if variant.encode(encoding) in data:
                            found.append(f"{path.name}: {variant!r} ({encoding})")
        assert found == [], "client data readable on disk:\n" + "\n".join(found)
    finally:
        svc.close()
