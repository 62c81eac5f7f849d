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


def test_a_database_is_backed_up_before_it_is_upgraded(tmp_path: Path) -> None:
    """A real database of schema 9 (key file and all): opening it upgrades it, and a backup of
    it as it was is written first, which checks whole with the user's password."""
    import shutil

    from inspector_app.resources import migrations_dir
    from inspector_app.services.backup import check
    from inspector_app.store.connection import open_database
    from inspector_app.store.keyfile import KeyFile, key_file_for
    from inspector_app.store.migrations import migrate
    from tests.conftest import FAST_KDF, PASSWORD

    path = tmp_path / "old.db"
    _keyfile, master, _recovery = KeyFile.create(key_file_for(path), "admin", PASSWORD, FAST_KDF)
    older = tmp_path / "migrations"
    older.mkdir()
    for step in sorted(migrations_dir().glob("*.sql"))[:9]:
        shutil.copy(step, older / step.name)
    db = open_database(path, master)
    migrate(db, older)
    db.execute("INSERT INTO meta (key, value) VALUES ('device_id', 'abcdef0123456789')")
    db.conn.commit()
    db.close()

    Store.open(path, master).close()

    (made,) = (tmp_path / "backups").glob("old-before-schema-9-*.iabak")
    assert (made.stat().st_mode & 0o777) == 0o600
    assert check(made, "admin", PASSWORD).device_id == "abcdef0123456789"
