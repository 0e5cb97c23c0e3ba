"""What the main window offers the signed-in person: the tabs and actions their role may use
(the services refuse the rest anyway; this keeps the screens from offering it)."""

from __future__ import annotations

from frontdesk.domain.access import Permission, Person
from frontdesk.ui.support.help_menu import apply_permissions

SETTINGS = (Permission.PRACTICE, Permission.CONNECTIONS, Permission.ACCOUNTS)


def apply_role(window, person: Person) -> None:
    """Show the tabs `person` may use; the first one they may use is chosen if the current
    one is not."""
    tabs = window.tabs
    wanted = {
        window.schedule: person.can(Permission.SCHEDULE),
        window.todo: person.can(Permission.TODO),
        window.clients_tab: person.can(Permission.CLIENTS),
        window.messages: person.can(Permission.THREADS),
    }
    if window.trends_tab is not None:
        wanted[window.trends_tab] = person.can(Permission.TRENDS)
    for page, visible in wanted.items():
        tabs.setTabVisible(tabs.indexOf(page), visible)
    if not tabs.isTabVisible(tabs.currentIndex()):
        first = next((tabs.indexOf(p) for p, v in wanted.items() if v), -1)
        if first >= 0:
            tabs.setCurrentIndex(first)
    tabs.setVisible(any(wanted.values()))
    window.no_tabs_note.setVisible(not any(wanted.values()))
    window.settings_action.setEnabled(any(person.can(p) for p in SETTINGS))
    window.audit_action.setEnabled(person.can(Permission.AUDIT))
    for action in (window.refresh_action, window.today_action):
        action.setEnabled(person.can(Permission.SCHEDULE))
    panel = window.clients_panel
    if panel is not None and hasattr(panel, "new_button"):
        panel.new_button.setEnabled(person.can(Permission.CLIENT_DETAILS))
    window.crisis_banner.set_can_act(person.can(Permission.CRISIS))
    apply_permissions(window.help_actions, person.can)
    window.schedule.actions_.update()  # booking actions say why they are not offered
