"""Wanted notices and tasks: written by a chief or HQ for inspectors, acknowledged by the
inspector, and a task reported on when done.

Who reads what: on an inspector's laptop, the notices for its precincts (or for every precinct)
and the tasks of the signed-in user or of its precincts as a whole. On a chief's or HQ's
database, everything, or what one inspector sees when the inspector filter names one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from inspector_app.domain.errors import AppError
from inspector_app.services.appeals import next_number
from inspector_app.services.session import Session
from inspector_app.store import notice_queries

MAX_TITLE = 300
MAX_TEXT = 4000
NOTICE_STATES = ("all", "valid", "unread")
TASK_STATES = ("all", "open", "done")
# a task goes new -> acknowledged -> done
TASK_STATUSES = ("new", "acknowledged", "done")
Key = tuple[str, str]


def _utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_utc(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _clean(name: str, text: str | None, maximum: int, *, required: bool = False) -> str | None:
    cleaned = (text or "").strip() or None
    if required and not cleaned:
        raise AppError("field.required", field=name)
    if cleaned and len(cleaned) > maximum:
        raise AppError("field.too_long", field=name, maximum=maximum)
    return cleaned


@dataclass(frozen=True)
class Reader:
    """Whose notices and tasks a list shows: the user whose acknowledgements count, the codes
    and ids of their precincts (None: no limit by precinct)."""

    user_id: str | None
    precinct_codes: tuple[str, ...] | None
    precinct_ids: tuple[str, ...] | None


def reader(session: Session, inspector_id: str | None = None) -> Reader:
    if session.device_role == "inspector":
        own = notice_queries.precincts_of(session.store, None)
        return Reader(session.user_id, tuple(p["code"] for p in own), tuple(p["id"] for p in own))
    if inspector_id is not None:
        own = notice_queries.precincts_of(session.store, inspector_id)
        return Reader(inspector_id, tuple(p["code"] for p in own), tuple(p["id"] for p in own))
    return Reader(None, None, None)


# --- notices ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class NoticeRow:
    id: str
    number: str
    issued_on: date | None
    title: str
    body: str
    valid_until: date | None
    precinct_codes: tuple[str, ...]  # empty: every precinct
    issued_by_name: str
    acknowledged_at: datetime | None  # by the reader (or the signed-in user)
    acknowledgements: int  # by anyone
    expired: bool
    key: Key


def _notice_row(session: Session, r: dict[str, Any]) -> NoticeRow:
    valid_until = _date(r["valid_until"])
    return NoticeRow(
        id=r["id"],
        number=r["number"] or "",
        issued_on=_date(r["issued_on"]),
        title=r["title"] or "",
        body=r["body"] or "",
        valid_until=valid_until,
        precinct_codes=tuple(json.loads(r["precinct_codes"] or "[]")),
        issued_by_name=r["issued_by_name"] or "",
        acknowledged_at=_parse_utc(r["my_ack"]),
        acknowledgements=int(r["acks"] or 0),
        expired=valid_until is not None and valid_until < session.today(),
        key=(r["issued_on"] or "", r["id"]),
    )


def list_notices(
    session: Session,
    state: str = "all",
    inspector_id: str | None = None,
    after: Key | None = None,
    limit: int = 200,
) -> list[NoticeRow]:
    """Notices newest first; `state` is one of NOTICE_STATES."""
    session.require("record.read")
    if state not in NOTICE_STATES:
        raise AppError("kind.unknown", kind=state)
    who = reader(session, inspector_id)
    rows = notice_queries.notices(
        session.store,
        user_id=who.user_id or session.user_id,
        codes=who.precinct_codes,
        state=state,
        today=session.today().isoformat(),
        after=after,
        limit=limit,
    )
    return [_notice_row(session, r) for r in rows]


def count_notices(session: Session, state: str = "all", inspector_id: str | None = None) -> int:
    session.require("record.read")
    who = reader(session, inspector_id)
    return notice_queries.count_notices(
        session.store,
        user_id=who.user_id or session.user_id,
        codes=who.precinct_codes,
        state=state,
        today=session.today().isoformat(),
    )


def get_notice(session: Session, notice_id: str) -> NoticeRow:
    session.require("record.read")
    row = notice_queries.notice(session.store, notice_id, session.user_id)
    if row is None:
        raise AppError("record.missing", id=notice_id)
    return _notice_row(session, row)


@dataclass(frozen=True)
class Acknowledgement:
    user_name: str
    at: datetime | None
    report: str | None


def acknowledgements(session: Session, notice_id: str) -> list[Acknowledgement]:
    session.require("record.read")
    return [
        Acknowledgement(r["full_name"] or "?", _parse_utc(r["acknowledged_at"]), r["report"])
        for r in notice_queries.notice_acks(session.store, notice_id)
    ]


def precinct_codes(session: Session) -> list[tuple[str, str]]:
    """(code, name) of the precincts a notice may be addressed to."""
    return [
        (p["code"], p["name"] or p["code"])
        for p in notice_queries.precincts_of(session.store, None)
    ]


def write_notice(
    session: Session,
    *,
    title: str,
    body: str,
    valid_until: date | None = None,
    codes: list[str] | None = None,
) -> str:
    """A chief or HQ issues a wanted notice for some precincts (none named: all of them)."""
    session.require("notice.write")
    today = session.today()
    if valid_until is not None and valid_until < today:
        raise AppError("date.in_past", value=valid_until.isoformat())
    known = {code for code, _name in precinct_codes(session)}
    wanted = sorted(dict.fromkeys(codes or []))
    unknown = [c for c in wanted if c not in known]
    if unknown:
        raise AppError("kind.unknown", kind=unknown[0])
    values: dict[str, Any] = {
        "issued_on": today.isoformat(),
        "title": _clean("title", title, MAX_TITLE, required=True),
        "body": _clean("body", body, MAX_TEXT, required=True),
        "valid_until": valid_until.isoformat() if valid_until else None,
        "precinct_codes": wanted,
        "issued_by": session.user_id,
    }
    with session.store.transaction():
        values["number"] = next_number(session, "notice", today.year)
        return session.create("notice", values, "notice.write")


def acknowledge_notice(session: Session, notice_id: str, report: str | None = None) -> str:
    """The signed-in user has read the notice (and says what was done about it). Acknowledging
    again only changes the report."""
    session.require("notice.ack")
    text = _clean("report", report, MAX_TEXT)
    with session.store.transaction():
        if notice_queries.notice(session.store, notice_id, session.user_id) is None:
            raise AppError("record.missing", id=notice_id)
        existing = notice_queries.my_ack(session.store, notice_id, session.user_id)
        if existing is not None:
            if text is not None:
                session.update("notice_ack", existing["id"], {"report": text}, "notice.report")
            return str(existing["id"])
        return session.create(
            "notice_ack",
            {
                "notice_id": notice_id,
                "user_id": session.user_id,
                "acknowledged_at": _utc_now(),
                "report": text,
            },
            "notice.ack",
        )


# --- tasks ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TaskRow:
    id: str
    title: str
    body: str
    due: date | None
    assignee_id: str | None
    assignee_name: str
    status: str  # new, acknowledged, done
    acknowledged_at: datetime | None
    report: str | None
    done_at: datetime | None
    issued_by_name: str
    state: str  # overdue, due_soon, open, done
    key: Key


def _task_state(status: str, due: date | None, today: date) -> str:
    if status == "done":
        return "done"
    if due is not None and due < today:
        return "overdue"
    if due is not None and (due - today).days < 7:
        return "due_soon"
    return "open"


def _task_row(session: Session, r: dict[str, Any]) -> TaskRow:
    due = _date(r["due"])
    status = r["status"] or "new"
    return TaskRow(
        id=r["id"],
        title=r["title"] or "",
        body=r["body"] or "",
        due=due,
        assignee_id=r["assignee_id"],
        assignee_name=r["assignee_name"] or "",
        status=status,
        acknowledged_at=_parse_utc(r["acknowledged_at"]),
        report=r["report"],
        done_at=_parse_utc(r["done_at"]),
        issued_by_name=r["issued_by_name"] or "",
        state=_task_state(status, due, session.today()),
        key=(r["due_key"], r["id"]),
    )


def list_tasks(
    session: Session,
    state: str = "open",
    inspector_id: str | None = None,
    after: Key | None = None,
    limit: int = 200,
) -> list[TaskRow]:
    """Tasks by due date; `state` is one of TASK_STATES."""
    session.require("record.read")
    if state not in TASK_STATES:
        raise AppError("kind.unknown", kind=state)
    who = reader(session, inspector_id)
    rows = notice_queries.tasks(
        session.store,
        user_id=who.user_id,
        precincts=who.precinct_ids,
        issued_by=None,
        state=state,
        after=after,
        limit=limit,
    )
    return [_task_row(session, r) for r in rows]


def count_tasks(session: Session, state: str = "open", inspector_id: str | None = None) -> int:
    session.require("record.read")
    who = reader(session, inspector_id)
    return notice_queries.count_tasks(
        session.store, user_id=who.user_id, precincts=who.precinct_ids, issued_by=None, state=state
    )


def get_task(session: Session, task_id: str) -> TaskRow:
    session.require("record.read")
    row = notice_queries.task(session.store, task_id)
    if row is None:
        raise AppError("record.missing", id=task_id)
    return _task_row(session, row)


@dataclass(frozen=True)
class Assignee:
    id: str
    name: str
    precinct_id: str | None


def assignees(session: Session) -> list[Assignee]:
    """The inspectors and assistants a task may be given to."""
    return [
        Assignee(r["id"], r["full_name"] or r["login"] or "?", r["precinct_id"])
        for r in notice_queries.field_users(session.store)
    ]


def write_task(
    session: Session, *, title: str, body: str, assignee_id: str, due: date | None = None
) -> str:
    """A chief or HQ gives an inspector a task."""
    session.require("notice.write")
    if due is not None and due < session.today():
        raise AppError("date.in_past", value=due.isoformat())
    chosen = next((a for a in assignees(session) if a.id == assignee_id), None)
    if chosen is None:
        raise AppError("record.missing", id=assignee_id)
    values = {
        "title": _clean("title", title, MAX_TITLE, required=True),
        "body": _clean("body", body, MAX_TEXT),
        "due": due.isoformat() if due else None,
        "assignee_id": chosen.id,
        "precinct_id": chosen.precinct_id,
        "status": "new",
        "issued_by": session.user_id,
    }
    with session.store.transaction():
        return session.create("task", values, "task.write")


def _open_task(session: Session, task_id: str) -> dict[str, Any]:
    task = notice_queries.task(session.store, task_id)
    if task is None:
        raise AppError("record.missing", id=task_id)
    if task["status"] == "done":
        raise AppError("task.closed")
    return task


def acknowledge_task(session: Session, task_id: str) -> None:
    """The inspector has taken the task."""
    session.require("notice.ack")
    with session.store.transaction():
        task = _open_task(session, task_id)
        if task["acknowledged_at"]:
            return
        session.update(
            "task",
            task_id,
            {"status": "acknowledged", "acknowledged_at": _utc_now()},
            "task.ack",
        )


def report_task(session: Session, task_id: str, report: str) -> None:
    """The inspector reports what was done; the task is then done."""
    session.require("notice.ack")
    text = _clean("report", report, MAX_TEXT, required=True)
    with session.store.transaction():
        task = _open_task(session, task_id)
        now = _utc_now()
        session.update(
            "task",
            task_id,
            {
                "status": "done",
                "report": text,
                "done_at": now,
                "acknowledged_at": task["acknowledged_at"] or now,
            },
            "task.report",
        )
