"""A package larger than a volume is written as several files: `NAME.iapkg`, then
`NAME.iapkg.002`, `.003`, ... (a FAT32 stick holds no file of 4 GB; a volume is 2 GB). The
bytes are one package cut into pieces: the reader joins them in order, and the package's own
checks (every frame authenticated, a signed manifest at the end) refuse a missing or damaged
piece. Every volume goes through the guarded writer as a `.part` file, and none is renamed
into place before all are written."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import BinaryIO

from inspector_app.store.files import guarded_output

VOLUME_BYTES = 2 * 1024**3
_PART = re.compile(r"\.(\d{3})$")


def volume_path(first: Path, number: int) -> Path:
    return first if number == 1 else first.with_name(f"{first.name}.{number:03d}")


def is_later_volume(path: Path) -> bool:
    """`NAME.iapkg.002` and on: read through the first volume, never on their own."""
    return bool(_PART.search(path.name)) and path.name[:-4].endswith(".iapkg")


class _Sink:
    """Writes into the current volume and opens the next one when it is full."""

    def __init__(self, first: Path, stack: ExitStack, database: Path, overwrite: bool, limit: int):
        self._first, self._stack = first, stack
        self._database, self._overwrite, self._limit = database, overwrite, limit
        self._number = 0
        self._left = 0
        self._out: BinaryIO | None = None
        self.paths: list[Path] = []

    def _next(self) -> None:
        self._number += 1
        path = volume_path(self._first, self._number)
        self._out = self._stack.enter_context(
            guarded_output(path, database=self._database, overwrite=self._overwrite)
        )
        self._left = self._limit
        self.paths.append(path)

    def write(self, data: bytes) -> int:
        view = memoryview(data)
        while view:
            if self._out is None or self._left == 0:
                self._next()
            assert self._out is not None
            piece = view[: self._left]
            self._out.write(piece)
            self._left -= len(piece)
            view = view[len(piece) :]
        return len(data)


@contextmanager
def volume_output(
    first: Path, *, database: Path, overwrite: bool = False, limit: int | None = None
) -> Iterator[_Sink]:
    """A stream cut into volumes of `limit` bytes; all become files only if the block ends
    without an exception (the first volume is renamed last, so a reader never finds a first
    volume whose next ones are missing)."""
    with ExitStack() as stack:
        sink = _Sink(first, stack, database, overwrite, limit or VOLUME_BYTES)
        sink._next()
        yield sink


class VolumeSource:
    """Reads the volumes of a package one after another as one stream."""

    def __init__(self, first: Path) -> None:
        self._first = first
        self._number = 1
        self._file: BinaryIO = open(first, "rb")  # noqa: SIM115 - closed by close()

    def read(self, size: int = -1) -> bytes:
        data = self._file.read(size)
        while size < 0 or len(data) < size:
            following = volume_path(self._first, self._number + 1)
            if not following.exists():
                break
            self._file.close()
            self._number += 1
            self._file = open(following, "rb")  # noqa: SIM115
            more = self._file.read(-1 if size < 0 else size - len(data))
            data += more
        return data

    def missing_next(self) -> Path | None:
        """After a read came short: the volume that must follow (the current one is full) but
        is absent; None when the package is simply cut short."""
        following = volume_path(self._first, self._number + 1)
        current = volume_path(self._first, self._number)
        if following.exists() or current.stat().st_size != VOLUME_BYTES:
            return None
        return following

    def close(self) -> None:
        self._file.close()
