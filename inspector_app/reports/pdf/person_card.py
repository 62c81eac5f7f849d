"""A person's register card: A4 portrait; the person, each register entry with its home
checks, then the work log, incidents and appeals that name them."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from inspector_app.reports import formatting as fmt
from inspector_app.reports.labels import ID_NUMBER, METHODS, SEXES, STATUSES
from inspector_app.reports.model import HistoryLine, PersonCard
from inspector_app.reports.pdf import common, document
from inspector_app.reports.pdf.common import PORTRAIT_WIDTH as WIDTH
from inspector_app.reports.pdf.styles import gap, para, section
from inspector_app.reports.pdf.tables import grid


def _history(
    title: str,
    lines: Sequence[HistoryLine],
    heads: Sequence[str],
    lang: str,
    what: dict[str, str] | None = None,
) -> list[Flowable]:
    _ = common.words(lang)
    story: list[Flowable] = [section(f"{title} ({common.n(len(lines), lang)})")]
    if not lines:
        return [*story, para(_("None."))]
    rows = [
        [fmt.day(h.on, lang), _(what[h.what]) if what and h.what in what else h.what, h.text]
        for h in lines
    ]
    return [*story, grid(heads, rows, [62, 150, WIDTH - 212])]


def render(model: PersonCard) -> tuple[bytes, int]:
    lang = model.header.lang
    _ = common.words(lang)
    full_name = " ".join(p for p in (model.surname, model.name, model.patronymic) if p)
    person = [
        [_("Surname"), model.surname],
        [_("Name"), model.name],
        [_("Patronymic"), model.patronymic],
        [_("Date of birth"), fmt.day(model.birth_date, lang)],
        [_("Sex"), _(SEXES[model.sex]) if model.sex in SEXES else model.sex],
        [_(ID_NUMBER.get(model.header.country, ID_NUMBER["KZ"])), model.id_number],
        [_("Phones"), ", ".join(model.phones)],
        [_("Address"), model.address],
        [_("Workplace or school"), model.workplace],
        [_("Notes"), model.notes],
    ]
    story: list[Flowable] = [grid([], person, [130, WIDTH - 130], size=8.5)]
    story.append(
        section(
            _("Preventive register entries ({count})").format(
                count=common.n(len(model.entries), lang)
            )
        )
    )
    if not model.entries:
        story.append(para(_("None.")))
    for entry in model.entries:
        story += [
            gap(4),
            grid(
                [],
                [
                    [_("Category"), entry.category],
                    [_("Grounds"), entry.basis],
                    [_("Start"), fmt.day(entry.start, lang)],
                    [_("Planned end"), fmt.day(entry.planned_end, lang) or "–"],
                    [_("End"), fmt.day(entry.end, lang) or "–"],
                    [_("End reason"), entry.end_reason or "–"],
                    [_("Risk level"), entry.risk_level or "–"],
                    [_("Next check due"), fmt.day(entry.next_due, lang) or "–"],
                ],
                [130, WIDTH - 130],
                size=8.5,
                bold_rows=[0],
            ),
        ]
        if entry.checks:
            rows = [
                [
                    fmt.day(c.on, lang),
                    _(METHODS[c.method]) if c.method in METHODS else c.method,
                    c.result,
                ]
                for c in entry.checks
            ]
            story.append(
                grid([_("Home check"), _("Method"), _("Result")], rows, [62, 90, WIDTH - 152])
            )
    story += _history(_("Work log"), model.work, [_("Date"), _("Kind"), _("Summary")], lang)
    story += _history(
        _("Incidents"), model.incidents, [_("Date"), _("Kind and role"), _("Number")], lang
    )
    story += _history(
        _("Appeals"),
        model.appeals,
        [_("Received"), _("Status"), _("Number and summary")],
        lang,
        STATUSES,
    )
    title = common.title_of(model.header)
    lines = (full_name, common.period_line(model.header, _))
    story.append(
        common.signatures([_("District inspector"), _("Checked by the chief")], lang, WIDTH)
    )
    return document.build(common.page_text(model.header, title, lines=lines), story)
