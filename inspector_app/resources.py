"""Finding the application's data files: from a source checkout, a wheel or a frozen bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _roots() -> tuple[Path, Path]:
    """(resources folder, db folder) for the way the application was started."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen))
    candidates.append(_PACKAGE / "_data")  # the wheel carries them here (pyproject force-include)
    candidates.append(_PACKAGE.parent)  # a source checkout
    for base in candidates:
        if (base / "resources").is_dir() and (base / "db").is_dir():
            return base / "resources", base / "db"
    raise FileNotFoundError(
        "the application's resources folder is missing; reinstall the application"
    )


def resource_path(*parts: str) -> Path:
    """A file or folder under resources/ (fonts, refdata, locale, translations, icons)."""
    return _roots()[0].joinpath(*parts)


def migrations_dir() -> Path:
    return _roots()[1] / "migrations"


def schema_file() -> Path:
    return _roots()[1] / "schema.sql"
