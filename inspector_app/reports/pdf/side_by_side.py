"""The wide table of the district and HQ reports: one row per inspector (or district), the
same indicators in columns, and a total row."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from inspector_app.reports import indicators
from inspector_app.reports.indicators import SIDE_BY_SIDE
from inspector_app.reports.model import Indicators
from inspector_app.reports.pdf import common
from inspector_app.reports.pdf.tables import grid

_FIGURE = 36.0  # width of a figure column, points


def columns(_: common.Words, country: str) -> list[str]:
    return [_(indicators.name(code, country, short=True)) for code in SIDE_BY_SIDE]


def figures_row(f: Indicators, lang: str) -> list[str]:
    return [common.indicator_cell(code, f, lang) for code in SIDE_BY_SIDE]


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
    name = width - first - _FIGURE * len(SIDE_BY_SIDE)
    widths = [first, name, *[_FIGURE] * len(SIDE_BY_SIDE)]
    return grid(
        header,
        body,
        widths,
        right=range(2, 2 + len(SIDE_BY_SIDE)),
        size=7,
        bold_rows=[-1],
        upright_from=2,
    )
