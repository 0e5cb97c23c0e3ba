"""SQLAlchemy models: the practice's data. No Qt here."""

from frontdesk.models.account import StaffAccount
from frontdesk.models.appointment import Appointment, Attendee, Series
from frontdesk.models.audit import AuditEntry
from frontdesk.models.backup_state import BackupState
from frontdesk.models.barrier import ClientBarrier
from frontdesk.models.base import Base
from frontdesk.models.client import ChannelConsent, Client
from frontdesk.models.desk_item import DeskItem
from frontdesk.models.inbox import InboundMessage, PollState, SlotOffer, ThreadNote
from frontdesk.models.message_config import PolicyRule, TemplateOverride, WhatsAppTemplate
from frontdesk.models.outbox import OutboxBulkInsert, OutboxMessage
from frontdesk.models.practice import AppointmentType, Clinician, PracticeSettings
from frontdesk.models.risk import RiskModelRow
from frontdesk.models.source_writeback import SourceWriteBack
from frontdesk.models.stats import StatsDirty, StatsSnapshot
from frontdesk.models.sync_source import SyncSource

__all__ = [
    "Appointment",
    "AppointmentType",
    "Attendee",
    "AuditEntry",
    "BackupState",
    "Base",
    "ChannelConsent",
    "Client",
    "ClientBarrier",
    "Clinician",
    "DeskItem",
    "InboundMessage",
    "OutboxBulkInsert",
    "OutboxMessage",
    "PolicyRule",
    "PollState",
    "PracticeSettings",
    "RiskModelRow",
    "Series",
    "SlotOffer",
    "SourceWriteBack",
    "StaffAccount",
    "StatsDirty",
    "StatsSnapshot",
    "SyncSource",
    "TemplateOverride",
    "ThreadNote",
    "WhatsAppTemplate",
]
