"""`conflicts` and `held` on the command line: tab-separated data, fixed status words, exit 2
for a wrong id or a role that may not."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest

from inspector_app.cli import main
from inspector_app.domain.hlc import Stamp
from inspector_app.services.session import open_session
from inspector_app.store.changes import Change
from tests.changes_kit import A, B, C, change
from tests.conftest import PASSWORD


def run(*argv: str | Path) -> tuple[int, list[str], str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue().splitlines(), err.getvalue()


def _init(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, role: str) -> Path:
    path = tmp_path / f"{role}.db"
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORD)
    extra = ["--precinct-code", "05"] if role == "inspector" else []
    code, _, err = run(
        "--db", path, "--user", "admin", "init", "--role", role, "--country", "KZ",
        "--device-name", "Ноутбук", "--full-name", "Нұрғалиев Ерлан", "--district-code", "12",
        *extra,
    )  # fmt: skip
    assert code == 0, err
    monkeypatch.setenv("INSPECTOR_APP_DB", str(path))
    monkeypatch.setenv("INSPECTOR_APP_USER", "admin")
    return path


def _receive(path: Path, changes: list[Change]) -> str:
    """Add a person, then apply changes received for it; returns the person's id."""
    code, lines, err = run("person", "add", "--surname", "Қасымов")
    assert code == 0, err
    person_id = lines[0]
    session = open_session(path, "admin", PASSWORD, "en")
    try:
        record = session.store.get("person", person_id)
        assert record is not None
        fixed = [
            Change(
                c.change_id, c.entity, person_id, c.hlc, c.values,
                dict.fromkeys(c.values, record["version"]), c.author, c.device,
            )
            for c in changes
        ]  # fmt: skip
        with session.store.transaction():
            session.store.apply(fixed, user_id=None, device=session.device_id, action="import")
    finally:
        session.close()
    return person_id


def _two_edits() -> list[Change]:
    now = int(time.time() * 1000)
    return [
        change(1, "-", str(Stamp(now + 1000, 0, A)), {"notes": "заметка a"}, {}),
        change(2, "-", str(Stamp(now + 2000, 0, B)), {"notes": "заметка b"}, {}),
    ]


def test_conflicts_are_listed_and_resolved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _init(tmp_path, monkeypatch, "inspector")
    person_id = _receive(path, _two_edits())

    code, lines, _ = run("conflicts")
    assert code == 0
    (line,) = lines
    conflict_id, entity, record_id, field, shown, others = line.split("\t")
    assert (entity, record_id, field) == ("person", person_id, "notes")
    assert json.loads(shown) == "заметка b" and json.loads(others) == ["заметка a"]
    assert len(conflict_id) == 16

    assert run("conflicts", "resolve", conflict_id, "--keep", "other")[:2] == (
        0,
        [f"resolved\t{conflict_id}"],
    )
    assert run("conflicts")[:2] == (0, [])
    code, lines, _ = run("person", "show", person_id)
    assert json.loads("\n".join(lines))["notes"] == "заметка a"


def test_a_wrong_conflict_id_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _init(tmp_path, monkeypatch, "inspector")
    code, lines, err = run("conflicts", "resolve", "0123456789abcdef", "--keep", "current")
    assert code == 2 and lines == [] and err.strip()


def test_held_changes_are_listed_and_decided(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _init(tmp_path, monkeypatch, "chief")
    future = [
        change(n, "-", str(Stamp(2_145_000_000_000, n, C)), {field: "из 2038"}, {})
        for n, field in ((1, "notes"), (2, "workplace"), (3, "address"))
    ]
    person_id = _receive(path, future)

    code, lines, _ = run("held")
    assert code == 0
    assert [line.split("\t") for line in lines] == [
        [c.change_id, C, "2037-12-21T09:20:00Z", "person", person_id] for c in future
    ]
    assert run("held", "accept", future[0].change_id)[:2] == (
        0,
        [f"accepted\t{future[0].change_id}"],
    )
    assert run("held", "supersede", future[1].change_id)[:2] == (
        0,
        [f"superseded\t{future[1].change_id}"],
    )
    assert run("held", "supersede", "--reenter", future[2].change_id)[0] == 0
    assert run("held")[:2] == (0, [])
    shown = json.loads("\n".join(run("person", "show", person_id)[1]))
    assert (shown["notes"], shown["workplace"], shown["address"]) == ("из 2038", None, "из 2038")
    assert run("held", "accept", future[0].change_id)[0] == 2  # no longer held


def test_only_a_chief_decides_on_held_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _init(tmp_path, monkeypatch, "inspector")
    future = [change(1, "-", str(Stamp(2_145_000_000_000, 0, C)), {"notes": "x"}, {})]
    _receive(path, future)
    code, lines, err = run("held", "accept", future[0].change_id)
    assert code == 2 and lines == [] and err.strip()
