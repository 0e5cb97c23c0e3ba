"""Sync sources: adding them, showing their state, and one run of one source.

A run reads the source (the network, outside any transaction), then applies what it read,
plans reminders, and stores the new cursor, the summary and the time in ONE transaction: a
failure anywhere leaves the schedule and the cursor as they were, and the cause in words.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain.changes import Changes
from frontdesk.domain.sync import ChangeSet
from frontdesk.models import SyncSource
from frontdesk.services import audit
from frontdesk.services.errors import FrontDeskError, NotFoundError, ValidationError
from frontdesk.services.events import ChangeEvents
from frontdesk.services.practice import load_settings
from frontdesk.services.reminders.planner import ReminderPlanner
from frontdesk.services.secrets import SecretStore
from frontdesk.services.sync.apply import apply_changes
from frontdesk.services.sync.settings import checked_settings, interval_minutes, window, zone
from frontdesk.services.sync.setup import SourceSetup
from frontdesk.services.sync.source_secrets import SourceSecrets
from frontdesk.services.sync.summary import SyncSummary

log = logging.getLogger(__name__)
KINDS = ("fhir", "ics", "calendly", "csv")
ACTOR = "sync"


class Connector(Protocol):
    """What every connector in frontdesk/sync offers: the changes since a cursor."""

    def changes(self, cursor: str | None, window_start: datetime,
                window_end: datetime) -> ChangeSet: ...


@dataclass(frozen=True)
class SourceInfo:
    """A source's state for the UI: when it last ran, last worked, and what happened."""

    id: int
    name: str
    kind: str
    enabled: bool
    settings: Mapping[str, object]
    last_run_at: datetime | None
    last_ok_at: datetime | None
    last_error: str
    last_summary: str


class SyncFailed(FrontDeskError):
    """A run changed nothing; the message says why, in words (no client data)."""


class SyncDropped(SyncFailed):
    """Another sync of the same source (another FrontDesk on this database) committed while
    this one read: this one is dropped unapplied, and the source's state is the other's."""


@dataclass(frozen=True)
class SourceRun:
    """One source's run: `ok` with what changed, or not with why, in words."""

    name: str
    ok: bool
    words: str
    summary: SyncSummary | None = None


def failure_words(source: str, error: BaseException) -> str:
    """What went wrong, for staff and IT. A connector's own error (it has a `kind`) carries
    words written for them; anything else is named by its type only, since its text may
    quote client data."""
    if isinstance(getattr(error, "kind", None), str):
        return f"{source}: {error}"[:1000]
    return (f"{source}: the sync stopped on an unexpected error ({type(error).__name__}); "
            "nothing was changed. It will be tried again at the next run.")


class SyncService(SourceSetup):
    """Sources and their runs; setting a source up is in SourceSetup. `secrets`: the keyring
    its tokens and keys are kept in (None: none can be kept, as in the demo practice)."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock,
                 planner: ReminderPlanner, events: ChangeEvents | None = None,
                 secrets: SecretStore | None = None) -> None:
        self.closing = threading.Event()  # set by stop(): a wait between retries ends
        self.sessions, self.clock, self.planner = sessions, clock, planner
        self.events = events or ChangeEvents()
        self.secrets = SourceSecrets(secrets, sessions)

    def stop(self) -> None:
        """FrontDesk is closing: a run waiting between retries ends now, as a failed run."""
        self.closing.set()

    def _wait_unless_closing(self, seconds: float) -> None:
        from frontdesk.services.sync.connectors import wait_unless_closing

        wait_unless_closing(self.closing, seconds)

    def add_source(self, name: str, kind: str, settings: Mapping[str, object] | None = None,
                   *, actor: str = ACTOR) -> SourceInfo:
        """A new source, enabled. `settings` holds no secrets (those go to the keyring)."""
        name = " ".join(name.split())
        if not name or len(name) > 60:
            raise ValidationError("name", "Give the source a name of 1 to 60 characters.")
        if kind not in KINDS:
            raise ValidationError("kind", f"“{kind}” is not a kind of source FrontDesk reads.",
                                  hint="Choose one of: " + ", ".join(KINDS) + ".")
        settings = checked_settings(kind, settings or {})
        try:
            with self.sessions.begin() as s:
                row = SyncSource(name=name, kind=kind, settings=json.dumps(settings),
                                 enabled=True, last_error="", last_summary="",
                                 created_at=self.clock.now())
                s.add(row)
                s.flush()
                audit.record(s, self.clock, actor, "add_source", "sync_source", row.id, kind)
                info = _info(row)
        except IntegrityError:
            raise ValidationError("name", f"There is already a source called “{name}”.") \
                from None
        self.events.publish(Changes(sync=True))
        return info

    def sources(self) -> list[SourceInfo]:
        with self.sessions() as s:
            return [_info(r) for r in s.scalars(select(SyncSource).order_by(SyncSource.name))]

    def source(self, name: str) -> SourceInfo:
        with self.sessions() as s:
            return _info(self._get(s, name))

    def run_due(self, *, every: bool = False,
                sleep: Callable[[float], None] | None = None) -> list[SourceRun]:
        """Each enabled source (CSV ones are imported, not synced) whose interval has passed
        since its last run, or `every` one; one after another, a failure stopping none."""
        now, runs = self.clock.now(), []
        for source in self.sources():
            if not source.enabled or source.kind == "csv":
                continue
            interval = timedelta(minutes=interval_minutes(source.settings))
            if every or source.last_run_at is None or now - source.last_run_at >= interval:
                runs.append(self.try_source(source.name, sleep=sleep))
        return runs

    def try_source(self, name: str, *,
                   sleep: Callable[[float], None] | None = None) -> SourceRun:
        """`run_source`, its outcome in words whatever happened."""
        try:
            summary = self.run_source(name, sleep=sleep)
        except SyncDropped as dropped:
            return SourceRun(name, True, str(dropped))
        except FrontDeskError as error:
            return SourceRun(name, False, str(error))
        return SourceRun(name, True, summary.text(), summary)

    def run_source(self, name: str, *,
                   sleep: Callable[[float], None] | None = None) -> SyncSummary:
        """Read one source now, due or not, over its window (see settings.window); raises
        SyncFailed in words when nothing was applied. `sleep` waits between retries (by
        default until `stop()`: closing FrontDesk never waits out a source's Retry-After)."""
        source = self.source(name)
        if source.kind == "csv" or not source.enabled:
            raise ValidationError("source", f"{source.name} is " + (
                "a CSV source: it is imported, not synced." if source.enabled else
                "turned off: turn it on to sync it."))
        from frontdesk.services.sync.connectors import (
            Practice,
            is_connector_error,
            needs_secret,
            open_connector,
        )

        with self.sessions() as s:
            practice = load_settings(s)
            place = Practice(zone(practice.timezone), practice.region)
        start, end = window(self.clock.now(), place.timezone, source.settings)
        try:
            secret = (self.secrets.get(source.name)
                      if needs_secret(source.kind, source.settings) else None)
            opened = open_connector(source.kind, source.settings, secret, place,
                                    sleep=sleep or self._wait_unless_closing,
                                    now=self.clock.now)
        except Exception as error:  # not set up: nothing was read
            if not isinstance(error, FrontDeskError) and not is_connector_error(error):
                raise
            words = f"{source.name}: {error}"[:1000]
            log.warning("Sync of source %s cannot start (%s)", source.name,
                        type(error).__name__)
            self._record_failure(source.name, self.clock.now(), words, error)
            raise SyncFailed(words) from error
        try:
            return self.run_once(source.name, opened.connector, start, end)
        finally:
            opened.close()

    def run_once(self, name: str, connector: Connector, window_start: datetime,
                 window_end: datetime) -> SyncSummary:
        """Read the source and apply what changed; raises SyncFailed (with the words also
        kept as the source's last error) when nothing could be applied."""
        with self.sessions() as s:
            cursor = self._get(s, name).cursor
        started = self.clock.now()
        try:
            changes = connector.changes(cursor, window_start, window_end)  # the network
            with self.sessions.begin() as s:
                source = self._get(s, name)
                if source.cursor != cursor:
                    raise SyncDropped(f"{name}: another sync of this source ran meanwhile; "
                                      "this one was dropped.")
                summary = apply_changes(s, self.clock, source, changes,
                                        first_import=source.last_ok_at is None,
                                        planner=self.planner,
                                        window=(window_start, window_end) if changes.complete
                                        else None)
                source.cursor = changes.cursor
                source.last_run_at = source.last_ok_at = started
                source.last_error, source.last_summary = "", summary.text()[:300]
                audit.record(s, self.clock, ACTOR, "sync", "sync_source", source.id,
                             summary.audit_detail())
        except SyncDropped:  # not a failure: the other run's state stands
            log.info("Sync of source %s dropped: another ran meanwhile", name)
            raise
        except Exception as error:  # any failure: recorded in words, nothing applied
            words = str(error) if isinstance(error, SyncFailed) else failure_words(name, error)
            log.warning("Sync of source %s failed (%s)", name, type(error).__name__)
            self._record_failure(name, started, words, error)
            raise SyncFailed(words) from error
        if summary.touched_ids or summary.clients_new or summary.clients_updated:
            self.events.publish(Changes.all())  # many days at once: every screen reads again
        else:
            self.events.publish(Changes(sync=True))  # the source's last run and summary
        return summary

    def _record_failure(self, name: str, started: datetime, words: str,
                        error: BaseException) -> None:
        with self.sessions.begin() as s:
            source = self._get(s, name)
            source.last_run_at, source.last_error = started, words
            audit.record(s, self.clock, ACTOR, "sync_failed", "sync_source", source.id,
                         str(getattr(error, "kind", type(error).__name__)))
        self.events.publish(Changes(sync=True))

    @staticmethod
    def _get(s: Session, name: str) -> SyncSource:
        row = s.scalar(select(SyncSource).where(SyncSource.name == name))
        if row is None:
            raise NotFoundError(f"There is no sync source called “{name}”.")
        return row


def _info(r: SyncSource) -> SourceInfo:
    try:
        settings = json.loads(r.settings or "{}")
    except ValueError:
        settings = {}
    return SourceInfo(r.id, r.name, r.kind, r.enabled, settings, r.last_run_at,
                      r.last_ok_at, r.last_error, r.last_summary)
