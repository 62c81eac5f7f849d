"""What the District page's charts show, taken from the district report's model
(services/reports/board.py) through the indicators' one definition (reports/indicators.py):
register checks done and overdue and appeals decided on time and late per inspector, work by
kind, and the trend by month. Plain data: bar_chart.py draws it, a table lists the same."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from inspector_app.gui.shell import style
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.i18n import gettext_for
from inspector_app.reports import indicators as ind
from inspector_app.reports.formatting import month as month_words
from inspector_app.reports.model import DistrictReport, UnitFigures
from inspector_app.services.reports.indicators import total

CONTEXT = "DistrictBoard"
CHARTS = (
    ("checks", QT_TRANSLATE_NOOP("DistrictBoard", "Register checks done and overdue")),
    ("appeals", QT_TRANSLATE_NOOP("DistrictBoard", "Appeals decided on time and late")),
    ("work", QT_TRANSLATE_NOOP("DistrictBoard", "Work by kind")),
    ("trend", QT_TRANSLATE_NOOP("DistrictBoard", "Trend by month")),
)


@dataclass(frozen=True)
class Series:
    name: str  # in the user's language
    color: str


@dataclass(frozen=True)
class Bar:
    label: str  # a name (an inspector, a kind, a month): data, not words of the application
    values: tuple[int, ...]  # one per series
    note: str = ""  # what the values make: "92,3 % on time"


@dataclass(frozen=True)
class ChartData:
    code: str
    rows_title: str  # what a bar is (the table's first column), in the user's language
    axis: str  # what the scale counts
    series: tuple[Series, ...]
    bars: tuple[Bar, ...]
    stacked: bool  # the series add up in one bar; else side by side
    empty: str = ""  # why there is nothing to draw


def _indicator(code: str, report: DistrictReport) -> str:
    """An indicator's name as the report prints it (the reports' catalogs)."""
    return gettext_for(report.header.lang)(ind.name(code, report.header.country))


def _label(row: UnitFigures) -> str:
    """An inspector by name (the precinct's code when none is named)."""
    return row.unit.short or row.unit.code


def _value(code: str, row: UnitFigures) -> int:
    return int(ind.value(code, row.figures) or 0)


def checks(report: DistrictReport) -> ChartData:
    return ChartData(
        "checks",
        QCoreApplication.translate("DistrictBoard", "Inspector"),
        QCoreApplication.translate("DistrictBoard", "Home checks"),
        (
            Series(_indicator("checks_done", report), style.DONE_COLOR),
            Series(_indicator("checks_overdue", report), style.ERROR_COLOR),
        ),
        tuple(
            Bar(_label(r), (_value("checks_done", r), _value("checks_overdue", r)))
            for r in report.rows
        ),
        stacked=False,  # done in the period, overdue on the as-of day: not one sum
    )


def _on_time(row: UnitFigures) -> str:
    share = ind.value("appeals_on_time_percent", row.figures)
    if share is None:
        return QCoreApplication.translate("DistrictBoard", "none decided")
    return QCoreApplication.translate("DistrictBoard", "%1 % on time").replace(
        "%1", QLocale().toString(float(share), "f", 1)
    )


def appeals(report: DistrictReport) -> ChartData:
    return ChartData(
        "appeals",
        QCoreApplication.translate("DistrictBoard", "Inspector"),
        QCoreApplication.translate("DistrictBoard", "Appeals decided"),
        (
            Series(_indicator("appeals_on_time", report), style.DONE_COLOR),
            Series(_indicator("appeals_late", report), style.ERROR_COLOR),
        ),
        tuple(
            Bar(
                _label(r),
                (_value("appeals_on_time", r), _value("appeals_late", r)),
                _on_time(r),
            )
            for r in report.rows
        ),
        stacked=True,
    )


def work(report: DistrictReport) -> ChartData:
    """The work log entries of the inspectors shown, by kind (a register check is counted on
    the register, as the reports count it)."""
    summed = total([r.figures for r in report.rows]) if report.rows else None
    kinds = [n for n in (summed.work if summed else ()) if n.count]
    return ChartData(
        "work",
        QCoreApplication.translate("DistrictBoard", "Kind of work"),
        QCoreApplication.translate("DistrictBoard", "Work log entries"),
        (Series(QCoreApplication.translate("DistrictBoard", "Entries"), style.SERIES_COLORS[0]),),
        tuple(Bar(n.name, (n.count,)) for n in sorted(kinds, key=lambda n: -n.count)),
        stacked=True,
        empty=QCoreApplication.translate("DistrictBoard", "No work log entries in this period."),
    )


def trend(report: DistrictReport, lang: str) -> ChartData:
    """Each month of the period (the report's trend: two months at least)."""
    return ChartData(
        "trend",
        QCoreApplication.translate("DistrictBoard", "Month"),
        QCoreApplication.translate("DistrictBoard", "Count"),
        (
            Series(
                QCoreApplication.translate("DistrictBoard", "Work log entries"),
                style.SERIES_COLORS[0],
            ),
            Series(
                QCoreApplication.translate("DistrictBoard", "Checks done"), style.SERIES_COLORS[1]
            ),
            Series(
                QCoreApplication.translate("DistrictBoard", "Appeals received"),
                style.SERIES_COLORS[2],
            ),
        ),
        tuple(
            Bar(month_words(m.month, lang), (m.work, m.checks_done, m.appeals))
            for m in report.months
        ),
        stacked=False,
        empty=QCoreApplication.translate(
            "DistrictBoard",
            "One month is no trend: choose a quarter or a year to see the months side by side.",
        ),
    )


def chart(code: str, report: DistrictReport, lang: str) -> ChartData:
    if code == "checks":
        return checks(report)
    if code == "appeals":
        return appeals(report)
    if code == "work":
        return work(report)
    return trend(report, lang)
