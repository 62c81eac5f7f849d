"""Incident notes as an inspector writes them: kind, place, the register number, what happened,
the measures and the people with their roles; changed later; listed by kind."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from inspector_app.gui.incidents.incident_dialog import IncidentDialog
from inspector_app.gui.incidents.incidents_page import IncidentsPage
from inspector_app.gui.shared.lazy_table_model import ROW_ROLE
from inspector_app.services.session import Session, open_session
from tests.conftest import PASSWORD, make_db
from tests.gui import work_support
from tests.gui.work_support import (
    make_context,
    popup_grab,
    show_page,
    type_text,
)

# the shared fixtures of the work pages' tests
demo_session = work_support.demo_session
inspector_template = work_support.inspector_template


def _save(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox, "buttons").button(
        QDialogButtonBox.StandardButton.Save
    ).click()


def _pick(qtbot, dialog: IncidentDialog, number: str, role: str) -> None:
    ui = dialog.ui
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(role))
    ui.peopleSearch.setFocus()
    qtbot.keyClicks(ui.peopleSearch, number)
    popup = dialog.search.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.peopleSearch.text() == "")


def _people(session: Session, count: int) -> list[dict]:
    return session.store.select(
        "SELECT id, surname, id_number FROM person WHERE deleted = 0 AND id_number IS NOT NULL"
        " ORDER BY id LIMIT ?",
        [count],
    )


def _links(session: Session, incident_id: str) -> set[tuple[str, str]]:
    return {
        (r["person_id"], r["role"])
        for r in session.store.select(
            "SELECT person_id, role FROM incident_person WHERE incident_id = ? AND deleted = 0",
            [incident_id],
        )
    }


@popup_grab
def test_writing_an_incident_then_changing_its_people(qtbot, demo_session):
    victim, suspect, witness = _people(demo_session, 3)
    context = make_context(demo_session)
    page = show_page(qtbot, IncidentsPage(context))
    assert page.table.horizontalHeader().model().headerData(5, Qt.Orientation.Horizontal) == (
        "KUI/ERDR"
    )

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, IncidentDialog)
        ui = dialog.ui
        assert ui.externalLabel.text() == "KUI/ERDR number"
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("livestock_theft"))
        ui.placeEdit.setFocus()
        type_text(ui.placeEdit, "с. Егінсу, пастбище у реки")
        ui.registerCombo.setCurrentIndex(ui.registerCombo.findData("erdr"))
        assert ui.externalEdit.placeholderText() == "261500031000123"  # the form to type
        ui.externalEdit.setFocus()
        qtbot.keyClicks(ui.externalEdit, "261900031000123")
        ui.outcomeCombo.setCurrentIndex(ui.outcomeCombo.findData("criminal_case"))
        ui.summaryEdit.setFocus()
        type_text(ui.summaryEdit, "Пропали две коровы с пастбища")
        ui.measuresEdit.setFocus()
        type_text(ui.measuresEdit, "Осмотрено место, опрошены пастухи")
        _pick(qtbot, dialog, victim["id_number"], "victim")
        _pick(qtbot, dialog, suspect["id_number"], "suspect")
        assert ui.peopleList.count() == 2
        assert ui.peopleList.item(1).text().endswith("— Suspect")
        _save(dialog)

    context.dialogs.expect(fill)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    saved = demo_session.store.select(
        "SELECT * FROM incident WHERE deleted = 0 ORDER BY created_version DESC LIMIT 1"
    )[0]
    assert saved["kind"] == "livestock_theft"
    assert saved["place"] == "с. Егінсу, пастбище у реки"
    assert saved["external_number"] == "261900031000123"
    assert (saved["register"], saved["outcome"]) == ("erdr", "criminal_case")
    assert saved["summary"] == "Пропали две коровы с пастбища"
    assert saved["number"].startswith("12-05-26-")
    assert _links(demo_session, saved["id"]) == {
        (victim["id"], "victim"),
        (suspect["id"], "suspect"),
    }
    row = page.current()
    assert row is not None and row.id == saved["id"]
    assert page.message.text() == f"Incident {saved['number']} is written."
    assert "— Victim" in page.detail.text() and "Пропали две коровы" in page.detail.text()

    def change(dialog: QDialog) -> None:
        ui = dialog.ui
        assert ui.summaryEdit.toPlainText() == "Пропали две коровы с пастбища"
        assert ui.peopleList.count() == 2
        ui.peopleList.setCurrentRow(1)
        ui.removePersonButton.click()
        _pick(qtbot, dialog, witness["id_number"], "witness")
        _save(dialog)

    context.dialogs.expect(change)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert _links(demo_session, saved["id"]) == {
        (victim["id"], "victim"),
        (witness["id"], "witness"),
    }
    tombstoned = demo_session.store.select(
        "SELECT role FROM incident_person WHERE incident_id = ? AND deleted = 1", [saved["id"]]
    )
    assert [r["role"] for r in tombstoned] == ["suspect"]


def test_a_date_in_the_future_and_no_summary_are_refused(qtbot, demo_session):
    context = make_context(demo_session)
    page = show_page(qtbot, IncidentsPage(context))
    before = demo_session.store.count("incident")
    seen: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        ui = dialog.ui
        ui.dateEdit.selectAll()
        qtbot.keyClicks(ui.dateEdit, "17.11.2026")
        seen["date"] = ui.dateMessage.text()
        _save(dialog)
        seen["summary"] = ui.summaryMessage.text()
        assert dialog.isVisible()

    context.dialogs.expect(fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert seen == {"date": "The date is later than 16.11.2026.", "summary": "Say what happened."}
    assert demo_session.store.count("incident") == before


def test_the_list_by_kind(qtbot, qtmodeltester, demo_session):
    page = show_page(qtbot, IncidentsPage(make_context(demo_session)))
    total = demo_session.store.count("incident")
    assert page.count_label.text() == f"Incidents: {total}"
    thefts = demo_session.store.scalar(
        "SELECT count(*) FROM incident WHERE deleted = 0 AND kind = 'theft'"
    )
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("theft"))
    assert page.count_label.text() == f"Incidents: {thefts}"
    kinds = {page.model.index(r, 0).data(ROW_ROLE).kind for r in range(page.model.rowCount())}
    assert kinds == {"theft"}
    qtmodeltester.check(page.model)


def test_in_kyrgyzstan_the_number_is_of_the_kup_or_erpp(qtbot, tmp_path: Path):
    session = open_session(make_db(tmp_path, country="KG"), "admin", PASSWORD, "en")
    try:
        context = make_context(session)
        page = show_page(qtbot, IncidentsPage(context))
        header = page.model.headerData(5, Qt.Orientation.Horizontal)
        assert header == "KUP/ERPP"
        assert page.empty_label.text() == (
            "No incidents here. To write an incident note, press Ctrl+N."
        )
        seen: dict[str, str] = {}

        def look(dialog: QDialog) -> None:
            seen["label"] = dialog.ui.externalLabel.text()
            dialog.reject()

        context.dialogs.expect(look)
        page.new_incident()
        assert seen["label"] == "KUP/ERPP number"
        page.close()
    finally:
        session.close()


@popup_grab
def test_a_number_not_in_its_registers_form_is_refused_in_words(qtbot, demo_session):
    context = make_context(demo_session)
    page = show_page(qtbot, IncidentsPage(context))
    header = page.table.horizontalHeader().model()
    shown = [
        header.headerData(c, Qt.Orientation.Horizontal)
        for c in range(page.model.columnCount())
        if not page.table.isColumnHidden(c)
    ]
    assert shown[-2:] == ["KUI/ERDR", "Outcome"]  # the inspector's own name is not shown
    before = demo_session.store.select("SELECT count(*) AS n FROM incident")[0]["n"]

    def fill(dialog: QDialog) -> None:
        ui = dialog.ui
        ui.registerCombo.setCurrentIndex(ui.registerCombo.findData("erdr"))
        ui.externalEdit.setFocus()
        qtbot.keyClicks(ui.externalEdit, "12-34")
        ui.summaryEdit.setFocus()
        type_text(ui.summaryEdit, "Кража велосипеда")
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(ui.formMessage.isVisible)
        assert ui.formMessage.text() == (
            "12-34 is not a number of the register "
            "ERDR (pre-trial investigations register): it looks like 261500031000123."
        )
        dialog.reject()

    context.dialogs.expect(fill)
    page.new_incident()
    assert demo_session.store.select("SELECT count(*) AS n FROM incident")[0]["n"] == before
