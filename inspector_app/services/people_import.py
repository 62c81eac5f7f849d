"""`people import`: a list of residents from CSV or XLSX, streamed into one transaction.

The file is read row by row and written in chunks, all inside one write transaction: a crash
or a refused file leaves the database as it was, and memory stays the same whatever the
file's size. Duplicates are looked for inside that transaction, where the database already
holds the rows of earlier chunks, so two imports of one file at once queue on the write lock
and the second finds every person of the first."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from inspector_app.domain.errors import AppError, Caution
from inspector_app.domain.people import duplicate_key
from inspector_app.services.backup import backup_before_large_import
from inspector_app.services.people import find_duplicates, parse_person
from inspector_app.services.session import Session
from inspector_app.services.tabular import ColumnMatch, Row, check_columns, read_table
from inspector_app.store import queries

CHUNK_ROWS = 2_000  # rows checked and written at a time
MAX_LISTED = 1_000  # rejected rows reported one by one; the rest are counted
# The page cache while importing: large enough for the indexes a chunk touches, small enough
# that a whole import stays under 150 MB (pages beyond it spill to the WAL file).
IMPORT_CACHE_MIB = 48

T = TypeVar("T")


class LineReports(Generic[T]):
    """What was found on the rows of a file, as (line, finding) pairs: every one counted,
    the first `limit` kept, and after them, on the first line not kept, one `more(count)`
    standing for the rest, so a file of a million bad rows costs the memory of a thousand."""

    def __init__(self, more: Callable[[int], T] | None = None, limit: int = MAX_LISTED):
        self._kept: list[tuple[int, T]] = []
        self._count = 0
        self._first_unlisted = 0
        self._more = more
        self._limit = limit

    def append(self, item: tuple[int, T]) -> None:
        self._count += 1
        if len(self._kept) < self._limit:
            self._kept.append(item)
        elif not self._first_unlisted:
            self._first_unlisted = item[0]

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[tuple[int, T]]:
        yield from self._kept
        unlisted = self._count - len(self._kept)
        if unlisted and self._more is not None:
            yield self._first_unlisted, self._more(unlisted)


def _more_rejected(count: int) -> AppError:
    return AppError("import.more_rejected", count=count)


# a row refused because the person is already there (in the database or earlier in the file)
DUPLICATE_CODES = frozenset(
    {"person.duplicate", "import.duplicate_in_file", "import.duplicate_earlier_line"}
)


@dataclass
class ImportResult:
    imported: int = 0
    duplicates: int = 0  # of the rejected rows, those of people already there
    rejected: LineReports[AppError] = field(default_factory=lambda: LineReports(_more_rejected))
    cautions: LineReports[Caution] = field(default_factory=LineReports)


class _RollBack(Exception):
    """Raised inside the transaction to undo it: --all-or-nothing and a row was rejected."""


@dataclass
class _Importer:
    session: Session
    result: ImportResult
    precinct_id: str | None
    first_stamp: str | None = None  # the version of the first person this import wrote

    def chunk(self, rows: list[Row]) -> None:
        """Check the rows against each other and the database, then write the valid ones."""
        session = self.session
        today = session.today()
        numbers: dict[str, int] = {}  # within this chunk; earlier chunks are in the database
        keys: dict[str, int] = {}
        valid: list[dict[str, Any]] = []
        for row in rows:
            try:
                if row.problem is not None:
                    raise row.problem
                parsed = parse_person(row.values, session.country, today=today)
                number = parsed.values.get("id_number")
                key = duplicate_key(parsed.values)
                earlier = (numbers.get(str(number)) if number else None) or (
                    keys.get(key) if key else None
                )
                if earlier:
                    raise AppError("import.duplicate_in_file", line=earlier)
                existing = find_duplicates(session, parsed.values)
                if existing:
                    raise self._duplicate(existing)
            except AppError as error:
                self.result.rejected.append((row.line, error.with_traceback(None)))
                if error.code in DUPLICATE_CODES:
                    self.result.duplicates += 1
                continue
            if number:
                numbers[str(number)] = row.line
            if key:
                keys[key] = row.line
            for caution in parsed.cautions:
                self.result.cautions.append((row.line, caution))
            valid.append(
                {"id": str(uuid.uuid4()), "precinct_id": self.precinct_id, **parsed.values}
            )
        if not valid:
            return
        self.result.imported += session.store.bulk_create(
            "person",
            valid,
            author=session.user_id,
            device=session.device_id,
            action="people.import",
        )
        if self.first_stamp is None:
            first = session.store.get("person", valid[0]["id"])
            self.first_stamp = str(first["created_version"]) if first else None

    def _duplicate(self, existing: list[str]) -> AppError:
        """A person already in the database, or one this import wrote from an earlier chunk:
        this device's clock only moves forward, and the write lock held since the import
        began lets no one else write, so a person of this device stamped at or after the
        first one written is one of this file's."""
        if self.first_stamp is not None:
            for person_id in existing:
                person = self.session.store.get("person", person_id)
                if (
                    person is not None
                    and person["origin"] == self.session.device_id
                    and str(person["created_version"]) >= self.first_stamp
                ):
                    return AppError("import.duplicate_earlier_line")
        return AppError("person.duplicate", ids=", ".join(existing))


def chosen_columns(header: Sequence[str], columns: Sequence[str | None]) -> ColumnMatch:
    """The columns a person matched in the window, for the file they looked at: a header that
    is no longer the one shown (the file was changed since) is refused."""

    def match(cells: list[str]) -> list[str | None]:
        if [c.strip() for c in cells] != [c.strip() for c in header] or len(cells) != len(columns):
            raise AppError("import.file_changed")
        fields = list(columns)
        check_columns(cells, fields)
        return fields

    return match


def import_people(
    session: Session,
    path: Path,
    *,
    all_or_nothing: bool = False,
    match: ColumnMatch | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportResult:
    """Import the valid rows of a file. A row that duplicates a person in the database or an
    earlier row is rejected: it is reported, never created twice. A refused file (unreadable,
    too big, broken encoding or quotes) changes nothing; with `all_or_nothing`, neither does
    a single rejected row. `match` is how the header becomes fields (by default the file's own
    names); `progress(rows read)` is called after each chunk, inside the transaction, so an
    exception it raises (the window's Stop) undoes the whole import."""
    session.require("people.import")
    result = ImportResult()
    backup_before_large_import(session, path)
    try:
        with (
            closing(read_table(path, match)) as rows,
            session.store.bulk_writes(cache_mib=IMPORT_CACHE_MIB),
            session.store.transaction(),
        ):
            precinct = queries.own_precinct(session.store)
            importer = _Importer(session, result, precinct["id"] if precinct else None)
            read = 0
            while chunk := list(itertools.islice(rows, CHUNK_ROWS)):
                importer.chunk(chunk)
                read += len(chunk)
                if progress is not None:
                    progress(read)
            if all_or_nothing and result.rejected:
                raise _RollBack
            if result.imported:
                session.event(
                    "people.import",
                    file=path.name,
                    imported=result.imported,
                    rejected=len(result.rejected),
                )
    except _RollBack:
        result.imported = 0
    return result


def check_rows(session: Session, rows: list[Row]) -> ImportResult:
    """What importing these rows would do, keeping none of it: they are written inside a
    transaction that is then rolled back, so the checks are the import's own, the duplicates
    in the database included."""
    session.require("people.import")
    result = ImportResult()
    try:
        with session.store.transaction():
            precinct = queries.own_precinct(session.store)
            _Importer(session, result, precinct["id"] if precinct else None).chunk(rows)
            raise _RollBack
    except _RollBack:
        result.imported = 0
    return result
