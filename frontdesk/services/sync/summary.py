"""What one sync run did: counts for staff and the audit trail, ids for the planner."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SyncSummary:
    """Counts in words (`text`), and the appointments the run touched, by what happened."""

    new: int = 0
    moved: int = 0
    changed: int = 0  # other fields (clinician, type, link, place, attendees, attendance)
    cancelled: int = 0
    skipped: int = 0  # records the connector could not read, or that could not be applied
    clients_new: int = 0
    clients_linked: int = 0  # existing FrontDesk clients matched to the source's
    clients_updated: int = 0
    clinicians_new: int = 0
    problems: list[str] = field(default_factory=list)  # in words, no client data
    touched_ids: set[int] = field(default_factory=set)  # to re-plan
    moved_ids: set[int] = field(default_factory=set)
    booked_before_ids: set[int] = field(default_factory=set)  # no booking confirmation

    def text(self) -> str:
        """E.g. "3 new, 1 moved, 2 cancelled, 1 skipped"; "no changes" when nothing."""
        parts = [f"{n} {what}" for n, what in (
            (self.new, "new"), (self.moved, "moved"), (self.changed, "changed"),
            (self.cancelled, "cancelled"), (self.skipped, "skipped")) if n]
        if not parts and self.clients_updated:  # a patient's new mobile, say
            n = self.clients_updated
            return f"{n} client{'s' if n > 1 else ''}' details updated"
        return ", ".join(parts) or "no changes"

    def audit_detail(self) -> str:
        return (f"new={self.new} moved={self.moved} changed={self.changed} "
                f"cancelled={self.cancelled} skipped={self.skipped} "
                f"clients_new={self.clients_new} clients_linked={self.clients_linked} "
                f"clients_updated={self.clients_updated} clinicians_new={self.clinicians_new}")
