"""Bar charts with reportlab.graphics. Every label (axes, bar values, legend, title) names
the shipped font: reportlab's default is Helvetica, which has no Cyrillic and would also
appear in the PDF as a font that is not embedded."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table

from inspector_app.reports.pdf import fonts
from inspector_app.reports.pdf.styles import DARK, GREY, INK, LIGHT, RULE

SERIES_COLOURS: tuple[Color, ...] = (DARK, LIGHT)
_TITLE = 16  # points above the plot for the title
_LEGEND = 14  # points below the title for the legend
_GROUP_MAX = 45  # widest bar, points


def _nice_top(value: float) -> float:
    """A round top for the value axis (1, 2, 2.5 or 5 times a power of ten)."""
    if value <= 0:
        return 1
    power = 1.0
    while power * 10 <= value:
        power *= 10
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power


def percent_range(values: Sequence[float | None]) -> tuple[float, float]:
    """The value axis of a chart of percentages: from a round ten below the lowest to a round
    ten above the highest, so a spread of 80-98 % is not squeezed into the top of 0-100 %."""
    found = [v for v in values if v is not None]
    if not found:
        return 0, 100
    low = max(0.0, (min(found) // 10) * 10 - 10)
    top = min(100.0, -(-max(found) // 10) * 10) or 100.0
    return (0.0, 100.0) if top - low < 10 else (low, top)


def side_by_side(left: Drawing, right: Drawing, gap: float = 12) -> Table:
    """Two charts in one row, so neither is left alone on a page."""
    table = Table([[left, right]], colWidths=[left.width + gap, right.width], hAlign="LEFT")
    table.setStyle(
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),  # else the cells name Helvetica
        ]
    )
    return table


def bar_chart(
    categories: Sequence[str],
    series: Sequence[Sequence[float]],
    names: Sequence[str],
    *,
    title: str,
    width: float,
    height: float,
    value_text: Callable[[float], str],
    top: float | None = None,
    low: float = 0,
    axis_text: Callable[[float], str] | None = None,
    values_on_bars: bool = False,
    empty_text: str | None = None,
) -> Drawing:
    """Grouped vertical bars: one group per category, one bar per series (at most two).
    When every value is zero the plot says `empty_text` in words, so a chart with nothing in
    it does not look broken."""
    drawing = Drawing(width, height)
    # The renderer starts every drawing in its initial font, Helvetica unless told.
    drawing.initialFontName = fonts.REGULAR
    drawing.add(String(0, height - 11, title, fontName=fonts.BOLD, fontSize=9, fillColor=INK))
    with_legend = len(series) > 1
    plot_top = height - _TITLE - (_LEGEND if with_legend else 0)
    chart = VerticalBarChart()
    many = len(categories) > 14
    label_size = 6.5 if many else 7
    slot = min((width - 40) / max(len(categories), 1), _GROUP_MAX * max(len(series), 1))
    widest = max((stringWidth(c, fonts.REGULAR, label_size) for c in categories), default=0)
    upright = widest > slot - 2  # long names stand up; numbers 1..50 fit side by side
    bottom = 16 + (widest if upright else 0)
    chart.x, chart.y = 34, bottom
    # A few groups stay a readable width instead of stretching over the page.
    chart.width = min(width - 40, max(len(categories), 1) * _GROUP_MAX * len(series or [0]))
    chart.height = plot_top - bottom - 4
    chart.data = [list(s) for s in series] or [[0]]
    chart.strokeColor = None
    chart.valueAxis.valueMin = low
    chart.valueAxis.valueMax = top or _nice_top(max((max(s, default=0) for s in series), default=0))
    chart.valueAxis.valueSteps = None
    chart.valueAxis.maximumTicks = 6
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = INK
    chart.valueAxis.labelTextFormat = axis_text or value_text
    chart.valueAxis.strokeColor = GREY
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.categoryAxis.categoryNames = list(categories) or [""]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = label_size
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = GREY
    if upright:
        chart.categoryAxis.labels.angle = 90
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dy = -2
    chart.barSpacing = 0.5
    chart.groupSpacing = 2 if many else 6
    for index, colour in enumerate(SERIES_COLOURS[: len(chart.data)]):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 6
    chart.barLabels.fillColor = INK
    if values_on_bars:
        chart.barLabelFormat = value_text
        chart.barLabels.nudge = 5
    drawing.add(chart)
    if empty_text and not any(value for values in series for value in values):
        # on a white band from the left of the plot: a narrow plot (a few groups) cannot hold it
        x, y = chart.x + 6, chart.y + chart.height / 2
        band = stringWidth(empty_text, fonts.REGULAR, 8) + 8
        drawing.add(Rect(x - 4, y - 4, band, 14, fillColor=white, strokeColor=None))
        drawing.add(String(x, y, empty_text, fontName=fonts.REGULAR, fontSize=8, fillColor=GREY))
    if with_legend:
        legend = Legend()
        legend.fontName = fonts.REGULAR
        legend.fontSize = 7.5
        legend.fillColor = INK
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = max(stringWidth(n, fonts.REGULAR, 7.5) for n in names) + 24
        legend.dx = legend.dy = 7
        legend.x, legend.y = 34, height - _TITLE - 2
        legend.boxAnchor = "nw"
        legend.colorNamePairs = list(zip(SERIES_COLOURS, names, strict=False))
        legend.strokeColor = None
        drawing.add(legend)
    return drawing
