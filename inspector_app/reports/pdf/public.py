"""The report to residents: A4 portrait, fit for a notice board; every text in Russian and
in the state language, every figure an aggregate, 1 and 2 shown as "fewer than 3"."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from inspector_app.i18n import N_
from inspector_app.reports import formatting as fmt
from inspector_app.reports.labels import TITLES
from inspector_app.reports.model import PublicLine, PublicReport
from inspector_app.reports.pdf import common, document
from inspector_app.reports.pdf.common import PORTRAIT_WIDTH as WIDTH
from inspector_app.reports.pdf.document import PageText
from inspector_app.reports.pdf.styles import gap, para, section
from inspector_app.reports.pdf.tables import grid

INTRO = N_(
    "These are totals only: no person is named. A figure of 1 or 2 is shown as “fewer than 3”."
)
HOUSEHOLDS = N_("Households: {households}; covered by door-to-door rounds: {share}.")


def render(model: PublicReport) -> tuple[bytes, int]:
    h = model.header
    ru, st = common.words("ru"), common.words(model.state_lang)

    def both(text: str, **values: str) -> str:
        return f"{ru(text).format(**values)} / {st(text).format(**values)}"

    fewer = both(N_("fewer than 3"))

    def value(line: PublicLine) -> str:
        return fewer if line.value is None else fmt.number(line.value, "ru")

    def table(lines: Sequence[PublicLine]) -> Flowable:
        rows = [[line.ru, line.state, value(line)] for line in lines]
        return grid([], rows, [200, 200, WIDTH - 400], right=[2], size=9)

    story: list[Flowable] = [
        *(para(words(INTRO)) for words in (ru, st)),
        gap(4),
        *(
            para(
                words(HOUSEHOLDS).format(
                    households=fmt.number(model.households, lang),
                    share=fmt.percent(model.covered_percent, lang),
                )
            )
            for words, lang in ((ru, "ru"), (st, model.state_lang))
        ),
        section(both(N_("Work with residents"))),
        table(model.work),
        section(both(N_("Appeals of citizens"))),
        table(model.appeals),
        section(both(N_("Prevention of offences"))),
        table(model.prevention),
        section(both(N_("Incidents by kind"))),
        table(model.incidents) if model.incidents else para(both(N_("None."))),
    ]
    periods = f"{fmt.period(h.period, 'ru')} / {fmt.period(h.period, model.state_lang)}"
    title, period_word = TITLES["public"], N_("Period")
    page_of = N_("Page {page} of {pages}")
    text = PageText(
        titles=(ru(title), st(title)),
        lines=(h.scope, f"{ru(period_word)} / {st(period_word)}: {periods}"),
        made=f"{common.made_line(h, ru)} / {common.made_line(h, st)}",
        page_of=f"{ru(page_of)} / {st(page_of)}",
        document_title=f"{ru(title)}: {h.scope}",
        author="",
        lang="ru",
    )
    return document.build(text, story)
