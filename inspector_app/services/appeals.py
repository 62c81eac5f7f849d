"""Citizens' appeals from registration to decision: the deadline in working days is computed
from the country's calendar when the appeal is registered, and stored; every step is an event
in the appeal's history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from inspector_app.domain.errors import AppError
from inspector_app.domain.rules import (
    appeal_deadline,
    check_extension,
    check_transition,
    pick_rule,
)
from inspector_app.services.session import Session

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
    epoch_mark = f".{epoch}" if epoch > 1 else ""
    return f"{prefix}{epoch_mark}-{year % 100:02d}-{sequence:05d}"


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
    received = received_at or datetime.now(UTC)
    if received.date() > session.today():
        raise AppError("appeal.received_in_future")
    day = received.date()
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
        received = datetime.fromisoformat(appeal["received_at"]).date()
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
