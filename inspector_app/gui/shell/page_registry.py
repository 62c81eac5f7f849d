"""The pages of the side bar, in order, with the roles that see them and their shortcuts.

Pages are imported when the main window is built after sign-in, never at start-up. The main
window asks `pages_for(role)` and shows them in this order. Each page keeps its own key for
every role (Ctrl+2 is People for an inspector and for a chief alike).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from inspector_app.gui.shared.page_base import Page
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP

ALL_ROLES = frozenset({"inspector", "assistant", "chief", "hq"})
FIELD = frozenset({"inspector", "assistant", "chief"})
OVERSIGHT = frozenset({"chief", "hq"})


@dataclass(frozen=True)
class PageEntry:
    page_id: str
    module: str  # under inspector_app.gui, e.g. "people.people_page"
    class_name: str
    roles: frozenset[str]
    # the side bar's word for the page (translated in the "Pages" context) and its icon
    # (resources/icons/<icon>.svg): known before the page's module is imported
    label: str = ""
    icon: str = "package"

    def title(self) -> str:
        return QCoreApplication.translate("Pages", self.label)

    def load(self) -> type[Page]:
        module = importlib.import_module(f"inspector_app.gui.{self.module}")
        page_class: type[Page] = getattr(module, self.class_name)
        return page_class


PAGES: tuple[PageEntry, ...] = (
    PageEntry(
        "today",
        "today.today_page",
        "TodayPage",
        ALL_ROLES,
        QT_TRANSLATE_NOOP("Pages", "Today"),
        "today",
    ),
    PageEntry(
        "district",
        "district.district_page",
        "DistrictPage",
        OVERSIGHT,
        QT_TRANSLATE_NOOP("Pages", "District"),
        "district",
    ),
    PageEntry(
        "people",
        "people.people_page",
        "PeoplePage",
        ALL_ROLES,
        QT_TRANSLATE_NOOP("Pages", "People"),
        "people",
    ),
    PageEntry(
        "register",
        "register.register_page",
        "RegisterPage",
        ALL_ROLES,
        QT_TRANSLATE_NOOP("Pages", "Register"),
        "register",
    ),
    PageEntry(
        "log", "log.log_page", "LogPage", ALL_ROLES, QT_TRANSLATE_NOOP("Pages", "Log"), "log"
    ),
    PageEntry(
        "appeals",
        "appeals.appeals_page",
        "AppealsPage",
        ALL_ROLES,
        QT_TRANSLATE_NOOP("Pages", "Appeals"),
        "appeals",
    ),
    PageEntry(
        "incidents",
        "incidents.incidents_page",
        "IncidentsPage",
        ALL_ROLES,
        QT_TRANSLATE_NOOP("Pages", "Incidents"),
        "incidents",
    ),
    PageEntry(
        "partnership",
        "partnership.partnership_page",
        "PartnershipPage",
        ALL_ROLES,
        QT_TRANSLATE_NOOP("Pages", "Meetings and proposals"),
        "partnership",
    ),
    PageEntry(
        "notices",
        "notices.notices_page",
        "NoticesPage",
        ALL_ROLES,
        QT_TRANSLATE_NOOP("Pages", "Notices and tasks"),
        "notices",
    ),
    PageEntry(
        "territory",
        "territory.territory_page",
        "TerritoryPage",
        FIELD,
        QT_TRANSLATE_NOOP("Pages", "Territory"),
        "territory",
    ),
    PageEntry(
        "reports",
        "reports.reports_page",
        "ReportsPage",
        ALL_ROLES,
        QT_TRANSLATE_NOOP("Pages", "Reports"),
        "reports",
    ),
    PageEntry(
        "sync",
        "sync.sync_page",
        "SyncPage",
        ALL_ROLES,
        QT_TRANSLATE_NOOP("Pages", "Sync"),
        "sync",
    ),
    PageEntry(
        "settings",
        "settings.settings_page",
        "SettingsPage",
        ALL_ROLES,
        QT_TRANSLATE_NOOP("Pages", "Settings"),
        "settings",
    ),
)


# the key of each page, the same whoever signs in
PAGE_KEYS = {
    "today": "Ctrl+1",
    "people": "Ctrl+2",
    "register": "Ctrl+3",
    "log": "Ctrl+4",
    "appeals": "Ctrl+5",
    "incidents": "Ctrl+6",
    "notices": "Ctrl+7",
    "territory": "Ctrl+8",
    "district": "Ctrl+9",
    "partnership": "Ctrl+Shift+M",  # meetings (Ctrl+1..9 are taken)
    "reports": "Ctrl+R",
    "sync": "Ctrl+Shift+S",
}


def pages_for(role: str) -> list[PageEntry]:
    return [entry for entry in PAGES if role in entry.roles]
