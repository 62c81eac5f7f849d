"""Conflicts: listed with ids every device shares; resolved by a change that names what it
settles, so the conflict closes on every device the resolution reaches, in any order."""

from __future__ import annotations

import json
import random
import time
from dataclasses import replace
from pathlib import Path

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.domain.hlc import Stamp
from inspector_app.services.conflicts import list_conflicts, resolve_conflict
from inspector_app.services.people import add_person
from inspector_app.services.session import Session, open_session
from inspector_app.store.changes import CHANGE_COLUMNS, Change, change_from_row
from inspector_app.store.dump import dump_lines
from inspector_app.store.verify import verify
from tests.changes_kit import A, B, C, change
from tests.conftest import PASSWORD, make_db


def _receive(session: Session, changes: list[Change]) -> None:
    with session.store.transaction():
        session.store.apply(changes, user_id=None, device=session.device_id, action="import")


def _edits_from(session: Session, person_id: str, *devices: str) -> list[Change]:
    """Each device edits the person's notes on top of the version this database holds,
    none seeing the others' edits: one conflict per loser."""
    record = session.store.get("person", person_id)
    assert record is not None
    base = json.loads(record["versions"]).get("notes", record["created_version"])
    now = int(time.time() * 1000)
    return [
        change(
            100 + n,
            person_id,
            str(Stamp(now + 1000 * (n + 1), 0, device)),
            {"notes": f"заметка {device[0]}"},
            {"notes": base},
        )
        for n, device in enumerate(devices)
    ]


def _person(session: Session) -> str:
    person_id, _ = add_person(session, {"surname": "Қасымов", "name": "Ерлан"})
    return person_id


def _log(session: Session) -> list[Change]:
    return [
        change_from_row(row)
        for row in session.store.db.conn.execute(f"SELECT {CHANGE_COLUMNS} FROM change")
    ]


def _conflict_lines(session: Session) -> list[dict[str, object]]:
    lines = (json.loads(line) for line in dump_lines(session.store))
    return [line for line in lines if line["type"] == "conflict"]


def test_a_conflict_is_listed_with_what_is_shown_and_what_is_kept(session: Session) -> None:
    person_id = _person(session)
    shown_later, kept = _edits_from(session, person_id, A, B)[::-1]
    _receive(session, [kept, shown_later])

    (line,) = list_conflicts(session)
    assert (line.entity, line.record_id, line.field) == ("person", person_id, "notes")
    assert line.shown == "заметка b" and line.shown_change == shown_later.change_id
    assert [(o.change_id, o.value) for o in line.others] == [(kept.change_id, "заметка a")]
    (dumped,) = _conflict_lines(session)
    assert dumped["id"] == line.id and dumped["loser_change"] == kept.change_id


@pytest.mark.parametrize(("keep", "value"), [("other", "заметка a"), ("current", "заметка b")])
def test_resolving_keeps_a_value_and_closes_the_conflict(
    session: Session, keep: str, value: str
) -> None:
    person_id = _person(session)
    _receive(session, _edits_from(session, person_id, A, B))
    (line,) = list_conflicts(session)

    made = resolve_conflict(session, line.id, keep)

    assert made.seen == {"notes": (line.others[0].change_id,)}
    person = session.store.get("person", person_id)
    assert person is not None and person["notes"] == value
    assert list_conflicts(session) == [] and _conflict_lines(session) == []
    assert verify(session.store.db).sound
    entry = session.store.select(
        "SELECT action FROM journal WHERE action != 'tx.signed' ORDER BY seq DESC LIMIT 1"
    )
    assert entry == [{"action": "conflict.resolve"}]


def test_one_resolution_settles_every_loser_of_the_field(session: Session) -> None:
    person_id = _person(session)
    _receive(session, _edits_from(session, person_id, A, B, C))
    lines = list_conflicts(session)
    assert len(lines) == 2 and {line.shown for line in lines} == {"заметка c"}

    resolve_conflict(session, lines[0].id, lines[1].others[0].change_id)

    assert list_conflicts(session) == []


def test_a_resolution_closes_the_conflict_on_every_device_in_any_order(tmp_path: Path) -> None:
    """The chief resolves; the inspector's laptop and HQ receive the edits and the resolution
    in whatever order: the same conflict id before, no open conflict after, the same dump."""
    chief = open_session(make_db(tmp_path, role="chief", name="chief.db"), "admin", PASSWORD, "en")
    try:
        person_id = _person(chief)
        _receive(chief, _edits_from(chief, person_id, A, B))
        ids = [line.id for line in list_conflicts(chief)]
        resolve_conflict(chief, ids[0], "other")
        log = _log(chief)
        expected = [
            line
            for line in dump_lines(chief.store)
            if person_id in line or '"type":"conflict"' in line
        ]
    finally:
        chief.close()
    rng = random.Random(3)
    for n in range(4):
        laptop = open_session(make_db(tmp_path, name=f"l{n}.db"), "admin", PASSWORD, "en")
        try:
            if n % 2:  # the edits first, the resolution later
                _receive(laptop, [c for c in log if not c.seen])
                assert [line.id for line in list_conflicts(laptop)] == ids
            shuffled = log[:]
            rng.shuffle(shuffled)
            for one in shuffled:
                _receive(laptop, [one])
            assert list_conflicts(laptop) == []
            got = [
                line
                for line in dump_lines(laptop.store)
                if person_id in line or '"type":"conflict"' in line
            ]
            assert got == expected
            assert verify(laptop.store.db).sound
        finally:
            laptop.close()


def test_a_wrong_id_or_side_is_refused(session: Session) -> None:
    person_id = _person(session)
    _receive(session, _edits_from(session, person_id, A, B))
    (line,) = list_conflicts(session)
    with pytest.raises(AppError) as missing:
        resolve_conflict(session, "0123456789abcdef", "current")
    assert missing.value.code == "conflict.missing"
    with pytest.raises(AppError) as side:
        resolve_conflict(session, line.id, "00000000-0000-4000-8000-999999999999")
    assert side.value.code == "conflict.keep"
    assert len(list_conflicts(session)) == 1


def test_hq_may_see_but_not_resolve(session: Session) -> None:
    person_id = _person(session)
    _receive(session, _edits_from(session, person_id, A, B))
    hq = replace(session, user={**session.user, "role": "hq", "is_admin": 0})
    (line,) = list_conflicts(hq)
    with pytest.raises(AppError) as refused:
        resolve_conflict(hq, line.id, "current")
    assert refused.value.code == "role.forbidden"
