"""The start-up flow with real dialogs, the real keyring and real SQLCipher files."""

from __future__ import annotations

import os
import subprocess
import sys

import keyring.backends.fail
import pytest

from frontdesk.app import Composition
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import VaultState
from frontdesk.ui.startup.flow import StartupFlow
from frontdesk.ui.startup.startup_dialogs import (
    FirstRunDialog,
    ProblemDialog,
    RecoveryCodeDialog,
    UnlockDialog,
)
from frontdesk.ui.tasks import InlineTaskRunner


@pytest.fixture
def composition(tmp_path, secret_store, clock):
    return Composition(str(tmp_path / "fd"), clock=clock, secrets=secret_store)


def _flow(qtbot, composition, demo=False):
    flow = StartupFlow(composition, InlineTaskRunner(), demo=demo)
    got = {}
    flow.ready.connect(lambda svc, info: got.update(svc=svc, info=info))
    flow.aborted.connect(lambda why: got.update(aborted=why))
    return flow, got


def test_first_run_empty_practice_shows_recovery_code_once(qtbot, composition):
    flow, got = _flow(qtbot, composition)
    flow.start()
    assert isinstance(flow.dialog, FirstRunDialog)
    flow.dialog.empty_button.click()
    dialog = flow.dialog
    assert isinstance(dialog, RecoveryCodeDialog)
    code = dialog.code_label.text()
    assert len(code.replace("-", "")) == 24
    assert not dialog.ok_button.isEnabled()  # must confirm it was written down
    dialog.reject()  # Escape does not skip it
    assert dialog.isVisible() and "svc" not in got
    dialog.confirm.setChecked(True)
    dialog.ok_button.click()
    assert got["info"].created and not got["info"].demo
    assert got["svc"].practice.recovery_code("test") == code
    got["svc"].close()
    # Second start: the database opens straight away, no dialog.
    flow2, got2 = _flow(qtbot, composition)
    flow2.start()
    assert flow2.dialog is None and got2["info"].created is False
    got2["svc"].close()


def test_demo_choice_creates_the_demo_practice_apart(qtbot, composition):
    flow, got = _flow(qtbot, composition)
    flow.start()
    flow.dialog.demo_button.click()
    flow.dialog.confirm.setChecked(True)
    flow.dialog.ok_button.click()
    svc = got["svc"]
    assert got["info"].demo
    assert len(svc.clients.search("")) >= 20
    assert composition.vault("practice").state() is VaultState.NEW  # real data untouched
    svc.close()


def test_missing_key_asks_for_recovery_code_and_wrong_code_is_explained(qtbot, composition):
    svc, code = composition.create_practice(demo=False)
    svc.close()
    vault = composition.vault("practice")
    before = vault.paths.database.read_bytes()
    composition.secrets.delete(vault.key_name)
    flow, got = _flow(qtbot, composition)
    flow.start()
    dialog = flow.dialog
    assert isinstance(dialog, UnlockDialog)
    assert "keyring" in dialog.problem.text()
    dialog.code.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    dialog.unlock_button.click()
    assert dialog.error.isVisibleTo(dialog)
    assert "does not match" in dialog.error.text()
    assert dialog.code.text() == "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"  # nothing lost
    assert vault.paths.database.read_bytes() == before  # never replaced
    dialog.code.setText(code.lower().replace("-", " "))
    dialog.unlock_button.click()
    assert "svc" in got and got["info"].created is False
    assert composition.secrets.get(vault.key_name)  # the key is back in the keyring
    got["svc"].close()


def test_wrong_key_in_keyring_goes_to_unlock(qtbot, composition):
    svc, _code = composition.create_practice(demo=False)
    svc.close()
    vault = composition.vault("practice")
    composition.secrets.set(vault.key_name, "ab" * 32)
    flow, _got = _flow(qtbot, composition)
    flow.start()
    assert isinstance(flow.dialog, UnlockDialog)
    assert "does not open" in flow.dialog.problem.text()


def test_no_keyring_says_what_to_do_and_creates_nothing(qtbot, tmp_path, clock):
    broken = SecretStore(service="FrontDesk-test", backend=keyring.backends.fail.Keyring())
    composition = Composition(str(tmp_path / "fd"), clock=clock, secrets=broken)
    flow, got = _flow(qtbot, composition)
    flow.start()
    dialog = flow.dialog
    assert isinstance(dialog, ProblemDialog)
    assert "keyring" in dialog.message.text().lower()
    assert "GNOME Keyring" in dialog.hint.text()
    assert not (tmp_path / "fd" / "frontdesk.db").exists()
    dialog.reject()
    assert got["aborted"] == ""


def test_non_interactive_start_reports_instead_of_asking(qtbot, composition):
    svc, _ = composition.create_practice(demo=False)
    svc.close()
    composition.secrets.delete(composition.vault("practice").key_name)
    flow = StartupFlow(composition, InlineTaskRunner(), demo=False, interactive=False)
    reasons = []
    flow.aborted.connect(reasons.append)
    flow.start()
    assert flow.dialog is None
    assert "recovery code" in reasons[0]


# ---- the data is elsewhere, empty or damaged --------------------------------------

def _held(composition) -> tuple:
    vault = composition.vault("practice")
    return composition.secrets.get(vault.key_name), vault.paths.recovery_file.read_bytes()


@pytest.mark.parametrize("interactive", [True, False])
def test_moved_database_is_refused_not_created_over(qtbot, composition, tmp_path, interactive):
    svc, _code = composition.create_practice(demo=False)
    svc.close()
    db = composition.vault("practice").paths.database
    before = _held(composition)
    db.rename(tmp_path / "moved.db")
    flow = StartupFlow(composition, InlineTaskRunner(), demo=False, interactive=interactive)
    got = {}
    flow.ready.connect(lambda s, info: got.update(svc=s))
    flow.aborted.connect(lambda why: got.update(aborted=why))
    flow.start()
    if interactive:
        dialog = flow.dialog
        assert isinstance(dialog, ProblemDialog)
        assert "not where it was" in dialog.title.text()
        assert "reconnect the drive" in dialog.hint.text().lower()
        dialog.reject()
        assert got["aborted"] == ""
    else:
        assert "not where it was" in got["aborted"]
    assert "svc" not in got and not db.exists()
    assert _held(composition) == before  # key and recovery file, byte for byte


def test_zero_byte_database_gets_the_damaged_dialog(qtbot, composition):
    svc, _code = composition.create_practice(demo=False)
    svc.close()
    db = composition.vault("practice").paths.database
    db.write_bytes(b"")
    flow, got = _flow(qtbot, composition)
    flow.start()
    assert isinstance(flow.dialog, ProblemDialog)
    assert "damaged" in flow.dialog.title.text() and "empty" in flow.dialog.message.text()
    assert "svc" not in got and db.stat().st_size == 0


def test_gui_start_without_a_window_exits_non_zero_when_data_is_elsewhere(composition,
                                                                         tmp_path):
    import os
    import subprocess
    import sys

    svc, _code = composition.create_practice(demo=False)
    svc.close()
    paths = composition.vault("practice").paths
    paths.database.rename(tmp_path / "moved.db")
    recovery = paths.recovery_file.read_bytes()
    # A non-interactive GUI start (the screenshot mode) uses the default keyring service.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    from frontdesk.services.vault import Vault

    real = SecretStore()
    key = composition.secrets.get(composition.vault("practice").key_name)
    real.set(Vault(paths, real).key_name, key)
    try:
        result = subprocess.run([sys.executable, "-m", "frontdesk", "--data-dir",
                                 str(paths.data_dir), "--screenshot", str(tmp_path / "s.png")],
                                capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 2
        assert "not where it was" in result.stderr
        assert real.get(Vault(paths, real).key_name) == key
    finally:
        real.delete(Vault(paths, real).key_name)
    assert not paths.database.exists() and paths.recovery_file.read_bytes() == recovery


# ---- the background integrity check -----------------------------------------------

def _damage_middle(path) -> None:
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle + 200:middle + 300] = bytes(100)
    path.write_bytes(bytes(data))


def test_damaged_middle_page_warns_and_names_the_backup(qtbot, composition):
    from frontdesk.models.database import backup_copy
    from frontdesk.services.dto import ClinicianInfo
    from frontdesk.ui.startup.integrity_notice import IntegrityNotice, IntegrityWatch

    svc, _code = composition.create_practice(demo=True)  # many pages of fictional data
    for i in range(20):
        svc.practice.save_clinician(ClinicianInfo(0, f"Dr. Page {i} " + "x" * 300, "Dr."),
                                    "test")
    vault = composition.vault("demo")
    backup_copy(svc.engine, vault.paths.database, vault.paths.backups_dir, "before-test")
    svc.close()
    _damage_middle(vault.paths.database)
    flow, got = _flow(qtbot, composition, demo=True)
    flow.start()
    assert "svc" in got  # the damage is not on the way in: the app opens
    got["svc"].close()
    watch = IntegrityWatch(InlineTaskRunner(), vault)
    summaries = []
    watch.damaged.connect(summaries.append)
    watch.check_now()
    dialog = watch.dialog
    assert isinstance(dialog, IntegrityNotice) and summaries
    assert "before-test" in dialog.advice.text()
    assert not dialog.close_button.isEnabled()
    dialog.reject()  # Escape does not dismiss it unread
    assert dialog.isVisible()
    dialog.confirm.setChecked(True)
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_whole_database_passes_quietly(qtbot, composition):
    from frontdesk.ui.startup.integrity_notice import IntegrityWatch

    svc, _code = composition.create_practice(demo=False)
    svc.close()
    watch = IntegrityWatch(InlineTaskRunner(), composition.vault("practice"))
    watch.check_now()
    assert watch.report is not None and watch.report.ok and watch.dialog is None


def test_window_start_runs_the_check_in_the_background(qtbot, composition):
    """The real session: the window opens first, the check follows on a worker thread."""
    from frontdesk.models.database import backup_copy
    from frontdesk.ui.startup.flow import StartInfo
    from frontdesk.ui.startup.integrity_notice import IntegrityNotice
    from frontdesk.ui.startup.launch import GuiSession
    from frontdesk.ui.tasks import TaskRunner

    svc, _code = composition.create_practice(demo=True)
    vault = composition.vault("demo")
    backup_copy(svc.engine, vault.paths.database, vault.paths.backups_dir, "before-test")
    svc.close()
    _damage_middle(vault.paths.database)
    services = composition.services(vault.open().engine, demo=True)
    session = GuiSession(composition, TaskRunner())
    try:
        window = session.open_window(services, StartInfo(created=False, demo=True), None)
        assert session.integrity.dialog is None  # not on the way in: after the first paint
        qtbot.waitUntil(lambda: session.integrity.dialog is not None, timeout=20_000)
        assert isinstance(session.integrity.dialog, IntegrityNotice)
        assert "before-test" in session.integrity.dialog.advice.text()
        assert "damaged" in window.banner.text.lower()
    finally:
        session.close()
        if session.window:
            session.window.deleteLater()


HOSTILE_FONTS = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts</dir>
  <cachedir>{cache}</cachedir>
  <match target="pattern"><test name="family"><string>monospace</string></test>
    <edit name="family" mode="assign" binding="strong"><string>DejaVu Sans</string></edit>
  </match>
</fontconfig>
"""
FONT_PROBE = """
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication
app = QApplication([])
from frontdesk.ui.widgets.code_font import code_font
from frontdesk.ui.startup.startup_dialogs import RecoveryCodeDialog
dialog = RecoveryCodeDialog("ABCD-EFGH-1JKL-MN0P-QRST-UVWX")
print(QFontInfo(QFont("monospace")).fixedPitch(),
      QFontInfo(dialog.code_label.font()).fixedPitch(), QFontInfo(code_font()).fixedPitch())
"""


def test_recovery_code_font_is_fixed_pitch_whatever_monospace_means_here(tmp_path):
    """On a machine whose "monospace" is not fixed-pitch (as with Noto Sans Mono or Nimbus
    Mono installed), the code is still shown in a font that really is."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(HOSTILE_FONTS.format(cache=tmp_path / "cache"))
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", FONT_PROBE], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    alias, dialog, helper = done.stdout.split()
    assert alias == "False"  # the machine really is hostile: "monospace" is proportional
    assert (dialog, helper) == ("True", "True")
