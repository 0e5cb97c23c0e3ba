"""Step 1: the practice's name, phone, address, time zone and country."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QGridLayout

from frontdesk.services.dto import PracticeInfo
from frontdesk.ui.context import UiContext
from frontdesk.ui.settings.practice_fields import add_practice_fields
from frontdesk.ui.startup.setup.local_zone import local_zone
from frontdesk.ui.startup.setup.wizard import SetupPage
from frontdesk.ui.tasks import run_for
from frontdesk.ui.widgets.inline_form import ErrorLabel, FieldErrors, add_field

REGIONS = (("United States", "US"), ("Canada", "CA"), ("Puerto Rico", "PR"),
           ("Mexico", "MX"), ("Colombia", "CO"), ("Argentina", "AR"), ("Chile", "CL"),
           ("Peru", "PE"), ("Spain", "ES"), ("United Kingdom", "GB"), ("Ireland", "IE"),
           ("France", "FR"), ("Germany", "DE"), ("Portugal", "PT"))
DEFAULT_ZONE = "America/New_York"  # what a new practice starts with (services/practice)


def load_practice(services) -> tuple[PracticeInfo, str | None]:
    """Worker thread: the saved details and this computer's zone."""
    return services.practice.settings(), local_zone()


class PracticePage(SetupPage):
    title = "Your practice"
    intro = ("The name and phone clients see in reminders, and the time zone every "
             "appointment time is shown in.")

    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.info: PracticeInfo | None = None
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.banner = ErrorLabel()
        self.errors = e = FieldErrors(self.banner)
        add_practice_fields(self, DEFAULT_ZONE)
        self.region_combo = QComboBox()
        self.region_combo.setAccessibleName("Country")
        for name, code in REGIONS:
            self.region_combo.addItem(f"{name} ({code})", code)
        row = add_field(grid, 0, "Practice &name", self.name_edit, "name", e)
        row = add_field(grid, row, "&Phone", self.phone_edit, "phone", e,
                        note="Clients see this number in reminders and can call it.")
        row = add_field(grid, row, "&Address", self.address_edit, "address", e)
        row = add_field(grid, row, "&Time zone", self.tz_combo, "timezone", e)
        row = add_field(grid, row, "&Country", self.region_combo, "region", e,
                        note="Phone numbers without a country code are read as this "
                             "country's.")
        grid.addWidget(self.banner, row, 0, 1, 2)
        self.outer.addLayout(grid)
        self.outer.addStretch(1)
        self.proposed_zone: str | None = None
        self.setEnabled(False)  # until the saved details arrive (they would overwrite)

    def load(self) -> None:
        (run_for(self, self.runner, load_practice, self.services)
         .on_success(self._loaded).on_failure(self.errors.show))

    def _loaded(self, loaded: tuple[PracticeInfo, str | None]) -> None:
        info, here = loaded
        self.info = info
        self.name_edit.setText(info.name)
        self.phone_edit.setText(info.phone)
        self.address_edit.setPlainText(info.address)
        fresh = not info.name.strip() and info.timezone == DEFAULT_ZONE
        self.proposed_zone = here if fresh and here else None
        self.tz_combo.set_zone(self.proposed_zone or info.timezone)
        if self.proposed_zone:
            self.tz_combo.setToolTip("Proposed from this computer's time zone")
        index = self.region_combo.findData(info.region or "US")
        if index < 0:
            self.region_combo.addItem(info.region, info.region)
            index = self.region_combo.count() - 1
        self.region_combo.setCurrentIndex(index)
        self.setEnabled(True)

    def collect(self) -> PracticeInfo:
        return replace(self.info, name=self.name_edit.text(), phone=self.phone_edit.text(),
                       address=self.address_edit.toPlainText(), timezone=self.tz_combo.zone(),
                       region=self.region_combo.currentData())

    def commit(self, done, failed) -> None:
        self.errors.clear()
        if self.info is None:
            self.banner.show_message("The practice's details are still loading.")
            failed()
            return

        def saved(info: PracticeInfo) -> None:
            self.info = info
            self.changed.emit()
            done()

        def refused(exc: BaseException) -> None:
            self.errors.show(exc)
            failed()

        (run_for(self, self.runner, self.services.practice.update_settings, self.collect(),
                 self.actor).on_success(saved).on_failure(refused))
