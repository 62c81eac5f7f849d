"""Citizens' appeals from registration to decision: the deadline in working days is computed
from the country's calendar when the appeal is registered, and stored; every step is an event
in the appeal's history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from inspector_app.domain.appeal_numbers import epoch_mark, format_number, series_head
from inspector_app.domain.errors import AppError
from inspector_app.domain.local_time import local_day
from inspector_app.domain.people import full_name
from inspector_app.domain.rules import (
    CLOSED_APPEAL_STATUSES,
    AppealRule,
    allowed_transitions,
    appeal_deadline,
    check_extension,
    check_transition,
    effective_deadline,
    extension_cap,
    is_late,
    pick_rule,
    step_limit,
)
from inspector_app.services.number_prefix import current_prefix
from inspector_app.services.session import Session
from inspector_app.store import appeal_numbers, queries, work_queries

MAX_TEXT = 4000
# the languages letters to the applicant are printed in: Russian or the state language
LETTER_LANGUAGES = ("ru", "kk", "ky")


@dataclass(frozen=True)
class Registered:
    id: str
    number: str
    deadline: date


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _now(session: Session) -> datetime:
    """This moment on the country's clock (tests and demonstrations set the day)."""
    return session.now()


def _text(name: str, value: str | None, *, required: bool = False) -> str | None:
    cleaned = " ".join((value or "").split()) or None
    if required and not cleaned:
        raise AppError("field.required", field=name)
    if cleaned and len(cleaned) > MAX_TEXT:
        raise AppError("field.too_long", field=name, maximum=MAX_TEXT)
    return cleaned


def next_number(session: Session, kind: str, year: int) -> str:
    """A number of incidents and notices no other device hands out: the prefix the chief
    assigned to this device, the year, a per-device counter, and the device's epoch once a
    backup has been restored."""
    prefix = current_prefix(session.store, session.device_id)
    epoch = int(session.store.meta("epoch") or "1")
    sequence = session.store.next_number(f"{kind}-{year}")
    return f"{prefix}{epoch_mark(epoch)}-{year % 100:02d}-{sequence:05d}"


def next_appeal_number(session: Session, year: int) -> str:
    """The next number of this device's series for the year: gapless (taken in the
    registration's transaction), a new series per epoch (a restored backup never hands a
    number out again) and per prefix the chief reassigns, and past every number of the
    series this database has seen (a replacement laptop provisioned from the chief's copy
    continues after them)."""
    prefix = current_prefix(session.store, session.device_id)
    epoch = int(session.store.meta("epoch") or "1")
    counter = f"appeal-{year}-e{epoch}"
    if prefix != session.store.meta("number_prefix"):  # reassigned by the chief: from 1
        counter += f"-{prefix}"
    head = series_head(prefix, epoch, year)
    sequence = session.store.next_number(counter)
    seen = appeal_numbers.highest_in_series(session.store, head)
    if sequence <= seen:
        sequence = session.store.raise_counter(counter, seen + 1)
    return format_number(prefix, epoch, year, sequence)


def _received_day(session: Session, appeal: dict[str, Any]) -> date:
    """The day the appeal was received in the country."""
    return local_day(appeal["received_at"], session.country)


def _rule(session: Session, appeal: dict[str, Any]) -> AppealRule:
    return pick_rule(session.refdata.appeal_rules, _received_day(session, appeal))


def _kind(session: Session, kind: str) -> str:
    known = {k.code for k in session.refdata.appeal_kinds} or {"application"}
    if kind not in known:
        raise AppError("appeal.kind_unknown", kind=kind, known=", ".join(sorted(known)))
    return kind


def _officer(session: Session, officer_id: str | None) -> str | None:
    if officer_id is None:
        return None
    user = session.store.get("user", officer_id)
    if user is None or user["deleted"]:
        raise AppError("appeal.officer_unknown", login=officer_id)
    return officer_id


def register_appeal(
    session: Session,
    *,
    summary: str,
    channel: str,
    applicant_name: str | None = None,
    applicant_id: str | None = None,
    received_at: datetime | None = None,
    kind: str = "application",
    anonymous: bool = False,
    collective: bool = False,
    earlier_id: str | None = None,
    about_officer_id: str | None = None,
    language: str | None = None,
) -> Registered:
    """Register an appeal now. An anonymous one is registered too (the law has it not
    considered, or passed to the crime registers): the app never refuses an appeal."""
    session.require("record.write")
    refdata = session.refdata
    if channel not in {k.code for k in refdata.appeal_channels}:
        raise AppError("kind.unknown", kind=channel)
    if applicant_id is not None:
        person = session.store.get("person", applicant_id)
        if person is None or person["deleted"]:
            raise AppError("person.missing", id=applicant_id)
    if earlier_id is not None:
        _appeal(session, earlier_id)
    if language is not None and language not in LETTER_LANGUAGES:
        raise AppError("appeal.language_unknown", language=language)
    registered = _now(session)
    received = session.aware(received_at) if received_at else registered
    if received > registered:
        raise AppError("appeal.received_in_future")
    # the day it was received in the country: 01:00 in Almaty is still the day before in UTC
    received_day = session.local_date(received)
    if received_day > session.today():
        raise AppError("appeal.received_in_future")
    day = received_day
    deadline = appeal_deadline(day, pick_rule(refdata.appeal_rules, day), refdata.calendar())
    values: dict[str, Any] = {
        "received_at": _utc(received),
        "registered_at": _utc(registered),
        "channel": channel,
        "kind": _kind(session, kind),
        "anonymous": int(anonymous),
        "collective": int(collective),
        "earlier_id": earlier_id,
        "about_officer_id": _officer(session, about_officer_id),
        "language": language,
        "applicant_id": None if anonymous else applicant_id,
        "applicant_name": None if anonymous else _text("applicant_name", applicant_name),
        "summary": _text("summary", summary, required=True),
        "deadline": deadline.isoformat(),
        "status": "registered",
        "inspector_id": session.user_id,
    }
    if not anonymous and not values["applicant_id"] and not values["applicant_name"]:
        raise AppError("field.required", field="applicant_name")
    with session.store.transaction():
        values["number"] = next_appeal_number(session, session.local_date(registered).year)
        appeal_id = session.create("appeal", values, "appeal.register")
        _event(session, appeal_id, "registered", None, deadline, on=day)
    return Registered(appeal_id, values["number"], deadline)


def _appeal(session: Session, appeal_id: str) -> dict[str, Any]:
    appeal = session.store.get("appeal", appeal_id)
    if appeal is None or appeal["deleted"]:
        raise AppError("appeal.missing", id=appeal_id)
    return appeal


def find_by_number(session: Session, number: str) -> str:
    """The id of the appeal with this number; refused when none or several have it."""
    session.require("record.read")
    rows = appeal_numbers.appeals_numbered(session.store, number.strip())
    if not rows:
        raise AppError("appeal.number_missing", number=number)
    if len(rows) > 1:
        raise AppError("appeal.number_twice", number=number)
    return str(rows[0]["id"])


def user_id_for_login(session: Session, login: str) -> str:
    """The id of a user of this database (a complaint names an officer by login)."""
    user = queries.user_by_login(session.store, login)
    if user is None:
        raise AppError("appeal.officer_unknown", login=login)
    return str(user["id"])


def officer_choices(session: Session) -> list[tuple[str, str]]:
    """(id, full name) of the users of this database a complaint may be about."""
    session.require("record.write")
    return [(str(u["id"]), str(u["full_name"] or u["login"])) for u in queries.users(session.store)]


def _guard(session: Session, appeal: dict[str, Any]) -> None:
    """A complaint about an officer is handled by the chief alone: the officer it names cannot
    edit, cancel or decide it."""
    officer = appeal.get("about_officer_id")
    if officer is None:
        return
    if officer == session.user_id or session.role != "chief":
        raise AppError("appeal.about_officer", number=appeal["number"] or "")


def _event(
    session: Session,
    appeal_id: str,
    kind: str,
    detail: str | None,
    new_deadline: date | None = None,
    *,
    on: date | None = None,
    authorised_by: str | None = None,
    late: bool = False,
) -> None:
    session.create(
        "appeal_event",
        {
            "appeal_id": appeal_id,
            "at": _utc(_now(session)),
            "kind": kind,
            "detail": detail,
            "new_deadline": new_deadline.isoformat() if new_deadline else None,
            "on_date": on.isoformat() if on else None,
            "authorised_by": authorised_by,
            "late": int(late),
        },
        "appeal." + kind,
    )


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def current_deadline(appeal: dict[str, Any]) -> date:
    """The deadline that counts (an extension entered after the deadline never counts)."""
    return effective_deadline(
        date.fromisoformat(appeal["deadline"]),
        _day(appeal.get("extended_to")),
        _day(appeal.get("extended_on")),
        _day(appeal.get("extended_from")),
    )


def _step_day(session: Session, appeal: dict[str, Any], on: date | None) -> date:
    """The day a step took effect: not in the future, not before the appeal was received."""
    day = on or session.today()
    if day > session.today():
        raise AppError("appeal.step_in_future", on=day.isoformat())
    if day < _received_day(session, appeal):
        raise AppError("appeal.step_before_receipt", on=day.isoformat())
    return day


def authorised(text: str | None) -> str:
    """ "NAME, POSITION" of the head or deputy who decided: both parts are required."""
    cleaned = _text("authorised_by", text, required=True) or ""
    name, _, position = cleaned.partition(",")
    if not name.strip() or not position.strip():
        raise AppError("appeal.authorised_by_format", value=cleaned)
    return f"{name.strip()}, {position.strip()}"


def take_appeal(session: Session, appeal_id: str) -> None:
    """Taken into work by this user, today."""
    session.require("record.write")
    with session.store.transaction():
        appeal = _appeal(session, appeal_id)
        _guard(session, appeal)
        check_transition(appeal["status"], "in_progress")
        today = session.today()
        session.update(
            "appeal",
            appeal_id,
            {"status": "in_progress", "taken_by": session.user_id, "taken_on": today.isoformat()},
            "appeal.take",
        )
        _event(session, appeal_id, "in_progress", None, on=today)


def extend_appeal(
    session: Session,
    appeal_id: str,
    new_deadline: date,
    reason: str,
    *,
    authorised_by: str,
    decided_on: date | None = None,
) -> bool:
    """Record the extension a head or deputy decided on `decided_on` (default today): never
    after the deadline had passed, never to a past day, within the law's maximum. Returns
    whether it is a late entry (entered on a later day than the head decided)."""
    session.require("record.write")
    who = authorised(authorised_by)
    why = _text("reason", reason, required=True)
    today = session.today()
    with session.store.transaction():
        appeal = _appeal(session, appeal_id)
        _guard(session, appeal)
        check_transition(appeal["status"], "extended")
        on = decided_on or today
        current = current_deadline(appeal)
        check_extension(
            _received_day(session, appeal),
            current,
            new_deadline,
            _rule(session, appeal),
            decided_on=on,
            today=today,
        )
        late_entry = today > on
        session.update(
            "appeal",
            appeal_id,
            {
                "status": "extended",
                "extended_to": new_deadline.isoformat(),
                "extended_on": on.isoformat(),
                "extended_from": current.isoformat(),
                "extension_entered_on": today.isoformat(),
                "extension_authorised_by": who,
                "extension_reason": why,
                # the applicant is told of this extension anew
                "notified_on": None,
                "notify_late_reason": None,
            },
            "appeal.extend",
        )
        _event(
            session,
            appeal_id,
            "extended",
            why,
            new_deadline,
            on=on,
            authorised_by=who,
            late=late_entry,
        )
    return late_entry


def notify_limit(session: Session, appeal: dict[str, Any]) -> date | None:
    """The last day to tell the applicant of the latest extension (None: no limit)."""
    extended_on = _day(appeal.get("extended_on"))
    if extended_on is None:
        return None
    rule = _rule(session, appeal)
    return step_limit(extended_on, rule.notify_extension_working_days, session.refdata.calendar())


def notify_appeal(
    session: Session, appeal_id: str, on: date, late_reason: str | None = None
) -> bool:
    """The applicant was told of the extension on `on`. After the law's limit only with the
    reason; returns whether it was late."""
    session.require("record.write")
    with session.store.transaction():
        appeal = _appeal(session, appeal_id)
        _guard(session, appeal)
        extended_on = _day(appeal.get("extended_on"))
        if extended_on is None:
            raise AppError("appeal.not_extended", number=appeal["number"] or "")
        day = _step_day(session, appeal, on)
        if day < extended_on:
            raise AppError("appeal.notified_before_extension", on=extended_on.isoformat())
        limit = notify_limit(session, appeal)
        late = is_late(day, limit)
        reason = _text("late_reason", late_reason)
        if late and not reason:
            raise AppError("appeal.late_needs_reason", limit=limit.isoformat() if limit else "")
        session.update(
            "appeal",
            appeal_id,
            {"notified_on": day.isoformat(), "notify_late_reason": reason if late else None},
            "appeal.notify",
        )
        _event(session, appeal_id, "notified", reason if late else None, on=day, late=late)
    return late


def forward_limit(session: Session, appeal: dict[str, Any]) -> date | None:
    """The last day to forward an appeal outside this body's competence (None: no limit)."""
    rule = _rule(session, appeal)
    return step_limit(
        _received_day(session, appeal), rule.forward_working_days, session.refdata.calendar()
    )


def forward_appeal(
    session: Session,
    appeal_id: str,
    to_body: str,
    on: date | None = None,
    late_reason: str | None = None,
) -> bool:
    """Sent to the competent body: a final step for this device. After the law's limit only
    with the reason; returns whether it was late."""
    session.require("record.write")
    with session.store.transaction():
        appeal = _appeal(session, appeal_id)
        _guard(session, appeal)
        check_transition(appeal["status"], "forwarded")
        body = _text("forwarded_to", to_body, required=True)
        day = _step_day(session, appeal, on)
        limit = forward_limit(session, appeal)
        late = is_late(day, limit)
        reason = _text("late_reason", late_reason)
        if late and not reason:
            raise AppError("appeal.late_needs_reason", limit=limit.isoformat() if limit else "")
        session.update(
            "appeal",
            appeal_id,
            {
                "status": "forwarded",
                "forwarded_to": body,
                "forwarded_on": day.isoformat(),
                "forward_late_reason": reason if late else None,
            },
            "appeal.forward",
        )
        _event(session, appeal_id, "forwarded", body, on=day, late=late)
    return late


def decide_appeal(session: Session, appeal_id: str, decision: str, on: date | None = None) -> bool:
    """The decision taken on `on`; returns whether it came after the deadline that counts."""
    session.require("record.write")
    with session.store.transaction():
        appeal = _appeal(session, appeal_id)
        _guard(session, appeal)
        check_transition(appeal["status"], "decided")
        text = _text("decision", decision, required=True)
        day = _step_day(session, appeal, on)
        late = day > current_deadline(appeal)
        session.update(
            "appeal",
            appeal_id,
            {"status": "decided", "decision": text, "decided_on": day.isoformat()},
            "appeal.decide",
        )
        _event(session, appeal_id, "decided", text, on=day, late=late)
    return late


def cancel_appeal(session: Session, appeal_id: str, reason: str) -> None:
    """A mistaken entry is cancelled with the reason; it stays, visible, with its number."""
    session.require("record.write")
    why = _text("reason", reason, required=True)
    with session.store.transaction():
        appeal = _appeal(session, appeal_id)
        _guard(session, appeal)
        check_transition(appeal["status"], "cancelled")
        today = session.today()
        session.update(
            "appeal",
            appeal_id,
            {"status": "cancelled", "cancelled_on": today.isoformat(), "cancel_reason": why},
            "appeal.cancel",
        )
        _event(session, appeal_id, "cancelled", why, on=today)


# what a correction may change: never the number, the registration moment, the receipt, the
# deadline counted from it, nor the steps (each has its own service)
CORRECTABLE = frozenset(
    {"summary", "channel", "applicant_name", "applicant_id", "kind", "language", "collective"}
)


def correct_appeal(session: Session, appeal_id: str, values: dict[str, Any]) -> None:
    """Correct the fields of an appeal typed wrongly; journaled like every change."""
    session.require("record.write")
    refused = sorted(set(values) - CORRECTABLE)
    if refused:
        raise AppError("appeal.not_correctable", fields=", ".join(refused))
    with session.store.transaction():
        appeal = _appeal(session, appeal_id)
        _guard(session, appeal)
        cleaned: dict[str, Any] = {}
        for name, value in values.items():
            if name == "kind":
                cleaned[name] = _kind(session, str(value))
            elif name == "channel":
                if value not in {k.code for k in session.refdata.appeal_channels}:
                    raise AppError("kind.unknown", kind=value)
                cleaned[name] = value
            elif name == "collective":
                cleaned[name] = int(bool(value))
            elif name == "language":
                if value is not None and value not in LETTER_LANGUAGES:
                    raise AppError("appeal.language_unknown", language=value)
                cleaned[name] = value
            elif name == "applicant_id":
                if value is not None:
                    person = session.store.get("person", value)
                    if person is None or person["deleted"]:
                        raise AppError("person.missing", id=value)
                cleaned[name] = value
            else:
                cleaned[name] = _text(name, value, required=name == "summary")
        session.update("appeal", appeal_id, cleaned, "appeal.correct")
        _event(session, appeal_id, "corrected", ", ".join(sorted(cleaned)))


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
    deadline: date  # the deadline that counts: as extended, if the extension counts
    original_deadline: date
    status: str
    forwarded_to: str | None
    decision: str | None
    closed_on: date | None  # the day it was decided, forwarded or cancelled
    inspector_id: str | None
    inspector_name: str
    days_left: int | None  # working days to the deadline while open; negative when overdue
    state: str  # overdue, due_soon, open, decided, forwarded, cancelled
    key: Key
    kind: str = "application"
    anonymous: bool = False
    collective: bool = False
    earlier_id: str | None = None
    about_officer_id: str | None = None
    language: str | None = None
    registered_at: datetime | None = None
    registration_delay: int = 0  # working days from receipt to registration
    registration_late: bool = False  # later than the law's limit (Kyrgyzstan: 1 working day)
    taken_by: str | None = None
    taken_on: date | None = None
    extended_to: date | None = None  # as recorded, even when it does not count
    extended_on: date | None = None
    extension_authorised_by: str | None = None
    extension_reason: str | None = None
    extension_late_entry: bool = False
    extension_counts: bool = True
    notified_on: date | None = None
    notify_limit: date | None = None
    notify_late: bool = False  # told late, or not told yet though the limit has passed
    notify_late_reason: str | None = None
    forwarded_on: date | None = None
    forward_limit: date | None = None
    forward_late: bool = False
    forward_late_reason: str | None = None
    decided_on: date | None = None
    decided_late: bool = False
    cancelled_on: date | None = None
    cancel_reason: str | None = None


@dataclass(frozen=True)
class AppealEvent:
    at: datetime
    kind: str
    detail: str | None
    new_deadline: date | None
    author: str
    on: date | None = None
    authorised_by: str | None = None
    late: bool = False


def appeal_state(status: str, days_left: int | None) -> str:
    if status in CLOSED_APPEAL_STATUSES:
        return status
    if days_left is not None and days_left < 0:
        return "overdue"
    if days_left is not None and days_left <= DUE_SOON_WORKING_DAYS:
        return "due_soon"
    return "open"


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


def _appeal_rows(session: Session, rows: list[dict[str, Any]]) -> list[AppealRow]:
    users = work_queries.user_names(
        session.store, list({r["inspector_id"] for r in rows if r["inspector_id"]})
    )
    calendar = session.refdata.calendar()
    today = session.today()
    result = []
    for r in rows:
        deadline = current_deadline(r)
        status = r["status"] or "registered"
        open_ = status not in CLOSED_APPEAL_STATUSES
        days = calendar.working_days_between(today, deadline) if open_ else None
        closed = r["decided_on"] or r["forwarded_on"] or r.get("cancelled_on")
        received = _moment(r["received_at"]) or session.now()
        received_day = session.local_date(received)
        registered = _moment(r.get("registered_at"))
        rule = pick_rule(session.refdata.appeal_rules, received_day)
        delay = (
            calendar.working_days_between(received_day, session.local_date(registered))
            if registered
            else 0
        )
        n_limit = notify_limit(session, r)
        notified = _day(r.get("notified_on"))
        f_limit = forward_limit(session, r)
        forwarded = _day(r.get("forwarded_on"))
        decided = _day(r["decided_on"])
        extended_on = _day(r.get("extended_on"))
        entered = _day(r.get("extension_entered_on"))
        result.append(
            AppealRow(
                id=r["id"],
                number=r["number"] or "",
                received_at=received,
                channel=r["channel"] or "",
                applicant=full_name(r) or r["applicant_name"] or "",
                applicant_id=r["applicant_id"],
                summary=r["summary"] or "",
                deadline=deadline,
                original_deadline=date.fromisoformat(r["deadline"]),
                status=status,
                forwarded_to=r["forwarded_to"],
                decision=r["decision"],
                closed_on=date.fromisoformat(closed) if closed else None,
                inspector_id=r["inspector_id"],
                inspector_name=users.get(r["inspector_id"] or "", ""),
                days_left=days,
                state=appeal_state(status, days),
                key=(r["received_at"], r["id"]),
                kind=r.get("kind") or "application",
                anonymous=bool(r.get("anonymous")),
                collective=bool(r.get("collective")),
                earlier_id=r.get("earlier_id"),
                about_officer_id=r.get("about_officer_id"),
                language=r.get("language"),
                registered_at=registered,
                registration_delay=delay,
                registration_late=rule.register_working_days is not None
                and delay > rule.register_working_days,
                taken_by=r.get("taken_by"),
                taken_on=_day(r.get("taken_on")),
                extended_to=_day(r.get("extended_to")),
                extended_on=extended_on,
                extension_authorised_by=r.get("extension_authorised_by"),
                extension_reason=r.get("extension_reason"),
                extension_late_entry=bool(entered and extended_on and entered > extended_on),
                extension_counts=r.get("extended_to") is None
                or deadline == _day(r.get("extended_to")),
                notified_on=notified,
                notify_limit=n_limit,
                notify_late=is_late(notified or today, n_limit) and (notified is not None or open_),
                notify_late_reason=r.get("notify_late_reason"),
                forwarded_on=forwarded,
                forward_limit=f_limit,
                forward_late=forwarded is not None and is_late(forwarded, f_limit),
                forward_late_reason=r.get("forward_late_reason"),
                decided_on=decided,
                decided_late=decided is not None and decided > deadline,
                cancelled_on=_day(r.get("cancelled_on")),
                cancel_reason=r.get("cancel_reason"),
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
            on=_day(r.get("on_date")),
            authorised_by=r.get("authorised_by"),
            late=bool(r.get("late")),
        )
        for r in rows
    ]


def latest_extension(session: Session, appeal_id: str) -> date | None:
    """The latest day the law allows this appeal's deadline to be moved to (None: no limit)."""
    appeal = _appeal(session, appeal_id)
    return extension_cap(_received_day(session, appeal), _rule(session, appeal))


def can_step(status: str, step: str) -> bool:
    """Whether the status workflow lets an appeal in `status` be extended, forwarded or decided."""
    return step in allowed_transitions.get(status, frozenset())
