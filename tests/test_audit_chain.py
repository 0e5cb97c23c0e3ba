"""The audit trail's hash chain in the real encrypted database: written on every path, and an
edited, deleted or slipped-in entry found and named (services/audit.py, audit_chain.py)."""

from __future__ import annotations

import hashlib
import importlib.util
import itertools
import json
import os
from datetime import UTC, datetime, timedelta, timezone

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError

from frontdesk.models import AuditEntry, migrate
from frontdesk.models.database import open_engine, writer
from frontdesk.services import audit, audit_chain
from frontdesk.services.audit_chain import GENESIS, Head, entry_hash, verify
from frontdesk.services.audit_checkpoint import ChainCheckpoint, save_at_close
from frontdesk.services.container import Services
from frontdesk.services.credentials import CredentialStore
from frontdesk.services.dto import ClinicianInfo

BEFORE_CHAIN = "3b8e1d6a9c27"
MIGRATION = migrate.MIGRATIONS / "versions" / "5e9a1c7d2b40_staff_accounts_audit_chain.py"


def trail(svc) -> list[tuple]:
    with svc.engine.connect() as conn:
        return conn.exec_driver_sql(f"SELECT {audit_chain.COLUMNS} FROM audit_entry "
                                    "ORDER BY id").all()


def sql(svc, statement: str, **params) -> None:
    """Raw SQL with the key, as someone editing the file would."""
    with writer(svc.engine).begin() as conn:
        conn.execute(text(statement), params)


def more_entries(svc, n: int, actor: str = "reception") -> None:
    for i in range(n):
        svc.practice.save_clinician(ClinicianInfo(0, f"Dr. Example {i}", f"Dr. {i}"), actor)


@pytest.fixture
def svc(practice):
    """The test practice (settings, clinicians, types, clients: a dozen entries) and a few more."""
    more_entries(practice.svc, 6)
    return practice.svc


# ---- writing ---------------------------------------------------------------------------------
def test_an_intact_chain_verifies_and_each_entry_carries_the_one_before(svc):
    rows = trail(svc)
    report = verify(svc.engine)
    assert report.ok and report.checked == len(rows) >= 15 and report.problem == ""
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0][8] == GENESIS
    assert all(r[8] == before[9] for before, r in itertools.pairwise(rows))
    assert all(audit_chain.row_hash(r) == r[9] for r in rows)
    assert (report.first_id, report.last_id, report.last_hash) == (1, len(rows), rows[-1][9])
    assert report.summary().startswith(f"Audit trail intact: {len(rows)} entries (first #1 on "
                                       "2026-03-04 13:00 UTC, last")


def test_several_records_in_one_unit_of_work_and_across_units_chain_in_order(svc):
    before = len(trail(svc))
    with svc.sessions.begin() as s:
        for action in ("first", "second", "third"):
            audit.record(s, svc.clock, "reception", action, "client", 7, account_id=3)
        s.flush()  # flushed mid-way: the next record continues the same chain
        audit.record(s, svc.clock, "reception", "fourth", "client", "8")
    with svc.sessions() as s:  # a reader session that writes: chained all the same
        audit.record(s, svc.clock, "reception", "fifth", "client")
        s.commit()
    rows = trail(svc)[before:]
    assert [(r[0], r[4]) for r in rows] == [(before + 1 + i, a) for i, a in enumerate(
        ("first", "second", "third", "fourth", "fifth"))]
    assert rows[0][3] == 3 and rows[3][6] == 8  # the account; an id kept as it was hashed
    assert verify(svc.engine).ok


def test_two_writers_on_one_database_never_fork_the_chain(svc, vault):
    other = Services.build(vault.open().engine, svc.clock)  # a second FrontDesk (`serve`)
    try:
        more_entries(other, 2, "serve")
        more_entries(svc, 2)
        with svc.sessions() as reader:
            reader.execute(select(AuditEntry.id).limit(1)).all()  # its snapshot starts here
            more_entries(other, 1, "serve")  # another writer commits meanwhile
            audit.record(reader, svc.clock, "reception", "late", "client")
            with pytest.raises(OperationalError):
                reader.commit()  # its view of the chain's end is stale: refused, not forked
    finally:
        other.close()
    report = verify(svc.engine)
    assert report.ok and "late" not in {r[4] for r in trail(svc)}


def test_the_demo_practices_bulk_history_is_chained(tmp_path, secret_store, clock):
    from frontdesk.app import Composition

    composition = Composition(str(tmp_path / "fd"), clock=clock, secrets=secret_store)
    demo, _code = composition.create_practice(demo=True)
    try:
        report = verify(demo.engine)
        moved = [r for r in trail(demo) if r[2] == "demo" and r[4] == "reschedule"]
    finally:
        demo.close()
    assert report.ok and moved and report.checked > len(moved)
    assert composition.vault("demo").chain_checkpoint is None  # no keyring secrets there


# ---- finding what was altered ----------------------------------------------------------------
def test_an_entry_edited_with_raw_sql_is_named(svc):
    target = trail(svc)[5]
    sql(svc, "UPDATE audit_entry SET detail = 'nothing happened' WHERE id = :id", id=target[0])
    report = verify(svc.engine)
    assert not report.ok and report.broken_id == target[0]
    assert report.problem == f"entry {target[0]} was changed"
    assert report.checked == target[0] - 1
    assert report.broken_entry() == (f"Entry {target[0]}: {target[4]}, recorded "
                                     "2026-03-04 13:00 UTC.")
    assert "nothing happened" not in report.warning()  # the detail is never repeated


def test_an_entry_edited_and_given_a_new_hash_breaks_the_link_after_it(svc):
    target = trail(svc)[4]
    changed = (*target[:7], "edited", target[8])
    sql(svc, "UPDATE audit_entry SET detail = 'edited', hash = :h WHERE id = :id",
        h=audit_chain.row_hash(changed), id=target[0])
    report = verify(svc.engine)
    assert report.broken_id == target[0] + 1
    assert report.problem == (f"entry {target[0] + 1} does not follow the chain (inserted, or "
                              f"entry {target[0]} changed?)")


def test_a_deleted_middle_entry_is_named(svc):
    sql(svc, "DELETE FROM audit_entry WHERE id = 7")
    report = verify(svc.engine)
    assert not report.ok and report.broken_id == 8
    assert report.problem == "entry 8 follows a missing entry (7 deleted?)"
    sql(svc, "DELETE FROM audit_entry WHERE id IN (8, 9)")
    assert verify(svc.engine).problem == "entry 10 follows a missing entry (7-9 deleted?)"


def test_deleting_the_first_entry_is_caught(svc):
    sql(svc, "DELETE FROM audit_entry WHERE id = 1")
    assert verify(svc.engine).problem == "entry 2 follows a missing entry (1 deleted?)"


def test_the_last_entries_deleted_are_caught_by_the_checkpoint(svc, vault):
    checkpoint = vault.chain_checkpoint
    assert checkpoint is not None
    checkpoint.save(verify(svc.engine).head)
    last = trail(svc)[-1][0]
    sql(svc, "DELETE FROM audit_entry WHERE id > :keep", keep=last - 3)
    assert verify(svc.engine).ok  # the chain alone cannot see an end cut off...
    report = verify(svc.engine, checkpoint.load())  # ... the end recorded outside can
    assert not report.ok and report.broken_id == last
    assert report.problem == (f"the last 3 entries are missing (the trail ends at entry "
                              f"{last - 3}; entry {last} was there at the last check)")


def test_the_last_entries_replaced_by_new_ones_are_caught_by_the_checkpoint(svc, vault):
    checkpoint = vault.chain_checkpoint
    checkpoint.save(verify(svc.engine).head)
    last = trail(svc)[-1][0]
    sql(svc, "DELETE FROM audit_entry WHERE id > :keep", keep=last - 2)
    more_entries(svc, 4)  # new entries take the deleted ids, chained to what is left
    report = verify(svc.engine, checkpoint.load())
    assert verify(svc.engine).ok and not report.ok and report.broken_id == last
    assert report.problem == (f"entry {last} is not the one there at the last check (the "
                              "entries from it on were replaced?)")


def test_a_forged_entry_with_a_plausible_hash_is_named(svc):
    new_id = trail(svc)[-1][0] + 1
    at = "2026-03-04 14:00:00.000000"
    forged = entry_hash(new_id, at, "reception", None, "show_recovery_code",
                        "practice_settings", 1, "", GENESIS)  # a hash, but not on the chain
    sql(svc, "INSERT INTO audit_entry (id, at, actor, action, entity, entity_id, detail, "
             "prev_hash, hash) VALUES (:id, :at, 'reception', 'show_recovery_code', "
             "'practice_settings', 1, '', :prev, :h)", id=new_id, at=at, prev=GENESIS,
        h=forged)
    report = verify(svc.engine)
    assert report.broken_id == new_id and report.broken_action == "show_recovery_code"
    assert report.problem == (f"entry {new_id} does not follow the chain (inserted, or entry "
                              f"{new_id - 1} changed?)")


def test_a_copy_of_another_entry_slipped_in_is_named(svc):
    new_id = trail(svc)[-1][0] + 1
    sql(svc, "INSERT INTO audit_entry (id, at, actor, action, entity, entity_id, detail, "
             "account_id, prev_hash, hash) SELECT :id, at, actor, action, entity, entity_id, "
             "detail, account_id, prev_hash, hash FROM audit_entry WHERE id = 3", id=new_id)
    report = verify(svc.engine)
    assert report.broken_id == new_id
    assert report.problem == f"entry {new_id} does not follow the chain (inserted?)"


def test_an_entry_written_around_the_chain_has_no_hash_and_is_named(svc):
    sql(svc, "INSERT INTO audit_entry (at, actor, action, entity, detail) VALUES "
             "('2026-03-04 14:00:00.000000', 'x', 'update', 'client', '')")
    report = verify(svc.engine)
    assert report.broken_id == trail(svc)[-1][0]
    assert "has no hash: it was written outside the chain" in report.problem


# ---- the checkpoint --------------------------------------------------------------------------
def test_closing_moves_the_checkpoint_only_over_a_linked_chain(svc, vault, secret_store):
    checkpoint = vault.chain_checkpoint
    assert checkpoint.load() is None
    save_at_close(svc.engine, secret_store)  # the first time: the end as it is
    assert checkpoint.load() == verify(svc.engine).head
    more_entries(svc, 2)
    app = Services.build(vault.open().engine, svc.clock,
                         credentials=CredentialStore(secret_store))
    app.close()  # the app closing (demo: no credentials, no checkpoint)
    assert checkpoint.load() == verify(svc.engine).head
    recorded = checkpoint.load()
    sql(svc, "DELETE FROM audit_entry WHERE id = :id", id=recorded.id)
    more_entries(svc, 1)
    save_at_close(svc.engine, secret_store)
    assert checkpoint.load() == recorded  # not moved over a cut end: the next check says so
    checkpoint.save(Head(recorded.id - 1, "older"))
    assert checkpoint.load() == recorded  # never moved backwards


def test_the_start_up_check_names_an_altered_entry_and_records_a_whole_chain(svc, vault):
    report = vault.integrity_report()  # the page check and the chain, in the child process
    assert report.ok and report.audit is not None and report.audit.ok
    assert vault.chain_checkpoint.load() == report.audit.head
    sql(svc, "UPDATE audit_entry SET actor = 'someone else' WHERE id = 4")
    report = vault.integrity_report()
    assert report.ok and not report.audit.ok  # the file is whole; its trail is not
    assert report.audit.warning().startswith("The audit trail has been altered: entry 4 was "
                                             "changed. Entry 4: ")
    assert report.audit.warning().endswith("Tell the practice owner; nothing was changed.")
    assert "someone else" not in report.audit.warning()


# ---- the canonical form and the migration ----------------------------------------------------
def _migration():
    spec = importlib.util.spec_from_file_location("chain_migration", MIGRATION)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SAMPLES = [
    (1, datetime(2026, 3, 4, 8, tzinfo=UTC), "Ana (#1)", 1, "view_client", "client", 5, "",
     GENESIS),
    (2, "2026-03-04 13:00:00.000001", "reception", None, "reschedule", "appointment", None,
     'from="x"\nto=\\y ünïcode ☂', "ab" * 32),
    (3, "2026-03-01", "t", None, "book", "appointment", 7, "tab\tquote'", "0" * 64),
    (4, "2026-03-01 10:00:00+02:00", "t", 2, "e", "e", "9", "", "f" * 64),
    (5, "not a time", "t", None, "e", "e", None, "", "f" * 64),
    (6, None, "t", None, "e", "e", None, "", "f" * 64),
]


@pytest.mark.parametrize("sample", SAMPLES)
def test_the_migrations_frozen_form_agrees_with_the_services(sample):
    assert _migration().entry_hash(*sample) == entry_hash(*sample)


def test_the_canonical_form_is_json_as_documented():
    entry_id, at, *rest = SAMPLES[1]
    form = json.dumps([audit_chain.FORM, entry_id, audit_chain.canonical_at(at), *rest],
                      separators=(",", ":"))
    assert entry_hash(*SAMPLES[1]) == hashlib.sha256(form.encode()).hexdigest()
    boston = datetime(2026, 3, 4, 3, tzinfo=UTC).astimezone(timezone(timedelta(hours=-5)))
    assert audit_chain.canonical_at(boston) == audit_chain.canonical_at(
        "2026-03-04 03:00:00.000000") == "2026-03-04T03:00:00.000000Z"


def test_the_migration_chains_the_entries_already_there(tmp_path, clock):
    path = tmp_path / "practice.db"
    engine = open_engine(path, os.urandom(32))  # a real SQLCipher file
    cfg = migrate.alembic_config()
    with writer(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, BEFORE_CHAIN)
    with engine.begin() as conn:
        for i, at in enumerate(("2025-01-02 09:00:00.000000", "2025-01-02", "2025-02-01 "
                                "10:30:00.250000", "2025-03-01 11:00:00.000000")):
            conn.execute(text("INSERT INTO audit_entry (at, actor, action, entity, entity_id, "
                              "detail) VALUES (:at, 'front desk', 'update', 'client', :e, "
                              ":d)"), dict(at=at, e=i or None, d=f"note {i}"))
        conn.execute(text("DELETE FROM audit_entry WHERE id = 2"))  # a gap from long ago
    migrate.upgrade(engine, path, tmp_path / "backups")
    assert migrate.current_revision(engine) == migrate.head_revision()
    report = verify(engine)
    assert report.ok and report.checked == 3 and report.first_id == 1
    svc = Services.build(engine, clock)
    try:
        more_entries(svc, 2)  # new entries go on from the migrated chain's end
        report = verify(engine)
        assert report.ok and report.checked == 5 and report.last_id == 6
        sql(svc, "UPDATE audit_entry SET detail = 'x' WHERE id = 3")
        assert verify(engine).problem == "entry 3 was changed"
    finally:
        svc.close()


def test_a_checkpoint_is_one_entry_per_database(tmp_path, secret_store):
    a = ChainCheckpoint(secret_store, tmp_path / "a" / "frontdesk.db")
    b = ChainCheckpoint(secret_store, tmp_path / "b" / "frontdesk.db")
    a.save(Head(3, "c" * 64))
    assert a.load() == Head(3, "c" * 64) and b.load() is None and a.entry != b.entry


def test_a_new_database_does_not_inherit_an_old_checkpoint_at_its_path(paths, secret_store):
    from frontdesk.services.vault import Vault

    stale = ChainCheckpoint(secret_store, paths.database)
    stale.save(Head(99, "a" * 64))  # left by a practice once kept here
    opened = Vault(paths, secret_store).create()
    opened.engine.dispose()
    assert stale.load() is None
