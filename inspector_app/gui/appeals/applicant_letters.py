"""The applicant's papers from the Appeals page: the receipt (талон-уведомление) and the letters
on an extension, a forwarding and a decision, each saved as a PDF where the person chooses.
A button with a menu above the list, and the same actions on the list's context menu; each
letter is offered once its step is recorded. The service writes through the guarded writer
and journals the export (the letter names the applicant)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QWidget

from inspector_app.domain.errors import AppError
from inspector_app.gui.shared.record_list import say_failure
from inspector_app.gui.shell import style
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.services.appeal_letters import write_letter
from inspector_app.services.appeals import AppealRow

CONTEXT = "ApplicantLetters"
FOLDER_KEY = "appeals/letters_folder"  # where the last letter was saved (QSettings)
LETTERS = (
    ("receipt", QT_TRANSLATE_NOOP("ApplicantLetters", "&Receipt (талон-уведомление)…")),
    ("extension", QT_TRANSLATE_NOOP("ApplicantLetters", "Letter on the &extension…")),
    ("forward", QT_TRANSLATE_NOOP("ApplicantLetters", "Letter on &forwarding…")),
    ("decision", QT_TRANSLATE_NOOP("ApplicantLetters", "Letter with the &decision…")),
)
SAVE_TITLES = {
    "receipt": QT_TRANSLATE_NOOP("ApplicantLetters", "Save the applicant's receipt"),
    "extension": QT_TRANSLATE_NOOP("ApplicantLetters", "Save the letter on the extension"),
    "forward": QT_TRANSLATE_NOOP("ApplicantLetters", "Save the letter on forwarding"),
    "decision": QT_TRANSLATE_NOOP("ApplicantLetters", "Save the letter with the decision"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def offered(appeal: AppealRow | None, kind: str) -> bool:
    """A letter is there to print once its step is recorded; a receipt for every appeal."""
    if appeal is None:
        return False
    return {
        "receipt": True,
        "extension": appeal.extended_on is not None,
        "forward": appeal.forwarded_on is not None,
        "decision": appeal.decided_on is not None,
    }[kind]


def file_name(appeal: AppealRow, kind: str) -> str:
    return f"{appeal.number}-{kind}.pdf"


class ApplicantLetters(QObject):
    """The button, its menu and the save of each paper for the page's chosen appeal."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget,
        current: Callable[[], AppealRow | None],
        message: QLabel,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.current = current
        self.message = message
        self.button = QPushButton()
        self.button.setObjectName("lettersButton")
        self.menu = QMenu(self.button)
        self.button.setMenu(self.menu)
        self.actions: dict[str, QAction] = {}
        for kind, _text in LETTERS:
            action = QAction(self.menu)
            action.setObjectName(f"{kind}Letter")
            action.triggered.connect(lambda _checked=False, k=kind: self.save(k))
            self.menu.addAction(action)
            self.actions[kind] = action
        self.button.setVisible(context.session.can("report.make"))
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(
            QCoreApplication.translate("ApplicantLetters", "&Papers for the applicant")
        )
        self.button.setToolTip(
            QCoreApplication.translate(
                "ApplicantLetters",
                "The receipt and the letters on the extension, forwarding and decision, as PDF",
            )
        )
        for kind, text in LETTERS:
            self.actions[kind].setText(_tr(text))

    def update(self, appeal: AppealRow | None) -> None:
        self.button.setEnabled(appeal is not None)
        for kind, action in self.actions.items():
            action.setEnabled(offered(appeal, kind))

    def save(self, kind: str) -> Path | None:
        """Ask where, then write the paper; None when the person gave up or it failed."""
        appeal = self.current()
        if appeal is None or not offered(appeal, kind):
            return None
        folder = QSettings().value(FOLDER_KEY) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        name = file_name(appeal, kind)
        suggested = str(Path(str(folder)) / name) if folder else name
        path = self.context.dialogs.save_file(
            self.parent_widget,
            _tr(SAVE_TITLES[kind]),
            suggested,
            QCoreApplication.translate("ApplicantLetters", "PDF files (*.pdf)"),
        )
        if path is None:
            return None
        # the file dialog asked about replacing the name it returned; a name given the ending
        # here is one nobody was asked about, so that one is never replaced
        confirmed = path.suffix.lower() == ".pdf"
        if not confirmed:
            path = path.with_name(path.name + ".pdf")
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        try:
            write_letter(self.context.session, appeal.id, kind, path, overwrite=confirmed)
        except (AppError, OSError) as error:
            if isinstance(error, OSError):
                error = AppError("file.write", path=str(path), reason=error.strerror or "")
            say_failure(self.message, error, self.context.lang)
            return None
        self.message.setText(
            QCoreApplication.translate("ApplicantLetters", "Saved to %1").replace("%1", str(path))
        )
        style.mark_secondary(self.message)
        self.message.show()
        return path
