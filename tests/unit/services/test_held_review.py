"""The chief's review of changes held for a stamp far ahead: listed, accepted (merged),
superseded (never merged), or re-entered under a sane stamp and superseded in one go."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.domain.hlc import Stamp
from inspector_app.services.held import list_held, reenter_held, review_held
from inspector_app.services.people import add_person
from inspector_app.services.session import Session, open_session
from inspector_app.store.changes import Change
from inspector_app.store.verify import verify
from tests.changes_kit import C, change
from tests.conftest import PASSWORD, make_db

IN_2038 = 2_145_000_000_000


@pytest.fixture
def chief(tmp_path: Path) -> Iterator[Session]:
    session = open_session(make_db(tmp_path, role="chief"), "admin", PASSWORD, "en")
    try:
        yield session
    finally:
        session.close()


def _from_2038(session: Session, person_id: str, n: int = 1, **values: object) -> Change:
    """A laptop whose clock says 2038 edits the person; the chief's database holds it."""
    record = session.store.get("person", person_id)
    assert record is not None
    edit = change(
        n,
        person_id,
        str(Stamp(IN_2038, n, C)),
        values or {"workplace": "акимат"},
        dict.fromkeys(values or {"workplace": None}, record["version"]),
    )
    with session.store.transaction():
        result = session.store.apply(
            [edit], user_id=None, device=session.device_id, action="import"
        )
    assert result.held == [edit]
    return edit


def _person(session: Session) -> str:
    person_id, _ = add_person(session, {"surname": "Қасымов", "name": "Ерлан"})
    return person_id


def _workplace(session: Session, person_id: str) -> object:
    record = session.store.get("person", person_id)
    assert record is not None
    return record["workplace"]


def test_held_changes_are_listed(chief: Session) -> None:
    person_id = _person(chief)
    held = _from_2038(chief, person_id)
    (line,) = list_held(chief)
    assert (line.change_id, line.device, line.entity, line.record_id) == (
        held.change_id,
        C,
        "person",
        person_id,
    )
    assert line.at == "2037-12-21T09:20:00Z" and line.decision is None
    assert line.values == {"workplace": "акимат"}


def test_accepted_it_is_merged(chief: Session) -> None:
    person_id = _person(chief)
    held = _from_2038(chief, person_id)
    review_held(chief, held.change_id, "accept")
    assert _workplace(chief, person_id) == "акимат"
    assert list_held(chief) == list_held(chief, undecided_only=False) == []
    assert verify(chief.store.db).sound


def test_superseded_it_is_kept_and_never_merged(chief: Session) -> None:
    person_id = _person(chief)
    held = _from_2038(chief, person_id)
    review_held(chief, held.change_id, "superseded")
    assert _workplace(chief, person_id) is None
    assert list_held(chief) == []
    assert [line.decision for line in list_held(chief, undecided_only=False)] == ["superseded"]
    review = chief.store.get("change_review", held.change_id)
    assert review is not None and review["change_id"] == held.change_id


def test_reentered_its_values_come_under_a_sane_stamp(chief: Session) -> None:
    person_id = _person(chief)
    held = _from_2038(chief, person_id)
    reenter_held(chief, held.change_id)
    record = chief.store.get("person", person_id)
    assert record is not None and record["workplace"] == "акимат"
    assert record["version"] < str(Stamp(IN_2038 - 10**10, 0, C))  # this clock, not 2038
    review = chief.store.get("change_review", held.change_id)
    assert review is not None and review["decision"] == "superseded"
    assert list_held(chief) == []
    assert verify(chief.store.db).sound


def test_a_held_change_of_a_record_not_here_is_reentered_alone(chief: Session) -> None:
    """Only the fields it set are entered: never a whole record of empty fields that would
    erase the other fields where the record exists."""
    edit = change(
        1, "99999999-9999-4999-8999-999999999999", str(Stamp(IN_2038, 0, C)), {"notes": "x"}, {}
    )
    with chief.store.transaction():
        chief.store.apply([edit], user_id=None, device=chief.device_id, action="import")
    reenter_held(chief, edit.change_id)
    (written,) = chief.store.select(
        "SELECT values_json FROM change WHERE record_id = ? AND device = ?",
        [edit.record_id, chief.device_id],
    )
    assert written["values_json"] == '{"notes":"x"}'


def test_only_the_chief_decides(chief: Session) -> None:
    person_id = _person(chief)
    held = _from_2038(chief, person_id)
    inspector = replace(chief, user={**chief.user, "role": "inspector"})
    assert [line.change_id for line in list_held(inspector)] == [held.change_id]
    for decide in (
        lambda: review_held(inspector, held.change_id, "accept"),
        lambda: reenter_held(inspector, held.change_id),
    ):
        with pytest.raises(AppError) as refused:
            decide()
        assert refused.value.code == "role.forbidden"


def test_a_wrong_id_or_decision_is_refused(chief: Session) -> None:
    person_id = _person(chief)
    held = _from_2038(chief, person_id)
    with pytest.raises(AppError) as missing:
        review_held(chief, "00000000-0000-4000-8000-999999999999", "accept")
    assert missing.value.code == "held.missing"
    with pytest.raises(AppError) as wrong:
        review_held(chief, held.change_id, "maybe")
    assert wrong.value.code == "held.decision"
