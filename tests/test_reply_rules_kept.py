"""The reply rules' compiled patterns are kept between starts: the second start makes every
pattern from the saved table, and each is the pattern `re.compile` makes from its text (pattern
objects compare their text, flags and compiled code). A table for other sources or another
Python is not used. The background jobs' first runs are spread over the first seconds."""

from __future__ import annotations

import itertools
import json
import marshal
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from frontdesk.services.background import (
    FIRST_RUN_SECONDS,
    BackgroundWork,
    read_rules,
    rules_key,
)
from frontdesk.services.triage import compiled, fastre, flags_en, flags_es, signs

ROOT = Path(__file__).resolve().parent.parent

# A fresh process builds the rules with `saved` as the kept table, then reports how many
# results it had to work out, and whether every rule pattern equals re.compile of its text.
START = """
import importlib, json, pkgutil, re, sys
from pathlib import Path
from frontdesk.services import triage
from frontdesk.services.background import warm_up_triage
from frontdesk.services.triage import compiled
warm_up_triage(None, Path(sys.argv[1]))
found = []
def walk(value):
    if isinstance(value, re.Pattern):
        found.append(value)
    elif isinstance(value, dict):
        for v in value.values():
            walk(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            walk(v)
for info in pkgutil.iter_modules(triage.__path__):
    module = importlib.import_module(f"frontdesk.services.triage.{info.name}")
    for value in vars(module).values():
        walk(value)
print(json.dumps({"missed": compiled.missed(), "patterns": len(found),
                  "sizes": sorted(len(p.pattern) for p in found)[-3:],
                  "different": sum(p != re.compile(p.pattern, p.flags) for p in found)}))
"""


def start(saved: Path) -> dict[str, int]:
    done = subprocess.run([sys.executable, "-c", START, str(saved)], cwd=ROOT, check=True,
                          capture_output=True, text=True, timeout=120)
    result: dict[str, int] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_the_second_start_makes_every_rule_from_the_kept_table(tmp_path):
    saved = tmp_path / "cache" / "reply-rules.bin"
    first = start(saved)
    assert first["missed"] > 100 and saved.exists()
    kept = saved.stat().st_mtime_ns
    second = start(saved)
    assert second["missed"] == 0
    assert saved.stat().st_mtime_ns == kept  # nothing new: not rewritten
    assert second["patterns"] == first["patterns"] > 100
    assert second["sizes"][-1] > 10_000  # the big alternations are among them
    assert second["different"] == first["different"] == 0


def test_the_kept_groupings_openings_and_patterns_are_the_ones_worked_out():
    lists = [flags_en.CRISIS + flags_es.CRISIS, *signs.FRAGMENTS.values()]
    compiled.load({})
    worked = [(fastre.words(f), fastre.prefixes(f)) for f in lists]
    assert compiled.missed() == 3 * len(lists)  # grouping, pattern and openings of each
    table = compiled.table()
    compiled.load(table)
    kept = [(fastre.words(f), fastre.prefixes(f)) for f in lists]
    assert compiled.missed() == 0
    compiled.forget()
    for (pattern, openings), (again, same) in zip(worked, kept, strict=True):
        assert again == pattern == re.compile(pattern.pattern)
        assert again.groupindex == pattern.groupindex and again.groups == pattern.groups
        assert same == openings


def test_a_table_for_other_sources_or_a_damaged_file_is_not_used(tmp_path):
    saved = tmp_path / "reply-rules.bin"
    assert read_rules(saved, rules_key()) == {}  # none yet
    saved.write_bytes(b"\x00not a table")
    assert read_rules(saved, rules_key()) == {}
    saved.write_bytes(marshal.dumps(("another key", {"words:x": "y"})))
    assert read_rules(saved, rules_key()) == {}
    saved.write_bytes(marshal.dumps((rules_key(), {"words:x": "y"})))
    assert read_rules(saved, rules_key()) == {"words:x": "y"}


def test_the_first_runs_are_spread_and_the_rules_come_last(services, clock):
    clock.advance(datetime.now(UTC) + timedelta(hours=1) - clock.now())  # nothing runs yet
    work = BackgroundWork(services)
    work.start()
    try:
        firsts = {job.id: job.next_run_time for job in work.scheduler.get_jobs()
                  if job.id in FIRST_RUN_SECONDS}
    finally:
        work.stop()
    assert set(firsts) == set(FIRST_RUN_SECONDS)
    seconds = sorted((t - clock.now()).total_seconds() for t in firsts.values())
    assert all(b - a >= 1 for a, b in itertools.pairwise(seconds))
    assert max(firsts, key=lambda job_id: firsts[job_id]) == "triage-warm-up"
