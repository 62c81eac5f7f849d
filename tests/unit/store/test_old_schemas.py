"""A database made by any earlier schema version opens with the newest one and keeps every row
and every value of every column that still exists (tests/fixtures/old_schemas.py makes them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_app.store.store import Store
from tests.fixtures import old_schemas

# Columns a migration rewrites on purpose, with the reason; everything else is kept as it was.
REWRITTEN: dict[tuple[str, str], str] = {}
# Tables a migration empties or drops on purpose (none today).
DROPPED: dict[str, str] = {}


@pytest.fixture(scope="module")
def old_databases(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[int, Path, bytes, dict]]:
    return old_schemas.make(tmp_path_factory.mktemp("old-schemas"))


def test_there_is_a_database_for_every_earlier_version(old_databases: list) -> None:
    versions = [v for v, *_rest in old_databases]
    assert versions == list(range(1, len(versions) + 1)) and len(versions) >= 9


def test_every_earlier_version_upgrades_with_every_row_kept(old_databases: list) -> None:
    for version, path, key, written in old_databases:
        store = Store.open(path, key)
        try:
            for table, rows in written.items():
                if table in DROPPED:
                    continue
                kept = [
                    c
                    for c, _k in old_schemas.columns(store.db, table)
                    if c in rows[0] and (table, c) not in REWRITTEN
                ]
                found = {
                    tuple(r[c] for c in kept) for r in store.select(f"SELECT * FROM [{table}]")
                }
                for row in rows:  # a migration may add rows (a new setting), never lose one
                    assert tuple(row[c] for c in kept) in found, (version, table, row)
        finally:
            store.close()
