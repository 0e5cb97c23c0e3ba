"""The Calendly v2 connector: a personal access token, scheduled events polled by window, their
invitees, and a reschedule as one appointment moved."""

from frontdesk.sync.calendly.connector import CalendlyConnector

__all__ = ["CalendlyConnector"]
