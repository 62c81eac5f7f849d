"""The window locks itself after some minutes without use and asks the password again.

`IdleWatcher` sees every key press, click, wheel turn and mouse move of the application (an
event filter on QApplication) and emits `timed_out` after the configured minutes of none.
`WindowLock` then covers the whole window with an opaque overlay asking the password, disables
everything under it (shortcuts included) and hides the dialogs that are open (the dialog
service keeps them and what was typed in them). The right password brings everything back as
it was: the pages underneath never lose their typed input.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCursor, QResizeEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QVBoxLayout, QWidget
from shiboken6 import isValid

from inspector_app.domain.errors import AppError
from inspector_app.gui.forms.ui_lock_overlay import Ui_LockForm
from inspector_app.gui.shell import style
from inspector_app.gui.shell.dialogs import DialogService
from inspector_app.gui.shell.icons import icon

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)
FORM_WIDTH = 90 * style.GRID  # 360 px, as the sign-in form


class IdleWatcher(QObject):
    """Emits `timed_out` after `timeout_ms` without input anywhere in the application."""

    timed_out = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.timed_out)
        self._active = True
        app = QCoreApplication.instance()
        assert app is not None, "IdleWatcher needs the QApplication"
        app.installEventFilter(self)
        self._timer.start()

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        if self._active:
            self._timer.start()

    def pause(self) -> None:
        self._active = False
        self._timer.stop()

    def resume(self) -> None:
        self._active = True
        self._timer.start()

    def stop(self) -> None:
        self.pause()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self._active and event.type() in ACTIVITY:
            self._timer.start()
        return False


class LockOverlay(QWidget):
    """The opaque cover with the password form, over the whole window."""

    unlock_requested = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockOverlay")
        self.setAutoFillBackground(True)
        self.form = QWidget()
        self.form.setFixedWidth(FORM_WIDTH)
        self.ui = Ui_LockForm()
        self.ui.setupUi(self.form)
        self.ui.iconLabel.setPixmap(icon("lock").pixmap(QSize(48, 48)))
        self.ui.heading.setFont(style.scaled_font(self.ui.heading, 1.5, bold=True))
        self.ui.unlockButton.clicked.connect(self._submit)
        self.ui.passwordEdit.returnPressed.connect(self._submit)
        style.mark_error(self.ui.errorLabel)
        self.ui.errorLabel.hide()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.form)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(*(style.PAGE_MARGIN,) * 4)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)
        self.setFocusProxy(self.ui.passwordEdit)
        window.installEventFilter(self)
        self.hide()

    def prepare(self, full_name: str, minutes: int | None) -> None:
        """Texts in the current language, an empty password field, no old error."""
        self.ui.retranslateUi(self.form)
        if minutes is None:
            text = QCoreApplication.translate(
                "LockOverlay", "Type the password of %1 to go on. Everything typed is kept."
            )
        else:
            text = QCoreApplication.translate(
                "LockOverlay",
                "The window locked itself after %n minute(s) without use. Type the password "
                "of %1 to go on. Everything typed is kept.",
                None,
                minutes,
            )
        self.ui.explanation.setText(text.replace("%1", full_name))
        self.ui.passwordEdit.clear()
        self.ui.errorLabel.hide()
        self.set_busy(False)

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.ui.unlockButton.setEnabled(not busy)
        self.ui.passwordEdit.setEnabled(not busy)

    def _submit(self) -> None:
        if not self.ui.passwordEdit.text():
            self.show_error(QCoreApplication.translate("LockOverlay", "Type your password."))
            return
        self.unlock_requested.emit(self.ui.passwordEdit.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            assert isinstance(event, QResizeEvent)
            self.setGeometry(0, 0, event.size().width(), event.size().height())
        return False


class WindowLock(QObject):
    """Locks `window` when idle (or on request) and unlocks it with the user's password."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: QMainWindow,
        dialogs: DialogService,
        verify: Callable[[str], None],
        full_name: str,
        language: Callable[[], str],
        minutes: int,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs = dialogs
        self._verify = verify
        self._full_name = full_name
        self._language = language
        self.minutes = minutes
        self.overlay = LockOverlay(window)
        self.overlay.unlock_requested.connect(self._try_unlock)
        self.watcher = IdleWatcher(minutes * 60_000, self)
        self.watcher.timed_out.connect(self.lock_when_idle)
        self.is_locked = False
        self._disabled: list[QWidget | QAction] = []
        self._focus: QWidget | None = None

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.watcher.set_timeout(minutes * 60_000)

    def lock_when_idle(self) -> None:
        self.lock(idle=True)

    def lock(self, *, idle: bool = False) -> None:
        if self.is_locked:
            return
        self.is_locked = True
        self.watcher.pause()
        self._focus = QApplication.focusWidget()
        popup = QApplication.activePopupWidget()  # an open menu or list would stay on top
        while popup is not None:
            popup.close()
            popup = QApplication.activePopupWidget()
        self.dialogs.suspend()
        window = self.window
        parts: list[QWidget | QAction] = [
            child
            for child in window.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if child is not self.overlay and not child.isWindow()
        ]
        parts += window.findChildren(QAction)
        self._disabled = [part for part in parts if part.isEnabled()]
        for part in self._disabled:
            part.setEnabled(False)
        self.overlay.prepare(self._full_name, self.minutes if idle else None)
        self.overlay.setGeometry(window.rect())
        self.overlay.show()
        self.overlay.raise_()
        window.activateWindow()
        self.overlay.setFocus()
        self.locked.emit()

    def _try_unlock(self, password: str) -> None:
        self.overlay.set_busy(True)
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        # check after the cursor is drawn: the key derivation takes a fraction of a second
        QTimer.singleShot(0, self, lambda: self._check(password))

    def _check(self, password: str) -> None:
        try:
            self._verify(password)
        except AppError as error:
            from inspector_app.messages import describe

            self.overlay.set_busy(False)
            self.overlay.show_error(describe(error, self._language()))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.unlock()

    def unlock(self) -> None:
        if not self.is_locked:
            return
        self.overlay.hide()
        self.overlay.ui.passwordEdit.clear()
        for part in self._disabled:
            part.setEnabled(True)
        self._disabled = []
        self.is_locked = False
        self.dialogs.resume()
        if self._focus is not None and isValid(self._focus) and self.dialogs.open_count == 0:
            self._focus.setFocus()
        self._focus = None
        self.watcher.resume()
        self.unlocked.emit()

    def stop(self) -> None:
        self.watcher.stop()
