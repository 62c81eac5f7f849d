"""`inspector-app`: the command line (DESIGN.md section 7).

Exit status: 0 done; 1 `verify` found damage, or an internal error; 2 refused (bad input, wrong
password, a role that may not); 3 partly done. Data goes to stdout (tab-separated or JSON, fixed
English status words); one line for a person goes to stderr, in the user's language, never a
traceback. With no subcommand the desktop application opens.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

import platformdirs

from inspector_app import __version__
from inspector_app.domain.errors import AppError, Caution
from inspector_app.i18n import DEFAULT_LANGUAGE, LANGUAGES
from inspector_app.messages import describe, message

EXIT_OK, EXIT_DAMAGE, EXIT_REFUSED, EXIT_PARTIAL = 0, 1, 2, 3
# The kinds of services.reports.KINDS (a test keeps them equal): listed here so that building
# the parser imports no service.
REPORT_KINDS = ("activity", "district", "hq", "public", "person-card", "appeals", "passport")
APP_NAME = "inspector-app"
DB_FILE = "inspector.db"


class Refused(Exception):
    """A refusal raised by the CLI itself, with the code and params of its message."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.error = AppError(code, **params)


# --- where things are ---------------------------------------------------------------------
def default_db_path(env: dict[str, str] | None = None) -> Path:
    """--db, else INSPECTOR_APP_DB, else beside the executable in portable mode, else the
    user data folder."""
    env = dict(os.environ) if env is None else env
    if env.get("INSPECTOR_APP_DB"):
        return Path(env["INSPECTOR_APP_DB"])
    if getattr(sys, "frozen", False):
        beside = Path(sys.executable).resolve().parent
        if (beside / "portable").exists():
            return beside / "data" / DB_FILE
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DB_FILE


def _log_path() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "errors.log"


# --- arguments ----------------------------------------------------------------------------
def _global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # Given before or after the subcommand: the subparsers use SUPPRESS so that a value given
    # before the subcommand is not overwritten by their default.
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--db", type=Path, default=default, help="database file")
    parser.add_argument("--user", default=default, help="login of the user")
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=default, help="language of messages (ru, kk, ky, en)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=APP_NAME, description="The district inspector's log.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _global_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, parent: Any = commands) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = parent.add_parser(
            name, help=help_text, description=help_text
        )
        _global_options(sub, top=False)
        return sub

    init = command("init", "create the database and its first user (the device's admin)")
    init.add_argument("--role", required=True, choices=("inspector", "chief", "hq"))
    init.add_argument("--country", required=True, choices=("KZ", "KG"))
    init.add_argument("--device-name", required=True)
    init.add_argument("--full-name", required=True)
    init.add_argument("--precinct-code")
    init.add_argument("--precinct-name")
    init.add_argument("--district-code")
    init.add_argument("--rank")
    init.add_argument("--badge")

    demo = command("demo", "fill an empty database with a realistic precinct, district or region")
    demo.add_argument("--people", type=int, required=True, help="people per precinct")
    demo.add_argument("--years", type=int, default=3)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--precincts", type=int, default=None, help="chief and hq: precincts")
    demo.add_argument("--districts", type=int, default=None, help="hq: districts")

    people = command("people", "work with many people at once")
    people_sub = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    imp = command("import", "import people from CSV or XLSX", people_sub)
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--all-or-nothing", action="store_true", help="import nothing unless every row is valid"
    )

    person = command("person", "add, change or show one person")
    person_sub = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    add = command("add", "add a person; prints the new id", person_sub)
    for name in (
        "surname",
        "name",
        "patronymic",
        "birth-date",
        "sex",
        "id-number",
        "phone",
        "address",
        "workplace",
        "notes",
    ):
        add.add_argument(f"--{name}", required=name == "surname")
    add.add_argument(
        "--force",
        action="store_true",
        help="add even when a person with the same ID number or name exists",
    )
    pset = command("set", "change fields: person set ID field=value ...", person_sub)
    pset.add_argument("id")
    pset.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    show = command("show", "show a person as JSON", person_sub)
    show.add_argument("id")
    merge = command("merge", "merge a person entered twice into the one to keep", person_sub)
    merge.add_argument("keep", help="id of the person to keep")
    merge.add_argument("duplicate", help="id of the duplicate, merged into the kept one")

    search = command("search", "find people, best match first")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=50)

    report = command("report", "make a PDF report for a period")
    report.add_argument("kind", choices=REPORT_KINDS)
    report.add_argument("--period", help="2026-10, 2026-Q3, 2026 or FROM..TO")
    report.add_argument("--precinct", help="code of the precinct (default: the database's own)")
    report.add_argument("--district", help="code of the district")
    report.add_argument("--person", help="id of the person (person-card)")
    report.add_argument("--as-of", help="made-at time and day of open items, ISO (reproducible)")
    report.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    report.add_argument(
        "--force",
        action="store_true",
        help="replace the --out file if it exists (never the database, its key file or a backup)",
    )

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

    command("dump", "write the replicated state as canonical JSON lines")
    command("verify", "check the database and the journal for damage")

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

    user = command("user", "users of this device")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    uadd = command("add", "add a user (admin only)", user_sub)
    uadd.add_argument("login")
    uadd.add_argument("--full-name", required=True)
    uadd.add_argument("--role", required=True, choices=("inspector", "assistant", "chief", "hq"))
    uadd.add_argument("--admin", action="store_true")
    uadd.add_argument("--rank")
    uadd.add_argument("--badge")
    command("passwd", "change your own password", user_sub)
    command("recover", "set a new password with the recovery key printed by init", user_sub)
    command("list", "list the users", user_sub)
    return parser


# --- passwords ----------------------------------------------------------------------------
def _password(env_name: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env_name)
    if value:
        return value
    if sys.stdin is None or not sys.stdin.isatty():
        raise Refused("password.missing")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(prompt) != first:
        raise Refused("password.mismatch")
    return first


# --- running ------------------------------------------------------------------------------
class Context:
    """What a command needs: the parsed arguments, the streams, and a session when opened."""

    def __init__(self, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
        self.args = args
        self.out = out
        self.err = err
        self.lang: str = args.lang or os.environ.get("INSPECTOR_APP_LANG") or DEFAULT_LANGUAGE
        self.db_path: Path = args.db or default_db_path()
        self.master_key: bytes | None = None

    def login(self) -> str:
        login = self.args.user or os.environ.get("INSPECTOR_APP_USER")
        if not login:
            raise Refused("user.missing")
        return str(login)

    def session(self) -> Any:
        from inspector_app.services.session import open_session_with_key

        session, self.master_key = open_session_with_key(
            self.db_path, self.login(), _password("INSPECTOR_APP_PASSWORD", "Password: "), self.lang
        )
        return session

    def say(self, text: str) -> None:
        print(text, file=self.err)

    def caution(self, cautions: Sequence[Caution]) -> None:
        for caution in cautions:
            self.say(describe(caution, self.lang))


def cmd_init(ctx: Context) -> int:
    from inspector_app.services.setup import InitRequest, init_database

    a = ctx.args
    login = ctx.login()
    password = _password("INSPECTOR_APP_PASSWORD", "New password: ", confirm=True)
    result = init_database(
        InitRequest(
            path=ctx.db_path,
            role=a.role,
            country=a.country,
            device_name=a.device_name,
            login=login,
            full_name=a.full_name,
            password=password,
            precinct_code=a.precinct_code,
            precinct_name=a.precinct_name,
            district_code=a.district_code,
            rank=a.rank,
            badge=a.badge,
        )
    )
    print(f"device\t{result.device_id}", file=ctx.out)
    print(f"user\t{result.user_id}", file=ctx.out)
    print(f"fingerprint\t{result.fingerprint}", file=ctx.out)
    print(f"recovery-key\t{result.recovery_key}", file=ctx.out)
    ctx.say(message("cli.init_done", {"path": str(ctx.db_path)}, ctx.lang))
    return EXIT_OK


def cmd_demo(ctx: Context) -> int:
    from inspector_app.services.demo.fill import DemoRequest, fill_demo

    session = ctx.session()
    try:
        a = ctx.args
        counts = fill_demo(
            session,
            DemoRequest(
                people=a.people,
                years=a.years,
                seed=a.seed,
                precincts=a.precincts,
                districts=a.districts,
            ),
        )
    finally:
        session.close()
    for entity, count in counts.items():
        print(f"{entity}\t{count}", file=ctx.out)
    return EXIT_OK


def cmd_people_import(ctx: Context) -> int:
    from inspector_app.services.people_import import import_people

    session = ctx.session()
    try:
        result = import_people(session, ctx.args.file, all_or_nothing=ctx.args.all_or_nothing)
    finally:
        session.close()
    for line, error in result.rejected:
        ctx.say(
            message(
                "cli.rejected_line", {"line": line, "reason": describe(error, ctx.lang)}, ctx.lang
            )
        )
    print(f"imported\t{result.imported}", file=ctx.out)
    print(f"rejected\t{len(result.rejected)}", file=ctx.out)
    if result.rejected and ctx.args.all_or_nothing:
        raise Refused("import.rejected", count=len(result.rejected))
    return EXIT_PARTIAL if result.rejected else EXIT_OK


def cmd_person(ctx: Context) -> int:
    from inspector_app.services import people

    a = ctx.args
    session = ctx.session()
    try:
        if a.person_command == "add":
            raw = {
                k: getattr(a, k)
                for k in (
                    "surname",
                    "name",
                    "patronymic",
                    "birth_date",
                    "sex",
                    "id_number",
                    "phone",
                    "address",
                    "workplace",
                    "notes",
                )
                if getattr(a, k) is not None
            }
            person_id, cautions = people.add_person(session, raw, force=a.force)
            ctx.caution(cautions)
            print(person_id, file=ctx.out)
        elif a.person_command == "set":
            raw = {}
            for assignment in a.assignments:
                field, sep, value = assignment.partition("=")
                if not sep:
                    raise Refused("cli.assignment", value=assignment)
                raw[field.strip().replace("-", "_")] = value or None
            _old, cautions = people.set_person(session, a.id, raw)
            ctx.caution(cautions)
            print(a.id, file=ctx.out)
        elif a.person_command == "merge":
            from inspector_app.services.person_merge import merge_people

            merged = merge_people(session, a.keep, a.duplicate)
            print(f"merged\t{merged.kept}\t{merged.merged}\t{merged.references}", file=ctx.out)
        else:
            shown = people.show_person(session, a.id)
            print(json.dumps(shown, ensure_ascii=False, sort_keys=True, indent=2), file=ctx.out)
    finally:
        session.close()
    return EXIT_OK


def cmd_search(ctx: Context) -> int:
    from inspector_app.services.people import search_people

    session = ctx.session()
    try:
        hits = search_people(session, ctx.args.text, ctx.args.limit)
    finally:
        session.close()
    for hit in hits:
        print(f"{hit.id}\t{hit.full_name}\t{hit.id_number or ''}", file=ctx.out)
    return EXIT_OK


def _as_of(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise Refused("report.as_of", value=text) from None


def cmd_report(ctx: Context) -> int:
    from inspector_app.services.reports import ReportRequest, write_report
    from inspector_app.store.files import check_target

    a = ctx.args
    # A name that will be refused (the database, its key file, an existing file without
    # --force) is refused before the password is asked and the database opened.
    check_target(a.out, database=ctx.db_path, overwrite=a.force)
    request = ReportRequest(
        kind=a.kind,
        period=a.period,
        precinct=a.precinct,
        district=a.district,
        person=a.person,
        lang=ctx.lang,
        as_of=_as_of(a.as_of),
    )
    session = ctx.session()
    try:
        report = write_report(session, request, a.out, overwrite=a.force)
    finally:
        session.close()
    print(f"written\t{a.out}\t{report.pages}", file=ctx.out)
    ctx.say(message("cli.report_written", {"path": str(a.out), "pages": report.pages}, ctx.lang))
    return EXIT_OK


def cmd_dump(ctx: Context) -> int:
    from inspector_app.services.audit import dump_lines

    session = ctx.session()
    try:
        # bytes, so the dump is UTF-8 whatever the console's encoding
        out = getattr(ctx.out, "buffer", None)
        for line in dump_lines(session):
            if out is not None:
                out.write(line.encode("utf-8") + b"\n")
            else:
                ctx.out.write(line + "\n")
    finally:
        session.close()
    return EXIT_OK


def cmd_verify(ctx: Context) -> int:
    from inspector_app.services.audit import verify

    session = ctx.session()
    try:
        report = verify(session)
    finally:
        session.close()
    print(f"status\t{'sound' if report.sound else 'damaged'}", file=ctx.out)
    for name, count in sorted(report.counts.items()):
        print(f"{name}\t{count}", file=ctx.out)
    for code, params in report.problems:
        print(
            f"problem\t{code}\t{json.dumps(params, ensure_ascii=False, sort_keys=True)}",
            file=ctx.out,
        )
    if report.sound:
        ctx.say(message("cli.verify_sound", dict(report.counts), ctx.lang))
        return EXIT_OK
    first_code, first_params = report.problems[0]
    ctx.say(
        message(
            "cli.verify_damaged",
            {"count": len(report.problems), "first": message(first_code, first_params, ctx.lang)},
            ctx.lang,
        )
    )
    return EXIT_DAMAGE


def cmd_user(ctx: Context) -> int:
    from inspector_app.services import users

    a = ctx.args
    if a.user_command == "recover":
        users.recover_password(
            ctx.db_path,
            ctx.login(),
            _password("INSPECTOR_APP_RECOVERY_KEY", "Recovery key: "),
            _password("INSPECTOR_APP_NEW_PASSWORD", "New password: ", confirm=True),
        )
        print("changed", file=ctx.out)
        return EXIT_OK
    session = ctx.session()
    try:
        if a.user_command == "add":
            password = _password(
                "INSPECTOR_APP_NEW_PASSWORD", "Password of the new user: ", confirm=True
            )
            assert ctx.master_key is not None
            user_id = users.add_user(
                session,
                a.login,
                a.full_name,
                a.role,
                password,
                master_key=ctx.master_key,
                admin=a.admin,
                rank=a.rank,
                badge=a.badge,
            )
            print(user_id, file=ctx.out)
        elif a.user_command == "passwd":
            new = _password("INSPECTOR_APP_NEW_PASSWORD", "New password: ", confirm=True)
            users.change_password(session, _password("INSPECTOR_APP_PASSWORD", "Password: "), new)
            print("changed", file=ctx.out)
        else:
            for line in users.list_users(session):
                print(
                    f"{line.id}\t{line.login}\t{line.full_name}\t{line.role}\t"
                    f"{'admin' if line.is_admin else ''}\t"
                    f"{'active' if line.active else 'inactive'}",
                    file=ctx.out,
                )
    finally:
        session.close()
    return EXIT_OK


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
    if outcome.clock_ahead:
        notes.append(("sync.clock_ahead", {"count": outcome.clock_ahead}))
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
        rewritten = (
            f"rewritten-since-{p.history_rewritten['since_package']}"
            if p.history_rewritten
            else "intact"
        )
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
    print(f"set-aside\t{status.set_aside}", file=ctx.out)
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


COMMANDS: dict[str, Callable[[Context], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "people": cmd_people_import,
    "person": cmd_person,
    "search": cmd_search,
    "report": cmd_report,
    "dump": cmd_dump,
    "verify": cmd_verify,
    "conflicts": cmd_conflicts,
    "held": cmd_held,
    "user": cmd_user,
    "device": cmd_device,
    "standin": cmd_standin,
    "export": cmd_export,
    "import": cmd_import,
    "sync": cmd_sync,
}


def _launch_gui(args: argparse.Namespace) -> int:
    from inspector_app.gui.app import run

    return run(db_path=args.db or default_db_path(), lang=args.lang, login=args.user)


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed its usage line
        return EXIT_OK if exc.code in (0, None) else EXIT_REFUSED
    if not args.command:
        return _launch_gui(args)
    ctx = Context(args, out, err)
    try:
        return COMMANDS[args.command](ctx)
    except Refused as exc:
        ctx.say(describe(exc.error, ctx.lang))
        return EXIT_REFUSED
    except AppError as exc:
        ctx.say(describe(exc, ctx.lang))
        return EXIT_REFUSED
    except BrokenPipeError:  # the reader of stdout went away (`| head`): not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python flushes it at exit
        return EXIT_OK
    except KeyboardInterrupt:
        ctx.say(message("cli.interrupted", {}, ctx.lang))
        return EXIT_REFUSED
    except Exception as exc:  # a bug: one line for the person, the traceback to the log
        log = _write_crash_log(exc)
        ctx.say(message("internal", {"detail": type(exc).__name__, "log": str(log)}, ctx.lang))
        return EXIT_DAMAGE


def _write_crash_log(exc: BaseException) -> Path:
    """Append the traceback to errors.log, made readable by its owner only (it may quote
    personal data)."""
    from inspector_app.store.files import append_private

    log = _log_path()
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        append_private(
            log,
            f"--- {datetime.now(UTC).isoformat()} {__version__}\n"
            + "".join(traceback.format_exception(exc)),
        )
    except OSError:
        pass
    return log


if __name__ == "__main__":
    raise SystemExit(main())
