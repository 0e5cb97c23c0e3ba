"""The set-up assistant ("Set up your practice") over real services and a real store."""

from __future__ import annotations

import os
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from schedule_helpers import open_dialog, pick_client, rows
from widget_helpers import context_for

from frontdesk.domain import Modality
from frontdesk.services.client_import import Field
from frontdesk.services.dto import ClinicianInfo
from frontdesk.ui.startup.setup import SetupWizard
from frontdesk.ui.startup.setup.import_page import ImportPage
from frontdesk.ui.startup.setup.local_zone import local_zone

# Screenshots go to tests/screenshots (not tracked); FRONTDESK_DOCS_SHOTS=1 writes docs/'s.
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / ("docs" if os.environ.get("FRONTDESK_DOCS_SHOTS") else "tests/screenshots")
WAIT_MS = 20_000  # generous for a loaded machine; waitUntil returns as soon as it holds


@pytest.fixture(autouse=True)
def own_autostart_folder(tmp_path, monkeypatch):
    """The log-in entry goes to this test's own folder, never the real ~/.config."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def wizard(show, services, runner):
    def make() -> SetupWizard:
        return show(SetupWizard(context_for(services, runner, "reception")))
    return make


def shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"setup-wizard-{name}.png"))


def test_the_assistant_sets_up_a_practice_so_booking_works_at_once(
        wizard, services, qtbot, click, window, tmp_path):
    wiz = wizard()
    assert wiz.windowTitle() == "Set up your practice"
    page = wiz.page()
    qtbot.waitUntil(page.isEnabled, timeout=WAIT_MS)
    qtbot.keyClicks(page.name_edit, "Harbor Counseling")
    qtbot.keyClicks(page.phone_edit, "(617) 555-0100")
    qtbot.keyClicks(page.address_edit, "12 Harbor St, Boston")
    page.tz_combo.set_zone("America/Chicago")
    shot(wiz, "1-practice")
    click(wiz.next_button)

    clinicians = wiz.page()
    assert clinicians.title == "Clinicians"
    full, shown = clinicians.rows[0]
    qtbot.keyClicks(full, "Dr. Maya Okafor")
    qtbot.keyClicks(shown, "Dr. Okafor")
    click(clinicians.add_button)
    qtbot.keyClicks(clinicians.rows[2][0], "Daniel Reyes")  # the name clients see: the same
    click(wiz.next_button)

    types = wiz.page()
    assert types.title == "Appointment types"
    assert [r.name.text() for r in types.rows] == [
        "Intake", "Individual session", "Couples session", "Group session",
        "Telehealth session"]
    types.rows[2].tick.setChecked(False)  # no couples work here
    types.rows[1].minutes.setValue(45)
    shot(wiz, "3-types")
    click(wiz.next_button)
    assert wiz.page().title == "Messaging"
    shot(wiz, "4-messaging")
    click(wiz.skip_button)  # messaging later
    assert isinstance(wiz.page(), ImportPage)
    csv_path = tmp_path / "clients.csv"
    csv_path.write_text("Name,Cell\nRosa Díaz,(617) 555-0170\n", encoding="utf-8")
    wiz.page().open_file(str(csv_path))
    qtbot.waitUntil(lambda: wiz.page().plan is not None, timeout=WAIT_MS)
    click(wiz.next_button)  # continuing imports the checked rows
    qtbot.waitUntil(lambda: wiz.page().title == "Start at log-in", timeout=WAIT_MS)
    wiz.page().start_box.setChecked(True)
    click(wiz.next_button)
    qtbot.waitUntil(lambda: not wiz.isVisible(), timeout=WAIT_MS)
    assert wiz.result() == QDialog.DialogCode.Accepted and wiz.completed

    info = services.practice.settings()
    assert (info.name, info.phone, info.timezone) == (
        "Harbor Counseling", "(617) 555-0100", "America/Chicago")
    assert [(c.full_name, c.display_name) for c in services.practice.clinicians()] == [
        ("Daniel Reyes", "Daniel Reyes"), ("Dr. Maya Okafor", "Dr. Okafor")]
    kinds = {t.name: (t.duration_minutes, t.default_modality, t.is_group)
             for t in services.practice.appointment_types()}
    assert kinds == {"Intake": (60, Modality.IN_PERSON, False),
                     "Individual session": (45, Modality.IN_PERSON, False),
                     "Group session": (90, Modality.IN_PERSON, True),
                     "Telehealth session": (50, Modality.TELEHEALTH, False)}
    assert (tmp_path / "config" / "autostart" / "frontdesk.desktop").is_file()

    win = window(services)  # Book… works straight away, with the imported client
    dlg = open_dialog(win, "book", click)
    pick_client(qtbot, dlg, "rosa")
    dlg.time.set_time(time(10, 0))
    click(dlg.ok_button)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert [r["CLIENT"] for r in rows(win)] == ["Rosa Díaz"]


def test_every_step_can_be_skipped_and_nothing_is_saved(wizard, services, qtbot, click):
    wiz = wizard()
    qtbot.waitUntil(wiz.page().isEnabled, timeout=WAIT_MS)
    qtbot.keyClicks(wiz.page().name_edit, "Typed but skipped")
    titles = []
    while wiz.isVisible():
        titles.append(wiz.page().title)
        click(wiz.skip_button)
    assert titles == ["Your practice", "Clinicians", "Appointment types", "Messaging",
                      "Import existing clients", "Start at log-in"]
    assert wiz.completed and wiz.result() == QDialog.DialogCode.Accepted
    assert services.practice.settings().name == ""
    assert services.practice.clinicians() == []
    assert services.practice.appointment_types() == []


def test_escape_skips_the_rest_and_says_where_to_find_it(wizard, services, qtbot, click):
    wiz = wizard()
    qtbot.waitUntil(wiz.page().isEnabled, timeout=WAIT_MS)
    click(wiz.skip_button)
    qtbot.keyClick(wiz, Qt.Key.Key_Escape)
    assert not wiz.isVisible() and not wiz.completed
    assert "Set-up skipped for now" in wiz.closing_note()
    assert "Practice settings → Set-up assistant…" in wiz.closing_note()


def test_a_bad_phone_keeps_the_step_open_with_the_reason(wizard, services, qtbot, click):
    wiz = wizard()
    page = wiz.page()
    qtbot.waitUntil(page.isEnabled, timeout=WAIT_MS)
    qtbot.keyClicks(page.name_edit, "Harbor Counseling")
    qtbot.keyClicks(page.phone_edit, "555")
    click(wiz.next_button)
    assert wiz.page() is page and page.phone_edit.text() == "555"
    assert "not a phone number" in page.errors.label("phone").text()
    assert services.practice.settings().name == ""


def test_import_step_maps_previews_and_imports(wizard, services, practice, qtbot, click,
                                               monkeypatch, tmp_path):
    rows_ = ["Ana,Rivera,Anita,(617) 555-0201,ana.rivera@example.org,es,sí",
             "Tom,Becker,,(617) 555-0202,tom@example,en,no",
             "Lea,Moss,,12345,lea@example.org,en,",
             "Same,Number,,(617) 555-0111,,en,",  # Ana Lindqvist's, already a client
             "Kim,Park,,(617) 555-0205,kim@example.org,en,yes",
             "Kim,Parker,,(617) 555-0205,,en,"]  # the row above's number
    path = tmp_path / "export.csv"
    path.write_text("Nombre;Apellido;Apodo;Celular;Correo;Idioma;Consentimiento SMS\n" +
                    "\n".join(r.replace(",", ";") for r in rows_) + "\n", encoding="cp1252")
    wiz = wizard()
    wiz.resize(1100, 720)
    wiz._go(4)
    page = wiz.page()
    assert isinstance(page, ImportPage)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    click(page.choose_button)
    qtbot.waitUntil(lambda: page.plan is not None, timeout=WAIT_MS)
    assert [c.currentData() for c in page.combos] == [
        Field.FIRST_NAME, Field.LAST_NAME, Field.PREFERRED_NAME, Field.MOBILE, Field.EMAIL,
        Field.LANGUAGE, Field.SMS_CONSENT]
    assert "6 rows: 2 ready to import, 4 will be skipped" in page.counts.text()
    problems = {page.model.data(page.model.index(r, 0)):
                page.model.data(page.model.index(r, 1))
                for r in range(page.model.rowCount())}
    assert problems["2"] == "✔ ready"
    assert "email “tom@example”" in problems["3"]
    assert "phone “12345”" in problems["4"]
    assert "already a client with this phone" in problems["5"]
    assert "same phone as row 6" in problems["7"]

    page.combos[2].setCurrentIndex(0)  # the nickname column: ignore it
    qtbot.waitUntil(lambda: page.plan is not None and
                    page.plan.mapping.columns[2] is None, timeout=WAIT_MS)
    shot(wiz, "5-import-preview")
    assert page.import_button.text() == "Import 2 clients"
    click(page.import_button)
    qtbot.waitUntil(lambda: page.result is not None, timeout=WAIT_MS)
    assert page.summary.text() == "2 imported, 4 skipped: see the list."
    assert page.model.rowCount() == 4  # the table now lists what was skipped
    shot(wiz, "6-import-summary")
    ana = services.clients.get(services.clients.search("Rivera")[0].id)
    assert ana.preferred_name == "" and ana.consents[0].status.value == "granted"

    out = tmp_path / "skipped.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    click(page.export_button)
    qtbot.waitUntil(out.is_file, timeout=WAIT_MS)
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 5
    assert not page.import_button.isEnabled()  # the same rows are not imported twice


def test_a_file_that_is_not_csv_is_explained(wizard, qtbot, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    wiz = wizard()
    wiz._go(4)
    page = wiz.page()
    page.open_file(str(path))
    qtbot.waitUntil(page.error.isVisible, timeout=WAIT_MS)
    assert "not a CSV text file" in page.error.text()
    assert not page.import_button.isEnabled()


def test_practice_settings_opens_the_assistant_prefilled(services, practice, runner, qtbot,
                                                         click):
    from frontdesk.ui.settings.settings_dialog import PracticeSettingsDialog

    dlg = PracticeSettingsDialog(context_for(services, runner, "reception"))
    qtbot.addWidget(dlg)
    dlg.show()
    click(dlg.setup_button)
    wiz = next(w for w in dlg.findChildren(SetupWizard))
    qtbot.waitUntil(wiz.page().isEnabled, timeout=WAIT_MS)
    assert wiz.page().name_edit.text() == "Test Practice"
    assert wiz.page().tz_combo.zone() == "America/New_York"  # saved, not re-proposed
    wiz._go(1)
    assert "Dr. Okafor" in wiz.page().existing.text()
    wiz._go(2)
    individual = wiz.page().rows[1]
    assert not individual.tick.isChecked() and not individual.tick.isEnabled()
    services.practice.save_clinician(ClinicianInfo(0, "New Person", "New"), "test")
    wiz.reject()
    qtbot.waitUntil(lambda: dlg.clinicians_tab.list.count() == 3, timeout=WAIT_MS)


def test_a_new_empty_practice_opens_the_assistant(qtbot, tmp_path, secret_store, clock):
    from frontdesk.app import Composition
    from frontdesk.ui.startup.flow import StartInfo
    from frontdesk.ui.startup.launch import GuiSession
    from frontdesk.ui.tasks import InlineTaskRunner

    composition = Composition(str(tmp_path / "fd"), clock=clock, secrets=secret_store)
    services, _code = composition.create_practice(demo=False)
    session = GuiSession(composition, InlineTaskRunner())
    session.closed = True  # the window and its wiring only: no background scheduler
    try:
        window = session.open_window(services, StartInfo(created=True, demo=False), None)
        window.show()
        qtbot.waitUntil(lambda: bool(window.findChildren(SetupWizard)), timeout=WAIT_MS)
        wiz = window.findChildren(SetupWizard)[0]
        assert wiz.isVisible() and wiz.windowTitle() == "Set up your practice"
        qtbot.waitUntil(wiz.page().isEnabled, timeout=WAIT_MS)
        shot(wiz, "0-welcome")
        wiz.reject()
        assert "Set-up skipped for now" in window.banner.text
    finally:
        session.close()
        window.deleteLater()


# ---- the time zone proposed from this computer ----------------------------------------
def test_local_zone_from_tz_then_link_then_file_then_offsets(tmp_path):
    etc = tmp_path / "etc"
    etc.mkdir()
    assert local_zone({"TZ": ":Europe/Madrid"}, etc) == "Europe/Madrid"
    (etc / "localtime").symlink_to("/usr/share/zoneinfo/America/Chicago")
    assert local_zone({"TZ": "Nowhere/Land"}, etc) == "America/Chicago"
    (etc / "localtime").unlink()
    (etc / "localtime").write_bytes(b"TZif2 copied, not a link")
    (etc / "timezone").write_text("America/Bogota\n")
    assert local_zone({}, etc) == "America/Bogota"
    (etc / "timezone").unlink()
    winter = datetime(2026, 1, 15, 12, tzinfo=UTC)

    def new_york(moment):  # -5 h in winter, -4 h in summer
        return timedelta(hours=-4 if 3 < moment.month < 11 else -5)

    assert local_zone({}, etc, now=winter, local_offset=new_york) == "America/New_York"
    assert local_zone({}, etc, now=winter,
                      local_offset=lambda _m: timedelta(hours=-5)) == "America/Bogota"
    assert local_zone({}, etc, now=winter,
                      local_offset=lambda _m: timedelta(hours=5, minutes=45)) is None
