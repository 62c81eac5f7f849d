"""`verify` finds any row changed, added or removed behind the application's back."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from inspector_app.services.people import add_person, set_person
from inspector_app.services.session import Session
from inspector_app.store.verify import verify


def _people(session: Session) -> str:
    first, _ = add_person(
        session,
        {
            "surname": "Қасымов",
            "name": "Ерлан",
            "birth_date": "02.03.1975",
            "id_number": "750302300136",
        },
    )
    add_person(session, {"surname": "Иванова", "name": "Мария", "phone": "87011234567"})
    set_person(session, first, {"notes": "работает в акимате"})
    return first


def test_a_sound_database_is_reported_sound(session: Session) -> None:
    _people(session)
    report = verify(session.store.db)
    assert report.sound, report.problems
    assert (
        report.counts["records"] >= 6
        and report.counts["changes"] == report.counts["journal"] - report.counts["signatures"]
    )


def _tamper(session: Session, sql: str, params: tuple[object, ...] = ()) -> None:
    conn = session.store.db.conn
    conn.execute(sql, params)
    conn.commit()


TAMPERING: dict[str, tuple[str, Callable[[str], tuple[object, ...]], str]] = {
    "record edited": (
        "UPDATE person SET surname = 'Подделкин' WHERE id = ?",
        lambda pid: (pid,),
        "verify.record_altered",
    ),
    "record tombstoned": (
        "UPDATE person SET deleted = 1 WHERE id = ?",
        lambda pid: (pid,),
        "verify.record_altered",
    ),
    "record removed": (
        "DELETE FROM person WHERE id = ?",
        lambda pid: (pid,),
        "verify.record_missing",
    ),
    "record inserted": (
        "INSERT INTO person (id, origin, version, created_version, created_at, updated_at,"
        " surname) VALUES ('x', 'd', 'v', 'v', 't', 't', 'Призрак')",
        lambda pid: (),
        "verify.record_without_changes",
    ),
    "change value edited": (
        "UPDATE change SET values_json = replace(values_json, 'акимате', 'полиции')"
        " WHERE record_id = ?",
        lambda pid: (pid,),
        "verify.change_altered",
    ),
    "change removed": (
        "DELETE FROM change WHERE record_id = ? AND values_json LIKE '%notes%'"
        " AND values_json NOT LIKE '%surname%'",
        lambda pid: (pid,),
        "verify.change_missing",
    ),
    "journal row edited": (
        "UPDATE journal SET user_id = 'someone' WHERE seq = 3",
        lambda pid: (),
        "verify.journal_row",
    ),
    "journal row removed": (
        "DELETE FROM journal WHERE seq = 3",
        lambda pid: (),
        "verify.journal_gap",
    ),
    "field version edited": (
        """UPDATE person SET versions = '{"name":"9999999999999.00000.zz"}' WHERE id = ?""",
        lambda pid: (pid,),
        "verify.record_altered",
    ),
    "author edited": (
        "UPDATE person SET created_by = 'someone' WHERE id = ?",
        lambda pid: (pid,),
        "verify.record_altered",
    ),
    "origin edited": (
        "UPDATE person SET origin = 'ffff' WHERE id = ?",
        lambda pid: (pid,),
        "verify.record_altered",
    ),
    "duplicate key edited": (
        "UPDATE person SET dup_key = 'x' WHERE id = ?",
        lambda pid: (pid,),
        "verify.record_altered",
    ),
    "conflict invented": (
        "INSERT INTO conflict (entity, record_id, field, loser_change, loser_value)"
        " VALUES ('person', ?, 'notes', 'made-up', '\"x\"')",
        lambda pid: (pid,),
        "verify.conflict_altered",
    ),
    "journal value edited": (
        "UPDATE journal_value SET salt = 'forged' WHERE seq = (SELECT max(seq) FROM journal_value)",
        lambda pid: (),
        "verify.change_altered",
    ),
}


@pytest.mark.parametrize("case", sorted(TAMPERING))
def test_tampering_is_found(session: Session, case: str) -> None:
    person_id = _people(session)
    sql, params, code = TAMPERING[case]
    _tamper(session, sql, params(person_id))
    report = verify(session.store.db)
    assert not report.sound
    assert code in {c for c, _ in report.problems}, report.problems


def test_a_forged_change_with_its_record_is_found(session: Session) -> None:
    """Someone adds a change and applies it to the record, as the application would, but
    without the journal: the change has no journal entry."""
    person_id = _people(session)
    conn = session.store.db.conn
    conn.execute(
        "INSERT INTO change (change_id, entity, record_id, hlc, values_json, bases_json,"
        " author, device) VALUES ('forged', 'person', ?, '9999999999999.00000.ffff', "
        "'{\"notes\":\"подделка\"}', '{\"notes\":null}', 'u', 'ffff')",
        [person_id],
    )
    conn.execute(
        "UPDATE person SET notes = 'подделка', version = '9999999999999.00000.ffff' WHERE id = ?",
        [person_id],
    )
    conn.commit()
    problems = {c for c, _ in verify(session.store.db).problems}
    assert "verify.change_not_journaled" in problems


def test_an_edit_hidden_by_deleting_the_journal_value_is_found(session: Session) -> None:
    """The finding: delete the journal's salted values of a change, then edit the change and
    the record alike (an ID number changed): without a redaction naming it, the missing row
    is damage."""
    person_id = _people(session)
    conn = session.store.db.conn
    change_id, values_text = conn.execute(
        "SELECT change_id, values_json FROM change WHERE record_id = ? ORDER BY seq LIMIT 1",
        [person_id],
    ).fetchone()
    seq = conn.execute(
        "SELECT seq FROM journal WHERE detail LIKE ?", [f'%"change":"{change_id}"%']
    ).fetchone()[0]
    values = json.loads(values_text)
    values["surname"] = "Подменённый"
    with session.store.transaction():
        conn.execute("DELETE FROM journal_value WHERE seq = ?", [seq])
        conn.execute(
            "UPDATE change SET values_json = ? WHERE change_id = ?",
            [
                json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
                change_id,
            ],
        )
        conn.execute("UPDATE person SET surname = 'Подменённый' WHERE id = ?", [person_id])
    problems = {c for c, _ in verify(session.store.db).problems}
    assert "verify.value_missing" in problems
