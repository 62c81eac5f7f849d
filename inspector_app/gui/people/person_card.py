"""The person card (the `person-card` report) printed or saved from the person's page, by the
Reports page's path: made on the worker, the printer and copies chosen in its print dialog,
the PDF itself queued or written through the guarded writer; each journaled by the service."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths
from PySide6.QtWidgets import QDialog, QWidget

from inspector_app.gui.reports.print_dialog import PrintDialog, available_printers
from inspector_app.gui.shell.tasks import TaskRunner, Work
from inspector_app.services.reports import ReportRequest, make_report, print_report, save_report

if TYPE_CHECKING:
    from inspector_app.gui.shell.context import AppContext
    from inspector_app.services.reports import MadeReport, PrintJob

FOLDER_KEY = "reports/folder"  # the Reports page's: a card is saved where reports were


class PersonCard(QObject):
    """Prints or saves one person's card, and says what became of it in a message."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.widget = parent
        self.runner = context.tasks or TaskRunner.for_context(context, self)
        self.last_message = ""

    def _request(self, person_id: str) -> ReportRequest:
        return ReportRequest("person-card", person=person_id, lang=self.context.lang)

    def _say(self, text: str) -> None:
        self.last_message = text
        self.context.dialogs.inform(
            self.widget, QCoreApplication.translate("PersonCard", "Person card"), text
        )

    # --- printing -------------------------------------------------------------------------
    def print_card(self, person_id: str, name: str) -> None:
        request = self._request(person_id)

        def job(work: Work) -> tuple[MadeReport, list[str], str | None]:
            made = make_report(work.session, request)
            printers, default = available_printers()
            return made, printers, default

        self.runner.start(
            job,
            title=QCoreApplication.translate("PersonCard", "Making the person card"),
            parent=self.widget,
            on_success=lambda found: self._choose_printer(name, *found),
        )

    def _choose_printer(
        self, name: str, report: MadeReport, printers: list[str], default: str | None
    ) -> None:
        what = QCoreApplication.translate("PersonCard", "Person card: %1").replace("%1", name)
        dialog = PrintDialog(what, report.pages, printers, default, self.widget)
        accepted = self.context.dialogs.run(dialog) == QDialog.DialogCode.Accepted
        printer, copies = dialog.printer(), dialog.copies()
        dialog.deleteLater()
        if not accepted:
            return
        self.runner.start(
            lambda work: print_report(work.session, report, printer, copies),
            title=QCoreApplication.translate("PersonCard", "Sending the card to the printer"),
            parent=self.widget,
            on_success=self._printed,
        )

    def _printed(self, job: PrintJob) -> None:
        where = job.printer or QCoreApplication.translate("PersonCard", "the default printer")
        self._say(
            QCoreApplication.translate(
                "PersonCard", "Sent to %1: %n copy(ies).", None, job.copies
            ).replace("%1", where)
        )

    # --- saving ---------------------------------------------------------------------------
    def save_card(self, person_id: str) -> None:
        request = self._request(person_id)
        self.runner.start(
            lambda work: make_report(work.session, request),
            title=QCoreApplication.translate("PersonCard", "Making the person card"),
            parent=self.widget,
            on_success=self._choose_file,
        )

    def _choose_file(self, report: MadeReport) -> None:
        folder = QSettings().value(FOLDER_KEY) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        suggested = str(Path(str(folder)) / report.file_name) if folder else report.file_name
        path = self.context.dialogs.save_file(
            self.widget,
            QCoreApplication.translate("PersonCard", "Save the person card as PDF"),
            suggested,
            QCoreApplication.translate("PersonCard", "PDF files (*.pdf)"),
        )
        if path is None:
            return
        # as on the Reports page: only the file the dialog asked about may be replaced
        confirmed = path.suffix.lower() == ".pdf"
        if not confirmed:
            path = path.with_name(path.name + ".pdf")
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        self.runner.start(
            lambda work: save_report(work.session, report, path, overwrite=confirmed),
            title=QCoreApplication.translate("PersonCard", "Saving the person card"),
            parent=self.widget,
            on_success=lambda written: self._say(
                QCoreApplication.translate("PersonCard", "Saved to %1").replace("%1", str(written))
            ),
        )
