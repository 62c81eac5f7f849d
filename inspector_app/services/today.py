"""What needs doing today: register checks overdue or due this week, appeals overdue or due
within a few working days, open tasks and unread wanted notices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from inspector_app.domain.people import full_name
from inspector_app.services import appeals as appeals_service
from inspector_app.services import notices as notices_service
from inspector_app.services import partnership
from inspector_app.services.session import Session
from inspector_app.store import work_queries

WEEK_DAYS = 7  # "due this week": today and the six days after it
LIMIT = 100  # lines per section; the counts cover them all


@dataclass(frozen=True)
class TodayLine:
    # the record the line opens: entity name and id (a check opens its person)
    entity: str
    record_id: str
    title: str
    detail: str
    due: date | None
    # overdue, due_soon, open, unread; term_ended: a register entry past its planned end
    # (remove or extend), no overdue check
    state: str
    # calendar days overdue (negative) or left for checks and tasks; working days for appeals
    days: int | None
    inspector_name: str = ""


@dataclass(frozen=True)
class TodaySection:
    lines: tuple[TodayLine, ...]
    overdue: int
    soon: int  # due soon, or for tasks and notices the other open ones
    # more lines exist than shown
    truncated: bool = False
    term_ended: int = 0  # register entries past their planned end, to remove or extend

    @property
    def total(self) -> int:
        return self.overdue + self.soon + self.term_ended


@dataclass(frozen=True)
class TodayDigest:
    today: date
    week_end: date  # checks due up to this day are listed
    appeals_until: date  # appeals due up to this day are listed
    checks: TodaySection
    appeals: TodaySection
    tasks: TodaySection
    notices: TodaySection
    # proposals raised by residents overdue or due this week, and the report to residents
    # when it is due within a month or overdue (entity "report_to_residents")
    proposals: TodaySection = TodaySection((), 0, 0)


def _state(due: date | None, today: date, soon_until: date) -> str:
    if due is None:
        return "open"
    if due < today:
        return "overdue"
    return "due_soon" if due <= soon_until else "open"


def _checks(session: Session, inspector_id: str | None, week_end: date) -> TodaySection:
    today = session.today()
    intervals = {
        c.code: c.check_interval_days
        for c in session.refdata.categories
        if c.check_interval_days is not None
    }
    rows = work_queries.due_checks(
        session.store, intervals, today.isoformat(), week_end.isoformat(), inspector_id, LIMIT
    )
    overdue, soon, ended = work_queries.count_due_checks(
        session.store, intervals, today.isoformat(), week_end.isoformat(), inspector_id
    )
    users = work_queries.user_names(
        session.store, list({r["inspector_id"] for r in rows if r["inspector_id"]})
    )
    lines = []
    for r in rows:
        due = date.fromisoformat(r["due"])
        lines.append(
            TodayLine(
                entity="person",
                record_id=r["person_id"],
                title=full_name(r) or "?",
                detail=session.refdata.name_of("categories", r["category"], session.lang),
                due=due,
                state="term_ended" if r["term_ended"] else _state(due, today, week_end),
                days=(due - today).days,
                inspector_name=users.get(r["inspector_id"] or "", ""),
            )
        )
    total = overdue + soon + ended
    return TodaySection(tuple(lines), overdue, soon, total > len(lines), ended)


def _appeals(session: Session, inspector_id: str | None) -> TodaySection:
    rows, overdue, soon = appeals_service.appeals_due(session, inspector_id, LIMIT)
    lines = tuple(
        TodayLine(
            entity="appeal",
            record_id=a.id,
            title=f"{a.number} {a.applicant}".strip(),
            detail=a.summary,
            due=a.deadline,
            state="overdue" if a.state == "overdue" else "due_soon",
            days=a.days_left,
            inspector_name=a.inspector_name,
        )
        for a in rows
    )
    return TodaySection(lines, overdue, soon, overdue + soon > len(lines))


def _tasks(session: Session, inspector_id: str | None, week_end: date) -> TodaySection:
    today = session.today()
    rows = notices_service.list_tasks(session, "open", inspector_id, limit=LIMIT)
    total = notices_service.count_tasks(session, "open", inspector_id)
    lines = tuple(
        TodayLine(
            entity="task",
            record_id=t.id,
            title=t.title,
            detail=t.issued_by_name,
            due=t.due,
            state=_state(t.due, today, week_end),
            days=(t.due - today).days if t.due else None,
            inspector_name=t.assignee_name,
        )
        for t in rows
    )
    overdue = sum(1 for line in lines if line.state == "overdue")
    return TodaySection(lines, overdue, total - overdue, total > len(lines))


def _notices(session: Session, inspector_id: str | None) -> TodaySection:
    rows = notices_service.list_notices(session, "unread", inspector_id, limit=LIMIT)
    total = notices_service.count_notices(session, "unread", inspector_id)
    lines = tuple(
        TodayLine(
            entity="notice",
            record_id=n.id,
            title=f"{n.number} {n.title}".strip(),
            detail=n.issued_by_name,
            due=n.valid_until,
            state="unread",
            days=None,
        )
        for n in rows
    )
    return TodaySection(lines, 0, total, total > len(lines))


def _proposals(session: Session, inspector_id: str | None) -> TodaySection:
    today = session.today()
    rows, overdue, soon = partnership.proposals_due(session, inspector_id, LIMIT)
    lines = [
        TodayLine(
            entity="proposal",
            record_id=p.id,
            title=p.text,
            detail=p.raised_by or p.log_place or "",
            due=p.due,
            state="overdue" if p.overdue else "due_soon",
            days=p.days_left,
        )
        for p in rows
    ]
    report = partnership.report_to_residents(session, inspector_id)
    if report.state in ("overdue", "due_soon") and report.due is not None:
        lines.insert(
            0,
            TodayLine(
                entity="report_to_residents",
                record_id="",
                title=session.refdata.name_of("log_kinds", "report_to_residents", session.lang),
                detail=report.last.isoformat() if report.last else "",
                due=report.due,
                state=report.state,
                days=(report.due - today).days,
            ),
        )
        overdue += report.state == "overdue"
        soon += report.state == "due_soon"
    return TodaySection(tuple(lines), overdue, soon, overdue + soon > len(lines))


def today_digest(session: Session, inspector_id: str | None = None) -> TodayDigest:
    """Everything the Today page lists, for one inspector or (None) everyone in the database."""
    session.require("record.read")
    today = session.today()
    week_end = today + timedelta(days=WEEK_DAYS - 1)
    appeals_until = session.refdata.calendar().add_working_days(
        today, appeals_service.DUE_SOON_WORKING_DAYS
    )
    return TodayDigest(
        today=today,
        week_end=week_end,
        appeals_until=appeals_until,
        checks=_checks(session, inspector_id, week_end),
        appeals=_appeals(session, inspector_id),
        tasks=_tasks(session, inspector_id, week_end),
        notices=_notices(session, inspector_id),
        proposals=_proposals(session, inspector_id),
    )
