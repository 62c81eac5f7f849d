"""The window the application opens with: sign in to the database, then the home page.

When the database file does not exist yet, the window says so and shows the command that creates
one (the first-run wizard comes later). The services are imported only when they are needed, so
the window appears before the database code has loaded.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.gui import style
from inspector_app.gui.translations import QT_TRANSLATE_NOOP
from inspector_app.gui.widgets import CommandView
from inspector_app.messages import describe

if TYPE_CHECKING:
    from inspector_app.services.session import Session

FORM_WIDTH = 90 * style.GRID  # 360 px: the sign-in form
NOTICE_WIDTH = 160 * style.GRID  # 640 px: the page that shows a command


def shell_quote(text: str) -> str:
    """`text` as one argument of a command typed in this system's terminal."""
    if sys.platform == "win32":
        return f'"{text}"' if (not text or any(c in text for c in " &()^;,")) else text
    return shlex.quote(text)


def init_command_parts(db_path: Path) -> list[tuple[str, ...]]:
    """The command that creates a database at `db_path`, in groups that belong on one line
    (an option with its value), with placeholders in angle brackets to fill in."""

    def placeholder(text: str) -> str:
        return f'"<{QCoreApplication.translate("MissingDatabasePage", text)}>"'

    return [
        ("inspector-app",),
        ("--db", shell_quote(str(db_path))),
        ("init",),
        ("--role", "inspector"),
        ("--country", "KZ"),
        ("--device-name", placeholder(QT_TRANSLATE_NOOP("MissingDatabasePage", "computer name"))),
        ("--user", placeholder(QT_TRANSLATE_NOOP("MissingDatabasePage", "login"))),
        ("--full-name", placeholder(QT_TRANSLATE_NOOP("MissingDatabasePage", "surname and name"))),
        (
            "--precinct-code",
            placeholder(QT_TRANSLATE_NOOP("MissingDatabasePage", "precinct number")),
        ),
    ]


def _centred(content: QWidget, width: int) -> QWidget:
    """A page that keeps `content` at `width` in the middle of the window."""
    content.setFixedWidth(width)
    page = QWidget()
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(content)
    row.addStretch(1)
    column = QVBoxLayout(page)
    column.setContentsMargins(*(style.PAGE_MARGIN,) * 4)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(2)
    return page


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class MissingDatabasePage(QWidget):
    """Says that there is no database yet and how to create one."""

    check_again = Signal()

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.SPACING)
        layout.addWidget(
            style.heading(
                QCoreApplication.translate("MissingDatabasePage", "There is no database yet")
            )
        )
        self.explanation = _paragraph(
            QCoreApplication.translate(
                "MissingDatabasePage",
                "The application keeps its data in %1, and that file does not exist yet. "
                "An administrator creates it once, in a terminal, with this command:",
            ).replace("%1", str(db_path))
        )
        layout.addWidget(self.explanation)

        self.command_view = CommandView(init_command_parts(db_path))
        self.command_view.setObjectName("initCommand")
        self.command_view.setAccessibleName(
            QCoreApplication.translate("MissingDatabasePage", "Command that creates the database")
        )
        layout.addWidget(self.command_view)

        hint = _paragraph(
            QCoreApplication.translate(
                "MissingDatabasePage",
                "Replace the words in angle brackets with your own. In Kyrgyzstan write KG "
                "instead of KZ. The command asks for a new password and shows a recovery key "
                "once: write it down and keep it apart from the computer.",
            )
        )
        style.mark_secondary(hint)
        layout.addWidget(hint)
        layout.addSpacing(style.SPACING)

        buttons = QHBoxLayout()
        buttons.setSpacing(style.SPACING)
        self.copy_button = QPushButton(
            QCoreApplication.translate("MissingDatabasePage", "&Copy the command")
        )
        self.copy_button.clicked.connect(self.copy_command)
        self.check_button = QPushButton(
            QCoreApplication.translate("MissingDatabasePage", "C&heck again")
        )
        self.check_button.clicked.connect(self.check_again)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.check_button)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(_centred(content, NOTICE_WIDTH))

    def copy_command(self) -> None:
        QGuiApplication.clipboard().setText(self.command_view.command)


class LoginForm(QWidget):
    """User name and password; emits `signed_in` with the opened session."""

    signed_in = Signal(object)  # Session

    def __init__(
        self, db_path: Path, lang: str, login: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._lang = lang
        self._busy = False

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.SPACING)
        layout.addWidget(
            style.heading(QCoreApplication.translate("LoginForm", "District inspector's log"))
        )
        database = _paragraph(
            QCoreApplication.translate("LoginForm", "Database: %1").replace("%1", str(db_path))
        )
        style.mark_secondary(database)
        layout.addWidget(database)
        layout.addSpacing(style.SPACING)

        self.login_edit = QLineEdit(login)
        self.login_edit.setAccessibleName(QCoreApplication.translate("LoginForm", "User name"))
        self.login_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhNoAutoUppercase | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.password_edit = QLineEdit()
        self.password_edit.setAccessibleName(QCoreApplication.translate("LoginForm", "Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for text, edit in (
            (QCoreApplication.translate("LoginForm", "&User name"), self.login_edit),
            (QCoreApplication.translate("LoginForm", "&Password"), self.password_edit),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
            edit.returnPressed.connect(self.submit)

        self.error_label = _paragraph("")
        self.error_label.setObjectName("loginError")
        style.mark_error(self.error_label)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addSpacing(style.SPACING)

        self.sign_in_button = QPushButton(QCoreApplication.translate("LoginForm", "Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit)
        layout.addWidget(self.sign_in_button)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(_centred(content, FORM_WIDTH))
        self.setFocusProxy(self.password_edit if login else self.login_edit)

    def submit(self) -> None:
        """Check the fields, then open the session once the wait cursor has been drawn."""
        if self._busy:
            return
        if not self.login_edit.text().strip():
            self._fail(
                QCoreApplication.translate("LoginForm", "Type your user name."), self.login_edit
            )
            return
        if not self.password_edit.text():
            self._fail(
                QCoreApplication.translate("LoginForm", "Type your password."), self.password_edit
            )
            return
        self._busy = True
        self.sign_in_button.setEnabled(False)
        self.sign_in_button.setText(QCoreApplication.translate("LoginForm", "Signing in…"))
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        # Open after the event loop has drawn the cursor and the button: the key derivation
        # blocks for a fraction of a second. (A worker thread comes with the full GUI.)
        QTimer.singleShot(0, self, self._open)

    def _open(self) -> None:
        from inspector_app.services.session import open_session

        try:
            session = open_session(
                self._db_path, self.login_edit.text().strip(), self.password_edit.text(), self._lang
            )
        except AppError as error:
            self._fail(describe(error, self._lang), self.password_edit)
            return
        finally:
            QApplication.restoreOverrideCursor()
            self._busy = False
            self.sign_in_button.setEnabled(True)
            self.sign_in_button.setText(QCoreApplication.translate("LoginForm", "Sign in"))
        self.password_edit.clear()
        self.error_label.hide()
        self.signed_in.emit(session)

    def _fail(self, text: str, focus: QLineEdit) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        if focus is self.password_edit:
            self.password_edit.clear()
        focus.setFocus()


class LoginWindow(QMainWindow):
    """The top-level window. It owns the session from sign-in until it is closed."""

    def __init__(
        self, db_path: Path, lang: str, login: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._lang = lang
        self._login = login
        self._session: Session | None = None
        self.setWindowTitle(QCoreApplication.translate("LoginWindow", "District inspector's log"))
        self.resize(240 * style.GRID, 160 * style.GRID)  # 960 × 640
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.home_page: QWidget | None = None
        self.login_form: LoginForm | None = None
        self.missing_page: MissingDatabasePage | None = None
        self.show_start_page()

    @property
    def session(self) -> Session | None:
        return self._session

    def show_start_page(self) -> None:
        """The sign-in form, or the notice that there is no database yet."""
        if self._db_path.exists():
            if self.login_form is None:
                self.login_form = LoginForm(self._db_path, self._lang, self._login)
                self.login_form.signed_in.connect(self._on_signed_in)
                self.pages.addWidget(self.login_form)
            self.pages.setCurrentWidget(self.login_form)
            self.login_form.setFocus()
        else:
            if self.missing_page is None:
                self.missing_page = MissingDatabasePage(self._db_path)
                self.missing_page.check_again.connect(self.show_start_page)
                self.pages.addWidget(self.missing_page)
            self.pages.setCurrentWidget(self.missing_page)
            self.missing_page.setFocus()

    def _on_signed_in(self, session: Session) -> None:
        from inspector_app.gui.home_page import HomePage

        self.close_session()
        self._session = session
        self.home_page = HomePage(session, self._lang)
        self.pages.addWidget(self.home_page)
        self.pages.setCurrentWidget(self.home_page)
        self.home_page.setFocus()
        if self.login_form is not None:
            self.pages.removeWidget(self.login_form)
            self.login_form.deleteLater()
            self.login_form = None

    def close_session(self) -> None:
        if self._session is not None:
            session, self._session = self._session, None
            session.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.close_session()
        super().closeEvent(event)
