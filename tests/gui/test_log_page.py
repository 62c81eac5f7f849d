"""The Log page as an inspector uses it: entries by days and kind, and the quick-entry form
with people completed as one types and the rule on talks with minors said in words."""

from __future__ import annotations

import json
from datetime import date, timedelta

from PySide6.QtCore import Qt

from inspector_app.domain import local_time
from inspector_app.gui.log.log_page import LogPage
from inspector_app.gui.shared.lazy_table_model import ROW_ROLE
from inspector_app.services.session import Session
from tests.gui import work_support
from tests.gui.work_support import (
    TODAY,
    make_context,
    popup_grab,
    show_page,
    type_text,
)

# the shared fixtures of the work pages' tests
demo_session = work_support.demo_session
inspector_template = work_support.inspector_template


def _utc(day: date) -> str:
    return local_time.utc_text(local_time.day_start(day, "KZ"))


def _count(session: Session, start: date, end: date, kind: str | None = None) -> int:
    sql = "SELECT count(*) FROM log_entry WHERE deleted = 0 AND at >= ? AND at < ?"
    params: list[str] = [_utc(start), _utc(end + timedelta(days=1))]
    if kind:
        sql += " AND kind = ?"
        params.append(kind)
    return int(session.store.scalar(sql, params))


def _person(session: Session, minor: bool) -> dict:
    born = (TODAY - timedelta(days=365 * 18)).isoformat()
    op = ">" if minor else "<"
    return session.store.select(
        f"SELECT id, surname, name, id_number, birth_date FROM person WHERE deleted = 0"
        f" AND id_number IS NOT NULL AND birth_date {op} ? ORDER BY id LIMIT 1",
        [born],
    )[0]


def _pick(qtbot, page: LogPage, number: str) -> None:
    """Type an ID number in the people field and choose the person from the list."""
    search = page.form.search
    edit = page.form.ui.peopleSearch
    edit.setFocus()
    qtbot.keyClicks(edit, number)
    popup = search.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: edit.text() == "")


def _newest(session: Session) -> dict:
    return session.store.select(
        "SELECT * FROM log_entry WHERE deleted = 0 ORDER BY created_version DESC LIMIT 1"
    )[0]


def test_the_list_follows_the_days_and_the_kind(qtbot, qtmodeltester, demo_session):
    page = show_page(qtbot, LogPage(make_context(demo_session)))
    start = TODAY - timedelta(days=29)
    expected = _count(demo_session, start, TODAY)
    assert expected > 0
    assert page.count_label.text() == f"Entries: {expected}"
    qtmodeltester.check(page.model)

    talks = _count(demo_session, start, TODAY, "talk")
    page.kind_combo.setFocus()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("talk"))
    assert page.count_label.text() == f"Entries: {talks}"
    kinds = {page.model.index(r, 0).data(ROW_ROLE).kind for r in range(page.model.rowCount())}
    assert kinds == {"talk"}

    # a whole year, fetched page by page as the list scrolls
    page.from_edit.selectAll()
    qtbot.keyClicks(page.from_edit, "01.01.2026")
    year = _count(demo_session, date(2026, 1, 1), TODAY, "talk")
    assert page.count_label.text() == f"Entries: {year}"
    while page.model.canFetchMore(page.model.index(-1, -1)):
        page.model.fetchMore(page.model.index(-1, -1))
    assert page.model.rowCount() == year
    moments = [page.model.index(r, 0).data(ROW_ROLE).at for r in range(year)]
    assert moments == sorted(moments, reverse=True)


def test_a_date_that_is_no_date_is_said_and_the_list_stays(qtbot, demo_session):
    page = show_page(qtbot, LogPage(make_context(demo_session)))
    before = page.count_label.text()
    page.to_edit.selectAll()
    qtbot.keyClicks(page.to_edit, "31.02.2026")
    assert page.filter_message.isVisible()
    assert "31.02.2026 is not a date" in page.filter_message.text()
    assert page.count_label.text() == before


@popup_grab
def test_a_quick_entry_with_a_person_found_as_one_types(qtbot, demo_session):
    page = show_page(qtbot, LogPage(make_context(demo_session)))
    adult = _person(demo_session, minor=False)
    form = page.form
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(form.ui.kindCombo.hasFocus)
    form.ui.kindCombo.setCurrentIndex(form.ui.kindCombo.findData("round"))
    _pick(qtbot, page, adult["id_number"])
    assert form.people.ids() == [adult["id"]]
    assert adult["surname"] in form.ui.peopleList.item(0).text()
    form.ui.placeEdit.setFocus()
    type_text(form.ui.placeEdit, "ул. Абая, 12")
    form.ui.summaryEdit.setFocus()
    type_text(form.ui.summaryEdit, "Подворный обход, жалоб нет")
    assert page.has_unsaved_input()

    qtbot.keyClick(form.ui.summaryEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    saved = _newest(demo_session)
    assert saved["kind"] == "round"
    assert saved["summary"] == "Подворный обход, жалоб нет"
    assert saved["place"] == "ул. Абая, 12"
    assert json.loads(saved["person_ids"]) == [adult["id"]]
    assert local_time.local_day(saved["at"], "KZ") == TODAY
    assert form.ui.formMessage.text() == "The entry is saved."
    assert not page.has_unsaved_input()
    assert page.model.fetch_until(saved["id"], 1000) >= 0


@popup_grab
def test_a_talk_with_a_minor_needs_a_companion_named(qtbot, demo_session):
    page = show_page(qtbot, LogPage(make_context(demo_session)))
    minor = _person(demo_session, minor=True)
    form = page.form
    before = _newest(demo_session)["id"]
    form.ui.kindCombo.setCurrentIndex(form.ui.kindCombo.findData("talk"))
    _pick(qtbot, page, minor["id_number"])
    message = form.ui.companionMessage
    assert message.isVisible()
    assert minor["surname"] in message.text()
    assert "is under 18: a talk with a minor needs a parent, guardian or teacher" in (
        message.text()
    )
    form.ui.summaryEdit.setFocus()
    type_text(form.ui.summaryEdit, "Беседа о поведении в школе")

    qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
    assert _newest(demo_session)["id"] == before  # refused
    assert message.isVisible()
    # focus follows once the window is active again (the person picker's popup took it): wait
    # for both, as long as a loaded machine needs
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=30_000)
    qtbot.waitUntil(form.ui.companionEdit.hasFocus, timeout=30_000)
    assert form.ui.summaryEdit.toPlainText() == "Беседа о поведении в школе"  # nothing lost

    type_text(form.ui.companionEdit, "мать, Ахметова Г.")
    assert not message.isVisible()
    qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
    saved = _newest(demo_session)
    assert saved["id"] != before
    assert saved["kind"] == "talk" and saved["companion"] == "мать, Ахметова Г."
    assert json.loads(saved["person_ids"]) == [minor["id"]]


def test_a_date_in_the_future_or_no_summary_is_refused_in_words(qtbot, demo_session):
    page = show_page(qtbot, LogPage(make_context(demo_session)))
    form = page.form
    before = _newest(demo_session)["id"]
    form.ui.dateEdit.selectAll()
    qtbot.keyClicks(form.ui.dateEdit, "20.11.2026")
    assert form.ui.dateMessage.text() == "The date is later than 16.11.2026."
    qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
    assert form.ui.summaryMessage.text() == "Say in a few words what was done."
    assert _newest(demo_session)["id"] == before


def test_an_entry_asked_for_is_shown_whatever_the_filter(qtbot, demo_session):
    page = show_page(qtbot, LogPage(make_context(demo_session)))
    old = demo_session.store.select(
        "SELECT id FROM log_entry WHERE deleted = 0 ORDER BY at LIMIT 1"
    )[0]["id"]
    assert page.model.row_of(old) == -1  # older than the last 30 days
    assert page.show_record("log_entry", old)
    assert page.table.currentIndex().data(ROW_ROLE).id == old
    assert page.from_edit.text() == "" and page.to_edit.text() == ""
