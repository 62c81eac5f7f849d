"""What the tests of the People and Register pages share: a demo database made once and copied
for each test, a page context with scripted dialogs, typing beyond ASCII, QSettings in a
temporary folder.

A test module imports the fixtures it uses (their functions end in `_fixture`; pytest knows
them by the name without it)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from inspector_app.gui.shell.bus import DataBus
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.dialogs import DialogService
from inspector_app.services.demo.fill import DemoRequest, fill_demo
from inspector_app.services.session import Session, open_session
from tests.conftest import PASSWORD, make_db

DEMO_PEOPLE = 400


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key; unlike qtbot.keyClicks it takes letters beyond ASCII."""
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, letter)
            QApplication.sendEvent(widget, event)


class ScriptedDialogs(DialogService):
    """Dialogs answered by the test: each `run` hands the shown dialog to the next step of
    the script, which types and clicks in it as a user would. A step that leaves the dialog
    open fails the test (a real user would be stuck)."""

    def __init__(self) -> None:
        super().__init__()
        self.script: list[Callable[[Any], None]] = []
        self.seen: list[QDialog] = []
        self.messages: list[tuple[str, str]] = []

    def run(self, dialog: QDialog) -> int:
        assert self.script, f"a dialog opened that the test did not expect: {dialog!r}"
        step = self.script.pop(0)
        self.seen.append(dialog)
        # shown and active as the real service shows it, so keys go to the dialog
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        for _ in range(50):
            QApplication.processEvents()
            if dialog.isActiveWindow():
                break
        assert dialog.isActiveWindow(), "the dialog did not become the active window"
        try:
            step(dialog)
        finally:
            still_open = dialog.isVisible()
            if still_open:
                dialog.reject()
        assert not still_open, "the dialog stayed open after the test's step"
        return dialog.result()

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append((title, text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append((title, text))


@pytest.fixture(scope="module", name="demo_db")
def demo_db_fixture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo precinct (Kazakhstan) made once per test module."""
    folder = tmp_path_factory.mktemp("demo")
    path = make_db(folder)
    session = open_session(path, "admin", PASSWORD)
    try:
        fill_demo(session, DemoRequest(people=DEMO_PEOPLE, years=3, seed=11))
    finally:
        session.close()
    return path


@pytest.fixture(name="demo_session")
def demo_session_fixture(demo_db: Path, tmp_path: Path) -> Iterator[Session]:
    """A copy of the demo database for one test, signed in (English messages)."""
    path = tmp_path / demo_db.name
    shutil.copy(demo_db, path)
    shutil.copy(demo_db.with_name(demo_db.name + ".keys"), tmp_path)
    session = open_session(path, "admin", PASSWORD, "en")
    try:
        yield session
    finally:
        session.close()


@pytest.fixture(name="settings_folder")
def settings_folder_fixture(tmp_path: Path) -> Iterator[Path]:
    """QSettings of this test in its own folder: column widths and sorts start afresh."""
    folder = tmp_path / "settings"
    folder.mkdir()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    yield folder
    QSettings().clear()


def make_context(session: Session, dialogs: DialogService | None = None) -> AppContext:
    return AppContext(
        session=session,
        dialogs=dialogs or ScriptedDialogs(),
        bus=DataBus(),
        lang=session.lang,
        open_worker_session=lambda: pytest.fail("no worker session in these tests"),
    )
