"""iCalendar (.ics) feeds and files as a sync source."""

from frontdesk.sync.ical.connector import IcsConnector, read_changes

__all__ = ["IcsConnector", "read_changes"]
