"""Issue 9 on the Register page: an order past its end says "Term ended: remove or extend"
(not an overdue check), and taking off the register takes a coded reason."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from inspector_app.services import register
from inspector_app.services.people import add_person
from inspector_app.services.session import Session, open_session
from tests.conftest import PASSWORD, make_db
from tests.gui.list_helpers import (
    ScriptedDialogs,
    settings_folder_fixture,  # noqa: F401 - a fixture
    type_text,
)
from tests.gui.test_register_page import open_page, rows

pytestmark = pytest.mark.usefixtures("settings_folder")
TODAY = date(2026, 11, 20)


@pytest.fixture
def small(tmp_path: Path):
    session = open_session(make_db(tmp_path), "admin", PASSWORD, "en")
    session.today_override = TODAY
    person, _ = add_person(session, {"surname": "Сапаров", "name": "Марат"})
    register.add_entry(session, person, "protective_order", "ЗП №7", date(2026, 8, 30))
    other, _ = add_person(session, {"surname": "Ким", "name": "Олег"})
    register.add_entry(session, other, "protective_order", "ЗП №9", TODAY - timedelta(days=10))
    try:
        yield session
    finally:
        session.close()


def test_an_order_past_its_end_says_term_ended(qtbot: Any, small: Session) -> None:
    page = open_page(qtbot, small)
    shown = {r.full_name: r.status for r in rows(page)}
    assert shown == {"Сапаров Марат": "term_ended", "Ким Олег": "overdue"}
    ended = next(i for i, r in enumerate(rows(page)) if r.status == "term_ended")
    assert page.model.data(page.model.index(ended, 2)) == "Term ended: remove or extend"
    counts = page.categories_model.data(page.categories_model.index(0, 0))
    assert counts == "All categories\n2 on the register, 1 overdue, 1 term ended"


def test_the_reason_other_needs_words(qtbot: Any, small: Session) -> None:
    dialogs = ScriptedDialogs()
    page = open_page(qtbot, small, dialogs)
    entry = page.selected_entry()
    assert entry is not None
    save = None

    def step(dialog: Any) -> None:
        nonlocal save
        save = dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save)
        codes = [dialog.ui.reasonCombo.itemData(i) for i in range(dialog.ui.reasonCombo.count())]
        assert codes == [
            "term_ended",
            "conviction_spent",
            "moved_away",
            "died",
            "imprisoned",
            "other",
        ]
        dialog.choose_reason("other")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # refused: no words
        qtbot.waitUntil(dialog.ui.reasonMessage.isVisible)
        assert "in words" in dialog.ui.reasonMessage.text()
        type_text(dialog.ui.noteEdit, "передан в ИДН")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    dialogs.script.append(step)
    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    stored = small.store.get("register_entry", entry.id)
    assert stored is not None
    assert (stored["end_reason"], stored["end_note"]) == ("other", "передан в ИДН")
