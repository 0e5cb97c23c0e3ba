"""`frontdesk sync`: read the practice's calendar sources once, or list them, for IT and
scripts. A long-running sync is `frontdesk serve` (or the app), which reads each source at
its interval.

Exit status: 0 when every source run worked (or none was due), 1 when any failed, 2 when
the sync cannot start (no database here: one is never created; the keyring locked; no such
source). One line per source: its name, then what changed or why it failed, in words.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from frontdesk.logging_setup import setup_logging
from frontdesk.services.errors import FrontDeskError, VaultError
from frontdesk.services.vault import VaultState

EXIT_FAILED, EXIT_CANNOT_START = 1, 2
MAX_PROBLEMS = 20  # listed under a run; the rest are counted in its words


def sync(composition, demo: bool, source: str | None, listing: bool) -> int:
    svc = _open(composition, demo)
    if svc is None:
        return EXIT_CANNOT_START
    try:
        if listing:
            return _list(svc)
        if source is not None:
            try:
                svc.sync.source(source)
            except FrontDeskError as err:
                names = ", ".join(s.name for s in svc.sync.sources()) or "none yet"
                print(f"{err} Sources: {names}.", file=sys.stderr)
                return EXIT_CANNOT_START
            runs = [svc.sync.try_source(source)]
        else:
            runs = svc.sync.run_due()
    finally:
        svc.close()
    if not runs:
        print("No source was due: each is read at its own interval (`frontdesk sync --list` "
              "shows when each last ran; --source NAME reads one now).")
    for run in runs:
        print(f"{run.name}: {run.words}" if run.ok else f"{run.name}: FAILED: {run.words}")
        for problem in (run.summary.problems if run.summary else [])[:MAX_PROBLEMS]:
            print(f"  skipped {problem}", file=sys.stderr)  # ids and reasons, no client data
    return 0 if all(run.ok for run in runs) else EXIT_FAILED


def _list(svc) -> int:
    sources = svc.sync.sources()
    if not sources:
        print("No sync sources yet.")
    for s in sources:
        state = "on" if s.enabled else "off"
        print(f"{s.name} ({s.kind}, {state}, {_where(s.kind, s.settings)}): "
              f"last run {_when(s.last_run_at)}, last worked {_when(s.last_ok_at)}; "
              + (f"error: {s.last_error}" if s.last_error else s.last_summary or "never run"))
    return 0


def _where(kind: str, settings) -> str:
    """The host a source reads from, or its file's name: never a whole address, which may
    carry a token."""
    from frontdesk.sync.http import host_of

    address = settings.get("base_url") or settings.get("url")
    if isinstance(address, str):
        return host_of(address)
    path = settings.get("path")
    return f"file {Path(str(path)).name}" if path else "not set up"


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "never"


def _open(composition, demo: bool):
    """The practice's services, or None (said on stderr) when they cannot be opened."""
    paths = composition.paths("demo" if demo else "practice")
    setup_logging(paths.log_dir, console=False)
    vault = composition.vault("demo" if demo else "practice")
    try:
        if vault.state() is VaultState.NEW:
            print(f"There is no FrontDesk database in {paths.data_dir}: nothing to sync. "
                  "Start FrontDesk once to set the practice up, or point --data-dir at its "
                  "folder.", file=sys.stderr)
            return None
        return composition.services(vault.open().engine, demo)
    except VaultError as err:
        print(f"FrontDesk cannot open its database: {err}", file=sys.stderr)
    except FrontDeskError as err:
        print(f"FrontDesk cannot start: {err}", file=sys.stderr)
    return None
