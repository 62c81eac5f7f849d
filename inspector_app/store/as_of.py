"""Reports as the data stood at a moment: the records of the report tables folded again from
the change log, keeping only the changes stamped by then.

The folded rows go into TEMP tables named like the main ones: SQLite resolves an unqualified
table name in `temp` first, so every report query reads the past state without a word of it
changed. The temporary tables (and copies of the main tables' indexes, which `INDEXED BY`
needs) are dropped when the block ends. They live in memory (`temp_store = MEMORY`) and are
never written to the database file; the main tables are not touched, so making a report this
way is no data change.

A change counts by its stamp (when it was made on its device), the same on every device that
holds it: a report made at T on one laptop is made again alike at HQ.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import groupby

from inspector_app.domain.fold import fold_record
from inspector_app.domain.model import ENTITIES
from inspector_app.store.changes import CHANGE_COLUMNS, change_from_row
from inspector_app.store.held import NOT_SUPERSEDED
from inspector_app.store.records import record_columns
from inspector_app.store.store import Store

# The records whose history the reports count: who did what, when, about whom. The territory,
# precincts and users are read as they are now (a district's outline is not history).
HISTORY_TABLES = (
    "person",
    "household",
    "register_entry",
    "register_check",
    "log_entry",
    "appeal",
    "incident",
    "incident_person",
)
_INDEX = re.compile(r"^CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?(\S+)", re.I)


def stamp_limit(wall_ms: int) -> str:
    """The text every stamp made before the next millisecond sorts below."""
    return f"{wall_ms + 1:013d}"


def newer_changes_exist(store: Store, limit: str) -> bool:
    """Whether any change of the report tables was stamped at or after `limit`."""
    return bool(
        store.db.conn.execute(
            "SELECT EXISTS (SELECT 1 FROM change WHERE hlc >= ? AND entity IN"
            " (SELECT value FROM json_each(?)))",
            [limit, _tables_json()],
        ).fetchone()[0]
    )


def _tables_json() -> str:
    return "[" + ", ".join(f'"{t}"' for t in HISTORY_TABLES) + "]"


@contextmanager
def data_as_of(store: Store, limit: str) -> Iterator[None]:
    """Inside the block, the report tables read as the changes stamped below `limit` make
    them."""
    conn = store.db.conn
    made: list[str] = []
    try:
        began = not conn.in_transaction
        if began:
            conn.execute("BEGIN")  # deferred: only temp tables are written, main stays unlocked
        for table in HISTORY_TABLES:
            _fill(store, table, limit)
            made.append(table)
        if began:
            conn.execute("COMMIT")
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        for table in made:
            conn.execute(f"DROP TABLE IF EXISTS temp.[{table}]")


def _fill(store: Store, table: str, limit: str) -> None:
    conn = store.db.conn
    conn.execute(f"CREATE TEMP TABLE [{table}] AS SELECT * FROM main.[{table}] WHERE 0")
    for (sql,) in conn.execute(
        "SELECT sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ?"
        " AND sql IS NOT NULL",
        [table],
    ).fetchall():
        match = _INDEX.match(sql)
        if match:
            conn.execute(f"CREATE INDEX temp.{match.group(1)}{sql[match.end() :]}")
    entity = ENTITIES[table]
    columns = ", ".join("c." + n for n in CHANGE_COLUMNS.split(", "))
    cursor = conn.execute(
        f"SELECT {columns} FROM main.change AS c WHERE c.entity = ? AND c.hlc < ?"
        f" AND {NOT_SUPERSEDED} ORDER BY c.record_id",
        [table, limit],
    )
    rows: list[list[object]] = []
    names: list[str] = []
    for record_id, group in groupby(map(change_from_row, cursor), key=lambda c: c.record_id):
        folded = fold_record(entity, group, conflicts=False)
        if folded is None:
            continue
        values = record_columns(entity, record_id, folded)
        names = names or list(values)
        rows.append([values[n] for n in names])
    if rows:
        conn.executemany(
            f"INSERT INTO temp.[{table}] ({', '.join(names)})"
            f" VALUES ({', '.join('?' * len(names))})",
            rows,
        )
