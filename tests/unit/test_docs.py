"""The README documents every command of the command line (as datasette's tests do)."""

from __future__ import annotations

import argparse
from pathlib import Path

from inspector_app.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append(f"{prefix}{name}")
                found += _commands(sub, f"{prefix}{name} ")
    return found


def test_every_command_is_in_the_readme() -> None:
    text = README.read_text("utf-8")
    missing = [c for c in _commands(build_parser()) if f"`{c}" not in text and f" {c}" not in text]
    assert missing == []
