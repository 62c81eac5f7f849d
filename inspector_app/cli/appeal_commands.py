"""The commands of citizens' appeals: register (printing the number and the deadline), show,
list, and each step of the procedure (take, extend, notify, forward, decide, cancel), the
applicant's receipt and letters as PDFs, and the chief's check of the numbering."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from inspector_app.cli.context import EXIT_OK, Context, Refused
from inspector_app.messages import message

APPEAL_KINDS = ("application", "complaint", "proposal", "request", "response")
LETTERS = ("extension", "forward", "decision")


def add_appeal_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    appeal = command("appeal", "citizens' appeals: register, each step, receipts and letters")
    sub = appeal.add_subparsers(dest="appeal_command", metavar="ACTION", required=True)
    add = command("add", "register an appeal; prints its number and deadline", sub)
    add.add_argument("--applicant", help="the applicant's person id")
    add.add_argument("--applicant-name", help="the applicant's name, when not a person here")
    add.add_argument("--received", help="YYYY-MM-DD[THH:MM], local time (default: now)")
    add.add_argument("--channel", required=True, help="in_person, written, phone, online, ...")
    add.add_argument("--summary", required=True)
    add.add_argument("--kind", choices=APPEAL_KINDS, default="application")
    add.add_argument("--about-officer", metavar="LOGIN", help="a complaint about this user")
    add.add_argument("--anonymous", action="store_true", help="registered, never refused")
    add.add_argument("--collective", action="store_true", help="signed by several people")
    add.add_argument(
        "--earlier", metavar="NUMBER", help="the earlier appeal a repeated one follows"
    )
    add.add_argument("--letters-in", dest="language", choices=("ru", "kk", "ky"))
    receipt = command("receipt", "the applicant's receipt (талон-уведомление) as a PDF", sub)
    receipt.add_argument("number")
    receipt.add_argument("--out", type=Path, required=True)
    receipt.add_argument("--force", action="store_true", help="replace the --out file")
    letter = command("letter", "a letter to the applicant on an extension, forward, decision", sub)
    letter.add_argument("number")
    letter.add_argument("--about", choices=LETTERS, required=True)
    letter.add_argument("--out", type=Path, required=True)
    letter.add_argument("--force", action="store_true", help="replace the --out file")
    show = command("show", "an appeal with its steps, as JSON", sub)
    show.add_argument("number")
    listing = command("list", "one line per appeal: number, status, received, deadline", sub)
    listing.add_argument("--overdue", action="store_true", help="only open appeals past due")
    listing.add_argument("--status", help="only appeals in this status")
    take = command("take", "taken into work by this user", sub)
    take.add_argument("number")
    extend = command("extend", "record the extension a head or deputy decided", sub)
    extend.add_argument("number")
    extend.add_argument("--until", required=True, help="the new deadline")
    extend.add_argument("--reason", required=True)
    extend.add_argument("--authorised-by", required=True, metavar="NAME, POSITION")
    extend.add_argument("--on", help="the day the head decided (default today)")
    notify = command("notify", "the day the applicant was told of the extension", sub)
    notify.add_argument("number")
    notify.add_argument("--on", required=True)
    notify.add_argument("--late-reason", help="why, when after the law's limit")
    forward = command("forward", "sent to the competent body", sub)
    forward.add_argument("number")
    forward.add_argument("--to", required=True)
    forward.add_argument("--on", help="the day (default today)")
    forward.add_argument("--late-reason", help="why, when after the law's limit")
    decide = command("decide", "the decision taken", sub)
    decide.add_argument("number")
    decide.add_argument("--decision", required=True)
    decide.add_argument("--on", help="the day (default today)")
    cancel = command("cancel", "cancel a mistaken entry with the reason; it stays", sub)
    cancel.add_argument("number")
    cancel.add_argument("--reason", required=True)
    command("numbering", "gaps, duplicates and reused numbers (the chief's check)", sub)


def _day(text: str | None) -> date | None:
    from inspector_app.domain.dates import parse_date

    return parse_date(text) if text else None


def _received(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise Refused("date.invalid", value=text) from None
    # a day alone is its start; a moment without a zone is the country's local time (the
    # service reads a naive moment on the country's clock, whatever the computer's zone)
    return moment


def _json(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_json(v) for v in value]
    return value


def cmd_appeal(ctx: Context) -> int:
    from inspector_app.services import appeals

    a = ctx.args
    action = a.appeal_command
    if action in ("receipt", "letter"):
        from inspector_app.store.files import check_target

        check_target(a.out, database=ctx.db_path, overwrite=a.force)
    session = ctx.session()
    try:
        if action == "add":
            officer = (
                appeals.user_id_for_login(session, a.about_officer) if a.about_officer else None
            )
            earlier = appeals.find_by_number(session, a.earlier) if a.earlier else None
            made = appeals.register_appeal(
                session,
                summary=a.summary,
                channel=a.channel,
                applicant_id=a.applicant,
                applicant_name=a.applicant_name,
                received_at=_received(a.received),
                kind=a.kind,
                anonymous=a.anonymous,
                collective=a.collective,
                earlier_id=earlier,
                about_officer_id=officer,
                language=a.language,
            )
            print(f"{made.number}\t{made.deadline.isoformat()}", file=ctx.out)
            ctx.say(
                message(
                    "cli.appeal_registered",
                    {"number": made.number, "deadline": made.deadline.isoformat()},
                    ctx.lang,
                )
            )
            return EXIT_OK
        if action == "list":
            return _list(ctx, session)
        if action == "numbering":
            return _numbering(ctx, session)
        appeal_id = appeals.find_by_number(session, a.number)
        if action == "show":
            row = appeals.get_appeal(session, appeal_id)
            shown = {k: _json(v) for k, v in asdict(row).items() if k != "key"}
            shown["history"] = [
                {k: _json(v) for k, v in asdict(e).items()}
                for e in appeals.appeal_history(session, appeal_id)
            ]
            print(json.dumps(shown, ensure_ascii=False, sort_keys=True, indent=2), file=ctx.out)
            return EXIT_OK
        if action in ("receipt", "letter"):
            from inspector_app.services.appeal_letters import write_letter

            pages = write_letter(
                session, appeal_id, "receipt" if action == "receipt" else a.about, a.out,
                overwrite=a.force,
            )  # fmt: skip
            print(f"written\t{a.out}\t{pages}", file=ctx.out)
            return EXIT_OK
        late = _step(ctx, session, appeal_id)
        print(f"{a.number}\t{action}\t{'late' if late else 'in time'}", file=ctx.out)
        if late:
            ctx.say(message("cli.appeal_step_late", {"number": a.number}, ctx.lang))
    finally:
        session.close()
    return EXIT_OK


def _step(ctx: Context, session: Any, appeal_id: str) -> bool:
    from inspector_app.services import appeals

    a = ctx.args
    action = a.appeal_command
    if action == "take":
        appeals.take_appeal(session, appeal_id)
        return False
    if action == "extend":
        until = _day(a.until)
        assert until is not None  # required by the parser
        return appeals.extend_appeal(
            session,
            appeal_id,
            until,
            a.reason,
            authorised_by=a.authorised_by,
            decided_on=_day(a.on),
        )
    if action == "notify":
        on = _day(a.on)
        assert on is not None
        return appeals.notify_appeal(session, appeal_id, on, a.late_reason)
    if action == "forward":
        return appeals.forward_appeal(session, appeal_id, a.to, _day(a.on), a.late_reason)
    if action == "decide":
        return appeals.decide_appeal(session, appeal_id, a.decision, _day(a.on))
    appeals.cancel_appeal(session, appeal_id, a.reason)
    return False


def _list(ctx: Context, session: Any) -> int:
    from inspector_app.services import appeals

    a = ctx.args
    state = "overdue" if a.overdue else "all"
    after = None
    while True:
        page = appeals.list_appeals(session, state, after=after, limit=500)
        for r in page:
            if a.status and r.status != a.status:
                continue
            late = [
                word
                for word, flag in (
                    ("registered-late", r.registration_late),
                    ("extension-entered-late", r.extension_late_entry),
                    ("notified-late", r.notify_late),
                    ("forwarded-late", r.forward_late),
                    ("decided-late", r.decided_late),
                )
                if flag
            ]
            print(
                "\t".join(
                    (
                        r.number,
                        r.status,
                        session.local_date(r.received_at).isoformat(),
                        r.deadline.isoformat(),
                        r.state,
                        ",".join(late),
                        r.applicant,
                    )
                ),
                file=ctx.out,
            )
        if len(page) < 500:
            return EXIT_OK
        after = page[-1].key


def _numbering(ctx: Context, session: Any) -> int:
    from inspector_app.services.appeal_numbering import finding_message, numbering_findings

    findings = numbering_findings(session)
    for f in findings:
        print(f"{f.kind}\t{f.prefix}\t{f.year}\t{','.join(f.numbers)}", file=ctx.out)
        code, params = finding_message(f)
        ctx.say(message(code, params, ctx.lang))
    if not findings:
        ctx.say(message("appeal.numbering_clean", {}, ctx.lang))
    return EXIT_OK


APPEAL_COMMANDS: dict[str, Callable[[Context], int]] = {"appeal": cmd_appeal}
