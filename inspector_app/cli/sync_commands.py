"""The commands of sync: devices and enrolment, stand-ins, export and import of packages, the
state of the exchange, conflicts and held changes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from inspector_app.cli.context import EXIT_OK, EXIT_PARTIAL, EXIT_REFUSED, Context, Refused
from inspector_app.messages import describe, message


def add_sync_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    device = command("device", "this device's card, and the devices it exchanges packages with")
    device_sub = device.add_subparsers(dest="device_command", metavar="ACTION", required=True)
    card = command("card", "write this device's card; prints its fingerprint last", device_sub)
    card.add_argument("--out", type=Path, required=True)
    card.add_argument("--force", action="store_true", help="replace the --out file if it exists")
    trust = command(
        "trust", "enrol a device from its card after comparing the fingerprint", device_sub
    )
    trust.add_argument("file", type=Path)
    trust.add_argument("--fingerprint", help="trust only if the card has this fingerprint")
    command("list", "the devices this one knows", device_sub)
    revoke = command("revoke", "withdraw trust from a lost or stolen device", device_sub)
    revoke.add_argument("id")
    revoke.add_argument("--after-package", type=int, help="its last package still accepted")
    prefix = command(
        "prefix", "give a laptop a new prefix for its appeal numbers (the chief)", device_sub
    )
    prefix.add_argument("id")
    prefix.add_argument("prefix", help="district and precinct codes, e.g. 12-07")

    standin = command("standin", "let a laptop keep a colleague's precinct for a period")
    standin_sub = standin.add_subparsers(dest="standin_command", metavar="ACTION", required=True)
    standin_add = command("add", "the laptop DEVICE_ID stands in for a precinct", standin_sub)
    standin_add.add_argument("device_id")
    standin_add.add_argument("--precinct", required=True, help="the colleague's precinct code")
    standin_add.add_argument("--from", dest="starts", required=True, help="first day")
    standin_add.add_argument("--until", dest="ends", required=True, help="last day")
    command("list", "the stand-ins", standin_sub)

    export = command("export", "write a sync package of everything the recipient lacks")
    export.add_argument("--to", type=Path, required=True, help="the folder to write it in")
    export.add_argument("--for", dest="recipient", help="the recipient's device id")
    imp_pkg = command("import", "import sync packages, each on its own")
    imp_pkg.add_argument("files", type=Path, nargs="+")
    sync = command("sync", "the state of the exchange with each device")
    sync_sub = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    command("status", "per device: received, gaps, sent, confirmed", sync_sub)

    conflicts = command("conflicts", "list the open conflicts between edits, or resolve one")
    conflicts_sub = conflicts.add_subparsers(dest="conflicts_command", metavar="ACTION")
    resolve = command("resolve", "settle a conflict, keeping one of its values", conflicts_sub)
    resolve.add_argument("id", help="the conflict's id, as `conflicts` lists it")
    resolve.add_argument(
        "--keep",
        required=True,
        metavar="current|other|CHANGE_ID",
        help="the value shown, this conflict's other value, or the value of one of its changes",
    )
    held = command("held", "list changes held for a stamp far ahead; the chief decides on them")
    held_sub = held.add_subparsers(dest="held_command", metavar="ACTION")
    accept = command("accept", "merge a held change", held_sub)
    accept.add_argument("change_id")
    supersede = command("supersede", "never merge a held change", held_sub)
    supersede.add_argument("change_id")
    supersede.add_argument(
        "--reenter", action="store_true", help="enter its values again now, under this clock"
    )


def cmd_device(ctx: Context) -> int:
    from inspector_app.services.sync import devices

    a = ctx.args
    session = ctx.session()
    try:
        if a.device_command == "card":
            found = devices.write_card(session, a.out, overwrite=a.force)
            print(f"written\t{a.out}", file=ctx.out)
            print(found, file=ctx.out)
        elif a.device_command == "trust":
            card = devices.read_card(a.file)
            expected = a.fingerprint or _confirm_fingerprint(ctx, card)
            found = devices.trust_card(session, card, expected_fingerprint=expected)
            print(f"trusted\t{card['device_id']}\t{card['role']}\t{found}", file=ctx.out)
        elif a.device_command == "revoke":
            after = devices.revoke_device(session, a.id, after_package=a.after_package)
            print(f"revoked\t{a.id}\t{after}", file=ctx.out)
        elif a.device_command == "prefix":
            from inspector_app.services.number_prefix import reassign_prefix

            old = reassign_prefix(session, a.id, a.prefix)
            print(f"prefix\t{a.id}\t{old}\t{a.prefix.strip()}", file=ctx.out)
            ctx.say(message("cli.prefix_assigned", {"id": a.id, "prefix": a.prefix}, ctx.lang))
        else:
            for line in devices.list_devices(session):
                print(
                    f"{line.device_id}\t{line.name}\t{line.role}\t{line.fingerprint}\t{line.trust}",
                    file=ctx.out,
                )
    finally:
        session.close()
    return EXIT_OK


def _confirm_fingerprint(ctx: Context, card: dict[str, Any]) -> str:
    """Show the card's fingerprint and ask whether it matches what the other side reads out."""
    from inspector_app.sync.wire import fingerprint

    found = fingerprint(card["sign_public"])
    if sys.stdin is None or not sys.stdin.isatty():
        raise Refused("card.fingerprint_needed")
    ctx.say(
        message("cli.compare_fingerprint", {"name": card["name"], "fingerprint": found}, ctx.lang)
    )
    answer = input("[y/N] ").strip().lower()
    if answer not in ("y", "yes", "д", "да", "и", "иә", "ооба"):
        raise Refused("card.not_confirmed")
    return found


def cmd_standin(ctx: Context) -> int:
    from inspector_app.services import standin

    a = ctx.args
    session = ctx.session()
    try:
        if a.standin_command == "add":
            record = standin.assign_standin(session, a.device_id, a.precinct, a.starts, a.ends)
            print(record, file=ctx.out)
        else:
            for line in standin.list_standins(session):
                print(
                    f"{line.device_id}\t{line.precinct_code}\t{line.starts}\t{line.ends}",
                    file=ctx.out,
                )
    finally:
        session.close()
    return EXIT_OK


def cmd_export(ctx: Context) -> int:
    from inspector_app.services.sync.export import export_package

    session = ctx.session()
    try:
        result = export_package(session, ctx.args.to, ctx.args.recipient)
    finally:
        session.close()
    for volume in result.volumes:
        print(volume, file=ctx.out)
    if result.held_back:
        held = {"count": result.held_back, "id": result.recipient, "model": result.model}
        ctx.say(message("cli.held_back", held, ctx.lang))
    ctx.say(
        message(
            "cli.exported",
            {"path": str(result.path), "changes": result.changes, "seq": result.seq},
            ctx.lang,
        )
    )
    return EXIT_OK


def cmd_import(ctx: Context) -> int:
    from inspector_app.services.sync.importing import import_packages

    session = ctx.session()
    refused = partial = False
    try:
        for outcome in import_packages(session, ctx.args.files):
            path = outcome.file
            print(
                f"{path}\t{outcome.status}\t{outcome.added}\t{outcome.updated}\t"
                f"{outcome.conflicts}",
                file=ctx.out,
            )
            if outcome.error is not None:
                refused = True
                ctx.say(f"{path}: {describe(outcome.error, ctx.lang)}")
                continue
            for code, params in _import_notes(outcome):
                ctx.say(f"{path}: {message(code, params, ctx.lang)}")
            partial = partial or bool(outcome.set_aside or outcome.held)
    finally:
        session.close()
    if refused:
        return EXIT_REFUSED
    return EXIT_PARTIAL if partial else EXIT_OK


def _import_notes(outcome: Any) -> list[tuple[str, dict[str, Any]]]:
    notes: list[tuple[str, dict[str, Any]]] = []
    if outcome.status == "already-imported":
        notes.append(("sync.already_imported", {}))
    if outcome.set_aside:
        notes.append(("sync.set_aside", {"count": outcome.set_aside}))
    if outcome.held:
        notes.append(("sync.held", {"count": outcome.held}))
    if outcome.gaps:
        notes.append(("sync.gaps", {"numbers": ", ".join(map(str, outcome.gaps))}))
    if outcome.history_rewritten:
        notes.append(("sync.history_rewritten", {"device": outcome.sender}))
    if outcome.restored_lost:
        first, last = outcome.restored_lost
        notes.append(("sync.restored", {"device": outcome.sender, "first": first, "last": last}))
    if outcome.clock_ahead:
        notes.append(("sync.clock_ahead", {"count": outcome.clock_ahead}))
    from inspector_app.services.appeal_numbering import finding_message

    notes.extend(finding_message(f) for f in getattr(outcome, "numbering", []))
    return notes


def cmd_sync(ctx: Context) -> int:
    from inspector_app.services.sync.status import sync_status

    session = ctx.session()
    try:
        status = sync_status(session)
    finally:
        session.close()
    print(f"device\t{status.device_id}\tunsent\t{status.unsealed_changes}", file=ctx.out)
    for p in status.peers:
        rewritten = "intact"
        if p.history_rewritten and p.history_rewritten.get("restored"):
            lost = p.history_rewritten
            rewritten = f"restored-lost-{lost['lost_from']}-{lost['lost_to']}"
        elif p.history_rewritten:
            rewritten = f"rewritten-since-{p.history_rewritten['since_package']}"
        print(
            "\t".join(
                str(v)
                for v in (
                    "peer",
                    p.device_id,
                    p.name,
                    p.role,
                    p.trust,
                    p.received,
                    p.last_received_seq or "",
                    p.last_received_at or "",
                    ",".join(map(str, p.gaps)),
                    p.sent,
                    p.last_sent_seq or "",
                    p.unconfirmed_batches,
                    rewritten,
                )
            ),
            file=ctx.out,
        )
    for p in status.peers:
        if p.held_back:  # waiting for the device to be upgraded to a newer record model
            print(f"held-back\t{p.device_id}\t{p.model}\t{p.held_back}", file=ctx.out)
    print(f"set-aside\t{status.set_aside}", file=ctx.out)
    for f in status.numbering:
        print(
            f"numbering\t{f.kind}\t{f.device}\t{f.prefix}\t{f.year}\t{','.join(f.numbers)}",
            file=ctx.out,
        )
    return EXIT_OK


def cmd_conflicts(ctx: Context) -> int:
    from inspector_app.domain.canonical import canonical_json
    from inspector_app.services.conflicts import list_conflicts, resolve_conflict

    a = ctx.args
    session = ctx.session()
    try:
        if a.conflicts_command == "resolve":
            resolve_conflict(session, a.id, a.keep)
            print(f"resolved\t{a.id}", file=ctx.out)
            return EXIT_OK
        for line in list_conflicts(session):
            others = canonical_json([o.value for o in line.others])
            print(
                f"{line.id}\t{line.entity}\t{line.record_id}\t{line.field}\t"
                f"{canonical_json(line.shown)}\t{others}",
                file=ctx.out,
            )
    finally:
        session.close()
    return EXIT_OK


def cmd_held(ctx: Context) -> int:
    from inspector_app.services.held import list_held, reenter_held, review_held

    a = ctx.args
    session = ctx.session()
    try:
        if a.held_command == "accept":
            review_held(session, a.change_id, "accept")
            print(f"accepted\t{a.change_id}", file=ctx.out)
        elif a.held_command == "supersede":
            if a.reenter:
                reenter_held(session, a.change_id)
            else:
                review_held(session, a.change_id, "superseded")
            print(f"superseded\t{a.change_id}", file=ctx.out)
        else:
            for line in list_held(session):
                print(
                    f"{line.change_id}\t{line.device}\t{line.at}\t{line.entity}\t{line.record_id}",
                    file=ctx.out,
                )
    finally:
        session.close()
    return EXIT_OK


SYNC_COMMANDS: dict[str, Callable[[Context], int]] = {
    "device": cmd_device,
    "standin": cmd_standin,
    "export": cmd_export,
    "import": cmd_import,
    "sync": cmd_sync,
    "conflicts": cmd_conflicts,
    "held": cmd_held,
}
