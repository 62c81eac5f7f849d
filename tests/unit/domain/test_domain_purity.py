"""The domain package imports nothing else of the application, no Qt and no SQL."""

from __future__ import annotations

import ast
from pathlib import Path

import inspector_app.domain

DOMAIN = Path(inspector_app.domain.__file__).parent
FORBIDDEN_TOP = {"PySide6", "shiboken6", "sqlite3", "sqlcipher3", "sqlite_utils"}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.level:
                names.add("inspector_app.domain." + node.module)
            else:
                names.add(node.module)
    return names


def test_domain_modules_import_only_the_domain_and_plain_libraries() -> None:
    files = sorted(DOMAIN.glob("*.py"))
    assert files
    for path in files:
        for name in _imports(path):
            top = name.split(".")[0]
            assert top not in FORBIDDEN_TOP, (path.name, name)
            if top == "inspector_app":
                assert name.startswith("inspector_app.domain."), (path.name, name)
