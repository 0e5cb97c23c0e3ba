"""The full integrity check (and the audit trail's chain) in a child process, so that closing
FrontDesk never waits for it.

On a large practice the page check reads the whole file (22 s for 2 GB). Run on a thread, it
either holds up closing or, left running on a daemon thread, is still inside SQLCipher when the
interpreter tears down (a crash at exit). A child process can simply be stopped.

The key reaches the child on its standard input, never in its arguments or environment (both
are visible to other programs on the machine). The child prints its report as one JSON line.
The same program is the child: `python -m frontdesk` from source, the executable itself when
packaged, with `CHILD_FLAG` as its only argument.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path

from frontdesk.entry import CHILD_FLAG
from frontdesk.paths import AppPaths
from frontdesk.services import audit_chain, integrity

log = logging.getLogger(__name__)
_running: set[subprocess.Popen[bytes]] = set()
_lock = threading.Lock()
_stopped = threading.Event()  # set once closing has begun: no new child starts


class CheckStopped(Exception):
    """The check was stopped (FrontDesk is closing) before it could report."""


def child_command() -> list[str]:
    """How to start this program as the checking child."""
    if getattr(sys, "frozen", False):  # the packaged executable dispatches on the flag
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-m", "frontdesk", CHILD_FLAG]


def check(paths: AppPaths, key: bytes, checkpoint: audit_chain.Head | None = None,
          full: bool = False) -> integrity.IntegrityReport:
    """The same report as `integrity.check_with_chain`, computed by a child process that
    `stop_all` can end. Raises CheckStopped when stopped; falls back to checking here when the
    child cannot run at all (the report matters more than where it is computed)."""
    request = json.dumps({"data_dir": str(paths.data_dir), "key": key.hex(), "audit_head":
                          None if checkpoint is None else [checkpoint.id, checkpoint.hash],
                          "full": full}).encode()
    child: subprocess.Popen[bytes] | None
    with _lock:
        if _stopped.is_set():
            raise CheckStopped
        try:
            child = subprocess.Popen(child_command(), stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        except OSError as exc:
            log.warning("Integrity check child could not start (%s); checking here",
                        type(exc).__name__)
            child = None
        else:
            _running.add(child)
    if child is None:
        return integrity.check_with_chain(paths, key, checkpoint, full)
    try:
        out, _ = child.communicate(request)
    finally:
        with _lock:
            _running.discard(child)
    if _stopped.is_set() and child.returncode != 0:
        raise CheckStopped
    report = _parse(out) if child.returncode == 0 else None
    if report is None:
        log.warning("Integrity check child ended without a report (exit %s); checking here",
                    child.returncode)
        return integrity.check_with_chain(paths, key, checkpoint)
    if report.ok:
        log.info("Integrity check passed (in a child process)")
    else:
        log.error("Integrity check FAILED: %s; newest good backup: %s", report.problems[0]
                  if report.problems else "-", report.backup.name if report.backup else "none")
    return report


def stop_all(timeout: float = 2.0) -> None:
    """Stop every running check and start no more until `allow_again` (closing calls both,
    around waiting for its threads)."""
    with _lock:
        _stopped.set()
        children = list(_running)
    for child in children:
        child.kill()  # it only reads: nothing of the file is left half done
    for child in children:
        try:
            child.wait(timeout)
        except subprocess.TimeoutExpired:
            log.warning("Integrity check child did not end in %.0f s", timeout)


def allow_again() -> None:
    """Checks may start again (once closing has waited for its threads)."""
    _stopped.clear()


def child_main() -> int:
    """The child: read the request on stdin, check, print the report as JSON."""
    request = json.loads(sys.stdin.buffer.read())
    paths = AppPaths(Path(request["data_dir"]))
    head = request.get("audit_head")
    report = integrity.check_with_chain(paths, bytes.fromhex(request["key"]),
                                        audit_chain.Head(int(head[0]), str(head[1]))
                                        if head else None, bool(request.get("full")))
    backup = report.backup
    sys.stdout.write(json.dumps({
        "ok": report.ok, "problems": list(report.problems),
        "backup": None if backup is None else {"path": str(backup.path),
                                                "made": backup.made.isoformat()},
        "audit": None if report.audit is None else report.audit.to_json(),
    }) + "\n")
    sys.stdout.flush()
    return 0


def _parse(out: bytes) -> integrity.IntegrityReport | None:
    try:
        data = json.loads(out)
        backup, chain = data["backup"], data.get("audit")
        return integrity.IntegrityReport(
            ok=bool(data["ok"]), problems=tuple(str(p) for p in data["problems"]),
            backup=None if backup is None else integrity.Backup(
                Path(backup["path"]), datetime.fromisoformat(backup["made"])),
            audit=None if chain is None else audit_chain.ChainReport.from_json(chain))
    except (ValueError, KeyError, TypeError):
        return None
