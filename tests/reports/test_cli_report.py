"""`inspector-app report`: the file written atomically, `written<TAB>path<TAB>pages` on stdout,
exit 2 with one line on stderr for what a person got wrong; and the periods it reads."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from inspector_app.cli import REPORT_KINDS, main
from inspector_app.domain.errors import AppError
from inspector_app.services.reports import (
    KINDS,
    ReportRequest,
    build_model,
    parse_period,
    period_choices,
    period_code,
    report_kinds,
    scope_choices,
)
from inspector_app.services.session import Session
from tests.conftest import PASSWORD


def run(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORD)
    monkeypatch.setenv("INSPECTOR_APP_USER", "admin")


def test_report_writes_the_file(
    env: None, kz_inspector: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    out = tmp_path / "october.pdf"
    db = kz_inspector[0]
    code, stdout, stderr = run(
        "report", "activity", "--period", "2026-10", "--as-of", "2026-11-20T18:30",
        "--db", db, "--lang", "kk", "--out", out,
    )  # fmt: skip
    assert code == 0, stderr
    pages = len(PdfReader(out).pages)
    assert stdout == f"written\t{out}\t{pages}\n"
    assert len(stderr.splitlines()) == 1 and str(out) in stderr
    assert not list(tmp_path.glob("*.part"))
    again = tmp_path / "again.pdf"
    code, _, _ = run(
        "--db", db, "--lang", "kk", "report", "activity", "--period", "2026-10",
        "--as-of", "2026-11-20T18:30", "--out", again,
    )  # fmt: skip
    assert code == 0 and again.read_bytes() == out.read_bytes()


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["activity", "--period", "2026-13"], "2026-13"),
        (["activity"], "activity"),
        (["activity", "--period", "2026", "--precinct", "99"], "99"),
        (["person-card"], "--person"),
        (["activity", "--period", "2026", "--as-of", "yesterday"], "yesterday"),
        (["activity", "--period", "2099"], "2099"),  # not begun: nothing to count
        (["activity", "--period", "2026-10", "--as-of", "2026-09-30T12:00"], "2026-09-30"),
        (["district", "--period", "2026"], "district"),  # not an inspector's report
        (["hq", "--period", "2026"], "hq"),
    ],
)
def test_mistakes_are_refused_in_one_line(
    env: None,
    kz_inspector: tuple[Path, dict[str, str]],
    tmp_path: Path,
    argv: list[str],
    words: str,
) -> None:
    out = tmp_path / "x.pdf"
    code, stdout, stderr = run("--db", kz_inspector[0], "report", *argv, "--out", out)
    assert code == 2 and stdout == ""
    assert len(stderr.splitlines()) == 1 and words in stderr
    assert not out.exists()


@pytest.mark.parametrize("name", ["a.txt", "a.xlsx", "a", "a.pdf.txt"])
def test_an_extension_that_is_not_the_format_is_refused(
    env: None, kz_inspector: tuple[Path, dict[str, str]], tmp_path: Path, name: str
) -> None:
    out = tmp_path / name
    code, stdout, stderr = run(
        "--db", kz_inspector[0], "report", "activity", "--period", "2026-10", "--out", out
    )
    assert code == 2 and stdout == "" and ".pdf" in stderr and len(stderr.splitlines()) == 1
    assert not out.exists()


def test_the_pdf_is_dated_when_the_report_was_made(
    env: None, kz_inspector: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    out = tmp_path / "a.pdf"
    code, _, stderr = run(
        "--db", kz_inspector[0], "report", "activity", "--period", "2026-10",
        "--as-of", "2026-11-20T18:30", "--out", out,
    )  # fmt: skip
    assert code == 0, stderr
    meta = PdfReader(out).metadata
    assert meta is not None
    assert meta["/CreationDate"] == "D:20261120183000+05'00'"


def test_a_chief_names_the_precinct(env: None, kz_chief: Path, tmp_path: Path) -> None:
    code, _, stderr = run(
        "--db", kz_chief, "report", "activity", "--period", "2026", "--out", tmp_path / "a.pdf"
    )
    assert code == 2 and "--precinct" in stderr
    code, stdout, _ = run(
        "--db", kz_chief, "report", "district", "--period", "2026-Q3", "--out", tmp_path / "d.pdf"
    )
    assert code == 0 and stdout.startswith("written\t")


def test_the_cli_offers_every_kind() -> None:
    assert set(REPORT_KINDS) == set(KINDS)


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("2026-10", "month", date(2026, 10, 1), date(2026, 10, 31)),
        ("2026-2", "month", date(2026, 2, 1), date(2026, 2, 28)),
        ("2026-Q3", "quarter", date(2026, 7, 1), date(2026, 9, 30)),
        ("2024-q1", "quarter", date(2024, 1, 1), date(2024, 3, 31)),
        ("2026", "year", date(2026, 1, 1), date(2026, 12, 31)),
        ("2026-01-15..2026-03-31", "range", date(2026, 1, 15), date(2026, 3, 31)),
        ("15.01.2026..31.03.2026", "range", date(2026, 1, 15), date(2026, 3, 31)),
    ],
)
def test_periods(text: str, kind: str, start: date, end: date) -> None:
    period = parse_period(text)
    assert (period.kind, period.start, period.end) == (kind, start, end)
    assert parse_period(period_code(period)) == period


@pytest.mark.parametrize(
    "text",
    ["2026-13", "2026-Q5", "26", "2026-03-31..2026-01-01", "x..y", "2026-02-30..2026-03-01", ""],
)
def test_bad_periods(text: str) -> None:
    with pytest.raises(AppError) as refused:
        parse_period(text)
    assert refused.value.code == "report.period"


def test_period_choices_for_a_form() -> None:
    codes = [period_code(p) for p in period_choices(date(2026, 1, 20))]
    assert codes == ["2026-01", "2025-12", "2026-Q1", "2025-Q4", "2026", "2025"]


def test_what_a_form_offers(chief: Session) -> None:
    kinds = {k.code: k for k in report_kinds()}
    assert kinds["public"].title("kk") == "Халық алдындағы есеп"
    assert kinds["district"].title("ky") == "Инспекторлор боюнча райондук жыйынтык"
    assert kinds["person-card"].needs_person and not kinds["passport"].needs_period
    choices = scope_choices(chief)
    precincts = chief.store.select("SELECT code FROM precinct WHERE deleted = 0 ORDER BY code")
    assert [c.code for c in choices if c.level == "precinct"] == [p["code"] for p in precincts]
    [district] = [c for c in choices if c.level == "district"]
    model = build_model(chief, ReportRequest("district", period="2026", district=district.code))
    assert model.header.scope == district.name
