"""Partnership with residents: the questions and proposals raised at meetings, council
sessions and receptions (or filed in writing as an appeal of kind proposal), tracked from
received to done or declined with the reason; and the report to residents, due at least
yearly. Meetings themselves are log entries (services.worklog)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from inspector_app.domain.errors import AppError
from inspector_app.domain.local_time import parse_utc, zone
from inspector_app.domain.partnership import (
    MEETING_KINDS,
    OPEN_STATUSES,
    PROPOSAL_STATUSES,
    check_proposal_step,
    proposal_due,
    report_due,
)
from inspector_app.domain.people import full_name
from inspector_app.services.session import Session
from inspector_app.store import partnership_queries as pq

MAX_TEXT = 4000
SOON_DAYS = 7  # "due this week", as on Today


@dataclass(frozen=True)
class ProposalRow:
    id: str
    text: str
    raised_on: date | None
    # who raised it: a resident's name, a body's ("the assembly of village X"), or None when
    # it came from the floor of the meeting it is linked to
    raised_by: str | None
    log_entry_id: str | None
    log_kind: str | None  # the kind of the meeting or reception it was raised at
    log_day: date | None
    log_place: str | None
    appeal_id: str | None
    appeal_number: str | None
    assignee: str | None
    due: date | None
    status: str
    answer: str | None
    answered_on: date | None
    overdue: bool
    days_left: int | None  # calendar days to the due day while open (negative: overdue)


@dataclass(frozen=True)
class MeetingRow:
    id: str
    kind: str
    at: datetime  # local time of the database's country
    place: str | None
    summary: str
    attendance: int | None
    police_speaker: str | None
    questions: int  # tracked proposals raised there


@dataclass(frozen=True)
class ReportToResidents:
    last: date | None  # the last report recorded
    due: date | None  # None: reference data sets no interval
    state: str  # overdue, due_soon, ok, none


def local_day(session: Session, moment: datetime) -> date:
    """The day of a moment on the database country's clock (domain.local_time)."""
    return session.local_date(moment)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _text(name: str, value: str | None, *, required: bool = False) -> str | None:
    cleaned = " ".join((value or "").split()) or None
    if required and cleaned is None:
        raise AppError("field.required", field=name)
    if cleaned and len(cleaned) > MAX_TEXT:
        raise AppError("field.too_long", field=name, maximum=MAX_TEXT)
    return cleaned


def _row(session: Session, r: dict[str, Any]) -> ProposalRow:
    today = session.today()
    due = _day(r["due"])
    is_open = r["status"] in OPEN_STATUSES
    named = full_name(r) if r["surname"] or r["name"] else None
    log_at = r["log_at"]
    return ProposalRow(
        id=r["id"],
        text=r["text"] or "",
        raised_on=_day(r["raised_on"]),
        raised_by=named or r["raised_by"],
        log_entry_id=r["log_entry_id"],
        log_kind=r["log_kind"],
        log_day=local_day(session, parse_utc(log_at)) if log_at else None,
        log_place=r["log_place"],
        appeal_id=r["appeal_id"],
        appeal_number=r["appeal_number"],
        assignee=r["assignee"],
        due=due,
        status=r["status"] or "received",
        answer=r["answer"],
        answered_on=_day(r["answered_on"]),
        overdue=bool(is_open and due is not None and due < today),
        days_left=(due - today).days if is_open and due is not None else None,
    )


def proposal_values(
    session: Session,
    *,
    text: str,
    raised_on: date,
    raised_by: str | None = None,
    person_id: str | None = None,
    log_entry_id: str | None = None,
    appeal: dict[str, Any] | None = None,
    assignee: str | None = None,
    due: date | None = None,
) -> dict[str, Any]:
    """The fields of a new proposal, checked (used for questions typed with a meeting too)."""
    if raised_on > session.today():
        raise AppError("date.in_future", value=raised_on.isoformat())
    if appeal is not None:
        # a proposal filed in writing keeps the appeal's legal deadline
        due = due or _day(appeal.get("extended_to") or appeal.get("deadline"))
    due = due or proposal_due(raised_on, session.refdata.partnership.proposal_answer_days)
    return {
        "text": _text("text", text, required=True),
        "raised_on": raised_on.isoformat(),
        "raised_by": _text("raised_by", raised_by),
        "raised_by_person_id": person_id,
        "log_entry_id": log_entry_id,
        "appeal_id": appeal["id"] if appeal else None,
        "assignee": _text("assignee", assignee),
        "due": due.isoformat() if due else None,
        "status": "received",
        "inspector_id": session.user_id,
    }


def add_proposal(
    session: Session,
    *,
    text: str,
    raised_by: str | None = None,
    person_id: str | None = None,
    log_entry_id: str | None = None,
    appeal: str | None = None,
    raised_on: date | None = None,
    assignee: str | None = None,
    due: date | None = None,
) -> str:
    """A question or proposal taken into tracking. It names where it came from (a meeting,
    council session or reception in the log, or an appeal of kind proposal by id or number)
    and who raised it (a resident, or a body such as the assembly of a village) unless it
    came from the floor of a meeting."""
    session.require("record.write")
    log = None
    if log_entry_id:
        log = pq.log_entry(session.store, log_entry_id)
        if log is None:
            raise AppError("record.missing", id=log_entry_id)
    found = None
    if appeal:
        found = pq.appeal_by_id_or_number(session.store, appeal)
        if found is None:
            raise AppError("appeal.missing", id=appeal)
        if found.get("kind") not in (None, "proposal"):  # kinds of appeals: issue 9's appeals
            raise AppError("proposal.appeal_kind", number=found["number"] or found["id"])
    if log is None and found is None and not (raised_by or person_id):
        raise AppError("proposal.source_required")
    if log is None and not (raised_by or person_id) and found is not None:
        person_id = found.get("applicant_id")
        raised_by = None if person_id else found.get("applicant_name")
    if person_id and session.store.get("person", person_id) is None:
        raise AppError("person.missing", id=person_id)
    if raised_on is None:
        if log is not None:
            raised_on = local_day(session, parse_utc(log["at"]))
        elif found is not None and found.get("received_at"):
            stamp = parse_utc(found["received_at"])
            raised_on = local_day(session, stamp)
        else:
            raised_on = session.today()
    values = proposal_values(
        session,
        text=text,
        raised_on=raised_on,
        raised_by=raised_by,
        person_id=person_id,
        log_entry_id=log_entry_id,
        appeal=found,
        assignee=assignee,
        due=due,
    )
    with session.store.transaction():
        return session.create("proposal", values, "proposal.add")


def set_proposal_status(
    session: Session,
    proposal_id: str,
    status: str,
    *,
    answer: str | None = None,
    on: date | None = None,
    assignee: str | None = None,
) -> None:
    """Take a proposal into work, or close it: done with the answer, declined with the reason;
    the day of the answer is today unless given, never in the future."""
    session.require("record.write")
    stored = session.store.get("proposal", proposal_id)
    if stored is None or stored["deleted"]:
        raise AppError("proposal.missing", id=proposal_id)
    words = _text("answer", answer)
    check_proposal_step(stored["status"] or "received", status, words)
    values: dict[str, Any] = {"status": status}
    if assignee is not None:
        values["assignee"] = _text("assignee", assignee)
    if status in ("done", "declined"):
        day = on or session.today()
        if day > session.today():
            raise AppError("date.in_future", value=day.isoformat())
        raised = _day(stored["raised_on"])
        if raised and day < raised:
            raise AppError("date.before", value=day.isoformat(), earliest=raised.isoformat())
        values.update(answer=words, answered_on=day.isoformat())
    with session.store.transaction():
        session.update("proposal", proposal_id, values, "proposal.status")


def list_proposals(
    session: Session,
    *,
    status: str | None = None,
    overdue: bool = False,
    log_entry_id: str | None = None,
    inspector_id: str | None = None,
    limit: int = 1000,
) -> list[ProposalRow]:
    session.require("record.read")
    if status is not None and status not in PROPOSAL_STATUSES:
        raise AppError("proposal.status_unknown", status=status)
    rows = pq.proposals(
        session.store,
        status=status,
        overdue_on=session.today().isoformat() if overdue else None,
        inspector_id=inspector_id,
        log_id=log_entry_id,
        limit=limit,
    )
    return [_row(session, r) for r in rows]


def get_proposal(session: Session, proposal_id: str) -> ProposalRow:
    session.require("record.read")
    row = pq.proposal(session.store, proposal_id)
    if row is None:
        raise AppError("proposal.missing", id=proposal_id)
    return _row(session, row)


def proposals_due(
    session: Session, inspector_id: str | None, limit: int
) -> tuple[list[ProposalRow], int, int]:
    """Open proposals overdue or due this week, soonest first: (rows, overdue, due soon)."""
    session.require("record.read")
    today = session.today()
    until = today + timedelta(days=SOON_DAYS - 1)
    rows = [
        _row(session, r)
        for r in pq.open_proposals_due(session.store, until.isoformat(), inspector_id, 100_000)
    ]
    overdue = sum(1 for r in rows if r.overdue)
    return rows[:limit], overdue, len(rows) - overdue


def report_to_residents(session: Session, inspector_id: str | None) -> ReportToResidents:
    """When the inspector last reported to residents and when the next report is due."""
    session.require("record.read")
    at = pq.last_log_day(session.store, "report_to_residents", inspector_id)
    last = local_day(session, parse_utc(at)) if at else None
    today = session.today()
    due = report_due(last, session.refdata.partnership.report_to_residents_months, today)
    if due is None:
        state = "none"
    elif due < today:
        state = "overdue"
    elif due <= today + timedelta(days=30):
        state = "due_soon"
    else:
        state = "ok"
    return ReportToResidents(last, due, state)


def list_meetings(
    session: Session, inspector_id: str | None = None, limit: int = 1000
) -> list[MeetingRow]:
    """Meetings, reports to residents and council sessions, newest first."""
    session.require("record.read")
    return [
        MeetingRow(
            id=r["id"],
            kind=r["kind"],
            at=parse_utc(r["at"]).astimezone(zone(session.country)),
            place=r["place"],
            summary=r["summary"] or "",
            attendance=r["attendance"],
            police_speaker=r["police_speaker"],
            questions=int(r["questions"]),
        )
        for r in pq.meetings(session.store, list(MEETING_KINDS), inspector_id, limit)
        if r["at"]
    ]


def question_rows(
    session: Session, questions: Sequence[str], log_entry_id: str, at: datetime
) -> list[dict[str, Any]]:
    """Proposals for the questions typed with a meeting, council session or reception."""
    day = local_day(session, at)
    return [
        proposal_values(session, text=q, raised_on=day, log_entry_id=log_entry_id)
        for q in questions
    ]
