"""Removable drives (USB sticks, memory cards) mounted now, offered first when a sync package
is written: that is where a package usually goes.

- Linux: the folders under /media/$USER and /run/media/$USER (where the desktop mounts them);
- Windows: the drives whose type is "removable";
- macOS: the volumes under /Volumes other than the system's.

Reading the mount table is quick (no drive is read), so it is done when the person asks.
"""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo

DRIVE_REMOVABLE = 2  # GetDriveTypeW


@dataclass(frozen=True)
class Drive:
    path: Path
    name: str  # the volume's label, else the folder's name
    free_bytes: int | None  # None when the drive does not say


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return os.environ.get("USER", "")


def _mount_folders() -> list[Path]:
    """Folders under which the desktop mounts removable media for this user."""
    if sys.platform == "darwin":
        return [Path("/Volumes")]
    user = _user()
    if not user:
        return []
    return [Path("/media") / user, Path("/run/media") / user]


def _windows_removable(root: str) -> bool:
    import ctypes

    kernel32 = getattr(ctypes, "windll").kernel32  # noqa: B009 - Windows only
    return int(kernel32.GetDriveTypeW(root)) == DRIVE_REMOVABLE


def _drive(path: Path) -> Drive | None:
    info = QStorageInfo(str(path))
    if not info.isValid() or not info.isReady() or info.isReadOnly():
        return None
    name = info.displayName() or path.name or str(path)
    free = info.bytesAvailable()
    return Drive(path, name, free if free >= 0 else None)


def removable_drives() -> list[Drive]:
    """The writable removable drives mounted now, by name."""
    found: list[Drive] = []
    if sys.platform == "win32":
        for volume in QStorageInfo.mountedVolumes():
            root = volume.rootPath()
            if volume.isValid() and volume.isReady() and _windows_removable(root):
                drive = _drive(Path(root))
                if drive is not None:
                    found.append(drive)
    else:
        for base in _mount_folders():
            try:
                children = sorted(p for p in base.iterdir() if p.is_dir())
            except OSError:  # not there, or not ours to read
                continue
            for child in children:
                if not os.path.ismount(child):
                    continue  # an empty folder left behind by an unplugged stick
                drive = _drive(child)
                if drive is not None:
                    found.append(drive)
    return sorted(found, key=lambda d: (d.name.casefold(), str(d.path)))
