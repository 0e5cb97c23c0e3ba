"""The floor under start -> schedule painted: what the least program that shows today's rows
must do, next to gui_lag's bare window, alternating in the same run.

    QT_QPA_PLATFORM=offscreen scripts/with-test-keyring .venv/bin/python bench/startup_floor.py \
        --data-dir bench/out/day-20 --runs 5

"bare": gui_lag's bare window (PySide6, the tabs, a 200-row table), as gui_lag starts it.
"floor": the same window, plus importing keyring and the SQLCipher driver, reading the
database key from the keyring, opening the database (the app's own `connect`), running the
day's plain SQL (services/schedule_day.plain_day_sql, the history's "today") and
putting its rows in the table. No SQLAlchemy, no models, no services. Printed: the median of
each, and floor / bare (the app's own figure is gui_lag's --start-only).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]


def child(kind: str, data_dir: str) -> None:
    from gui_lag import BareWindow
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    bare = BareWindow(app)
    if kind == "floor":  # only what showing the rows needs: no SQLAlchemy, no frontdesk
        import keyring
        import sqlcipher3.dbapi2 as sqlcipher

        plan = json.loads(sys.argv[sys.argv.index("--plan") + 1])
        stored = keyring.get_password(plan["service"], plan["key_name"])
        assert stored is not None, "the key is put back by main() (query_day.ensure_key)"
        conn = sqlcipher.connect(plan["database"], check_same_thread=False)
        conn.execute(f"PRAGMA key = \"x'{stored}'\"")  # as models/database.connect keys it
        conn.execute("PRAGMA cipher_compatibility = 4")
        rows = conn.execute(plan["sql"], plan["params"]).fetchall()
        for r, row in enumerate(rows[:200]):
            for c, value in enumerate(row[:8]):
                bare.model.setItem(r, c, bare.item(str(value)))
    bare.window.show()
    QTimer.singleShot(0, lambda: (print(json.dumps({"painted_at": time.monotonic()}),
                                        flush=True), app.quit()))
    app.exec()


def plan_of(folder: Path) -> str:
    """What the floor's child needs, worked out here so that it imports none of it."""
    import sqlcipher3.dbapi2 as sqlcipher

    from frontdesk.paths import AppPaths
    from frontdesk.services.schedule_day import plain_day_sql
    from frontdesk.services.secrets import SERVICE, SecretStore
    from frontdesk.services.vault import Vault

    paths = AppPaths(folder)
    vault = Vault(paths, SecretStore())
    key = vault.secrets.get(vault.key_name)
    conn = sqlcipher.connect(str(paths.database))
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    zone = conn.execute("SELECT timezone FROM practice_settings").fetchone()[0]
    conn.close()
    meta = json.loads((folder / "bench-history.json").read_text())
    sql, params = plain_day_sql(date.fromisoformat(meta["today"]), zone, None)
    return json.dumps({"service": SERVICE, "key_name": vault.key_name, "sql": sql,
                       "params": list(params), "database": str(paths.database)})


def run(kind: str, data_dir: str, plan: str) -> float:
    started = time.monotonic()
    done = subprocess.run([sys.executable, __file__, "--child", kind, "--data-dir", data_dir,
                           "--plan", plan],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    painted: float = json.loads(done.stdout.strip().splitlines()[-1])["painted_at"]
    return painted - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", choices=("bare", "floor"))
    parser.add_argument("--plan", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.data_dir)
        return
    from query_day import META_NAME, ensure_key

    folder = Path(args.data_dir)
    ensure_key(folder, json.loads((folder / META_NAME).read_text()))
    plan = plan_of(folder)
    times: dict[str, list[float]] = {"bare": [], "floor": []}
    run("floor", args.data_dir, plan)  # the files read once, for both
    for _ in range(args.runs):
        for kind in times:
            times[kind].append(run(kind, args.data_dir, plan))
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"start -> rows painted (median of {args.runs}): floor {med['floor']:.2f} s, "
          f"bare {med['bare']:.2f} s ({med['floor'] / med['bare']:.1f}x); "
          f"floor runs {', '.join(f'{t:.2f}' for t in times['floor'])}; "
          f"bare runs {', '.join(f'{t:.2f}' for t in times['bare'])}")


if __name__ == "__main__":
    main()
