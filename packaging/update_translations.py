"""The Qt translations of the window: `.ts` sources in resources/translations, `.qm` built.

    .venv/bin/python packaging/update_translations.py            # lupdate, then lrelease
    .venv/bin/python packaging/update_translations.py --release  # lrelease only (bootstrap)

lupdate reads the Designer forms (ui/*.ui) and the widget code (inspector_app/gui, without the
modules generated from the forms) and merges new strings into
resources/translations/inspector_app_{ru,kk,ky,en}.ts, dropping those no longer used; new entries
are "unfinished" until translated (tests/gui/test_translations.py fails while any is). lrelease
writes the `.qm` next to each `.ts`; they are build output (.gitignore) and
inspector_app/gui/translations.py loads them.

In the code, a string is found when it is written literally in
`QCoreApplication.translate("Context", "text")` (or `..., None, n)` for `%n` plurals),
`self.tr("text")` in a final class, or `QT_TRANSLATE_NOOP("Context", "text")`; a wrapper such
as `_tr(text)` hides it from lupdate.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "kk", "ky", "en")
CATALOG = "inspector_app"


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def ts_file(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOG}_{lang}.ts"


def sources() -> list[Path]:
    """The files lupdate reads: the forms and the widget code, not the compiled forms."""
    gui = ROOT / "inspector_app" / "gui"
    forms = gui / "forms"
    code = sorted(p for p in gui.rglob("*.py") if forms not in p.parents)
    return sorted((ROOT / "ui").glob("*.ui")) + code


def lupdate(targets: Sequence[Path]) -> None:
    """Merge the strings of the sources into `targets` (created when missing)."""
    for target in targets:
        target.parent.mkdir(parents=True, exist_ok=True)
    listing = targets[0].parent / f".{targets[0].stem}-sources.lst"
    listing.write_text("\n".join(str(p) for p in sources()) + "\n", encoding="utf-8")
    try:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                f"@{listing}",
                "-ts",
                *map(str, targets),
            ],
            check=True,
            cwd=ROOT,
        )
    finally:
        listing.unlink(missing_ok=True)


def lrelease(source: Path, target: Path | None = None) -> Path:
    """Compile one `.ts` into its `.qm` (beside it unless `target` is given)."""
    target = target or source.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", "-nounfinished", str(source), "-qm", str(target)],
        check=True,
        cwd=ROOT,
    )
    return target


def stale(source: Path) -> bool:
    target = source.with_suffix(".qm")
    return not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def main(argv: Sequence[str]) -> int:
    """Without --release: lupdate, then lrelease of every catalog. With --release: lrelease of
    the catalogs whose .qm is missing or older than the .ts (so a second run does nothing)."""
    release_only = "--release" in argv
    if not release_only:
        lupdate([ts_file(lang) for lang in LANGUAGES])
    for lang in LANGUAGES:
        source = ts_file(lang)
        if not source.exists():
            print(f"missing: {source.relative_to(ROOT)}", file=sys.stderr)
            return 1
        if not release_only or stale(source):
            lrelease(source)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
