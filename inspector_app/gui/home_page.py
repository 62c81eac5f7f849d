"""The first page after signing in: who is signed in, on which database, and a people search."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.gui import style
from inspector_app.gui.search_model import SearchResultsModel
from inspector_app.gui.translations import QT_TRANSLATE_NOOP
from inspector_app.messages import describe
from inspector_app.services.people import search_people

if TYPE_CHECKING:
    from inspector_app.services.session import Session

SEARCH_DELAY_MS = 200  # wait for a pause in typing before searching
SEARCH_LIMIT = 50

USER_ROLES = {
    "inspector": QT_TRANSLATE_NOOP("HomePage", "District inspector"),
    "assistant": QT_TRANSLATE_NOOP("HomePage", "Assistant district inspector"),
    "chief": QT_TRANSLATE_NOOP("HomePage", "Chief of the district inspectors' service"),
    "hq": QT_TRANSLATE_NOOP("HomePage", "Headquarters analyst"),
}
DEVICE_ROLES = {
    "inspector": QT_TRANSLATE_NOOP("HomePage", "an inspector's database"),
    "chief": QT_TRANSLATE_NOOP("HomePage", "a district station's database"),
    "hq": QT_TRANSLATE_NOOP("HomePage", "a headquarters database"),
}
COUNTRIES = {
    "KZ": QT_TRANSLATE_NOOP("HomePage", "Kazakhstan"),
    "KG": QT_TRANSLATE_NOOP("HomePage", "Kyrgyzstan"),
}


def _word(table: dict[str, str], code: str) -> str:
    """The translated word for a code; the code itself when it is not known."""
    return QCoreApplication.translate("HomePage", table[code]) if code in table else code


class HomePage(QWidget):
    """Shows the signed-in user and searches people as they type. It does not own the session."""

    def __init__(self, session: Session, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._lang = lang

        name = style.heading(str(session.user["full_name"]))
        name.setObjectName("userName")
        role = _word(USER_ROLES, session.role)
        if session.is_admin:
            role = QCoreApplication.translate("HomePage", "%1, administrator").replace("%1", role)
        self.role_label = QLabel(role)
        self.database_label = QLabel(
            QCoreApplication.translate("HomePage", "This computer holds %1, %2.")
            .replace("%1", _word(DEVICE_ROLES, session.device_role))
            .replace("%2", _word(COUNTRIES, session.country))
        )
        style.mark_secondary(self.database_label)

        search_label = QLabel(QCoreApplication.translate("HomePage", "&Find a person"))
        search_label.setFont(style.scaled_font(search_label, 1.15, bold=True))
        self.search_box = QLineEdit()
        self.search_box.setAccessibleName(QCoreApplication.translate("HomePage", "Find a person"))
        self.search_box.setPlaceholderText(
            QCoreApplication.translate("HomePage", "Surname, name or ID number")
        )
        self.search_box.setClearButtonEnabled(True)
        search_label.setBuddy(self.search_box)

        self.results_model = SearchResultsModel(self)
        self.results = QTableView()
        self.results.setAccessibleName(QCoreApplication.translate("HomePage", "People found"))
        self.results.setModel(self.results_model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setAlternatingRowColors(True)
        self.results.verticalHeader().hide()
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.PAGE_MARGIN,) * 4)
        layout.setSpacing(style.SPACING)
        layout.addWidget(name)
        layout.addWidget(self.role_label)
        layout.addWidget(self.database_label)
        layout.addSpacing(style.GROUP_SPACING)
        layout.addWidget(search_label)
        layout.addWidget(self.search_box)
        layout.addWidget(self.status_label)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_box.textChanged.connect(self._timer.start)
        self.search_box.returnPressed.connect(self.search_now)
        self._show_status()
        self.setFocusProxy(self.search_box)

    def search_now(self) -> None:
        """Search for what the box holds (the timer calls this after a pause in typing)."""
        self._timer.stop()
        text = self.search_box.text().strip()
        if not text:
            self.results_model.set_hits([])
            self._show_status()
            return
        try:
            hits = search_people(self._session, text, limit=SEARCH_LIMIT)
        except AppError as error:
            self.results_model.set_hits([])
            self._show_status(describe(error, self._lang), error=True)
            return
        self.results_model.set_hits(hits)
        self._show_status()

    def _show_status(self, text: str | None = None, *, error: bool = False) -> None:
        if text is None:
            text = self._count_text()
        self.status_label.setText(text)
        if error:
            style.mark_error(self.status_label)
        else:
            style.mark_secondary(self.status_label)

    def _count_text(self) -> str:
        count = self.results_model.rowCount()
        if not self.search_box.text().strip():
            return QCoreApplication.translate(
                "HomePage", "Type a surname, a name or an ID number to find a person."
            )
        if count == 0:
            return QCoreApplication.translate(
                "HomePage", "No one found. Check the spelling, or type fewer letters."
            )
        if count >= SEARCH_LIMIT:
            return QCoreApplication.translate(
                "HomePage",
                "Showing the first %n people found; type more to narrow the search.",
                None,
                count,
            )
        return QCoreApplication.translate("HomePage", "Found: %n", None, count)
