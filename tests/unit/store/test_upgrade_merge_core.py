"""A database made before migration 0006 opens with its change log and conflicts intact: the
log gains an empty `seen` for every change, and a conflict is an open one (its device-local
resolution columns are gone: no version of the application ever set them)."""

from __future__ import annotations

import secrets
import shutil
from pathlib import Path

from inspector_app.resources import migrations_dir
from inspector_app.store.connection import open_database
from inspector_app.store.migrations import migrate
from inspector_app.store.store import Store


def test_a_database_from_before_the_merge_core_upgrades(tmp_path: Path) -> None:
    older = tmp_path / "migrations"
    older.mkdir()
    for step in sorted(migrations_dir().glob("000[1-5]_*.sql")):
        shutil.copy(step, older / step.name)
    key, path = secrets.token_bytes(32), tmp_path / "old.db"
    db = open_database(path, key)
    migrate(db, older)
    db.execute(
        "INSERT INTO change (change_id, entity, record_id, hlc, values_json, bases_json, author,"
        " device) VALUES ('c1', 'person', 'p1', '1790000000000.00000.aaaaaaaaaaaaaaaa',"
        " '{\"notes\":\"x\"}', '{}', NULL, 'aaaaaaaaaaaaaaaa')"
    )
    db.execute(
        "INSERT INTO conflict (entity, record_id, field, loser_change, loser_value, resolved_at)"
        " VALUES ('person', 'p1', 'notes', 'c0', '\"y\"', '2026-10-01T00:00:00Z')"
    )
    db.conn.commit()
    db.close()

    store = Store.open(path, key)
    try:
        assert store.select("SELECT change_id, seen_json FROM change") == [
            {"change_id": "c1", "seen_json": "{}"}
        ]
        assert store.select("SELECT entity, record_id, field, loser_change FROM conflict") == [
            {"entity": "person", "record_id": "p1", "field": "notes", "loser_change": "c0"}
        ]
        columns = {
            r["name"] for r in store.select("SELECT name FROM pragma_table_info('conflict')")
        }
        assert not columns & {"resolved_at", "resolved_by", "resolution"}
        assert store.scalar("SELECT count(*) FROM held_change") == 0
    finally:
        store.close()
