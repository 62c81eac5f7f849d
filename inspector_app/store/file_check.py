"""Checking a database file that no longer opens as a database (a damaged page, a file cut
short or emptied): what `verify` reports instead of failing. Opens the file with the master
key but runs no migration and writes nothing."""

from __future__ import annotations

import re
from pathlib import Path

from sqlcipher3 import dbapi2 as driver

from inspector_app.store.verify import Report

PAGE_SIZE = 4096  # SQLCipher 4's default page size
_PAGE = re.compile(r"(?:page|pgno=)\s*(\d+)")


def check_file(path: Path, key: bytes) -> Report:
    """The damage a file shows: empty, cut short, pages failing their checksum (with the
    table each belongs to, when that can still be read), SQLite's integrity findings."""
    report = Report()
    size = path.stat().st_size
    if size == 0:
        report.add("verify.file_empty", path=str(path))
        return report
    if size % PAGE_SIZE:
        report.add("verify.file_cut", path=str(path), size=size)
    conn = driver.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        _pages(conn, report)
        try:
            found = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        except driver.DatabaseError as error:
            found = [str(error)]
        if found != ["ok"]:
            report.add("verify.sqlite", detail="; ".join(found[:5]))
    finally:
        conn.close()
    return report


def _pages(conn: driver.Connection, report: Report) -> None:
    try:
        failures = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    except driver.DatabaseError as error:
        report.add("verify.cipher", detail=str(error))
        return
    for failure in failures[:50]:
        match = _PAGE.search(failure)
        page = int(match.group(1)) if match else 0
        table = _table_of(conn, page)
        if table is None:
            report.add("verify.page", page=page)
        else:
            report.add("verify.page_of", page=page, table=table)


def _table_of(conn: driver.Connection, page: int) -> str | None:
    """The table or index a page belongs to (the dbstat table, when the schema still reads)."""
    try:
        row = conn.execute("SELECT name FROM dbstat WHERE pageno = ?", [page]).fetchone()
    except driver.DatabaseError:
        return None
    return str(row[0]) if row else None
