"""Only one running FrontDesk may send for a data folder (two would double-send)."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path

from frontdesk.services.errors import FrontDeskError

# The lock is held by another process: not a fault, that process sends.
_HELD = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK}


class LockUnavailable(FrontDeskError):
    """The lock file itself cannot be used (a folder, no permission, a full disk): nobody
    can send from this PC until it is fixed. `why` is the plain reason."""

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(
            f"FrontDesk cannot use its sending lock file ({path}): {why}. Reminders and "
            "replies are paused on this PC.",
            hint="Ask IT to make that file an ordinary file FrontDesk can write (or remove "
                 "it), then restart FrontDesk.")
        self.path, self.why = path, why


def _why(exc: OSError) -> str:
    if isinstance(exc, IsADirectoryError) or exc.errno == errno.EISDIR:
        return "it is a folder, not a file"
    if isinstance(exc, PermissionError):
        return "FrontDesk is not allowed to write it"
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.EROFS:
        return "the folder is read-only"
    return exc.strerror or type(exc).__name__


class InstanceLock:
    """An OS file lock, released when the process ends (even if it is killed)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """True: this process sends. False: another FrontDesk holds the lock.
        Raises LockUnavailable when the lock file cannot be used at all."""
        if self._fd is not None:
            return True
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600)
        except OSError as exc:
            raise LockUnavailable(self.path, _why(exc)) from None
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno in _HELD:
                return False
            raise LockUnavailable(self.path, _why(exc)) from None
        with contextlib.suppress(OSError):  # the pid is only a note: the lock is ours
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
