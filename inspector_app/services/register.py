"""The preventive register: entries per category, home checks, and when the next one is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from inspector_app.domain.dates import age_on
from inspector_app.domain.errors import AppError
from inspector_app.domain.local_time import utc_text
from inspector_app.domain.refdata import Category
from inspector_app.domain.rules import next_check_due, planned_end, register_state
from inspector_app.services.session import Session
from inspector_app.store import queries

CHECK_KIND = "register_check"  # the log kind of a home check of a person on the register


@dataclass(frozen=True)
class CheckDue:
    due: date | None
    status: str  # overdue, due_soon, ok, none, term_ended (remove or extend), ended


def _live(session: Session, entity: str, record_id: str, code: str) -> dict[str, Any]:
    record = session.store.get(entity, record_id)
    if record is None or record["deleted"]:
        raise AppError(code, id=record_id)
    return record


def _check_duration(category: Category, start: date, end: date | None) -> None:
    if end is None:
        return
    days = (end - start).days
    if days <= 0:
        raise AppError("register.end_before_start")
    too_short = category.min_days is not None and days < category.min_days
    too_long = category.max_days is not None and days > category.max_days
    if too_short or too_long:
        raise AppError(
            "register.duration", minimum=category.min_days or 1, maximum=category.max_days or days
        )


def _check_age(category: Category, person: dict[str, Any], start: date) -> None:
    """A category for the young (minors) takes only people under its age on the start day."""
    if category.age_below is None:
        return
    if not person["birth_date"]:
        raise AppError("register.birth_date_needed", age=category.age_below)
    age = age_on(date.fromisoformat(person["birth_date"]), start)
    if age >= category.age_below:
        raise AppError("register.too_old", age=age, limit=category.age_below)


def add_entry(
    session: Session,
    person_id: str,
    category: str,
    basis: str,
    start: date,
    end: date | None = None,
    risk_level: str | None = None,
) -> str:
    """Put a person on the register. The planned end follows from the category's duration
    unless a court set it (categories with a range of durations)."""
    session.require("record.write")
    spec = session.refdata.category(category)
    person = _live(session, "person", person_id, "person.missing")
    if not basis.strip():
        raise AppError("field.required", field="basis")
    if risk_level is not None and risk_level not in {k.code for k in spec.risk_levels}:
        raise AppError("kind.unknown", kind=risk_level)
    if risk_level is None and spec.risk_level_required:
        raise AppError("register.risk_level_required")
    _check_age(spec, person, start)
    end = end or planned_end(start, spec.duration_days)
    _check_duration(spec, start, end)
    with session.store.transaction():
        return session.create(
            "register_entry",
            {
                "person_id": person_id,
                "category": category,
                "basis": " ".join(basis.split()),
                "start_date": start.isoformat(),
                "planned_end": end.isoformat() if end else None,
                "risk_level": risk_level,
                "inspector_id": session.user_id,
            },
            "register.add",
        )


def record_check(
    session: Session,
    entry_id: str,
    checked_on: date,
    method: str,
    result: str,
    notes: str | None = None,
) -> str:
    session.require("record.write")
    entry = _live(session, "register_entry", entry_id, "register.missing")
    if checked_on > session.today():
        raise AppError("register.check_in_future")
    if checked_on < date.fromisoformat(entry["start_date"]):
        raise AppError("register.check_before_start")
    with session.store.transaction():
        log_id = session.create(
            "log_entry",
            {
                "kind": CHECK_KIND,
                "at": utc_text(_check_moment(session, checked_on)),
                "person_ids": [entry["person_id"]],
                "summary": "; ".join(t for t in (result.strip(), (notes or "").strip()) if t),
                "inspector_id": session.user_id,
            },
            "log.add",
        )
        return session.create(
            "register_check",
            {
                "entry_id": entry_id,
                "person_id": entry["person_id"],
                "checked_on": checked_on.isoformat(),
                "method": method,
                "result": result,
                "notes": notes,
                "inspector_id": session.user_id,
                "log_entry_id": log_id,
            },
            "register.check",
        )


def _check_moment(session: Session, day: date) -> datetime:
    """When a check typed as a day happened: now if today, else midday of that day."""
    if day == session.today():
        return session.now().replace(second=0, microsecond=0)
    return session.aware(datetime.combine(day, time(12, 0)))


def checks_from_log_entry(
    session: Session, log_id: str, person_ids: list[str], day: date, summary: str
) -> list[str]:
    """A work log entry of kind "register check" is the check of each person named who is on
    the register that day (inside the caller's transaction); returns the checks made."""
    made = []
    for person_id in person_ids:
        for entry in queries.open_register_entries(session.store, person_id, day.isoformat()):
            made.append(
                session.create(
                    "register_check",
                    {
                        "entry_id": entry["id"],
                        "person_id": person_id,
                        "checked_on": day.isoformat(),
                        "method": "visit",
                        "result": summary,
                        "inspector_id": session.user_id,
                        "log_entry_id": log_id,
                    },
                    "register.check",
                )
            )
    return made


def end_entry(
    session: Session, entry_id: str, end: date, reason: str, note: str | None = None
) -> None:
    """Take a person off the register from `end` (the day it took effect: never in the
    future) for a reason coded in the reference data; "other" is also put in words."""
    session.require("record.write")
    entry = _live(session, "register_entry", entry_id, "register.missing")
    if entry["end_date"]:
        raise AppError("register.already_ended", day=entry["end_date"])
    spec = session.refdata.removal_reason(reason)
    if end > session.today():
        raise AppError("register.end_in_future")
    if end < date.fromisoformat(entry["start_date"]):
        raise AppError("register.end_before_start")
    note = " ".join((note or "").split()) or None
    if spec.needs_text and note is None:
        raise AppError("register.end_note_required")
    with session.store.transaction():
        session.update(
            "register_entry",
            entry_id,
            {"end_date": end.isoformat(), "end_reason": spec.code, "end_note": note},
            "register.end",
        )


def extend_entry(session: Session, entry_id: str, new_end: date) -> None:
    """Move the planned end of a running entry later, within its category's maximum term."""
    session.require("record.write")
    entry = _live(session, "register_entry", entry_id, "register.missing")
    if entry["end_date"]:
        raise AppError("register.already_ended", day=entry["end_date"])
    current = entry["planned_end"]
    if current and new_end <= date.fromisoformat(current):
        raise AppError("register.extension_not_later", current=current)
    spec = session.refdata.category(entry["category"])
    _check_duration(spec, date.fromisoformat(entry["start_date"]), new_end)
    with session.store.transaction():
        session.update(
            "register_entry", entry_id, {"planned_end": new_end.isoformat()}, "register.extend"
        )


def check_due(session: Session, entry_id: str) -> CheckDue:
    """When the next home check is due, and whether it is overdue today; an entry whose
    planned end has passed is "term_ended" (to be removed or extended), not overdue."""
    entry = _live(session, "register_entry", entry_id, "register.missing")
    if entry["end_date"]:
        return CheckDue(None, "none")
    interval = session.refdata.category(entry["category"]).check_interval_days
    last = queries.last_check(session.store, entry_id)
    due = next_check_due(
        date.fromisoformat(entry["start_date"]),
        date.fromisoformat(last) if last else None,
        interval,
    )
    ends = date.fromisoformat(entry["planned_end"]) if entry["planned_end"] else None
    return CheckDue(due, register_state(None, ends, due, session.today()))
