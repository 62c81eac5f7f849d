"""The gettext catalogs of the core and the CLI are complete, in step with the code, and every
error code the code raises has words for the user."""

from __future__ import annotations

import ast
import importlib.util
import string
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog, Message

from inspector_app.i18n import LANGUAGES, translations
from inspector_app.messages import TEXTS, message

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "update_catalogs.py"
FIX = "run `.venv/bin/python packaging/update_catalogs.py`, then translate the new entries"
PLURAL_FORMS = {
    "ru": (
        3,
        "(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)",
    ),
    "kk": (2, "(n != 1)"),
    "ky": (2, "(n != 1)"),
    "en": (2, "(n != 1)"),
}
# The exceptions (and the caution) whose first argument is a code looked up in messages.TEXTS.
CODE_CALLS = {"AppError", "EnvironmentProblem", "DamageFound", "Caution", "Refused"}


@cache
def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_catalogs", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def _extracted() -> Catalog:
    catalog: Catalog = _script().extract_template()
    return catalog


@cache
def _catalog(lang: str) -> Catalog:
    path = ROOT / "resources" / "locale" / lang / "LC_MESSAGES" / "inspector_app.po"
    assert path.exists(), f"{path.relative_to(ROOT)} is missing: {FIX}"
    catalog: Catalog = _script().read_catalog(path, lang)
    return catalog


def _keys(catalog: Catalog) -> set[tuple[str, str | None]]:
    return {(repr(m.id), m.context) for m in catalog if m.id}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _entries(lang: str) -> list[Message]:
    return [m for m in _catalog(lang) if m.id]


def test_the_languages_are_the_ones_the_script_updates() -> None:
    assert tuple(_script().LANGUAGES) == LANGUAGES


def test_the_gui_is_left_to_qt() -> None:
    locations = {path for m in _extracted() for path, _line in m.locations}
    assert locations, "no translatable strings were found at all"
    assert not any(path.startswith("inspector_app/gui/") for path in locations)


@pytest.mark.parametrize("lang", [*LANGUAGES, "template"])
def test_catalog_holds_exactly_the_strings_of_the_code(lang: str) -> None:
    if lang == "template":
        path = ROOT / "resources" / "locale" / "inspector_app.pot"
        assert path.exists(), f"the template is missing: {FIX}"
        held = _keys(_script().read_catalog(path))
    else:
        held = _keys(_catalog(lang))
    wanted = _keys(_extracted())
    missing = sorted(wanted - held)
    stale = sorted(held - wanted)
    assert not missing and not stale, (
        f"the {lang} catalog is out of step with the code: "
        f"{len(missing)} strings missing {missing[:5]}, "
        f"{len(stale)} no longer used {stale[:5]}; {FIX}"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_translated_with_the_same_placeholders(lang: str) -> None:
    nplurals = _catalog(lang).num_plurals
    problems = []
    for entry in _entries(lang):
        ids = [entry.id] if isinstance(entry.id, str) else list(entry.id)
        forms = [entry.string] if isinstance(entry.string, str) else list(entry.string or ())
        wanted = set().union(*(_fields(i) for i in ids))
        if entry.fuzzy:
            problems.append(f"fuzzy: {ids[0]!r}")
        if not all(forms) or (len(ids) > 1 and len(forms) != nplurals):
            problems.append(f"untranslated: {ids[0]!r}")
            continue
        try:
            found = [_fields(form) for form in forms]
        except ValueError as error:
            problems.append(f"broken braces ({error}): {ids[0]!r}")
            continue
        # A plural form for one item may leave the count out; together they name every field.
        if len(ids) == 1 and found[0] != wanted:
            problems.append(f"placeholders {sorted(found[0])} != {sorted(wanted)}: {ids[0]!r}")
        elif len(ids) > 1 and (set().union(*found) != wanted or any(f - wanted for f in found)):
            problems.append(f"placeholders differ: {ids[0]!r}")
    assert not problems, f"{lang}: {len(problems)} entries to fix:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_header(lang: str) -> None:
    catalog = _catalog(lang)
    nplurals, expression = PLURAL_FORMS[lang]
    assert str(catalog.locale) == lang
    assert catalog.num_plurals == nplurals
    assert catalog.plural_expr == expression
    assert catalog.charset.lower() == "utf-8"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_compiles_and_translates(lang: str) -> None:
    translate = translations(lang).gettext
    for entry in _entries(lang):
        if isinstance(entry.id, str):
            assert translate(entry.id) == entry.string


def test_every_template_is_marked_for_translation() -> None:
    extracted = {m.id for m in _extracted() if isinstance(m.id, str)}
    unmarked = sorted(code for code, text in TEXTS.items() if text not in extracted)
    assert not unmarked, f"wrap these templates of messages.TEXTS in N_(): {unmarked}"


def _code_calls() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "inspector_app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else None
            )
            if name not in CODE_CALLS:
                continue
            args = [*node.args[:1], *(k.value for k in node.keywords if k.arg == "code")]
            for arg in args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    where = f"{path.relative_to(ROOT).as_posix()}:{node.lineno}"
                    found.setdefault(arg.value, []).append(where)
    return found


def test_every_error_code_has_words() -> None:
    codes = _code_calls()
    assert len(codes) > 10, "the search for error codes found almost nothing"
    missing = {code: places for code, places in sorted(codes.items()) if code not in TEXTS}
    assert not missing, (
        "these codes have no template in inspector_app/messages.py TEXTS, so users would see "
        f"the raw code: {missing}; add English templates there, then {FIX}"
    )


def test_messages_come_in_the_users_language() -> None:
    english = message("login.failed", {}, "en")
    assert english == TEXTS["login.failed"]
    kazakh = message("login.failed", {}, "kk")
    assert kazakh != english
    assert set(kazakh) & set("әғқңөұүһі")
    assert message("login.failed", {}, "ru") != english
    assert message("login.failed", {}, "ky") != english
    assert "30" in message("login.locked", {"seconds": 30}, "ky")
