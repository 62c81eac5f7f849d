"""Errors of the core are codes with parameters; the edge (CLI, GUI) puts them into words."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class AppError(Exception):
    """A refusal the user can act on: bad input, wrong password, a role that may not.

    `code` is a stable identifier (``"iin.checksum"``); `params` fill the message template
    that the edge looks up for that code in the user's language.
    """

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        if not self.params:
            return self.code
        inner = ", ".join(f"{k}={v!r}" for k, v in sorted(self.params.items()))
        return f"{self.code}({inner})"


class EnvironmentProblem(AppError):
    """The user's environment is at fault (disk full, file locked, database too new).

    It becomes a message with what to do, never a crash dialog.
    """


class DamageFound(AppError):
    """Stored data does not match its journal or its checksums."""


@dataclass(frozen=True)
class Caution:
    """A finding that lets the user go on (the ID number disagrees with the birth date)."""

    code: str
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
