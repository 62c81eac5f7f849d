"""From the person's page, without leaving it: a work-log entry about them (they are already
named in it), a check of their register entry, their card printed or saved as PDF through the
Reports page's path; every key is listed in F1."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from inspector_app.gui.people.people_page import PeoplePage
from inspector_app.gui.people.person_log_dialog import PersonLogDialog
from inspector_app.gui.register.register_dialogs import CheckDialog
from inspector_app.gui.reports.print_dialog import PrintDialog
from inspector_app.gui.shell.bus import DataBus
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.shortcuts_dialog import collect_groups
from inspector_app.gui.shell.tasks import TaskRunner
from inspector_app.services.auth import open_worker_session
from inspector_app.services.reports import printing as printing_service
from inspector_app.services.session import open_session_with_key
from tests.conftest import PASSWORD
from tests.gui import work_support
from tests.gui.drive import press
from tests.gui.fakes import FakeDialogs
from tests.gui.list_helpers import settings_folder_fixture  # noqa: F401 - a fixture
from tests.gui.work_support import TODAY, copy_db, type_text

inspector_template = work_support.inspector_template
pytestmark = pytest.mark.usefixtures("settings_folder")
WAIT_MS = 60_000


@pytest.fixture
def page(qtbot: Any, inspector_template: Path, tmp_path: Path) -> Iterator[PeoplePage]:
    session, key = open_session_with_key(
        copy_db(inspector_template, tmp_path / "db"), "admin", PASSWORD, "en"
    )
    session.today_override = TODAY
    context = AppContext(
        session=session,
        dialogs=FakeDialogs(),
        bus=DataBus(),
        lang="en",
        open_worker_session=lambda: open_worker_session(session, key),
    )
    context.tasks = TaskRunner.for_context(context)
    made = PeoplePage(context)
    qtbot.addWidget(made)
    made.resize(1200, 700)
    with qtbot.waitExposed(made):
        made.show()
    with qtbot.waitActive(made):  # shortcuts work in the active window only
        made.activateWindow()
    yield made
    assert context.tasks.wait(WAIT_MS)
    session.close()


def _on_register(page: PeoplePage) -> str:
    found = page.session.store.select(
        "SELECT person_id FROM register_entry WHERE deleted = 0 AND end_date IS NULL"
        " ORDER BY person_id LIMIT 1"
    )
    return str(found[0]["person_id"])


def _dialogs(page: PeoplePage) -> FakeDialogs:
    dialogs = page.context.dialogs
    assert isinstance(dialogs, FakeDialogs)
    return dialogs


def test_a_log_entry_about_the_person_from_their_page(qtbot: Any, page: PeoplePage) -> None:
    person = _on_register(page)
    page.open_person(person)
    view = page.person_view
    name = view.file.details.full_name if view.file else ""
    seen: dict[str, Any] = {}

    def write(dialog: QDialog) -> int:
        assert isinstance(dialog, PersonLogDialog)
        form = dialog.form
        seen["people"] = form.people.ids()
        type_text(form.ui.summaryEdit, "Разговор о ссоре с соседями у колодца")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    _dialogs(page).on_run.append(write)
    press(qtbot, view.timeline, "Ctrl+J")
    assert seen["people"] == [person]
    rows = page.session.store.select(
        "SELECT summary, person_ids FROM log_entry WHERE summary LIKE 'Разговор о ссоре%'"
    )
    assert len(rows) == 1 and person in rows[0]["person_ids"]
    # the page shows it at once, and is still the person's page
    assert page.stack.currentWidget() is view and view.person_id == person
    texts = [view.timeline_model.index(r, 1).data() for r in range(view.timeline_model.rowCount())]
    assert any("Разговор о ссоре с соседями у колодца" in t for t in texts)
    assert name


def test_a_check_from_anywhere_on_the_page(qtbot: Any, page: PeoplePage) -> None:
    person = _on_register(page)
    page.open_person(person)
    view = page.person_view
    before = page.session.store.select("SELECT count(*) AS n FROM register_check")[0]["n"]

    def record(dialog: QDialog) -> int:
        assert isinstance(dialog, CheckDialog)
        dialog.accept()
        return int(dialog.result())

    _dialogs(page).on_run.append(record)
    press(qtbot, view.timeline, "Ctrl+K")  # the focus is not on the register entries
    after = page.session.store.select("SELECT count(*) AS n FROM register_check")[0]["n"]
    assert after == before + 1
    assert page.stack.currentWidget() is view


def test_the_card_is_printed_and_saved_from_the_page(
    qtbot: Any, page: PeoplePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = _on_register(page)
    page.open_person(person)
    view = page.person_view
    name = view.file.details.full_name if view.file else ""
    queued: list[tuple[bytes, str | None, int]] = []

    def fake_queue(path: Path, printer: str | None, copies: int) -> str:
        queued.append((path.read_bytes(), printer, copies))
        return "Hall-3"

    monkeypatch.setattr(printing_service, "send_to_queue", fake_queue)
    monkeypatch.setattr(
        "inspector_app.gui.reports.print_dialog.list_printers", lambda: (["Hall"], "Hall")
    )

    def choose(dialog: QDialog) -> int:
        assert isinstance(dialog, PrintDialog)
        assert name in dialog.what.text()
        dialog.copies_spin.setValue(2)
        dialog.accept()
        return int(dialog.result())

    dialogs = _dialogs(page)
    dialogs.on_run.append(choose)
    press(qtbot, view.timeline, "Ctrl+P")
    qtbot.waitUntil(lambda: bool(queued), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=WAIT_MS)
    assert queued[0][1:] == ("Hall", 2) and queued[0][0].startswith(b"%PDF")
    assert dialogs.shown[-1][:2] == ("inform", "Person card")
    assert dialogs.shown[-1][2].startswith("Sent to Hall: 2 cop")  # copies, in words

    target = tmp_path / "card.pdf"
    dialogs.files.append(target)
    press(qtbot, view.timeline, "Ctrl+Shift+S")
    qtbot.waitUntil(lambda: len(dialogs.shown) >= 3, timeout=WAIT_MS)  # save_file, then done
    assert dialogs.shown[-1][2] == f"Saved to {target.resolve()}"
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert name.split()[0] in text
    assert page.stack.currentWidget() is view


def test_f1_lists_the_person_page_keys(page: PeoplePage) -> None:
    page.open_person(_on_register(page))
    groups = collect_groups([], [], page)
    rows = dict(groups[-1][1])
    assert rows["Add a work log entry about the person"] == "Ctrl+J"
    assert rows["Record a check of the register entry"] == "Ctrl+K"
    assert rows["Print the person card…"] == "Ctrl+P"
    assert rows["Save the person card as PDF…"] == "Ctrl+Shift+S"
