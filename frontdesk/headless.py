"""`frontdesk serve`, `recover` and `recovery-code`: the app without a window (no Qt)."""

from __future__ import annotations

import getpass
import logging
import signal
import sys
import threading

from frontdesk.logging_setup import setup_logging
from frontdesk.paths import AppPaths
from frontdesk.services import integrity_child
from frontdesk.services.background import schedule_check
from frontdesk.services.container import Services
from frontdesk.services.errors import FrontDeskError, VaultError
from frontdesk.services.integrity import restore_hint
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault, VaultState

log = logging.getLogger(__name__)
EXIT_CANNOT_START, EXIT_DAMAGED = 2, 3
CODE_NOT_PRINTED = (
    "Its recovery code is not printed here: this output is not a terminal, and service "
    "logs keep what is printed. To see the code once and write it down, run "
    "`frontdesk recovery-code` in a terminal on this computer (or open Practice settings "
    "→ Security in the app). Without it, a lost keyring means lost data.")


def open_services(composition, demo: bool) -> Services:
    """Open (or on first run create) the encrypted database; show a new recovery code once,
    and only on a terminal (a service manager keeps stdout in its logs)."""
    vault = composition.vault("demo" if demo else "practice")
    if vault.state() is VaultState.NEW:
        svc, code = composition.create_practice(demo)
        print("A new encrypted FrontDesk database was created.")
        if sys.stdout.isatty():
            print(f"Recovery code (shown once; write it down and keep it safe): {code}")
        else:
            print(CODE_NOT_PRINTED)
            log.warning("New database created; recovery code not printed (not a terminal)")
        return svc
    return composition.services(vault.open().engine, demo)


def _cannot_open(err: VaultError) -> int:
    print(f"FrontDesk cannot open its database: {err}", file=sys.stderr)
    if err.reason in (VaultError.KEY_MISSING, VaultError.WRONG_KEY):
        print("Run `frontdesk recover` to unlock it with the recovery code.", file=sys.stderr)
    return EXIT_CANNOT_START


def report_integrity(vault: Vault) -> bool:
    """The full page check; a damaged file is said on stderr with the backup to use, and an
    altered audit trail with its first broken entry (the exit status is the file's)."""
    try:
        report = vault.integrity_report()
    except FrontDeskError as err:
        log.warning("Integrity check not run: %s", err)
        return True
    except integrity_child.CheckStopped:
        return True
    if not report.ok:
        print(f"WARNING: {report.summary()} {restore_hint(vault.paths, report.backup)}",
              file=sys.stderr)
    if report.audit is not None and not report.audit.ok:
        print(f"WARNING: {report.audit.warning()}", file=sys.stderr)
    return report.ok


def send_once(composition, svc: Services, demo: bool) -> int:
    """One run: the schedule check always; sending (and the daily backup, when due) only when
    holding `sending.lock`."""
    lock = composition.sending_lock(demo)
    problem = ""
    try:
        sending = lock.acquire()
    except FrontDeskError as err:  # the lock file cannot be used at all
        sending, problem = False, str(err)
    except OSError as err:
        sending, problem = False, f"its lock file {lock.path} cannot be used ({err.strerror})."
    try:
        schedule_check(svc)
        if sending:
            log.info("Dispatch: %s", svc.dispatcher.run_once())
            svc.backups.run_due()  # the daily backup when due, from cron too (never raises)
            return 0
        if problem:
            print(f"This run did not send any messages: {problem}", file=sys.stderr)
            return EXIT_CANNOT_START
        print("This run did not send any messages: another FrontDesk is sending for this "
              "practice right now (it holds sending.lock). The schedule check ran; that "
              "FrontDesk sends what is due.", file=sys.stderr)
        return 0
    finally:
        lock.release()


def serve(composition, demo: bool, once: bool = False) -> int:
    paths = composition.paths("demo" if demo else "practice")
    setup_logging(paths.log_dir, console=True)
    try:
        svc = open_services(composition, demo)
    except VaultError as err:
        return _cannot_open(err)
    except FrontDeskError as err:
        print(f"FrontDesk cannot start: {err}", file=sys.stderr)
        return EXIT_CANNOT_START
    vault = composition.vault("demo" if demo else "practice")
    if once:
        try:
            code = send_once(composition, svc, demo)
        finally:
            svc.close()
        whole = report_integrity(vault)
        return code or (0 if whole else EXIT_DAMAGED)
    return _serve_until_stopped(composition, svc, vault, demo)


def _serve_until_stopped(composition, svc: Services, vault: Vault, demo: bool) -> int:
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    work = composition.background(svc, demo)
    try:
        work.start()
    except FrontDeskError as err:
        print(f"FrontDesk cannot start its background work: {err}", file=sys.stderr)
        svc.close()
        return EXIT_CANNOT_START
    threading.Thread(target=report_integrity, args=(vault,), name="frontdesk-integrity",
                     daemon=True).start()
    banner = svc.messaging.delivery_mode().banner
    if banner:
        log.warning(banner)
    log.info("FrontDesk is running headless; stop with Ctrl-C")
    stop.wait()
    integrity_child.stop_all()
    work.stop()
    svc.close()
    return 0


def recover(paths: AppPaths) -> int:
    """Unlock with the recovery code typed on the terminal and put the key back."""
    setup_logging(paths.log_dir, console=False)
    vault = Vault(paths, SecretStore())
    try:
        state = vault.state()
        if state is VaultState.NEW:
            print("There is no FrontDesk database here to recover.", file=sys.stderr)
            return EXIT_CANNOT_START
        if state in (VaultState.DATA_MISSING, VaultState.DAMAGED):
            vault.open()  # raises the VaultError that says what happened and what to do
        code = getpass.getpass("Recovery code: ")
        vault.recover(code).engine.dispose()
    except FrontDeskError as err:
        print(str(err), file=sys.stderr)
        return EXIT_CANNOT_START
    print("Unlocked. The key is back in this computer's keyring.")
    return 0


def show_recovery_code(composition, demo: bool) -> int:
    """Print the recovery code on a terminal only (audited), never into a log or a pipe."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        print("The recovery code is shown only on a terminal, so that no log or file keeps "
              "it. Run `frontdesk recovery-code` in a terminal window.", file=sys.stderr)
        return EXIT_CANNOT_START
    setup_logging(composition.paths("demo" if demo else "practice").log_dir, console=False)
    try:
        svc = composition.services(composition.vault("demo" if demo else "practice")
                                   .open().engine, demo)
    except VaultError as err:
        return _cannot_open(err)
    except FrontDeskError as err:
        print(f"FrontDesk cannot start: {err}", file=sys.stderr)
        return EXIT_CANNOT_START
    try:
        code = svc.practice.recovery_code(composition.actor())
    finally:
        svc.close()
    if not code:
        print("This practice has no recovery code stored.", file=sys.stderr)
        return EXIT_CANNOT_START
    print(f"Recovery code (write it down and keep it somewhere safe, away from this "
          f"computer): {code}")
    return 0
