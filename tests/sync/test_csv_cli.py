"""`frontdesk import` as IT runs it: a real process on the demo practice, a suggestion, a
saved mapping, a dry run, the import, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "csv"
ICS = Path(__file__).parent / "fixtures" / "ics"


def frontdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "frontdesk", *args], capture_output=True,
                          text=True, env=os.environ.copy(), timeout=120)


def day_count(folder: Path, day: str) -> int:
    got = frontdesk("day", day, "--json", "--demo", "--data-dir", str(folder))
    assert got.returncode == 0, got.stderr
    return len(json.loads(got.stdout)["places"])


def test_suggest_save_dry_run_import_and_import_again(tmp_path):
    folder, path = tmp_path / "fd", str(FIXTURES / "therapynotes.csv")
    common = ("--demo", "--data-dir", str(folder))
    suggested = frontdesk("import", path, "--kind", "appointments", *common)
    assert suggested.returncode == 2
    mapping = json.loads(suggested.stdout)
    assert mapping["columns"]["date"] == "Appt Date"
    assert "--save-mapping NAME --mapping-file" in suggested.stderr
    mapping_file = tmp_path / "tn.json"
    mapping_file.write_text(json.dumps(mapping))
    before = day_count(folder, "2026-03-13")
    dry = frontdesk("import", path, "--kind", "appointments", "--save-mapping", "TherapyNotes",
                    "--mapping-file", str(mapping_file), "--dry-run", "--json", *common)
    assert dry.returncode == 0, dry.stderr
    assert "no appointment id column" in dry.stderr
    dry_out = json.loads(dry.stdout)
    assert dry_out["dry_run"] is True and dry_out["new"] == 3
    assert day_count(folder, "2026-03-13") == before  # nothing changed
    done = frontdesk("import", path, "--kind", "appointments", "--mapping", "TherapyNotes",
                     "--json", *common)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert {k: out[k] for k in ("new", "moved", "cancelled", "messages_planned")} == \
        {k: dry_out[k] for k in ("new", "moved", "cancelled", "messages_planned")}
    assert day_count(folder, "2026-03-13") == before + 1
    again = frontdesk("import", path, "--kind", "appointments", "--mapping", "TherapyNotes",
                      *common)
    assert again.returncode == 0 and "0 new, 0 moved" in again.stdout
    assert day_count(folder, "2026-03-13") == before + 1


def test_row_problems_exit_1_and_unusable_input_exits_2(tmp_path):
    folder = tmp_path / "fd"
    common = ("--demo", "--data-dir", str(folder))
    mapping_file = tmp_path / "m.json"
    mapping_file.write_text(json.dumps(json.loads(frontdesk(
        "import", str(FIXTURES / "broken.csv"), "--kind", "appointments", *common).stdout)))
    broken = frontdesk("import", str(FIXTURES / "broken.csv"), "--kind", "appointments",
                       "--save-mapping", "Broken", "--mapping-file", str(mapping_file), *common)
    assert broken.returncode == 1, broken.stderr
    assert "skipped line 3:" in broken.stdout and "2 new" in broken.stdout
    assert "555-12" not in broken.stdout + broken.stderr
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    refused = frontdesk("import", str(empty), "--kind", "appointments", "--mapping", "Broken",
                        *common)
    assert refused.returncode == 2 and "empty" in refused.stderr
    unknown = frontdesk("import", str(FIXTURES / "broken.csv"), "--kind", "appointments",
                        "--mapping", "Nobody", *common)
    assert unknown.returncode == 2 and "no CSV mapping called" in unknown.stderr


def test_an_ics_file_is_imported_into_a_source_named_after_it(tmp_path):
    folder = tmp_path / "fd"
    common = ("--demo", "--data-dir", str(folder))
    ics = sorted(ICS.glob("*.ics"))[0]
    dry = frontdesk("import", str(ics), "--kind", "ics", "--dry-run", "--json", *common)
    assert dry.returncode in (0, 1), dry.stderr
    done = frontdesk("import", str(ics), "--kind", "ics", "--json", *common)
    assert done.returncode == dry.returncode, done.stderr
    assert json.loads(done.stdout)["new"] == json.loads(dry.stdout)["new"]
    listed = frontdesk("sync", "--list", *common)
    assert ics.stem in listed.stdout
