"""Everything about one person on one screen: details, household, register entries with their
checks, log entries, appeals and incidents, and all of it as one timeline.

Codes (categories, kinds, statuses, methods) come back with the names the reference data gives
them in the session's language where it has them; the words of the screen around them belong
to the GUI.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from inspector_app.domain import local_time
from inspector_app.domain.dates import age_on
from inspector_app.domain.errors import AppError
from inspector_app.domain.people import full_name
from inspector_app.domain.rules import next_check_due, register_state
from inspector_app.services.session import Session
from inspector_app.store import list_queries


@dataclass(frozen=True)
class PersonDetails:
    id: str
    surname: str | None
    name: str | None
    patronymic: str | None
    full_name: str
    birth_date: date | None
    age: int | None
    sex: str | None
    id_number: str | None
    phones: tuple[str, ...]
    address: str | None
    settlement: str | None
    workplace: str | None
    notes: str | None
    household_id: str | None


@dataclass(frozen=True)
class Member:
    id: str
    full_name: str
    birth_date: date | None
    age: int | None
    sex: str | None


@dataclass(frozen=True)
class Household:
    id: str
    settlement: str | None
    street: str | None
    house: str | None
    flat: str | None
    landmark: str | None
    members: tuple[Member, ...]  # the person included


@dataclass(frozen=True)
class Check:
    id: str
    checked_on: date | None
    method: str | None  # visit, phone, summons
    result: str | None
    notes: str | None
    inspector: str | None


@dataclass(frozen=True)
class Entry:
    id: str
    category: str
    category_name: str
    basis: str | None
    start_date: date | None
    planned_end: date | None
    end_date: date | None
    end_reason: str | None
    risk_level: str | None
    due: date | None
    status: str  # overdue, due_soon, ok, none, term_ended, ended
    checks: tuple[Check, ...]  # newest first


@dataclass(frozen=True)
class LogItem:
    id: str
    at: datetime | None  # local time
    kind: str
    kind_name: str
    place: str | None
    summary: str | None
    outcome: str | None


@dataclass(frozen=True)
class AppealItem:
    id: str
    number: str | None
    received_at: datetime | None  # local time
    status: str | None
    summary: str | None
    deadline: date | None
    decided_on: date | None
    decision: str | None


@dataclass(frozen=True)
class IncidentItem:
    id: str
    number: str | None
    occurred_at: datetime | None  # local time
    kind: str
    kind_name: str
    role: str | None
    role_name: str | None
    summary: str | None
    measures: str | None


@dataclass(frozen=True)
class Event:
    """One line of the timeline. `kind`: register_start, register_end, check, log, appeal,
    appeal_decided, incident; `code` the method, log kind, status or role it names;
    `subject` the data's own words (a category name, an appeal number), `detail` more of them."""

    day: date
    at: datetime | None  # local time, when known
    kind: str
    code: str | None
    subject: str
    detail: str
    entity: str
    record_id: str


@dataclass(frozen=True)
class PersonFile:
    details: PersonDetails
    household: Household | None
    entries: tuple[Entry, ...]
    logs: tuple[LogItem, ...]
    appeals: tuple[AppealItem, ...]
    incidents: tuple[IncidentItem, ...]
    timeline: tuple[Event, ...]  # newest first


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _moment(text: str | None, country: str) -> datetime | None:
    """A stored UTC moment in the country's local time (naive, for display)."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return local_time.to_local(moment, country)


def _phones(stored: Any) -> tuple[str, ...]:
    if isinstance(stored, str):
        try:
            stored = json.loads(stored)
        except ValueError:
            return (stored,)
    return tuple(str(p) for p in stored or ())


def person_file(session: Session, person_id: str) -> PersonFile:
    session.require("person.read")
    store = session.store
    today = session.today()
    refdata = session.refdata
    lang = session.lang
    row = list_queries.person_row(store, person_id)
    if row is None or row["deleted"]:
        raise AppError("person.missing", id=person_id)
    born = _date(row["birth_date"])
    details = PersonDetails(
        id=person_id,
        surname=row["surname"],
        name=row["name"],
        patronymic=row["patronymic"],
        full_name=full_name(row),
        birth_date=born,
        age=age_on(born, today) if born else None,
        sex=row["sex"],
        id_number=row["id_number"],
        phones=_phones(row["phones"]),
        address=row["address"],
        settlement=row["settlement"],
        workplace=row["workplace"],
        notes=row["notes"],
        household_id=row["household_id"],
    )

    household = None
    if row["household_id"]:
        h = list_queries.household_of(store, row["household_id"])
        if h is not None:
            members = []
            for m in list_queries.household_members(store, row["household_id"]):
                m_born = _date(m["birth_date"])
                members.append(
                    Member(
                        str(m["id"]),
                        full_name(m),
                        m_born,
                        age_on(m_born, today) if m_born else None,
                        m["sex"],
                    )
                )
            household = Household(
                str(h["id"]),
                h["settlement"],
                h["street"],
                h["house"],
                h["flat"],
                h["landmark"],
                tuple(members),
            )

    raw_entries = list_queries.person_entries(store, person_id)
    checks_by_entry: dict[str, list[Check]] = {}
    for c in list_queries.entry_checks(store, [str(e["id"]) for e in raw_entries]):
        checks_by_entry.setdefault(str(c["entry_id"]), []).append(
            Check(
                str(c["id"]),
                _date(c["checked_on"]),
                c["method"],
                c["result"],
                c["notes"],
                c["inspector"],
            )
        )
    entries = []
    for e in raw_entries:
        checks = tuple(checks_by_entry.get(str(e["id"]), ()))
        start = _date(e["start_date"])
        ended = _date(e["end_date"])
        due: date | None = None
        status = "ended"
        if ended is None:
            interval = next(
                (c.check_interval_days for c in refdata.categories if c.code == e["category"]),
                None,
            )
            last = max((c.checked_on for c in checks if c.checked_on), default=None)
            due = next_check_due(start, last, interval) if start else None
            status = register_state(None, _date(e["planned_end"]), due, today)
        entries.append(
            Entry(
                id=str(e["id"]),
                category=str(e["category"]),
                category_name=refdata.name_of("categories", str(e["category"]), lang),
                basis=e["basis"],
                start_date=start,
                planned_end=_date(e["planned_end"]),
                end_date=ended,
                end_reason=refdata.removal_words(e["end_reason"], e.get("end_note"), lang) or None,
                risk_level=e["risk_level"],
                due=due,
                status=status,
                checks=checks,
            )
        )

    logs = tuple(
        LogItem(
            id=str(r["id"]),
            at=_moment(r["at"], session.country),
            kind=str(r["kind"]),
            kind_name=refdata.name_of("log_kinds", str(r["kind"]), lang),
            place=r["place"],
            summary=r["summary"],
            outcome=r["outcome"],
        )
        for r in list_queries.person_log_entries(store, person_id)
    )
    appeals = tuple(
        AppealItem(
            id=str(r["id"]),
            number=r["number"],
            received_at=_moment(r["received_at"], session.country),
            status=r["status"],
            summary=r["summary"],
            deadline=_date(r["due"]),
            decided_on=_date(r["decided_on"]),
            decision=r["decision"],
        )
        for r in list_queries.person_appeals(store, person_id)
    )
    incidents = tuple(
        IncidentItem(
            id=str(r["id"]),
            number=r["number"],
            occurred_at=_moment(r["occurred_at"], session.country),
            kind=str(r["kind"]),
            kind_name=refdata.name_of("incident_kinds", str(r["kind"]), lang),
            role=r["role"],
            role_name=refdata.name_of("incident_roles", str(r["role"]), lang)
            if r["role"]
            else None,
            summary=r["summary"],
            measures=r["measures"],
        )
        for r in list_queries.person_incidents(store, person_id)
    )
    return PersonFile(
        details=details,
        household=household,
        entries=tuple(entries),
        logs=logs,
        appeals=appeals,
        incidents=incidents,
        timeline=_timeline(tuple(entries), logs, appeals, incidents),
    )


def _timeline(
    entries: tuple[Entry, ...],
    logs: tuple[LogItem, ...],
    appeals: tuple[AppealItem, ...],
    incidents: tuple[IncidentItem, ...],
) -> tuple[Event, ...]:
    events: list[Event] = []
    for e in entries:
        if e.start_date:
            events.append(
                Event(
                    e.start_date,
                    None,
                    "register_start",
                    e.category,
                    e.category_name,
                    e.basis or "",
                    "register_entry",
                    e.id,
                )
            )
        if e.end_date:
            events.append(
                Event(
                    e.end_date,
                    None,
                    "register_end",
                    e.category,
                    e.category_name,
                    e.end_reason or "",
                    "register_entry",
                    e.id,
                )
            )
        for c in e.checks:
            if c.checked_on:
                events.append(
                    Event(
                        c.checked_on,
                        None,
                        "check",
                        c.method,
                        e.category_name,
                        c.result or "",
                        "register_check",
                        c.id,
                    )
                )
    for log in logs:
        if log.at:
            detail = " ".join(x for x in (log.summary, log.outcome) if x)
            events.append(
                Event(
                    log.at.date(),
                    log.at,
                    "log",
                    log.kind,
                    log.kind_name,
                    detail,
                    "log_entry",
                    log.id,
                )
            )
    for a in appeals:
        if a.received_at:
            events.append(
                Event(
                    a.received_at.date(),
                    a.received_at,
                    "appeal",
                    a.status,
                    a.number or "",
                    a.summary or "",
                    "appeal",
                    a.id,
                )
            )
        if a.decided_on:
            events.append(
                Event(
                    a.decided_on,
                    None,
                    "appeal_decided",
                    a.status,
                    a.number or "",
                    a.decision or "",
                    "appeal",
                    a.id,
                )
            )
    for i in incidents:
        if i.occurred_at:
            detail = " ".join(x for x in (i.summary, i.measures) if x)
            events.append(
                Event(
                    i.occurred_at.date(),
                    i.occurred_at,
                    "incident",
                    i.role,
                    i.kind_name,
                    detail,
                    "incident",
                    i.id,
                )
            )
    # newest first; within a day, timed events by time, then the day's own
    events.sort(key=lambda ev: (ev.day, ev.at or datetime.min, ev.kind, ev.record_id), reverse=True)
    return tuple(events)
