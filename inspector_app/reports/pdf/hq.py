"""The HQ report: A4 landscape; regions and districts side by side with totals, then the
trends month by month in a table and two charts."""

from __future__ import annotations

from reportlab.platypus import Flowable

from inspector_app.reports import formatting as fmt
from inspector_app.reports.model import HqReport
from inspector_app.reports.pdf import common, document
from inspector_app.reports.pdf.charts import bar_chart, percent_range
from inspector_app.reports.pdf.charts import side_by_side as two_charts
from inspector_app.reports.pdf.common import LANDSCAPE_WIDTH as WIDTH
from inspector_app.reports.pdf.side_by_side import side_by_side
from inspector_app.reports.pdf.styles import gap, section


def render(model: HqReport) -> tuple[bytes, int]:
    lang = model.header.lang
    _ = common.words(lang)
    regions = [(str(k), r.unit.name, r.figures) for k, r in enumerate(model.regions, start=1)]
    districts = [
        (str(k), f"{d.unit.name}\n{d.unit.region}".strip(), d.figures)
        for k, d in enumerate(model.districts, start=1)
    ]
    months = [fmt.month(m.month, lang, short=True) for m in model.months]
    country = model.header.country
    story: list[Flowable] = []
    if len(model.regions) > 1:  # one region's row would only repeat the total
        story += [
            section(_("Regions")),
            side_by_side(regions, ("№", _("Region")), model.total, lang, WIDTH, country),
        ]
    story += [
        section(_("Districts")),
        side_by_side(districts, ("№", _("District, region")), model.total, lang, WIDTH, country),
    ]
    half = (WIDTH - 12) / 2
    shares = [d.figures.appeals.on_time_percent for d in model.districts]
    low, top = percent_range(shares)
    on_time = bar_chart(
        [d.unit.name for d in model.districts],
        [[low if s is None else s for s in shares]],
        [_("Decided on time, %")],
        title=_("Appeals decided on time, % by district"),
        empty_text=_("No appeal was decided on time in this period."),
        width=half,
        height=190,
        value_text=lambda v: fmt.percent(v, lang),
        axis_text=lambda v: f"{v:.0f} %",
        low=low,
        top=top,
    )
    if len(model.months) < 2:  # a trend needs two months at least
        story += [gap(8), on_time]
    else:
        story += [
            section(_("Trends by month")),
            common.trend_table(model.months, lang, WIDTH),
            gap(8),
            two_charts(
                bar_chart(
                    months,
                    [[m.appeals for m in model.months], [m.incidents for m in model.months]],
                    [_("Appeals received"), _("Incidents")],
                    title=_("Appeals and incidents by month"),
                    width=half,
                    height=170,
                    value_text=lambda v: fmt.number(int(v), lang),
                ),
                bar_chart(
                    months,
                    [[m.work for m in model.months], [m.checks_done for m in model.months]],
                    [_("Work log entries"), _("Checks done")],
                    title=_("Preventive work by month"),
                    width=half,
                    height=170,
                    value_text=lambda v: fmt.number(int(v), lang),
                ),
            ),
            gap(8),
            on_time,
        ]
    if model.ranking:
        story += common.ranking_table(
            model.ranking, lang, WIDTH, country, average_words=_("Average of the districts")
        )
    story.append(common.signatures([_("Prepared by"), _("Approved by")], lang, WIDTH))
    text = common.page_text(model.header)
    return document.build(text, story, wide=True)
