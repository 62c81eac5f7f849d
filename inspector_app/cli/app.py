"""`inspector-app`: the parser, the core commands and the entry point (DESIGN.md section 7).

Exit status: 0 done; 1 `verify` found damage, or an internal error; 2 refused (bad input, wrong
password, a role that may not); 3 partly done. Data goes to stdout (tab-separated or JSON, fixed
English status words); one line for a person goes to stderr, in the user's language, never a
traceback. With no subcommand the desktop application opens.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

from inspector_app import locations, version
from inspector_app.cli.appeal_commands import APPEAL_COMMANDS, add_appeal_commands
from inspector_app.cli.context import (
    APP_NAME,
    EXIT_DAMAGE,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_REFUSED,
    REPORT_KINDS,
    Context,
    Refused,
    default_db_path,
    global_options,
    log_path,
    read_password,
)
from inspector_app.cli.history_commands import (
    add_history_command,
    add_log_correction_commands,
    cmd_history,
    run_log_correction,
)
from inspector_app.cli.sync_commands import SYNC_COMMANDS, add_sync_commands
from inspector_app.cli.work_commands import WORK_COMMANDS, add_work_commands, cmd_log_add
from inspector_app.domain.errors import AppError
from inspector_app.domain.file_names import has_escapes
from inspector_app.messages import describe, message


def _search_limit(text: str) -> int:
    """How many people `search` lists: a whole number from 1 to 10,000 (a huge one used to
    end in an internal error)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} is not a whole number") from None
    if not 1 <= value <= 10_000:
        raise argparse.ArgumentTypeError(f"{text} is not between 1 and 10000")
    return value


class _PrintVersion(argparse.Action):
    """`--version`: the version is read only when asked for (inspector_app.version)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        print(f"{parser.prog} {version()}")
        parser.exit()


def _day(text: str) -> date:
    """A day as 2026-11-20 or 20.11.2026."""
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"{text} is not a day: write it as 2026-11-20")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=APP_NAME, description="The district inspector's log.")
    parser.add_argument("--version", action=_PrintVersion, help="print the version and exit")
    parser.add_argument(
        "--check-start",
        action="store_true",
        help="open the first window, print which it is (wizard, sign-in) once it is on the"
        " screen, and exit: checks that an installation starts",
    )
    global_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, parent: Any = commands) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = parent.add_parser(
            name, help=help_text, description=help_text
        )
        global_options(sub, top=False)
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
    pexport = command(
        "export", "everything stored about one person, as canonical JSON (journaled)", person_sub
    )
    pexport.add_argument("id")
    merge = command("merge", "merge a person entered twice into the one to keep", person_sub)
    merge.add_argument("keep", help="id of the person to keep")
    merge.add_argument("duplicate", help="id of the duplicate, merged into the kept one")

    search = command("search", "find people, best match first")
    search.add_argument("text")
    search.add_argument("--limit", type=_search_limit, default=50, help="1 to 10000")

    report = command("report", "make a PDF report for a period")
    report.add_argument("kind", choices=REPORT_KINDS)
    report.add_argument("--period", help="2026-10, 2026-Q3, 2026 or FROM..TO")
    report.add_argument("--precinct", help="code of the precinct (default: the database's own)")
    report.add_argument("--district", help="code of the district")
    report.add_argument("--person", help="id of the person (person-card)")
    report.add_argument("--as-of", help="made-at time and day of open items, ISO (reproducible)")
    report.add_argument("--out", type=Path, required=True, help="the file to write")
    report.add_argument(
        "--rank-by",
        metavar="INDICATOR",
        help="district and hq: rank by this indicator (a code of reports/INDICATORS.md)",
    )
    report.add_argument(
        "--format",
        choices=("pdf", "xlsx"),
        default="pdf",
        help="pdf (default) or xlsx: the same tables and figures in a spreadsheet",
    )
    report.add_argument(
        "--force",
        action="store_true",
        help="replace the --out file if it exists (never the database, its key file or a backup)",
    )

    add_sync_commands(command)
    log = command("log", "the work log: add, correct or cancel an entry")
    log_sub = log.add_subparsers(dest="log_command", metavar="ACTION", required=True)
    add_work_commands(command, log_sub)
    add_log_correction_commands(command, log_sub)
    add_history_command(command)
    add_appeal_commands(command)
    command("dump", "write the replicated state as canonical JSON lines")
    access = command(
        "access-log", "who saw or exported whose data in a period (admin or chief; journaled)"
    )
    access.add_argument("--from", dest="first", required=True, type=_day, help="first day")
    access.add_argument("--to", dest="last", required=True, type=_day, help="last day")
    verify = command("verify", "check the database and the journal for damage")
    verify.add_argument(
        "--repair-index",
        action="store_true",
        help="make the search index again from the records first (it holds nothing of its own)",
    )
    backup = command("backup", "write an encrypted backup of the database and its key file")
    backup.add_argument(
        "--to",
        type=Path,
        help="the folder to write it in (default: backups beside the database, kept pruned)",
    )
    restore = command(
        "restore",
        "put a backup in place of the database, keeping the old one aside (admin,"
        " or the recovery key in INSPECTOR_APP_RECOVERY_KEY)",
    )
    restore.add_argument("file", type=Path, help="the backup file (.iabak)")

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


def cmd_init(ctx: Context) -> int:
    from inspector_app.services.setup import InitRequest, init_database

    a = ctx.args
    login = ctx.login()
    password = read_password("INSPECTOR_APP_PASSWORD", "New password: ", confirm=True)
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
        elif a.person_command == "export":
            from inspector_app.services.access import export_person

            print(export_person(session, a.id), file=ctx.out)
        else:
            from inspector_app.services.access import record_view

            shown = people.show_person(session, a.id)
            record_view(session, a.id, "cli")  # journaled before it is shown
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
        value = datetime.fromisoformat(text)
    except ValueError:
        raise Refused("report.as_of", value=text) from None
    if value.year < 1900:  # dates before it are not written with four digits by strftime
        raise Refused("report.as_of", value=text)
    return value


def cmd_report(ctx: Context) -> int:
    from inspector_app.services.reports import ReportRequest, write_report
    from inspector_app.services.reports.make import check_format
    from inspector_app.store.files import check_target

    a = ctx.args
    # A name that will be refused (the wrong extension, the database, its key file, an
    # existing file without --force) is refused before the password is asked.
    check_target(a.out, database=ctx.db_path, overwrite=a.force)
    check_format(a.out, a.format)
    request = ReportRequest(
        kind=a.kind,
        period=a.period,
        precinct=a.precinct,
        district=a.district,
        person=a.person,
        lang=ctx.lang,
        as_of=_as_of(a.as_of),
        rank_by=a.rank_by,
    )
    session = ctx.session()
    try:
        report = write_report(session, request, a.out, overwrite=a.force, file_format=a.format)
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


def cmd_access_log(ctx: Context) -> int:
    from inspector_app.domain.canonical import canonical_json
    from inspector_app.services.access import access_log

    session = ctx.session()
    try:
        lines = access_log(session, ctx.args.first, ctx.args.last)
    finally:
        session.close()
    for line in lines:
        print(
            f"{line.at}\t{line.login}\t{line.action}\t{line.person}\t{line.name}\t"
            f"{canonical_json(line.detail)}",
            file=ctx.out,
        )
    return EXIT_OK


# a database file that verify reads as a file when it no longer opens as a database
UNOPENABLE = frozenset({"db.damaged", "db.empty", "db.io_error"})


def cmd_verify(ctx: Context) -> int:
    from inspector_app.services.audit import verify, verify_file

    try:
        session = ctx.session()
    except AppError as error:
        if error.code not in UNOPENABLE:
            raise
        # the file does not open as a database: say what is damaged, as for any damage
        report = verify_file(
            ctx.db_path, ctx.login(), read_password("INSPECTOR_APP_PASSWORD", "Password: ")
        )
    else:
        try:
            if ctx.args.repair_index:
                from inspector_app.services.audit import repair_search_index

                count = repair_search_index(session)
                ctx.say(message("cli.index_rebuilt", {"count": count}, ctx.lang))
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


def cmd_backup(ctx: Context) -> int:
    from inspector_app.services.backup import make_backup

    folder: Path | None = ctx.args.to
    # a wrong --to is refused before the password is asked and the database opened
    if folder is not None and not folder.is_dir():
        if folder.exists():
            raise Refused("backup.not_a_folder", path=str(folder))
        raise Refused("file.folder_missing", path=str(folder), folder=str(folder))
    session = ctx.session()
    try:
        assert ctx.master_key is not None
        written = make_backup(session, ctx.master_key, folder)
    finally:
        session.close()
    print(f"written\t{written}", file=ctx.out)
    ctx.say(message("cli.backup_written", {"path": str(written)}, ctx.lang))
    return EXIT_OK


def cmd_restore(ctx: Context) -> int:
    from inspector_app.services.backup import restore
    from inspector_app.services.window_lock import window_open

    # the window would go on with the database it opened, and write into the one put back
    if window_open(ctx.db_path):
        raise Refused("restore.window_open", path=str(ctx.db_path))
    # No session: the database may be missing or damaged. The backup's own key file is opened.
    recovery_key = os.environ.get("INSPECTOR_APP_RECOVERY_KEY")
    if recovery_key:
        result = restore(ctx.db_path, ctx.args.file, recovery_key=recovery_key)
    else:
        login = ctx.login()
        password = read_password("INSPECTOR_APP_PASSWORD", "Password: ")
        result = restore(ctx.db_path, ctx.args.file, login, password)
    print(f"restored\t{ctx.args.file}\t{result.epoch}", file=ctx.out)
    params = {"path": str(ctx.db_path), "made_at": result.info.made_at}
    if result.aside:
        ctx.say(message("cli.restored", {**params, "aside": str(result.aside[0])}, ctx.lang))
    else:
        ctx.say(message("cli.restored_new", params, ctx.lang))
    return EXIT_OK


def cmd_user(ctx: Context) -> int:
    from inspector_app.services import users

    a = ctx.args
    if a.user_command == "recover":
        users.recover_password(
            ctx.db_path,
            ctx.login(),
            read_password("INSPECTOR_APP_RECOVERY_KEY", "Recovery key: "),
            read_password("INSPECTOR_APP_NEW_PASSWORD", "New password: ", confirm=True),
        )
        print("changed", file=ctx.out)
        return EXIT_OK
    session = ctx.session()
    try:
        if a.user_command == "add":
            password = read_password(
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
            new = read_password("INSPECTOR_APP_NEW_PASSWORD", "New password: ", confirm=True)
            users.change_password(
                session, read_password("INSPECTOR_APP_PASSWORD", "Password: "), new
            )
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


def cmd_log(ctx: Context) -> int:
    if ctx.args.log_command == "add":
        return cmd_log_add(ctx)
    return run_log_correction(ctx)


COMMANDS: dict[str, Callable[[Context], int]] = {
    **SYNC_COMMANDS,
    **WORK_COMMANDS,
    **APPEAL_COMMANDS,
    "init": cmd_init,
    "demo": cmd_demo,
    "people": cmd_people_import,
    "person": cmd_person,
    "search": cmd_search,
    "report": cmd_report,
    "dump": cmd_dump,
    "access-log": cmd_access_log,
    "verify": cmd_verify,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "user": cmd_user,
    "log": cmd_log,
    "history": cmd_history,
}


def _refuse_undecodable(args: argparse.Namespace) -> None:
    """Text given in bytes that are not UTF-8 is refused before anything is done (it used to
    fail deep inside, when written). File names are kept: a file is opened by its own bytes."""
    for value in vars(args).values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and has_escapes(item):
                raise Refused("cli.not_utf8", value=item)


def _launch_gui(args: argparse.Namespace) -> int:
    from inspector_app.gui.app import run

    return run(
        db_path=args.db or default_db_path(),
        lang=args.lang,
        login=args.user,
        settings_root=locations.settings_root(),
        check_start=args.check_start,
    )


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
    locations.choose_portable(args.portable)
    if not args.command:
        return _launch_gui(args)
    ctx = Context(args, out, err)
    try:
        _refuse_undecodable(args)
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
    """Append the traceback, without the exceptions' messages, to errors.log (made readable
    by its owner only)."""
    from inspector_app.services.crash_log import append_details, traceback_without_data

    log = log_path()
    with contextlib.suppress(OSError):  # the log cannot be written: the line on stderr still is
        append_details(
            log,
            f"--- {datetime.now(UTC).isoformat()} {version()}\n" + traceback_without_data(exc),
        )
    return log


if __name__ == "__main__":
    raise SystemExit(main())
