"""One window of the application per database: an operating-system lock on `<db>.window-lock`.

The lock is `flock` (Unix) or `msvcrt.locking` (Windows) on an open file: the kernel drops it
when the process ends, however it ends, so a crash never leaves a lock that blocks the next
start (the empty file stays; it holds nothing). Written with the two system calls rather than
filelock, which the key file uses: importing filelock costs some 60 ms, and this runs before
the first window shows. Command-line work beside an open window takes no such lock: it shares
the database under SQLite's own locking (it waits, or says the database is busy); only
`restore`, which replaces the database under the window, is refused while one is open.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

WINDOW_LOCK_SUFFIX = ".window-lock"


def window_lock_for(database: Path) -> Path:
    return database.with_name(database.name + WINDOW_LOCK_SUFFIX)


def _try_lock(descriptor: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class WindowClaim:
    """This process's window on a database, held until `release` or the process's end."""

    def __init__(self, descriptor: int | None) -> None:
        self._descriptor: int | None = descriptor

    def release(self) -> None:
        if self._descriptor is not None:
            os.close(self._descriptor)  # closing the file drops its lock
            self._descriptor = None


def claim_window(database: Path) -> WindowClaim | None:
    """The claim on `database` for this window, or None when another window holds it."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOINHERIT", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        database.parent.mkdir(parents=True, exist_ok=True)  # a first run: the folder is new
        descriptor = os.open(window_lock_for(database), flags, 0o600)
    except OSError:
        # a read-only folder or a missing drive: no lock can be kept, and the database's own
        # open says what is wrong in words; a window is not refused for the lock's sake
        return WindowClaim(None)
    if not _try_lock(descriptor):
        os.close(descriptor)
        return None
    return WindowClaim(descriptor)


def window_open(database: Path) -> bool:
    """Whether a window of the application has `database` open now."""
    if not window_lock_for(database).exists():
        return False
    claim = claim_window(database)
    if claim is None:
        return True
    claim.release()
    return False
