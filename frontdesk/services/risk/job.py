"""The weekly retraining, as a background job on the analytics lane (imports no numpy until
it runs: the background work's module loads at start-up)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontdesk.services.container import Services

log = logging.getLogger(__name__)
LOOK_HOURS = 6  # how often the job looks whether a week has passed since the last try
FIRST_LOOK = timedelta(minutes=3)  # after start-up, once the window and trends are settled


def retrain(svc: Services) -> None:
    """Train again when the last try is a week old; the model stays on this PC."""
    if svc.risk.retrain_if_due():
        log.info("No-show risk: %s", "model ready" if svc.risk.status().has_model
                 else "not enough history for a model")


def when(now: datetime) -> dict[str, object]:
    """The job's trigger for `BackgroundScheduler.add_job` (id "risk-train")."""
    return {"trigger": "interval", "hours": LOOK_HOURS, "id": "risk-train",
            "next_run_time": now + FIRST_LOOK}
