"""What every command shares: exit codes, refusals, where the database is, passwords, and the
context a command runs in (DESIGN.md section 7)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from inspector_app import locations
from inspector_app.domain.errors import AppError, Caution
from inspector_app.domain.file_names import has_escapes, readable
from inspector_app.i18n import DEFAULT_LANGUAGE, LANGUAGES
from inspector_app.messages import describe

EXIT_OK, EXIT_DAMAGE, EXIT_REFUSED, EXIT_PARTIAL = 0, 1, 2, 3
# The kinds of services.reports.KINDS (a test keeps them equal): listed here so that building
# the parser imports no service.
REPORT_KINDS = ("activity", "district", "hq", "public", "person-card", "appeals", "passport")
APP_NAME = locations.APP_NAME


class Refused(Exception):
    """A refusal raised by the CLI itself, with the code and params of its message."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.error = AppError(code, **params)


# --- where things are ---------------------------------------------------------------------
def default_db_path(env: dict[str, str] | None = None) -> Path:
    """--db, else INSPECTOR_APP_DB, else beside the executable in portable mode, else the
    user data folder (inspector_app/locations.py)."""
    env = dict(os.environ) if env is None else env
    if env.get("INSPECTOR_APP_DB"):
        return Path(env["INSPECTOR_APP_DB"])
    return locations.default_db_path()


def log_path() -> Path:
    return locations.error_log()


# --- arguments ----------------------------------------------------------------------------
def global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # Given before or after the subcommand: the subparsers use SUPPRESS so that a value given
    # before the subcommand is not overwritten by their default.
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--db", type=Path, default=default, help="database file")
    parser.add_argument("--user", default=default, help="login of the user")
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=default, help="language of messages (ru, kk, ky, en)"
    )
    parser.add_argument(
        "--portable",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="keep the database, settings and error log in a data folder beside the executable",
    )


# --- passwords ----------------------------------------------------------------------------
def read_password(env_name: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env_name)
    if value:
        if has_escapes(value):  # bytes that are not UTF-8: no key can be made of them
            raise Refused("password.not_utf8", source=env_name)
        return value
    if sys.stdin is None or not sys.stdin.isatty():
        raise Refused("password.missing")
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass(prompt) != first:
            raise Refused("password.mismatch")
    except UnicodeError:  # the terminal sends another encoding than the locale says
        raise Refused("password.not_utf8", source="terminal") from None
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
            self.db_path,
            self.login(),
            read_password("INSPECTOR_APP_PASSWORD", "Password: "),
            self.lang,
        )
        return session

    def say(self, text: str) -> None:
        print(readable(text), file=self.err)  # a file name in Windows-1251 bytes, readably

    def caution(self, cautions: Sequence[Caution]) -> None:
        for caution in cautions:
            self.say(describe(caution, self.lang))
