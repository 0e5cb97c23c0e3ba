"""glibc malloc's settings: taken where the C library is glibc, a no-op elsewhere."""

from __future__ import annotations

import platform
import sys

from frontdesk import memory

GLIBC = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"


def test_malloc_is_tuned_and_trimmed_on_glibc_only():
    assert memory.tune_malloc() is GLIBC
    assert isinstance(memory.release_free_memory(), bool)

