"""Opening a person's page is journaled (the law on personal data: who saw whose data), once
per opening, not per refresh, and the access log lists it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from inspector_app.gui.people.people_page import PeoplePage
from inspector_app.services.access import access_log
from inspector_app.services.session import Session
from tests.gui.list_helpers import (
    demo_db_fixture,  # noqa: F401 - a fixture
    demo_session_fixture,  # noqa: F401 - a fixture
    make_context,
    settings_folder_fixture,  # noqa: F401 - a fixture
)

pytestmark = pytest.mark.usefixtures("settings_folder")


def test_opening_a_person_s_page_is_journaled_once(qtbot: Any, demo_session: Session) -> None:
    person_id = demo_session.store.select("SELECT id FROM person ORDER BY id LIMIT 1")[0]["id"]
    page = PeoplePage(make_context(demo_session, None))
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    page.open_person(person_id)
    assert page.person_view.person_id == person_id
    page.person_view.reload()  # a refresh after an edit is not another view
    views = [
        line
        for line in access_log(demo_session, date.today(), date.today())
        if line.action == "person.view"
    ]
    assert [(line.person, line.detail) for line in views] == [(person_id, {"via": "window"})]
