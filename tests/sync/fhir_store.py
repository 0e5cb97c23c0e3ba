"""The test FHIR server's data: resources with versionId and meta.lastUpdated, their history,
and the search semantics (date prefixes, _lastUpdated, _include) the connector relies on."""

from __future__ import annotations

import copy
import json
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT.parent / "shared" / "fixtures" / "sync" / "fhir-r4-examples"
EXAMPLE_FILES = (
    "appointment-example.json", "appointment-example2doctors.json",
    "appointment-example-request.json", "patient-example.json",
    "patient-example-f001-pieter.json", "patient-example-f201-roel.json",
    "practitioner-example.json", "practitioner-example-f202-lm.json",
)
PREFIXES = ("eq", "ne", "gt", "lt", "ge", "le")


def example(name: str) -> dict[str, Any]:
    """One official R4 example, read from the shared fixtures (never copied into the repo)."""
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_moment(text: str) -> tuple[datetime, datetime]:
    """A search value or resource time as [low, high): a day, or an instant (1 µs wide)."""
    if "T" not in text:
        day = datetime.fromisoformat(text).replace(tzinfo=UTC)
        return day, day + timedelta(days=1)
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment, moment + timedelta(microseconds=1)


def matches(value: str | None, condition: str) -> bool:
    """Whether a resource's time meets one search condition such as "ge2025-03-01"."""
    if value is None:
        return False
    prefix, text = ("eq", condition)
    if condition[:2] in PREFIXES:
        prefix, text = condition[:2], condition[2:]
    try:
        moment, _ = parse_moment(value)
        low, high = parse_moment(text)
    except ValueError:
        return False
    inside = low <= moment < high
    return {"eq": inside, "ne": not inside, "gt": moment >= high, "ge": moment >= low,
            "lt": moment < low, "le": moment < high}[prefix]


@dataclass
class Version:
    kind: str
    rid: str
    version: int
    at: datetime
    method: str  # POST, PUT or DELETE
    resource: dict[str, Any] | None


@dataclass
class Store:
    """Resources by (type, id); every write is a new version, stamped with the store's clock."""

    now: datetime = field(default_factory=lambda: datetime(2025, 3, 1, 12, 0, tzinfo=UTC))
    current: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    deleted: set[tuple[str, str]] = field(default_factory=set)
    history: list[Version] = field(default_factory=list)
    lock: threading.RLock = field(default_factory=threading.RLock)

    def advance(self, **delta: float) -> None:
        with self.lock:
            self.now += timedelta(**delta)

    def version_of(self, kind: str, rid: str) -> int:
        return max((v.version for v in self.history if (v.kind, v.rid) == (kind, rid)),
                   default=0)

    def put(self, resource: dict[str, Any], at: datetime | None = None,
            raw: bool = False) -> dict[str, Any]:
        """Store a new version. `raw` keeps the resource exactly as given (for malformed
        ones), apart from meta; `at` stamps it at another time than now (a late commit)."""
        with self.lock:
            kind, rid = resource["resourceType"], resource["id"]
            key = (kind, rid)
            version = self.version_of(kind, rid) + 1
            stored = copy.deepcopy(resource) if raw else json.loads(json.dumps(resource))
            meta = dict(stored.get("meta") or {})
            meta["versionId"] = str(version)
            meta["lastUpdated"] = stamp(at or self.now)
            stored["meta"] = meta
            method = "PUT" if key in self.current else "POST"
            self.current[key] = stored
            self.deleted.discard(key)
            self.history.append(Version(kind, rid, version, at or self.now, method,
                                        copy.deepcopy(stored)))
            return copy.deepcopy(stored)

    def delete(self, kind: str, rid: str) -> None:
        with self.lock:
            key = (kind, rid)
            if key not in self.current:
                return
            del self.current[key]
            self.deleted.add(key)
            self.history.append(Version(kind, rid, self.version_of(kind, rid) + 1, self.now,
                                        "DELETE", None))

    def get(self, kind: str, rid: str) -> dict[str, Any] | None:
        with self.lock:
            found = self.current.get((kind, rid))
            return copy.deepcopy(found) if found is not None else None

    def load_examples(self) -> None:
        for name in EXAMPLE_FILES:
            self.put(example(name))

    # ---- search ---------------------------------------------------------------------------

    def search(self, kind: str, query: dict[str, list[str]]) -> list[dict[str, Any]]:
        """The matches, oldest change first (a stable order for paging)."""
        with self.lock:
            found = []
            for (k, _), resource in self.current.items():
                if k != kind:
                    continue
                start = resource.get("start") if isinstance(resource.get("start"), str) else None
                if not all(matches(start, c) for c in query.get("date", [])):
                    continue
                updated = resource["meta"]["lastUpdated"]
                if not all(matches(updated, c) for c in query.get("_lastUpdated", [])):
                    continue
                status = query.get("status")
                if status and resource.get("status") not in status[0].split(","):
                    continue
                found.append(copy.deepcopy(resource))
            return sorted(found, key=lambda r: (r["meta"]["lastUpdated"], r["id"]))

    def includes(self, matches_: list[dict[str, Any]], wanted: list[str]) -> list[dict[str, Any]]:
        """The Patients and Practitioners `_include` asks for, once each."""
        kinds = set()
        for spec in wanted:
            target = spec.split(":", 1)[-1]
            kinds |= {"patient": {"Patient"}, "practitioner": {"Practitioner"},
                      "actor": {"Patient", "Practitioner", "Location"}}.get(target, set())
        out: dict[tuple[str, str], dict[str, Any]] = {}
        for resource in matches_:
            for participant in resource.get("participant") or []:
                if not isinstance(participant, dict):
                    continue
                reference = (participant.get("actor") or {}).get("reference", "")
                kind, _, rid = str(reference).partition("/")
                found = self.get(kind, rid) if kind in kinds else None
                if found is not None:
                    out[(kind, rid)] = found
        return list(out.values())

    def history_since(self, kind: str, since: str | None) -> list[Version]:
        """Every version of `kind` since the instant, newest first, as _history lists them."""
        with self.lock:
            low = parse_moment(since)[0] if since else None
            return [v for v in reversed(self.history)
                    if v.kind == kind and (low is None or v.at >= low)]
