"""`frontdesk backup` and `frontdesk restore FILE`: the practice's backups for IT and scripts.

`backup` makes one now (to the chosen folder, or `--to DIR`), checked, then the rotation;
`--list` shows the folder, the last good backup and the backups there; `--folder DIR` chooses
the folder the daily backups go to. Exit status: 0 done, 1 the backup failed (the folder not
reachable, the disk full: said in words), 2 it cannot start (no database here, the keyring).

`restore FILE` checks the backup first (it opens with its key, every page and the structure
pass, a schema this FrontDesk knows), then puts it in place, keeping the replaced database
aside. The key comes from the keyring, or from the recovery code (asked on the terminal when
no key here opens it, or at once with `--recovery-code`; read from standard input when that
is not a terminal). Exit status: 0 restored, 1 the backup was refused (damaged, newer, not a
FrontDesk backup, no key or a wrong code): nothing replaced, 2 it cannot be done here now
(FrontDesk is running on this data folder, the keyring, no room to copy it).
"""

from __future__ import annotations

import getpass
import sys
from datetime import datetime

from frontdesk.logging_setup import setup_logging
from frontdesk.services.backup_dto import BackupError, BackupFile
from frontdesk.services.errors import FrontDeskError, ValidationError
from frontdesk.services.vault import VaultState

EXIT_FAILED, EXIT_CANNOT = 1, 2
CANNOT = (BackupError.RUNNING, BackupError.FAILED, BackupError.UNAVAILABLE)


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M %Z") if moment else "never"


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, n // 1024)} KB"


def backup(composition, demo: bool, to: str | None, listing: bool,
           folder: str | None) -> int:
    profile = "demo" if demo else "practice"
    paths = composition.paths(profile)
    setup_logging(paths.log_dir, console=False)
    vault = composition.vault(profile)
    try:
        if vault.state() is VaultState.NEW:
            print(f"There is no FrontDesk database in {paths.data_dir} to back up. Point "
                  "--data-dir at the practice's folder.", file=sys.stderr)
            return EXIT_CANNOT
        svc = composition.services(vault.open().engine, demo)
    except FrontDeskError as err:
        print(f"FrontDesk cannot open its database: {err}", file=sys.stderr)
        return EXIT_CANNOT
    try:
        if folder is not None:
            status = svc.backups.set_folder(folder, composition.actor())
            print(f"Daily backups go to {status.folder} from now on.")
        if listing:
            return _list(svc)
        made = svc.backups.back_up_now(composition.actor(), to=to)
    except ValidationError as err:
        print(str(err), file=sys.stderr)
        return EXIT_FAILED
    except BackupError as err:
        print(str(err), file=sys.stderr)
        return EXIT_CANNOT if err.reason == BackupError.UNAVAILABLE else EXIT_FAILED
    finally:
        svc.close()
    print(f"Backup made and checked: {made.path} ({_size(made.size)}, schema {made.revision})"
          + ("." if made.has_recovery else "; no recovery file beside it, so it restores "
             "only with this computer's keyring."))
    return 0


def _list(svc) -> int:
    status = svc.backups.status()
    backups: list[BackupFile] = svc.backups.list_backups()
    chosen = "chosen by IT" if status.chosen else "the data folder's own; choose a USB disk " \
        "or a network share with --folder DIR"
    print(f"Backups go to {status.folder} ({chosen}).")
    print(f"Last good backup: {_local(status.last_ok_at)}"
          + (f" ({status.last_ok_file})" if status.last_ok_file else "") + ".")
    for problem in status.problems:
        print(f"WARNING: {problem}")
    if not backups:
        print("No backups in that folder.")
    for b in backups:
        beside = "recovery file beside it" if b.has_recovery else "no recovery file"
        print(f"{b.name}  {_local(b.made)}  {_size(b.size)}  schema {b.revision}  {beside}")
    return 0


def _read_code() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("Recovery code: ")
    return sys.stdin.readline().strip()


def restore(composition, demo: bool, file: str, ask_code: bool) -> int:
    from frontdesk.services import restore as restoring

    profile = "demo" if demo else "practice"
    paths = composition.paths(profile)
    setup_logging(paths.log_dir, console=False)
    secrets = composition.secrets
    code = _read_code() if ask_code else None
    try:
        try:
            check = restoring.verify(paths, secrets, file, code)
        except BackupError as err:
            if err.reason != BackupError.NEEDS_CODE or not sys.stdin.isatty():
                raise
            print(err.message)
            code = _read_code()
            check = restoring.verify(paths, secrets, file, code)
        later = " (made by an earlier FrontDesk: brought up to date after the restore)" \
            if check.older else ""
        print(f"Backup checked: {check.name}, made {_local(check.made)}, schema "
              f"{check.revision}{later}; its key came from the {check.key_from}.")
        result = restoring.restore(paths, secrets, composition.clock, file, code,
                                   composition.actor(), checkpoint=not demo)
    except BackupError as err:
        print(str(err), file=sys.stderr)
        return EXIT_CANNOT if err.reason in CANNOT else EXIT_FAILED
    except FrontDeskError as err:  # the keyring, mostly: what happened and what to do
        print(f"Nothing was restored: {err}", file=sys.stderr)
        return EXIT_CANNOT
    print(f"Restored {result.database} from the backup made {_local(result.made)}.")
    if result.replaced:
        print(f"The database it replaced is kept as {result.replaced}.")
    if result.migrated:
        print("Its schema was brought up to date (a copy of it as restored is in backups/).")
    for note in result.notes:
        print(note)
    print("Changes made after the backup are not in it. Start FrontDesk again.")
    return 0
