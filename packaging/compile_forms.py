"""Compiles the Qt Designer forms in ui/*.ui into inspector_app/gui/forms/ui_*.py.

Run after editing a form: `.venv/bin/python packaging/compile_forms.py`. The generated modules
carry a "do not edit" header, are excluded from lint, and tests/gui/test_forms.py fails while a
form and its compiled module disagree (`--check` does the same from the command line).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "ui"
FORMS = ROOT / "inspector_app" / "gui" / "forms"
HEADER = "# Generated from ui/{name} by packaging/compile_forms.py: do not edit.\n"


def uic() -> str:
    return str(Path(sys.executable).with_name("pyside6-uic"))


def compiled(form: Path) -> str:
    """The Python module pyside6-uic makes of one form, with our header."""
    result = subprocess.run(
        [uic(), "--from-imports", "--no-autoconnection", str(form)],
        capture_output=True,
        text=True,
        check=True,
    )
    # uic writes the absolute path of nothing but a version comment: keep output stable
    body = "\n".join(
        line
        for line in result.stdout.splitlines()
        if not line.startswith("## Created by: Qt User Interface Compiler")
    )
    return HEADER.format(name=form.name) + body + "\n"


def target(form: Path) -> Path:
    return FORMS / f"ui_{form.stem}.py"


def stale_forms() -> list[str]:
    """Forms whose compiled module is missing or differs, and modules with no form left."""
    stale = [
        form.name
        for form in sorted(UI.glob("*.ui"))
        if not target(form).exists() or target(form).read_text("utf-8") != compiled(form)
    ]
    known = {target(form).name for form in UI.glob("*.ui")}
    stale += [p.name for p in FORMS.glob("ui_*.py") if p.name not in known]
    return stale


def main(argv: list[str]) -> int:
    if "--check" in argv:
        stale = stale_forms()
        for name in stale:
            print(f"stale: {name}")
        return 1 if stale else 0
    FORMS.mkdir(parents=True, exist_ok=True)
    init = FORMS / "__init__.py"
    if not init.exists():
        init.write_text(
            '"""Compiled Qt Designer forms (packaging/compile_forms.py). Do not edit."""\n'
        )
    known = set()
    for form in sorted(UI.glob("*.ui")):
        text = compiled(form)
        known.add(target(form).name)
        if not target(form).exists() or target(form).read_text("utf-8") != text:
            target(form).write_text(text, encoding="utf-8")
            print(target(form).relative_to(ROOT))
    for leftover in FORMS.glob("ui_*.py"):
        if leftover.name not in known:
            leftover.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
