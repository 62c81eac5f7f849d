"""The commands of the work with residents: `log add` (a log entry; meetings with their
attendance and the questions raised; it joins `log edit` and `log cancel` of
cli.history_commands in the one `log` group) and `proposal add|set-status|list` (questions and
proposals tracked until they are answered)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from inspector_app.cli.context import EXIT_OK, Context, Refused

if TYPE_CHECKING:
    from inspector_app.services.session import Session

STATUSES = ("received", "in_work", "done", "declined")


def add_work_commands(command: Callable[..., argparse.ArgumentParser], log_sub: Any) -> None:
    """`log add` into the `log` group made by the caller, and the `proposal` group."""
    add = command("add", "write a log entry; prints its id", log_sub)
    add.add_argument("--kind", required=True, help="a log kind of the reference data")
    add.add_argument(
        "--at",
        required=True,
        help="when, ISO (YYYY-MM-DDTHH:MM); without an offset, the database country's time",
    )
    add.add_argument("--summary", required=True)
    add.add_argument("--person", action="append", default=[], metavar="ID", help="repeatable")
    add.add_argument("--companion", help="the parent, guardian or teacher present at a talk")
    add.add_argument("--place")
    add.add_argument("--outcome")
    add.add_argument("--attendance", type=int, help="people present (meetings and sessions)")
    add.add_argument("--speaker", help="who spoke for the police (meetings and sessions)")
    add.add_argument(
        "--question", action="append", default=[], metavar="TEXT", help="repeatable: tracked"
    )

    proposal = command("proposal", "questions and proposals of residents, tracked to the answer")
    sub = proposal.add_subparsers(dest="proposal_command", metavar="ACTION", required=True)
    padd = command("add", "take a question or proposal into tracking; prints its id", sub)
    padd.add_argument("--text", required=True)
    padd.add_argument("--person", help="the resident who raised it (id)")
    padd.add_argument("--raised-by", help="a body that raised it, e.g. the assembly of a village")
    padd.add_argument("--log", help="the meeting, session or reception it was raised at (id)")
    padd.add_argument("--appeal", help="the written appeal of kind proposal (number or id)")
    padd.add_argument("--raised-on", help="YYYY-MM-DD (default: the day of the log or appeal)")
    padd.add_argument("--assignee", help="who works on it")
    padd.add_argument("--due", help="YYYY-MM-DD (default: from reference data or the appeal)")
    step = command("set-status", "take it into work, or close it with the answer", sub)
    step.add_argument("id")
    step.add_argument("--status", required=True, choices=STATUSES[1:])
    step.add_argument("--answer", help="the answer (done) or the reason (declined)")
    step.add_argument("--on", help="the day of the answer, YYYY-MM-DD (default today)")
    step.add_argument("--assignee")
    plist = command("list", "proposals: id, raised on, due, status, overdue, text", sub)
    plist.add_argument("--status", choices=STATUSES)
    plist.add_argument("--overdue", action="store_true")
    plist.add_argument("--log", help="only those raised at this log entry")


def parse_day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Refused("cli.iso_date", value=text) from None


def parse_moment(text: str, session: Session) -> datetime:
    """An ISO time; one without an offset is the database country's local time. A time that
    has not come yet is refused."""
    from inspector_app.domain.local_time import is_future

    try:
        moment = session.aware(datetime.fromisoformat(text))
    except ValueError:
        raise Refused("log.time_format", value=text) from None
    if is_future(moment, session.now()):
        raise Refused("log.time_in_future", value=text)
    return moment


def cmd_log_add(ctx: Context) -> int:
    from inspector_app.services.worklog import add_log_entry

    a = ctx.args
    session = ctx.session()
    try:
        log_id = add_log_entry(
            session,
            kind=a.kind,
            at=parse_moment(a.at, session),
            summary=a.summary,
            person_ids=a.person,
            companion=a.companion,
            place=a.place,
            outcome=a.outcome,
            attendance=a.attendance,
            police_speaker=a.speaker,
            questions=a.question,
        )
        print(log_id, file=ctx.out)
    finally:
        session.close()
    return EXIT_OK


def cmd_proposal(ctx: Context) -> int:
    from inspector_app.services import partnership

    a = ctx.args
    session = ctx.session()
    try:
        if a.proposal_command == "add":
            proposal_id = partnership.add_proposal(
                session,
                text=a.text,
                raised_by=a.raised_by,
                person_id=a.person,
                log_entry_id=a.log,
                appeal=a.appeal,
                raised_on=parse_day(a.raised_on),
                assignee=a.assignee,
                due=parse_day(a.due),
            )
            print(proposal_id, file=ctx.out)
        elif a.proposal_command == "set-status":
            partnership.set_proposal_status(
                session,
                a.id,
                a.status,
                answer=a.answer,
                on=parse_day(a.on),
                assignee=a.assignee,
            )
            print(f"{a.id}\t{a.status}", file=ctx.out)
        else:
            for p in partnership.list_proposals(
                session, status=a.status, overdue=a.overdue, log_entry_id=a.log
            ):
                print(
                    "\t".join(
                        (
                            p.id,
                            p.raised_on.isoformat() if p.raised_on else "",
                            p.due.isoformat() if p.due else "",
                            p.status,
                            "overdue" if p.overdue else "",
                            p.text,
                        )
                    ),
                    file=ctx.out,
                )
    finally:
        session.close()
    return EXIT_OK


# `log` itself is dispatched by cli.app (add here, edit and cancel in cli.history_commands)
WORK_COMMANDS: dict[str, Callable[[Context], int]] = {"proposal": cmd_proposal}
