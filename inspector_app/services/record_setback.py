"""A field of any record set back to a value it had before: read from the change log, then
written through the record's own edit service, so the same checks apply as to an edit typed in
a form (an appeal's number, registration moment and deadline never change; an ended register
entry is not extended; a person's ID number must fit their birth date) and the change is
journaled like any other. Records that are never edited once written (notices, tasks) have a
history to read and nothing to set back."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from inspector_app.domain.errors import AppError
from inspector_app.domain.local_time import parse_utc
from inspector_app.services.record_history import earlier_value
from inspector_app.services.session import Session

Apply = Callable[[Session, str, str, Any], None]


@dataclass(frozen=True)
class Settable:
    permission: str  # the action a role needs to edit this kind of record
    apply: Apply | None  # None: the record is never edited once written


def _person(session: Session, person_id: str, field: str, value: Any) -> None:
    from inspector_app.services.people import set_person

    if field == "phones":
        phones = json.loads(value) if isinstance(value, str) else list(value or [])
        set_person(session, person_id, {"phones": ", ".join(phones)})
    else:
        set_person(session, person_id, {field: None if value is None else str(value)})


def _household(session: Session, household_id: str, field: str, value: Any) -> None:
    from inspector_app.services.territory import HouseholdInput, update_household
    from inspector_app.store import territory_queries

    stored = territory_queries.household(session.store, household_id)
    if stored is None:
        raise AppError("record.missing", id=household_id)
    fields = HouseholdInput.__dataclass_fields__
    current = HouseholdInput(**{k: stored[k] for k in fields if k in stored})
    if field not in fields:
        raise AppError("history.not_settable")
    update_household(session, household_id, replace(current, **{field: value}))


def _register_entry(session: Session, entry_id: str, field: str, value: Any) -> None:
    from inspector_app.services.register import extend_entry

    # the planned end is the one field a running entry's edits change; the rest (category,
    # start, basis) is what the person was registered on, and stays
    if field != "planned_end" or not value:
        raise AppError("history.not_settable")
    extend_entry(session, entry_id, date.fromisoformat(str(value)))


def _appeal(session: Session, appeal_id: str, field: str, value: Any) -> None:
    from inspector_app.services.appeals import correct_appeal

    correct_appeal(session, appeal_id, {field: value})


def _incident(session: Session, incident_id: str, field: str, value: Any) -> None:
    from inspector_app.services.incidents import IncidentInput, update_incident
    from inspector_app.store import work_queries

    stored = work_queries.incident(session.store, incident_id)
    if stored is None:
        raise AppError("record.missing", id=incident_id)
    current = IncidentInput(
        occurred_at=parse_utc(str(stored["occurred_at"])),
        kind=stored["kind"],
        summary=stored["summary"],
        place=stored["place"],
        measures=stored["measures"],
        external_number=stored["external_number"],
        settlement_id=stored["settlement_id"],
        people=[
            (link["person_id"], link["role"])
            for link in work_queries.incident_people(session.store, [incident_id])
        ],
        register=stored.get("register"),
        outcome=stored.get("outcome"),
    )
    if field not in IncidentInput.__dataclass_fields__ or field == "people":
        raise AppError("history.not_settable")
    if field == "occurred_at":
        value = parse_utc(str(value))
    update_incident(session, incident_id, replace(current, **{field: value}))


def _log_entry(session: Session, entry_id: str, field: str, value: Any) -> None:
    from inspector_app.services.log_corrections import edit_log_entry

    if field == "at" and isinstance(value, str):
        value = parse_utc(value)
    edit_log_entry(session, entry_id, {field: value})


SETTABLE: dict[str, Settable] = {
    "person": Settable("person.write", _person),
    "household": Settable("territory.write", _household),
    "register_entry": Settable("record.write", _register_entry),
    "appeal": Settable("record.write", _appeal),
    "incident": Settable("record.write", _incident),
    "log_entry": Settable("record.write", _log_entry),
    "task": Settable("record.write", None),
    "notice": Settable("record.write", None),
}


def may_set_back(session: Session, entity: str) -> bool:
    """Whether this user may set back fields of this kind of record at all (a role that may
    not edit it is offered nothing)."""
    settable = SETTABLE.get(entity)
    return settable is not None and settable.apply is not None and session.can(settable.permission)


def set_back_field(
    session: Session, entity: str, record_id: str, field: str, change_id: str
) -> None:
    """Give `field` the value the change `change_id` gave it: a new change, checked by the
    record's own edit service and journaled (the old values stay in the history)."""
    settable = SETTABLE.get(entity)
    if settable is None or settable.apply is None:
        raise AppError("history.not_editable")
    session.require(settable.permission)
    value = earlier_value(session, entity, record_id, field, change_id)
    settable.apply(session, record_id, field, value)
