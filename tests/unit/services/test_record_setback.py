"""Any record's field set back to an earlier value from its history: a new change through the
record's own edit service (so its rules hold), journaled; refused in words where the rules say
a field never changes, where the record is never edited, or where the role may not edit it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.services import appeals, register
from inspector_app.services.people import add_person, set_person
from inspector_app.services.record_history import FieldVersion, record_history
from inspector_app.services.record_setback import may_set_back, set_back_field
from inspector_app.services.session import Session


@pytest.fixture
def on_day(session: Session) -> Session:
    session.today_override = date(2026, 11, 20)
    return session


def _first(session: Session, entity: str, record_id: str, field: str) -> FieldVersion:
    return next(v for v in record_history(session, entity, record_id) if v.field == field)


def _journaled(session: Session, action: str) -> int:
    rows = session.store.select("SELECT count(*) AS n FROM journal WHERE action = ?", [action])
    return int(rows[0]["n"])


def test_a_persons_surname_and_phones_are_set_back(on_day: Session) -> None:
    person, _ = add_person(
        on_day, {"surname": "Қасымов", "name": "Ерлан", "phones": "+7 701 123 4567"}
    )
    set_person(on_day, person, {"surname": "Касымов", "phones": "+7 702 000 1122"})
    before = _journaled(on_day, "person.set")
    set_back_field(
        on_day, "person", person, "surname", _first(on_day, "person", person, "surname").change_id
    )
    set_back_field(
        on_day, "person", person, "phones", _first(on_day, "person", person, "phones").change_id
    )
    stored = on_day.store.get("person", person)
    assert stored is not None and stored["surname"] == "Қасымов"
    assert "+77011234567" in str(stored["phones"])
    assert _journaled(on_day, "person.set") == before + 2
    # the history keeps all three surnames, the last one set back
    surnames = [v.value for v in record_history(on_day, "person", person) if v.field == "surname"]
    assert surnames == ["Қасымов", "Касымов", "Қасымов"]


def test_an_appeals_number_and_deadline_are_never_set_back(on_day: Session) -> None:
    done = appeals.register_appeal(
        on_day,
        summary="Соседский скот портит огород",
        channel="in_person",
        applicant_name="Ахметов Б.",
        received_at=datetime(2026, 11, 18, 10, 0, tzinfo=UTC),
    )
    appeals.correct_appeal(on_day, done.id, {"summary": "Скот соседа портит огород"})
    for field in ("number", "deadline", "received_at"):
        version = _first(on_day, "appeal", done.id, field)
        with pytest.raises(AppError) as refused:
            set_back_field(on_day, "appeal", done.id, field, version.change_id)
        assert refused.value.code == "appeal.not_correctable"
    version = _first(on_day, "appeal", done.id, "summary")
    set_back_field(on_day, "appeal", done.id, "summary", version.change_id)
    stored = on_day.store.get("appeal", done.id)
    assert stored is not None and stored["summary"] == "Соседский скот портит огород"


def test_a_register_entrys_end_follows_the_extension_rule(on_day: Session) -> None:
    person, _ = add_person(on_day, {"surname": "Омаров"})
    start = date(2026, 6, 1)
    entry = register.add_entry(
        on_day, person, "behaviour_requirements", "Решение суда", start, start + timedelta(days=180)
    )
    register.extend_entry(on_day, entry, start + timedelta(days=300))
    first_end = _first(on_day, "register_entry", entry, "planned_end")
    with pytest.raises(AppError) as earlier:  # an extension only moves the end later
        set_back_field(on_day, "register_entry", entry, "planned_end", first_end.change_id)
    assert earlier.value.code == "register.extension_not_later"
    basis = _first(on_day, "register_entry", entry, "basis")
    with pytest.raises(AppError) as fixed:
        set_back_field(on_day, "register_entry", entry, "basis", basis.change_id)
    assert fixed.value.code == "history.not_settable"


def test_a_record_never_edited_has_nothing_to_set_back(on_day: Session) -> None:
    assert not may_set_back(on_day, "task")
    with pytest.raises(AppError) as refused:
        set_back_field(on_day, "task", "any", "title", "any")
    assert refused.value.code == "history.not_editable"


def test_a_role_that_may_not_edit_is_refused(on_day: Session) -> None:
    person, _ = add_person(on_day, {"surname": "Қасымов"})
    set_person(on_day, person, {"surname": "Касымов"})
    version = _first(on_day, "person", person, "surname")
    on_day.user = {**on_day.user, "role": "hq"}  # HQ reads; it does not edit residents
    assert not may_set_back(on_day, "person")
    with pytest.raises(AppError) as refused:
        set_back_field(on_day, "person", person, "surname", version.change_id)
    assert refused.value.code == "role.forbidden"
    stored = on_day.store.get("person", person)
    assert stored is not None and stored["surname"] == "Касымов"


def test_an_incidents_summary_is_set_back_keeping_its_people(on_day: Session) -> None:
    from datetime import time

    from inspector_app.services import incidents

    victim, _ = add_person(on_day, {"surname": "Сейітова"})
    data = incidents.IncidentInput(
        occurred_at=datetime.combine(date(2026, 11, 19), time(8)),
        kind="theft",
        summary="Кража велосипеда",
        people=[(victim, "victim")],
    )
    incident_id, _number = incidents.add_incident(on_day, data)
    incidents.update_incident(on_day, incident_id, replace(data, summary="Кража"))
    version = _first(on_day, "incident", incident_id, "summary")
    when = on_day.store.get("incident", incident_id)
    set_back_field(on_day, "incident", incident_id, "summary", version.change_id)
    got = incidents.get_incident(on_day, incident_id)
    assert got.summary == "Кража велосипеда"
    assert [(p.person.id, p.role) for p in got.people] == [(victim, "victim")]
    after = on_day.store.get("incident", incident_id)
    assert when is not None and after is not None
    assert after["occurred_at"] == when["occurred_at"]  # the other fields stay as they were


def test_a_households_house_is_set_back(on_day: Session) -> None:
    from inspector_app.services import territory
    from inspector_app.store import queries

    precinct = queries.own_precinct(on_day.store)
    assert precinct is not None
    settlement = territory.add_settlement(on_day, precinct["id"], "Қарабұлақ")
    household = territory.add_household(on_day, territory.HouseholdInput(settlement, house="12"))
    territory.update_household(
        on_day, household, territory.HouseholdInput(settlement, house="21", flat="3")
    )
    version = _first(on_day, "household", household, "house")
    set_back_field(on_day, "household", household, "house", version.change_id)
    stored = on_day.store.get("household", household)
    assert stored is not None and (stored["house"], stored["flat"]) == ("12", "3")
