"""The District page's charts: on a chief's database made by real sync packages from two
inspectors' laptops, every bar has the district report's figure for the same period (the report
written as a spreadsheet and read back), they follow the period and the window's inspector
filter, a keyboard reaches every bar, and "As a table" lists the same figures."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt

from inspector_app.gui.district.bar_chart import BarChart, nice_step
from inspector_app.gui.district.board_figures import Bar, ChartData, Series
from inspector_app.gui.district.district_page import DistrictPage
from inspector_app.gui.shell.bus import DataBus
from inspector_app.gui.shell.context import AppContext
from inspector_app.services.auth import open_worker_session
from inspector_app.services.demo.fill import DemoRequest, fill_demo
from inspector_app.services.reports import ReportRequest, make_report
from inspector_app.services.session import Session, open_session_with_key
from tests.conftest import PASSWORD, make_db
from tests.gui.work_support import TODAY, ScriptedDialogs, show_page
from tests.sync.network import enrol, make_node

QUARTER = "2026-Q4"  # TODAY is in it: October and the first half of November


@pytest.fixture(scope="module")
def chief_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A chief's database holding only what two inspectors' laptops sent in packages."""
    folder = tmp_path_factory.mktemp("two-laptops")
    first = make_node(folder, "first", "inspector", precinct="05")
    second = make_node(folder, "second", "inspector", precinct="06")
    chief = make_node(folder, "chief", "chief")
    try:
        enrol(first, chief, folder)
        enrol(second, chief, folder)
        for seed, laptop in ((3, first), (4, second)):
            laptop.session.today_override = TODAY
            fill_demo(laptop.session, DemoRequest(people=150, years=2, seed=seed))
            assert chief.take(laptop.export(chief)).status == "imported"
    finally:
        for node in (first, second, chief):
            node.close()
    return chief.path


@pytest.fixture
def chief(chief_template: Path, tmp_path: Path) -> Iterator[tuple[Session, bytes]]:
    path = tmp_path / "chief.db"
    for file in chief_template.parent.glob(chief_template.name + "*"):
        shutil.copy(file, tmp_path / file.name)
    session, key = open_session_with_key(path, "admin", PASSWORD, "en")
    session.today_override = TODAY
    try:
        yield session, key
    finally:
        session.close()


def _context(session: Session, key: bytes) -> AppContext:
    """As the window makes it: the worker opens a session of its own."""
    return AppContext(
        session=session,
        dialogs=ScriptedDialogs(),
        bus=DataBus(),
        lang="en",
        open_worker_session=lambda: open_worker_session(session, key),
    )


def _board(qtbot: Any, session: Session, key: bytes) -> DistrictPage:
    page = show_page(qtbot, DistrictPage(_context(session, key)))
    assert isinstance(page, DistrictPage)
    tabs = page.ui.districtTabs
    qtbot.mouseClick(
        tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(1).center()
    )
    combo = page.ui.periodCombo
    combo.setCurrentIndex(combo.findData(QUARTER))
    qtbot.waitUntil(lambda: page.board.shown is not None and page.board.shown[0] == QUARTER)
    return page


def _show(qtbot: Any, page: DistrictPage, code: str) -> ChartData:
    combo = page.ui.chartCombo
    combo.setCurrentIndex(combo.findData(code))
    data = page.board.chart.data
    assert data is not None and data.code == code
    return data


def _report_sheet(session: Session) -> dict[str, dict[str, Any]]:
    """The district report of the quarter as a spreadsheet, read back: by precinct code, each
    column's figure."""
    made = make_report(session, ReportRequest("district", period=QUARTER, lang="en"), "xlsx")
    book = openpyxl.load_workbook(io.BytesIO(made.xlsx))
    sheet = book["Indicators by inspector"]
    rows = list(sheet.iter_rows(min_row=5, values_only=True))
    header = rows[0]
    return {str(r[0]): dict(zip(header, r, strict=True)) for r in rows[1:] if r[0]}


def test_the_charts_have_the_district_report_s_figures(qtbot, chief):
    session, key = chief
    page = _board(qtbot, session, key)
    report = _report_sheet(session)
    precincts = [code for code in report if code != "Total"]
    assert precincts == ["05", "06"]  # both laptops' precincts came in their packages
    checks = _show(qtbot, page, "checks")
    appeals = _show(qtbot, page, "appeals")
    work = _show(qtbot, page, "work")
    trend = _show(qtbot, page, "trend")
    # labelled by the inspector's name, one bar per precinct, in the report's order
    assert [b.label for b in checks.bars] == ["Пользователь f.", "Пользователь s."]
    assert [b.values for b in checks.bars] == [
        (report[p]["Checks done"], report[p]["Overdue checks"]) for p in precincts
    ]
    assert [b.values for b in appeals.bars] == [
        (report[p]["On time"], report[p]["Late"]) for p in precincts
    ]
    assert sum(sum(b.values) for b in checks.bars) > 0  # the demo did checks: not all zeros
    assert sum(sum(b.values) for b in appeals.bars) > 0
    total = report["Total"]
    kinds = {b.label: b.values[0] for b in work.bars}
    for column, kind in (
        ("Talks", "Preventive talk"),
        ("Warnings", "Official warning"),
        ("Receptions", "Citizens' reception"),
        ("Public council", "Public council"),
    ):
        assert kinds.get(kind, 0) == total[column], kind
    # the months of the quarter begun by the as-of day, adding up to the report's totals
    assert [b.label for b in trend.bars] == ["October 2026", "November 2026"]
    assert sum(b.values[1] for b in trend.bars) == total["Checks done"]
    assert sum(b.values[2] for b in trend.bars) == total["Appeals received"]


def test_the_charts_follow_the_period_and_the_inspector(qtbot, chief):
    session, key = chief
    page = _board(qtbot, session, key)
    before = _show(qtbot, page, "checks").bars
    combo = page.ui.periodCombo
    combo.setCurrentIndex(combo.findData("2026-10"))
    qtbot.waitUntil(lambda: page.board.shown is not None and page.board.shown[0] == "2026-10")
    month = page.board.chart.data
    assert month is not None and month.bars != before
    assert _show(qtbot, page, "trend").bars == ()  # one month is no trend: said, not drawn
    assert page.board.chart.data is not None and "quarter" in page.board.chart.data.empty
    second = session.store.select(
        "SELECT id FROM user WHERE role = 'inspector' AND full_name LIKE '%second'"
    )[0]["id"]
    page.context.inspector_filter = second
    page.context.bus.filter_changed.emit(second)
    qtbot.waitUntil(lambda: page.board.shown is not None and page.board.shown[2] == second)
    assert [b.label for b in _show(qtbot, page, "checks").bars] == ["Пользователь s."]
    assert "Участок 06" in page.ui.boardNote.text()


def test_every_bar_is_reached_by_the_keyboard_and_listed_as_a_table(qtbot, chief):
    session, key = chief
    page = _board(qtbot, session, key)
    data = _show(qtbot, page, "appeals")
    chart = page.board.chart
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert chart.current == 1
    assert chart.accessibleDescription() == chart.bar_text(data.bars[1])
    assert "Пользователь s." in chart.accessibleDescription()
    assert "% on time" in chart.accessibleDescription() or "none decided" in (
        chart.accessibleDescription()
    )
    page.ui.asTable.click()
    assert page.ui.boardStack.currentWidget() is page.ui.boardTable
    model = page.ui.boardTable.model()
    cells = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert [row[0] for row in cells] == [b.label for b in data.bars]
    assert [(int(row[1]), int(row[2])) for row in cells] == [b.values for b in data.bars]


def test_the_scale_ends_just_above_the_longest_bar(qtbot):
    """Decisions of 80 to 98 fill the width: the scale ends at 100, not at a far round
    number, and a small count gets steps of one."""
    assert [nice_step(n) for n in (3, 7, 23, 98, 460)] == [1, 2, 5, 20, 100]
    chart = BarChart()
    qtbot.addWidget(chart)
    series = (Series("on time", "#1e7b34"), Series("late", "#b3261e"))
    bars = (Bar("Абенов А.", (80, 2)), Bar("Бекова Б.", (95, 3)))
    chart.set_data(ChartData("appeals", "Inspector", "Appeals", series, bars, stacked=True))
    assert chart.scale_end() == 100
    chart.resize(600, chart.sizeHint().height())
    picture = chart.grab().toImage()
    # the longer bar reaches near the scale's end: most of the plot's width is coloured
    row = chart._row_rect(1)
    plot = chart._plot()
    y = row.center().y()
    coloured = [
        x
        for x in range(plot.left(), plot.right())
        if picture.pixelColor(QPoint(x, y)).name() in ("#1e7b34", "#b3261e")
    ]
    assert len(coloured) >= 0.9 * plot.width()


def test_the_charts_speak_the_new_language_at_once(qtbot, chief, translators):
    session, key = chief
    page = _board(qtbot, session, key)
    assert "Preventive talk" in [b.label for b in _show(qtbot, page, "work").bars]
    translators.switch("ru")
    page.context.lang = "ru"
    page.retranslate()
    qtbot.waitUntil(lambda: page.board.shown is not None and page.board.shown[1] == "ru")
    work = _show(qtbot, page, "work")
    assert "Профилактическая беседа" in [b.label for b in work.bars]
    assert work.axis == "Записи журнала работы"
    assert page.ui.chartCombo.currentText() == "Работа по видам"


def test_hq_sees_every_inspector_of_the_region(qtbot, tmp_path):
    path = make_db(tmp_path, role="hq", name="hq.db")
    session, key = open_session_with_key(path, "admin", PASSWORD, "en")
    session.today_override = TODAY
    try:
        fill_demo(session, DemoRequest(people=60, years=1, seed=3, precincts=2, districts=2))
        page = _board(qtbot, session, key)
        checks = _show(qtbot, page, "checks")
        report = _report_sheet(session)
        precincts = [code for code in report if code != "Total"]
        assert len(precincts) == 4  # two districts of two precincts each
        assert [b.values for b in checks.bars] == [
            (report[p]["Checks done"], report[p]["Overdue checks"]) for p in precincts
        ]
    finally:
        session.close()


def test_data_changed_while_the_tab_was_hidden_is_counted_when_it_shows(qtbot, chief):
    session, key = chief
    page = _board(qtbot, session, key)
    talks = dict((b.label, b.values[0]) for b in _show(qtbot, page, "work").bars)
    page.ui.districtTabs.setCurrentWidget(page.ui.listTab)
    inspector = session.store.select(
        "SELECT id FROM user WHERE role = 'inspector' AND full_name LIKE '%first'"
    )[0]["id"]
    precinct = session.store.select("SELECT id FROM precinct WHERE code = '05'")[0]["id"]
    with session.store.transaction():  # a talk that came in a package from the laptop
        session.store.create(
            "log_entry",
            {
                "kind": "talk",
                "at": "2026-11-10T06:00:00Z",
                "summary": "беседа",
                "inspector_id": inspector,
                "precinct_id": precinct,
            },
            author=inspector,
            device="laptop-first",
            action="import",
        )
    page.refresh()  # as the window does when a change is announced
    page.ui.districtTabs.setCurrentWidget(page.ui.boardTab)
    qtbot.waitUntil(lambda: page.board.shown is not None)
    after = dict((b.label, b.values[0]) for b in _show(qtbot, page, "work").bars)
    assert after["Preventive talk"] == talks.get("Preventive talk", 0) + 1
