"""`frontdesk doctor` and Help → Check this installation: is everything FrontDesk needs there
and working? Each line is OK, WARNING or PROBLEM, in words, with what to do (doctor_lines.py).

The lines: the keyring and the database key, the recovery file, the database (opens; every
page and the structure checked; the audit trail's chain), its schema, free disk space, the
clock (against Twilio's) and the time zone, Twilio and the mail server reachable with their
certificates verified (nothing is sent), the last backup, the last calendar sync, background
work, the log folder. It works when the database cannot be opened or there is no keyring:
that is a line of its own, and the lines that needed it say "not checked".

    checks = run_checks(installation)            # opens and closes the database itself
    checks = services.doctor.run_checks()        # over a FrontDesk that is running
    exit_status(checks)                          # 0 all OK, 1 a warning, 2 a problem

It takes seconds (a child process checks the pages; the network lines wait for answers):
never on the GUI thread. It only reads: nothing is migrated, repaired, created or sent.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from frontdesk.clock import Clock, SystemClock
from frontdesk.services import doctor_net, doctor_store, doctor_work
from frontdesk.services.doctor_lines import Check, Level, exit_status, not_checked, tally
from frontdesk.services.installation import AboutInfo, Installation
from frontdesk.services.secrets import SecretStore

if TYPE_CHECKING:
    from frontdesk.services.container import Services
    from frontdesk.services.delivery import DeliverySetup

__all__ = ["Check", "DoctorService", "Level", "exit_status", "run_checks", "tally"]
log = logging.getLogger(__name__)
NETWORK_TIMEOUT = 8.0  # seconds for each of Twilio and the mail server to answer
ORDER = (doctor_store.KEYRING, doctor_store.RECOVERY, doctor_store.DATABASE, doctor_store.AUDIT,
         doctor_store.SCHEMA, doctor_store.DISK, doctor_net.CLOCK, doctor_work.ZONE,
         doctor_net.TWILIO, doctor_net.EMAIL, doctor_work.BACKUPS, doctor_work.SYNC,
         doctor_work.WORK, doctor_store.LOGS)
SENDING_LOCK = "sending.lock"  # app.Composition.sending_lock: held by the FrontDesk that sends


def run_checks(inst: Installation, services: Services | None = None, *,
               clock: Clock | None = None, timeout: float = NETWORK_TIMEOUT,
               local_offset: doctor_work.Offset = doctor_work.system_offset) -> list[Check]:
    """Every line, in ORDER. `services`: a FrontDesk's own, already open (the window);
    without them the database is opened here (without migrating) and closed again."""
    clock = clock or (services.clock if services is not None else SystemClock())
    delivery = services.delivery if services is not None else _delivery(inst)
    with ThreadPoolExecutor(2, thread_name_prefix="frontdesk-doctor") as pool:
        texts = pool.submit(doctor_net.twilio_lines, delivery, clock, demo=inst.demo,
                            timeout=timeout)
        email = pool.submit(doctor_net.smtp_line, delivery, demo=inst.demo, timeout=timeout)
        store = _store(inst)
        lines = store.checks + _work(inst, services, store, clock, local_offset)
        lines += [*_result(texts, (doctor_net.TWILIO, doctor_net.CLOCK)),
                  *_result(email, (doctor_net.EMAIL,))]
    rank = {name: i for i, name in enumerate(ORDER)}
    return sorted(lines, key=lambda c: rank.get(c.name, len(ORDER)))


def _delivery(inst: Installation) -> DeliverySetup | None:
    if inst.demo:
        return None
    from frontdesk.services.credentials import CredentialStore
    from frontdesk.services.delivery import DeliverySetup

    return DeliverySetup(CredentialStore(inst.secrets))


def _result(future: Future[Any], names: tuple[str, ...]) -> list[Check]:
    try:
        found = future.result()
    except Exception as exc:  # a line's own failure must not end the check
        log.warning("Installation check: %s failed (%s)", names[0], type(exc).__name__)
        return [not_checked(n, f"the check itself failed ({type(exc).__name__})")
                for n in names]
    return list(found) if isinstance(found, tuple) else [found]


def _store(inst: Installation) -> doctor_store.StoreFindings:
    try:
        return doctor_store.store_lines(inst)
    except Exception as exc:
        log.warning("Installation check: local checks failed (%s)", type(exc).__name__)
        why = f"the check itself failed ({type(exc).__name__})"
        return doctor_store.StoreFindings([not_checked(n, why) for n in ORDER[:6]] +
                                          [not_checked(doctor_store.LOGS, why)])


def _work(inst: Installation, services: Services | None, store: doctor_store.StoreFindings,
          clock: Clock, local_offset: doctor_work.Offset) -> list[Check]:
    lock = inst.data_dir / SENDING_LOCK
    try:
        with _opened(inst, services, store, clock) as svc:
            now = clock.now()
            if svc is None:
                why = ("the database did not open" if store.key is None
                       else "the database's schema is not this version's")
                return [*doctor_work.unchecked_work_lines(why),
                        doctor_work.work_line(None, lock, now, None)]
            return doctor_work.work_lines(svc, now, local_offset, lock, inst.demo)
    except Exception as exc:
        log.warning("Installation check: work lines failed (%s)", type(exc).__name__)
        return [*doctor_work.unchecked_work_lines(f"the database could not be read "
                                                  f"({type(exc).__name__})"),
                not_checked(doctor_work.WORK, "the database could not be read")]


@contextmanager
def _opened(inst: Installation, services: Services | None, store: doctor_store.StoreFindings,
            clock: Clock) -> Iterator[Services | None]:
    """The running FrontDesk's services, or the database opened for reading here (its schema
    must be this version's: nothing is migrated), or None."""
    if services is not None:
        yield services
        return
    if store.key is None or not store.at_head:
        yield None
        return
    from frontdesk.models.database import open_engine
    from frontdesk.services.container import Services
    from frontdesk.services.credentials import CredentialStore

    engine = open_engine(inst.paths.database, store.key)
    try:
        built = Services.build(engine, clock, credentials=None if inst.demo
                               else CredentialStore(inst.secrets))
        built.installation = inst
        try:
            yield built
        finally:
            if built.outside is not None:
                built.outside.close()
    finally:
        engine.dispose()


def derived_installation(services: Services) -> Installation:
    """What a FrontDesk built without its composition's Installation can tell of its own:
    the folder of the database its engine opens, the log it writes, the keyring it uses."""
    from frontdesk.paths import AppPaths
    from frontdesk.services.audit_checkpoint import engine_database

    database = engine_database(services.engine)
    paths = AppPaths(database.parent if database is not None else Path.cwd())
    credentials = services.delivery.credentials
    return Installation(paths, paths.log_dir,
                        credentials.secrets if credentials is not None else SecretStore())


class DoctorService:
    """The installation check over a running FrontDesk (the screens reach it guarded: about
    for anyone, the rest with Permission.DIAGNOSTICS)."""

    def __init__(self, services: Services) -> None:
        self.services = services

    @property
    def installation(self) -> Installation:
        """The composition's (Services.installation), else what the services can tell."""
        return self.services.installation or derived_installation(self.services)

    def run_checks(self) -> list[Check]:
        """Every line (seconds: never on the GUI thread)."""
        return run_checks(self.installation, self.services)

    def support_info(self, checks: Sequence[Check] | None = None,
                     runtime: Mapping[str, str] | None = None) -> str:
        """The lines (run again when not given) with versions, folders and counts, as text to
        paste into a support request: no client data. `runtime`: what only the UI knows (Qt)."""
        from frontdesk.services.doctor_support import support_text

        inst = self.installation
        found = list(checks) if checks is not None else run_checks(inst, self.services)
        return support_text(inst, found, self.services.engine, runtime or {},
                            self.services.clock.now())

    def about(self) -> AboutInfo:
        """Help → About: the version and where the files are (no client data)."""
        from frontdesk.services.doctor_support import about_info

        return about_info(self.installation)


def support_info(inst: Installation, checks: Sequence[Check], clock: Clock,
                 runtime: Mapping[str, str] | None = None) -> str:
    """For the command line: the same text as DoctorService.support_info, the database opened
    here for its counts when it opens (read only: nothing is migrated)."""
    from frontdesk.models.database import open_engine
    from frontdesk.services.doctor_support import support_text

    _line, key = doctor_store.keyring_line(inst)
    engine = None
    if key is not None and inst.paths.database.is_file():
        try:
            engine = open_engine(inst.paths.database, key)
        except Exception as exc:  # a damaged file, sqlcipher's own errors: no counts
            log.info("Support information: database not opened (%s)", type(exc).__name__)
    try:
        return support_text(inst, checks, engine, runtime or {}, clock.now())
    finally:
        if engine is not None:
            engine.dispose()
