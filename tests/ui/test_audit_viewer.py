"""The owner's audit trail viewer, real widgets over real services through GuardedServices:
the filters narrow the table (person, client found by name, action, days), Load older pages,
the CSV export writes the file (and never replaces one unasked), the chain check answers,
and a front-desk account is refused by the services and offered no menu item."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from widget_helpers import UI_WAIT_MS, click, context_for

from frontdesk.domain.access import Person, Role
from frontdesk.services.access import DeskSession, GuardedServices
from frontdesk.services.dto import AppointmentEdit
from frontdesk.ui.access.role_view import apply_role
from frontdesk.ui.audit import audit_viewer
from frontdesk.ui.audit.audit_viewer import AuditViewer
from tests.account_kit import DESK_PIN, make_staff
from tests.helpers import at

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"


@pytest.fixture
def scene(practice, book, clock):
    """Sam (front desk) signs in, books Ana and Ben, opens Ana's details and moves her session
    the next day; then the owner, Ruth, signs in. Returns (services as Ruth, desk, staff)."""
    svc = practice.svc
    staff = make_staff(svc)
    sam = staff.person(staff.desk)
    desk = DeskSession()
    guarded = GuardedServices(svc, desk)
    clock.set(at(4, 9))
    desk.signed_in(svc.accounts.sign_in(sam.account_id, DESK_PIN))
    [ana_session] = book(practice.ana, at(10, 10), actor=sam.actor)
    book(practice.ben, at(10, 11), actor=sam.actor)
    guarded.clients.get(practice.ana.id)  # audited as Sam's view
    clock.set(at(5, 14))
    guarded.schedule.edit(ana_session, AppointmentEdit(notes="side door"), "ignored")
    svc.accounts.record_lock(sam, "idle")
    clock.set(at(5, 15))
    desk.signed_in(staff.owner)
    return guarded, desk, staff


@pytest.fixture
def viewer(scene, runner, show):
    guarded, _desk, staff = scene
    return show(AuditViewer(context_for(guarded, runner, staff.owner.actor)))


def shown_rows(viewer):
    return viewer.model.rows


def test_opening_shows_the_trail_newest_first_and_is_itself_recorded(viewer, scene):
    _guarded, _desk, staff = scene
    rows = shown_rows(viewer)
    assert viewer.windowTitle() == "Audit trail"
    assert rows[0].action == "audit_viewed" and rows[0].who == staff.owner.actor
    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)
    assert viewer.table.isVisible() and not viewer.empty.isVisible()
    assert viewer.status.text().startswith(f"{len(rows)} entries shown, newest first")
    assert "times in America/New York" in viewer.status.text()
    assert viewer.model.index(0, 2).data() == "Opened the audit trail"


def test_filters_narrow_the_table(viewer, scene, practice, qtbot):
    _guarded, _desk, staff = scene
    everything = len(shown_rows(viewer))
    sam = staff.person(staff.desk).actor
    viewer.filters.choose_person(sam)
    rows = shown_rows(viewer)
    assert 0 < len(rows) < everything and {r.who for r in rows} == {sam}
    viewer.filters.choose_action("book")
    assert [r.action for r in shown_rows(viewer)] == ["book", "book"]
    viewer.filters.clear()
    assert len(shown_rows(viewer)) == everything

    qtbot.keyClicks(viewer.filters.client, "Lindq")  # the client, found by name as typed
    qtbot.waitUntil(lambda: viewer.filters.offered == ["Annie Lindqvist"], timeout=UI_WAIT_MS)
    assert len(shown_rows(viewer)) == everything  # nothing narrows until one is picked
    viewer.filters.completer.activated[str].emit("Annie Lindqvist")
    ana = shown_rows(viewer)
    assert {(r.entity, r.what.split(" (")[0]) for r in ana} >= {
        ("client", "Client Annie Lindqvist")}
    assert all(r.entity in ("client", "appointment") for r in ana)
    assert {r.action for r in ana} == {"view_client", "edit", "book", "create"}
    qtbot.keyClicks(viewer.filters.client, "x")  # typing over the name drops the filter
    assert len(shown_rows(viewer)) == everything

    viewer.filters.completer.popup().hide()  # the names offered for "Lindqvistx": none
    viewer.filters.date_from.setDate(QDate(2026, 3, 5))
    click(qtbot, viewer.filters.use_from)
    assert {r.at.date().isoformat() for r in shown_rows(viewer)} == {"2026-03-05"}
    viewer.filters.choose_action("book")
    assert shown_rows(viewer) == [] and viewer.empty.isVisible()
    assert "No entries match these filters" in viewer.empty.text()
    click(qtbot, viewer.filters.clear_button)
    assert len(shown_rows(viewer)) == everything and viewer.table.isVisible()


def test_load_older_adds_the_next_page_below(scene, runner, show, monkeypatch, qtbot):
    monkeypatch.setattr(audit_viewer, "PAGE", 4)
    guarded, _desk, staff = scene
    view = show(AuditViewer(context_for(guarded, runner, staff.owner.actor)))
    assert len(shown_rows(view)) == 4 and view.older_button.isEnabled()
    assert "older ones match too" in view.status.text()
    click(qtbot, view.older_button)
    ids = [r.id for r in shown_rows(view)]
    assert len(ids) == 8 and ids == sorted(set(ids), reverse=True)
    while view.older_button.isEnabled():
        click(qtbot, view.older_button)
    everything = guarded.audit_trail.entries(view.shown_filters, 5000).rows
    assert [r.id for r in shown_rows(view)] == [r.id for r in everything]


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_export_writes_the_file_and_never_replaces_one_unasked(viewer, scene, tmp_path, qtbot):
    sam = scene[2].person(scene[2].desk).actor
    viewer.filters.choose_person(sam)
    wanted = len(shown_rows(viewer))
    viewer.ask_save_path = lambda _name: str(tmp_path / "sam")
    click(qtbot, viewer.export_button)
    lines = read_csv(tmp_path / "sam.csv")  # ".csv" added
    assert len(lines) == wanted + 1 and {line[2] for line in lines[1:]} == {sam}
    assert viewer.notice.text == f"Saved {wanted} entries to sam.csv."
    click(qtbot, viewer.export_button)  # "sam" again: the Save dialog never asked about sam.csv
    assert viewer.notice.level == "error" and "is there already" in viewer.notice.text
    assert len(read_csv(tmp_path / "sam.csv")) == wanted + 1
    viewer.ask_save_path = lambda _name: str(tmp_path / "sam.csv")  # asked, and agreed
    viewer.filters.clear()
    click(qtbot, viewer.export_button)
    assert viewer.notice.level == "success"
    assert len(read_csv(tmp_path / "sam.csv")) > wanted + 1
    assert viewer.export_button.isEnabled()


def test_check_the_chain_says_it_is_intact(viewer, qtbot):
    click(qtbot, viewer.check_button)
    assert viewer.notice.level == "success" and "Audit trail intact" in viewer.notice.text
    assert viewer.check_button.isEnabled()


def test_a_front_desk_account_is_refused_and_not_offered_the_menu_item(
        scene, runner, show, window, practice):
    guarded, desk, staff = scene
    sam = staff.person(staff.desk)
    desk.signed_in(sam)
    view = show(AuditViewer(context_for(guarded, runner, sam.actor)))
    assert shown_rows(view) == [] and view.notice.level == "error"
    assert "cannot read the audit trail" in view.notice.text
    assert not view.export_button.isEnabled() and not view.filters.isEnabled()

    main = window(practice.svc)
    apply_role(main, sam)
    assert not main.audit_action.isEnabled()
    apply_role(main, Person(staff.owner.account_id, "Ruth Adler", Role.OWNER))
    assert main.audit_action.isEnabled() and main.audit_action.text() == "&Audit trail…"
    main.audit_action.trigger()
    assert main.audit_viewer.isVisible() and main.audit_viewer.windowTitle() == "Audit trail"
    main.audit_viewer.close()


def test_screenshot(viewer):
    """tests/screenshots/audit_viewer.png (AUDIT_VIEWER_SHOT=path to save it elsewhere)."""
    viewer.resize(1180, 560)
    viewer.filters.date_from.setDate(QDate(2026, 3, 4))
    viewer.filters.use_from.setChecked(True)
    viewer.layout().activate()
    path = Path(os.environ.get("AUDIT_VIEWER_SHOT") or SHOTS / "audit_viewer.png")
    path.parent.mkdir(parents=True, exist_ok=True)
    assert viewer.grab().save(str(path))
    assert path.stat().st_size > 10_000
