"""Every page and dialog fits a 1366 × 768 laptop at 100 % and a 1920 × 1080 one at 150 %
(1280 × 720 logical pixels), less the task bar, in Russian, Kazakh and Kyrgyz: nothing runs off
the edge, no column title or label is cut."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from inspector_app.gui.appeals.appeal_register_dialog import AppealRegisterDialog
from inspector_app.gui.district.district_page import DistrictPage
from inspector_app.gui.incidents.incident_dialog import IncidentDialog
from inspector_app.gui.log.log_cancel_dialog import LogCancelDialog
from inspector_app.gui.log.log_page import LogPage
from inspector_app.gui.main_window import MainWindow
from inspector_app.gui.notices.notice_dialog import NoticeDialog
from inspector_app.gui.notices.task_dialog import TaskDialog
from inspector_app.gui.partnership.partnership_dialogs import (
    AnswerDialog,
    MeetingDialog,
    ProposalDialog,
)
from inspector_app.gui.people.person_dialog import PersonDialog
from inspector_app.gui.people.person_log_dialog import PersonLogDialog
from inspector_app.gui.register.register_dialogs import CheckDialog, EndEntryDialog, EntryDialog
from inspector_app.gui.settings.user_dialogs import AddUserDialog, ChangePasswordDialog
from inspector_app.gui.shared.history_dialog import HistoryDialog
from inspector_app.gui.shared.record_history_dialog import RecordHistoryDialog
from inspector_app.gui.start.first_run_wizard import FirstRunWizard
from inspector_app.gui.start.login_window import LoginWindow
from inspector_app.gui.territory.precinct_object_dialog import PrecinctObjectDialog
from inspector_app.services.partnership import list_proposals
from inspector_app.services.session import Session, open_session_with_key
from tests.conftest import PASSWORD
from tests.gui import work_support
from tests.gui.fakes import FakeDialogs
from tests.gui.fit import SCREENS, problems
from tests.gui.work_support import TODAY, copy_db

inspector_template = work_support.inspector_template
chief_template = work_support.chief_template
LANGS = ["ru", "kk", "ky"]
# set to a folder to keep a picture of every page and dialog at every size, to look at
SHOTS = os.environ.get("INSPECTOR_SHOTS")


def _keep(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _window(qtbot: Any, template: Path, folder: Path, translators: Any, lang: str) -> MainWindow:
    session, key = open_session_with_key(copy_db(template, folder), "admin", PASSWORD, lang)
    session.today_override = TODAY
    translators.switch(lang)
    window = MainWindow(session, key, translators, FakeDialogs())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _walk_pages(qtbot: Any, window: MainWindow, lang: str) -> list[str]:
    found = []
    for name, size in SCREENS.items():
        window.resize(size)
        for row, entry in enumerate(window.entries):
            window.side_bar.setCurrentRow(row)
            qtbot.waitUntil(lambda e=entry: window.page(e.page_id) is not None)
            found += [f"{name} {entry.page_id}: {p}" for p in problems(window, size)]
            _keep(window, f"{window.session.role}-{lang}-{name}-{row:02d}-{entry.page_id}")
            if entry.page_id == "log":  # an entry opened to correct it: a wider form
                page = window.page("log")
                assert isinstance(page, LogPage)
                qtbot.waitUntil(lambda p=page: p.model.rowCount() > 0)
                page.table.selectRow(0)
                page.open_entry()
                found += [f"{name} log entry: {p}" for p in problems(window, size)]
                _keep(window, f"{window.session.role}-{lang}-{name}-{row:02d}-log-entry")
                page.form.clear()
            if entry.page_id == "district":  # the charts, each one, and as a table
                found += _walk_charts(qtbot, window, name, size, lang)
    return found


def _walk_charts(qtbot: Any, window: MainWindow, name: str, size: QSize, lang: str) -> list[str]:
    page = window.page("district")
    assert isinstance(page, DistrictPage)
    page.ui.districtTabs.setCurrentWidget(page.ui.boardTab)
    qtbot.waitUntil(lambda: page.board.shown is not None)
    found = []
    for number in range(page.ui.chartCombo.count()):
        page.ui.chartCombo.setCurrentIndex(number)
        for as_table in (False, True):
            page.ui.asTable.setChecked(as_table)
            found += [f"{name} chart {number} {as_table}: {p}" for p in problems(window, size)]
            _keep(window, f"chief-{lang}-{name}-chart-{number}{'-table' if as_table else ''}")
    page.ui.asTable.setChecked(False)
    page.ui.districtTabs.setCurrentWidget(page.ui.listTab)
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_of_an_inspector_fits(qtbot, inspector_template, tmp_path, translators, lang):
    window = _window(qtbot, inspector_template, tmp_path, translators, lang)
    assert _walk_pages(qtbot, window, lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_of_a_chief_fits(qtbot, chief_template, tmp_path, translators, lang):
    window = _window(qtbot, chief_template, tmp_path, translators, lang)
    assert _walk_pages(qtbot, window, lang) == []


def _first(session: Session, sql: str) -> dict[str, Any]:
    return session.store.select(sql)[0]


def _dialogs(session: Session, lang: str) -> dict[str, Callable[[], QWidget]]:
    person = _first(session, "SELECT id FROM person WHERE deleted = 0 LIMIT 1")["id"]
    entry = _first(session, "SELECT id FROM register_entry WHERE deleted = 0 LIMIT 1")["id"]
    precinct = _first(session, "SELECT id FROM precinct WHERE deleted = 0 LIMIT 1")["id"]
    log = _first(session, "SELECT id FROM log_entry WHERE deleted = 0 LIMIT 1")["id"]
    appeal = _first(session, "SELECT id FROM appeal WHERE deleted = 0 LIMIT 1")["id"]
    proposal = list_proposals(session)[0]
    return {
        "sign-in": lambda: LoginWindow(session.store.path, lang, "admin"),
        "first-run wizard": lambda: FirstRunWizard(session.store.path.with_name("new.db"), lang),
        "log history": lambda: HistoryDialog(session, lang, log),
        "person history": lambda: RecordHistoryDialog(session, lang, "person", person),
        "register entry history": lambda: RecordHistoryDialog(
            session, lang, "register_entry", entry
        ),
        "appeal history": lambda: RecordHistoryDialog(session, lang, "appeal", appeal),
        "log cancel": lambda: LogCancelDialog(session, lang, log, "16.11.2026 10:00 Обход"),
        "new person": lambda: PersonDialog(session, lang),
        "person log entry": lambda: PersonLogDialog(
            session, lang, person, "Әлімжанов Ербол Жарасович"
        ),
        "person": lambda: PersonDialog(session, lang, person),
        "incident": lambda: IncidentDialog(session, lang),
        "appeal": lambda: AppealRegisterDialog(session, lang),
        "check": lambda: CheckDialog(session, lang, entry, "Әлімжанов Ербол Жарасович"),
        "end entry": lambda: EndEntryDialog(session, lang, entry, "Әлімжанов Ербол Жарасович"),
        "new entry": lambda: EntryDialog(session, lang, person_id=person, person_name="Ә Е"),
        "notice": lambda: NoticeDialog(session, lang),
        "task": lambda: TaskDialog(session, lang),
        "meeting": lambda: MeetingDialog(session, lang),
        "proposal": lambda: ProposalDialog(session, lang),
        "proposal answer": lambda: AnswerDialog(session, lang, proposal),
        "precinct object": lambda: PrecinctObjectDialog(session, lang, precinct),
        "add user": lambda: AddUserDialog(lambda *_a: None, lang, ["inspector", "chief"]),
        "password": lambda: ChangePasswordDialog(lambda *_a: None, lang),
    }


@pytest.mark.parametrize("lang", LANGS)
def test_every_dialog_fits(qtbot, inspector_template, tmp_path, translators, lang):
    session, _key = open_session_with_key(
        copy_db(inspector_template, tmp_path), "admin", PASSWORD, lang
    )
    session.today_override = TODAY
    translators.switch(lang)
    found = []
    try:
        for title, make in _dialogs(session, lang).items():
            dialog = make()
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            for name, size in SCREENS.items():
                # a dialog opens at the size it asks for, no larger than the screen
                dialog.resize(dialog.sizeHint().boundedTo(size))
                found += [f"{name} {title}: {p}" for p in problems(dialog, size)]
                _keep(dialog, f"dialog-{lang}-{name}-{title.replace(' ', '-')}")
            dialog.close()
    finally:
        session.close()
    assert found == []


def test_the_check_finds_a_cut_title(qtbot) -> None:
    """The check itself: a list too narrow for its titles is reported."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Населённый пункт", "Домохозяйства"])
    view.setModel(model)
    view.horizontalHeader().resizeSection(0, 40)
    qtbot.addWidget(view)
    view.resize(QSize(400, 200))
    view.show()
    assert any("Населённый пункт" in p for p in problems(view, QSize(400, 200)))
    assert any("is 400×200" in p for p in problems(view, QSize(300, 200)))


# --- dialogs that fill themselves on the worker ----------------------------------------------

IMPORT_FILE = (
    "Фамилия;Имя;Отчество;Дата рождения;Туылған жері;Телефон\n"
    "Әлімжанова;Бибігүл;Нұрсұлтанқызы;31.02.1990;Қарабұлақ ауылы;+7 701 123 4567\n"
    "Сериков;Арман;Ерланович;05.06.1975;Қарабұлақ ауылы, Абай көшесі, 12;\n"
)


def _worker_context(session: Session, key: bytes) -> Any:
    from inspector_app.gui.shell.bus import DataBus
    from inspector_app.gui.shell.context import AppContext
    from inspector_app.gui.shell.tasks import TaskRunner
    from inspector_app.services.auth import open_worker_session

    context = AppContext(
        session=session,
        dialogs=FakeDialogs(),
        bus=DataBus(),
        lang=session.lang,
        open_worker_session=lambda: open_worker_session(session, key),
    )
    context.tasks = TaskRunner.for_context(context)
    return context


@pytest.mark.parametrize("lang", LANGS)
def test_the_import_dialog_fits(qtbot, inspector_template, tmp_path, translators, lang):
    from inspector_app.gui.people.import_dialog import ImportDialog

    session, key = open_session_with_key(
        copy_db(inspector_template, tmp_path), "admin", PASSWORD, lang
    )
    translators.switch(lang)
    context = _worker_context(session, key)
    path = tmp_path / "жители.csv"
    path.write_text(IMPORT_FILE, encoding="utf-8")
    found = []
    try:
        dialog = ImportDialog(context, path)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=30_000)
        for name, size in SCREENS.items():
            dialog.resize(dialog.sizeHint().boundedTo(size))
            found += [f"{name} import: {p}" for p in problems(dialog, size)]
            _keep(dialog, f"dialog-{lang}-{name}-import")
        dialog.close()
    finally:
        assert context.tasks.wait(20_000)
        session.close()
    assert found == []
