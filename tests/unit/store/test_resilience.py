"""What the user's machine does to a database, simulated for real: a disk that fills up, a
database that may not be written, a page damaged on the disk. Each is refused in words (an
error code with a message, never a driver's exception) on any statement, reads included, and
loses nothing already saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.messages import describe
from inspector_app.services.audit import verify
from inspector_app.services.people import add_person
from inspector_app.services.session import Session, open_session
from tests.conftest import PASSWORD


def _person(session: Session, surname: str) -> str:
    return add_person(session, {"surname": surname, "name": "Ерлан"}, force=True)[0]


def _page_count(session: Session) -> int:
    return int(session.store.db.conn.execute("PRAGMA page_count").fetchone()[0])


def test_a_full_disk_is_refused_in_words_and_loses_nothing(session: Session) -> None:
    kept = _person(session, "Сақталған")
    conn = session.store.db.conn
    conn.execute(f"PRAGMA max_page_count = {_page_count(session)}")  # no page more fits
    with pytest.raises(AppError) as full, session.store.transaction():
        for n in range(2000):
            _person(session, f"Артық{n}" * 10)
    assert full.value.code == "db.disk_full"
    assert "disk" in describe(full.value, "en").lower()
    conn.execute("PRAGMA max_page_count = 1073741823")
    assert session.store.get("person", kept) is not None
    assert session.store.count("person") == 1
    assert verify(session).sound


def test_a_database_that_may_not_be_written_is_refused_in_words(session: Session) -> None:
    """A read-only file or folder (as root, permissions do not stop writes: SQLite's own
    read-only switch gives the same refusal)."""
    kept = _person(session, "Сақталған")
    session.store.db.conn.execute("PRAGMA query_only = 1")
    with pytest.raises(AppError) as refused:
        _person(session, "Жаңа")
    assert refused.value.code == "db.read_only"
    session.store.db.conn.execute("PRAGMA query_only = 0")
    assert [p["id"] for p in session.store.select("SELECT id FROM person")] == [kept]


def test_a_page_damaged_while_reading_is_refused_in_words(db_path: Path) -> None:
    session = open_session(db_path, "admin", PASSWORD)
    try:
        with session.store.transaction():
            session.store.bulk_create(
                "person",
                [{"id": f"p{n:06d}", "surname": f"Тұрғын{n}" * 5} for n in range(5000)],
                author=session.user_id,
                device=session.device_id,
                action="test",
            )
        pages = _page_count(session)
    finally:
        session.close()
    data = bytearray(db_path.read_bytes())
    for page in range(pages // 2, pages, 3):  # pages of the people and their log
        data[page * 4096 + 100 : page * 4096 + 116] = b"\xff" * 16
    db_path.write_bytes(bytes(data))

    with pytest.raises(AppError) as damaged:
        session = open_session(db_path, "admin", PASSWORD)
        try:
            for table in ("person", "change", "journal"):
                session.store.select(f"SELECT * FROM [{table}]")  # scrolling through a list
        finally:
            session.close()
    assert damaged.value.code == "db.damaged"
