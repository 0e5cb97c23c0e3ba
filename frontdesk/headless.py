"""`frontdesk serve` and `frontdesk recover`: the app without a window (no Qt imported)."""

from __future__ import annotations

import getpass
import logging
import signal
import sys
import threading

from frontdesk.logging_setup import setup_logging
from frontdesk.paths import AppPaths
from frontdesk.services.background import schedule_check
from frontdesk.services.container import Services
from frontdesk.services.errors import FrontDeskError, VaultError
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault, VaultState

log = logging.getLogger(__name__)


def open_services(composition, demo: bool) -> Services:
    """Open (or on first run create) the encrypted database; print a new recovery code once."""
    vault = composition.vault("demo" if demo else "practice")
    if vault.state() is VaultState.NEW:
        svc, code = composition.create_practice(demo)
        print("A new encrypted FrontDesk database was created.")
        print(f"Recovery code (shown once; write it down and keep it safe): {code}")
        return svc
    return composition.services(vault.open().engine, demo)


def serve(composition, demo: bool, once: bool = False) -> int:
    paths = composition.paths("demo" if demo else "practice")
    setup_logging(paths.log_dir, console=True)
    try:
        svc = open_services(composition, demo)
    except VaultError as err:
        print(f"FrontDesk cannot open its database: {err}", file=sys.stderr)
        if err.reason in (VaultError.KEY_MISSING, VaultError.WRONG_KEY):
            print("Run `frontdesk recover` to unlock it with the recovery code.", file=sys.stderr)
        return 2
    except FrontDeskError as err:
        print(f"FrontDesk cannot start: {err}", file=sys.stderr)
        return 2
    if once:
        schedule_check(svc)
        report = svc.dispatcher.run_once()
        log.info("Dispatch: %s", report)
        svc.close()
        return 0
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    work = composition.background(svc, demo)
    work.start()
    banner = svc.messaging.delivery_mode().banner
    if banner:
        log.warning(banner)
    log.info("FrontDesk is running headless; stop with Ctrl-C")
    stop.wait()
    work.stop()
    svc.close()
    return 0


def recover(paths: AppPaths) -> int:
    """Unlock with the recovery code typed on the terminal and put the key back."""
    setup_logging(paths.log_dir, console=False)
    vault = Vault(paths, SecretStore())
    try:
        if vault.state() is VaultState.NEW:
            print("There is no FrontDesk database here to recover.", file=sys.stderr)
            return 2
        code = getpass.getpass("Recovery code: ")
        vault.recover(code).engine.dispose()
    except FrontDeskError as err:
        print(str(err), file=sys.stderr)
        return 2
    print("Unlocked. The key is back in this computer's keyring.")
    return 0
