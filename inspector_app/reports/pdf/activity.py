"""The inspector's activity report: A4 portrait, the indicators one table after another."""

from __future__ import annotations

from reportlab.platypus import Flowable

from inspector_app.reports import indicators
from inspector_app.reports.labels import ORDERS_ISSUED
from inspector_app.reports.model import ActivityReport
from inspector_app.reports.pdf import common, document
from inspector_app.reports.pdf.common import PORTRAIT_WIDTH as WIDTH
from inspector_app.reports.pdf.styles import section
from inspector_app.reports.pdf.tables import grid


def render(model: ActivityReport) -> tuple[bytes, int]:
    lang = model.header.lang
    _ = common.words(lang)
    f = model.figures
    story: list[Flowable] = [
        grid(
            [],
            [
                [_("Inspector"), model.unit.inspector or "–"],
                [_("Precinct"), f"{model.unit.name} ({model.unit.code})"],
                [_("District"), model.unit.district or "–"],
            ],
            [120, WIDTH - 120],
            size=8.5,
        ),
        section(_("Households and door-to-door rounds")),
        grid(
            [],
            [
                [_(indicators.INDICATORS[code].name), common.indicator_cell(code, f, lang)]
                for code in ("households", "visited", "covered_percent")
            ],
            [WIDTH - 100, 100],
            right=[1],
        ),
        section(_("Preventive register")),
        common.register_table(f, lang, WIDTH),
        section(_("Preventive work")),
        common.counts_table(
            [(w.name, w.count) for w in f.work]
            + [(_(ORDERS_ISSUED[model.header.country]), f.protective_orders)],
            lang,
            WIDTH,
        ),
        section(_("Appeals")),
        common.appeals_table(f, lang, WIDTH),
        section(_(common.BALANCE)),
        common.balance_table(f, lang, WIDTH),
        section(_("Incidents by kind")),
        common.counts_table(
            [(i.name, i.count) for i in f.incidents], lang, WIDTH, total=_("Total")
        ),
        *_compared(model, lang),
        *common.overdue_checks(model.overdue_checks, lang, WIDTH),
        *common.overdue_appeals(model.overdue_appeals, lang, WIDTH),
        common.signatures([_("District inspector"), _("Checked by the chief")], lang, WIDTH),
    ]
    text = common.page_text(model.header)
    return document.build(text, story)


def _compared(model: ActivityReport, lang: str) -> list[Flowable]:
    """The comparison with earlier periods, and the trend when the period spans months."""
    _ = common.words(lang)
    story: list[Flowable] = []
    if model.comparison is not None:
        story += [
            section(_("Compared with earlier periods")),
            common.comparison_table(model, lang, WIDTH, model.header.country),
        ]
    if model.months:
        story += [section(_("Trends by month")), common.trend_table(model.months, lang, WIDTH)]
    return story
