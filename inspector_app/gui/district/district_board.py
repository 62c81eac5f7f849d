"""The Charts tab of the District page (its widgets in ui/district_page.ui): per inspector the
register checks done and overdue, appeals decided on time and late, work by kind, and the trend
by month, for the period chosen here and the inspector chosen in the window's filter.

The figures are the district report's own (services/reports/board.py), made on the worker
(gui/shell/tasks.py) while the tab is shown; the chart draws them (bar_chart.py) and "As a
table" lists the same figures, one line a bar, for the keyboard and screen readers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from inspector_app.domain.errors import AppError
from inspector_app.gui.district.bar_chart import BarChart
from inspector_app.gui.district.board_figures import CHARTS, ChartData, chart
from inspector_app.gui.forms.ui_district_page import Ui_DistrictPage
from inspector_app.gui.shared.work_widgets import add_data_item, error_words, inspector_of
from inspector_app.gui.shell import style
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.tasks import TaskRunner, Work
from inspector_app.reports.formatting import day as day_words
from inspector_app.reports.formatting import period as period_words
from inspector_app.reports.model import DistrictReport
from inspector_app.services.reports import district_board, period_choices, period_code

CONTEXT = "DistrictBoard"
DEFAULT_PERIOD = 2  # of period_choices: this quarter (its months make a trend)


class DistrictBoard(QObject):
    def __init__(self, context: AppContext, ui: Ui_DistrictPage, parent: QObject) -> None:
        super().__init__(parent)
        self.context, self.ui = context, ui
        self.runner = context.tasks or TaskRunner.for_context(context, self)
        self.chart = BarChart()
        ui.chartColumn.addWidget(self.chart)
        ui.chartColumn.addStretch(1)
        for plain in (ui.chartScroll.viewport(), ui.chartHolder):  # the tab's own background
            plain.setAutoFillBackground(False)
        self.table_model = QStandardItemModel(self)
        ui.boardTable.setModel(self.table_model)
        ui.boardTable.verticalHeader().hide()
        ui.boardTable.setEditTriggers(ui.boardTable.EditTrigger.NoEditTriggers)
        style.mark_secondary(ui.boardNote)
        self.report: DistrictReport | None = None
        self.asked: tuple[str, str, str | None] | None = None  # the figures on their way
        self.shown: tuple[str, str, str | None] | None = None  # the figures shown
        ui.periodCombo.currentIndexChanged.connect(lambda _i: self.load())
        ui.chartCombo.currentIndexChanged.connect(lambda _i: self._draw())
        ui.asTable.toggled.connect(self._as_table)
        ui.districtTabs.currentChanged.connect(lambda _i: self.load())
        context.bus.filter_changed.connect(lambda _i: self.load())

    def retranslate(self) -> None:
        combo, keep = self.ui.periodCombo, self.ui.periodCombo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        for period in period_choices(self.context.session.today()):
            words = period_words(period, self.context.lang)
            add_data_item(combo, words[:1].upper() + words[1:], period_code(period))
        combo.setCurrentIndex(keep if keep >= 0 else DEFAULT_PERIOD)
        combo.blockSignals(False)
        combo, keep = self.ui.chartCombo, self.ui.chartCombo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        for code, words in CHARTS:
            combo.addItem(QCoreApplication.translate("DistrictBoard", words), code)
        combo.setCurrentIndex(max(keep, 0))
        combo.blockSignals(False)
        self.shown = None  # names of kinds and months in the new language
        self.load()

    def visible(self) -> bool:
        return self.ui.districtTabs.currentWidget() is self.ui.boardTab

    def wanted(self) -> tuple[str, str, str | None]:
        period = str(self.ui.periodCombo.currentData() or "")
        return period, self.context.lang, inspector_of(self.context)

    def load(self, *, again: bool = False) -> None:
        """Ask the worker for the figures when the tab is shown and they are not there yet;
        `again`: the data changed, what is shown is old (counted again once the tab shows)."""
        if again:
            self.shown = None
        wanted = self.wanted()
        if not self.visible() or not wanted[0] or wanted in (self.asked, self.shown):
            return
        self.asked = wanted
        self.ui.boardNote.setText(
            QCoreApplication.translate("DistrictBoard", "Counting the figures…")
        )

        def job(work: Work) -> DistrictReport:
            return district_board(work.session, *wanted)

        self.runner.start(
            job,
            title=QCoreApplication.translate("DistrictBoard", "Counting the figures…"),
            parent=self.ui.boardTab,
            on_success=lambda report: self._arrived(wanted, report),
            on_failure=lambda error: self._failed(wanted, error),
            show_progress=False,
        )

    def _arrived(self, wanted: tuple[str, str, str | None], report: DistrictReport) -> None:
        if wanted != self.asked:
            return  # another period or inspector was chosen meanwhile
        self.asked, self.shown, self.report = None, wanted, report
        self._draw()
        if wanted != self.wanted():
            self.load()

    def _failed(self, wanted: tuple[str, str, str | None], error: BaseException) -> None:
        if wanted == self.asked:
            self.asked = None
        if not isinstance(error, AppError):
            self.runner.show_failure(error, self.ui.boardTab)
            return
        self.report = None
        self.chart.set_data(None)
        self.table_model.clear()
        self.ui.boardNote.setText(error_words(error, self.context.lang))

    def current(self) -> ChartData | None:
        if self.report is None:
            return None
        code = str(self.ui.chartCombo.currentData() or "checks")
        return chart(code, self.report, self.context.lang)

    def _draw(self) -> None:
        data = self.current()
        self.chart.set_data(data)
        self._fill_table(data)
        if self.report is None:
            return
        header = self.report.header
        self.ui.boardNote.setText(
            QCoreApplication.translate(
                "DistrictBoard", "%1, %2, as of %3: the figures of the district report."
            )
            .replace("%1", header.scope)
            .replace("%2", period_words(header.period, self.context.lang))
            .replace("%3", day_words(header.as_of, self.context.lang))
        )

    def _fill_table(self, data: ChartData | None) -> None:
        model = self.table_model
        model.clear()
        if data is None:
            return
        notes = any(bar.note for bar in data.bars)
        titles = [data.rows_title, *(s.name for s in data.series)]
        model.setHorizontalHeaderLabels(
            titles + ([QCoreApplication.translate("DistrictBoard", "Note")] if notes else [])
        )
        locale = QLocale()
        for bar in data.bars:
            cells = [QStandardItem(bar.label)]
            for value in bar.values:
                cell = QStandardItem(locale.toString(value))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cells.append(cell)
            if notes:
                cells.append(QStandardItem(bar.note))
            model.appendRow(cells)
        self.ui.boardTable.resizeColumnsToContents()

    def _as_table(self, on: bool) -> None:
        self.ui.boardStack.setCurrentWidget(self.ui.boardTable if on else self.ui.chartScroll)
