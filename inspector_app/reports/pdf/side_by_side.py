"""The wide table of the district and HQ reports: one row per inspector (or district), the
same indicators in columns, and a total row."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from inspector_app.reports import formatting as fmt
from inspector_app.reports.labels import ORDERS
from inspector_app.reports.model import Indicators
from inspector_app.reports.pdf import common
from inspector_app.reports.pdf.tables import grid

_FIGURE = 36.0  # width of a figure column, points


def columns(_: common.Words, country: str) -> list[str]:
    return [
        _("Visited, %"),
        _("On the register"),
        _("Checks due"),
        _("Checks done"),
        _("Overdue checks"),
        _("Talks"),
        _("Warnings"),
        _(ORDERS[country]),
        _("Receptions"),
        _("Meetings"),
        _("Appeals received"),
        _("On time"),
        _("Late"),
        _("Open"),
        _("Overdue appeals"),
        _("Incidents"),
    ]


def figures_row(f: Indicators, lang: str) -> list[str]:
    a = f.appeals
    counts = [
        f.register_total("at_end"),
        f.register_total("checks_due"),
        f.register_total("checks_done"),
        f.register_total("overdue"),
        f.work_count("talk"),
        f.work_count("warning"),
        f.protective_orders,
        f.work_count("reception"),
        f.work_count("meeting", "public_council"),
        a.received,
        a.on_time,
        a.late,
        a.open,
        a.overdue,
        f.incidents_total,
    ]
    return [fmt.percent(f.covered_percent, lang), *(fmt.number(c, lang) for c in counts)]


def side_by_side(
    rows: Sequence[tuple[str, str, Indicators]],
    heads: tuple[str, str],
    total: Indicators,
    lang: str,
    width: float,
    country: str,
) -> Flowable:
    """rows: (first column, second column, figures); heads: the two first headers."""
    _ = common.words(lang)
    header = [*heads, *columns(_, country)]
    body = [[a, b, *figures_row(f, lang)] for a, b, f in rows]
    body.append(["", _("Total"), *figures_row(total, lang)])
    first = 22.0
    name = width - first - _FIGURE * 16
    widths = [first, name, *[_FIGURE] * 16]
    return grid(header, body, widths, right=range(2, 18), size=7, bold_rows=[-1], upright_from=2)
