"""Who is at the desk: the signed-in person, and whether the desk is locked.

One `DeskSession` per running app, shared by the screens (which sign in, lock and unlock
through the account service) and the guard (which reads it on every call, on whichever
thread the call runs). Background work never goes through it: reminders, sync and the
poller act as FrontDesk itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from frontdesk.domain.access import Person
from frontdesk.services.errors import PermissionDenied

LOCKED = "The desk is locked: unlock it with your PIN to go on."
SIGNED_OUT = "Nobody is signed in: sign in with your PIN to go on."


class DeskSession:
    """The person acting at the desk (None: nobody), and the lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._person: Person | None = None
        self._locked = False
        self._listeners: list[Callable[[], None]] = []

    @property
    def person(self) -> Person | None:
        with self._lock:
            return self._person

    @property
    def locked(self) -> bool:
        with self._lock:
            return self._locked

    def signed_in(self, person: Person) -> None:
        """`person` proved who they are (the account service checked the PIN)."""
        with self._lock:
            self._person, self._locked = person, False
        self._changed()

    def signed_out(self) -> None:
        with self._lock:
            self._person, self._locked = None, False
        self._changed()

    def lock(self) -> None:
        with self._lock:
            self._locked = self._person is not None
        self._changed()

    def unlocked(self, person: Person) -> None:
        """The PIN of the person who locked it was checked again."""
        self.signed_in(person)

    def acting(self) -> Person:
        """The person a call acts as; refused while locked or signed out."""
        with self._lock:
            person, locked = self._person, self._locked
        if person is None:
            raise PermissionDenied(SIGNED_OUT)
        if locked:
            raise PermissionDenied(LOCKED)
        return person

    def on_change(self, listener: Callable[[], None]) -> None:
        """`listener()` after every sign-in, sign-out, lock and unlock (any thread)."""
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()
