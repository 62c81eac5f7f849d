"""`verify` of the search index, and its rebuild.

The index is derived from the records but lives beside them: a deleted index row hides a
person from search, a row of other words finds the wrong one, a dropped index table broke
every search. It is checked by building the index the records make into a temporary table
with the same tokenizer and comparing the two term by term, position by position (FTS5's
`fts5vocab` lists the tokens of a contentless index too). Rebuilding drops the tables and
indexes every record again, in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlite_utils

from inspector_app.domain.model import ENTITIES
from inspector_app.store.search import document_body, index_new_people, person_body
from inspector_app.store.store import Store

MAX_REPORTED = 50
INDEX_TABLES = ("person_fts", "search_doc", "text_fts")
# as db/migrations make them (a test keeps the two equal)
INDEX_SQL = {
    "person_fts": "CREATE VIRTUAL TABLE person_fts USING fts5(\n    body, content='',"
    " contentless_delete=1, prefix='1 2 3', tokenize='unicode61 remove_diacritics 0'\n)",
    "search_doc": "CREATE TABLE search_doc (\n    rowid INTEGER PRIMARY KEY,\n"
    "    entity TEXT NOT NULL,\n    record_id TEXT NOT NULL UNIQUE\n)",
    "text_fts": "CREATE VIRTUAL TABLE text_fts USING fts5(\n    body, content='',"
    " contentless_delete=1, prefix='2 3', tokenize='unicode61 remove_diacritics 0'\n)",
}
TEXT_ENTITIES = [e.name for e in ENTITIES.values() if e.search_index == "text"]
_TOKENIZE = "tokenize='unicode61 remove_diacritics 0'"

Problem = tuple[str, dict[str, Any]]


def _tables(db: sqlite_utils.Database) -> set[str]:
    return {str(n) for (n,) in db.conn.execute("SELECT name FROM sqlite_master")}


def _rows(db: sqlite_utils.Database, sql: str) -> Iterator[dict[str, Any]]:
    cursor = db.conn.execute(sql)
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


def _differing_docs(db: sqlite_utils.Database, actual: str, expected: str) -> list[int]:
    """The rowids whose tokens differ between the index `actual` and the temporary `expected`."""
    conn = db.conn
    for name, schema, table in (("actual", "main", actual), ("expected", "temp", expected)):
        conn.execute(
            f"CREATE VIRTUAL TABLE temp.vocab_{name} USING fts5vocab({schema}, {table}, instance)"
        )
    try:
        return [
            int(doc)
            for (doc,) in conn.execute(
                "SELECT doc FROM (SELECT term, doc, offset FROM temp.vocab_actual"
                " EXCEPT SELECT term, doc, offset FROM temp.vocab_expected)"
                " UNION SELECT doc FROM (SELECT term, doc, offset FROM temp.vocab_expected"
                " EXCEPT SELECT term, doc, offset FROM temp.vocab_actual) ORDER BY 1"
            )
        ]
    finally:
        conn.execute("DROP TABLE temp.vocab_actual")
        conn.execute("DROP TABLE temp.vocab_expected")


def _person_problems(db: sqlite_utils.Database) -> list[Problem]:
    conn = db.conn
    conn.execute(f"CREATE VIRTUAL TABLE temp.expected_person USING fts5(body, {_TOKENIZE})")
    try:
        conn.executemany(
            "INSERT INTO temp.expected_person (rowid, body) VALUES (?, ?)",
            (
                (row["rowid"], person_body(row))
                for row in _rows(
                    db,
                    "SELECT rowid, * FROM person WHERE NOT deleted AND merged_into IS NULL",
                )
            ),
        )
        docs = _differing_docs(db, "person_fts", "expected_person")
    finally:
        conn.execute("DROP TABLE temp.expected_person")
    problems: list[Problem] = []
    for doc in docs[:MAX_REPORTED]:
        found = conn.execute("SELECT id FROM person WHERE rowid = ?", [doc]).fetchone()
        problems.append(
            ("verify.search_person", {"id": str(found[0])})
            if found
            else ("verify.search_stray", {"row": doc})
        )
    return problems


def _document_problems(db: sqlite_utils.Database) -> list[Problem]:
    conn = db.conn
    problems: list[Problem] = []
    conn.execute(f"CREATE VIRTUAL TABLE temp.expected_text USING fts5(body, {_TOKENIZE})")
    try:
        for entity in TEXT_ENTITIES:
            for row in _rows(
                db,
                f"SELECT t.*, d.rowid AS doc_rowid, d.entity AS doc_entity FROM [{entity}] AS t"
                " LEFT JOIN search_doc AS d ON d.record_id = t.id",
            ):
                if row["doc_rowid"] is None or row["doc_entity"] != entity:
                    if not row["deleted"]:  # a record search cannot find
                        problems.append(
                            ("verify.search_record", {"entity": entity, "id": row["id"]})
                        )
                    continue
                if not row["deleted"]:
                    conn.execute(
                        "INSERT INTO temp.expected_text (rowid, body) VALUES (?, ?)",
                        [row["doc_rowid"], document_body(entity, row)],
                    )
        docs = _differing_docs(db, "text_fts", "expected_text")
    finally:
        conn.execute("DROP TABLE temp.expected_text")
    for doc in docs:
        found = conn.execute(
            "SELECT entity, record_id FROM search_doc WHERE rowid = ?", [doc]
        ).fetchone()
        problems.append(
            ("verify.search_record", {"entity": str(found[0]), "id": str(found[1])})
            if found
            else ("verify.search_stray", {"row": doc})
        )
    return problems[:MAX_REPORTED]


def search_index_problems(store: Store) -> list[Problem]:
    """What is wrong with the search index: tables gone, records it hides or misfiles."""
    db = store.db
    missing = [name for name in INDEX_TABLES if name not in _tables(db)]
    if missing:
        return [("verify.search_missing", {"tables": ", ".join(missing)})]
    conn = db.conn
    was_open = conn.in_transaction
    try:
        return _person_problems(db) + _document_problems(db)
    finally:
        # filling the temporary tables opened a transaction of the driver's own: closed here,
        # or the next write would run inside it (a savepoint, never signed as a whole)
        if not was_open and conn.in_transaction:
            conn.commit()


def rebuild_search_index(store: Store) -> int:
    """Drop the index and make it again from the records, in the caller's transaction;
    returns how many records it holds."""
    db = store.db
    conn = db.conn
    for name in INDEX_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS {name}")
        conn.execute(INDEX_SQL[name])
    people = list(
        _rows(db, "SELECT rowid, * FROM person WHERE NOT deleted AND merged_into IS NULL")
    )
    index_new_people(db, people)
    count = len(people)
    start = 0
    for entity in TEXT_ENTITIES:
        rows = list(_rows(db, f"SELECT * FROM [{entity}] WHERE NOT deleted"))
        docs = [(start + n, row) for n, row in enumerate(rows, start=1)]
        conn.executemany(
            "INSERT INTO search_doc (rowid, entity, record_id) VALUES (?, ?, ?)",
            [(rowid, entity, row["id"]) for rowid, row in docs],
        )
        conn.executemany(
            "INSERT INTO text_fts (rowid, body) VALUES (?, ?)",
            [(rowid, document_body(entity, row)) for rowid, row in docs],
        )
        start += len(rows)
        count += len(rows)
    return count
