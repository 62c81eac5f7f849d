"""The pages of the side bar, in order, with the roles that see them and their shortcuts.

Pages are imported when the main window is built after sign-in, never at start-up. The main
window asks `pages_for(role)` and shows them in this order; Ctrl+1..9 go to the first nine.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from inspector_app.gui.pages.base import Page

ALL_ROLES = frozenset({"inspector", "assistant", "chief", "hq"})
FIELD = frozenset({"inspector", "assistant", "chief"})
OVERSIGHT = frozenset({"chief", "hq"})


@dataclass(frozen=True)
class PageEntry:
    page_id: str
    module: str  # under inspector_app.gui.pages
    class_name: str
    roles: frozenset[str]

    def load(self) -> type[Page]:
        module = importlib.import_module(f"inspector_app.gui.pages.{self.module}")
        page_class: type[Page] = getattr(module, self.class_name)
        return page_class


PAGES: tuple[PageEntry, ...] = (
    PageEntry("today", "today_page", "TodayPage", ALL_ROLES),
    PageEntry("district", "district_page", "DistrictPage", OVERSIGHT),
    PageEntry("people", "people_page", "PeoplePage", ALL_ROLES),
    PageEntry("register", "register_page", "RegisterPage", ALL_ROLES),
    PageEntry("log", "log_page", "LogPage", ALL_ROLES),
    PageEntry("appeals", "appeals_page", "AppealsPage", ALL_ROLES),
    PageEntry("incidents", "incidents_page", "IncidentsPage", ALL_ROLES),
    PageEntry("notices", "notices_page", "NoticesPage", ALL_ROLES),
    PageEntry("territory", "territory_page", "TerritoryPage", FIELD),
    PageEntry("reports", "reports_page", "ReportsPage", ALL_ROLES),
    PageEntry("sync", "sync_page", "SyncPage", ALL_ROLES),
    PageEntry("settings", "settings_page", "SettingsPage", ALL_ROLES),
)


def pages_for(role: str) -> list[PageEntry]:
    return [entry for entry in PAGES if role in entry.roles]
