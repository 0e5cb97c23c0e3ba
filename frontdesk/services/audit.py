"""Writing the audit trail from inside a service's unit of work."""

from __future__ import annotations

from sqlalchemy.orm import Session

from frontdesk.clock import Clock
from frontdesk.models import AuditEntry


def record(
    session: Session, clock: Clock, actor: str, action: str, entity: str,
    entity_id: int | None = None, detail: str = "",
) -> None:
    session.add(
        AuditEntry(at=clock.now(), actor=actor or "unknown", action=action, entity=entity,
                   entity_id=entity_id, detail=detail)
    )
