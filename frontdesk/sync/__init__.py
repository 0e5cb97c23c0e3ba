"""Appointment sync from the practice's EHR or scheduler (feeds frontdesk.services).

Empty until the EHR-sync issue: nothing here is wired into the app yet.
"""
