"""Bring the gettext catalogs of the core, the CLI and the reports up to date with the code.

Run from anywhere, after adding or changing a string marked with N_(), _(), gettext() or
ngettext() under inspector_app/:

    .venv/bin/python packaging/update_catalogs.py            # update the catalogs
    .venv/bin/python packaging/update_catalogs.py --check    # only say whether they are stale

It extracts the strings with Babel's Python API from the `inspector_app` package, leaving out
inspector_app/gui (the GUI translates its strings with Qt's .ts files), and writes

  * the template resources/locale/inspector_app.pot, and
  * resources/locale/{ru,kk,ky,en}/LC_MESSAGES/inspector_app.po, updated from the template
    (created when missing).

What it keeps and what it never does:

  * existing translations, translator comments and flags stay as they are;
  * a new string arrives untranslated: no fuzzy matching, no guessed translation. English is the
    source language, so in the `en` catalog an empty translation is filled with the source
    string itself;
  * a string that left the code stays in its catalog as an obsolete `#~` entry, for the
    translator's reference (--drop-obsolete removes them); if the very same string comes back,
    its old translation comes back with it (an entry with no translation of its own is simply
    dropped);
  * the output is sorted by source string and names the files without line numbers, and a file
    whose content did not change is not rewritten, so the catalogs change only when the strings
    do.

Then translate the empty `msgstr ""` entries in the ru, kk and ky catalogs (keep every {name}
placeholder as it is) and run tests/unit/test_catalogs.py. The application reads the .po files
directly (inspector_app/i18n.py compiles them in memory); there is no .mo file to build.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tomllib
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "inspector_app"
PACKAGE_DIR = ROOT / PACKAGE
LOCALE_DIR = ROOT / "resources" / "locale"
DOMAIN = "inspector_app"
LANGUAGES = ("ru", "kk", "ky", "en")
SOURCE_LANGUAGE = "en"
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"

# Folders of the package whose strings are not in these catalogs (Qt's .ts files hold them).
EXCLUDED_DIRS = ("gui", "gui/forms")

# The functions whose string arguments are translatable: N_() marks a string where it is
# defined, the others translate it where it is shown.
KEYWORDS: dict[str, tuple[int, ...] | None] = {
    "N_": None,
    "_": None,
    "gettext": None,
    "ngettext": (1, 2),
}
# A comment starting with this word, just above a marked string, reaches the translators.
COMMENT_TAGS = ("Translators:",)

LANGUAGE_TEAMS = {"ru": "Russian", "kk": "Kazakh", "ky": "Kyrgyz", "en": "English"}


def catalog_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def _project_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as source:
        return str(tomllib.load(source)["project"]["version"])


def _include_dir(path: str) -> bool:
    relative = Path(path).resolve().relative_to(PACKAGE_DIR).as_posix()
    name = relative.rsplit("/", 1)[-1]
    if name.startswith((".", "_")):  # __pycache__, hidden folders, _data of a wheel build
        return False
    return not any(relative == d or relative.startswith(d + "/") for d in EXCLUDED_DIRS)


def extract_template() -> Catalog:
    """The strings marked in the code now, as a template catalog (no translations)."""
    template = Catalog(
        project="inspector-app",
        version=_project_version(),
        copyright_holder="inspector-app developers",
        header_comment=(
            "# Translations template for inspector-app: the words of the core, the CLI\n"
            "# and the reports. Written by packaging/update_catalogs.py; do not edit it.\n#"
        ),
        fuzzy=False,
    )
    found = extract_from_dir(
        str(PACKAGE_DIR),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=COMMENT_TAGS,
        strip_comment_tags=True,
        directory_filter=_include_dir,
    )
    for filename, lineno, message, comments, context in found:
        location = f"{PACKAGE}/{filename}".replace(os.sep, "/")
        template.add(
            message,
            None,
            [(location, lineno)],
            auto_comments=comments,
            context=context,
        )
    return template


def _same_messages(one: Catalog, other: Catalog) -> bool:
    def summary(catalog: Catalog) -> list[tuple[object, ...]]:
        return sorted(
            (
                repr(m.id),
                repr(m.context),
                sorted({path for path, _line in m.locations}),
                sorted(m.flags),
                list(m.auto_comments),
            )
            for m in catalog
            if m.id
        )

    return summary(one) == summary(other)


def render(catalog: Catalog, *, drop_obsolete: bool = False) -> bytes:
    """The bytes of a catalog as this project writes them (sorted, no line numbers)."""
    buffer = io.BytesIO()
    write_po(
        buffer,
        catalog,
        width=76,
        sort_output=True,
        include_lineno=False,
        ignore_obsolete=drop_obsolete,
    )
    return buffer.getvalue()


def read_catalog(path: Path, lang: str | None = None) -> Catalog:
    with open(path, "rb") as source:
        return read_po(source, locale=lang, abort_invalid=True)


def _write_if_changed(path: Path, content: bytes) -> bool:
    if path.exists() and path.read_bytes() == content:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return True


def _new_catalog(lang: str, template: Catalog) -> Catalog:
    team = LANGUAGE_TEAMS.get(lang, lang)
    return Catalog(
        locale=lang,
        domain=DOMAIN,
        project=template.project,
        version=template.version,
        copyright_holder=template.copyright_holder,
        msgid_bugs_address=template.msgid_bugs_address,
        header_comment=(
            f"# {team} translations of inspector-app: the words of the core, the CLI\n"
            "# and the reports. Updated by packaging/update_catalogs.py; translate\n"
            "# the msgstr lines, keeping every {name} placeholder as it is.\n#"
        ),
        last_translator="inspector-app developers",
        language_team=team,
        creation_date=template.creation_date,
        revision_date=template.creation_date,
        fuzzy=False,
    )


def _untranslated(message: Message) -> bool:
    if isinstance(message.string, (list, tuple)):
        return not any(message.string)
    return not message.string


def update_catalog(lang: str, template: Catalog) -> tuple[Catalog, list[str]]:
    """The catalog of `lang` updated from the template, and the new source strings."""
    path = catalog_path(lang)
    catalog = read_catalog(path, lang) if path.exists() else _new_catalog(lang, template)
    before = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
    old_obsolete = dict(catalog.obsolete)
    catalog.update(template, no_fuzzy_matching=True, update_creation_date=True)
    # Babel keeps earlier obsolete entries beside the new ones; an entry back in the code
    # takes its old translation back (the same source string exactly, so nothing is guessed).
    for key, old in old_obsolete.items():
        current = catalog.get(old.id, old.context)
        if current is None:
            catalog.obsolete.setdefault(key, old)
            continue
        catalog.obsolete.pop(key, None)
        if _untranslated(current) and not _untranslated(old):
            current.string = old.string
            current.user_comments = list(old.user_comments)
    if lang == SOURCE_LANGUAGE:
        for message in catalog:
            if message.id and _untranslated(message):
                message.string = message.id  # the source strings are English
    # An obsolete entry is kept only for the translation it holds.
    for key, old in list(catalog.obsolete.items()):
        if _untranslated(old) or (lang == SOURCE_LANGUAGE and old.string == old.id):
            del catalog.obsolete[key]
    added = [
        m.id if isinstance(m.id, str) else m.id[0]
        for m in catalog
        if m.id and (m.id if isinstance(m.id, str) else m.id[0]) not in before
    ]
    return catalog, added


def run(*, check: bool = False, drop_obsolete: bool = False) -> int:
    template = extract_template()
    if TEMPLATE.exists():
        previous = read_catalog(TEMPLATE)
        if _same_messages(previous, template):
            template.creation_date = previous.creation_date
    stale: list[str] = []
    outputs: list[tuple[Path, bytes]] = [(TEMPLATE, render(template))]
    for lang in LANGUAGES:
        catalog, added = update_catalog(lang, template)
        outputs.append((catalog_path(lang), render(catalog, drop_obsolete=drop_obsolete)))
        untranslated = sum(1 for m in catalog if m.id and _untranslated(m))
        fuzzy = sum(1 for m in catalog if m.id and m.fuzzy)
        print(
            f"{lang}: {sum(1 for m in catalog if m.id)} entries, {len(added)} new,"
            f" {untranslated} untranslated, {fuzzy} fuzzy, {len(catalog.obsolete)} obsolete"
        )

    for path, content in outputs:
        if path.exists() and path.read_bytes() == content:
            continue
        stale.append(path.relative_to(ROOT).as_posix())
        if not check:
            _write_if_changed(path, content)
    if check:
        if stale:
            print("out of date: " + ", ".join(stale) + "; run packaging/update_catalogs.py")
            return 1
        print("the catalogs are up to date")
        return 0
    print(("written: " + ", ".join(stale)) if stale else "nothing changed")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if a catalog is stale"
    )
    parser.add_argument(
        "--drop-obsolete",
        action="store_true",
        help="remove the #~ entries of strings that left the code",
    )
    args = parser.parse_args(argv)
    return run(check=args.check, drop_obsolete=args.drop_obsolete)


if __name__ == "__main__":
    sys.exit(main())
