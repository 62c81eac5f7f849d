"""A thin table model over the people a search found (a list of services' SearchHit)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from inspector_app.gui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from inspector_app.services.people import SearchHit

ID_ROLE = Qt.ItemDataRole.UserRole  # the person's id, for opening the record

COLUMNS = (
    QT_TRANSLATE_NOOP("SearchResultsModel", "Full name"),
    QT_TRANSLATE_NOOP("SearchResultsModel", "ID number"),
    QT_TRANSLATE_NOOP("SearchResultsModel", "Birth date"),
)

_Index = QModelIndex | QPersistentModelIndex


def format_date(iso: str | None) -> str:
    """A stored ISO date as people here write it: DD.MM.YYYY."""
    if not iso:
        return ""
    try:
        return f"{date.fromisoformat(iso):%d.%m.%Y}"
    except ValueError:
        return iso


class SearchResultsModel(QAbstractTableModel):
    """Rows of search hits; the view never reaches past this into the services."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return hit.full_name
            if column == 1:
                return hit.id_number or ""
            if column == 2:
                return format_date(hit.birth_date)
        if role == ID_ROLE:
            return hit.id
        return None

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("SearchResultsModel", COLUMNS[section])
        return None
