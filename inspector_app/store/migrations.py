"""Schema changes as numbered steps: db/migrations/NNNN_name.sql, each applied once, in one
transaction, and recorded. `PRAGMA user_version` holds the number of the newest step applied, so
a database made by a newer version of the application is recognised and left untouched."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from inspector_app.domain.errors import EnvironmentProblem
from inspector_app.resources import migrations_dir
from inspector_app.store.connection import write_transaction

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode("utf-8")).hexdigest()


def available_migrations(folder: Path | None = None) -> list[Migration]:
    folder = folder or migrations_dir()
    steps = []
    for path in sorted(folder.iterdir()):
        match = _NAME.match(path.name)
        if match:
            steps.append(Migration(int(match.group(1)), path.stem, path.read_text("utf-8")))
    numbers = [m.number for m in steps]
    if numbers != list(range(1, len(steps) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps: {numbers}")
    return steps


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database, folder: Path | None = None) -> list[str]:
    """Apply every step the database lacks; returns the names applied."""
    steps = available_migrations(folder)
    current = schema_version(db)
    if current > len(steps):
        raise EnvironmentProblem("db.too_new", found=current, known=len(steps))
    applied = []
    for step in steps[current:]:
        with write_transaction(db):
            db.executescript(step.sql)
            db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migration ("
                " number INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                " checksum TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            db.execute(
                "INSERT INTO schema_migration (number, name, checksum, applied_at)"
                " VALUES (?, ?, ?, ?)",
                [
                    step.number,
                    step.name,
                    step.checksum,
                    datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                ],
            )
            db.execute(f"PRAGMA user_version = {step.number}")
        applied.append(step.name)
    return applied


def current_schema_sql(db: sqlite_utils.Database) -> str:
    """The schema as SQLite holds it, in a stable order: compared with db/schema.sql by a test."""
    rows = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%'"
        " ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name"
    ).fetchall()
    return "".join(f"{sql};\n\n" for _type, _name, sql in rows)
