"""The language switches at once, everywhere: after a live switch every page shows what a
window opened in that language shows (register categories, appeal channels, incident kinds,
the log's kind box and status lines stayed in the old language until restart), and Kyrgyz
dialogs have Kyrgyz buttons (Qt has no Kyrgyz catalog of its own)."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from inspector_app.gui.main_window import MainWindow
from inspector_app.gui.people.person_dialog import PersonDialog
from inspector_app.services.session import open_session_with_key
from tests.conftest import PASSWORD
from tests.gui import work_support
from tests.gui.fakes import FakeDialogs
from tests.gui.screen_texts import screen_texts
from tests.gui.work_support import TODAY, copy_db

inspector_template = work_support.inspector_template
chief_template = work_support.chief_template


def _window(qtbot: Any, template: Path, folder: Path, translators: Any, lang: str) -> MainWindow:
    session, key = open_session_with_key(copy_db(template, folder), "admin", PASSWORD, lang)
    session.today_override = TODAY
    translators.switch(lang)
    window = MainWindow(session, key, translators, FakeDialogs())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _pages(qtbot: Any, window: MainWindow) -> dict[str, list[str]]:
    texts = {}
    for row, entry in enumerate(window.entries):
        window.side_bar.setCurrentRow(row)
        qtbot.waitUntil(lambda e=entry: window.page(e.page_id) is not None)
        page = window.page(entry.page_id)
        assert isinstance(page, QWidget)
        texts[entry.page_id] = screen_texts(page)
    return texts


def _stale(switched: dict[str, list[str]], fresh: dict[str, list[str]]) -> list[str]:
    found = []
    for page, texts in switched.items():
        for line in difflib.unified_diff(fresh[page], texts, lineterm="", n=0):
            if line.startswith("+") and not line.startswith("+++"):
                found.append(f"{page}: {line[1:]}")
    return found


@pytest.mark.parametrize(
    ("role", "first", "then"), [("inspector", "ru", "ky"), ("chief", "ky", "kk")]
)
def test_every_page_speaks_the_new_language_at_once(
    qtbot, request, tmp_path, translators, role, first, then
):
    template = request.getfixturevalue(f"{role}_template")
    window = _window(qtbot, template, tmp_path / "a", translators, first)
    _pages(qtbot, window)  # every page made, in the first language
    window.context.bus.language_requested.emit(then)
    qtbot.waitUntil(lambda: window.context.lang == then)
    switched = _pages(qtbot, window)
    fresh = _pages(qtbot, _window(qtbot, template, tmp_path / "b", translators, then))
    # the two windows' databases lie in two folders, which Settings names
    for texts, folder in ((switched, "a"), (fresh, "b")):
        for page, lines in texts.items():
            texts[page] = [line.replace(str(tmp_path / folder), "<folder>") for line in lines]
    assert _stale(switched, fresh) == []


def test_kyrgyz_dialogs_have_kyrgyz_buttons(qtbot, inspector_template, tmp_path, translators):
    session, _key = open_session_with_key(
        copy_db(inspector_template, tmp_path), "admin", PASSWORD, "ky"
    )
    translators.switch("ky")
    try:
        dialog = PersonDialog(session, "ky")
        qtbot.addWidget(dialog)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        texts = {b.text() for b in buttons.buttons()}
        assert texts == {"Сактоо", "Жокко чыгаруу"}
        box = QMessageBox()
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        assert {b.text() for b in box.buttons()} == {"Сактоо", "Сактабоо", "Жокко чыгаруу"}
    finally:
        session.close()
