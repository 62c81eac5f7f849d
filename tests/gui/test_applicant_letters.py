"""The applicant's receipt and letters from the Appeals page: chosen from the button's menu or
the list's context menu, saved as a PDF where the person says, journaled; a letter is offered
only once its step is recorded."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from inspector_app.gui.appeals.appeals_page import AppealsPage
from inspector_app.services.appeals import decide_appeal, register_appeal
from tests.gui import work_support
from tests.gui.work_support import make_context, show_page

demo_session = work_support.demo_session
inspector_template = work_support.inspector_template


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_receipt_and_the_decision_letter_are_saved_from_the_page(
    qtbot, demo_session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registered = register_appeal(
        demo_session,
        summary="Шум по ночам",
        channel="written",
        applicant_name="Сейітова Гүлнар",
        language="ru",
    )
    context = make_context(demo_session)
    page = show_page(qtbot, AppealsPage(context))
    assert page.show_record("appeal", registered.id)
    letters = page.letters
    assert letters.button.isVisible() and letters.button.isEnabled()
    # the papers on the list's context menu, before the record's history
    assert [a.objectName() for a in page.table.actions()][:4] == [
        "receiptLetter", "extensionLetter", "forwardLetter", "decisionLetter",
    ]  # fmt: skip
    assert letters.actions["receipt"].isEnabled()
    assert not letters.actions["decision"].isEnabled()  # nothing decided yet

    asked: list[tuple[str, str]] = []

    def save_file(_parent, title: str, suggested: str, _filters: str) -> Path:
        asked.append((title, Path(suggested).name))
        return tmp_path / f"letter{len(asked)}"  # no ending given: .pdf is added

    monkeypatch.setattr(context.dialogs, "save_file", save_file)
    letters.actions["receipt"].trigger()
    receipt = tmp_path / "letter1.pdf"
    qtbot.waitUntil(receipt.exists)
    assert asked == [("Save the applicant's receipt", f"{registered.number}-receipt.pdf")]
    text = _text(receipt)
    assert registered.number in text and "Сейітова Гүлнар" in text
    assert page.message.isVisible() and str(receipt) in page.message.text()

    decide_appeal(demo_session, registered.id, "Разъяснено")
    context.bus.announce("appeal", "appeal_event")
    page.refresh()
    qtbot.waitUntil(letters.actions["decision"].isEnabled)
    letters.actions["decision"].trigger()
    decision = tmp_path / "letter2.pdf"
    qtbot.waitUntil(decision.exists)
    assert "Разъяснено" in _text(decision)
    kinds = [
        r["detail"]
        for r in demo_session.store.select(
            "SELECT detail FROM journal WHERE action = 'appeal.letter' ORDER BY seq"
        )
    ]
    assert len(kinds) == 2 and '"kind":"receipt"' in kinds[0] and '"kind":"decision"' in kinds[1]
