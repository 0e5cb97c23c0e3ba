"""The owner's audit viewer (services/audit_view.py) on a real encrypted database: filters by
person, client, action and day (in the practice's zone), keyset paging, the CSV export, and
the role check through GuardedServices."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from sqlalchemy import select, text

from frontdesk.domain.access import Person, Role
from frontdesk.models import AuditEntry
from frontdesk.models.database import writer
from frontdesk.services.access import DeskSession, GuardedServices
from frontdesk.services.audit_view import AuditExportError, AuditFilters
from frontdesk.services.dto import AppointmentEdit
from frontdesk.services.errors import PermissionDenied, ValidationError
from tests.helpers import at

RITA, OLIVIA = "Rita (#2)", "Olivia (#1)"
EVERYTHING = AuditFilters()


@pytest.fixture
def scene(practice, book, clock):
    """Rita books Ana on the 4th at 9 AM; Olivia books Ben at 11:30 PM that evening (the 5th in
    UTC); on the 5th Rita changes Ana's session and Olivia Ben's. The practice fixture added
    the clients, clinicians and types (as "test") at 8 AM on the 4th."""
    svc = practice.svc
    clock.set(at(4, 9))
    [ana_session] = book(practice.ana, at(10, 10), actor=RITA)
    clock.set(at(4, 23, 30))
    [ben_session] = book(practice.ben, at(10, 11), actor=OLIVIA)
    clock.set(at(5, 9))
    svc.schedule.edit(ana_session, AppointmentEdit(notes="side door"), RITA)
    clock.set(at(5, 10))
    svc.schedule.edit(ben_session, AppointmentEdit(notes="ramp"), OLIVIA)
    return svc.audit_trail, ana_session, ben_session


def all_rows(trail, filters=EVERYTHING):
    page = trail.entries(filters, limit=5000)
    assert not page.more
    return list(page.rows)


def test_newest_first_in_the_practice_zone_with_words_and_names(scene, practice):
    trail, ana_session, _ = scene
    rows = all_rows(trail)
    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)
    newest = rows[0]
    assert (newest.who, newest.action, newest.action_words) == (OLIVIA, "edit",
                                                                "Changed a session")
    assert newest.at == at(5, 10) and newest.at.tzinfo.key == "America/New_York"
    [created] = [r for r in rows if r.entity == "client" and r.entity_id == practice.ana.id]
    assert created.what == f"Client Annie Lindqvist (#{practice.ana.id})"
    assert created.action_words == "Added a client"
    booked = next(r for r in rows if r.action == "book" and r.entity_id == ana_session)
    assert booked.what == f"Session #{ana_session}"


def test_filter_by_person_or_by_account(scene):
    trail, *_ = scene
    rita = all_rows(trail, AuditFilters(person=RITA))
    assert len(rita) == 2 and {r.who for r in rita} == {RITA}
    assert [r.action for r in rita] == ["edit", "book"]
    assert [r.id for r in all_rows(trail, AuditFilters(account_id=2))] == [r.id for r in rita]
    assert all_rows(trail, AuditFilters(person="Rita")) == []  # the name as recorded, exactly
    assert all_rows(trail, AuditFilters(account_id=7)) == []


def test_filter_by_client_takes_their_own_entries_and_their_sessions(scene, practice):
    trail, ana_session, ben_session = scene
    ana = all_rows(trail, AuditFilters(client_id=practice.ana.id))
    assert {(r.entity, r.entity_id) for r in ana} == {("client", practice.ana.id),
                                                      ("appointment", ana_session)}
    assert [r.action for r in ana] == ["edit", "book", "create"]
    ben = all_rows(trail, AuditFilters(client_id=practice.ben.id))
    assert ("appointment", ana_session) not in {(r.entity, r.entity_id) for r in ben}
    assert ("appointment", ben_session) in {(r.entity, r.entity_id) for r in ben}


def test_filter_by_one_or_several_actions(scene):
    trail, *_ = scene
    assert {r.action for r in all_rows(trail, AuditFilters(actions=("book",)))} == {"book"}
    both = all_rows(trail, AuditFilters(actions=("book", "edit")))
    assert sorted(r.action for r in both) == ["book", "book", "edit", "edit"]
    assert all_rows(trail, AuditFilters(actions=("no_such_action",))) == []


def test_filter_by_days_in_the_practice_zone(scene):
    trail, *_ = scene
    # 11:30 PM in Boston on the 4th is already the 5th in UTC: it belongs to the 4th.
    fourth = all_rows(trail, AuditFilters(date_from=date(2026, 3, 4), date_to=date(2026, 3, 4)))
    assert {r.at.date() for r in fourth} == {date(2026, 3, 4)}
    assert sum(r.action == "book" for r in fourth) == 2
    fifth = all_rows(trail, AuditFilters(date_from=date(2026, 3, 5)))
    assert [(r.who, r.action) for r in fifth] == [(OLIVIA, "edit"), (RITA, "edit")]
    assert all_rows(trail, AuditFilters(date_to=date(2026, 3, 3))) == []
    combined = all_rows(trail, AuditFilters(person=RITA, date_to=date(2026, 3, 4)))
    assert [r.action for r in combined] == ["book"]
    with pytest.raises(ValidationError, match="before"):
        trail.entries(AuditFilters(date_from=date(2026, 3, 5), date_to=date(2026, 3, 4)))


def test_paged_by_id_newest_first_without_gaps_or_repeats(scene):
    trail, *_ = scene
    everything = [r.id for r in all_rows(trail)]
    assert len(everything) > 7
    seen, before, pages = [], None, 0
    while True:
        page = trail.entries(EVERYTHING, limit=3, before_id=before)
        pages += 1
        seen += [r.id for r in page.rows]
        if not page.more:
            assert page.next_before_id is None
            break
        assert len(page.rows) == 3 and page.next_before_id == page.rows[-1].id
        before = page.next_before_id
    assert seen == everything and pages == -(-len(everything) // 3)
    # A page's end stays put while new entries arrive on top.
    first = trail.entries(EVERYTHING, limit=3)
    trail.viewed("someone")
    assert [r.id for r in trail.entries(EVERYTHING, limit=3, before_id=first.rows[-1].id
                                        ).rows] == everything[3:6]


def test_filter_options_are_the_people_and_actions_in_the_trail(scene):
    trail, *_ = scene
    options = trail.filter_options()
    assert set(options.people) == {"test", RITA, OLIVIA}
    codes = dict(options.actions)
    assert {"book", "edit", "create", "save"} <= set(codes)
    assert codes["book"] == "Booked a session"
    assert options.timezone == "America/New_York"


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_export_writes_every_matching_row_and_is_audited(scene, practice, tmp_path):
    trail, ana_session, _ = scene
    out = tmp_path / "ana.csv"
    n = trail.export_csv(AuditFilters(client_id=practice.ana.id), out, "Olivia (#1)")
    lines = read_csv(out)
    assert n == 3 and len(lines) == 4
    assert lines[0] == ["id", "when", "who", "action", "action_code", "what", "entity",
                        "entity_id", "detail"]
    assert [line[4] for line in lines[1:]] == ["edit", "book", "create"]
    assert lines[1][1] == "2026-03-05T09:00:00-05:00" and lines[1][2] == RITA
    assert lines[3][5] == f"Client Annie Lindqvist (#{practice.ana.id})"
    assert lines[2][6:8] == ["appointment", str(ana_session)]
    newest = trail.entries(EVERYTHING, limit=1).rows[0]
    assert (newest.who, newest.action, newest.entity) == (OLIVIA, "audit_exported",
                                                          "audit_trail")
    assert newest.detail == f"3 rows; client=#{practice.ana.id}"
    everything = trail.export_csv(EVERYTHING, tmp_path / "all.csv", "x")
    assert everything == len(read_csv(tmp_path / "all.csv")) - 1 == len(all_rows(trail)) - 1


def test_export_never_replaces_a_file_unless_asked(scene, tmp_path):
    trail, *_ = scene
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "trail.csv"
    out.write_text("keep me", encoding="utf-8")
    with pytest.raises(AuditExportError, match="there already") as refused:
        trail.export_csv(EVERYTHING, out, "x")
    assert refused.value.exists and out.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in folder.iterdir()) == ["trail.csv"]  # nothing half-made
    n = trail.export_csv(AuditFilters(actions=("book",)), out, "x", overwrite=True)
    assert n == 2 and len(read_csv(out)) == 3
    with pytest.raises(AuditExportError, match="could not save"):
        trail.export_csv(EVERYTHING, tmp_path / "no such folder" / "x.csv", "x")


def test_text_a_spreadsheet_would_run_is_quoted_in_the_export(practice, book, tmp_path):
    [session] = book(practice.cleo, at(11, 9))
    practice.svc.schedule.edit(session, AppointmentEdit(notes="n"), '=HYPERLINK("http://x")')
    out = tmp_path / "t.csv"
    practice.svc.audit_trail.export_csv(AuditFilters(actions=("edit",)), out, "x")
    assert read_csv(out)[1][2] == "'=HYPERLINK(\"http://x\")"


@pytest.fixture
def desk(scene, practice):
    session = DeskSession()
    return GuardedServices(practice.svc, session), session


def test_only_the_owner_reads_the_trail_through_the_guard(desk, practice, tmp_path):
    guarded, session = desk
    for role, who in ((Role.FRONT_DESK, "Rita"), (Role.CLINICIAN, "Dr. Okafor"),
                      (Role.IT, "Ian")):
        session.signed_in(Person(5, who, role, practice.okafor.id
                                 if role is Role.CLINICIAN else None))
        for refused in (lambda: guarded.audit_trail.entries(EVERYTHING),
                        lambda: guarded.audit_trail.filter_options(),
                        lambda: guarded.audit_trail.viewed("x"),
                        lambda: guarded.audit_trail.export_csv(EVERYTHING,
                                                               tmp_path / "x.csv", "x")):
            with pytest.raises(PermissionDenied, match="cannot read the audit trail"):
                refused()
    assert not (tmp_path / "x.csv").exists()
    session.signed_in(Person(1, "Olivia", Role.OWNER))
    guarded.audit_trail.viewed("somebody else")
    assert guarded.audit_trail.entries(EVERYTHING, limit=1).rows[0].action == "audit_viewed"
    with practice.svc.sessions() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (last.actor, last.account_id, last.action) == (OLIVIA, 1, "audit_viewed")


def test_checking_the_chain_finds_an_edited_entry_and_is_audited(scene, practice):
    trail, *_ = scene
    report = trail.verify("Olivia (#1)")
    assert report.ok and report.checked == len(all_rows(trail)) - 1
    assert all_rows(trail)[0].action == "audit_verified"
    with writer(practice.svc.engine).begin() as conn:
        conn.execute(text("UPDATE audit_entry SET actor = 'nobody' WHERE action = 'book'"))
    report = trail.verify("Olivia (#1)")
    assert not report.ok and "changed" in report.problem
    assert all_rows(trail)[0].detail.startswith("altered: ")
