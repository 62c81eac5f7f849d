"""`log add` and `proposal add|set-status|list` (issue 9): ids on stdout, exit 2 with one line
on stderr for a refusal, local time of the database's country for a time typed without an
offset, no time in the future."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from inspector_app.services.session import open_session
from tests.cli.test_cli import PASSWORD, db, run  # noqa: F401 - db is a fixture


def _stored(path: Path, entity: str, record_id: str) -> dict[str, object]:
    session = open_session(path, "admin", PASSWORD, "en")
    try:
        found = session.store.get(entity, record_id)
        assert found is not None
        return found
    finally:
        session.close()


def test_log_add_records_a_meeting_with_its_questions(db: Path) -> None:  # noqa: F811
    added = run(
        "log", "add", "--kind", "meeting", "--at", "2026-03-02T10:30",
        "--summary", "Сход жителей", "--attendance", "48",
        "--speaker", "УИП Нұрғалиев Е.", "--question", "Освещение у школы",
        "--question", "Отлов собак",
    )  # fmt: skip
    assert added.code == 0, added.err
    (log_id,) = added.lines
    stored = _stored(db, "log_entry", log_id)
    # typed without an offset: Kazakhstan's time, UTC+5
    assert stored["at"] == "2026-03-02T05:30:00Z"
    assert (stored["attendance"], stored["police_speaker"]) == (48, "УИП Нұрғалиев Е.")
    listed = run("proposal", "list", "--log", log_id)
    assert listed.code == 0, listed.err
    rows = sorted((line.split("\t") for line in listed.lines), key=lambda r: r[-1])
    assert [r[1:4] + r[5:] for r in rows] == [
        ["2026-03-02", "2026-04-01", "received", "Освещение у школы"],
        ["2026-03-02", "2026-04-01", "received", "Отлов собак"],
    ]
    late = "overdue" if datetime.now(UTC).date().isoformat() > "2026-04-01" else ""
    assert [r[4] for r in rows] == [late, late]


def test_log_add_refuses_a_time_to_come_and_attendance_of_a_round(db: Path) -> None:  # noqa: F811
    ahead = (datetime.now(UTC) + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M+00:00")
    future = run("log", "add", "--kind", "meeting", "--at", ahead, "--summary", "Сход")
    assert future.code == 2 and future.out == ""
    assert len(future.err.strip().splitlines()) == 1
    bad = run("log", "add", "--kind", "round", "--at", "2026-03-02T10:30", "--summary", "x",
              "--attendance", "5")  # fmt: skip
    assert bad.code == 2 and bad.out == ""
    garbled = run("log", "add", "--kind", "meeting", "--at", "вчера", "--summary", "x")
    assert garbled.code == 2 and garbled.out == ""


def test_proposal_add_set_status_and_list(db: Path) -> None:  # noqa: F811
    added = run(
        "proposal", "add", "--text", "Лавки у остановки",
        "--raised-by", "сход жителей с. Егінсу", "--raised-on", "2026-03-01",
    )  # fmt: skip
    assert added.code == 0, added.err
    (proposal_id,) = added.lines
    refused = run("proposal", "set-status", proposal_id, "--status", "declined")
    assert refused.code == 2 and refused.out == ""
    done = run(
        "proposal", "set-status", proposal_id, "--status", "declined",
        "--answer", "Нет средств в бюджете", "--on", "2026-03-10",
    )  # fmt: skip
    assert (done.code, done.lines) == (0, [f"{proposal_id}\tdeclined"])
    listed = run("proposal", "list", "--status", "declined")
    assert [line.split("\t")[0] for line in listed.lines] == [proposal_id]
    assert run("proposal", "list", "--status", "received").lines == []
    stored = _stored(db, "proposal", proposal_id)
    assert (stored["answer"], stored["answered_on"]) == ("Нет средств в бюджете", "2026-03-10")
    nowhere = run("proposal", "add", "--text", "Без источника")
    assert nowhere.code == 2 and nowhere.out == ""


def test_log_add_edit_and_cancel_are_one_group(db: Path) -> None:  # noqa: F811
    """`log add` (issue 9) and `log edit|cancel` (the log corrections) share the one `log`
    command: an entry added is corrected and cancelled by the same group."""
    added = run("log", "add", "--kind", "meeting", "--at", "2026-03-02T10:30",
                "--summary", "Сход", "--attendance", "20")  # fmt: skip
    assert added.code == 0, added.err
    (log_id,) = added.lines
    edited = run("log", "edit", log_id, "summary=Сход жителей")
    assert edited.code == 0, edited.err
    cancelled = run("log", "cancel", log_id, "--reason", "записано ошибочно")
    assert cancelled.code == 0, cancelled.err
    stored = _stored(db, "log_entry", log_id)
    assert (stored["summary"], stored["attendance"]) == ("Сход жителей", 20)
    assert stored["cancel_reason"] == "записано ошибочно"
    # a question may not be linked to a meeting written in error
    linked = run("proposal", "add", "--text", "Освещение", "--log", log_id)
    assert linked.code == 2 and linked.out == ""
