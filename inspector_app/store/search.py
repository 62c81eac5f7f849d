"""Full-text search over people and documents with FTS5, on text folded in Python.

SQLite's own folding knows neither ё/е nor the Kazakh letters, so the indexed text and the query
are both folded by `domain.text.fold`; FTS5 prefix indexes make search-as-you-type cheap. The
tables are contentless: the index holds tokens only, the rowid points at the record.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from inspector_app.domain.model import ENTITIES
from inspector_app.domain.text import search_tokens
from inspector_app.store.connection import translated_errors

PERSON_TEXT = ("surname", "name", "patronymic", "id_number", "address", "notes")


@dataclass(frozen=True)
class PersonHit:
    id: str
    surname: str | None
    name: str | None
    patronymic: str | None
    id_number: str | None
    birth_date: str | None


def phone_variants(e164: str) -> list[str]:
    """The digits a person may type for a stored number: +77011234567 is found by 7011234567,
    87011234567 and 77011234567; +996555123456 by 555123456 and 0555123456."""
    digits = "".join(ch for ch in e164 if ch.isdigit())
    if e164.startswith("+7") and len(digits) == 11:
        return [digits, "8" + digits[1:], digits[1:]]
    if e164.startswith("+996") and len(digits) == 12:
        return [digits, "0" + digits[3:], digits[3:]]
    return [digits]


def person_body(values: Mapping[str, Any]) -> str:
    parts = [str(values[name]) for name in PERSON_TEXT if values.get(name)]
    phones = values.get("phones") or []
    if isinstance(phones, str):
        phones = json.loads(phones)
    for phone in phones:
        parts.extend(phone_variants(str(phone)))
    return " ".join(search_tokens(" ".join(parts)))


def document_body(entity: str, values: Mapping[str, Any]) -> str:
    names = [f.name for f in ENTITIES[entity].fields if f.searchable]
    return " ".join(search_tokens(" ".join(str(values[n]) for n in names if values.get(n))))


def reindex_people(db: sqlite_utils.Database, ids: Iterable[str]) -> None:
    """Bring the index of these people up to date with their rows (deleted ones drop out)."""
    conn = db.conn
    wanted = list(ids)
    for start in range(0, len(wanted), 5000):
        cursor = conn.execute(
            "SELECT rowid, * FROM person WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(wanted[start : start + 5000])],
        )
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor]
        conn.executemany("DELETE FROM person_fts WHERE rowid = ?", [[r["rowid"]] for r in rows])
        conn.executemany(
            "INSERT INTO person_fts (rowid, body) VALUES (?, ?)",
            [
                [r["rowid"], person_body(r)]
                for r in rows
                if not r["deleted"] and not r["merged_into"]
            ],
        )


def drop_record(db: sqlite_utils.Database, entity: str, record_id: str) -> None:
    """Take a record out of its text index before its row is removed."""
    conn = db.conn
    if ENTITIES[entity].search_index == "person":
        conn.execute(
            "DELETE FROM person_fts WHERE rowid = (SELECT rowid FROM person WHERE id = ?)",
            [record_id],
        )
    elif ENTITIES[entity].search_index == "text":
        doc = conn.execute(
            "SELECT rowid FROM search_doc WHERE record_id = ?", [record_id]
        ).fetchone()
        if doc is not None:
            conn.execute("DELETE FROM text_fts WHERE rowid = ?", [doc[0]])
            conn.execute("DELETE FROM search_doc WHERE rowid = ?", [doc[0]])


def index_new_people(db: sqlite_utils.Database, rows: Iterable[Mapping[str, Any]]) -> None:
    """Bulk path for freshly inserted people: rows carry their `rowid`."""
    db.conn.executemany(
        "INSERT INTO person_fts (rowid, body) VALUES (?, ?)",
        ((r["rowid"], person_body(r)) for r in rows),
    )


def reindex_documents(db: sqlite_utils.Database, entity: str, ids: Iterable[str]) -> None:
    conn = db.conn
    for record_id in ids:
        cursor = conn.execute(f"SELECT * FROM [{entity}] WHERE id = ?", [record_id])
        row = cursor.fetchone()
        if row is None:
            continue
        values = dict(zip([d[0] for d in cursor.description], row, strict=True))
        doc = conn.execute(
            "SELECT rowid FROM search_doc WHERE record_id = ?", [record_id]
        ).fetchone()
        if doc is None:
            doc_id = conn.execute(
                "INSERT INTO search_doc (entity, record_id) VALUES (?, ?)", [entity, record_id]
            ).lastrowid
        else:
            doc_id = doc[0]
            conn.execute("DELETE FROM text_fts WHERE rowid = ?", [doc_id])
        if not values["deleted"]:
            conn.execute(
                "INSERT INTO text_fts (rowid, body) VALUES (?, ?)",
                [doc_id, document_body(entity, values)],
            )


def index_new_documents(
    db: sqlite_utils.Database, entity: str, rows: Iterable[Mapping[str, Any]]
) -> None:
    conn = db.conn
    start = int(conn.execute("SELECT coalesce(max(rowid), 0) FROM search_doc").fetchone()[0])
    docs = [
        (start + n, row["id"], document_body(entity, row)) for n, row in enumerate(rows, start=1)
    ]
    conn.executemany(
        "INSERT INTO search_doc (rowid, entity, record_id) VALUES (?, ?, ?)",
        [(rowid, entity, record_id) for rowid, record_id, _body in docs],
    )
    conn.executemany(
        "INSERT INTO text_fts (rowid, body) VALUES (?, ?)",
        [(rowid, body) for rowid, _record_id, body in docs],
    )


_PHONE_LIKE = re.compile(r"[\d\s()+\-]+")


def match_expression(text: str) -> str | None:
    """Every folded word of the query as a prefix, all required; None for an empty query.
    A query of digits and phone punctuation ("+7 701 123") is one number."""
    if _PHONE_LIKE.fullmatch(text) and any(ch.isdigit() for ch in text):
        return '"' + "".join(ch for ch in text if ch.isdigit()) + '"*'
    tokens = search_tokens(text)
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens)


def search_people(db: sqlite_utils.Database, text: str, limit: int = 50) -> list[PersonHit]:
    """People matching every word of `text` as a prefix, best match first."""
    expression = match_expression(text)
    if expression is None:
        return []
    with translated_errors(Path(str(db.conn))):  # a dropped index: a message, not a crash
        rows = _people_matching(db, expression, limit)
    return [PersonHit(*row) for row in rows]


def _people_matching(db: sqlite_utils.Database, expression: str, limit: int) -> list[Any]:
    return db.conn.execute(
        "SELECT p.id, p.surname, p.name, p.patronymic, p.id_number, p.birth_date"
        " FROM (SELECT rowid, rank FROM person_fts WHERE person_fts MATCH ?"
        "       ORDER BY rank LIMIT ?) AS f"
        " JOIN person AS p ON p.rowid = f.rowid"
        " ORDER BY f.rank, p.sort_key",
        [expression, limit],
    ).fetchall()


def search_documents(
    db: sqlite_utils.Database, text: str, limit: int = 50
) -> list[tuple[str, str]]:
    """(entity, record id) of log entries, appeals and incidents matching `text`."""
    expression = match_expression(text)
    if expression is None:
        return []
    rows = db.conn.execute(
        "SELECT d.entity, d.record_id FROM (SELECT rowid, rank FROM text_fts"
        " WHERE text_fts MATCH ? ORDER BY rank LIMIT ?) AS f"
        " JOIN search_doc AS d ON d.rowid = f.rowid ORDER BY f.rank",
        [expression, limit],
    ).fetchall()
    return [(str(e), str(r)) for e, r in rows]
