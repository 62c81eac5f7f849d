"""The Meetings and proposals page as a user drives it (issue 9): a meeting with its
attendance, speaker and questions; each question tracked to its answer, a decline refused
without its reason; the report to residents due; proposals on Today."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from inspector_app.gui.partnership.partnership_page import PartnershipPage
from inspector_app.gui.shell import style
from inspector_app.gui.today.today_page import TodayPage
from inspector_app.services.session import Session, open_session
from tests.conftest import PASSWORD, make_db
from tests.gui.work_support import TODAY, make_context, show_page, type_text


@pytest.fixture
def fresh(tmp_path: Path):
    session = open_session(make_db(tmp_path), "admin", PASSWORD, "en")
    session.today_override = TODAY
    try:
        yield session
    finally:
        session.close()


def _save(dialog: QDialog, qtbot: Any) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _texts(model: Any, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_a_meeting_its_questions_and_their_answers(qtbot: Any, fresh: Session) -> None:
    context = make_context(fresh)
    page = show_page(qtbot, PartnershipPage(context))
    assert "Last report to residents: none recorded." in page.report_label.text()

    def meeting(dialog: Any) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("meeting"))
        dialog.day.setText("02.10.2026")
        type_text(dialog.place, "Дом культуры с. Егінсу")
        type_text(dialog.summary, "Сход жителей о безопасности")
        dialog.attendance.setValue(64)
        type_text(dialog.speaker, "УИП Нұрғалиев Е.С.")
        dialog.questions.setPlainText("Освещение у школы\n\nКамеры на перекрёстке\n")
        _save(dialog, qtbot)

    context.dialogs.expect(meeting)
    qtbot.mouseClick(page.new_meeting_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.meetings.rowCount() == 1)
    assert _texts(page.meetings, 3) == ["64"] and _texts(page.meetings, 5) == ["2"]
    assert _texts(page.meetings, 4) == ["УИП Нұрғалиев Е.С."]

    page.tabs.setCurrentIndex(1)
    assert sorted(_texts(page.proposals, 2)) == ["Камеры на перекрёстке", "Освещение у школы"]
    # raised on 2 October, 30 days to answer: overdue on 16 November, in red with the words
    assert _texts(page.proposals, 0) == ["Received: Overdue by 15 day(s)"] * 2
    assert page.proposals.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == (
        style.ERROR_COLOR
    )
    cameras = page.proposals.row_of(
        next(r.id for r in page.proposals.rows() if r.text == "Камеры на перекрёстке")
    )
    page.proposal_table.selectRow(cameras)
    assert page.answer_button.isEnabled()

    def decline(dialog: Any) -> None:
        dialog.choose("declined")
        _save(dialog, qtbot)
        assert dialog.isVisible()  # no reason given: refused, in words
        qtbot.waitUntil(dialog.message.isVisible)
        assert dialog.message.text() == "Give the reason why the proposal is declined."
        type_text(dialog.answer, "Нет средств в бюджете округа")
        _save(dialog, qtbot)

    context.dialogs.expect(decline)
    qtbot.mouseClick(page.answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Declined" in _texts(page.proposals, 0))
    assert "Нет средств в бюджете округа" in _texts(page.proposals, 5)
    page.status_filter.setCurrentIndex(page.status_filter.findData("overdue"))
    assert _texts(page.proposals, 2) == ["Освещение у школы"]


def test_today_lists_overdue_proposals_and_the_report_to_residents(
    qtbot: Any, fresh: Session
) -> None:
    from datetime import UTC, datetime

    from inspector_app.services import worklog

    worklog.add_log_entry(
        fresh,
        kind="public_council",
        at=datetime(2026, 9, 1, 6, 0, tzinfo=UTC),
        summary="Заседание совета",
        attendance=9,
        questions=["Рейды у магазина"],
    )
    page = show_page(qtbot, TodayPage(make_context(fresh)))
    section = page.sections["proposals"]
    assert section.box.title() == "Residents' proposals"
    assert _texts(section.model, 2) == ["Report to residents", "Рейды у магазина"]
    assert _texts(section.model, 0) == ["Due today", "Overdue by 46 day(s)"]
    assert section.count.text() == "Overdue: 1. Due this week: 1."
