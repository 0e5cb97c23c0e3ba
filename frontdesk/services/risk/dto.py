"""What the risk service hands out (frozen, no numpy): a place's score, the model's status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

PlaceKey = tuple[int, int]  # (appointment id, client id): a group's members differ


@dataclass(frozen=True)
class RiskScore:
    probability: float  # calibrated chance of a no-show
    level: str  # "low", "medium" or "high"
    reasons: tuple[str, ...]  # what pushes it up most, in words ("not confirmed yet")

    @property
    def high(self) -> bool:
        return self.level == "high"


@dataclass(frozen=True)
class RiskStatus:
    """For the owner: is there a model, how good it is, and what "high" means."""

    has_model: bool
    text: str  # the whole status in plain words
    trained_at: datetime | None = None
    tried_at: datetime | None = None
    sessions: int = 0  # past sessions with attendance recorded at the last try
    high_from: float | None = None  # calibrated probability from which a session is high
    auc: float | None = None
    brier: float | None = None
    base_brier: float | None = None
    history_auc: float | None = None
    call_ahead: bool = True
