"""`frontdesk audit verify`: is the audit trail's hash chain whole? For the owner, IT and cron.

Exit status: 0 when every entry is in the chain (and its end is the one recorded at the last
check, kept in the keyring), 1 when an entry was changed, deleted or slipped in (the first
broken one is named by id, action and time: never the detail, which may hold client ids), 2
when the database cannot be opened (one is never created here). A whole chain's end is
recorded as the new checkpoint. `--after-restore`: an older backup was put back on purpose, so
the end recorded before is gone; the chain is checked without it and its end recorded.
"""

from __future__ import annotations

import sys
import time

from frontdesk.logging_setup import setup_logging
from frontdesk.services import audit_chain
from frontdesk.services.errors import FrontDeskError, SecretStoreError
from frontdesk.services.vault import VaultState

EXIT_ALTERED, EXIT_CANNOT_OPEN = 1, 2
RESTORED_HINT = ("If an older backup was put back on purpose, that explains it: run `frontdesk "
                 "audit verify --after-restore` to record the end as it is now.")
NO_CHECKPOINT_DEMO = ("The demo practice keeps no checkpoint of the chain's end, so entries cut "
                      "off its end would not be seen here.")


def verify(composition, demo: bool, after_restore: bool = False) -> int:
    profile = "demo" if demo else "practice"
    paths = composition.paths(profile)
    setup_logging(paths.log_dir, console=False)
    vault = composition.vault(profile)
    try:
        if vault.state() is VaultState.NEW:
            print(f"There is no FrontDesk database in {paths.data_dir}: nothing to check. "
                  "Point --data-dir at the practice's folder.", file=sys.stderr)
            return EXIT_CANNOT_OPEN
        engine = vault.open().engine
    except FrontDeskError as err:  # VaultError: what happened and what to do
        print(f"FrontDesk cannot open its database: {err}", file=sys.stderr)
        return EXIT_CANNOT_OPEN
    checkpoint = vault.chain_checkpoint
    try:
        started = time.monotonic()
        head = checkpoint.load() if checkpoint and not after_restore else None
        report = audit_chain.verify(engine, head)
        seconds = time.monotonic() - started
        if report.ok and checkpoint is not None:
            checkpoint.save(report.head, restored=after_restore)
    except SecretStoreError as err:
        print(f"The keyring did not answer, so the chain's end was not compared: {err}",
              file=sys.stderr)
        return EXIT_CANNOT_OPEN
    finally:
        engine.dispose()
    print(report.summary())
    if not report.ok:
        if report.broken_entry():
            print(report.broken_entry())
        print(f"{report.checked:,} entr{'y' if report.checked == 1 else 'ies'} checked in order "
              "up to there. Tell the practice owner; nothing was changed.")
        if report.at_checkpoint:  # the chain is whole; the end recorded before is not there
            print(RESTORED_HINT)
        return EXIT_ALTERED
    if after_restore and checkpoint is not None:
        print(f"Its end (entry {report.last_id}) is recorded now in place of the one before "
              "the restore.")
    else:
        print(report.checkpoint or (NO_CHECKPOINT_DEMO if checkpoint is None else
                                    "Its end is recorded now, for the next check."))
    print(f"Checked in {seconds:.1f} s.")
    return 0
