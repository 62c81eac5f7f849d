"""The database file: schema steps, refusal of newer databases, encryption at rest."""

from __future__ import annotations

import hashlib
import secrets
from pathlib import Path

import pytest

from inspector_app.domain.errors import AppError, EnvironmentProblem
from inspector_app.resources import schema_file
from inspector_app.services.people import add_person
from inspector_app.services.session import Session
from inspector_app.store.connection import open_database
from inspector_app.store.migrations import (
    available_migrations,
    current_schema_sql,
    migrate,
    schema_version,
)
from inspector_app.store.store import Store


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_schema_sql_matches_the_migrations(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db", secrets.token_bytes(32), create=True)
    try:
        produced = current_schema_sql(store.db)
    finally:
        store.close()
    recorded = schema_file().read_text("utf-8").split("\n\n", 1)[1]
    assert produced == recorded, "db/schema.sql is stale: run packaging/write_schema.py"


def test_each_step_is_recorded_once(tmp_path: Path) -> None:
    key = secrets.token_bytes(32)
    store = Store.open(tmp_path / "s.db", key, create=True)
    store.close()
    db = open_database(tmp_path / "s.db", key)
    try:
        steps = available_migrations()
        assert schema_version(db) == len(steps)
        assert migrate(db) == []  # nothing left to apply
        rows = db.execute("SELECT number, name, checksum FROM schema_migration").fetchall()
        assert [(n, name, c) for n, name, c in rows] == [
            (s.number, s.name, s.checksum) for s in steps
        ]
    finally:
        db.close()


def test_a_failing_step_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_first.sql").write_text("CREATE TABLE a (x INTEGER);")
    (folder / "0002_broken.sql").write_text(
        "CREATE TABLE b (y INTEGER);\nINSERT INTO no_such_table VALUES (1);"
    )
    db = open_database(tmp_path / "m.db", secrets.token_bytes(32))
    try:
        with pytest.raises(Exception, match="no_such_table"):
            migrate(db, folder)
        assert schema_version(db) == 1
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "a" in tables and "b" not in tables
    finally:
        db.close()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    key = secrets.token_bytes(32)
    path = tmp_path / "s.db"
    Store.open(path, key, create=True).close()
    db = open_database(path, key)
    db.execute("PRAGMA user_version = 999")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = _digest(path)
    with pytest.raises(EnvironmentProblem) as refused:
        Store.open(path, key)
    assert refused.value.code == "db.too_new"
    assert refused.value.params == {"found": 999, "known": len(available_migrations())}
    assert _digest(path) == before


def test_a_wrong_key_is_refused_in_words(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    Store.open(path, secrets.token_bytes(32), create=True).close()
    with pytest.raises(AppError) as refused:
        Store.open(path, secrets.token_bytes(32))
    assert refused.value.code == "db.cannot_decrypt"


def test_the_file_holds_no_personal_data_in_plain_bytes(session: Session) -> None:
    add_person(
        session,
        {
            "surname": "Нұрғалиева",
            "name": "Әлия",
            "birth_date": "01.01.1990",
            "id_number": "900101300017",
            "phone": "+7 701 123 45 67",
            "address": "Абай көшесі 12",
        },
    )
    path = session.store.path
    files = [p for p in path.parent.iterdir() if p.name.startswith(path.name)]
    assert any(p.name.endswith("-wal") for p in files)  # the WAL is checked too
    for file in files:
        raw = file.read_bytes()
        for secret in ("Нұрғалиева", "Әлия", "900101300017", "77011234567", "Абай"):
            for encoding in ("utf-8", "utf-16-le"):
                assert secret.encode(encoding) not in raw, (file.name, secret)
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    assert oct(path.stat().st_mode & 0o777) == "0o600"
