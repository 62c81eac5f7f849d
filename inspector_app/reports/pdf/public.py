"""The report to residents: A4 portrait, fit for a notice board; every text in Russian and
in the state language, every figure an aggregate, 1 and 2 shown as "fewer than 3"."""

from __future__ import annotations

import dataclasses
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
    "These are totals only: no resident is named. A figure of 1 or 2 is shown as “< 3”;"
    " a figure from which 1 or 2 could be worked out is not shown."
)
CONTACT = N_("Your district inspector")
CONTACT_LINES = (
    (N_("Phone"), "phone"),
    (N_("Reception hours"), "reception_hours"),
    (N_("Address of the precinct point"), "address"),
)
HOUSEHOLDS = N_("Households: {households}; covered by door-to-door rounds: {share}.")


def render(model: PublicReport) -> tuple[bytes, int]:
    h = model.header
    ru, st = common.words("ru"), common.words(model.state_lang)

    def both(text: str, **values: str) -> str:
        return f"{ru(text).format(**values)} / {st(text).format(**values)}"

    fewer = "< 3"
    hidden = both(N_("not shown"))

    def value(count: int | None, small: bool) -> str:
        if count is None:
            return fewer if small else hidden
        return fmt.number(count, "ru")

    def change(line: PublicLine) -> str:
        if line.value is None or line.last_year is None:
            return ""
        return fmt.change(line.value - line.last_year, "ru")

    heads = [
        "",
        fmt.period(h.period, "ru"),
        f"{fmt.period(model.last_year, 'ru')}",
        both(N_("Change")),
    ]

    def table(lines: Sequence[PublicLine]) -> Flowable:
        rows = [
            [
                f"{line.ru}\n{line.state}",
                value(line.value, line.small),
                value(line.last_year, line.last_year_small),
                change(line),
            ]
            for line in lines
        ]
        return grid(heads, rows, [WIDTH - 240, 80, 80, 80], right=[1, 2, 3], size=8.5)

    contacts: list[Flowable] = []
    for c in model.contacts:
        contacts.append(para(f"{both(CONTACT)}: {c.inspector or '–'}", "big"))
        rows = [[both(label), getattr(c, field) or "–"] for label, field in CONTACT_LINES]
        contacts.append(grid([], rows, [200, WIDTH - 200], size=9))
        contacts.append(gap(4))

    story: list[Flowable] = [
        *contacts,
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
    if model.partnership:
        story += [
            section(both(N_("Meetings and residents' proposals"))),
            table(model.partnership),
        ]
        if model.declined_reasons:
            story.append(para(both(N_("Why proposals were declined:"))))
            story += [para(f"– {reason}") for reason in model.declined_reasons]
    periods = f"{fmt.period(h.period, 'ru')} / {fmt.period(h.period, model.state_lang)}"
    title, period_word = TITLES["public"], N_("Period")
    page_of = N_("Page {page} of {pages}")
    unnumbered = dataclasses.replace(h, number="")  # the number once, before both languages
    text = PageText(
        titles=(ru(title), st(title)),
        lines=(h.scope, f"{ru(period_word)} / {st(period_word)}: {periods}"),
        made=f"{common.made_line(h, ru)} / {common.made_line(unnumbered, st)}",
        page_of=f"{ru(page_of)} / {st(page_of)}",
        document_title=f"{ru(title)}: {h.scope}",
        author="",
        lang="ru",
        created=h.pdf_date,
    )
    return document.build(text, story)
