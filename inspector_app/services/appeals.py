"""Citizens' appeals from registration to decision: the deadline in working days is computed
from the country's calendar when the appeal is registered, and stored; every step is an event
in the appeal's history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from inspector_app.domain.errors import AppError
from inspector_app.domain.local_time import local_day
from inspector_app.domain.people import full_name
from inspector_app.domain.rules import (
    allowed_transitions,
    appeal_deadline,
    check_extension,
    check_transition,
    pick_rule,
)
from inspector_app.services.session import Session
from inspector_app.store import work_queries

MAX_TEXT = 4000


@dataclass(frozen=True)
class Registered:
    id: str
    number: str
    deadline: date


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _text(name: str, value: str | None, *, required: bool = False) -> str | None:
    cleaned = " ".join((value or "").split()) or None
    if required and not cleaned:
        raise AppError("field.required", field=name)
    if cleaned and len(cleaned) > MAX_TEXT:
        raise AppError("field.too_long", field=name, maximum=MAX_TEXT)
    return cleaned


def next_number(session: Session, kind: str, year: int) -> str:
    """A number no other device hands out: the prefix the chief assigned to this device, the
    year, a per-device counter, and the device's epoch once a backup has been restored."""
    prefix = session.store.meta("number_prefix") or "X"
    epoch = int(session.store.meta("epoch") or "1")
    sequence = session.store.next_number(f"{kind}-{year}")
    epoch_mark = f".{_base36(epoch)}" if epoch > 1 else ""
    return f"{prefix}{epoch_mark}-{year % 100:02d}-{sequence:05d}"


def _base36(number: int) -> str:
    """A restored device's epoch (a moment in seconds) as a short mark: 1796673787 is TPOYD7."""
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, rest = divmod(number, 36)
        text = digits[rest] + text
    return text or "0"


def register_appeal(
    session: Session,
    *,
    summary: str,
    channel: str,
    applicant_name: str | None = None,
    applicant_id: str | None = None,
    received_at: datetime | None = None,
) -> Registered:
    session.require("record.write")
    refdata = session.refdata
    if channel not in {k.code for k in refdata.appeal_channels}:
        raise AppError("kind.unknown", kind=channel)
    if applicant_id is not None:
        person = session.store.get("person", applicant_id)
        if person is None or person["deleted"]:
            raise AppError("person.missing", id=applicant_id)
    received = session.aware(received_at) if received_at else session.now()
    # the day it was received in the country: 01:00 in Almaty is still the day before in UTC
    local_day = session.local_date(received)
    if local_day > session.today():
        raise AppError("appeal.received_in_future")
    day = local_day
    deadline = appeal_deadline(day, pick_rule(refdata.appeal_rules, day), refdata.calendar())
    values: dict[str, Any] = {
        "received_at": _utc(received),
        "channel": channel,
        "applicant_id": applicant_id,
        "applicant_name": _text("applicant_name", applicant_name),
        "summary": _text("summary", summary, required=True),
        "deadline": deadline.isoformat(),
        "status": "registered",
        "inspector_id": session.user_id,
    }
    if not values["applicant_id"] and not values["applicant_name"]:
        raise AppError("field.required", field="applicant_name")
    with session.store.transaction():
        values["number"] = next_number(session, "appeal", day.year)
        appeal_id = session.create("appeal", values, "appeal.register")
        _event(session, appeal_id, "registered", None, deadline)
    return Registered(appeal_id, values["number"], deadline)


def _appeal(session: Session, appeal_id: str) -> dict[str, Any]:
    appeal = session.store.get("appeal", appeal_id)
    if appeal is None or appeal["deleted"]:
        raise AppError("appeal.missing", id=appeal_id)
    return appeal


def _event(
    session: Session,
    appeal_id: str,
    kind: str,
    detail: str | None,
    new_deadline: date | None = None,
) -> None:
    session.create(
        "appeal_event",
        {
            "appeal_id": appeal_id,
            "at": _utc(datetime.now(UTC)),
            "kind": kind,
            "detail": detail,
            "new_deadline": new_deadline.isoformat() if new_deadline else None,
        },
        "appeal." + kind,
    )


def current_deadline(appeal: dict[str, Any]) -> date:
    return date.fromisoformat(appeal["extended_to"] or appeal["deadline"])


def extend_appeal(session: Session, appeal_id: str, new_deadline: date, reason: str) -> None:
    """The head extends the deadline, within the law's maximum, saying why."""
    session.require("record.write")
    with session.store.transaction():
        appeal = _appeal(session, appeal_id)
        check_transition(appeal["status"], "extended")
        received = local_day(appeal["received_at"], session.country)
        rule = pick_rule(session.refdata.appeal_rules, received)
        check_extension(received, current_deadline(appeal), new_deadline, rule)
        session.update(
            "appeal",
            appeal_id,
            {"status": "extended", "extended_to": new_deadline.isoformat()},
            "appeal.extend",
        )
        _event(session, appeal_id, "extended", _text("reason", reason, required=True), new_deadline)


def forward_appeal(session: Session, appeal_id: str, to_body: str, on: date | None = None) -> None:
    """Sent to the competent body: a final step for this device."""
    session.require("record.write")
    with session.store.transaction():
        appeal = _appeal(session, appeal_id)
        check_transition(appeal["status"], "forwarded")
        body = _text("forwarded_to", to_body, required=True)
        session.update(
            "appeal",
            appeal_id,
            {
                "status": "forwarded",
                "forwarded_to": body,
                "forwarded_on": (on or session.today()).isoformat(),
            },
            "appeal.forward",
        )
        _event(session, appeal_id, "forwarded", body)


def decide_appeal(session: Session, appeal_id: str, decision: str, on: date | None = None) -> None:
    session.require("record.write")
    with session.store.transaction():
        appeal = _appeal(session, appeal_id)
        check_transition(appeal["status"], "decided")
        text = _text("decision", decision, required=True)
        session.update(
            "appeal",
            appeal_id,
            {
                "status": "decided",
                "decision": text,
                "decided_on": (on or session.today()).isoformat(),
            },
            "appeal.decide",
        )
        _event(session, appeal_id, "decided", text)


def working_days_left(session: Session, appeal: dict[str, Any]) -> int:
    """Working days from today to the deadline: negative when overdue."""
    return session.refdata.calendar().working_days_between(
        session.today(), current_deadline(appeal)
    )


# --- the register of appeals ------------------------------------------------------------------

DUE_SOON_WORKING_DAYS = 3  # an open appeal this close to its deadline is shown as due soon
APPEAL_STATES = ("all", "open", "overdue", "closed")
Key = tuple[str, str]


@dataclass(frozen=True)
class AppealRow:
    id: str
    number: str
    received_at: datetime
    channel: str
    applicant: str
    applicant_id: str | None
    summary: str
    deadline: date  # as extended, if it was
    original_deadline: date
    status: str
    forwarded_to: str | None
    decision: str | None
    closed_on: date | None  # the day it was decided or forwarded
    inspector_id: str | None
    inspector_name: str
    days_left: int | None  # working days to the deadline while open; negative when overdue
    state: str  # overdue, due_soon, open, decided, forwarded
    key: Key


@dataclass(frozen=True)
class AppealEvent:
    at: datetime
    kind: str
    detail: str | None
    new_deadline: date | None
    author: str


def appeal_state(status: str, days_left: int | None) -> str:
    if status in ("decided", "forwarded"):
        return status
    if days_left is not None and days_left < 0:
        return "overdue"
    if days_left is not None and days_left <= DUE_SOON_WORKING_DAYS:
        return "due_soon"
    return "open"


def _appeal_rows(session: Session, rows: list[dict[str, Any]]) -> list[AppealRow]:
    users = work_queries.user_names(
        session.store, list({r["inspector_id"] for r in rows if r["inspector_id"]})
    )
    calendar = session.refdata.calendar()
    today = session.today()
    result = []
    for r in rows:
        deadline = date.fromisoformat(r["extended_to"] or r["deadline"])
        open_ = r["status"] not in ("decided", "forwarded")
        days = calendar.working_days_between(today, deadline) if open_ else None
        closed = r["decided_on"] or r["forwarded_on"]
        result.append(
            AppealRow(
                id=r["id"],
                number=r["number"] or "",
                received_at=datetime.fromisoformat(r["received_at"].replace("Z", "+00:00")),
                channel=r["channel"] or "",
                applicant=full_name(r) or r["applicant_name"] or "",
                applicant_id=r["applicant_id"],
                summary=r["summary"] or "",
                deadline=deadline,
                original_deadline=date.fromisoformat(r["deadline"]),
                status=r["status"] or "registered",
                forwarded_to=r["forwarded_to"],
                decision=r["decision"],
                closed_on=date.fromisoformat(closed) if closed else None,
                inspector_id=r["inspector_id"],
                inspector_name=users.get(r["inspector_id"] or "", ""),
                days_left=days,
                state=appeal_state(r["status"] or "registered", days),
                key=(r["received_at"], r["id"]),
            )
        )
    return result


def list_appeals(
    session: Session,
    state: str = "all",
    inspector_id: str | None = None,
    after: Key | None = None,
    limit: int = 200,
) -> list[AppealRow]:
    """The register, newest first; `state` is one of APPEAL_STATES."""
    session.require("record.read")
    if state not in APPEAL_STATES:
        raise AppError("kind.unknown", kind=state)
    rows = work_queries.appeals(
        session.store,
        state=state,
        today=session.today().isoformat(),
        inspector_id=inspector_id,
        after=after,
        limit=limit,
    )
    return _appeal_rows(session, rows)


def count_appeals(
    session: Session, state: str = "all", inspector_id: str | None = None, cap: int = 10_000
) -> int:
    """How many appeals are in the list, up to cap + 1."""
    session.require("record.read")
    return work_queries.count_appeals(
        session.store,
        state=state,
        today=session.today().isoformat(),
        inspector_id=inspector_id,
        cap=cap,
    )


def get_appeal(session: Session, appeal_id: str) -> AppealRow:
    session.require("record.read")
    row = work_queries.appeal_row(session.store, appeal_id)
    if row is None:
        raise AppError("appeal.missing", id=appeal_id)
    return _appeal_rows(session, [row])[0]


def appeals_due(
    session: Session, inspector_id: str | None = None, limit: int = 100
) -> tuple[list[AppealRow], int, int]:
    """Open appeals overdue or due within DUE_SOON_WORKING_DAYS working days, soonest first,
    with the counts (overdue, due soon) of all of them."""
    session.require("record.read")
    today = session.today()
    until = session.refdata.calendar().add_working_days(today, DUE_SOON_WORKING_DAYS)
    rows = work_queries.open_appeals_due(session.store, until.isoformat(), inspector_id, limit)
    overdue, soon = work_queries.count_open_appeals_due(
        session.store, today.isoformat(), until.isoformat(), inspector_id
    )
    return _appeal_rows(session, rows), overdue, soon


def appeal_history(session: Session, appeal_id: str) -> list[AppealEvent]:
    session.require("record.read")
    rows = work_queries.appeal_events(session.store, appeal_id)
    users = work_queries.user_names(
        session.store, list({r["created_by"] for r in rows if r["created_by"]})
    )
    return [
        AppealEvent(
            at=datetime.fromisoformat(r["at"].replace("Z", "+00:00")),
            kind=r["kind"] or "",
            detail=r["detail"],
            new_deadline=date.fromisoformat(r["new_deadline"]) if r["new_deadline"] else None,
            author=users.get(r["created_by"] or "", ""),
        )
        for r in rows
    ]


def latest_extension(session: Session, appeal_id: str) -> date | None:
    """The latest day the law allows this appeal's deadline to be moved to (None: no limit)."""
    appeal = _appeal(session, appeal_id)
    received = local_day(appeal["received_at"], session.country)
    rule = pick_rule(session.refdata.appeal_rules, received)
    if rule.max_extension_days is None:
        return None
    return received + timedelta(days=rule.max_extension_days)


def can_step(status: str, step: str) -> bool:
    """Whether the status workflow lets an appeal in `status` be extended, forwarded or decided."""
    return step in allowed_transitions.get(status, frozenset())
