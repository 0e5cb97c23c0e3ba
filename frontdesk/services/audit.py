"""Writing the audit trail from inside a service's unit of work, each entry chained.

Every AuditEntry added through any Session is chained as it is flushed (a `before_flush`
listener, registered when this module is imported): the current end of the chain is read in
the same transaction, the new entries get the ids after it and their hashes in the order they
were added. Two FrontDesk processes on one database cannot fork the chain: a writer holds
SQLite's write lock from BEGIN IMMEDIATE to commit, and a reader that read the end and then
writes fails if another writer committed in between (WAL's snapshot rule). Bulk inserts
(Core) chain their rows first with `link`. The form and the check: services/audit_chain.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableMapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy import Connection, event, inspect
from sqlalchemy.orm import Session, UOWTransaction

from frontdesk.clock import Clock
from frontdesk.models import AuditEntry
from frontdesk.services.audit_chain import EMPTY, Head, entry_hash

LAST = "SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1"
# The staff account a screen's call acts for (set by services/access/guard.py around the
# call, on the thread that runs it): its entries carry the account's id.
_acting: ContextVar[int | None] = ContextVar("acting_account", default=None)


@contextmanager
def acting_account(account_id: int) -> Iterator[None]:
    """Entries recorded inside this block name `account_id` unless given another."""
    token = _acting.set(account_id)
    try:
        yield
    finally:
        _acting.reset(token)


def record(
    session: Session, clock: Clock, actor: str, action: str, entity: str,
    entity_id: int | None = None, detail: str = "", *, account_id: int | None = None,
) -> None:
    """One entry, written (and chained) with the caller's unit of work; `account_id`
    defaults to the account the current call acts for (`acting_account`)."""
    if account_id is None:
        account_id = _acting.get()
    session.add(
        AuditEntry(at=clock.now(), actor=actor or "unknown", action=action, entity=entity,
                   entity_id=entity_id, detail=detail, account_id=account_id)
    )


def chain_end(conn: Connection) -> Head:
    """The last entry's id and hash, read in the caller's transaction."""
    row = conn.exec_driver_sql(LAST).first()
    return Head(int(row[0]), str(row[1])) if row else EMPTY


def link(conn: Connection, rows: Iterable[MutableMapping[str, Any]]) -> Head:
    """Give rows about to be inserted in bulk (dicts of AuditEntry's columns, `at` an aware
    datetime or the stored text) their ids, `prev_hash` and `hash`, in order, after the chain's
    end; insert them in the same transaction. Returns the new end."""
    head = chain_end(conn)
    for row in rows:
        row.setdefault("account_id", None)
        row.setdefault("entity_id", None)
        row.setdefault("detail", "")
        row["prev_hash"] = head.hash
        head = _next(head, row["at"], row["actor"], row["account_id"], row["action"],
                     row["entity"], row["entity_id"], row["detail"])
        row["id"], row["hash"] = head.id, head.hash
    return head


def _next(head: Head, at: Any, actor: str, account_id: int | None, action: str, entity: str,
          entity_id: int | None, detail: str) -> Head:
    new_id = head.id + 1
    return Head(new_id, entry_hash(new_id, at, actor, account_id, action, entity, entity_id,
                                   detail, head.hash))


@event.listens_for(Session, "before_flush")
def _chain_new_entries(session: Session, _context: UOWTransaction, _instances: object) -> None:
    """New AuditEntry objects in this flush, in the order they were added, chained."""
    new = [obj for obj in session.new if isinstance(obj, AuditEntry)]
    if not new:
        return
    new.sort(key=lambda obj: inspect(obj).insert_order or 0)
    head = chain_end(session.connection())
    for entry in new:
        # Stored exactly as hashed: ids as integers, no missing text.
        entry.entity_id = None if entry.entity_id is None else int(entry.entity_id)
        entry.account_id = None if entry.account_id is None else int(entry.account_id)
        entry.actor, entry.detail = str(entry.actor or "unknown"), str(entry.detail or "")
        entry.prev_hash = head.hash
        head = _next(head, entry.at, entry.actor, entry.account_id, entry.action, entry.entity,
                     entry.entity_id, entry.detail)
        entry.id, entry.hash = head.id, head.hash
