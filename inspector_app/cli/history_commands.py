"""Commands that correct the work log and show a record's history: `log edit`, `log cancel`,
`history ENTITY ID` (JSON lines: field, value, at, by)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from inspector_app.cli.context import EXIT_OK, Context, Refused

Command = Callable[..., argparse.ArgumentParser]


def add_log_correction_commands(command: Command, log_sub: Any) -> None:
    edit = command(
        "edit",
        "change fields of a log entry: log edit ID field=value ... (at: local time unless an"
        " offset is given; person_ids: ids separated by commas)",
        log_sub,
    )
    edit.add_argument("id")
    edit.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    cancel = command("cancel", "cancel a log entry written in error (it is kept)", log_sub)
    cancel.add_argument("id")
    cancel.add_argument("--reason", required=True, help="why it is cancelled")


def add_history_command(command: Command) -> None:
    history = command("history", "each field's values of a record, oldest first, as JSON lines")
    history.add_argument("entity", help="the kind of record: person, log_entry, appeal, ...")
    history.add_argument("id")


def _moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise Refused("time.invalid", value=text) from None


def _log_changes(assignments: list[str]) -> dict[str, Any]:
    from inspector_app.domain.dates import parse_date

    changes: dict[str, Any] = {}
    for assignment in assignments:
        name, sep, text = assignment.partition("=")
        if not sep:
            raise Refused("cli.assignment", value=assignment)
        name = name.strip().replace("-", "_")
        value: Any = text.strip() or None
        if name == "at":
            value = _moment(text)
        elif name == "person_ids":
            value = [p.strip() for p in text.split(",") if p.strip()]
        elif name == "follow_up" and value:
            value = parse_date(text)
        changes[name] = value
    return changes


def run_log_correction(ctx: Context) -> int:
    from inspector_app.services.log_corrections import cancel_log_entry, edit_log_entry

    a = ctx.args
    changes = _log_changes(a.assignments) if a.log_command == "edit" else {}
    session = ctx.session()
    try:
        if a.log_command == "edit":
            edit_log_entry(session, a.id, changes)
        else:
            cancel_log_entry(session, a.id, a.reason)
        print(a.id, file=ctx.out)
    finally:
        session.close()
    return EXIT_OK


def cmd_history(ctx: Context) -> int:
    from inspector_app.domain import local_time
    from inspector_app.services.record_history import record_history

    session = ctx.session()
    try:
        for version in record_history(session, ctx.args.entity, ctx.args.id):
            line = {
                "field": version.field,
                "value": version.value,
                "at": local_time.now(session.country, version.at).isoformat(timespec="seconds"),
                "by": version.by,
            }
            print(json.dumps(line, ensure_ascii=False, sort_keys=True), file=ctx.out)
    finally:
        session.close()
    return EXIT_OK
