"""The district summary: A4 landscape, every inspector side by side, two charts, and the
district's overdue lists."""

from __future__ import annotations

from reportlab.platypus import Flowable

from inspector_app.reports import formatting as fmt
from inspector_app.reports.model import DistrictReport
from inspector_app.reports.pdf import common, document
from inspector_app.reports.pdf.charts import bar_chart, percent_range
from inspector_app.reports.pdf.charts import side_by_side as two_charts
from inspector_app.reports.pdf.common import LANDSCAPE_WIDTH as WIDTH
from inspector_app.reports.pdf.side_by_side import side_by_side
from inspector_app.reports.pdf.styles import gap, section


def render(model: DistrictReport) -> tuple[bytes, int]:
    lang = model.header.lang
    _ = common.words(lang)
    rows = [
        (str(k), f"{r.unit.inspector or '–'}\n{r.unit.code}", r.figures)
        for k, r in enumerate(model.rows, start=1)
    ]
    names = [r.unit.short or r.unit.code or str(k) for k, r in enumerate(model.rows, start=1)]
    shares = [r.figures.appeals.on_time_percent for r in model.rows]
    low, top = percent_range(shares)
    half = (WIDTH - 12) / 2
    story: list[Flowable] = [
        section(_("Indicators by inspector")),
        side_by_side(
            rows, ("№", _("Inspector, precinct")), model.total, lang, WIDTH, model.header.country
        ),
        gap(8),
        two_charts(
            bar_chart(
                names,
                [[low if s is None else s for s in shares]],
                [_("Decided on time, %")],
                title=_("Appeals decided on time, %"),
                empty_text=_("No appeal was decided on time in this period."),
                width=half,
                height=190,
                value_text=lambda v: fmt.percent(v, lang),
                axis_text=lambda v: f"{v:.0f} %",
                low=low,
                top=top,
            ),
            bar_chart(
                names,
                [
                    [r.figures.register_total("checks_due") for r in model.rows],
                    [r.figures.register_total("checks_done") for r in model.rows],
                ],
                [_("Checks due"), _("Checks done")],
                title=_("Home checks due and done"),
                empty_text=_("No home check was due or done in this period."),
                width=half,
                height=190,
                value_text=lambda v: fmt.number(int(v), lang),
            ),
        ),
        *(
            common.ranking_table(
                model.ranking,
                lang,
                WIDTH,
                model.header.country,
                average_words=_("District average"),
            )
            if model.ranking
            else []
        ),
        *(
            [section(_("Trends by month")), common.trend_table(model.months, lang, WIDTH)]
            if model.months
            else []
        ),
        section(_("Preventive register of the district")),
        common.register_table(model.total, lang, WIDTH),
        *common.overdue_checks(model.overdue_checks, lang, WIDTH, with_unit=True),
        *common.overdue_appeals(model.overdue_appeals, lang, WIDTH, with_unit=True),
        common.signatures([_("Chief of the district inspectors' service")], lang, WIDTH),
    ]
    text = common.page_text(model.header)
    return document.build(text, story, wide=True)
