"""Designer forms and their compiled modules agree (packaging/compile_forms.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location(
    "compile_forms", ROOT / "packaging" / "compile_forms.py"
)
assert spec is not None and spec.loader is not None
compile_forms = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compile_forms)


def test_every_form_is_compiled_and_current() -> None:
    assert compile_forms.stale_forms() == [], "run packaging/compile_forms.py"
