"""The Register page as a user drives it: categories with their counts, overdue checks in red
with words, a check recorded in two keystrokes, putting on and taking off the register."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog

from inspector_app.domain.text import sort_key
from inspector_app.gui.register.register_page import RegisterPage
from inspector_app.gui.shared.lazy_table_model import ROW_ROLE
from inspector_app.gui.shell import style
from inspector_app.services.lists import EntryRow
from inspector_app.services.people import add_person
from inspector_app.services.session import Session
from tests.gui.list_helpers import (
    ScriptedDialogs,
    demo_db_fixture,  # noqa: F401 - a fixture
    demo_session_fixture,  # noqa: F401 - a fixture
    make_context,
    settings_folder_fixture,  # noqa: F401 - a fixture
    type_text,
)

pytestmark = pytest.mark.usefixtures("settings_folder")


def open_page(qtbot: Any, session: Session, dialogs: ScriptedDialogs | None = None) -> RegisterPage:
    page = RegisterPage(make_context(session, dialogs))
    qtbot.addWidget(page)
    page.resize(1300, 700)
    with qtbot.waitExposed(page):
        page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    return page


def rows(page: RegisterPage) -> list[EntryRow]:
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
    return [page.model.row(r) for r in range(page.model.rowCount())]


def open_entries(session: Session) -> list[dict[str, Any]]:
    return session.store.select(
        "SELECT * FROM register_entry WHERE end_date IS NULL AND deleted = 0"
    )


def test_the_models_pass_the_model_tester(
    qtbot: Any, qtmodeltester: Any, demo_session: Session
) -> None:
    page = open_page(qtbot, demo_session)
    qtmodeltester.check(page.model, force_py=True)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.categories_model, force_py=True)
    qtmodeltester.check(page.categories_model)


def test_categories_list_their_entries_and_overdue_checks(
    qtbot: Any, demo_session: Session
) -> None:
    page = open_page(qtbot, demo_session)
    assert page.title() == "Register"
    model = page.categories_model
    everything = open_entries(demo_session)
    first = model.data(model.index(0, 0))
    assert first.startswith("All categories\n") and f"{len(everything)} on the register" in first
    assert len(rows(page)) == len(everything)
    late = [r for r in rows(page) if r.status == "overdue"]
    assert late and f"{len(late)} overdue" in first

    by_category: dict[str, int] = {}
    for entry in everything:
        by_category[entry["category"]] = by_category.get(entry["category"], 0) + 1
    busiest = max(by_category, key=lambda c: by_category[c])
    row = model.row_of(busiest)
    page.categories.setFocus()
    page.categories.setCurrentIndex(model.index(row, 0))
    shown = rows(page)
    assert len(shown) == by_category[busiest]
    assert {r.category for r in shown} == {busiest}
    assert page.table.isColumnHidden(4)  # the category says nothing when there is one
    assert page.count_label.text().startswith(f"Entries: {by_category[busiest]}")
    page.categories.setCurrentIndex(model.index(0, 0))
    assert len(rows(page)) == len(everything) and not page.table.isColumnHidden(4)


def test_overdue_checks_come_first_in_red_with_the_words(qtbot: Any, demo_session: Session) -> None:
    page = open_page(qtbot, demo_session)
    shown = rows(page)
    statuses = [r.status for r in shown]
    first_ok = next(i for i, s in enumerate(statuses) if s != "overdue")
    assert first_ok > 0 and "overdue" not in statuses[first_ok:]
    today = demo_session.today()
    for number, entry in enumerate(shown[:first_ok]):
        state = page.model.data(page.model.index(number, 2))
        assert state == f"Overdue by {(today - entry.due).days} day(s)"
        for column in (1, 2):
            brush = page.model.data(
                page.model.index(number, column), Qt.ItemDataRole.ForegroundRole
            )
            assert brush.color().name() == style.ERROR_COLOR
    in_time = page.model.data(page.model.index(len(shown) - 1, 2))
    assert in_time in {"In time", "No regular checks"} or in_time.startswith("Due")
    # sorted by name instead, the overdue still come first, and they are the same
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    by_name = rows(page)
    assert {r.id for r in by_name[:first_ok]} == {r.id for r in shown[:first_ok]}
    # without "overdue first", by name only
    page.overdue_first.click()
    names = [sort_key(r.full_name) for r in rows(page)]
    assert names == sorted(names)


def test_c_then_enter_records_a_check_of_the_selected_entry(
    qtbot: Any, demo_session: Session
) -> None:
    dialogs = ScriptedDialogs()
    page = open_page(qtbot, demo_session, dialogs)
    changed: list[str] = []
    page.context.bus.changed.connect(changed.append)
    late = page.selected_entry()  # the first row is selected: the most overdue
    assert late is not None and late.status == "overdue"
    following = page.model.row(1)  # the next person down the list

    def step(dialog: Any) -> None:
        assert dialog.ui.dateEdit.text() == f"{demo_session.today():%d.%m.%Y}"
        assert dialog.method() == "visit"
        assert late.full_name in dialog.ui.subjectLabel.text()
        qtbot.keyClick(dialog.ui.dateEdit, Qt.Key.Key_Return)

    dialogs.script.append(step)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_C)  # the first keystroke
    assert not dialogs.script, "C did not open the check dialog"
    assert dialogs.seen[0].result() == QDialog.DialogCode.Accepted
    checks = demo_session.store.select(
        "SELECT * FROM register_check WHERE entry_id = ? AND checked_on = ? AND deleted = 0",
        [late.id, demo_session.today().isoformat()],
    )
    assert len(checks) == 1 and checks[0]["method"] == "visit" and checks[0]["result"]
    assert checks[0]["person_id"] == late.person_id
    assert "register_check" in changed
    # the page followed: the entry is in time now; the next person is chosen, on the list
    again = next(r for r in rows(page) if r.id == late.id)
    interval = demo_session.refdata.category(late.category).check_interval_days
    assert interval is not None
    assert again.status != "overdue" and again.due == demo_session.today() + timedelta(
        days=interval
    )
    assert page.selected_entry() is not None and page.selected_entry().id == following.id
    qtbot.waitUntil(lambda: page.focusWidget() is page.table)  # keys go on to the list


def test_a_check_in_the_future_is_refused_in_words_and_kept(
    qtbot: Any, demo_session: Session
) -> None:
    dialogs = ScriptedDialogs()
    page = open_page(qtbot, demo_session, dialogs)
    entry = page.selected_entry()
    assert entry is not None
    tomorrow = demo_session.today() + timedelta(days=1)

    def step(dialog: Any) -> None:
        dialog.ui.dateEdit.selectAll()
        type_text(dialog.ui.dateEdit, f"{tomorrow:%d.%m.%Y}")
        dialog.ui.resultCombo.setCurrentIndex(1)
        qtbot.keyClick(dialog.ui.dateEdit, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert dialog.ui.formMessage.text() == "A check cannot be recorded for a future date."
        dialog.ui.dateEdit.selectAll()
        type_text(dialog.ui.dateEdit, "32.01.2026")
        assert dialog.ui.dateMessage.text().startswith("32.01.2026 is not a date")
        assert dialog.ui.resultCombo.currentIndex() == 1  # what was chosen stays
        dialog.reject()

    dialogs.script.append(step)
    page.record_check()
    count = demo_session.store.scalar(
        "SELECT count(*) FROM register_check WHERE entry_id = ? AND checked_on >= ?",
        [entry.id, demo_session.today().isoformat()],
    )
    assert count == 0


def test_enter_opens_the_person_of_the_entry(qtbot: Any, demo_session: Session) -> None:
    page = open_page(qtbot, demo_session)
    opened: list[tuple[str, str]] = []
    page.context.bus.open_record.connect(lambda entity, rid: opened.append((entity, rid)))
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(2, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    entry = page.model.data(page.model.index(2, 0), ROW_ROLE)
    assert opened == [("person", entry.person_id)]


def test_putting_someone_on_the_register_by_typing_their_name(
    qtbot: Any, demo_session: Session
) -> None:
    person, _ = add_person(
        demo_session, {"surname": "Жұмабаев", "name": "Ерлан", "birth_date": "12.12.1985"}
    )
    dialogs = ScriptedDialogs()
    page = open_page(qtbot, demo_session, dialogs)
    page.choose_category("administrative_supervision")
    before = len(rows(page))

    def step(dialog: Any) -> None:
        ui = dialog.ui
        assert ui.categoryCombo.currentData() == "administrative_supervision"
        qtbot.keyClick(ui.buttons.button(ui.buttons.StandardButton.Save), Qt.Key.Key_Space)
        assert dialog.isVisible() and ui.personMessage.text().startswith("Choose the person")
        ui.personEdit.setFocus()
        type_text(ui.personEdit, "жумабаев ерл")
        dialog.search_person()
        assert ui.personList.count() == 1 and "Жұмабаев Ерлан" in ui.personList.item(0).text()
        ui.basisEdit.setFocus()
        type_text(ui.basisEdit, "Решение суда № 2-45 от 01.11.2026")
        qtbot.keyClick(ui.basisEdit, Qt.Key.Key_Return)

    dialogs.script.append(step)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not dialogs.script, "Ctrl+N did not open the dialog"
    entry = demo_session.store.select("SELECT * FROM register_entry WHERE person_id = ?", [person])
    assert len(entry) == 1
    assert entry[0]["category"] == "administrative_supervision"
    assert entry[0]["basis"] == "Решение суда № 2-45 от 01.11.2026"
    assert entry[0]["start_date"] == demo_session.today().isoformat()
    assert len(rows(page)) == before + 1
    counts = page.categories_model.data(
        page.categories_model.index(page.categories_model.row_of("administrative_supervision"), 0)
    )
    assert f"{before + 1} on the register" in counts


def test_taking_an_entry_off_the_register(qtbot: Any, demo_session: Session) -> None:
    dialogs = ScriptedDialogs()
    page = open_page(qtbot, demo_session, dialogs)
    entry = page.selected_entry()
    assert entry is not None
    total = len(rows(page))

    def step(dialog: Any) -> None:
        dialog.choose_reason("moved_away")
        qtbot.mouseClick(
            dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )

    dialogs.script.append(step)
    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    stored = demo_session.store.get("register_entry", entry.id)
    assert stored is not None
    assert stored["end_date"] == demo_session.today().isoformat()
    assert stored["end_reason"] == "moved_away"
    assert entry.id not in {r.id for r in rows(page)} and len(rows(page)) == total - 1
    page.show_ended.click()
    ended = next(r for r in rows(page) if r.id == entry.id)
    assert ended.status == "ended"
    assert page.model.data(page.model.index(rows(page).index(ended), 2)) == "Off the register"
