"""Appointments from a practice-management system's CSV export, through a user's mapping."""

from frontdesk.sync.csv_appointments.connector import (
    CsvConnector,
    CsvRead,
    CsvReading,
    read_appointments,
    suggest_mapping,
)
from frontdesk.sync.csv_appointments.mapping import Field, Mapping, guess_mapping

__all__ = ["CsvConnector", "CsvRead", "CsvReading", "Field", "Mapping", "guess_mapping",
           "read_appointments", "suggest_mapping"]
