"""Who may do what, enforced in the services: the desk's signed-in person (`DeskSession`)
and the services as that person may use them (`GuardedServices`)."""

from frontdesk.services.access.desk import DeskSession
from frontdesk.services.access.guard import GuardedServices

__all__ = ["DeskSession", "GuardedServices"]
