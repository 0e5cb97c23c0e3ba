"""Time a backup and a restore on a large practice database, and what a backup costs a writer.

    QT_QPA_PLATFORM=offscreen scripts/with-test-keyring .venv/bin/python bench/backup.py

Makes a throw-away practice (`Vault.create`, its key in the keyring) in --data-dir (default: a
temporary folder), fills it with --entries audit entries (default 1,000,000: a long history's
trail, the biggest table), then prints:

1. backup: `BackupService.back_up_now` (SQLite's online backup into a file with the same key,
   then the check: cipher_integrity_check, integrity_check, the schema revision), seconds and
   MB/s, and the file's size against the database's;
2. a writer meanwhile: the longest a one-row write transaction waited while the backup ran
   (WAL: the copy reads one snapshot, writers go on);
3. verify: `restore.verify` of that backup (what the dialog and `frontdesk restore` do first);
4. restore: `restore.restore` into a new data folder (copy, check again, swap, key, audit).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

from audit_chain import INSERT, entries

from frontdesk.clock import SystemClock
from frontdesk.models.database import writer
from frontdesk.paths import AppPaths
from frontdesk.services import audit, restore
from frontdesk.services.container import Services
from frontdesk.services.credentials import CredentialStore
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault


def filled(folder: Path, n: int, store: SecretStore) -> Services:
    vault = Vault(AppPaths(folder / "practice").ensure(), store)
    opened = vault.create()
    with writer(opened.engine).begin() as conn:
        for batch in entries(n):
            audit.link(conn, batch)
            conn.exec_driver_sql(INSERT, [(r["id"], r["at"], r["actor"], r["action"],
                                           r["entity"], r["entity_id"], r["detail"],
                                           r["account_id"], r["prev_hash"], r["hash"])
                                          for r in batch])
    return Services.build(opened.engine, SystemClock(), credentials=CredentialStore(store))


def writer_waits(svc: Services, stop: threading.Event) -> list[float]:
    """One small write transaction every 50 ms until `stop`; how long each took."""
    waits = []
    while not stop.is_set():
        started = time.perf_counter()
        with writer(svc.engine).begin() as conn:
            conn.exec_driver_sql("UPDATE practice_settings SET day_start_hour = day_start_hour")
        waits.append(time.perf_counter() - started)
        stop.wait(0.05)
    return waits


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=1_000_000)
    ap.add_argument("--data-dir", type=Path, help="where the throw-away files go")
    args = ap.parse_args()
    folder = args.data_dir or Path(tempfile.mkdtemp(prefix="backup-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    store = SecretStore()
    svc = filled(folder, args.entries, store)
    try:
        with writer(svc.engine).begin() as conn:  # the row the writer below touches
            conn.exec_driver_sql("INSERT OR IGNORE INTO practice_settings (id) VALUES (1)")
        database = svc.backups.paths.database
        wal = Path(f"{database}-wal")
        size = database.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
        usb = folder / "usb"
        usb.mkdir(exist_ok=True)
        stop, waits = threading.Event(), []
        watcher = threading.Thread(target=lambda: waits.extend(writer_waits(svc, stop)))
        watcher.start()
        started = time.perf_counter()
        made = svc.backups.back_up_now("bench", to=str(usb))
        seconds = time.perf_counter() - started
        stop.set()
        watcher.join()
        mib = made.size / 2**20
        print(f"backup ({args.entries:,} audit entries; database {mib:.0f} MiB, with its WAL "
              f"{size / 2**20:.0f} MiB): {seconds:.1f} s ({mib / seconds:.0f} MiB/s), made and "
              "checked")
        print(f"a one-row write during the backup: {len(waits)} writes, longest "
              f"{max(waits) * 1000:.0f} ms, median {sorted(waits)[len(waits) // 2] * 1000:.1f} ms")
        paths = svc.backups.paths
        started = time.perf_counter()
        check = restore.verify(paths, store, made.path)
        print(f"verify before a restore: {time.perf_counter() - started:.1f} s "
              f"(key from the {check.key_from})")
        new = AppPaths(folder / "new-pc").ensure()
        started = time.perf_counter()
        restore.restore(new, store, SystemClock(), made.path, actor="bench")
        print(f"restore into a new data folder (copy, check again, swap, key, audit entry): "
              f"{time.perf_counter() - started:.1f} s")
        for p in (paths, new):
            store.delete(Vault(p, store).key_name)
        return 0
    finally:
        svc.close()
        if args.data_dir is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
