"""Writing clients' confirmations and cancellations back to the sessions' source (the EHR).

The rows are queued by the transaction that recorded the client's answer
(services/writeback_queue.py). A run takes the due ones and holds each a while, so a second run
leaves it alone; writes it over the network outside any transaction; and records what
happened: written (the source's new version kept), a conflict (the source changed the session
meanwhile: a To do item, nothing overwritten), not allowed (the source does not take the
change: done), or a failure (tried again, the waits doubling up to an hour; after a day of
failures, a To do item). A row written once is never written again.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol, cast
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.clock import Clock
from frontdesk.domain import ItemKind
from frontdesk.domain.changes import Changes
from frontdesk.domain.sync import WriteOutcome, WriteResult
from frontdesk.domain.writeback import WriteBackAction, WriteBackState
from frontdesk.models import Appointment, Attendee, Client, SourceWriteBack, SyncSource
from frontdesk.services import audit
from frontdesk.services.desk_items import raise_item
from frontdesk.services.errors import FrontDeskError
from frontdesk.services.events import ChangeEvents
from frontdesk.services.practice import load_settings
from frontdesk.services.retry import retry_locked
from frontdesk.services.sync.connectors import (
    Practice,
    fhir_scope_with,
    fhir_writeback,
    open_connector,
)
from frontdesk.services.sync.source_secrets import SourceSecrets
from frontdesk.services.writeback_queue import WRITABLE_KINDS

log = logging.getLogger(__name__)
ACTOR = "sync"
BATCH = 50  # rows taken by one run; the rest wait for the next minute
HOLD = timedelta(minutes=10)  # a row being written is left alone by other runs this long
FIRST_WAIT, LONGEST_WAIT = timedelta(minutes=1), timedelta(hours=1)
GIVE_UP_AFTER = timedelta(days=1)  # of failures: then staff record it in the source
WRITE_SCOPE = "system/Appointment.u"  # SMART: what writing an appointment needs
CANCEL_REASON = "pat-crs"  # "Patient: Canceled via automated reminder system"
CANCEL_TEXT = "Cancelled by the client's reply to a FrontDesk reminder"
WHAT = {WriteBackAction.CONFIRM: "confirmation", WriteBackAction.CANCEL: "cancellation"}


class WriteBack(Protocol):
    """What a source's write-back offers (frontdesk/sync/fhir/writeback.py)."""

    def confirm(self, external_id: str, client_id: str | None = None) -> WriteResult: ...

    def cancel(self, external_id: str, reason_code: str = ..., text: str = ...) -> WriteResult:
        ...

    def decline(self, external_id: str, client_id: str) -> WriteResult: ...


# A source's write-back, from its name, kind, settings and secret; open while the block runs.
Opener = Callable[[str, str, Mapping[str, object], "str | None", Practice],
                  AbstractContextManager[WriteBack]]


@dataclass(frozen=True)
class _Job:
    """One row's work, read before the network."""

    row_id: int
    action: WriteBackAction
    source: str
    external_id: str
    client_external_id: str | None  # the client's id at the source, when linked to it
    group: bool


@dataclass
class WriteBackReport:
    written: int = 0
    conflicts: int = 0
    not_allowed: int = 0
    retrying: int = 0
    given_up: int = 0


class WriteBackService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, secrets: SourceSecrets,
                 events: ChangeEvents | None = None, *,
                 sleep: Callable[[float], None] = time.sleep,
                 opener: Opener | None = None) -> None:
        self.sessions, self.clock, self.secrets = sessions, clock, secrets
        self.events = events or ChangeEvents()
        self.opener: Opener = opener or _fhir_writeback(sleep)

    def run_pending(self) -> WriteBackReport:
        """Write every due row to its source and record the outcome."""
        report = WriteBackReport()
        jobs = retry_locked(self._claim)
        results: dict[int, WriteResult] = {}
        with ExitStack() as opened:
            writers: dict[str, WriteBack | WriteResult] = {}
            for job in jobs:
                writer = writers.get(job.source)
                if writer is None:
                    writer = writers[job.source] = self._open(job.source, opened)
                result = writer if isinstance(writer, WriteResult) else _write(writer, job)
                if result.outcome is WriteOutcome.FAILED:
                    writers[job.source] = result  # the source is down: its other rows wait
                results[job.row_id] = result
        raised = retry_locked(lambda: self._record(jobs, results, report))
        if raised:
            log.warning("Write-back: %d conflicts and %d given up after a day, for staff in "
                        "To do", report.conflicts, report.given_up)
            self.events.publish(Changes(desk=True))
        return report

    # ---- before the network ---------------------------------------------------------------
    def _claim(self) -> list[_Job]:
        now = self.clock.now()
        jobs = []
        with self.sessions.begin() as s:
            rows = s.scalars(select(SourceWriteBack).where(
                SourceWriteBack.state == WriteBackState.PENDING,
                SourceWriteBack.next_attempt_at <= now)
                .order_by(SourceWriteBack.next_attempt_at, SourceWriteBack.id).limit(BATCH))
            for row in rows:
                a = s.get(Appointment, row.appointment_id)
                client = s.get(Client, row.client_id)
                row.attempts += 1
                row.next_attempt_at, row.updated_at = now + HOLD, now
                if a is None or not a.external_id or a.source != row.source:
                    _finish(row, WriteBackState.NOT_ALLOWED, now, "the session is no longer "
                            "linked to this source")
                    continue
                places = s.scalars(select(Attendee.id).where(
                    Attendee.appointment_id == a.id)).all()
                linked = client is not None and client.source == a.source
                jobs.append(_Job(row.id, row.action, row.source, a.external_id,
                                 client.external_id if linked and client else None,
                                 len(places) > 1))
        return jobs

    def _open(self, name: str, opened: ExitStack) -> WriteBack | WriteResult:
        """The source's write-back, or why it cannot be had (a failure, tried again later)."""
        try:
            with self.sessions() as s:
                source = s.scalar(select(SyncSource).where(SyncSource.name == name))
                settings = load_settings(s)
                if source is None or source.kind not in WRITABLE_KINDS:
                    return WriteResult(WriteOutcome.NOT_ALLOWED, "the source was removed, or "
                                       "is of a kind that takes no write-back")
                kind, stored = source.kind, json.loads(source.settings or "{}")
                practice = Practice(ZoneInfo(settings.timezone), settings.region)
            secret = self.secrets.get(name)
            return opened.enter_context(self.opener(name, kind, stored, secret, practice))
        except FrontDeskError as error:
            return WriteResult(WriteOutcome.FAILED, " ".join(
                part for part in (error.message, error.hint or "") if part))
        except Exception as error:  # its text may quote anything: named by type only
            return WriteResult(WriteOutcome.FAILED, _unexpected(error))

    # ---- after the network ----------------------------------------------------------------
    def _record(self, jobs: list[_Job], results: Mapping[int, WriteResult],
                report: WriteBackReport) -> int:
        now, raised = self.clock.now(), 0
        with self.sessions.begin() as s:
            for job in jobs:
                row = s.get(SourceWriteBack, job.row_id)
                if row is None or row.state is not WriteBackState.PENDING:
                    continue  # the session is gone, or a cancellation replaced it meanwhile
                raised += self._outcome(s, row, results[job.row_id], now, report)
                audit.record(s, self.clock, ACTOR, f"write_back_{row.state.value}",
                             "appointment", row.appointment_id,
                             f"{row.action.value} client={row.client_id} source={row.source}")
        return raised

    def _outcome(self, s: Session, row: SourceWriteBack, result: WriteResult, now: datetime,
                 report: WriteBackReport) -> int:
        """Store one result; 1 when it raised a To do item."""
        detail = result.detail[:500]
        what = WHAT[row.action]
        match result.outcome:
            case WriteOutcome.WRITTEN:
                _finish(row, WriteBackState.WRITTEN, now, detail or "written")
                a = s.get(Appointment, row.appointment_id)
                if a is not None and result.version:
                    a.external_version = result.version[:100]
                report.written += 1
                return 0
            case WriteOutcome.NOT_ALLOWED:
                _finish(row, WriteBackState.NOT_ALLOWED, now, detail)
                log.info("Write-back to %s not allowed: %s", row.source, detail)
                report.not_allowed += 1
                return 0
            case WriteOutcome.CONFLICT:
                _finish(row, WriteBackState.CONFLICT, now, detail)
                report.conflicts += 1
                return self._to_staff(s, row, now, f"{row.source} changed this session before "
                                      f"FrontDesk could record the client's {what}: check it "
                                      f"there ({detail}).")
        if now - row.created_at < GIVE_UP_AFTER:
            row.detail, row.updated_at = detail, now
            row.next_attempt_at = now + wait_after(row.attempts)
            report.retrying += 1
            return 0
        _finish(row, WriteBackState.FAILED, now, detail)
        report.given_up += 1
        return self._to_staff(s, row, now, f"FrontDesk could not record the client's {what} in "
                              f"{row.source} for a day: record it there ({detail}).")

    @staticmethod
    def _to_staff(s: Session, row: SourceWriteBack, now: datetime, note: str) -> int:
        raise_item(s, ItemKind.SOURCE_WRITE_BACK, now, appointment_id=row.appointment_id,
                   client_id=row.client_id, ref=f"writeback:{row.id}", note=note)
        return 1


def wait_after(attempts: int) -> timedelta:
    """A minute after the first failure, doubling, at most an hour."""
    wait: timedelta = FIRST_WAIT * 2 ** min(max(attempts - 1, 0), 10)
    return min(wait, LONGEST_WAIT)


def _finish(row: SourceWriteBack, state: WriteBackState, now: datetime, detail: str) -> None:
    row.state, row.detail, row.next_attempt_at, row.updated_at = state, detail, None, now


def _write(writer: WriteBack, job: _Job) -> WriteResult:
    """One row to the source. A group session's client is named by their id there; one
    client's cancellation declines their place and leaves the session to the others."""
    try:
        if job.group and job.client_external_id is None:
            return WriteResult(WriteOutcome.NOT_ALLOWED, "a group session whose client is not "
                               "linked to the source's record, so FrontDesk cannot tell which "
                               "place is theirs there")
        if job.action is WriteBackAction.CONFIRM:
            return writer.confirm(job.external_id, job.client_external_id)
        if job.group:
            assert job.client_external_id is not None
            return writer.decline(job.external_id, job.client_external_id)
        return writer.cancel(job.external_id, CANCEL_REASON, CANCEL_TEXT)
    except Exception as error:  # the connector turns its own errors into results
        return WriteResult(WriteOutcome.FAILED, _unexpected(error))


def _unexpected(error: BaseException) -> str:
    return (f"an unexpected error ({type(error).__name__}); FrontDesk tries again later")


def _fhir_writeback(sleep: Callable[[float], None]) -> Opener:
    """The FHIR source's write-back over the sync's own connector (its client and sign-in),
    asking SMART for the right to update appointments besides reading them."""

    @contextmanager
    def opener(name: str, kind: str, settings: Mapping[str, object], secret: str | None,
               practice: Practice) -> Iterator[WriteBack]:
        scope = settings.get("scope")
        wanted = dict(settings, scope=scope if isinstance(scope, str) and scope
                      else fhir_scope_with(WRITE_SCOPE))
        with open_connector(kind, wanted, secret, practice, sleep=sleep) as connector:
            yield cast(WriteBack, fhir_writeback(connector))

    return opener
