"""The audit trail's codes in plain words, for the owner's viewer and its CSV export.

Action codes are what `audit.record(...)` is given across the services (grep for it when a
new one is added); a code not listed here is shown as it is. A few codes mean different
things for different entities ("update" of a client or of the practice settings): those are
looked up by (entity, action) first.
"""

from __future__ import annotations

ACTIONS: dict[str, str] = {
    # the audit trail itself
    "audit_viewed": "Opened the audit trail",
    "audit_exported": "Exported the audit trail",
    "audit_verified": "Checked the audit trail's chain",
    # backups
    "backup_made": "Made a backup",
    "backup_folder_changed": "Changed the backup folder",
    "backup_restored": "Restored the database from a backup",
    # accounts, sign-in, the lock
    "sign_in": "Signed in",
    "sign_in_failed": "Sign-in: wrong PIN",
    "sign_in_refused": "Sign-in refused",
    "sign_out": "Signed out",
    "lock": "Locked the desk",
    "unlock": "Unlocked the desk",
    "unlock_failed": "Unlock: wrong PIN",
    "unlock_refused": "Unlock refused",
    "locked_out": "Account locked after wrong PINs",
    "pin_changed": "Changed their PIN",
    "pin_change_failed": "PIN change: wrong PIN",
    "pin_change_refused": "PIN change refused",
    "pin_reset": "Reset a staff PIN",
    "account_added": "Added a staff account",
    "account_changed": "Changed a staff account",
    "permission_denied": "Refused: not allowed",
    "idle_lock_changed": "Changed the automatic lock time",
    "recovery_code_failed": "Recovery code: wrong code",
    "recovery_code_refused": "Recovery code refused",
    "owner_reset_by_recovery_code": "Owner's PIN reset with the recovery code",
    "show_recovery_code": "Showed the recovery code",
    # clients and their messages
    "view_client": "Opened a client's details",
    "view_thread": "Opened a client's messages",
    "create": "Added a client",
    "update": "Changed details or settings",
    "import": "Imported clients",
    "consent_granted": "Recorded consent",
    "consent_opted_out": "Recorded an opt-out",
    "consent_none": "Cleared consent",
    "reply": "Wrote to a client",
    "group_message": "Wrote to each member of a group session",
    "thread_note": "Added a note to a thread",
    "link_number": "Linked a number to a client",
    "revealed crisis message": "Showed a crisis message's words",
    "opened flagged thread": "Opened a flagged thread",
    "acknowledge_crisis": "Took a crisis message",
    "acknowledge_clinical": "Took a clinical message",
    "desk_item_done": "Marked a To do item done",
    # sessions
    "book": "Booked a session",
    "edit": "Changed a session",
    "reschedule": "Moved a session",
    "cancelled": "Cancelled a session",
    "late_cancelled": "Cancelled a session late",
    "confirmation_confirmed": "Marked confirmed",
    "confirmation_unconfirmed": "Marked not confirmed",
    "confirmation_requested": "Asked to confirm",
    "confirmation_declined": "Marked declined",
    "confirmation_reschedule_requested": "Marked: wants another time",
    "attendance_arrived": "Marked arrived",
    "attendance_no_show": "Marked no-show",
    "attendance_booked": "Undid arrived / no-show",
    "resend": "Resent a message",
    # the practice's settings
    "save": "Saved a setting",
    "reset": "Reset a message's wording",
    "policy_rule": "Changed a reminder rule",
    "policy_rule_reset": "Reset a reminder rule",
    "messaging_limits": "Changed the messaging limits",
    "whatsapp_templates": "Changed the WhatsApp templates",
    "set_session_fee": "Changed the session fee",
    # calendar sync
    "add_source": "Added a calendar source",
    "update_source": "Changed a calendar source",
    "edit_source": "Changed a calendar source",
    "enable_source": "Turned a calendar source on",
    "disable_source": "Turned a calendar source off",
    "remove_source": "Removed a calendar source",
    "set_source_secret": "Saved a calendar source's secret",
    "make_smart_key": "Made a calendar source's key",
    "sync": "Calendar sync ran",
    "sync_failed": "Calendar sync failed",
    "write_back_written": "Written back to the calendar source",
    "write_back_conflict": "Write-back: changed at the source",
    "write_back_not_allowed": "Write-back not accepted",
    "write_back_failed": "Write-back failed",
    "write_back_superseded": "Write-back replaced by a later one",
}

BY_ENTITY: dict[tuple[str, str], str] = {
    ("client", "create"): "Added a client",
    ("client", "update"): "Changed a client's details",
    ("practice_settings", "update"): "Changed the practice settings",
    ("clinician", "save"): "Saved a clinician",
    ("appointment_type", "save"): "Saved an appointment type",
    ("template_override", "save"): "Changed a message's wording",
    ("template_override", "reset"): "Reset a message's wording",
}

ENTITIES: dict[str, str] = {
    "client": "Client",
    "appointment": "Session",
    "staff_account": "Staff account",
    "practice_settings": "Practice settings",
    "practice": "Practice",
    "clinician": "Clinician",
    "appointment_type": "Appointment type",
    "template_override": "Message wording",
    "policy_rule": "Reminder rules",
    "desk_item": "To do item",
    "sync_source": "Calendar source",
    "recovery_code": "Recovery code",
    "audit_trail": "Audit trail",
}


def action_words(action: str, entity: str = "") -> str:
    """The action in words; the code itself when it has none."""
    return BY_ENTITY.get((entity, action)) or ACTIONS.get(action) or action


def entity_words(entity: str, entity_id: int | None, name: str = "") -> str:
    """"Client Annie Lindqvist (#3)", "Session #12", "Practice settings"."""
    label = ENTITIES.get(entity, entity.replace("_", " ").capitalize())
    if name:
        return f"{label} {name} (#{entity_id})"
    if entity_id is None or entity in ("practice_settings", "practice"):
        return label
    return f"{label} #{entity_id}"
