"""Pieces the daily work pages share: a list set up the same way on every page, a page source
over a service call, dates typed as DD.MM.YYYY and checked as they are typed, and a people
search that completes names as one types (the folding search of services.people)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QWidget,
)

from inspector_app.domain.dates import parse_date
from inspector_app.domain.errors import AppError
from inspector_app.gui.shared import work_text
from inspector_app.gui.shared.column_titles import StretchKeepsTitle
from inspector_app.gui.shared.lazy_table_model import PageSource
from inspector_app.gui.shell import style
from inspector_app.messages import describe
from inspector_app.services.people import SearchHit, search_people

if TYPE_CHECKING:
    from inspector_app.gui.shell.context import AppContext
    from inspector_app.services.session import Session

COUNT_CAP = 10_000  # lists count their rows up to this many, then say "more than"
SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 20
ID_ROLE = Qt.ItemDataRole.UserRole
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class CallSource:
    """A page source over a service call `fetch(after, limit)`."""

    def __init__(self, fetch: Callable[[Any | None, int], Sequence[Any]]) -> None:
        self._fetch = fetch

    def page(self, after: Any | None, limit: int) -> Sequence[Any]:
        return self._fetch(after, limit)


def source_factory(
    fetch: Callable[[Any | None, int], Sequence[Any]],
) -> Callable[[str | None, bool], PageSource]:
    """A LazyTableModel source factory for a list in one fixed order."""
    return lambda _order, _descending: CallSource(fetch)


def setup_table(view: QTableView, stretch: int | None = None) -> None:
    """Rows selected whole, one at a time, read only; one column may take the spare width."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 2 * style.GRID)
    view.setTabKeyNavigation(False)  # Tab leaves the list for the next field
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    header.setMinimumSectionSize(6 * style.GRID)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    StretchKeepsTitle(view, stretch)


def fit_columns(view: QTableView, widths: Sequence[int]) -> None:
    """First widths in characters of the font, never narrower than the column's title
    (TableMemory may restore the user's own widths later)."""
    metrics = view.fontMetrics()
    char = max(metrics.averageCharWidth(), metrics.horizontalAdvance("0"))
    header = view.horizontalHeader()
    model = view.model()
    for column, chars in enumerate(widths):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            continue
        width = char * chars + 2 * style.GRID
        title = model.headerData(column, Qt.Orientation.Horizontal) if model else None
        if isinstance(title, str):  # the title in the user's language is never cut
            width = max(width, header.fontMetrics().horizontalAdvance(title) + 4 * style.GRID)
        view.setColumnWidth(column, width)


def fit_wrapped_columns(view: QTableView, widths: Sequence[int]) -> None:
    """Like fit_columns, but a title may wrap onto more lines (the header grows to hold the
    longest): a column is as wide as its values need and its longest word, so a wide list of
    figures fits the window in every language."""
    from PySide6.QtCore import QRect

    metrics = view.fontMetrics()
    char = max(metrics.averageCharWidth(), metrics.horizontalAdvance("0"))
    header = view.horizontalHeader()
    words = header.fontMetrics()
    model = view.model()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    lines_height = words.height()
    for column, chars in enumerate(widths):
        title = model.headerData(column, Qt.Orientation.Horizontal) if model else None
        title = title if isinstance(title, str) else ""
        width = char * chars + 2 * style.GRID
        longest = max((words.horizontalAdvance(word) for word in title.split()), default=0)
        width = max(width, longest + 4 * style.GRID)
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
            view.setColumnWidth(column, width)
        box = words.boundingRect(
            QRect(0, 0, width - 2 * style.GRID, 100 * lines_height),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            title,
        )
        lines_height = max(lines_height, box.height())
    header.setFixedHeight(lines_height + 2 * style.GRID)


def shortcut(
    widget: QWidget,
    keys: QKeySequence | QKeySequence.StandardKey | str,
    slot: Callable[[], object],
    says: str = "",
) -> QShortcut:
    """A shortcut that works while focus is anywhere on `widget` (the page). `says` is what it
    does (English, in the "Shortcuts" context): F1 lists it among the page's keys."""
    found = QShortcut(QKeySequence(keys), widget)
    found.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    found.activated.connect(slot)
    found.setProperty(SAYS, says)
    return found


SAYS = "says"  # the property of a page's QShortcut that F1 reads


def add_data_item(combo: QComboBox, text: str, data: object) -> None:
    """A choice whose words are data (reference data in the user's language, a name): marked
    so, since they do not go through Qt's translation."""
    combo.addItem(text, data)
    combo.setItemData(combo.count() - 1, True, style.VERBATIM_ROLE)


def error_words(error: AppError, lang: str) -> str:
    return describe(error, lang)


def inspector_of(context: AppContext) -> str | None:
    """The inspector a chief or HQ chose to look at (None: everyone)."""
    return getattr(context, "inspector_filter", None)


# --- dates ------------------------------------------------------------------------------------


def parse_day(text: str) -> date | None:
    """The date typed (DD.MM.YYYY or YYYY-MM-DD), None when nothing is typed; AppError
    ("date.invalid") when what is typed is no date."""
    return parse_date(text) if text.strip() else None


def date_reason(
    text: str,
    lang: str,
    *,
    required: bool = False,
    latest: date | None = None,
    earliest: date | None = None,
) -> str | None:
    """Why a typed date is refused, in words, or None."""
    try:
        value = parse_day(text)
    except AppError as error:
        return describe(error, lang)
    if value is None:
        if required:
            return QCoreApplication.translate("WorkText", "Type the date as DD.MM.YYYY.")
        return None
    if latest is not None and value > latest:
        return QCoreApplication.translate("WorkText", "The date is later than %1.").replace(
            "%1", work_text.day(latest)
        )
    if earliest is not None and value < earliest:
        return QCoreApplication.translate("WorkText", "The date is earlier than %1.").replace(
            "%1", work_text.day(earliest)
        )
    return None


# --- people -----------------------------------------------------------------------------------


def person_line(hit: SearchHit) -> str:
    born = ""
    if hit.birth_date:
        born = work_text.day(date.fromisoformat(hit.birth_date))
    return ", ".join(part for part in (hit.full_name, born, hit.id_number or "") if part)


class PeopleSearch(QObject):
    """Completes people's names in a line edit as one types; `picked` gives the SearchHit
    chosen from the list (by Enter or a click) and clears the edit for the next one."""

    picked = Signal(object)

    def __init__(self, edit: QLineEdit, session: Session, lang: str) -> None:
        super().__init__(edit)
        self.edit = edit
        self.session = session
        self.lang = lang
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(10)
        self.completer.setWidget(edit)
        # the overload giving the model index (the other gives the text)
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        edit.textEdited.connect(lambda _text: self._timer.start())
        edit.returnPressed.connect(self._enter)

    def search_now(self) -> None:
        self._timer.stop()
        text = self.edit.text().strip()
        self.model.clear()
        if len(text) < 2:
            self._hide_popup()
            return
        try:
            hits = search_people(self.session, text, SEARCH_LIMIT)
        except AppError:
            hits = []
        for hit in hits:
            item = QStandardItem(person_line(hit))
            item.setData(hit.id, ID_ROLE)
            item.setData(hit, HIT_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if hits:
            self.completer.setCompletionPrefix("")
            self.completer.complete()
        else:
            self._hide_popup()

    def popup_visible(self) -> bool:
        popup = self.completer.popup()
        return popup is not None and popup.isVisible()

    def _hide_popup(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def _enter(self) -> None:
        """Enter in the edit with the list closed: take the only person found."""
        if self._timer.isActive():
            self.search_now()
        if self.model.rowCount() == 1 and not self.popup_visible():
            self._pick(self.model.item(0).data(HIT_ROLE))

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self._pick(hit)

    def _pick(self, hit: SearchHit) -> None:
        self.picked.emit(hit)
        # the completer writes the chosen line into the edit after this signal: clear later
        QTimer.singleShot(0, self.edit.clear)
        self.model.clear()


class ChosenPeople(QObject):
    """The people chosen for a record, shown in a list; Delete (or `remove`) takes the
    selected one off. `changed` follows every change."""

    changed = Signal()

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view
        view.setProperty(style.VERBATIM, True)
        shortcut(view, QKeySequence.StandardKey.Delete, self.remove)

    def add(self, person_id: str, text: str) -> None:
        if person_id in self.ids():
            return
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, person_id)
        item.setData(style.VERBATIM_ROLE, True)
        self.view.addItem(item)
        self.changed.emit()

    def remove(self) -> None:
        row = self.view.currentRow()
        if row >= 0:
            self.view.takeItem(row)
            self.changed.emit()

    def clear(self) -> None:
        self.view.clear()
        self.changed.emit()

    def ids(self) -> list[str]:
        return [str(self.view.item(i).data(ID_ROLE)) for i in range(self.view.count())]


def show_reason(label: QLabel, reason: str | None, *, warning: bool = False) -> None:
    """A reason under a field, or nothing."""
    label.setText(reason or "")
    label.setVisible(bool(reason))
    if warning:
        style.mark_warning(label)
    else:
        style.mark_error(label)
