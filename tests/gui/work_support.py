"""What the tests of the daily work pages share: demo databases made once per run and copied per
test (with a fixed "today", so due and overdue figures are the same every run), a context for
a page, a dialog service answering as scripted, and typing beyond ASCII."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from inspector_app.gui.shell.bus import DataBus
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.dialogs import Answer, DialogService
from inspector_app.services.demo.fill import DemoRequest, fill_demo
from inspector_app.services.session import Session, open_session
from inspector_app.store.keyfile import key_file_for
from tests.conftest import PASSWORD, make_db

TODAY = date(2026, 11, 16)  # a Monday

# A completion list is a popup, and showing a popup grabs the keyboard, which the offscreen
# platform of the tests cannot do; it says so and goes on. Tests that open one carry this.
popup_grab = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key; unlike qtbot.keyClicks it takes letters beyond ASCII."""
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, letter)
            QApplication.sendEvent(widget, event)


def build_demo(folder: Path, role: str, people: int, precincts: int | None = None) -> Path:
    path = make_db(folder, role=role, name=f"{role}.db")
    session = open_session(path, "admin", PASSWORD, "en")
    try:
        session.today_override = TODAY
        fill_demo(session, DemoRequest(people=people, years=2, seed=5, precincts=precincts))
    finally:
        session.close()
    return path


def copy_db(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / template.name
    shutil.copy(template, target)
    shutil.copy(key_file_for(template), key_file_for(target))
    return target


@pytest.fixture(scope="session")
def inspector_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Kazakh inspector's database with 300 people and two years of work."""
    return build_demo(tmp_path_factory.mktemp("demo-inspector"), "inspector", 300)


@pytest.fixture(scope="session")
def chief_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A district chief's database with three precincts of 150 people each."""
    return build_demo(tmp_path_factory.mktemp("demo-chief"), "chief", 150, precincts=3)


def open_copy(template: Path, folder: Path, lang: str = "en") -> Session:
    session = open_session(copy_db(template, folder), "admin", PASSWORD, lang)
    session.today_override = TODAY
    return session


@pytest.fixture
def demo_session(inspector_template: Path, tmp_path: Path) -> Iterator[Session]:
    session = open_copy(inspector_template, tmp_path / "db")
    try:
        yield session
    finally:
        session.close()


@pytest.fixture
def chief_session(chief_template: Path, tmp_path: Path) -> Iterator[Session]:
    session = open_copy(chief_template, tmp_path / "db")
    try:
        yield session
    finally:
        session.close()


Handler = Callable[[QDialog], None]


class ScriptedDialogs(DialogService):
    """Runs each dialog a page opens through the next scripted handler, which fills it in as
    a user would and presses its buttons; messages are recorded, questions answered."""

    def __init__(self) -> None:
        super().__init__()
        self.handlers: list[Handler] = []
        self.messages: list[tuple[str, str]] = []
        self.answers: list[Answer] = []
        self.dialogs: list[QDialog] = []

    def expect(self, handler: Handler) -> None:
        self.handlers.append(handler)

    def run(self, dialog: QDialog) -> int:
        assert self.handlers, f"no handler scripted for {type(dialog).__name__}"
        handler = self.handlers.pop(0)
        self.dialogs.append(dialog)
        self.guard(dialog)
        self.track(dialog)
        try:
            dialog.show()
            handler(dialog)
            if dialog.isVisible():  # the handler left it open: the user closes it
                dialog.reject()
        finally:
            self.untrack(dialog)
        return dialog.result()

    def inform(self, parent: Any, title: str, text: str) -> None:
        self.messages.append(("inform", text))

    def warn(self, parent: Any, title: str, text: str) -> None:
        self.messages.append(("warn", text))

    def ask(self, parent: Any, title: str, text: str) -> Answer:
        self.messages.append(("ask", text))
        return self.answers.pop(0) if self.answers else Answer.NO

    def ask_save(self, parent: Any, title: str, text: str) -> Answer:
        self.messages.append(("ask_save", text))
        return self.answers.pop(0) if self.answers else Answer.CANCEL


def make_context(session: Session, lang: str = "en") -> AppContext:
    return AppContext(
        session=session,
        dialogs=ScriptedDialogs(),
        bus=DataBus(),
        lang=lang,
        open_worker_session=lambda: session,
    )


def show_page(qtbot: Any, page: QWidget) -> QWidget:
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts of the page need an active window
    return page
