"""`ChangeEvents`: the one place a mutation says what it changed.

Services publish a `Changes` after their transaction commits; background work and the
window subscribe. Callbacks run on the publisher's thread (the window's adapter,
`ui/bus.py`, carries them over to the GUI thread)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from frontdesk.domain.changes import Changes

log = logging.getLogger(__name__)

Listener = Callable[[Changes], None]


class ChangeEvents:
    """Thread-safe publish/subscribe of `Changes`; a failing listener never stops the rest."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(changes)` on every publish; returns the way to stop."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, changes: Changes) -> None:
        if changes.empty:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changes)
            except Exception as exc:  # the type only: a listener's text may name a client
                log.error("A change listener failed: %s", type(exc).__name__)

    @property
    def listeners(self) -> int:
        return len(self._listeners)
