"""The window after sign-in: a side bar of the role's pages, the page in view, menus, the
inspector filter of a chief or HQ, and the idle lock.

Pages are created when first shown (pages/registry.py says which exist for a role); a page
whose module is missing shows a plain "not available" panel instead of stopping the window.
The window owns the session and the master key (in memory only) until it closes; closing asks
to save what pages hold unsaved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.gui.shared.inspector_filter import ID_ROLE, InspectorFilter
from inspector_app.gui.shared.page_base import Page
from inspector_app.gui.shared.unavailable_page import UnavailablePanel
from inspector_app.gui.shell import preferences, style
from inspector_app.gui.shell.bus import DataBus
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.dialogs import Answer, DialogService
from inspector_app.gui.shell.icons import icon
from inspector_app.gui.shell.idle_lock import WindowLock
from inspector_app.gui.shell.page_registry import PageEntry, pages_for
from inspector_app.gui.shell.shortcuts_dialog import Group, ShortcutsDialog, collect_groups
from inspector_app.gui.shell.side_bar import SideBar, page_shortcut
from inspector_app.gui.shell.tasks import TaskRunner
from inspector_app.gui.shell.translations import Translators
from inspector_app.gui.shell.words import who_and_where

if TYPE_CHECKING:
    from inspector_app.services.session import Session
    from inspector_app.services.workplace import Workplace

OVERSIGHT_ROLES = frozenset({"chief", "hq"})


# Which page shows a record of each kind, for `open_record`.
RECORD_PAGES = {
    "person": "people",
    "register_entry": "register",
    "appeal": "appeals",
    "incident": "incidents",
    "log_entry": "log",
    "notice": "notices",
    "task": "notices",
    "household": "territory",
    "territory": "territory",
    "proposal": "partnership",
    "report_to_residents": "partnership",
}


class MainWindow(QMainWindow):
    """Emits `closed` once it has closed and let go of the session."""

    closed = Signal()
    # sign out (the login to show on the sign-in screen) or switch user (an empty login)
    signed_out = Signal(str)

    def __init__(
        self,
        session: Session,
        master_key: bytes,
        translators: Translators,
        dialogs: DialogService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from inspector_app.services.auth import open_worker_session, verify_password
        from inspector_app.services.workplace import workplace

        self.setObjectName("mainWindow")
        self.session: Session | None = session
        self.translators = translators
        self.workplace: Workplace = workplace(session)
        self.context = AppContext(
            session=session,
            dialogs=dialogs or DialogService(),
            bus=DataBus(self),
            lang=session.lang,
            open_worker_session=lambda: open_worker_session(session, master_key),
            master_key=master_key,
        )
        self.context.tasks = TaskRunner.for_context(self.context, self)
        self.entries: list[PageEntry] = pages_for(session.role)
        self.pages: dict[str, QWidget] = {}  # page id -> the page, or the panel in its place

        self.side_bar = SideBar(self.entries)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        for _entry in self.entries:
            self.stack.addWidget(QWidget())  # replaced by the page when it is first shown
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.side_bar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._settled = False  # unsaved typing settled before signing out
        self.filter: InspectorFilter | None = None
        self.filter_label: QLabel | None = None
        self.filter_bar: QToolBar | None = None
        if session.role in OVERSIGHT_ROLES:
            self._build_filter_bar()
        self._build_menus()
        self.context.bus.language_requested.connect(self.switch_language)
        self.context.bus.preference_changed.connect(self._on_preference)
        self.context.bus.changed.connect(self._on_data_changed)
        self.context.bus.open_record.connect(self.open_record)

        self.lock = WindowLock(
            self,
            self.context.dialogs,
            lambda password: verify_password(session, password),
            self.workplace.full_name,
            lambda: self.context.lang,
            preferences.idle_minutes(),
        )
        self.side_bar.currentRowChanged.connect(self.show_page_at)
        style.fit_to_screen(self, 280 * style.GRID, 180 * style.GRID)  # 1120 × 720
        self.retranslate()
        self.side_bar.setCurrentRow(0)

    # --- building -------------------------------------------------------------------------
    def _build_filter_bar(self) -> None:
        bar = QToolBar()
        bar.setObjectName("filterBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        self.filter_bar = bar
        self.filter_label = QLabel()
        self.filter_label.setContentsMargins(style.SPACING, 0, style.SPACING, 0)
        self.filter = InspectorFilter()
        self.filter_label.setBuddy(self.filter)
        bar.addWidget(self.filter_label)
        bar.addWidget(self.filter)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.filter.chosen.connect(self._on_filter)
        self._load_inspectors()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(bar)
        self.lock_action = QAction(icon("lock"), "", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_now)
        self.quit_action = QAction(icon("sign-out"), "", self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.sign_out_action = QAction(icon("sign-out"), "", self)
        self.sign_out_action.triggered.connect(lambda: self.sign_out(switch_user=False))
        self.switch_user_action = QAction(icon("user"), "", self)
        self.switch_user_action.triggered.connect(lambda: self.sign_out(switch_user=True))
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addAction(self.switch_user_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.go_menu = QMenu(bar)
        self.page_actions: list[QAction] = []
        for row, entry in enumerate(self.entries):
            action = QAction(icon(entry.icon), "", self)
            shortcut = page_shortcut(entry.page_id)
            if shortcut is None and entry.page_id == "settings":
                shortcut = QKeySequence(QKeySequence.StandardKey.Preferences)
                if shortcut.isEmpty():  # Windows has no standard key for it
                    shortcut = QKeySequence("Ctrl+,")
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(lambda _checked=False, r=row: self.side_bar.setCurrentRow(r))
            self.go_menu.addAction(action)
            self.page_actions.append(action)

        self.help_menu = QMenu(bar)
        self.shortcuts_action = QAction(icon("keyboard"), "", self)
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        if self.shortcuts_action.shortcut().isEmpty():
            self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(self.shortcuts_action)
        self.about_action = QAction(icon("help"), "", self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)
        for menu in (self.file_menu, self.go_menu, self.help_menu):
            bar.addMenu(menu)

    # --- pages ----------------------------------------------------------------------------
    def page(self, page_id: str) -> QWidget | None:
        """The page (or its "not available" panel) once it has been shown."""
        return self.pages.get(page_id)

    def created_pages(self) -> list[Page]:
        return [page for page in self.pages.values() if isinstance(page, Page)]

    def show_page(self, page_id: str) -> QWidget | None:
        row = self.side_bar.row_of(page_id)
        if row < 0:
            return None
        self.side_bar.setCurrentRow(row)
        return self.pages.get(page_id)

    def show_page_at(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        widget = self.pages.get(entry.page_id)
        if widget is None:
            widget = self._create(entry)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.pages[entry.page_id] = widget
        self.stack.setCurrentWidget(widget)
        self._update_title()
        widget.setFocus()

    def _create(self, entry: PageEntry) -> QWidget:
        try:
            page_class = entry.load()
        except ImportError as error:  # a page not written yet: the other pages still work
            return UnavailablePanel(entry.title, f"{entry.module}: {error}")
        try:
            return page_class(self.context)
        except AppError as error:
            from inspector_app.messages import describe

            return UnavailablePanel(entry.title, describe(error, self.context.lang))
        except Exception as error:  # a bug in the page: the crash dialog, then the panel
            from inspector_app.gui.shell.crash import report_failure

            report_failure(error, self.context.dialogs, self, self.context.lang)
            return UnavailablePanel(entry.title, f"{type(error).__name__}: {error}")

    # --- opening a record from another page ------------------------------------------------
    def open_record(self, entity: str, record_id: str) -> None:
        """Go to the page that shows this kind of record and open it there (a Today line
        opens its person, appeal or task). A page created just now missed the bus's signal,
        so the window hands the record over itself."""
        if entity == "user":  # an inspector chosen on the District page filters every page
            if self.filter is not None:
                row = self.filter.findData(record_id, ID_ROLE)
                if row >= 0:
                    self.filter.setCurrentIndex(row)
                    self._on_filter(record_id)
            return
        target = RECORD_PAGES.get(entity)
        if target is None:
            return
        page = self.show_page(target)
        show_record = getattr(page, "show_record", None)
        if callable(show_record):
            show_record(entity, record_id)

    # --- the inspector filter -------------------------------------------------------------
    def _load_inspectors(self) -> None:
        from inspector_app.services.workplace import list_inspectors

        if self.filter is None or self.session is None:
            return
        try:
            inspectors = list_inspectors(self.session)
        except AppError:
            inspectors = []
        self.filter.set_inspectors(inspectors)

    def _on_filter(self, inspector_id: str | None) -> None:
        self.context.inspector_filter = inspector_id
        self.context.bus.filter_changed.emit(inspector_id)

    def _on_data_changed(self, entity: str) -> None:
        if entity in ("user", "device"):
            self._load_inspectors()

    # --- words ----------------------------------------------------------------------------
    def switch_language(self, lang: str) -> None:
        """Speak `lang` from now on: new catalogs, every page and the window retranslated;
        nothing typed is touched."""
        if lang == self.context.lang:
            return
        self.translators.switch(lang)
        self.context.lang = lang
        if self.session is not None:
            self.session.lang = lang
        preferences.set_language(lang)
        self.retranslate()
        for page in self.created_pages():
            page.retranslate()
            # rows hold names of reference data (categories, kinds, channels) in a language
            page.refresh()
        for widget in self.pages.values():
            if isinstance(widget, UnavailablePanel):
                widget.retranslate()
        self.context.bus.language_changed.emit(lang)

    def retranslate(self) -> None:
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.go_menu.setTitle(QCoreApplication.translate("MainWindow", "&Go"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.lock_action.setText(QCoreApplication.translate("MainWindow", "&Lock the window"))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.sign_out_action.setText(QCoreApplication.translate("MainWindow", "Sign &out"))
        self.switch_user_action.setText(QCoreApplication.translate("MainWindow", "S&witch user…"))
        self.about_action.setText(QCoreApplication.translate("MainWindow", "&About"))
        self.shortcuts_action.setText(
            QCoreApplication.translate("MainWindow", "&Keyboard shortcuts")
        )
        for action, entry in zip(self.page_actions, self.entries, strict=True):
            action.setText(entry.title())
        self.side_bar.retranslate()
        if self.filter is not None and self.filter_label is not None and self.filter_bar:
            self.filter.retranslate()
            self.filter_label.setText(QCoreApplication.translate("MainWindow", "&Show the work of"))
            self.filter_bar.setWindowTitle(
                QCoreApplication.translate("MainWindow", "Inspector filter")
            )
        self._update_title()

    def who_and_where(self) -> str:
        """The user and the place, as the window title shows them."""
        return who_and_where(self.workplace)

    def _update_title(self) -> None:
        row = self.side_bar.currentRow()
        page = self.entries[row].title() if 0 <= row < len(self.entries) else ""
        title = QCoreApplication.translate(
            "MainWindow", "%1 — %2 — District inspector's log"
        ).replace("%2", self.who_and_where())
        self.setWindowTitle(title.replace("%1", page))

    # --- help -----------------------------------------------------------------------------
    def shortcut_groups(self) -> list[Group]:
        pages = [
            (entry.title(), action)
            for entry, action in zip(self.entries, self.page_actions, strict=True)
        ]
        window = [self.lock_action, self.quit_action, self.shortcuts_action]
        current = self.stack.currentWidget()
        return collect_groups(pages, window, current if isinstance(current, Page) else None)

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self.shortcut_groups(), self)
        self.context.dialogs.run(dialog)
        dialog.deleteLater()

    def lock_now(self) -> None:
        self.lock.lock()

    def show_about(self) -> None:
        from inspector_app import __version__

        self.context.dialogs.inform(
            self,
            QCoreApplication.translate("MainWindow", "About"),
            QCoreApplication.translate(
                "MainWindow",
                "District inspector's log\nVersion %1\n\nResidents, the preventive register, "
                "the work log, appeals and incidents of a precinct, kept encrypted on this "
                "computer.",
            ).replace("%1", __version__),
        )

    def sign_out(self, *, switch_user: bool) -> None:
        """Back to the sign-in screen (the same login, or none to switch user), once the
        pages' unsaved typing is settled; the window closes and lets go of the session."""
        if self.lock.is_locked or not self._settle_unsaved_input():
            return
        self._settled = True
        login = "" if switch_user or self.session is None else str(self.session.user["login"])
        self.signed_out.emit(login)
        if self.isVisible():  # nobody took the sign-in screen over: close here
            self.close()

    # --- preferences and closing ----------------------------------------------------------
    def _on_preference(self, key: str) -> None:
        if key == preferences.IDLE_MINUTES:
            self.lock.set_minutes(preferences.idle_minutes())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.lock.is_locked:  # unlock first: the pages may hold unsaved input
            event.ignore()
            return
        if not self._settled and not self._settle_unsaved_input():
            event.ignore()
            return
        self.shut_down()
        super().closeEvent(event)
        self.closed.emit()

    def _settle_unsaved_input(self) -> bool:
        """Ask what to do with typing not yet saved; False to stay open."""
        unsaved = [page for page in self.created_pages() if page.has_unsaved_input()]
        if not unsaved:
            return True
        names = ", ".join(page.title() for page in unsaved)
        answer = self.context.dialogs.ask_save(
            self,
            QCoreApplication.translate("MainWindow", "Unsaved input"),
            QCoreApplication.translate(
                "MainWindow",
                "These pages hold typing that is not saved yet: %1. Save it before closing?",
            ).replace("%1", names),
        )
        if answer == Answer.CANCEL:
            return False
        if answer == Answer.SAVE:
            for page in unsaved:
                if not page.save_input():  # it says why on the page; the typing stays
                    self.show_page(page.page_id)
                    return False
        return True

    def shut_down(self) -> None:
        """Wait for background work, stop the lock, close the session, forget the key."""
        if self.context.tasks is not None:
            self.context.tasks.wait()
        # a job's "done" still queued for this thread must not make pages read a closed session
        self.context.bus.blockSignals(True)
        self.lock.stop()
        self.context.master_key = None
        if self.session is not None:
            session, self.session = self.session, None
            session.close()
