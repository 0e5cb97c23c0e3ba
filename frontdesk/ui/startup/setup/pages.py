"""The assistant's steps, in order."""

from __future__ import annotations

from frontdesk.ui.context import UiContext
from frontdesk.ui.startup.setup.import_page import ImportPage
from frontdesk.ui.startup.setup.messaging_page import FinishPage, MessagingPage
from frontdesk.ui.startup.setup.practice_page import PracticePage
from frontdesk.ui.startup.setup.team_pages import AppointmentTypesPage, CliniciansPage


def default_pages(ctx: UiContext) -> list:
    return [cls(ctx) for cls in (
        PracticePage, CliniciansPage, AppointmentTypesPage, MessagingPage, ImportPage,
        FinishPage)]
