"""The PyInstaller bundle, built from this checkout with the documented spec (once per session),
started as a person would: first window, version, and the command line on a fresh database."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import PASSWORD
from tests.perf.bench_bundle import Bundle

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as source:
        return str(tomllib.load(source)["project"]["version"])


def run(bundle: Bundle, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The bundle's executable with the test's private user folders (tests/conftest.py)."""
    return subprocess.run(
        [str(bundle.executable), *args],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def user_data_files() -> list[Path]:
    return [p for p in Path(os.environ["XDG_DATA_HOME"]).rglob("*") if p.is_file()]


INIT = (
    "init",
    "--role",
    "inspector",
    "--country",
    "KZ",
    "--device-name",
    "Ноутбук",
    "--full-name",
    "Нұрғалиев Ерлан Серікұлы",
    "--precinct-code",
    "05",
    "--precinct-name",
    "Қарабұлақ",
    "--district-code",
    "12",
)
# a chief in Kyrgyzstan: the other country's reference data and holidays
INIT_KG = ("init", "--role", "chief", "--country", "KG", "--device-name", "Флешка",
           "--full-name", "Асанов Бакыт", "--district-code", "12")  # fmt: skip
ADMIN = {"INSPECTOR_APP_USER": "admin", "INSPECTOR_APP_PASSWORD": PASSWORD}


def test_the_bundle_is_the_executable_and_its_folder(bundle: Bundle) -> None:
    assert sorted(p.name for p in bundle.folder.iterdir()) == sorted(
        [bundle.executable.name, "_internal"]
    )


def test_every_resource_and_migration_is_in_the_bundle(bundle: Bundle) -> None:
    """What the application reads at run time: every file of resources/ but the translation
    sources (.ts, .pot) and notes, and every migration."""
    wanted = {
        p.relative_to(ROOT).as_posix()
        for folder in ("resources", "db")
        for p in (ROOT / folder).rglob("*")
        if p.is_file() and p.suffix not in {".ts", ".pot", ".md"}
    }
    inside = bundle.folder / "_internal"
    missing = sorted(name for name in wanted if not (inside / name).is_file())
    assert missing == []
    assert {p.name for p in (inside / "resources" / "translations").iterdir()} == {
        f"inspector_app_{lang}.qm" for lang in ("ru", "kk", "ky", "en")
    }


def test_the_bundle_prints_the_version_of_pyproject(bundle: Bundle) -> None:
    result = run(bundle, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"inspector-app {pyproject_version()}\n"


def test_on_a_fresh_database_the_first_run_wizard_appears(bundle: Bundle, tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    result = run(bundle, "--check-start", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "wizard\n"
    assert not db.exists()  # the wizard creates nothing before it is finished


def test_the_command_line_works_from_the_bundle(bundle: Bundle, tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    init = run(bundle, "--db", db, *INIT, **ADMIN)
    assert init.returncode == 0, init.stderr
    assert "recovery-key\t" in init.stdout
    demo = run(bundle, "--db", db, "demo", "--people", "100", **ADMIN)
    assert demo.returncode == 0, demo.stderr
    assert "person\t100\n" in demo.stdout
    verify = run(bundle, "--db", db, "verify", **ADMIN)
    assert verify.returncode == 0, verify.stderr
    assert "status\tsound\n" in verify.stdout
    # a report: reportlab, its fonts and the catalogs (Kazakh here) all came along
    pdf = tmp_path / "activity.pdf"
    report = run(
        bundle, "--db", db, "--lang", "kk", "report", "activity", "--period", "2026",
        "--out", str(pdf), **ADMIN,
    )  # fmt: skip
    assert report.returncode == 0, report.stderr
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Қарабұлақ" in text
    # and the window now starts at the sign-in
    signin = run(bundle, "--check-start", "--db", db)
    assert (signin.returncode, signin.stdout) == (0, "sign-in\n"), signin.stderr
    assert user_data_files() == []  # --db given: nothing in the user's folder


def test_portable_keeps_the_database_beside_the_executable(bundle: Bundle) -> None:
    data = bundle.folder / "data"
    try:
        init = run(bundle, "--portable", *INIT_KG, **ADMIN)
        assert init.returncode == 0, init.stderr
        assert (data / "inspector.db").is_file()
        assert (data / "inspector.db.keys").is_file()
        assert user_data_files() == []
        verify = run(bundle, "verify", "--portable", **ADMIN)
        assert verify.returncode == 0, verify.stderr
        # without the option, the user's folder is used: no database there yet
        assert run(bundle, "--check-start").stdout == "wizard\n"
        # a file named `portable` beside the executable does the same, for a double click
        (bundle.folder / "portable").touch()
        assert run(bundle, "--check-start").stdout == "sign-in\n"
    finally:
        shutil.rmtree(data, ignore_errors=True)
        (bundle.folder / "portable").unlink(missing_ok=True)


def test_the_database_goes_to_the_user_data_folder(bundle: Bundle) -> None:
    init = run(bundle, *INIT, **ADMIN)
    assert init.returncode == 0, init.stderr
    folder = Path(os.environ["XDG_DATA_HOME"]) / "inspector-app"
    assert (folder / "inspector.db").is_file()
    assert not (bundle.folder / "data").exists()


def test_the_unused_qt_modules_are_left_out(bundle: Bundle) -> None:
    """QML/Quick, networking, SQL, Designer and the like are not used: neither their Python
    modules nor their Qt libraries come along (the spec's QT_EXCLUDED)."""
    inside = bundle.folder / "_internal"
    modules = {p.name.split(".")[0] for p in (inside / "PySide6").glob("Qt*.*")}
    assert modules == {
        "QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport", "QtPdf", "QtPdfWidgets"
    }  # fmt: skip
    libraries = {p.name for p in inside.rglob("*Qt6*")}
    assert not [name for name in libraries if any(
        unused in name for unused in ("Qml", "Quick", "Sql", "Designer", "WebEngine", "3D", "Multimedia")
    )]  # fmt: skip


def test_programs_the_bundle_starts_get_the_users_library_path(
    bundle: Bundle, tmp_path: Path
) -> None:
    """The runtime hook is in the bundle, and gives back what the bootloader set aside."""
    hook = ROOT / "packaging" / "pyinstaller" / "rthooks" / "restore_library_path.py"
    built = (bundle.folder.parents[1] / "build" / "inspector-app" / "EXE-00.toc").read_text()
    assert "restore_library_path" in built
    probe = "import os, runpy, sys; runpy.run_path(sys.argv[1]); print(os.environ.get('LD_LIBRARY_PATH'))"
    bundled = str(bundle.folder / "_internal")
    for before, after in (({"LD_LIBRARY_PATH_ORIG": "/opt/lib"}, "/opt/lib\n"), ({}, "None\n")):
        result = subprocess.run(
            [sys.executable, "-c", probe, str(hook)],
            env={**os.environ, "LD_LIBRARY_PATH": bundled, **before},
            capture_output=True,
            text=True,
            check=True,
        )
        assert result.stdout == after
