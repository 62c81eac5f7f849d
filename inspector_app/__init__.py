"""The district inspector's log.

A Qt-free core (domain, store, sync, reports, services) under a Qt shell (gui).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DISTRIBUTION = "inspector-app"


@cache
def version() -> str:
    """The version written in pyproject.toml, the one place it is kept: read from the installed
    package's metadata (a PyInstaller bundle carries it too), else from pyproject.toml itself in
    a checkout that was not installed. Read when first asked, not at start (importlib.metadata
    costs tens of milliseconds to import)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version(DISTRIBUTION)
    except PackageNotFoundError:
        import tomllib

        pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
        with pyproject.open("rb") as source:
            return str(tomllib.load(source)["project"]["version"])


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
