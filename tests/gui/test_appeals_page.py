"""The Appeals page as an inspector uses it: registering an appeal, its deadline in working
days, extending it (refused past the legal maximum, in words), forwarding and deciding, and the
history of each appeal."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from inspector_app.domain.rules import add_months
from inspector_app.gui.appeals.appeal_register_dialog import AppealRegisterDialog
from inspector_app.gui.appeals.appeal_step_dialog import AppealStepDialog
from inspector_app.gui.appeals.appeals_page import AppealsPage
from inspector_app.gui.shared.lazy_table_model import ROW_ROLE
from inspector_app.services.appeals import register_appeal
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


def _save(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox, "buttons")
    button = box.button(QDialogButtonBox.StandardButton.Save)
    button.click()


def _appeal(session: Session, appeal_id: str) -> dict:
    found = session.store.get("appeal", appeal_id)
    assert found is not None
    return found


def _newest_appeal(session: Session) -> dict:
    return session.store.select(
        "SELECT * FROM appeal WHERE deleted = 0 ORDER BY created_version DESC LIMIT 1"
    )[0]


def _press(qtbot, widget, key: Qt.Key) -> None:
    """Alt and a letter, as a button's mnemonic: the button clicks a moment later."""
    window = widget.window()
    dialogs = window.context.dialogs if hasattr(window, "context") else None
    window.activateWindow()  # back from a dialog, as the window manager would do
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.AltModifier)
    if dialogs is not None:
        qtbot.waitUntil(lambda: not dialogs.handlers)


def _selected(page: AppealsPage):
    return page.table.currentIndex().data(ROW_ROLE)


def test_registering_an_appeal_gives_its_number_and_deadline(qtbot, demo_session):
    context = make_context(demo_session)
    page = show_page(qtbot, AppealsPage(context))
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AppealRegisterDialog)
        ui = dialog.ui
        assert ui.receivedEdit.text() == "16.11.2026"
        _save(dialog)  # nothing typed yet: each missing field says why, the dialog stays
        seen["applicant"] = ui.applicantMessage.text()
        seen["summary"] = ui.summaryMessage.text()
        assert dialog.isVisible()
        ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("written"))
        ui.applicantNameEdit.setFocus()
        type_text(ui.applicantNameEdit, "Жұмабаева Гүлнар")
        ui.summaryEdit.setFocus()
        type_text(ui.summaryEdit, "Соседи шумят по ночам")
        _save(dialog)

    context.dialogs.expect(fill)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert seen == {
        "applicant": "Find the applicant among the people, or type their name.",
        "summary": "Say what the appeal is about.",
    }
    saved = _newest_appeal(demo_session)
    calendar = demo_session.refdata.calendar()
    deadline = calendar.add_working_days(TODAY, 15)
    assert saved["applicant_name"] == "Жұмабаева Гүлнар"
    assert saved["summary"] == "Соседи шумят по ночам"
    assert saved["channel"] == "written" and saved["status"] == "registered"
    assert saved["deadline"] == deadline.isoformat()
    row = _selected(page)
    assert row.id == saved["id"]
    assert page.message.text() == (
        f"Appeal {saved['number']} is registered; it must be decided by {deadline:%d.%m.%Y}."
    )
    time_left = page.table.currentIndex().siblingAtColumn(6).data()
    assert time_left == "15 working day(s) left"
    assert page.history_model.rowCount() == 1
    assert page.history_model.index(0, 1).data() == "Registered"


@popup_grab
def test_the_applicant_is_found_among_the_people(qtbot, demo_session):
    context = make_context(demo_session)
    page = show_page(qtbot, AppealsPage(context))
    person = demo_session.store.select(
        "SELECT id, surname, id_number FROM person WHERE id_number IS NOT NULL LIMIT 1"
    )[0]

    def fill(dialog: QDialog) -> None:
        ui = dialog.ui
        ui.applicantSearch.setFocus()
        qtbot.keyClicks(ui.applicantSearch, person["id_number"])
        popup = dialog.search.completer.popup()
        qtbot.waitUntil(popup.isVisible)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert person["surname"] in ui.applicantChosen.text()
        assert not ui.applicantNameEdit.isEnabled()
        ui.summaryEdit.setFocus()
        type_text(ui.summaryEdit, "Просит провести беседу с сыном")
        _save(dialog)

    context.dialogs.expect(fill)
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    saved = _newest_appeal(demo_session)
    assert saved["applicant_id"] == person["id"] and saved["applicant_name"] is None
    assert _selected(page).applicant.startswith(person["surname"])


def test_extend_refused_past_the_legal_maximum_then_forward_history(qtbot, demo_session):
    received = TODAY - timedelta(days=10)
    registered = register_appeal(
        demo_session,
        summary="Спор о меже",
        channel="in_person",
        applicant_name="Ким Ольга",
        received_at=datetime.combine(received, time(10, 0)),
    )
    context = make_context(demo_session)
    page = show_page(qtbot, AppealsPage(context))
    assert page.show_record("appeal", registered.id)
    latest = add_months(received, 2)  # the Kazakh rule: two calendar months from receipt
    seen: dict[str, str] = {}

    def too_late(dialog: QDialog) -> None:
        assert isinstance(dialog, AppealStepDialog)
        ui = dialog.ui
        assert f"{latest:%d.%m.%Y} at the latest" in ui.ruleLabel.text()
        ui.dateEdit.setFocus()
        qtbot.keyClicks(ui.dateEdit, f"{latest + timedelta(days=1):%d.%m.%Y}")
        seen["date"] = ui.dateMessage.text()
        type_text(ui.textEdit, "Нужна экспертиза землеустроителя")
        ui.authorEdit.setFocus()
        type_text(ui.authorEdit, "Жумабаев А. С., начальник отдела полиции")
        _save(dialog)
        assert dialog.isVisible()  # refused: the dialog stays with what was typed
        ui.dateEdit.clear()
        qtbot.keyClicks(ui.dateEdit, f"{latest:%d.%m.%Y}")
        seen["after"] = ui.dateMessage.text()
        _save(dialog)

    context.dialogs.expect(too_late)
    page.table.setFocus()
    _press(qtbot, page.table, Qt.Key.Key_E)
    assert seen["date"] == (
        f"Refused: the law allows an extension to {latest:%d.%m.%Y} at the latest "
        f"({(latest - received).days} days from receipt)."
    )
    assert seen["after"] == ""
    stored = _appeal(demo_session, registered.id)
    assert stored["status"] == "extended" and stored["extended_to"] == latest.isoformat()
    assert stored["extension_authorised_by"] == "Жумабаев А. С., начальник отдела полиции"
    assert stored["extended_on"] == TODAY.isoformat()
    assert page.fact_labels["deadline"][1].text().startswith(f"{latest:%d.%m.%Y} — ")
    steps = [page.history_model.index(r, 1).data() for r in range(page.history_model.rowCount())]
    assert steps == ["Registered", "Deadline extended"]
    assert page.history_model.index(1, 2).data() == "Нужна экспертиза землеустроителя"
    assert page.history_model.index(1, 3).data() == f"{latest:%d.%m.%Y}"

    def forward(dialog: QDialog) -> None:
        ui = dialog.ui
        assert ui.dateEdit.text() == "16.11.2026"
        ui.textEdit.setFocus()
        type_text(ui.textEdit, "Акимат сельского округа")
        # ten days after receipt: past the three working days the law gives
        assert ui.lateEdit.isVisible()
        _save(dialog)
        assert dialog.isVisible() and ui.lateMessage.text().startswith("The law's limit was")
        ui.lateEdit.setFocus()
        type_text(ui.lateEdit, "ждали ответа акимата о подведомственности")
        _save(dialog)

    context.dialogs.expect(forward)
    _press(qtbot, page.table, Qt.Key.Key_F)
    stored = _appeal(demo_session, registered.id)
    assert stored["status"] == "forwarded"
    assert stored["forwarded_to"] == "Акимат сельского округа"
    assert stored["forwarded_on"] == TODAY.isoformat()
    assert stored["forward_late_reason"] == "ждали ответа акимата о подведомственности"
    assert page.table.currentIndex().siblingAtColumn(6).data() == "Forwarded 16.11.2026"
    assert not page.extend_button.isEnabled() and not page.decide_button.isEnabled()


def test_deciding_and_the_overdue_list(qtbot, qtmodeltester, demo_session):
    late = register_appeal(
        demo_session,
        summary="Жалоба на шум",
        channel="written",
        applicant_name="Ким Ольга",
        received_at=datetime.combine(TODAY - timedelta(days=40), time(10)),
    )
    context = make_context(demo_session)
    page = show_page(qtbot, AppealsPage(context))
    page.state_combo.setCurrentIndex(page.state_combo.findData("overdue"))
    rows = [page.model.index(r, 0).data(ROW_ROLE) for r in range(page.model.rowCount())]
    assert rows and all(r.state == "overdue" for r in rows)
    assert page.show_record("appeal", late.id)
    cell = page.table.currentIndex().siblingAtColumn(6)
    calendar = demo_session.refdata.calendar()
    behind = calendar.working_days_between(
        TODAY, date.fromisoformat(_appeal(demo_session, late.id)["deadline"])
    )
    assert cell.data() == f"Overdue by {-behind} working day(s)"
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.history_model)

    def decide(dialog: QDialog) -> None:
        ui = dialog.ui
        ui.textEdit.setFocus()
        type_text(ui.textEdit, "Проведена беседа с соседями, нарушение устранено")
        _save(dialog)

    context.dialogs.expect(decide)
    page.table.setFocus()
    _press(qtbot, page.table, Qt.Key.Key_D)
    stored = _appeal(demo_session, late.id)
    assert stored["status"] == "decided" and stored["decided_on"] == TODAY.isoformat()
    # no longer overdue: the list of overdue appeals lets it go
    assert page.model.row_of(late.id) == -1
    page.state_combo.setCurrentIndex(page.state_combo.findData("all"))
    assert page.show_record("appeal", late.id)
    cell = page.table.currentIndex().siblingAtColumn(6)
    assert cell.data() == "Decided 16.11.2026"
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#1e7b34"


def test_an_empty_register_says_how_to_begin(qtbot, session):
    page = show_page(qtbot, AppealsPage(make_context(session)))
    assert page.empty_label.isVisible()
    assert page.empty_label.text() == "No appeals yet: press Ctrl+N to register one."
    assert page.count_label.text() == "Appeals: 0"
