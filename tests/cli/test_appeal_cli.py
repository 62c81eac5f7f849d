"""The appeal commands: register (number and deadline printed), show, list, every step, the
receipt and letters as PDFs read back with pdftotext, and the numbering check."""

from __future__ import annotations

import json
import subprocess
from datetime import date, timedelta
from pathlib import Path

from inspector_app.domain import local_time
from tests.cli.test_cli import db, run  # noqa: F401 - the fixture is used by name

HEAD = "Жумабаев Арман Серикович, начальник отдела полиции"


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_an_appeal_through_every_step(db: Path, tmp_path: Path) -> None:  # noqa: F811
    # the database's country's day, not the computer's; received at its midnight: never ahead
    today = local_time.today("KZ")
    added = run(
        "appeal", "add", "--applicant-name", "Ахметов Берік", "--received",
        f"{today.isoformat()}T00:00", "--channel", "written",
        "--summary", "Соседский скот портит огород", "--letters-in", "kk",
    )  # fmt: skip
    assert added.code == 0, added.err
    number, deadline = added.out.strip().split("\t")
    assert number == f"12-05-{today.year}-000001"
    assert date.fromisoformat(deadline) > today
    second = run(
        "appeal", "add", "--anonymous", "--channel", "phone", "--kind", "complaint",
        "--summary", "Продают спиртное ночью",
    )  # fmt: skip
    assert second.code == 0 and second.out.startswith(f"12-05-{today.year}-000002\t")

    listed = run("appeal", "list")
    assert [line.split("\t")[0] for line in listed.out.splitlines()] == [
        f"12-05-{today.year}-000002",
        number,
    ]
    assert run("appeal", "take", number).code == 0
    refused = run(
        "appeal", "extend", number, "--until", (today + timedelta(days=30)).isoformat(),
        "--reason", "экспертиза", "--authorised-by", "Жумабаев",
    )  # fmt: skip
    assert refused.code == 2 and refused.out == ""
    future = run(
        "appeal", "extend", number, "--until", (today + timedelta(days=30)).isoformat(),
        "--reason", "экспертиза", "--authorised-by", HEAD,
        "--on", (today + timedelta(days=1)).isoformat(),
    )  # fmt: skip
    assert future.code == 2
    extended = run(
        "appeal", "extend", number, "--until", (today + timedelta(days=30)).isoformat(),
        "--reason", "нужна экспертиза", "--authorised-by", HEAD,
    )  # fmt: skip
    assert extended.code == 0 and extended.out.strip().endswith("in time")
    assert run("appeal", "notify", number, "--on", today.isoformat()).code == 0
    shown = json.loads(run("appeal", "show", number).out)
    assert shown["extension_authorised_by"] == HEAD and shown["status"] == "extended"
    assert [e["kind"] for e in shown["history"]] == [
        "registered", "in_progress", "extended", "notified",
    ]  # fmt: skip

    receipt = tmp_path / "receipt.pdf"
    written = run("appeal", "receipt", number, "--out", receipt)
    assert written.code == 0 and written.out == f"written\t{receipt}\t1\n"
    text = _text(receipt)
    assert "Жолданымды қабылдау туралы талон-хабарлама" in text  # in Kazakh, as asked
    assert number in text and "Нұрғалиев Ерлан" in text
    assert f"{date.fromisoformat(shown['deadline']):%d.%m.%Y}" in text  # as extended
    letter = tmp_path / "extension.pdf"
    assert run("appeal", "letter", number, "--about", "extension", "--out", letter).code == 0
    assert HEAD in _text(letter)
    assert run("appeal", "letter", number, "--about", "decision", "--out", letter).code == 2

    assert run("appeal", "decide", number, "--decision", "Разъяснено").code == 0
    assert run("appeal", "cancel", f"12-05-{today.year}-000002", "--reason", "дубль").code == 0
    cancelled = run("appeal", "list", "--status", "cancelled")
    assert cancelled.out.startswith(f"12-05-{today.year}-000002\tcancelled\t")
    assert run("appeal", "show", "12-05-2000-000009").code == 2
    numbering = run("appeal", "numbering")
    assert numbering.code == 0 and numbering.out == ""
