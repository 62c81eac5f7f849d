"""The history of any record in the window: opened with Ctrl+H from the person's page and from
the lists, every earlier value with who set it; a value set back is a new change, and a field the
rules keep (an appeal's status moves only by its steps) is refused in words, nothing changed; a
role that may not edit is not offered the button."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from inspector_app.gui.people.people_page import PeoplePage
from inspector_app.gui.register.register_page import RegisterPage
from inspector_app.gui.shared.record_history_dialog import RecordHistoryDialog
from inspector_app.gui.shell.bus import DataBus
from inspector_app.gui.shell.context import AppContext
from inspector_app.services.people import set_person
from inspector_app.services.session import Session
from tests.gui import work_support
from tests.gui.drive import press
from tests.gui.fakes import FakeDialogs
from tests.gui.list_helpers import settings_folder_fixture  # noqa: F401 - a fixture

inspector_template = work_support.inspector_template
demo_session = work_support.demo_session
pytestmark = pytest.mark.usefixtures("settings_folder")


def _context(session: Session) -> AppContext:
    return AppContext(
        session=session,
        dialogs=FakeDialogs(),
        bus=DataBus(),
        lang="en",
        open_worker_session=lambda: pytest.fail("no worker here"),
    )


def _shown(qtbot: Any, widget: Any) -> Any:
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    with qtbot.waitExposed(widget):
        widget.show()
    with qtbot.waitActive(widget):  # shortcuts work in the active window only
        widget.activateWindow()
    return widget


def _row(dialog: RecordHistoryDialog, field: str, value: str) -> int:
    table = dialog.table
    for row in range(table.rowCount()):
        if table.item(row, 1).text() == field and table.item(row, 2).text() == value:
            return row
    raise AssertionError(f"no row {field} = {value}")


@pytest.fixture
def person(demo_session: Session) -> Iterator[str]:
    found = demo_session.store.select(
        "SELECT id, surname FROM person WHERE deleted = 0 ORDER BY id LIMIT 1"
    )[0]
    set_person(demo_session, found["id"], {"surname": found["surname"] + "ова"})
    yield str(found["id"])


def test_a_surname_is_set_back_from_the_persons_page(
    qtbot: Any, demo_session: Session, person: str
) -> None:
    old = demo_session.store.get("person", person)
    assert old is not None
    typed_wrong = str(old["surname"])
    first = typed_wrong[: -len("ова")]
    page = _shown(qtbot, PeoplePage(_context(demo_session)))
    page.open_person(person)
    view = page.person_view
    seen: dict[str, Any] = {}

    def set_back(dialog: QDialog) -> int:
        assert isinstance(dialog, RecordHistoryDialog)
        assert dialog.windowTitle() == "History of the person's record"
        assert not dialog.set_back_button.isHidden()  # an inspector may edit people
        now = _row(dialog, "Surname", typed_wrong)
        dialog.table.selectRow(now)
        assert not dialog.set_back_button.isEnabled()  # the value it has now
        dialog.table.selectRow(_row(dialog, "Surname", first))
        qtbot.mouseClick(dialog.set_back_button, Qt.MouseButton.LeftButton)
        seen["message"] = dialog.message.text()
        seen["rows"] = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
        dialog.reject()
        return int(dialog.result())

    dialogs = page.context.dialogs
    assert isinstance(dialogs, FakeDialogs)
    dialogs.on_run.append(set_back)
    press(qtbot, view.timeline, "Ctrl+H")
    assert seen["message"] == "The value is set back; the history keeps the one before."
    assert seen["rows"].count(first) == 2 and typed_wrong in seen["rows"]
    stored = demo_session.store.get("person", person)
    assert stored is not None and stored["surname"] == first
    assert view.heading.text().startswith(first + " ")  # the page shows it at once


def test_an_appeals_status_is_refused_in_words(qtbot: Any, demo_session: Session) -> None:
    from inspector_app.services.appeals import take_appeal

    appeal = demo_session.store.select(
        "SELECT id FROM appeal WHERE deleted = 0 AND status = 'registered' LIMIT 1"
    )[0]
    take_appeal(demo_session, appeal["id"])  # its status moves by a step
    dialog = RecordHistoryDialog(demo_session, "en", "appeal", appeal["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.selectRow(_row(dialog, "Status", "Registered"))
    assert dialog.set_back_button.isEnabled()
    qtbot.mouseClick(dialog.set_back_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith(
        "These fields of a registered appeal cannot be corrected: status."
    )
    assert not dialog.changed
    stored = demo_session.store.get("appeal", appeal["id"])
    assert stored is not None and stored["status"] == "in_progress"


def test_a_role_that_may_not_edit_is_not_offered_set_back(
    qtbot: Any, demo_session: Session, person: str
) -> None:
    demo_session.user = {**demo_session.user, "role": "hq"}
    dialog = RecordHistoryDialog(demo_session, "en", "person", person)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() > 0  # the history is read all the same
    assert not dialog.set_back_button.isVisible()


def test_ctrl_h_on_the_register_opens_the_selected_entrys_history(
    qtbot: Any, demo_session: Session
) -> None:
    page = _shown(qtbot, RegisterPage(_context(demo_session)))
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.selectRow(0)
    entry = page.selected_entry()
    assert entry is not None
    seen: list[tuple[str, str, int]] = []

    def look(dialog: QDialog) -> int:
        assert isinstance(dialog, RecordHistoryDialog)
        seen.append((dialog.entity, dialog.record_id, dialog.table.rowCount()))
        return int(QDialog.DialogCode.Rejected)

    dialogs = page.context.dialogs
    assert isinstance(dialogs, FakeDialogs)
    dialogs.on_run.append(look)
    page.table.setFocus()
    press(qtbot, page.table, "Ctrl+H")
    assert seen and seen[0][:2] == ("register_entry", entry.id) and seen[0][2] > 0
    assert page.history_action.action in page.table.actions()  # on right click too
