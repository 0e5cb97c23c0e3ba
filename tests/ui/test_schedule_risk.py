"""The no-show risk badge on the schedule, over real services and a trained model."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from schedule_helpers import rows

from frontdesk.ui.schedule.schedule_model import Col
from tests.helpers import at, book
from tests.risk_helpers import seed_history

THU = date(2026, 3, 5)
BADGE = "▲ Risk: high"


def test_a_high_risk_session_has_a_plain_badge_with_its_reasons_on_hover(practice, window):
    seed_history(practice)
    assert practice.svc.risk.train().has_model
    book(practice, practice.ana, at(5, 14))
    book(practice, practice.ben, at(5, 15))
    win = window(practice.svc)
    win.schedule.show_day(THU)
    shown = {r["CLIENT"]: r["FLAGS"] for r in rows(win)}
    assert shown["Annie Lindqvist"] == BADGE
    assert shown["Benjamin Okoro"] == ""
    m = win.schedule.model
    i = next(r for r in range(m.rowCount()) if m.row_at(r).client_id == practice.ana.id)
    tip = m.data(m.index(i, Col.FLAGS), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("This practice's own history says sessions like this are often "
                          "missed (about ")
    assert "• not confirmed yet" in tip and "• missed " in tip
    assert m.data(m.index(i, Col.FLAGS), Qt.ItemDataRole.BackgroundRole) is not None
    j = next(r for r in range(m.rowCount()) if m.row_at(r).client_id == practice.ben.id)
    assert m.data(m.index(j, Col.FLAGS), Qt.ItemDataRole.ToolTipRole) is None


def test_no_model_no_badge(practice, window):
    book(practice, practice.ana, at(5, 14))
    win = window(practice.svc)
    win.schedule.show_day(THU)
    assert [r["FLAGS"] for r in rows(win)] == [""]
