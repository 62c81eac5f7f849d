"""The HQ report: A4 landscape; regions and districts side by side with totals, then the
trends month by month in a table and two charts."""

from __future__ import annotations

from reportlab.platypus import Flowable

from inspector_app.reports import formatting as fmt
from inspector_app.reports.model import HqReport
from inspector_app.reports.pdf import common, document
from inspector_app.reports.pdf.charts import bar_chart
from inspector_app.reports.pdf.common import LANDSCAPE_WIDTH as WIDTH
from inspector_app.reports.pdf.common import n
from inspector_app.reports.pdf.side_by_side import side_by_side
from inspector_app.reports.pdf.styles import gap, section
from inspector_app.reports.pdf.tables import grid

_SERIES = ("appeals", "incidents", "work", "checks_done", "register_added")


def render(model: HqReport) -> tuple[bytes, int]:
    lang = model.header.lang
    _ = common.words(lang)
    regions = [(str(k), r.unit.name, r.figures) for k, r in enumerate(model.regions, start=1)]
    districts = [
        (str(k), f"{d.unit.name}\n{d.unit.region}".strip(), d.figures)
        for k, d in enumerate(model.districts, start=1)
    ]
    months = [fmt.month(m.month, lang, short=True) for m in model.months]
    story: list[Flowable] = [
        section(_("Regions")),
        side_by_side(regions, ("№", _("Region")), model.total, lang, WIDTH, model.header.country),
        section(_("Districts")),
        side_by_side(
            districts, ("№", _("District, region")), model.total, lang, WIDTH, model.header.country
        ),
        section(_("Trends by month")),
        grid(
            [
                _("Month"),
                _("Appeals received"),
                _("Incidents"),
                _("Work log entries"),
                _("Checks done"),
                _("Added to the register"),
            ],
            [
                [fmt.month(m.month, lang), *(n(getattr(m, s), lang) for s in _SERIES)]
                for m in model.months
            ],
            [WIDTH - 5 * 110, *[110] * 5],
            right=range(1, 6),
        ),
        gap(8),
        bar_chart(
            months,
            [[m.appeals for m in model.months], [m.incidents for m in model.months]],
            [_("Appeals received"), _("Incidents")],
            title=_("Appeals and incidents by month"),
            width=WIDTH,
            height=170,
            value_text=lambda v: fmt.number(int(v), lang),
        ),
        gap(8),
        bar_chart(
            months,
            [[m.work for m in model.months], [m.checks_done for m in model.months]],
            [_("Work log entries"), _("Checks done")],
            title=_("Preventive work by month"),
            width=WIDTH,
            height=170,
            value_text=lambda v: fmt.number(int(v), lang),
        ),
        gap(8),
        bar_chart(
            [str(k) for k in range(1, len(model.districts) + 1)],
            [[d.figures.appeals.on_time_percent or 0 for d in model.districts]],
            [_("Decided on time, %")],
            title=_("Appeals decided on time, % (by district №)"),
            empty_text=_("No appeal was decided on time in this period."),
            width=WIDTH,
            height=160,
            value_text=lambda v: fmt.percent(v, lang),
            top=100,
        ),
    ]
    text = common.page_text(model.header)
    return document.build(text, story, wide=True)
