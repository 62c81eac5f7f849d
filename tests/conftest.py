"""Fixtures shared by every test: real encrypted databases in temporary folders, and user
folders pointed away from the real ones."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector_app.services.session import Session, open_session
from inspector_app.services.setup import InitRequest, init_database
from inspector_app.store.keyfile import KdfParams
from tests.perf.bench_bundle import Bundle, build_bundle

# strong enough for the strength check (zxcvbn score 3 or more): every test signs in with it
PASSWORD = "steppe-horse-lantern"
# Argon2id at a test-sized cost: the real cost is exercised by the key file and CLI tests.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024)


@pytest.fixture(autouse=True)
def _private_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """platformdirs reads these: no test touches the real data, config or log folders."""
    home = tmp_path_factory.mktemp("home")
    for name, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        folder = home / sub
        folder.mkdir(exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    for name in (
        "INSPECTOR_APP_DB",
        "INSPECTOR_APP_USER",
        "INSPECTOR_APP_PASSWORD",
        "INSPECTOR_APP_NEW_PASSWORD",
        "INSPECTOR_APP_LANG",
    ):
        monkeypatch.delenv(name, raising=False)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_db(
    folder: Path,
    *,
    role: str = "inspector",
    country: str = "KZ",
    login: str = "admin",
    name: str = "a.db",
) -> Path:
    path = folder / name
    init_database(
        InitRequest(
            path=path,
            role=role,
            country=country,
            device_name="Ноутбук",
            login=login,
            full_name="Нұрғалиев Ерлан Серікұлы",
            password=PASSWORD,
            precinct_code="05" if role == "inspector" else None,
            precinct_name="Қарабұлақ" if role == "inspector" else None,
            district_code="12" if role != "hq" else None,
        ),
        kdf=FAST_KDF,
    )
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return make_db(tmp_path)


@pytest.fixture
def session(db_path: Path) -> Iterator[Session]:
    opened = open_session(db_path, "admin", PASSWORD, "en")
    try:
        yield opened
    finally:
        opened.close()


_built_bundles: list[Bundle] = []


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    """The PyInstaller bundle, built once per test session with the documented spec (about two
    minutes); its build time and size are printed at the end of the run."""
    built = build_bundle(tmp_path_factory.mktemp("bundle"))
    _built_bundles.append(built)
    return built


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for built in _built_bundles:
        terminalreporter.write_line(
            f"bundle: built in {built.build_seconds:.0f} s, {built.size_mb():.0f} MB"
        )
