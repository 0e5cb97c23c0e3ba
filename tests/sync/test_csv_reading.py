"""Reading appointment CSVs (connector side, no database): headers guessed, dates read or
refused, rows with problems listed by line and never echoing a phone or an address."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from frontdesk.domain.schedule import Modality
from frontdesk.domain.sync import SourceStatus
from frontdesk.sync.csv_appointments import Field, Mapping, read_appointments, suggest_mapping
from frontdesk.sync.errors import SyncError

FIXTURES = Path(__file__).parent / "fixtures" / "csv"
BOSTON = "America/New_York"


def fixture(name: str) -> str:
    return str(FIXTURES / name)


def read(name: str, mapping: Mapping | None = None):
    path = fixture(name) if not Path(name).is_absolute() else name
    return read_appointments(path, mapping or suggest_mapping(path)[1], timezone=BOSTON,
                             region="US")


def test_the_mapping_is_guessed_from_english_and_spanish_headers():
    _h, sp = suggest_mapping(fixture("simplepractice.csv"))
    assert dict(sp.columns) == {
        Field.EXTERNAL_ID: "Appointment ID", Field.DATE: "Date", Field.START: "Start Time",
        Field.END: "End Time", Field.FULL_NAME: "Client", Field.CLINICIAN: "Clinician",
        Field.MOBILE: "Phone", Field.EMAIL: "Email", Field.TYPE: "Service",
        Field.STATUS: "Status", Field.VIDEO_LINK: "Video Link"}
    _h, tn = suggest_mapping(fixture("therapynotes.csv"))
    assert (tn.columns[Field.FIRST_NAME], tn.columns[Field.LAST_NAME]) == (
        "Patient First Name", "Patient Last Name")
    assert (tn.columns[Field.DATE], tn.columns[Field.START], tn.columns[Field.DURATION],
            tn.columns[Field.CLINICIAN], tn.columns[Field.MOBILE]) == (
        "Appt Date", "Appt Time", "Duration (min)", "Therapist", "Cell Phone")
    assert Field.FULL_NAME not in tn.columns
    headers, es = suggest_mapping(fixture("spanish.csv"))
    assert "Duración" in headers  # cp1252 read as such
    assert dict(es.columns) == {
        Field.EXTERNAL_ID: "ID cita", Field.DATE: "Fecha", Field.START: "Hora",
        Field.DURATION: "Duración", Field.FULL_NAME: "Cliente", Field.CLINICIAN: "Terapeuta",
        Field.MOBILE: "Celular", Field.EMAIL: "Correo", Field.TYPE: "Servicio",
        Field.MODALITY: "Modalidad", Field.STATUS: "Estado"}
    # The suggestion is the JSON a preset stores, and reads back the same.
    assert Mapping.from_settings(json.loads(json.dumps(es.to_settings()))) == es


def test_each_export_reads_in_utc_with_its_own_date_order_and_words():
    sp = read("simplepractice.csv")
    assert sp.rows == 5 and not sp.problems and sp.date_order == "iso"
    by_id = {a.external_id: a for a in sp.changes.appointments}
    assert by_id["SP-1001"].status is SourceStatus.ARRIVED  # "Show"
    assert by_id["SP-1005"].status is SourceStatus.CANCELLED  # "Late canceled"
    assert by_id["SP-1004"].modality is Modality.TELEHEALTH
    assert by_id["SP-1004"].telehealth_link == "https://video.example.org/room/abc"
    assert sp.changes.complete is False
    tn = read("therapynotes.csv")
    assert tn.date_order == "us"  # 03/13/2026 settles it
    starts = sorted(a.start for a in tn.changes.appointments)
    assert starts[0] == datetime(2026, 3, 5, 18, 0, tzinfo=UTC)  # 1 PM EST
    assert sorted(a.end - a.start for a in tn.changes.appointments) == [
        timedelta(minutes=45), timedelta(minutes=50), timedelta(minutes=50)]
    es = read("spanish.csv")
    assert es.date_order == "uk"  # 16/03/2026 settles it
    names = {(c.first_name, c.last_name) for c in es.changes.clients}
    assert names == {("José", "Muñoz"), ("Begoña", "Ibáñez")}
    statuses = {a.external_id: a.status for a in es.changes.appointments}
    assert statuses == {"ES-1": SourceStatus.BOOKED, "ES-2": SourceStatus.BOOKED,
                        "ES-3": SourceStatus.CANCELLED}
    assert {a.start for a in es.changes.appointments if a.external_id == "ES-1"} == {
        datetime(2026, 3, 10, 13, 0, tzinfo=UTC)}  # 9:00 EDT on 10 March, not 3 October


def test_a_row_without_an_id_gets_the_same_id_on_every_read():
    first, again = read("therapynotes.csv"), read("therapynotes.csv")
    ids = [a.external_id for a in first.changes.appointments]
    assert ids == [a.external_id for a in again.changes.appointments]
    assert len(set(ids)) == 3 and all(i.startswith("csv-") for i in ids)
    assert first.changes.cursor == again.changes.cursor


def test_dates_that_could_be_either_order_are_refused_until_the_mapping_says(tmp_path):
    text = Path(fixture("therapynotes.csv")).read_text().replace("03/13/2026", "03/11/2026")
    path = tmp_path / "ambiguous.csv"
    path.write_text(text)
    with pytest.raises(SyncError) as refused:
        read(str(path))
    assert refused.value.kind == "config"
    assert "“Appt Date”" in str(refused.value) and "date_format" in str(refused.value)
    guess = suggest_mapping(str(path))[1]
    settings = {**guess.to_settings(), "date_format": "uk"}
    as_uk = read(str(path), Mapping.from_settings(settings))
    assert as_uk.date_order == "uk"
    assert sorted(a.start.date().isoformat() for a in as_uk.changes.appointments)[0] == \
        "2026-05-03"  # 03/05/2026 read day first
    as_us = read(str(path), Mapping.from_settings({**settings, "date_format": "us"}))
    assert min(a.start for a in as_us.changes.appointments).month == 3


def test_row_problems_name_the_line_and_never_echo_a_phone_or_an_address():
    got = read("broken.csv")
    assert got.rows == 6
    assert [p.split(":")[0] for p in got.problems] == ["line 3", "line 4", "line 5",
                                                       "line 6"]
    assert "“Tentative”" in got.problems[0] and "booked, cancelled, no-show and arrived" \
        in got.problems[0]
    assert "not a real day" in got.problems[1]
    assert "no client name" in got.problems[2]
    assert "ends before it starts" in got.problems[3]
    assert {a.external_id for a in got.changes.appointments} == {"B-1", "B-6"}
    assert [n.split(":")[0] for n in got.notes] == ["line 7", "line 7"]
    said = " ".join(got.problems + got.notes)
    for secret in ("555-12", "rui@example", "mina@@example.org", "omar@example.org",
                   "555-0150", "Omar", "Lena"):
        assert secret not in said
    mina = next(c for c in got.changes.clients if c.first_name == "Mina")
    assert mina.mobile is None and mina.email is None and mina.phone_problem


@pytest.mark.parametrize(("content", "words"), [
    (b"PK\x03\x04" + b"\x00" * 64, "spreadsheet (Excel)"),
    (b"\x00\x01\x02binary\x00", "not a CSV text file"),
    (b"", "empty"),
    (b"  \r\n \r\n", "empty"),
    (b"2026-03-10,9:00 AM,Ana Lindqvist\r\n2026-03-11,9:00 AM,Ben Okoro\r\n",
     "holds data, not column names"),
    (b"Date,Start,Client\r\n", "no appointments under it"),
])
def test_a_file_that_is_not_an_appointments_csv_is_refused_in_words(tmp_path, content, words):
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    with pytest.raises(SyncError) as refused:
        read_appointments(str(path), Mapping({Field.DATE: "Date", Field.FULL_NAME: "Client"},
                                             default_minutes=50),
                          timezone=BOSTON, region="US")
    assert refused.value.kind == "malformed" and words in str(refused.value)


def test_a_mapping_naming_a_column_the_file_lacks_is_refused():
    mapping = Mapping({Field.DATE: "Fecha", Field.FULL_NAME: "Client"}, default_minutes=50)
    with pytest.raises(SyncError) as refused:
        read("simplepractice.csv", mapping)
    assert refused.value.kind == "config" and "“Fecha”" in str(refused.value)
    with pytest.raises(SyncError, match="how long sessions are"):
        Mapping.from_settings({"columns": {"date": "Date", "full_name": "Client"}})
    with pytest.raises(SyncError, match="not a field"):
        Mapping.from_settings({"columns": {"when": "Date"}})


def test_nine_oclock_stays_nine_oclock_across_the_clock_change(tmp_path):
    """US clocks go forward on Sunday 8 March 2026: 09:00 is 14:00 UTC before, 13:00 after;
    02:30 that Sunday does not exist and is a row problem, not a guess."""
    path = tmp_path / "dst.csv"
    path.write_text("ID,Date,Time,Client,Provider\r\n"
                    "d1,2026-03-06,09:00,Ana Lindqvist,Dr. Maya Okafor\r\n"
                    "d2,2026-03-09,09:00,Ana Lindqvist,Dr. Maya Okafor\r\n"
                    "d3,2026-03-08,02:30,Ana Lindqvist,Dr. Maya Okafor\r\n")
    got = read(str(path))
    starts = {a.external_id: a.start for a in got.changes.appointments}
    assert starts == {"d1": datetime(2026, 3, 6, 14, 0, tzinfo=UTC),
                      "d2": datetime(2026, 3, 9, 13, 0, tzinfo=UTC)}
    assert got.problems == ("line 4: 02:30 does not exist on 2026-03-08 (the clocks went "
                            "forward)",)
