"""`verify` covers what no change log does: the device-local tables that decide behaviour
(meta, counters, secrets: sealed with a keyed MAC) and the search index (rebuilt by
`verify --repair-index`). Each edit below passed `verify` before."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from inspector_app.cli import main
from inspector_app.domain.errors import AppError
from inspector_app.services.audit import repair_search_index, verify
from inspector_app.services.demo.fill import DemoRequest, fill_demo
from inspector_app.services.people import add_person, search_people
from inspector_app.services.session import Session
from inspector_app.store.search_check import INDEX_SQL
from tests.conftest import PASSWORD


def _tamper(session: Session, *statements: str) -> None:
    conn = session.store.db.conn
    for sql in statements:
        conn.execute(sql)
    conn.commit()


def _codes(session: Session) -> list[tuple[str, dict[str, object]]]:
    return verify(session).problems


@pytest.mark.parametrize(
    ("sql", "table"),
    [
        ("UPDATE meta SET value = 'chief' WHERE key = 'role'", "meta"),
        ("UPDATE meta SET value = 'KG' WHERE key = 'country'", "meta"),
        ("UPDATE meta SET value = 'beefbeefbeefbeef' WHERE key = 'device_id'", "meta"),
        ("DELETE FROM meta WHERE key = 'epoch'", "meta"),
        ("UPDATE counter SET value = 0", "counter"),  # an appeal number given again
        ("UPDATE device_secret SET sign_private = lower(hex(randomblob(32)))", "device_secret"),
        ("DELETE FROM local_seal WHERE name = 'counter'", "counter"),
    ],
)
def test_an_edit_of_a_device_local_table_is_damage(session: Session, sql: str, table: str) -> None:
    with session.store.transaction():
        session.store.next_number("appeal")
    assert _codes(session) == []
    _tamper(session, sql)
    found = _codes(session)
    assert ("verify.local_table", {"table": table}) in found
    assert all(code != "verify.local_table" or p == {"table": table} for code, p in found)


def test_the_store_s_own_writes_keep_the_seal(session: Session) -> None:
    with session.store.transaction():
        for _ in range(3):
            session.store.next_number("incident")
        session.store.set_meta("epoch", "2")
    assert _codes(session) == []


def test_a_database_made_before_the_seal_is_sealed_when_it_is_upgraded(tmp_path: Path) -> None:
    """A database of the schema before the seal, upgraded: its device-local tables as they
    were are sealed by the upgrade, and verify's seal check finds nothing."""
    import secrets
    import shutil

    from inspector_app.resources import migrations_dir
    from inspector_app.store.connection import open_database
    from inspector_app.store.migrations import migrate
    from inspector_app.store.store import Store

    steps = sorted(migrations_dir().glob("*.sql"))
    seal = next(n for n, step in enumerate(steps) if "local_seal" in step.name)
    older = tmp_path / "migrations"
    older.mkdir()
    for step in steps[:seal]:
        shutil.copy(step, older / step.name)
    key, path = secrets.token_bytes(32), tmp_path / "old.db"
    db = open_database(path, key)
    migrate(db, older)
    db.execute("INSERT INTO meta (key, value) VALUES ('device_id', 'abcdef0123456789')")
    db.execute("INSERT INTO counter (name, value) VALUES ('appeal', 7)")
    db.conn.commit()
    db.close()

    store = Store.open(path, key)
    try:
        assert store.broken_seals() == []
        assert store.scalar("SELECT count(*) FROM local_seal") > 0
        store.db.conn.execute("UPDATE counter SET value = 0")
        assert store.broken_seals() == ["counter"]
    finally:
        store.close()


def _person(session: Session) -> str:
    person_id, _ = add_person(session, {"surname": "Қасымов", "name": "Ерлан"})
    add_person(session, {"surname": "Иванова", "name": "Мария"})
    return person_id


def test_a_person_taken_out_of_the_index_is_found_and_the_index_repaired(
    session: Session,
) -> None:
    person_id = _person(session)
    _tamper(
        session,
        f"DELETE FROM person_fts WHERE rowid = (SELECT rowid FROM person WHERE id = '{person_id}')",
    )
    assert search_people(session, "қасымов") == []  # hidden from search
    assert _codes(session) == [("verify.search_person", {"id": person_id})]
    assert repair_search_index(session) >= 2
    assert [hit.id for hit in search_people(session, "қасымов")] == [person_id]
    assert _codes(session) == []


def test_words_put_in_the_index_for_someone_else_are_found(session: Session) -> None:
    person_id = _person(session)
    _tamper(
        session,
        f"DELETE FROM person_fts WHERE rowid = (SELECT rowid FROM person WHERE id = '{person_id}')",
        "INSERT INTO person_fts (rowid, body) VALUES"
        f" ((SELECT rowid FROM person WHERE id = '{person_id}'), 'иванова мария')",
    )
    assert _codes(session) == [("verify.search_person", {"id": person_id})]


def test_a_document_taken_out_of_the_index_is_found(session: Session) -> None:
    fill_demo(session, DemoRequest(people=20, years=1))
    assert _codes(session) == []
    entity, record_id = session.store.db.conn.execute(
        "SELECT entity, record_id FROM search_doc ORDER BY rowid LIMIT 1"
    ).fetchone()
    _tamper(session, f"DELETE FROM search_doc WHERE record_id = '{record_id}'")
    assert ("verify.search_record", {"entity": entity, "id": record_id}) in _codes(session)
    repair_search_index(session)
    assert _codes(session) == []


def run(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_a_dropped_index_is_a_message_and_a_command_repairs_it(
    db_path: Path, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    person_id = _person(session)
    _tamper(session, "DROP TABLE person_fts")
    with pytest.raises(AppError) as refused:
        search_people(session, "қасымов")
    assert refused.value.code == "search.index_missing"
    session.close()
    for name, value in (
        ("INSPECTOR_APP_DB", str(db_path)),
        ("INSPECTOR_APP_USER", "admin"),
        ("INSPECTOR_APP_PASSWORD", PASSWORD),
        ("INSPECTOR_APP_LANG", "en"),
    ):
        monkeypatch.setenv(name, value)
    code, out, err = run("search", "қасымов")  # was "Internal error: OperationalError"
    assert (code, out) == (2, "")
    assert (
        err == "The search index is damaged. Make it again: inspector-app verify --repair-index\n"
    )
    code, out, err = run("verify")
    assert code == 1
    assert 'problem\tverify.search_missing\t{"tables": "person_fts"}' in out.splitlines()
    code, out, err = run("verify", "--repair-index")
    assert code == 0 and out.startswith("status\tsound"), out
    assert err.startswith("The search index is made again: ")
    code, out, _err = run("search", "қасымов")
    assert code == 0 and out.startswith(person_id)


def test_the_index_is_made_again_as_the_migrations_make_it(session: Session) -> None:
    made = dict(
        session.store.db.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE name IN ('person_fts', 'text_fts', 'search_doc')"
        ).fetchall()
    )
    assert made == INDEX_SQL
