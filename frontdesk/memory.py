"""How the process's C heap (glibc's malloc) gives memory back to the system.

Everything here is a no-op (False) where the C library is not glibc (musl, macOS,
Windows): those allocators keep their own rules.

glibc's malloc serves a block of 128 KiB or more with a mapping of its own, returned to
the system when freed, but it raises that threshold to the size of every such block freed
(up to 32 MiB): after the first Trends build has freed its block texts and numpy columns,
blocks of a few MiB come from the heap, and their freed pages stay counted as the
program's until `malloc_trim`. A fixed threshold keeps large blocks in mappings of their
own, so what a build frees goes back as it is freed and the next large block does not sit
on top of it. Each thread that allocates while others hold the main heap gets an arena of
its own (up to 8 per core), each keeping its own free pages; FrontDesk's threads are few
and mostly wait, so two arenas serve them.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from functools import cache

M_TRIM_THRESHOLD, M_MMAP_THRESHOLD, M_ARENA_MAX = -1, -3, -8
# Blocks of this size or more get a mapping of their own (glibc starts at 128 KiB): a build's
# block texts and numpy columns (a MiB or more each) are far above it, while the many
# mid-size blocks below it stay on the heap rather than each costing a mapping.
MMAP_THRESHOLD_BYTES = 256 * 1024
# Free memory at the top of a heap above this goes back at once (glibc: twice the mmap
# threshold once it moves; set with it, as fixing one fixes both).
TRIM_THRESHOLD_BYTES = 2 * MMAP_THRESHOLD_BYTES
ARENAS = 2


@cache
def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(None)
    if not hasattr(libc, "mallopt") or not hasattr(libc, "malloc_trim"):
        return None  # not glibc (musl has neither)
    libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    libc.malloc_trim.argtypes = [ctypes.c_size_t]
    return libc


def tune_malloc() -> bool:
    """Fix glibc's mmap and trim thresholds and cap its arenas (see the module's text).
    Called first thing in `main`, before any thread starts; True when glibc took all three."""
    libc = _glibc()
    if libc is None:
        return False
    settings = ((M_ARENA_MAX, ARENAS), (M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES),
                (M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES))
    return all([bool(libc.mallopt(option, value)) for option, value in settings])


def release_free_memory() -> bool:
    """Give memory that is free inside the process back to the system, after work that
    read a lot (a whole-file check, a first Trends build). glibc's malloc keeps what page
    caches and buffers freed in its arenas for reuse, where it still counts as the
    program's; `malloc_trim` returns the unused pages (ctypes releases the GIL meanwhile).
    A no-op (False) without glibc."""
    libc = _glibc()
    trim: Callable[[int], int] | None = None if libc is None else libc.malloc_trim
    return bool(trim(0)) if trim is not None else False
