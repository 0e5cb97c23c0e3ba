"""The start-up flow with real dialogs, the real keyring and real SQLCipher files."""

from __future__ import annotations

import keyring.backends.fail
import pytest

from frontdesk.app import Composition
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import VaultState
from frontdesk.ui.startup import StartupFlow
from frontdesk.ui.startup_dialogs import (
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
