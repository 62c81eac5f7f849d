"""The window the application opens with: sign in to the database, then the main window.

The services are imported only when the person signs in, so this window appears before the
database code has loaded (the first-run wizard comes first when there is no database yet).
Building it does not touch Qt's `Qt` namespace either: PySide takes some 20 ms to make its
enums, time better spent after the window is shown (enum properties are set by name instead).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.gui.shell import style
from inspector_app.gui.start.language_box import LanguageBox

FORM_WIDTH = 90 * style.GRID  # 360 px: the sign-in form


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
    label.setProperty("textFormat", "PlainText")  # Qt.TextFormat.PlainText, see above
    return label


class LoginForm(QWidget):
    """User name and password; emits `signed_in` with the opened session and the master key."""

    signed_in = Signal(object, bytes)  # Session, the master key

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
        database.setObjectName("databasePath")
        style.mark_secondary(database)
        layout.addWidget(database)
        layout.addSpacing(style.SPACING)

        self.login_edit = QLineEdit(login)
        self.login_edit.setAccessibleName(QCoreApplication.translate("LoginForm", "User name"))
        self.login_edit.setProperty("inputMethodHints", "ImhNoAutoUppercase|ImhNoPredictiveText")
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
        from PySide6.QtCore import Qt

        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        # Open after the event loop has drawn the cursor and the button: the key derivation
        # blocks for a fraction of a second. (Not on a worker: the session's connection
        # belongs to the thread that opens it, and the pages use it on this one.)
        QTimer.singleShot(0, self, self._open)

    def _open(self) -> None:
        from inspector_app.domain.errors import AppError
        from inspector_app.services.session import open_session_with_key

        try:
            session, master_key = open_session_with_key(
                self._db_path, self.login_edit.text().strip(), self.password_edit.text(), self._lang
            )
        except AppError as error:
            from inspector_app.messages import describe

            self._fail(describe(error, self._lang), self.password_edit)
            return
        finally:
            QApplication.restoreOverrideCursor()
            self._busy = False
            self.sign_in_button.setEnabled(True)
            self.sign_in_button.setText(QCoreApplication.translate("LoginForm", "Sign in"))
        self.password_edit.clear()
        self.error_label.hide()
        self.signed_in.emit(session, master_key)

    def _fail(self, text: str, focus: QLineEdit) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        if focus is self.password_edit:
            self.password_edit.clear()
        focus.setFocus()


class LoginWindow(QMainWindow):
    """The first window a person sees on a computer with a database. It passes on the
    `signed_in` of its form; the receiver owns the session from then on."""

    signed_in = Signal(object, bytes)  # Session, the master key
    language_chosen = Signal(str)

    def __init__(
        self, db_path: Path, lang: str, login: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginWindow")
        self.setWindowTitle(QCoreApplication.translate("LoginWindow", "District inspector's log"))
        style.fit_to_screen(self, 240 * style.GRID, 160 * style.GRID)  # 960 × 640
        self.login_form = LoginForm(db_path, lang, login)
        self.login_form.signed_in.connect(self.signed_in)
        self.language_box = LanguageBox(lang)
        self.language_box.chosen.connect(self.language_chosen)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(style.PAGE_MARGIN, style.PAGE_MARGIN, style.PAGE_MARGIN, 0)
        column.addWidget(self.language_box)
        column.addWidget(self.login_form, 1)
        self.setCentralWidget(central)
        self.login_form.setFocus()

    def typed_login(self) -> str:
        return self.login_form.login_edit.text().strip()
