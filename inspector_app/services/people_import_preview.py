"""What importing a file would do, before it is imported: the columns matched to fields, the
first rows with the reason each would be rejected, and how many rows the file holds.

Only the first rows are kept and checked (by the import's own rules, `check_rows`); the rest
are read to be counted, one at a time, so memory stays the same whatever the file's size."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from inspector_app.domain.errors import AppError
from inspector_app.services.people_import import check_rows
from inspector_app.services.session import Session
from inspector_app.services.tabular import Row, check_columns, guess_columns, read_table

PREVIEW_ROWS = 200  # rows shown and checked before importing
COUNT_STEP = 10_000  # rows counted between two progress reports


@dataclass(frozen=True)
class PreviewRow:
    row: Row
    problem: AppError | None  # why this row would be rejected; None: it would be added


@dataclass
class ImportPreview:
    header: list[str]  # the file's column names, as written
    columns: list[str | None]  # the field each column goes to; None: not imported
    rows: list[PreviewRow] = field(default_factory=list)  # the first rows, checked
    total: int = 0  # the rows of the file, after the header
    problem: AppError | None = None  # the columns as matched cannot be imported

    @property
    def rejected(self) -> int:
        return sum(1 for r in self.rows if r.problem is not None)


def preview_import(
    session: Session,
    path: Path,
    columns: Sequence[str | None] | None = None,
    *,
    limit: int = PREVIEW_ROWS,
    progress: Callable[[int], None] | None = None,
    known_total: int | None = None,
) -> ImportPreview:
    """The file's header matched to fields (by its names, or as `columns` chose when given
    for a header as wide), its first `limit` rows checked, and its rows counted (unless
    `known_total` says how many there are: a column matched again needs no new count). A
    file that cannot be read at all is refused (AppError), as the import would refuse it."""
    session.require("people.import")
    seen: list[ImportPreview] = []

    def match(cells: list[str]) -> list[str | None]:
        chosen = list(columns) if columns is not None and len(columns) == len(cells) else None
        fields = chosen if chosen is not None else guess_columns(cells)
        seen.append(ImportPreview([c.strip() for c in cells], fields))
        return fields

    with closing(read_table(path, match)) as rows:
        first = list(itertools.islice(rows, limit))
        total = len(first)
        if known_total is not None and len(first) == limit:
            total = known_total
        else:
            for _row in rows:
                total += 1
                if progress is not None and total % COUNT_STEP == 0:
                    progress(total)
    preview = seen[0]
    preview.total = total
    try:
        check_columns(preview.header, preview.columns)
    except AppError as error:
        preview.problem = error.with_traceback(None)
        preview.rows = [PreviewRow(row, None) for row in first]
        return preview
    problems = dict(check_rows(session, first).rejected) if first else {}
    preview.rows = [PreviewRow(row, problems.get(row.line)) for row in first]
    return preview
