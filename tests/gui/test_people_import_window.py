"""Residents imported in the window: the People page's Import… opens a file, the preview shows
the columns matched (one changed by hand) and the rows that would be rejected with their
reasons, the import runs on the worker, Stop leaves the data as it was, and the summary says
what was added, rejected and already there."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from inspector_app.gui.people.import_dialog import ImportDialog
from inspector_app.gui.people.people_page import PeoplePage
from inspector_app.gui.shell.bus import DataBus
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.tasks import TaskRunner
from inspector_app.services.auth import open_worker_session
from inspector_app.services.people import add_person
from inspector_app.services.session import Session, open_session_with_key
from tests.conftest import PASSWORD, make_db
from tests.gui.fakes import FakeDialogs
from tests.gui.list_helpers import settings_folder_fixture  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("settings_folder")

FILE = (
    "Фамилия;Имя;Дата рождения;Туылған жері\n"
    "Ахметов;Бауыржан;01.02.1980;Алматы\n"
    "Сериков;Арман;31.02.1990;Тараз\n"
    "Омарова;Айгуль;05.06.1975;Шымкент\n"
    "Омарова;Айгуль;05.06.1975;Шымкент\n"
)


@pytest.fixture
def context(tmp_path: Path, qapp: Any) -> Iterator[AppContext]:
    session, key = open_session_with_key(make_db(tmp_path), "admin", PASSWORD, "en")
    dialogs = FakeDialogs()
    made = AppContext(
        session=session,
        dialogs=dialogs,
        bus=DataBus(),
        lang="en",
        open_worker_session=lambda: open_worker_session(session, key),
    )
    made.tasks = TaskRunner.for_context(made)
    made.tasks.show_after_ms = 0
    yield made
    assert made.tasks.wait(20_000)
    session.close()


def _people(session: Session) -> int:
    return int(session.store.select("SELECT count(*) AS n FROM person")[0]["n"])


def _file(tmp_path: Path, text: str = FILE) -> Path:
    path = tmp_path / "people.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _result_column(dialog: ImportDialog) -> list[str]:
    return [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]


def test_the_preview_shows_matches_and_rejected_rows_then_imports(
    qtbot: Any, context: AppContext, tmp_path: Path
) -> None:
    session = context.session
    add_person(session, {"surname": "Ахметов", "name": "Бауыржан", "birth_date": "01.02.1980"})
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitExposed(page):
        page.show()
    with qtbot.waitActive(page):  # shortcuts work in the active window only
        page.activateWindow()
    dialogs = context.dialogs
    assert isinstance(dialogs, FakeDialogs)
    dialogs.files.append(_file(tmp_path))
    seen: dict[str, Any] = {}

    def drive(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportDialog)
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
        # the file's names matched; an unknown one is left out, until matched by hand
        assert [c.currentData() for c in dialog.combos] == ["surname", "name", "birth_date", None]
        assert dialog.columns_form.labelForField(dialog.combos[3]).text() == "Туылған жері"
        results = _result_column(dialog)
        assert results[0].startswith("Rejected: ") and "already" in results[0].lower()
        assert results[1].startswith("Rejected: ")
        assert results[2] == "Will be added"
        assert results[3] == "Rejected: the same person as on line 4"
        seen["status"] = dialog.status.text()
        # the unknown column matched to the address: checked again with it
        dialog.combos[3].setFocus()
        dialog.combos[3].setCurrentIndex(dialog.combos[3].findData("address"))
        qtbot.waitUntil(lambda: dialog.table.columnCount() == 6, timeout=20_000)
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
        dialog.only_rejected.click()
        assert [dialog.table.isRowHidden(r) for r in range(4)] == [False, False, True, False]
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.imported is not None, timeout=20_000)
        seen["summary"] = dialog.status.text()
        seen["reasons"] = _result_column(dialog)
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    dialogs.on_run.append(drive)
    page.setFocus()
    qtbot.keyClick(page.search_box, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert not dialogs.on_run, "Ctrl+I did not open the dialog"
    assert seen["status"] == "Rows in the file: 4. Would be rejected: 3."
    assert seen["summary"] == (
        "Added: 1. Rejected: 3. Of them already in the database or earlier in the file: 2."
    )
    assert len(seen["reasons"]) == 3
    assert _people(session) == 2
    address = session.store.select("SELECT address FROM person WHERE surname = 'Омарова'")
    assert address[0]["address"] == "Шымкент"


def test_stop_leaves_the_data_as_it_was(qtbot: Any, context: AppContext, tmp_path: Path) -> None:
    session = context.session
    rows = "".join(f"Жанов{i};Ерлан;01.01.1990\n" for i in range(2500))
    path = _file(tmp_path, "Фамилия;Имя;Дата рождения\n" + rows)
    dialog = ImportDialog(context, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=30_000)
    assert dialog.preview is not None and dialog.preview.total == 2500
    runner = context.tasks
    assert runner is not None
    # the one worker is held, so Stop is pressed before the import has read a row
    gate = threading.Event()
    runner.start(lambda _work: gate.wait(30), title="hold", show_progress=False)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialogs = context.dialogs
    assert isinstance(dialogs, FakeDialogs)

    def importing() -> list[Any]:
        return [v for v in dialogs.progress_views if v.title == "Importing residents"]

    qtbot.waitUntil(lambda: bool(importing()), timeout=10_000)
    importing()[0].canceled.emit()  # Stop
    gate.set()
    qtbot.waitUntil(
        lambda: dialog.status.text() == "The import was stopped; nothing was changed.",
        timeout=30_000,
    )
    assert dialog.imported is None
    assert _people(session) == 0
    assert dialog.import_button.isEnabled()  # it can be started again


def test_a_file_that_cannot_be_read_is_said_in_words(
    qtbot: Any, context: AppContext, tmp_path: Path
) -> None:
    path = _file(tmp_path, "Имя;Отчество\nАйгуль;Ивановна\n")
    dialog = ImportDialog(context, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.combos), timeout=20_000)
    assert dialog.status.text() == "The file has no header row with a surname column."
    assert not dialog.import_button.isEnabled()
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("surname"))
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)


def test_import_is_not_offered_to_hq(qtbot: Any, tmp_path: Path, qapp: Any) -> None:
    path = make_db(tmp_path, role="hq")
    session, _key = open_session_with_key(path, "admin", PASSWORD, "en")
    try:
        context = AppContext(
            session=session,
            dialogs=FakeDialogs(),
            bus=DataBus(),
            lang="en",
            open_worker_session=lambda: pytest.fail("no import"),
        )
        page = PeoplePage(context)
        qtbot.addWidget(page)
        # HQ looks at lists; residents are imported by the precinct's staff (as on the CLI)
        assert not session.can("people.import")
        assert not page.import_button.isEnabled()
        page.import_people()  # the key does nothing either
        assert context.dialogs.shown == []  # type: ignore[attr-defined]
    finally:
        session.close()
