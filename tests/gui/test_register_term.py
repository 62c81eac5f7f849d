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
    assert page.model.data(page.model.index(ended, 1)) == ""  # no check is due any more
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


def test_a_kyrgyz_protection_order_waits_for_its_risk_level(qtbot: Any, tmp_path: Path) -> None:
    from inspector_app.gui.register.register_dialogs import EntryDialog

    kg = open_session(make_db(tmp_path, country="KG", name="kg.db"), "admin", PASSWORD, "en")
    kg.today_override = TODAY
    try:
        person, _ = add_person(kg, {"surname": "Асанова", "name": "Айгүл"})
        dialog = EntryDialog(
            kg, "en", person_id=person, person_name="Асанова Айгүл", category="protection_order"
        )
        qtbot.addWidget(dialog)
        dialog.show()
        ui = dialog.ui
        assert ui.riskCombo.currentData() is None  # nothing chosen for the inspector
        ui.basisEdit.setText("Охранный ордер №4")
        dialog.accept()
        qtbot.waitUntil(ui.formMessage.isVisible)
        assert ui.formMessage.text() == (
            "Choose the risk level: it is recorded with every order of this category."
        )
        assert dialog.saved_id is None
        ui.riskCombo.setCurrentIndex(ui.riskCombo.findData("high"))
        dialog.accept()
        assert dialog.saved_id is not None
        stored = kg.store.get("register_entry", dialog.saved_id)
        assert stored is not None and stored["risk_level"] == "high"
    finally:
        kg.close()


def test_a_court_set_term_past_its_end_is_extended_within_its_maximum(
    qtbot: Any, small: Session
) -> None:
    person, _ = add_person(small, {"surname": "Омаров", "name": "Бек"})
    entry = register.add_entry(
        small, person, "behaviour_requirements", "Решение суда", date(2026, 1, 1), date(2026, 6, 1)
    )
    dialogs = ScriptedDialogs()
    page = open_page(qtbot, small, dialogs)
    row = next(i for i, r in enumerate(rows(page)) if r.id == entry)
    page.table.selectRow(row)
    assert page.extend_button.isEnabled()

    def step(dialog: Any) -> None:
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        dialog.end_edit.setText("01.02.2027")  # 396 days: more than a year
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.message.isVisible)
        assert dialog.message.text() == "For this category the register lasts from 90 to 365 days."
        dialog.end_edit.setText("31.12.2026")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    dialogs.script.append(step)
    qtbot.mouseClick(page.extend_button, Qt.MouseButton.LeftButton)
    assert register.check_due(small, entry).status == "overdue"  # running again, checks behind
    stored = small.store.get("register_entry", entry)
    assert stored is not None and stored["planned_end"] == "2026-12-31"
