"""Practice settings → Reminders → Sessions at risk, with real widgets over real services: it
says why there is no model yet, trains on the practice's history when asked, and its call
setting is saved (and audited) by the service."""

from __future__ import annotations

from frontdesk.ui.settings.risk_box import RiskBox
from tests.risk_helpers import seed_history


def test_no_model_yet_is_said_and_the_call_setting_is_saved(practice, ui_ctx, show):
    box = show(RiskBox(ui_ctx))
    assert box.text.text().startswith("No risk model yet")
    assert box.call_ahead.isChecked()
    box.call_ahead.setChecked(False)
    assert practice.svc.risk.status().call_ahead is False


def test_train_now_learns_from_the_history_and_says_how_good_it_is(practice, ui_ctx, show):
    seed_history(practice)
    box = show(RiskBox(ui_ctx))
    box.train_button.click()
    assert box.text.text().startswith("Trained ") and "AUC" in box.text.text()
    assert practice.svc.risk.status().has_model
