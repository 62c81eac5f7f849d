"""Settings: the language of the window (switched at once, nothing typed is lost), the idle
lock, one's own password, the backups, and for an admin the users of this computer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QFrame, QHeaderView, QScrollArea, QVBoxLayout, QWidget

from inspector_app.domain.errors import AppError
from inspector_app.gui.forms.ui_settings_page import Ui_SettingsForm
from inspector_app.gui.settings.backups_panel import BackupsPanel
from inspector_app.gui.settings.user_dialogs import (
    ROLES_ADDABLE,
    AddUserDialog,
    ChangePasswordDialog,
)
from inspector_app.gui.shared.page_base import Page
from inspector_app.gui.shell import preferences, style
from inspector_app.gui.shell.bus import BACKUP
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.gui.shell.words import role_word

if TYPE_CHECKING:
    from inspector_app.services.users import UserLine

# each language named in itself, as a person looks for it
LANGUAGE_NAMES = (("ru", "Русский"), ("kk", "Қазақша"), ("ky", "Кыргызча"), ("en", "English"))
LOGIN_ROLE = Qt.ItemDataRole.UserRole

_Index = QModelIndex | QPersistentModelIndex

USER_COLUMNS = (
    QT_TRANSLATE_NOOP("UsersModel", "User name"),
    QT_TRANSLATE_NOOP("UsersModel", "Full name"),
    QT_TRANSLATE_NOOP("UsersModel", "Role"),
    QT_TRANSLATE_NOOP("UsersModel", "Administrator"),
    QT_TRANSLATE_NOOP("UsersModel", "May sign in"),
)


def _yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("UsersModel", "yes")
        if value
        else QCoreApplication.translate("UsersModel", "no")
    )


class UsersModel(QAbstractTableModel):
    """The users of this computer (services.users.list_users), one per row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._users: list[UserLine] = []

    def set_users(self, users: Sequence[UserLine]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(USER_COLUMNS) - 1)
        if self._users:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._users) - 1, len(USER_COLUMNS) - 1)
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(USER_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._users):
            return None
        user = self._users[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # tip: if cut
            return (
                user.login,
                user.full_name,
                role_word(user.role),
                _yes_no(user.is_admin),
                _yes_no(user.active),
            )[index.column()]
        if role == LOGIN_ROLE:
            return user.login
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
            and 0 <= section < len(USER_COLUMNS)
        ):
            return QCoreApplication.translate("UsersModel", USER_COLUMNS[section])
        return None


class SettingsPage(Page):
    page_id = "settings"
    watches = ("user", BACKUP)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_SettingsForm()
        # the form scrolls: with the backups and the users it is taller than a small screen
        self.content = QWidget()
        self.ui.setupUi(self.content)
        scroll = QScrollArea()
        scroll.setObjectName("settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setObjectName(f"page_{self.page_id}")
        ui = self.ui
        ui.heading.setFont(style.scaled_font(ui.heading, 1.5, bold=True))
        for hint in (ui.languageHint, ui.lockHint):
            style.mark_secondary(hint)
        style.mark_secondary(ui.usersCount)

        ui.languageCombo.setProperty(style.VERBATIM, True)  # names of languages in themselves
        for code, name in LANGUAGE_NAMES:
            ui.languageCombo.addItem(name, code)
        ui.languageCombo.setCurrentIndex(ui.languageCombo.findData(context.lang))
        ui.languageCombo.currentIndexChanged.connect(self._on_language)
        context.bus.language_changed.connect(self._show_language)

        ui.idleSpin.setRange(preferences.MIN_IDLE_MINUTES, preferences.MAX_IDLE_MINUTES)
        ui.idleSpin.setValue(preferences.idle_minutes())
        ui.idleSpin.valueChanged.connect(self._on_idle_minutes)

        ui.changePasswordButton.clicked.connect(self.change_password)
        session = context.session
        self.can_list_users = session.can("user.list")
        self.can_add_users = session.can("user.manage") and context.master_key is not None
        ui.usersGroup.setVisible(self.can_list_users)
        ui.addUserButton.setVisible(self.can_add_users)
        ui.addUserButton.clicked.connect(self.add_user)
        self.backups = BackupsPanel(context)
        ui.column.insertWidget(ui.column.indexOf(ui.usersGroup), self.backups)
        self.users_model = UsersModel(self)
        ui.usersView.setModel(self.users_model)
        header = ui.usersView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the role gives way first
        header.setStretchLastSection(False)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return QCoreApplication.translate("Pages", "Settings")

    def refresh(self) -> None:
        self.backups.refresh()
        if not self.can_list_users:
            return
        from inspector_app.services.users import list_users

        try:
            users = list_users(self.context.session)
        except AppError as error:
            from inspector_app.messages import describe

            self.ui.usersCount.setText(describe(error, self.context.lang))
            return
        self.users_model.set_users(users)
        self._show_count()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self.content)
        self.backups.retranslate()
        self.users_model.retranslate()
        self._show_count()

    def _show_count(self) -> None:
        self.ui.usersCount.setText(
            QCoreApplication.translate(
                "SettingsPage", "%n user(s)", None, self.users_model.rowCount()
            )
        )

    # --- language and lock ----------------------------------------------------------------
    def _on_language(self, row: int) -> None:
        code = self.ui.languageCombo.itemData(row)
        if code and code != self.context.lang:
            self.context.bus.language_requested.emit(str(code))

    def _show_language(self, lang: str) -> None:
        combo = self.ui.languageCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(lang))
        combo.blockSignals(False)

    def _on_idle_minutes(self, minutes: int) -> None:
        preferences.set_idle_minutes(minutes)
        self.context.bus.preference_changed.emit(preferences.IDLE_MINUTES)

    # --- users ----------------------------------------------------------------------------
    def add_user(self) -> None:
        from inspector_app.services import users

        key = self.context.master_key
        if key is None:
            return

        def submit(login: str, full_name: str, role: str, password: str, admin: bool) -> None:
            users.add_user(
                self.context.session,
                login,
                full_name,
                role,
                password,
                master_key=key,
                admin=admin,
            )

        dialog = AddUserDialog(submit, self.context.lang, ROLES_ADDABLE, self)
        accepted = self.context.dialogs.run(dialog)
        dialog.deleteLater()
        if accepted:
            self.context.bus.announce("user")

    def change_password(self) -> None:
        from inspector_app.services.users import change_password

        def submit(old: str, new: str) -> None:
            change_password(self.context.session, old, new)

        dialog = ChangePasswordDialog(submit, self.context.lang, self)
        accepted = self.context.dialogs.run(dialog)
        dialog.deleteLater()
        if accepted:
            self.context.dialogs.inform(
                self,
                QCoreApplication.translate("SettingsPage", "Password changed"),
                QCoreApplication.translate(
                    "SettingsPage", "From now on, sign in and unlock with the new password."
                ),
            )
