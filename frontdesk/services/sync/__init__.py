"""Applying what a calendar source says (a ChangeSet) to FrontDesk, and running sources."""

from frontdesk.services.sync.apply import apply_changes
from frontdesk.services.sync.service import Connector, SourceInfo, SyncFailed, SyncService
from frontdesk.services.sync.summary import SyncSummary

__all__ = ["Connector", "SourceInfo", "SyncFailed", "SyncService", "SyncSummary",
           "apply_changes"]
