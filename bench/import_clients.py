"""Time the CSV import of existing clients: open (preview), check every row, import.

    scripts/with-test-keyring .venv/bin/python bench/import_clients.py [--rows 10000]

Writes a CSV of `rows` made-up clients (phone, email, language, consent), creates a fresh
encrypted practice in a temporary folder (key in the real keyring), and prints the seconds
each step took and how many rows were imported. The files go with the temporary folder;
run it inside scripts/with-test-keyring so the key goes to a throw-away keyring.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import uuid
from pathlib import Path

from frontdesk.clock import SystemClock
from frontdesk.paths import AppPaths
from frontdesk.services.container import Services
from frontdesk.services.secrets import SecretStore
from frontdesk.services.vault import Vault


def write_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write("First name,Last name,Mobile,Email,Idioma,SMS consent\n")
        for i in range(rows):
            f.write(f"First{i},Last{i},(617) 55{5 + i // 10000}-{i % 10000:04d},"
                    f"client{i}@example.org,{'es' if i % 3 else 'en'},{'yes' if i % 2 else ''}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "clients.csv"
        write_csv(csv_path, args.rows)
        store = SecretStore(service=f"FrontDesk-bench-{uuid.uuid4().hex[:12]}")
        vault = Vault(AppPaths(Path(tmp) / "data").ensure(), store)
        opened = vault.create()
        services = Services.build(opened.engine, SystemClock())
        try:
            importer = services.client_import
            started = time.perf_counter()
            preview = importer.open(str(csv_path))
            opened_s = time.perf_counter() - started
            started = time.perf_counter()
            plan = importer.check(str(csv_path), preview.guess)
            check_s = time.perf_counter() - started
            started = time.perf_counter()
            result = importer.run(plan, "bench")
            run_s = time.perf_counter() - started
        finally:
            services.close()
    size_kb = csv_path.stat().st_size // 1024 if csv_path.exists() else 0
    print(f"rows in file:      {args.rows}{f' ({size_kb} KB)' if size_kb else ''}")
    print(f"open + preview:    {opened_s * 1000:8.1f} ms  ({len(preview.sample)} rows shown, "
          f"{preview.format.description})")
    print(f"check every row:   {check_s:8.2f} s   ({len(plan.good)} good, {len(plan.bad)} with "
          "problems)")
    print(f"import (one txn):  {run_s:8.2f} s   ({result.imported} imported, "
          f"{len(result.skipped)} skipped)")


if __name__ == "__main__":
    main()
