"""Incident notes: when and where, what kind, the people and their roles, the measures taken,
the number the incident has in an external register (КУИ/ЕРДР in Kazakhstan, КУП/ЕРПП in
Kyrgyzstan: which one, and the form of its numbers, come from reference data) and the
outcome."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from inspector_app.domain.errors import AppError
from inspector_app.domain.local_time import utc_text
from inspector_app.services._dated_lists import dated_count, dated_page, inspector_names
from inspector_app.services.appeals import next_number
from inspector_app.services.session import Session
from inspector_app.services.worklog import (
    COUNT_CAP,
    PersonRef,
    parse_utc,
    person_refs,
)
from inspector_app.store import work_queries

MAX_TEXT = 4000
MAX_NUMBER = 40
Key = tuple[str, str]


@dataclass(frozen=True)
class IncidentPerson:
    person: PersonRef
    role: str


@dataclass(frozen=True)
class IncidentRow:
    id: str
    number: str
    occurred_at: datetime
    place: str | None
    settlement_id: str | None
    kind: str
    summary: str
    measures: str | None
    external_number: str | None
    inspector_id: str | None
    inspector_name: str
    people: tuple[IncidentPerson, ...]
    key: Key
    register: str | None = None  # code of the external register (reference data)
    outcome: str | None = None  # code of the outcome (reference data)


@dataclass(frozen=True)
class IncidentFilter:
    start: date | None = None  # local days, inclusive
    end: date | None = None
    kind: str | None = None
    inspector_id: str | None = None


@dataclass
class IncidentInput:
    occurred_at: datetime
    kind: str
    summary: str
    place: str | None = None
    measures: str | None = None
    external_number: str | None = None
    settlement_id: str | None = None
    # (person id, role code), in the order shown
    people: list[tuple[str, str]] = field(default_factory=list)
    register: str | None = None  # the external register the number is in
    outcome: str | None = None


def external_register(session: Session) -> str:
    """Which national registers number incidents: "kui_erdr" (KZ) or "kup_erpp" (KG)."""
    return "kui_erdr" if session.country == "KZ" else "kup_erpp"


def register_choices(session: Session) -> list[tuple[str, str]]:
    """(code, name) of the country's external registers, in the reference data's order."""
    refdata = session.refdata
    return [
        (r.code, refdata.name_of("incident_registers", r.code, session.lang))
        for r in refdata.incident_registers
    ]


def _rows(session: Session, rows: list[dict[str, Any]]) -> list[IncidentRow]:
    links = work_queries.incident_people(session.store, [r["id"] for r in rows])
    refs = person_refs(session, list(dict.fromkeys(link["person_id"] for link in links)))
    people: dict[str, list[IncidentPerson]] = {}
    for link in links:
        people.setdefault(link["incident_id"], []).append(
            IncidentPerson(refs[link["person_id"]], link["role"] or "")
        )
    users = inspector_names(session, rows)
    return [
        IncidentRow(
            id=r["id"],
            number=r["number"] or "",
            occurred_at=parse_utc(r["occurred_at"]),
            place=r["place"],
            settlement_id=r["settlement_id"],
            kind=r["kind"] or "",
            summary=r["summary"] or "",
            measures=r["measures"],
            external_number=r["external_number"],
            inspector_id=r["inspector_id"],
            inspector_name=users.get(r["inspector_id"] or "", ""),
            people=tuple(people.get(r["id"], ())),
            key=(r["occurred_at"], r["id"]),
            register=r["register"],
            outcome=r["outcome"],
        )
        for r in rows
        if r["occurred_at"]
    ]


def list_incidents(
    session: Session, flt: IncidentFilter, after: Key | None = None, limit: int = 200
) -> list[IncidentRow]:
    """Incidents matching the filter, newest first."""
    rows = dated_page(session, flt, work_queries.incidents, after, limit)
    return _rows(session, rows)


def count_incidents(session: Session, flt: IncidentFilter, cap: int = COUNT_CAP) -> int:
    """How many incidents match, up to cap + 1."""
    return dated_count(session, flt, work_queries.count_incidents, cap)


def get_incident(session: Session, incident_id: str) -> IncidentRow:
    session.require("record.read")
    row = work_queries.incident(session.store, incident_id)
    if row is None:
        raise AppError("record.missing", id=incident_id)
    return _rows(session, [row])[0]


def _text(name: str, value: str | None, maximum: int, *, required: bool = False) -> str | None:
    cleaned = " ".join((value or "").split()) or None
    if required and not cleaned:
        raise AppError("field.required", field=name)
    if cleaned and len(cleaned) > maximum:
        raise AppError("field.too_long", field=name, maximum=maximum)
    return cleaned


def _external(
    session: Session, data: IncidentInput, stored: dict[str, Any] | None
) -> tuple[str | None, str | None]:
    """The register and number, checked against the register's form. A number kept as free
    text before registers were typed may stay as it was while the note is edited."""
    number = "".join((data.external_number or "").split()) or None
    register = data.register or None
    if number is None:
        if register is not None:
            raise AppError("field.required", field="external_number")
        return None, None
    if register is None:
        legacy = stored["external_number"] if stored and stored["register"] is None else None
        if legacy and number == "".join(legacy.split()):
            return None, legacy
        raise AppError("incident.number_without_register", number=number)
    spec = session.refdata.incident_register(register)
    if len(number) > MAX_NUMBER or not spec.accepts(number):
        raise AppError(
            "incident.number_format",
            number=number,
            register=session.refdata.name_of("incident_registers", register, session.lang),
            example=spec.example,
        )
    return register, number


def _values(
    session: Session, data: IncidentInput, stored: dict[str, Any] | None = None
) -> dict[str, Any]:
    refdata = session.refdata
    if data.outcome is not None and data.outcome not in {k.code for k in refdata.incident_outcomes}:
        raise AppError("incident.outcome_unknown", code=data.outcome)
    register, number = _external(session, data, stored)
    if data.kind not in {k.code for k in refdata.incident_kinds}:
        raise AppError("kind.unknown", kind=data.kind)
    roles = {k.code for k in refdata.incident_roles}
    for _person, role in data.people:
        if role not in roles:
            raise AppError("kind.unknown", kind=role)
    if session.local_date(session.aware(data.occurred_at)) > session.today():
        raise AppError("incident.in_future")
    ids = [person for person, _role in data.people]
    found = work_queries.people_by_id(session.store, ids)
    missing = [p for p in ids if p not in found]
    if missing:
        raise AppError("person.missing", id=missing[0])
    return {
        "occurred_at": utc_text(session.aware(data.occurred_at)),
        "kind": data.kind,
        "place": _text("place", data.place, MAX_TEXT),
        "settlement_id": data.settlement_id,
        "summary": _text("summary", data.summary, MAX_TEXT, required=True),
        "measures": _text("measures", data.measures, MAX_TEXT),
        "external_number": number,
        "register": register,
        "outcome": data.outcome,
    }


def add_incident(session: Session, data: IncidentInput) -> tuple[str, str]:
    """A new incident note; returns its id and the number it was given."""
    session.require("record.write")
    values = _values(session, data)
    values["inspector_id"] = session.user_id
    with session.store.transaction():
        values["number"] = next_number(
            session, "incident", session.local_date(session.aware(data.occurred_at)).year
        )
        incident_id = session.create("incident", values, "incident.add")
        for person_id, role in dict.fromkeys(data.people):
            session.create(
                "incident_person",
                {"incident_id": incident_id, "person_id": person_id, "role": role},
                "incident.person",
            )
    return incident_id, values["number"]


def update_incident(session: Session, incident_id: str, data: IncidentInput) -> None:
    """Change an incident note; people taken off it are tombstoned, new ones added."""
    session.require("record.write")
    stored = work_queries.incident(session.store, incident_id)
    if stored is None:
        raise AppError("record.missing", id=incident_id)
    values = _values(session, data, stored)
    wanted = list(dict.fromkeys(data.people))
    with session.store.transaction():
        session.update("incident", incident_id, values, "incident.edit")
        present: set[tuple[str, str]] = set()
        for link in work_queries.incident_people(session.store, [incident_id]):
            pair = (link["person_id"], link["role"])
            if pair in wanted and pair not in present:
                present.add(pair)
            else:
                session.update("incident_person", link["id"], {"deleted": 1}, "incident.person")
        for person_id, role in wanted:
            if (person_id, role) not in present:
                session.create(
                    "incident_person",
                    {"incident_id": incident_id, "person_id": person_id, "role": role},
                    "incident.person",
                )
