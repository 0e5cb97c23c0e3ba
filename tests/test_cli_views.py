"""`frontdesk day` and `frontdesk outbox`: what IT and scripts read, as JSON, read-only."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from frontdesk.app import Composition, build_parser, main
from frontdesk.domain import MessageState
from frontdesk.domain.sync import SourceStatus


@pytest.fixture
def demo_dir(tmp_path, capsys):
    """A demo practice in its own folder (made by the first view), and today's date."""
    folder = tmp_path / "fd"
    assert main(["--demo", "--data-dir", str(folder), "day", date.today().isoformat()]) == 0
    capsys.readouterr()
    return folder


def read_json(capsys, *argv) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_day_lists_every_place_as_the_schedule_shows_it(demo_dir, capsys):
    today = date.today()
    got = read_json(capsys, "day", today.isoformat(), "--json", "--demo",
                    "--data-dir", str(demo_dir))
    composition = Composition(str(demo_dir))
    svc = composition.services(composition.vault("demo").open().engine, True)
    try:
        rows = svc.schedule.day(today)
    finally:
        svc.close()
    assert got["day"] == today.isoformat() and len(rows) > 5
    assert [(p["appointment_id"], p["client_id"]) for p in got["places"]] == \
        [(r.appointment_id, r.client_id) for r in rows]
    first, row = got["places"][0], rows[0]
    assert datetime.fromisoformat(first["start"]) == row.start
    assert (first["client_name"], first["clinician"], first["type_name"]) == \
        (row.client_name, row.clinician_name, row.type_name)
    assert (first["modality"], first["confirmation"], first["attendance"]) == \
        (row.modality.value, row.confirmation.value, row.attendance.value)
    assert first["source"] is None and first["external_id"] is None  # made in FrontDesk


def test_outbox_lists_messages_in_range_without_their_text(demo_dir, capsys):
    today = date.today()
    everything = read_json(capsys, "outbox", "--json", "--demo", "--data-dir", str(demo_dir))
    week = read_json(capsys, "outbox", "--json", "--from", today.isoformat(), "--to",
                     (today + timedelta(days=6)).isoformat(), "--demo", "--data-dir",
                     str(demo_dir))
    assert 0 < len(week["messages"]) < len(everything["messages"])
    states = {m["state"] for m in everything["messages"]}
    assert states <= {s.value for s in MessageState} and len(states) > 1
    for m in week["messages"]:
        due = datetime.fromisoformat(m["due_at"])
        assert today <= due.date() <= today + timedelta(days=6)
        assert set(m) == {"id", "appointment_id", "client_id", "step", "channel", "due_at",
                          "state", "sent_at", "reason"}  # never the text or an address
    dues = [m["due_at"] for m in everything["messages"]]
    assert [datetime.fromisoformat(d) for d in dues] == \
        sorted(datetime.fromisoformat(d) for d in dues)


def test_a_view_never_creates_a_practice(tmp_path, capsys):
    folder = tmp_path / "nothing"
    assert main(["day", "2026-12-03", "--json", "--data-dir", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "no FrontDesk database" in err and str(folder) in err
    assert not (folder / "practice" / "frontdesk.db").exists()
    assert not list(folder.rglob("*.db"))


@pytest.mark.parametrize("argv", [
    ["--data-dir", "X", "day", "2026-12-03"],
    ["day", "2026-12-03", "--data-dir", "X"],
    ["--data-dir", "X", "outbox", "--json"],
])
def test_common_options_go_before_or_after_the_command(argv):
    args = build_parser().parse_args(argv)
    assert args.data_dir == "X" and args.demo is False


def test_a_synced_session_lists_its_source_and_external_id(practice):
    from frontdesk.domain.sync import ChangeSet, SourceAppointment, SourceClient
    from frontdesk.services.listings import day_places
    from tests.helpers import at
    from tests.sync.sync_run_kit import Once

    svc = practice.svc
    svc.sync.add_source("OpenEMR", "fhir", {"base_url": "https://ehr.example.org/fhir"})
    start = at(3, 10)
    booked = SourceAppointment("appt-77", start, start + timedelta(minutes=50),
                               SourceStatus.BOOKED, None, ("pt-9",), "Individual session")

    changes = ChangeSet("c1", clients=(SourceClient("pt-9", "Noa", "Berg"),),
                        appointments=(booked,))
    day = timedelta(days=1)
    svc.sync.run_once("OpenEMR", Once(changes), start - day, start + day)
    places = day_places(svc.sessions, start.astimezone(ZoneInfo("America/New_York")).date())
    ours = [(p.source, p.external_id) for p in places if p.client_name == "Noa Berg"]
    assert ours == [("OpenEMR", "appt-77")]
    assert all((p.source, p.external_id) == (None, None) for p in places
               if p.client_name != "Noa Berg")
