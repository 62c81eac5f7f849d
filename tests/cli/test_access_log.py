"""`access-log` says who saw or exported whose data in a period (admin or chief only);
`person export` gives everything stored about one person. Both are journaled, and so is each
`person show` (views were not journaled, so no log could list them)."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from inspector_app.cli import main
from inspector_app.services.people import add_person, set_person
from inspector_app.services.session import open_session
from tests.conftest import PASSWORD, make_db


def run(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = make_db(tmp_path)
    for name, value in (
        ("INSPECTOR_APP_DB", str(path)),
        ("INSPECTOR_APP_USER", "admin"),
        ("INSPECTOR_APP_PASSWORD", PASSWORD),
        ("INSPECTOR_APP_LANG", "en"),
    ):
        monkeypatch.setenv(name, value)
    return path


@pytest.fixture
def person(db: Path) -> str:
    session = open_session(db, "admin", PASSWORD)
    try:
        person_id, _ = add_person(session, {"surname": "Қасымов", "name": "Ерлан"})
        set_person(session, person_id, {"notes": "работает в акимате"})
    finally:
        session.close()
    return person_id


def _period() -> tuple[str, str]:
    today = date.today()
    return (today - timedelta(days=1)).isoformat(), (today + timedelta(days=1)).isoformat()


def test_views_exports_and_reports_of_a_person_are_listed_with_who(
    db: Path, person: str, tmp_path: Path
) -> None:
    assert run("person", "show", person)[0] == 0
    assert run("person", "export", person)[0] == 0
    code, _out, err = run(
        "report", "person-card", "--person", person, "--period", "2026",
        "--out", tmp_path / "card.pdf",
    )  # fmt: skip
    assert code == 0, err
    first, last = _period()
    code, out, err = run("access-log", "--from", first, "--to", last)
    assert code == 0, err
    lines = [line.split("\t") for line in out.splitlines()]
    assert [(line[1], line[2], line[3], line[4]) for line in lines] == [
        ("admin", "person.view", person, "Қасымов Ерлан"),
        ("admin", "person.export", person, "Қасымов Ерлан"),
        ("admin", "report.export", person, "Қасымов Ерлан"),
        ("admin", "access.log", "", ""),
    ]
    assert json.loads(lines[0][5]) == {"via": "cli"}
    assert json.loads(lines[2][5])["path"] == str(tmp_path / "card.pdf")
    # a period before any of it lists nothing but is itself journaled
    code, out, _err = run("access-log", "--from", "2020-01-01", "--to", "01.02.2020")
    assert code == 0 and out == ""


def test_person_export_gives_everything_stored_as_canonical_json(db: Path, person: str) -> None:
    code, out, err = run("person", "export", person)
    assert code == 0, err
    exported = json.loads(out)
    assert out == (
        json.dumps(exported, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"
    )
    [stored] = exported["records"]["person"]
    assert (stored["id"], stored["surname"], stored["notes"]) == (
        person,
        "Қасымов",
        "работает в акимате",
    )
    history = exported["history"]["person"][person]
    assert [change["values"].get("notes") for change in history] == [None, "работает в акимате"]
    assert exported["exported_by"] == "admin"


def test_only_an_admin_or_a_chief_reads_the_access_log(
    db: Path, person: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INSPECTOR_APP_NEW_PASSWORD", "river-stone-nine")
    assert run("user", "add", "aset", "--full-name", "Асет Б.", "--role", "assistant")[0] == 0
    monkeypatch.setenv("INSPECTOR_APP_USER", "aset")
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", "river-stone-nine")
    first, last = _period()
    code, out, err = run("access-log", "--from", first, "--to", last)
    assert (code, out) == (2, "") and len(err.splitlines()) == 1
    assert run("person", "export", person)[0] == 0  # who may see the person may export them


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("access-log", "--from", "2026-12-31", "--to", "2026-12-01"), "ends (2026-12-01) before"),
        (("person", "export", "nobody"), "There is no person with the id nobody."),
    ],
)
def test_wrong_periods_and_ids_are_refused(db: Path, argv: tuple[str, ...], words: str) -> None:
    code, out, err = run(*argv)
    assert (code, out) == (2, "") and words in err
