"""The People page as a user drives it: typing a name, filtering, opening a person, adding one
with a mistake and a duplicate; and the lazy model under it, with and without a view."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog

from inspector_app.domain.ids import make_iin
from inspector_app.domain.text import fold
from inspector_app.gui.people.people_page import PeoplePage
from inspector_app.gui.people.person_dialog import OPEN_EXISTING, PersonDialog
from inspector_app.gui.shared.lazy_table_model import (
    ID_ROLE,
    ROW_ROLE,
    Column,
    LazyTableModel,
    RowsTableModel,
)
from inspector_app.gui.shell import style
from inspector_app.services.lists import PeopleList, PeopleQuery
from inspector_app.services.people import add_person, search_people
from inspector_app.services.person_file import person_file
from inspector_app.services.session import Session
from tests.gui.list_helpers import (
    DEMO_PEOPLE,
    ScriptedDialogs,
    demo_db_fixture,  # noqa: F401 - a fixture
    demo_session_fixture,  # noqa: F401 - a fixture
    make_context,
    settings_folder_fixture,  # noqa: F401 - a fixture
    type_text,
)

pytestmark = pytest.mark.usefixtures("settings_folder")


# --- the lazy model, without widgets ------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    id: str
    number: int
    key: tuple[Any, ...]


class NumbersSource:
    """0..n-1 in order, or backwards; counts the pages it was asked for."""

    def __init__(self, n: int, descending: bool) -> None:
        self.values = list(range(n))[::-1] if descending else list(range(n))
        self.calls: list[Any] = []

    def page(self, after: Any, limit: int) -> Sequence[Item]:
        self.calls.append(after)
        start = 0 if after is None else self.values.index(after[0]) + 1
        return [Item(f"n{v}", v, (v,)) for v in self.values[start : start + limit]]


COLUMNS = (
    Column("Number", "Test", lambda item: str(item.number), sort="number"),
    Column("Parity", "Test", lambda item: "even" if item.number % 2 == 0 else "odd"),
)


def test_the_lazy_model_fetches_page_by_page_by_key(qtmodeltester: Any) -> None:
    sources: list[NumbersSource] = []

    def factory(order: str | None, descending: bool) -> NumbersSource:
        sources.append(NumbersSource(250, descending))
        return sources[-1]

    model = LazyTableModel(COLUMNS, factory, page_size=100, sort_column=0)
    assert model.rowCount() == 100 and model.canFetchMore(QModelIndex())
    assert sources[-1].calls == [None]
    model.fetchMore(QModelIndex())
    assert sources[-1].calls == [None, (99,)]
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 250 and not model.canFetchMore(QModelIndex())
    assert [model.data(model.index(r, 0)) for r in (0, 249)] == ["0", "249"]
    assert model.data(model.index(7, 1)) == "odd"
    assert model.data(model.index(7, 0), ID_ROLE) == "n7"
    assert model.row_of("n200") == 200

    model.sort(0, Qt.SortOrder.DescendingOrder)  # a new source, from its first page
    assert len(sources) == 2 and model.rowCount() == 100
    assert model.data(model.index(0, 0)) == "249"
    model.sort(1, Qt.SortOrder.AscendingOrder)  # not sortable: nothing changes
    assert len(sources) == 2 and model.sort_column == 0
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_a_failing_source_stops_the_model_and_says_why(qtbot: Any) -> None:
    from inspector_app.domain.errors import AppError

    class Refusing:
        def page(self, after: Any, limit: int) -> Sequence[Item]:
            raise AppError("role.forbidden", action="person.read", role="x")

    model = LazyTableModel(COLUMNS, lambda _o, _d: Refusing(), start=False)
    with qtbot.waitSignal(model.failed) as failed:
        model.reset()
    assert failed.args[0].code == "role.forbidden"
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_the_people_model_over_a_real_list_passes_the_model_tester(
    qtmodeltester: Any, demo_session: Session
) -> None:
    from inspector_app.gui.people.people_page import _columns

    model = LazyTableModel(
        _columns("KZ"),
        lambda order, descending: PeopleList(
            demo_session, PeopleQuery(), order or "name", descending
        ),
        page_size=50,
    )
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == DEMO_PEOPLE
    ids = [model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())]
    assert len(set(ids)) == DEMO_PEOPLE


# --- the page --------------------------------------------------------------------------------


def open_page(qtbot: Any, session: Session, dialogs: ScriptedDialogs | None = None) -> PeoplePage:
    page = PeoplePage(make_context(session, dialogs))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitExposed(page):
        page.show()
    with qtbot.waitActive(page):  # shortcuts work in the active window only
        page.activateWindow()
    return page


def shown(page: PeoplePage) -> PeopleQuery:
    """The filter of the rows the list shows."""
    query = page.shown_query()
    assert query is not None
    return query


def test_the_list_opens_with_everyone_in_alphabetical_order_and_a_count(
    qtbot: Any, demo_session: Session
) -> None:
    page = open_page(qtbot, demo_session)
    assert page.title() == "People"
    assert page.model.rowCount() == 100  # the first page only
    qtbot.waitUntil(lambda: page.count_label.text() == f"{DEMO_PEOPLE} people")
    keys = [page.model.row(r).key for r in range(100)]
    assert keys == sorted(keys)
    # scrolling to the end loads the rest, a page at a time
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 100)
    while page.model.canFetchMore(QModelIndex()):
        page.table.scrollToBottom()
        qtbot.wait(1)
    assert page.model.rowCount() == DEMO_PEOPLE


def test_typing_a_name_without_the_kazakh_letters_finds_the_person(
    qtbot: Any, demo_session: Session
) -> None:
    person, _ = add_person(
        demo_session, {"surname": "Нұрғалиева", "name": "Әйгерім", "birth_date": "03.04.1991"}
    )
    page = open_page(qtbot, demo_session)
    page.search_box.setFocus()
    type_text(page.search_box, "нургалиева аиг")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.row(0).id == person
    assert page.model.row(0).full_name == "Нұрғалиева Әйгерім"
    qtbot.waitUntil(lambda: page.count_label.text() == "Found: 1")
    # Down goes to the list, Enter opens the person
    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)
    qtbot.waitUntil(page.table.hasFocus)
    assert page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.person_view
    assert page.person_view.heading.text() == "Нұрғалиева Әйгерім"
    qtbot.keyClick(page.person_view, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.list_panel
    # a search that finds no one says what to do
    page.search_box.clear()
    type_text(page.search_box, "щщщщ")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=3000)
    qtbot.waitUntil(lambda: page.count_label.text().startswith("No one found"))


def test_a_short_search_lists_every_match_in_alphabetical_order(
    qtbot: Any, demo_session: Session
) -> None:
    page = open_page(qtbot, demo_session)
    type_text(page.search_box, "ер")
    qtbot.waitUntil(
        lambda: shown(page).text == "ер" and page.count_label.text().startswith("Found")
    )
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
    found = [page.model.row(r) for r in range(page.model.rowCount())]
    assert found and [r.key for r in found] == sorted(r.key for r in found)
    # the same people the search of the home page finds, in another order
    assert {r.id for r in found} == {h.id for h in search_people(demo_session, "ер", 100_000)}
    assert page.count_label.text() == f"Found: {len(found)}"


def test_filters_narrow_the_list_by_settlement_category_and_age(
    qtbot: Any, demo_session: Session
) -> None:
    page = open_page(qtbot, demo_session)
    # age 14 to 17
    page.age_from.setFocus()
    qtbot.keyClicks(page.age_from, "14")
    qtbot.keyClicks(page.age_to, "17")
    qtbot.waitUntil(
        lambda: shown(page).max_age == 17 and page.count_label.text().startswith("Found")
    )
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
    ages = [page.model.row(r).age for r in range(page.model.rowCount())]
    assert ages and all(a is not None and 14 <= a <= 17 for a in ages)
    page.age_from.clear()
    page.age_to.clear()

    # a register category: the people with an open entry in it
    combo = page.category_combo
    counts = {
        r["category"]: r["n"]
        for r in demo_session.store.select(
            "SELECT category, count(DISTINCT person_id) AS n FROM register_entry"
            " WHERE end_date IS NULL AND deleted = 0 GROUP BY category"
        )
    }
    code = max(counts, key=lambda c: counts[c])
    combo.setCurrentIndex(combo.findData(code))
    qtbot.waitUntil(lambda: page.count_label.text() == f"Found: {counts[code]}")
    assert page.model.rowCount() == counts[code]
    combo.setCurrentIndex(0)

    # a settlement
    settlement = page.settlement_combo
    assert settlement.count() > 1 and settlement.itemText(0) == "All settlements"
    settlement.setCurrentIndex(1)
    wanted = settlement.itemText(1).split(" (")[0]
    qtbot.waitUntil(lambda: shown(page).settlement_id is not None)
    rows = [page.model.row(r) for r in range(page.model.rowCount())]
    assert rows and {r.settlement for r in rows} == {wanted}


def test_sort_order_and_column_widths_are_remembered(qtbot: Any, demo_session: Session) -> None:
    page = open_page(qtbot, demo_session)
    header = page.table.horizontalHeader()
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # born, newest first
    births = [page.model.row(r).birth_date for r in range(page.model.rowCount())]
    assert births == sorted(births, key=lambda d: d or date.min, reverse=True)
    header.resizeSection(0, 333)
    page.memory.save()
    # sorting by age is sorting by birth date the other way
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    ages = [page.model.row(r).age for r in range(20)]
    assert ages == sorted(ages, key=lambda a: -1 if a is None else a)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    page.memory.save()
    page.close()

    again = open_page(qtbot, demo_session)
    assert again.model.sort_column == 1
    assert again.model.sort_order == Qt.SortOrder.DescendingOrder
    assert again.table.horizontalHeader().sectionSize(0) == 333
    assert again.table.horizontalHeader().sortIndicatorSection() == 1
    assert again.model.row(0).birth_date == births[0]
    # a column the list cannot sort by leaves the order as it is
    again.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    assert again.model.sort_column == 1
    assert again.table.horizontalHeader().sortIndicatorSection() == 1


# --- adding a person -------------------------------------------------------------------------


def fill_person_form(dialog: PersonDialog, fields: dict[str, str]) -> None:
    edits = dialog._line_edits()
    for name, text in fields.items():
        edits[name].setFocus()
        edits[name].selectAll()
        edits[name].del_()
        type_text(edits[name], text)
    dialog.check_fields()


def test_a_new_person_is_checked_as_typed_and_saved(qtbot: Any, demo_session: Session) -> None:
    dialogs = ScriptedDialogs()
    page = open_page(qtbot, demo_session, dialogs)
    changed: list[str] = []
    page.context.bus.changed.connect(changed.append)
    iin = make_iin(date(1988, 7, 15), "F", 4321)

    def step(dialog: PersonDialog) -> None:
        fill_person_form(
            dialog,
            {
                "surname": "Ёлкина",
                "name": "Дана",
                "birth_date": "31.02.1988",
                "id_number": iin[:-1] + str((int(iin[-1]) + 1) % 10),
                "phones": "8 701 12",
            },
        )
        ui = dialog.ui
        qtbot.waitUntil(ui.birthDateMessage.isVisible)
        assert "is not a date" in ui.birthDateMessage.text()
        assert ui.idNumberMessage.isVisible() and "check digit" in ui.idNumberMessage.text()
        assert "not a valid phone number" in ui.phonesMessage.text()
        assert style.ERROR_COLOR in ui.idNumberMessage.styleSheet()
        qtbot.keyClick(ui.phonesEdit, Qt.Key.Key_Return)  # refused: nothing is lost
        assert dialog.isVisible() and ui.surnameEdit.text() == "Ёлкина"
        assert dialog.focusWidget() is ui.birthDateEdit
        fill_person_form(
            dialog, {"birth_date": "15.07.1988", "id_number": iin, "phones": "8 701 123 45 67"}
        )
        assert not ui.birthDateMessage.isVisible() and not ui.idNumberMessage.isVisible()
        qtbot.keyClick(ui.phonesEdit, Qt.Key.Key_Return)

    dialogs.script.append(step)
    page.setFocus()
    qtbot.keyClick(page.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not dialogs.script, "Ctrl+N did not open the dialog"
    dialog = dialogs.seen[0]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_id is not None
    saved = person_file(demo_session, dialog.saved_id).details
    assert (saved.surname, saved.name, saved.birth_date) == ("Ёлкина", "Дана", date(1988, 7, 15))
    assert saved.id_number == iin and saved.phones == ("+77011234567",) and saved.sex == "F"
    assert "person" in changed
    assert page.stack.currentWidget() is page.person_view
    assert page.person_view.heading.text() == "Ёлкина Дана"


def test_an_id_number_that_disagrees_with_the_birth_date_is_a_caution(
    qtbot: Any, demo_session: Session
) -> None:
    dialogs = ScriptedDialogs()
    page = open_page(qtbot, demo_session, dialogs)
    iin = make_iin(date(1975, 3, 8), "M", 77)

    def step(dialog: PersonDialog) -> None:
        fill_person_form(dialog, {"surname": "Ісаев", "birth_date": "09.03.1975", "id_number": iin})
        message = dialog.ui.idNumberMessage
        assert message.isVisible() and message.text().startswith("Check:")
        assert "1975-03-08" in message.text()
        assert style.WARNING_COLOR in message.styleSheet()
        dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save).click()

    dialogs.script.append(step)
    page.new_person()
    saved = person_file(demo_session, dialogs.seen[0].saved_id).details
    assert saved.birth_date == date(1975, 3, 9) and saved.id_number == iin


def existing_person(session: Session) -> dict[str, Any]:
    return session.store.select(
        "SELECT * FROM person WHERE birth_date IS NOT NULL AND name IS NOT NULL"
        " ORDER BY sort_key LIMIT 1"
    )[0]


def test_a_likely_duplicate_offers_to_open_the_person_found(
    qtbot: Any, demo_session: Session
) -> None:
    dialogs = ScriptedDialogs()
    page = open_page(qtbot, demo_session, dialogs)
    known = existing_person(demo_session)
    born = date.fromisoformat(known["birth_date"])

    def step(dialog: PersonDialog) -> None:
        # typed without the Kazakh letters, as people do: still the same person
        fill_person_form(
            dialog,
            {
                "surname": fold(known["surname"]).capitalize(),
                "name": fold(known["name"]).capitalize(),
                "birth_date": f"{born:%d.%m.%Y}",
            },
        )
        qtbot.keyClick(dialog.ui.surnameEdit, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.ui.duplicatePanel.isVisible()
        listed = dialog.ui.duplicateList.item(0).text()
        assert known["surname"] in listed and f"{born:%d.%m.%Y}" in listed
        qtbot.mouseClick(dialog.ui.openExistingButton, Qt.MouseButton.LeftButton)

    dialogs.script.append(step)
    before = demo_session.store.count("person")
    page.new_person()
    assert dialogs.seen[0].result() == OPEN_EXISTING
    assert demo_session.store.count("person") == before
    assert page.stack.currentWidget() is page.person_view
    assert page.person_view.person_id == known["id"]


def test_create_anyway_adds_a_namesake(qtbot: Any, demo_session: Session) -> None:
    dialogs = ScriptedDialogs()
    page = open_page(qtbot, demo_session, dialogs)
    known = existing_person(demo_session)
    born = date.fromisoformat(known["birth_date"])

    def step(dialog: PersonDialog) -> None:
        fill_person_form(
            dialog,
            {"surname": known["surname"], "name": known["name"], "birth_date": f"{born:%d.%m.%Y}"},
        )
        dialog.accept()
        assert dialog.ui.duplicatePanel.isVisible()
        qtbot.mouseClick(dialog.ui.createAnywayButton, Qt.MouseButton.LeftButton)

    dialogs.script.append(step)
    before = demo_session.store.count("person")
    page.new_person()
    assert dialogs.seen[0].result() == QDialog.DialogCode.Accepted
    assert demo_session.store.count("person") == before + 1
    twins = demo_session.store.select("SELECT id FROM person WHERE dup_key = ?", [known["dup_key"]])
    assert len(twins) == 2


def test_editing_keeps_what_was_not_touched(qtbot: Any, demo_session: Session) -> None:
    dialogs = ScriptedDialogs()
    page = open_page(qtbot, demo_session, dialogs)
    known = existing_person(demo_session)
    page.open_person(known["id"])

    def step(dialog: PersonDialog) -> None:
        assert dialog.ui.surnameEdit.text() == known["surname"]
        assert not dialog.has_input()
        fill_person_form(dialog, {"workplace": "Школа № 2"})
        assert dialog.has_input()
        qtbot.keyClick(dialog.ui.workplaceEdit, Qt.Key.Key_Return)

    dialogs.script.append(step)
    qtbot.keyClick(page.person_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not dialogs.script
    after = demo_session.store.get("person", known["id"])
    assert after is not None and after["workplace"] == "Школа № 2"
    assert after["surname"] == known["surname"] and after["birth_date"] == known["birth_date"]
    last = demo_session.store.select(
        "SELECT values_json FROM change WHERE record_id = ? ORDER BY seq DESC LIMIT 1",
        [known["id"]],
    )[0]
    assert json.loads(last["values_json"]) == {"workplace": "Школа № 2"}  # nothing else
    assert "Школа № 2" in page.person_view.detail_labels["workplace"][1].text()


# --- the person's file ------------------------------------------------------------------------


def test_the_person_view_shows_an_overdue_check_in_red_with_words(
    qtbot: Any, demo_session: Session, qtmodeltester: Any
) -> None:
    from inspector_app.services.lists import RegisterList, RegisterQuery

    late = next(
        e
        for e in RegisterList(demo_session, RegisterQuery(), overdue_first=True).page(limit=50)
        if e.status == "overdue"
    )
    dialogs = ScriptedDialogs()
    page = open_page(qtbot, demo_session, dialogs)
    page.show_record("person", late.person_id)  # as the main window routes it
    view = page.person_view
    assert page.stack.currentWidget() is view
    item = view.entries.topLevelItem(0)
    assert item is not None and item.text(0).startswith(late.category_name)
    days = (demo_session.today() - late.due).days
    assert item.text(0).endswith(f"\nNext check {late.due:%d.%m.%Y}: Overdue by {days} day(s)")
    assert item.foreground(0).color().name() == style.ERROR_COLOR
    assert view.timeline_model.rowCount() >= 1
    qtmodeltester.check(view.timeline_model, force_py=True)
    qtmodeltester.check(view.members_model, force_py=True)

    # C on the entry records a check today: the entry is in time again
    def step(dialog: Any) -> None:
        assert dialog.ui.dateEdit.text() == f"{demo_session.today():%d.%m.%Y}"
        qtbot.keyClick(dialog.ui.dateEdit, Qt.Key.Key_Return)

    dialogs.script.append(step)
    view.entries.setFocus()
    view.entries.setCurrentItem(item)
    qtbot.keyClick(view.entries, Qt.Key.Key_C)
    assert not dialogs.script
    refreshed = view.entries.topLevelItem(0)
    assert refreshed is not None and refreshed.text(0).endswith(": In time")
    checks = demo_session.store.select(
        "SELECT * FROM register_check WHERE entry_id = ? AND checked_on = ?",
        [late.id, demo_session.today().isoformat()],
    )
    assert len(checks) == 1 and checks[0]["method"] == "visit"


def test_a_household_member_opens_from_the_persons_page(qtbot: Any, demo_session: Session) -> None:
    household = demo_session.store.select(
        "SELECT household_id FROM person GROUP BY household_id HAVING count(*) >= 3 LIMIT 1"
    )[0]["household_id"]
    members = demo_session.store.select(
        "SELECT id FROM person WHERE household_id = ? ORDER BY birth_date", [household]
    )
    page = open_page(qtbot, demo_session)
    page.open_person(members[0]["id"])
    view = page.person_view
    assert view.members_model.rowCount() == len(members)
    target = view.members_model.row_of(members[1]["id"])
    view.members.setFocus()
    view.members.setCurrentIndex(view.members_model.index(target, 0))
    qtbot.keyClick(view.members, Qt.Key.Key_Return)
    assert view.person_id == members[1]["id"]
    assert (
        view.members_model.data(view.members_model.index(target, 0), ROW_ROLE).id
        == (members[1]["id"])
    )


def test_rows_model_holds_short_lists(qtmodeltester: Any) -> None:
    model = RowsTableModel(COLUMNS)
    model.set_rows([Item(f"n{i}", i, (i,)) for i in range(5)])
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5 and model.data(model.index(4, 1)) == "even"


def test_a_change_announced_on_the_bus_reloads_the_list_where_it_was(
    qtbot: Any, demo_session: Session
) -> None:
    page = open_page(qtbot, demo_session)
    page.table.setFocus()
    page.table.selectRow(5)
    chosen = page.selected_id()
    add_person(demo_session, {"surname": "Ааронов", "name": "Тест"})  # first in the alphabet
    page.context.bus.announce("person")
    assert page.model.row(0).full_name == "Ааронов Тест"
    assert page.selected_id() == chosen  # the selection followed its row
    qtbot.waitUntil(lambda: page.count_label.text() == f"{DEMO_PEOPLE + 1} people")
