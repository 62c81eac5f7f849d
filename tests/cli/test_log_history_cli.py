"""`log edit`, `log cancel` and `history`: an entry is corrected or cancelled (never deleted),
a time typed without offset is the country's local time, one in the future is refused, and the
history lists every value each field has had."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from inspector_app.cli import main
from inspector_app.domain import local_time
from inspector_app.services import worklog
from inspector_app.services.session import open_session
from tests.conftest import PASSWORD, make_db


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    path = make_db(tmp_path)
    session = open_session(path, "admin", PASSWORD, "en")
    try:
        at = session.now() - timedelta(hours=3)
        entry_id = worklog.add_log_entry(session, kind="round", at=at, summary="Обход улицы")
    finally:
        session.close()
    monkeypatch.setenv("INSPECTOR_APP_DB", str(path))
    monkeypatch.setenv("INSPECTOR_APP_USER", "admin")
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORD)
    return path, entry_id


def test_log_edit_takes_a_time_without_offset_as_the_countrys(entry) -> None:
    path, entry_id = entry
    yesterday = local_time.today("KZ") - timedelta(days=1)
    code, out, err = run(
        "log", "edit", entry_id, f"at={yesterday}T01:30", "summary=Обход улицы Абая", "--lang", "en"
    )
    assert (code, out.strip(), err) == (0, entry_id, "")
    session = open_session(path, "admin", PASSWORD, "en")
    try:
        row = session.store.get("log_entry", entry_id)
        assert row is not None
        assert row["at"] == f"{yesterday - timedelta(days=1)}T20:30:00Z"
        assert row["summary"] == "Обход улицы Абая"
    finally:
        session.close()


def test_log_edit_refuses_the_future_and_unknown_fields(entry) -> None:
    _path, entry_id = entry
    later = (local_time.now("KZ") + timedelta(hours=2)).replace(tzinfo=None)
    code, out, err = run("log", "edit", entry_id, f"at={later:%Y-%m-%dT%H:%M}", "--lang", "en")
    assert (code, out) == (2, "")
    assert err.strip() == "A log entry cannot be dated in the future."
    code, _out, err = run("log", "edit", entry_id, "colour=red", "--lang", "en")
    assert code == 2 and "has no field colour" in err
    code, _out, err = run("log", "edit", entry_id, "at=yesterday", "--lang", "en")
    assert code == 2 and "yesterday is not a time" in err


def test_log_cancel_keeps_the_entry_and_the_history_shows_both(entry) -> None:
    path, entry_id = entry
    assert run("log", "edit", entry_id, "place=ул. Абая, 12")[0] == 0
    code, out, _err = run("log", "cancel", entry_id, "--reason", "Записано дважды")
    assert (code, out.strip()) == (0, entry_id)
    code, _out, err = run("log", "edit", entry_id, "place=x", "--lang", "en")
    assert code == 2 and "was cancelled (Записано дважды)" in err

    code, out, _err = run("history", "log_entry", entry_id)
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert all(set(line) == {"field", "value", "at", "by"} for line in lines)
    assert [line["value"] for line in lines if line["field"] == "place"] == [None, "ул. Абая, 12"]
    cancels = [line for line in lines if line["field"] == "cancel_reason"]
    assert cancels[-1]["value"] == "Записано дважды"
    assert cancels[-1]["by"] == "Нұрғалиев Ерлан Серікұлы"
    assert datetime.fromisoformat(cancels[-1]["at"]).utcoffset() == timedelta(hours=5)

    session = open_session(path, "admin", PASSWORD, "en")
    try:
        rows = worklog.list_log_entries(session, worklog.LogFilter())
        assert [(r.id, r.cancel_reason) for r in rows] == [(entry_id, "Записано дважды")]
        actions = [r["action"] for r in session.store.select("SELECT action FROM journal")]
        assert "log.edit" in actions and "log.cancel" in actions
    finally:
        session.close()


def test_log_cancel_needs_a_reason_and_history_a_known_kind(entry) -> None:
    _path, entry_id = entry
    code, _out, err = run("log", "cancel", entry_id, "--reason", "  ", "--lang", "en")
    assert code == 2 and "Say why" in err
    code, _out, err = run("history", "parcel", entry_id, "--lang", "en")
    assert code == 2 and "no kind of record parcel" in err
