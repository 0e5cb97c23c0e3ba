"""Where a FrontDesk process's memory goes, for bench/gui_lag.py --breakdown (Linux only).

`breakdown(services)` returns one line of figures, read in the process itself:
resident memory (anonymous and file-backed), SQLite's own heap (every connection's page
cache and statements, `sqlite3_memory_used`) and each pooled connection's page cache
(`SQLITE_DBSTATUS_CACHE_USED`), the trends cache's numpy arrays, what glibc's malloc holds
free (in use by nobody, not yet given back to the system), the number of threads and
malloc arenas, the resident size of the largest shared libraries, and Python's own
allocated blocks, and the modules loaded (by top-level package). With PYTHONTRACEMALLOC=1 in
the environment (slow) it also says where Python's traced blocks were allocated, by file:
module code shows up as importlib's. Reading a connection's handle relies on the DB-API
connection object's layout (the sqlite3 pointer right after the object header), which is
fine for a bench.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

SQLITE_DBSTATUS_CACHE_USED = 1


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _sqlite_lib() -> ctypes.CDLL | None:
    try:
        import sqlcipher3._sqlite3 as ext
    except ImportError:
        return None
    lib = ctypes.CDLL(ext.__file__)
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    lib.sqlite3_memory_highwater.restype = ctypes.c_int64
    lib.sqlite3_memory_highwater.argtypes = [ctypes.c_int]
    lib.sqlite3_db_status.argtypes = [ctypes.c_void_p, ctypes.c_int,
                                      ctypes.POINTER(ctypes.c_int),
                                      ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    return lib


def _cache_used(lib: ctypes.CDLL, dbapi_conn: Any) -> int:
    """Bytes of page cache one DB-API connection holds."""
    handle = ctypes.c_void_p.from_address(id(dbapi_conn) + object.__basicsize__).value
    if not handle:
        return 0
    cur, high = ctypes.c_int(0), ctypes.c_int(0)
    lib.sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_USED, ctypes.byref(cur),
                          ctypes.byref(high), 0)
    return cur.value


def _pooled(engine: Any) -> list[Any]:
    """The DB-API connections waiting in the engine's pool (checked-out ones are busy)."""
    queue = getattr(engine.pool, "_pool", None)
    entries = list(getattr(queue, "queue", ()))
    return [e.dbapi_connection for e in entries if e.dbapi_connection is not None]


class _Mallinfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]


def _malloc_free() -> int | None:
    """Bytes glibc's malloc holds free in all its arenas (None: not glibc)."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = _Mallinfo2
    except (OSError, AttributeError):
        return None
    return int(libc.mallinfo2().fordblks)


def _libraries(top: int = 4) -> str:
    """The shared libraries with the most resident memory (file-backed, shared)."""
    rss: Counter[str] = Counter()
    name = ""
    for line in Path("/proc/self/smaps").read_text().splitlines():
        head = re.match(r"^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$", line)
        if head:
            name = os.path.basename(head.group(1))
        elif line.startswith("Rss:") and ".so" in name:
            rss[re.sub(r"\.so.*$", "", name)] += int(line.split()[1])
    return ", ".join(f"{n} {kb / 1024:.0f}" for n, kb in rss.most_common(top))


def _arenas() -> int:
    """glibc's malloc arenas other than the main one: 64 MB-aligned anonymous reservations
    of 64 MB (one per thread that allocated while the others were busy, up to 8 per core)."""
    size = 64 << 20
    count, run_start, run_end = 0, -1, -1
    for line in [*Path("/proc/self/maps").read_text().splitlines(), "0-0 x 0 0 0 end"]:
        fields = line.split()
        start, end = (int(x, 16) for x in fields[0].split("-"))
        if len(fields) == 5 and start == run_end:
            run_end = end
            continue
        if run_start >= 0 and run_start % size == 0 and run_end - run_start == size:
            count += 1
        run_start, run_end = (start, end) if len(fields) == 5 else (-1, -1)
    return count


def _traced(top: int = 12) -> str:
    """Where Python's traced blocks were allocated, by file, when tracemalloc runs (started
    with PYTHONTRACEMALLOC=1 in the environment: slow, for finding, not for timing)."""
    import tracemalloc

    if not tracemalloc.is_tracing():
        return ""
    stats = tracemalloc.take_snapshot().filter_traces(
        [tracemalloc.Filter(False, tracemalloc.__file__)]).statistics("filename")
    total = sum(s.size for s in stats)
    root = str(Path(sys.prefix).parent)
    lines = [f"{s.size / (1 << 20):.1f} MB {s.count:,} blocks "
             f"{str(s.traceback[0].filename).replace(root, '')}" for s in stats[:top]]
    return f"traced {total / (1 << 20):.0f} MB: " + " | ".join(lines)


def _modules(top: int = 30) -> str:
    """How many modules are loaded, and the packages with the most of them."""
    by_package = Counter(name.split(".")[0] for name in list(sys.modules))
    return f"modules {len(sys.modules):,} (" + ", ".join(
        f"{n} {c}" for n, c in by_package.most_common(top)) + ")"


def breakdown(services: Any | None) -> str:
    mb = 1 << 20
    parts = [f"VmRSS {_status_kb('VmRSS') / 1024:.0f} MB (anonymous "
             f"{_status_kb('RssAnon') / 1024:.0f}, files {_status_kb('RssFile') / 1024:.0f})",
             f"VmHWM {_status_kb('VmHWM') / 1024:.0f} MB"]
    lib = _sqlite_lib()
    if lib is not None:
        parts.append(f"SQLite heap {lib.sqlite3_memory_used() / mb:.1f} MB (peak "
                     f"{lib.sqlite3_memory_highwater(0) / mb:.1f})")
        if services is not None:
            caches = [_cache_used(lib, c) / mb for c in _pooled(services.engine)]
            parts.append(f"{len(caches)} pooled connections' page caches "
                         f"[{', '.join(f'{c:.1f}' for c in caches)}] MB")
    if services is not None:
        rows, nbytes = services.trends.cache_size()
        parts.append(f"trends cache {rows:,} rows {nbytes / mb:.1f} MB")
    free = _malloc_free()
    if free is not None:
        parts.append(f"malloc free {free / mb:.0f} MB")
    parts.append(f"threads {len(os.listdir('/proc/self/task'))}, 64 MB maps {_arenas()}")
    parts.append(f"python blocks {sys.getallocatedblocks():,}")
    parts.append(f"libraries (MB) {_libraries()}")
    parts.append(_modules())
    traced = _traced()
    if traced:
        parts.append(traced)
    return "; ".join(parts)
