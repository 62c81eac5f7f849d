"""Reports: choose the report, its period, what it covers and its language
(gui/reports/report_choices.py); Generate (Ctrl+G) makes the PDF on the worker and shows it in
the window (gui/reports/report_preview.py); Print (Ctrl+P) asks for the printer and the copies
(gui/reports/print_dialog.py) and hands the very PDF shown to the system's queue; Save as PDF
(Ctrl+S) writes it where the person chooses. Printing and saving a report that names people
are journaled by the services.

What is printed and saved is the report in the preview, even if the choices changed since: the
page then says so, and Generate makes it again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import AppError
from inspector_app.gui.reports.print_dialog import PrintDialog, available_printers
from inspector_app.gui.reports.report_choices import ReportChoices
from inspector_app.gui.reports.report_preview import ReportPreview
from inspector_app.gui.shared.page_base import Page
from inspector_app.gui.shell import style
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.tasks import Task, TaskRunner, Work
from inspector_app.messages import describe
from inspector_app.services.reports import (
    MadeReport,
    PrintJob,
    make_report,
    print_report,
    save_report,
)

FOLDER_KEY = "reports/folder"  # where the last report was saved (QSettings)
CHOICES_WIDTH = 90 * style.GRID  # 360 px at 100 %, at first
CHOICES_MIN_WIDTH = 72 * style.GRID  # narrower by dragging the splitter


def _button_for(action: QAction) -> QPushButton:
    """A push button that triggers `action` and follows its enabled state."""
    button = QPushButton()
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
    button.setEnabled(action.isEnabled())
    return button


class ReportsPage(Page):
    page_id = "reports"
    watches = ("precinct", "territory", "user")

    report_ready = Signal(object)  # the MadeReport now in the preview
    saved = Signal(object)  # the Path written
    printed = Signal(object)  # the PrintJob queued

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.tasks = context.tasks or TaskRunner.for_context(context, self)
        self.report: MadeReport | None = None
        self.summary = ""  # the previewed report in words
        self.running: list[Task] = []  # one job at a time is started from this page
        self.stale = False

        self.heading = style.heading("")
        self.choices = ReportChoices(context)
        self.choices.changed.connect(self._choices_changed)
        scroll = QScrollArea()
        scroll.setObjectName("reportChoices")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.choices)
        scroll.setMinimumWidth(CHOICES_MIN_WIDTH)
        self.choices_area = scroll

        self.generate_action = self._action("Ctrl+G", self.generate)
        self.print_action = self._action(QKeySequence.StandardKey.Print, self.print_now)
        self.save_action = self._action(QKeySequence.StandardKey.Save, self.save)
        self.choices.ui.generateButton.clicked.connect(self.generate_action.trigger)
        self.print_button = _button_for(self.print_action)
        self.print_button.setObjectName("printButton")
        self.save_button = _button_for(self.save_action)
        self.save_button.setObjectName("saveButton")
        # the same tables and figures as a spreadsheet, for an analyst to take further
        self.save_xlsx_action = self._action("Ctrl+Shift+S", self.save_xlsx)
        self.save_xlsx_button = _button_for(self.save_xlsx_action)
        self.save_xlsx_button.setObjectName("saveXlsxButton")

        self.title_label = QLabel()
        self.title_label.setObjectName("reportTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setFont(style.scaled_font(self.title_label, 1.1, bold=True))
        self.title_label.setProperty(style.VERBATIM, True)  # the report's own names and period
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.status_label.setObjectName("reportStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()
        self.personal_note = QLabel()
        self.personal_note.setWordWrap(True)
        style.mark_secondary(self.personal_note)
        self.personal_note.hide()
        self.preview = ReportPreview()
        for zoom in (self.preview.zoom_in_action, self.preview.zoom_out_action):
            self.addAction(zoom)  # its keys work from anywhere on the page

        top = QHBoxLayout()
        top.setSpacing(style.SPACING)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.save_xlsx_button, 0, Qt.AlignmentFlag.AlignTop)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(style.SPACING)
        column.addLayout(top)
        column.addWidget(self.status_label)
        column.addWidget(self.personal_note)
        column.addWidget(self.preview, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("reportsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(style.GROUP_SPACING)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([CHOICES_WIDTH, 1000])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(style.PAGE_MARGIN,) * 4)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.choices)
        self._update_actions()
        self.retranslate()

    def _action(self, keys: Any, slot: Any) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # --- the Page contract ----------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Reports")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.choices.retranslate()
        self.preview.retranslate()
        self.generate_action.setText(self.tr("&Generate the report"))
        self.print_action.setText(self.tr("Pr&int…"))
        self.save_action.setText(self.tr("&Save as PDF…"))
        self.print_button.setText(self.tr("Pr&int…"))
        self.print_button.setToolTip(self.tr("Choose the printer and the copies (Ctrl+P)"))
        self.print_button.setAccessibleName(self.tr("Print the report"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.save_button.setToolTip(self.tr("Save the report as a PDF file (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save the report as a PDF file"))
        self.save_xlsx_action.setText(self.tr("Save as &XLSX…"))
        self.save_xlsx_button.setText(self.tr("Save as &XLSX…"))
        self.save_xlsx_button.setToolTip(
            self.tr("Save the report's tables as a spreadsheet (Ctrl+Shift+S)")
        )
        self.save_xlsx_button.setAccessibleName(self.tr("Save the report as a spreadsheet"))
        self.personal_note.setText(
            self.tr("This report names people: printing and saving it are recorded in the journal.")
        )
        self._show_title()
        if self.stale:
            self._show_stale()

    def refresh(self) -> None:
        """Precincts or users changed: the scope list is read again (the preview stays)."""
        self.choices.reload_scopes()

    # --- generating -----------------------------------------------------------------------
    def generate(self) -> Task | None:
        """Make the report chosen on the worker; the preview shows it when it is done."""
        if self.busy:
            return None
        request = self.choices.request()
        if request is None:
            return None
        summary = self.choices.summary(request)
        working = self.tr("Gathering the figures and drawing the pages…")

        def job(work: Work) -> MadeReport:
            work.progress(0, 0, working)
            made = make_report(work.session, request)
            work.check()  # Stop pressed while drawing: the report is not shown
            return made

        return self._start(
            job,
            self.tr("Generating the report"),
            lambda made: self._made(made, summary),
            busy_text=self.tr("Generating the report…"),
            on_failure=self._generate_failed,
        )

    def _made(self, made: MadeReport, summary: str) -> None:
        self.report = made
        self.summary = summary
        self.preview.show_pdf(made.pdf)
        self.stale = False
        self._set_status("")
        self._show_title()
        self.personal_note.setVisible(made.kind.personal)
        self._update_actions()
        self.report_ready.emit(made)

    def _generate_failed(self, error: BaseException) -> None:
        if isinstance(error, AppError):  # the choices do not fit the data: said by the form
            if error.code == "report.no_precinct" and not self.choices.scopes:
                self.choices.show_failure(
                    self.tr(
                        "This database holds no precinct yet, so a report has nothing to "
                        "cover. Precincts come with the inspectors' packages (the Sync page)."
                    ),
                    from_catalog=False,
                )
            else:
                self.choices.show_failure(describe(error, self.context.lang))
            self._set_status("")
        else:
            self.tasks.show_failure(error, self)

    # --- printing -------------------------------------------------------------------------
    def print_now(self) -> Task | None:
        """Ask for the printer and the copies, then queue the previewed PDF itself."""
        if self.busy or self.report is None:
            return None
        report = self.report
        return self._start(
            lambda _work: available_printers(),
            self.tr("Looking for printers"),
            lambda found: self._choose_printer(report, *found),
            busy_text=self.tr("Looking for printers…"),
        )

    def _choose_printer(self, report: MadeReport, printers: list[str], default: str | None) -> None:
        dialog = PrintDialog(self.summary, report.pages, printers, default, self)
        accepted = self.context.dialogs.run(dialog) == QDialog.DialogCode.Accepted
        printer, copies = dialog.printer(), dialog.copies()
        dialog.deleteLater()
        if not accepted:
            return
        self._start(
            lambda work: print_report(work.session, report, printer, copies),
            self.tr("Sending the report to the printer"),
            self._printed,
            busy_text=self.tr("Sending the report to the printer…"),
        )

    def _printed(self, job: PrintJob) -> None:
        where = job.printer or self.tr("the default printer")
        text = self.tr("Sent to %1: %n copy(ies).", "", job.copies).replace("%1", where)
        self._set_status(text)
        self.printed.emit(job)

    # --- saving ---------------------------------------------------------------------------
    def save(self) -> Task | None:
        """Save the previewed PDF where the person chooses."""
        if self.busy or self.report is None:
            return None
        report = self.report
        folder = QSettings().value(FOLDER_KEY) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        suggested = str(Path(str(folder)) / report.file_name) if folder else report.file_name
        path = self.context.dialogs.save_file(
            self, self.tr("Save the report as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return None
        # The file dialog asked whether to replace the file it returned; a name given another
        # ending here is a file nobody was asked about, so that one is never replaced. Either
        # way the guarded writer never writes over the database's files: its refusal is said
        # in words like every failure of a task (gui/shell/tasks.py).
        confirmed = path.suffix.lower() == ".pdf"
        if not confirmed:
            path = path.with_name(path.name + ".pdf")
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        return self._start(
            lambda work: save_report(work.session, report, path, overwrite=confirmed),
            self.tr("Saving the report"),
            self._saved,
            busy_text=self.tr("Saving the report…"),
        )

    def save_xlsx(self) -> Task | None:
        """Save the previewed report's tables as a spreadsheet where the person chooses."""
        if self.busy or self.report is None:
            return None
        report = self.report
        folder = QSettings().value(FOLDER_KEY) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        name = str(Path(report.file_name).with_suffix(".xlsx"))
        suggested = str(Path(str(folder)) / name) if folder else name
        path = self.context.dialogs.save_file(
            self,
            self.tr("Save the report as a spreadsheet"),
            suggested,
            self.tr("Spreadsheets (*.xlsx)"),
        )
        if path is None:
            return None
        confirmed = path.suffix.lower() == ".xlsx"  # as for the PDF: only the asked-about file
        if not confirmed:
            path = path.with_name(path.name + ".xlsx")
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        request = report.request
        return self._start(
            lambda work: save_report(
                work.session,
                make_report(work.session, request, "xlsx"),
                path,
                overwrite=confirmed,
            ),
            self.tr("Saving the report"),
            self._saved,
            busy_text=self.tr("Saving the report…"),
        )

    def _saved(self, path: Path) -> None:
        self._set_status(self.tr("Saved to %1").replace("%1", str(path)))
        self.saved.emit(path)

    # --- state ----------------------------------------------------------------------------
    def _start(
        self,
        job: Any,
        title: str,
        on_success: Any,
        *,
        busy_text: str,
        on_failure: Any = None,
    ) -> Task:
        self._set_status(busy_text)
        task = self.tasks.start(
            job, title=title, parent=self, on_success=on_success, on_failure=on_failure
        )
        self.running.append(task)
        self._update_actions()
        task.cancelled.connect(lambda: self._set_status(self.tr("Stopped.")))
        task.failed.connect(lambda _error: self._set_status(""))
        task.finished.connect(lambda: self._finished(task))
        return task

    @property
    def busy(self) -> bool:
        return bool(self.running)

    def _finished(self, task: Task) -> None:
        if task in self.running:
            self.running.remove(task)
        self._update_actions()

    def _update_actions(self) -> None:
        self.generate_action.setEnabled(not self.busy)
        self.choices.ui.generateButton.setEnabled(not self.busy)
        has_report = self.report is not None and not self.busy
        self.print_action.setEnabled(has_report)
        self.save_action.setEnabled(has_report)
        self.save_xlsx_action.setEnabled(has_report)

    def _choices_changed(self) -> None:
        if self.report is not None and not self.stale:
            self.stale = True
            self._show_stale()

    def _show_stale(self) -> None:
        self._set_status(
            self.tr(
                "The choices changed after this report was made: print and save give the report "
                "shown. Press Generate (Ctrl+G) to make it with the new choices."
            ),
            warning=True,
        )

    def _set_status(self, text: str, *, warning: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        if warning:
            style.mark_warning(self.status_label)
        else:
            style.mark_secondary(self.status_label)

    def _show_title(self) -> None:
        if self.report is None:
            self.title_label.setText("")
            return
        self.title_label.setText(self.summary)
