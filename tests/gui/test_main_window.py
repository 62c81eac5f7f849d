"""The main window as a person meets it after signing in: the side bar of their role, keys that
switch pages, the title, the inspector filter of a chief, the shortcut list, and closing with
unsaved typing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QToolBar

from inspector_app.gui.shared.inspector_filter import InspectorFilter
from inspector_app.gui.shared.page_base import Page
from inspector_app.gui.shared.unavailable_page import UnavailablePanel
from inspector_app.gui.shell import page_registry as registry
from inspector_app.gui.shell.dialogs import Answer
from inspector_app.gui.shell.shortcuts_dialog import ShortcutsDialog
from inspector_app.services.session import open_session_with_key
from inspector_app.services.users import add_user
from tests.conftest import PASSWORD, make_db
from tests.gui.draft_page import DraftPage, with_draft_page
from tests.gui.drive import open_main_window, press, type_text
from tests.gui.fakes import FakeDialogs


def side_bar_texts(window) -> list[str]:
    bar = window.side_bar
    return [bar.item(row).text() for row in range(bar.count())]


@pytest.mark.parametrize("role", ["inspector", "chief", "hq"])
def test_the_side_bar_lists_the_pages_of_the_role(qtbot, tmp_path, translators, role):
    path = make_db(tmp_path, role=role)
    window = open_main_window(qtbot, path, translators)

    expected = [entry.title() for entry in registry.pages_for(role)]
    assert side_bar_texts(window) == expected
    assert ("District" in expected) == (role != "inspector")
    assert ("Territory" in expected) == (role != "hq")
    assert window.side_bar.currentRow() == 0
    assert window.side_bar.isVisible()
    # every line has its icon
    assert all(not window.side_bar.item(r).icon().isNull() for r in range(len(expected)))


def test_pages_are_made_when_first_shown_and_ctrl_digits_switch_them(qtbot, db_path, translators):
    window = open_main_window(qtbot, db_path, translators)
    assert list(window.pages) == ["today"]  # only the page in view exists

    press(qtbot, window, "Ctrl+3")

    entry = registry.pages_for("inspector")[2]
    assert window.side_bar.currentRow() == 2
    assert list(window.pages) == ["today", entry.page_id]
    assert window.stack.currentWidget() is window.pages[entry.page_id]
    assert window.windowTitle().startswith(f"{entry.title()} — ")

    press(qtbot, window, "Ctrl+1")
    assert window.stack.currentWidget() is window.pages["today"]
    assert len(window.pages) == 2  # shown again, not made again


def test_a_page_that_is_not_there_shows_a_plain_panel(qtbot, db_path, translators, monkeypatch):
    ghost = registry.PageEntry("ghost", "ghost_page", "GhostPage", registry.ALL_ROLES, "Ghost")
    monkeypatch.setattr(
        "inspector_app.gui.main_window.pages_for", lambda role: [ghost, *registry.pages_for(role)]
    )
    window = open_main_window(qtbot, db_path, translators)

    panel = window.stack.currentWidget()
    assert isinstance(panel, UnavailablePanel)
    assert panel.heading.text() == "This page is not available"
    assert "Ghost" in panel.text.text()
    assert "ghost_page" in panel.detail.text()
    press(qtbot, window, "Ctrl+2")  # the other pages work as usual
    assert isinstance(window.stack.currentWidget(), Page)


def test_the_title_names_the_user_and_the_place(qtbot, tmp_path, translators):
    window = open_main_window(qtbot, make_db(tmp_path), translators)
    assert window.windowTitle() == (
        "Today — Нұрғалиев Ерлан Серікұлы, precinct 05 «Қарабұлақ», district 12 — "
        "District inspector's log"
    )


def test_a_chief_chooses_whose_work_the_pages_show(qtbot, tmp_path, translators):
    path = make_db(tmp_path, role="chief")
    session, key = open_session_with_key(path, "admin", PASSWORD, "en")
    try:
        ids = [
            add_user(session, login, name, "inspector", "river-stone-one", master_key=key)
            for login, name in (("beisen", "Бейсенов Асқар"), ("abenov", "Әбенов Нұрлан"))
        ]
    finally:
        session.close()
    window = open_main_window(qtbot, path, translators)
    bar = window.findChild(QToolBar, "filterBar")
    combo = window.findChild(InspectorFilter, "inspectorFilter")
    assert bar is not None and bar.isVisible() and combo is not None
    label = [w for w in bar.findChildren(QLabel) if w.buddy() is combo]
    assert [w.text() for w in label] == ["&Show the work of"]
    assert [combo.itemText(row) for row in range(combo.count())] == [
        "All inspectors",
        "Әбенов Нұрлан (district 12)",
        "Бейсенов Асқар (district 12)",
    ]
    assert window.context.inspector_filter is None

    combo.setFocus()
    with qtbot.waitSignal(window.context.bus.filter_changed) as chosen:
        qtbot.keyClick(combo, Qt.Key.Key_Down)

    assert chosen.args == [ids[1]]
    assert window.context.inspector_filter == ids[1]
    with qtbot.waitSignal(window.context.bus.filter_changed) as chosen:
        qtbot.keyClick(combo, Qt.Key.Key_Home)
    assert chosen.args == [None]
    assert window.context.inspector_filter is None


def test_an_inspector_has_no_inspector_filter(qtbot, db_path, translators):
    window = open_main_window(qtbot, db_path, translators)
    assert window.findChild(InspectorFilter) is None
    assert window.findChild(QToolBar, "filterBar") is None


def test_f1_lists_every_shortcut(qtbot, db_path, translators):
    dialogs = FakeDialogs()
    shown: list[list[tuple[str, str]]] = []

    def look(dialog: QDialog) -> int:
        assert isinstance(dialog, ShortcutsDialog)
        shown.append(dialog.rows())
        return QDialog.DialogCode.Rejected

    dialogs.on_run.append(look)
    window = open_main_window(qtbot, db_path, translators, dialogs=dialogs)

    press(qtbot, window, "F1")

    assert len(shown) == 1
    rows = shown[0]
    for entry in registry.pages_for("inspector"):
        if entry.page_id in registry.PAGE_KEYS:
            assert (entry.title(), registry.PAGE_KEYS[entry.page_id]) in rows
    assert ("Lock the window", "Ctrl+L") in rows
    assert ("Keyboard shortcuts", "F1") in rows
    assert ("Next field or button", "Tab") in rows


def test_closing_asks_about_unsaved_typing_and_cancel_keeps_it(
    qtbot, db_path, translators, monkeypatch
):
    with_draft_page(monkeypatch, first=True)
    dialogs = FakeDialogs()
    window = open_main_window(qtbot, db_path, translators, dialogs=dialogs)
    page = window.stack.currentWidget()
    assert isinstance(page, DraftPage)
    type_text(page.edit, "Жалоба соседа")

    dialogs.answers.append(Answer.CANCEL)
    press(qtbot, window, "Ctrl+Q")

    assert window.isVisible()
    assert page.edit.text() == "Жалоба соседа"
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("ask_save", "Unsaved input")
    assert "Draft" in text

    dialogs.answers.append(Answer.SAVE)
    press(qtbot, window, "Ctrl+Q")

    assert not window.isVisible()
    assert page.saved == ["Жалоба соседа"]
    assert window.session is None  # the session was closed with the window
    assert window.context.master_key is None


def test_discard_closes_without_saving_and_a_refused_save_stays_open(
    qtbot, db_path, translators, monkeypatch
):
    with_draft_page(monkeypatch)
    dialogs = FakeDialogs()
    window = open_main_window(qtbot, db_path, translators, dialogs=dialogs)
    row = window.side_bar.row_of("draft")
    window.side_bar.setCurrentRow(row)
    page = window.pages["draft"]
    assert isinstance(page, DraftPage)
    type_text(page.edit, "bad")
    window.side_bar.setCurrentRow(0)  # typing elsewhere counts too

    dialogs.answers.append(Answer.SAVE)
    window.close()
    assert window.isVisible()  # the page could not save: it is shown, its typing kept
    assert window.stack.currentWidget() is page
    assert page.edit.text() == "bad"

    dialogs.answers.append(Answer.DISCARD)
    window.close()
    assert not window.isVisible()
    assert page.saved == []


def test_nothing_to_save_closes_without_asking(qtbot, db_path, translators):
    dialogs = FakeDialogs()
    window = open_main_window(qtbot, db_path, translators, dialogs=dialogs)
    window.close()
    assert not window.isVisible()
    assert dialogs.shown == []


def test_a_page_that_fails_to_open_shows_the_crash_dialog_and_a_panel(
    qtbot, db_path, translators, monkeypatch
):
    with_draft_page(monkeypatch, first=False)

    def broken(self, context, parent=None):
        raise RuntimeError("a bug in the page")

    monkeypatch.setattr(DraftPage, "__init__", broken)
    dialogs = FakeDialogs()
    window = open_main_window(qtbot, db_path, translators, dialogs=dialogs)

    window.show_page("draft")

    assert isinstance(window.stack.currentWidget(), UnavailablePanel)
    assert len(dialogs.crashes) == 1
    assert "builtins.RuntimeError" in dialogs.crashes[0][1]
    assert QApplication.overrideCursor() is None


def test_a_record_named_on_one_page_opens_on_its_own(qtbot, db_path, translators):
    """A Today line names a person or an appeal: the window goes to the page that shows it,
    even one never opened before, and that page opens the record."""
    from datetime import UTC, datetime

    from inspector_app.services.appeals import register_appeal
    from inspector_app.services.people import add_person

    window = open_main_window(qtbot, db_path, translators)
    person_id, _ = add_person(window.context.session, {"surname": "Жұмабаев", "name": "Нұрлан"})
    appeal = register_appeal(
        window.context.session,
        summary="Шум по ночам",
        channel="phone",
        applicant_name="Сейітова Г.",
        received_at=datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
    )
    window.context.bus.open_record.emit("person", person_id)
    people = window.page("people")
    assert window.stack.currentWidget() is people
    assert people.stack.currentWidget() is people.person_view
    window.context.bus.open_record.emit("appeal", appeal.id)
    appeals = window.page("appeals")
    assert window.stack.currentWidget() is appeals
    current = appeals.current()
    assert current is not None and current.id == appeal.id
