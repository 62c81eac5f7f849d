"""Reports as the data stood at a moment: the records the change log changed after it are
folded again from their changes stamped before it.

Only those records are folded (found per device through the (device, hlc) index, a seek per
device): their past rows go into TEMP tables, and a TEMP view named like each main table
shows the main rows of the records not changed since, plus the past rows. SQLite resolves an
unqualified table name in `temp` first, so every report query reads the past state without a
word of it changed. Everything is dropped when the block ends; it lives in memory
(`temp_store = MEMORY`) and the main tables are not touched, so making a report this way is no
data change.

A change counts by its stamp (when it was made on its device), the same on every device that
holds it: a report made at T on one laptop is made again alike at HQ.
"""

from __future__ import annotations

import json
from collections import defaultdict
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
    "proposal",
)

# Records of the history tables with a change stamped at or after :limit, device by device.
_TOUCHED = (
    "WITH RECURSIVE devices(device) AS ("
    " SELECT min(device) FROM change"
    " UNION ALL SELECT (SELECT min(c.device) FROM change c WHERE c.device > devices.device)"
    " FROM devices WHERE devices.device IS NOT NULL)"
    " SELECT DISTINCT c.entity, c.record_id FROM devices JOIN change c"
    " ON c.device = devices.device AND c.hlc >= :limit"
    " WHERE c.entity IN (SELECT value FROM json_each(:tables))"
)


def stamp_limit(wall_ms: int) -> str:
    """The text every stamp made before the next millisecond sorts below."""
    return f"{wall_ms + 1:013d}"


def changed_since(store: Store, limit: str) -> dict[str, list[str]]:
    """Per history table, the records with a change stamped at or after `limit`."""
    found: dict[str, list[str]] = defaultdict(list)
    for entity, record_id in store.db.conn.execute(
        _TOUCHED, {"limit": limit, "tables": json.dumps(HISTORY_TABLES)}
    ):
        found[str(entity)].append(str(record_id))
    return dict(found)


def in_past_view(store: Store, table: str) -> bool:
    """Whether `table` reads through a past view now (an `INDEXED BY` cannot name a view)."""
    return bool(
        store.db.conn.execute(
            "SELECT 1 FROM temp.sqlite_master WHERE type = 'view' AND name = ?", [table]
        ).fetchone()
    )


@contextmanager
def data_as_of(store: Store, limit: str) -> Iterator[None]:
    """Inside the block, the history tables read as the changes stamped below `limit` make
    them."""
    conn = store.db.conn
    touched = changed_since(store, limit)
    made: list[str] = []
    try:
        began = not conn.in_transaction
        if began:
            conn.execute("BEGIN")  # deferred: only temp tables are written, main stays unlocked
        for table, ids in sorted(touched.items()):
            made.append(table)
            _past(store, table, ids, limit)
        if began:
            conn.execute("COMMIT")
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        for table in made:
            conn.execute(f"DROP VIEW IF EXISTS temp.[{table}]")
            conn.execute(f"DROP TABLE IF EXISTS temp.[_past_{table}]")
            conn.execute(f"DROP TABLE IF EXISTS temp.[_touched_{table}]")


def _past(store: Store, table: str, ids: list[str], limit: str) -> None:
    """The past rows of the touched records of a table, and the view that reads them in place
    of the present ones."""
    conn = store.db.conn
    conn.execute(f"CREATE TEMP TABLE [_touched_{table}] (id TEXT PRIMARY KEY) WITHOUT ROWID")
    conn.executemany(f"INSERT INTO temp.[_touched_{table}] VALUES (?)", [(i,) for i in ids])
    conn.execute(f"CREATE TEMP TABLE [_past_{table}] AS SELECT * FROM main.[{table}] WHERE 0")
    entity = ENTITIES[table]
    columns = ", ".join("c." + n for n in CHANGE_COLUMNS.split(", "))
    cursor = conn.execute(
        f"SELECT {columns} FROM main.change AS c"
        f" JOIN temp.[_touched_{table}] t ON t.id = c.record_id"
        f" WHERE c.entity = ? AND c.hlc < ? AND {NOT_SUPERSEDED} ORDER BY c.record_id",
        [table, limit],
    )
    names = [str(r[1]) for r in conn.execute(f"PRAGMA main.table_info([{table}])").fetchall()]
    rows: list[list[object]] = []
    for record_id, group in groupby(map(change_from_row, cursor), key=lambda c: c.record_id):
        folded = fold_record(entity, group, conflicts=False)
        if folded is not None:
            values = record_columns(entity, record_id, folded)
            rows.append([values.get(n) for n in names])
    if rows:
        conn.executemany(
            f"INSERT INTO temp.[_past_{table}] VALUES ({', '.join('?' * len(names))})", rows
        )
    conn.execute(
        f"CREATE TEMP VIEW [{table}] AS SELECT * FROM main.[{table}]"
        f" WHERE id NOT IN (SELECT id FROM temp.[_touched_{table}])"
        f" UNION ALL SELECT * FROM temp.[_past_{table}]"
    )
