"""Changes kept apart from the merge, and the chief's decisions on them (DESIGN.md section 3).

A received change stamped more than a day ahead of this device's clock would win every merge
for good: it is held in `held_change`, neither merged nor dropped, until a `change_review`
record decides. "accept" applies it as if it had just arrived; "superseded" means it is never
applied anywhere (the chief enters its values again under a sane stamp), and it stays here.
When several live reviews name one change, "superseded" prevails over "accept".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import sqlite_utils

from inspector_app.domain.change import Change
from inspector_app.store.changes import (
    CHANGE_COLUMNS,
    ChangeTexts,
    batches,
    change_from_row,
    change_row,
)

ACCEPT, SUPERSEDED = "accept", "superseded"
# the changes of the log that a live review marks superseded: excluded from every fold
NOT_SUPERSEDED = (
    "NOT EXISTS (SELECT 1 FROM change_review AS r WHERE r.change_id = c.change_id"
    " AND r.deleted = 0 AND r.decision = 'superseded')"
)


def hold(db: sqlite_utils.Database, change: Change, texts: ChangeTexts, held_at: str) -> None:
    db.conn.execute(
        f"INSERT INTO held_change ({CHANGE_COLUMNS}, held_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [*change_row(change, texts), held_at],
    )


def release(db: sqlite_utils.Database, change_id: str) -> Change | None:
    """Take a held change out of `held_change` to be merged; None when it is not held."""
    found = db.conn.execute(
        f"SELECT {CHANGE_COLUMNS} FROM held_change WHERE change_id = ?", [change_id]
    ).fetchone()
    if found is None:
        return None
    db.conn.execute("DELETE FROM held_change WHERE change_id = ?", [change_id])
    return change_from_row(found)


def decisions(db: sqlite_utils.Database, change_ids: Iterable[str]) -> dict[str, str]:
    """change id -> "superseded" or "accept", for those a live review decides."""
    found: dict[str, str] = {}
    for batch in batches(change_ids):
        marks = ",".join("?" * len(batch))
        for change_id, superseded, accepted in db.conn.execute(
            "SELECT change_id, max(decision = 'superseded'), max(decision = 'accept')"
            f" FROM change_review WHERE deleted = 0 AND change_id IN ({marks})"
            " GROUP BY change_id",
            batch,
        ):
            if superseded:
                found[change_id] = SUPERSEDED
            elif accepted:
                found[change_id] = ACCEPT
    return found


def superseded_ids(db: sqlite_utils.Database) -> set[str]:
    return {
        r[0]
        for r in db.conn.execute(
            "SELECT change_id FROM change_review WHERE deleted = 0 AND decision = 'superseded'"
        )
    }


def where_merged(db: sqlite_utils.Database, change_id: str) -> tuple[str, str] | None:
    """(entity, record id) of a change in the log, None when it is not there."""
    found = db.conn.execute(
        "SELECT entity, record_id FROM change WHERE change_id = ?", [change_id]
    ).fetchone()
    return (str(found[0]), str(found[1])) if found else None


@dataclass(frozen=True)
class HeldRow:
    change: Change
    held_at: str
    decision: str | None  # None: awaiting the chief


def held_rows(db: sqlite_utils.Database, *, undecided_only: bool) -> list[HeldRow]:
    """Held changes, oldest stamp first, with the decision on each."""
    cursor = db.conn.execute(
        f"SELECT {CHANGE_COLUMNS}, held_at FROM held_change ORDER BY hlc, change_id"
    )
    rows = [(change_from_row(row[:-1]), str(row[-1])) for row in cursor]
    decided = decisions(db, (c.change_id for c, _ in rows))
    return [
        HeldRow(change, held_at, decided.get(change.change_id))
        for change, held_at in rows
        if not (undecided_only and change.change_id in decided)
    ]


def held_change(db: sqlite_utils.Database, change_id: str) -> Change | None:
    found = db.conn.execute(
        f"SELECT {CHANGE_COLUMNS} FROM held_change WHERE change_id = ?", [change_id]
    ).fetchone()
    return change_from_row(found) if found else None
