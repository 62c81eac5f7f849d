"""The rules of DESIGN.md section 2, kept by checks that fail rather than by hope."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "inspector_app"
SQL = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|BEGIN|WITH)\b", re.IGNORECASE
)


def test_import_contracts_hold() -> None:
    """Only the GUI imports Qt; only the store imports a database driver; layers point down."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--no-cache"], capture_output=True, text=True, cwd=PACKAGE.parent, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "BROKEN" not in result.stdout and result.stdout.count("KEPT") == 4


def test_no_sql_outside_the_store() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "store":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and SQL.match(node.value)
                and (
                    "FROM" in node.value.upper()
                    or "INTO" in node.value.upper()
                    or "PRAGMA" in node.value.upper()
                )
            ):
                offenders.append(f"{relative}:{node.lineno}")
    assert offenders == []


def test_no_raw_sql_is_handed_to_the_store_from_outside() -> None:
    """Raw SQL stays in the store: outside it, nothing reaches a store's connection (`.db`)
    or gives it SQL to run (`.select`, `.scalar`); services call the store's functions."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "store":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Attribute) and node.attr in ("db", "select", "scalar")):
                continue
            owner = node.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if name == "store":
                offenders.append(f"{relative}:{node.lineno}")
    assert offenders == []


def test_the_core_does_not_import_qt_even_indirectly() -> None:
    """Importing the CLI's modules must not load Qt: scripts start fast and run headless."""
    code = (
        "import sys, inspector_app.cli, inspector_app.services.people, "
        "inspector_app.services.demo.fill, inspector_app.services.people_import; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
