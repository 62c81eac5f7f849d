"""Territory: settlements, streets and households of the precinct (a house without a number by
a landmark and coordinates), and the precinct passport with its objects."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from inspector_app.gui.people.household_dialog import HouseholdDialog
from inspector_app.gui.shell.dialogs import Answer
from inspector_app.gui.territory.precinct_object_dialog import PrecinctObjectDialog
from inspector_app.gui.territory.territory_name_dialog import TerritoryNameDialog
from inspector_app.gui.territory.territory_page import TerritoryPage
from inspector_app.services.session import Session
from tests.gui import work_support
from tests.gui.work_support import (
    make_context,
    show_page,
    type_text,
)

# the shared fixtures of the work pages' tests
demo_session = work_support.demo_session
inspector_template = work_support.inspector_template
chief_session = work_support.chief_session
chief_template = work_support.chief_template


def _save(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox, "buttons").button(
        QDialogButtonBox.StandardButton.Save
    ).click()


def _precinct(session: Session) -> dict:
    return session.store.select("SELECT * FROM precinct WHERE deleted = 0")[0]


def test_settlements_streets_and_households_with_their_counts(qtbot, qtmodeltester, demo_session):
    page = show_page(qtbot, TerritoryPage(make_context(demo_session)))
    assert not page.precinct_combo.isVisible()  # one precinct: nothing to choose
    settlement = page.current_settlement()
    assert settlement is not None
    residents = demo_session.store.scalar(
        "SELECT count(*) FROM person WHERE settlement_id = ? AND deleted = 0"
        " AND merged_into IS NULL",
        [settlement.id],
    )
    households = demo_session.store.scalar(
        "SELECT count(*) FROM household WHERE settlement_id = ? AND deleted = 0", [settlement.id]
    )
    assert (settlement.residents, settlement.households) == (residents, households)
    names = [page.street_model.row(r).name for r in range(page.street_model.rowCount())]
    named = [n for n in names if n]
    assert named == sorted(named, key=lambda n: n.casefold().replace("ё", "е"))
    street = page.current_street()
    assert street is not None
    on_street = demo_session.store.scalar(
        "SELECT count(*) FROM household WHERE street_id = ? AND deleted = 0", [street.id]
    )
    assert page.household_count.text() == f"Households: {on_street}"
    assert page.household_model.rowCount() == on_street
    first = page.household_model.row(0)
    living = demo_session.store.scalar(
        "SELECT count(*) FROM person WHERE household_id = ? AND deleted = 0", [first.id]
    )
    assert first.residents == living
    for model in (page.settlement_model, page.street_model, page.household_model):
        qtmodeltester.check(model)
    for model in (page.passport.settlements_model, page.passport.objects_model):
        qtmodeltester.check(model)


def test_a_house_without_a_number_by_a_landmark_and_coordinates(qtbot, demo_session):
    context = make_context(demo_session)
    page = show_page(qtbot, TerritoryPage(context))
    street = page.current_street()
    seen: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, HouseholdDialog)
        ui = dialog.ui
        assert ui.streetCombo.currentData() == street.id
        _save(dialog)
        seen["address"] = ui.addressMessage.text()
        ui.latitudeEdit.setFocus()
        qtbot.keyClicks(ui.latitudeEdit, "43,2567")
        seen["coordinates"] = ui.coordinatesMessage.text()
        ui.longitudeEdit.setFocus()
        qtbot.keyClicks(ui.longitudeEdit, "76,9512")
        ui.landmarkEdit.setFocus()
        type_text(ui.landmarkEdit, "за школой, у колодца")
        _save(dialog)

    context.dialogs.expect(fill)
    page.household_view.setFocus()
    qtbot.keyClick(page.household_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen["address"] == "Give a house number or, for a house without one, a landmark."
    assert seen["coordinates"].startswith("Give both latitude and longitude")
    saved = demo_session.store.select(
        "SELECT * FROM household WHERE landmark = 'за школой, у колодца'"
    )[0]
    assert saved["street_id"] == street.id and saved["house"] is None
    assert (saved["latitude"], saved["longitude"]) == (43.2567, 76.9512)
    chosen = page.current_household()
    assert chosen is not None and chosen.id == saved["id"]
    assert (
        page.household_model.index(page.household_view.currentIndex().row(), 3).data()
        == "43.25670, 76.95120"
    )

    def change(dialog: QDialog) -> None:
        ui = dialog.ui
        assert ui.landmarkEdit.text() == "за школой, у колодца"
        qtbot.keyClicks(ui.houseEdit, "17")
        _save(dialog)

    context.dialogs.expect(change)
    page.household_view.setFocus()
    qtbot.keyClick(page.household_view, Qt.Key.Key_Return)
    assert demo_session.store.get("household", saved["id"])["house"] == "17"


def test_a_new_street_and_a_new_settlement(qtbot, demo_session):
    context = make_context(demo_session)
    page = show_page(qtbot, TerritoryPage(context))
    settlement = page.current_settlement()

    def street(dialog: QDialog) -> None:
        assert isinstance(dialog, TerritoryNameDialog)
        assert not dialog.ui.codeEdit.isVisible()
        _save(dialog)
        assert dialog.ui.nameMessage.text() == "Type the name."
        type_text(dialog.ui.nameEdit, "ул. Жибек жолы")
        _save(dialog)

    context.dialogs.expect(street)
    page.add_street_button.click()
    added = demo_session.store.select("SELECT * FROM territory WHERE name = 'ул. Жибек жолы'")[0]
    assert added["kind"] == "street" and added["parent_id"] == settlement.id
    assert page.current_street().id == added["id"]

    def village(dialog: QDialog) -> None:
        type_text(dialog.ui.nameEdit, "Жаңаталап")
        qtbot.keyClicks(dialog.ui.codeEdit, "195243100")
        _save(dialog)

    context.dialogs.expect(village)
    page.add_settlement_button.click()
    made = demo_session.store.select(
        "SELECT * FROM territory WHERE code = '195243100' AND kind = 'settlement'"
    )[0]
    assert made["id"] in json.loads(_precinct(demo_session)["settlement_ids"])
    assert page.current_settlement().id == made["id"]
    assert page.household_count.text() == "Choose a settlement and a street to see its households."


def test_the_precinct_passport_and_its_objects(qtbot, demo_session):
    context = make_context(demo_session)
    page = show_page(qtbot, TerritoryPage(context))
    page.tabs.setCurrentWidget(page.passport)
    tab = page.passport
    ui = tab.ui
    residents = demo_session.store.scalar("SELECT count(*) FROM person WHERE deleted = 0")
    assert ui.residentsValue.text() == f"in the database: {residents}"
    ui.addressEdit.setFocus()
    ui.addressEdit.selectAll()  # the demo's point has an address: typed over
    type_text(ui.addressEdit, "с. Егінсу, ул. Абая, 1")
    ui.populationEdit.setValue(320)
    assert page.has_unsaved_input()
    ui.saveButton.click()
    stored = _precinct(demo_session)
    assert stored["post_address"] == "с. Егінсу, ул. Абая, 1" and stored["population"] == 320
    assert not page.has_unsaved_input()

    def school(dialog: QDialog) -> None:
        assert isinstance(dialog, PrecinctObjectDialog)
        dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("school"))
        type_text(dialog.ui.nameEdit, "Средняя школа № 2")
        type_text(dialog.ui.contactEdit, "директор Сейтова А.")
        _save(dialog)

    context.dialogs.expect(school)
    tab.add_button.click()
    objects = demo_session.store.select("SELECT * FROM precinct_object WHERE deleted = 0")
    assert [(o["kind"], o["name"]) for o in objects] == [("school", "Средняя школа № 2")]
    assert tab.objects_model.index(0, 0).data() == "School"
    assert not tab.objects_empty.isVisible()

    tab.objects.selectRow(0)
    context.dialogs.answers.append(Answer.YES)
    tab.remove_button.click()
    assert demo_session.store.scalar("SELECT count(*) FROM precinct_object WHERE deleted = 0") == 0
    assert context.dialogs.messages[-1] == (
        "ask",
        "Remove “Средняя школа № 2” from the precinct passport?",
    )


def test_a_chief_looking_at_one_inspector_sees_their_precinct(qtbot, chief_session):
    context = make_context(chief_session)
    page = show_page(qtbot, TerritoryPage(context))
    assert page.precinct_combo.isVisible() and page.precinct_combo.count() == 3
    last = chief_session.store.select(
        "SELECT id, inspector_id FROM precinct ORDER BY code DESC LIMIT 1"
    )[0]
    context.inspector_filter = last["inspector_id"]
    context.bus.filter_changed.emit(last["inspector_id"])
    assert page.precinct_id() == last["id"]
    assert page.passport.precinct_id == last["id"]
