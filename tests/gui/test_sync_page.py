"""The sync page says in plain words what sync will do once it arrives, and offers no button
that does nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton

from inspector_app.gui.pages.sync_page import SyncPage
from tests.conftest import make_db
from tests.gui.drive import open_main_window


@pytest.mark.parametrize(
    ("role", "words"),
    [
        ("inspector", "USB stick"),
        ("chief", "inspectors' packages"),
        ("hq", "unaltered"),
    ],
)
def test_the_sync_page_says_what_sync_will_do(qtbot, tmp_path, translators, role, words):
    window = open_main_window(qtbot, make_db(tmp_path, role=role), translators)
    page = window.show_page("sync")
    assert isinstance(page, SyncPage)
    assert page.heading.text() == "Sync"
    assert "later version" in page.status.text()
    assert any(words in point.text() for point in page.points)
    assert all(point.isVisible() and point.text() for point in page.points)
    assert page.findChildren(QAbstractButton) == []
