"""Practice settings: the dialog and its tabs (practice, lists, messaging, reminders,
templates, WhatsApp templates, start with the computer).
"""
