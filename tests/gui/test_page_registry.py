"""Every page of the side bar is there: its module imports and names its class."""

from __future__ import annotations

import pytest

from inspector_app.gui.shared.page_base import Page
from inspector_app.gui.shell.page_registry import PAGES, pages_for
from inspector_app.resources import resource_path


def test_every_registered_page_imports() -> None:
    missing = []
    for entry in PAGES:
        try:
            page_class = entry.load()
        except (ImportError, AttributeError) as error:
            missing.append(f"{entry.module}.{entry.class_name}: {error}")
            continue
        assert issubclass(page_class, Page)
        assert page_class.page_id == entry.page_id
    assert missing == [], "\n".join(missing)


def test_every_page_has_an_icon_a_label_and_a_unique_id() -> None:
    assert len({entry.page_id for entry in PAGES}) == len(PAGES)
    for entry in PAGES:
        assert entry.label, entry.page_id
        assert resource_path("icons", f"{entry.icon}.svg").is_file(), entry.icon


@pytest.mark.parametrize("role", ["inspector", "assistant", "chief", "hq"])
def test_every_role_has_settings_and_today(role: str) -> None:
    ids = [entry.page_id for entry in pages_for(role)]
    assert ids[0] == "today" and "settings" in ids and "sync" in ids
