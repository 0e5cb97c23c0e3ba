"""Start-up's check says an altered audit trail on the window's banner, in words, and never
blocks: the same background check as the file's pages (ui/startup/integrity_notice.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from frontdesk.app import Composition
from frontdesk.models.database import writer
from frontdesk.services.dto import ClinicianInfo
from frontdesk.ui.startup.integrity_notice import IntegrityWatch
from frontdesk.ui.tasks import InlineTaskRunner


@pytest.fixture
def composition(tmp_path, secret_store, clock):
    return Composition(str(tmp_path / "fd"), clock=clock, secrets=secret_store)


def test_an_altered_trail_is_said_on_the_banner_and_no_dialog_holds_the_desk(qtbot,
                                                                             composition):
    svc, _code = composition.create_practice(demo=False)
    for i in range(3):
        svc.practice.save_clinician(ClinicianInfo(0, f"Dr. Example {i}", "Dr."), "owner")
    watch = IntegrityWatch(InlineTaskRunner(), composition.vault("practice"))
    said: list[str] = []
    watch.damaged.connect(said.append)
    watch.check_now()
    assert watch.report.audit.ok and not said  # whole: nothing to say
    with writer(svc.engine).begin() as conn:
        conn.execute(text("UPDATE audit_entry SET action = 'nothing' WHERE id = 2"))
    svc.close()
    watch.check_now()
    assert watch.dialog is None  # the file is whole: no restore dialog
    assert said == ["The audit trail has been altered: entry 2 was changed. Entry 2: nothing, "
                    "recorded 2026-03-04 13:00 UTC. Tell the practice owner; nothing was "
                    "changed."]
