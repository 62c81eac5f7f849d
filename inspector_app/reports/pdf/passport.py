"""The precinct passport: A4 portrait; the precinct, its villages, residents by age, the
register on the as-of day and the objects of the precinct."""

from __future__ import annotations

from reportlab.platypus import Flowable

from inspector_app.reports import formatting as fmt
from inspector_app.reports.labels import AGE_GROUPS
from inspector_app.reports.model import Passport
from inspector_app.reports.pdf import common, document
from inspector_app.reports.pdf.common import PORTRAIT_WIDTH as WIDTH
from inspector_app.reports.pdf.common import n
from inspector_app.reports.pdf.styles import para, section
from inspector_app.reports.pdf.tables import grid


def render(model: Passport) -> tuple[bytes, int]:
    lang = model.header.lang
    _ = common.words(lang)
    u = model.unit
    population = n(model.population, lang) if model.population is not None else "–"
    story: list[Flowable] = [
        grid(
            [],
            [
                [_("Precinct"), f"{u.name} ({u.code})"],
                [_("District"), u.district or "–"],
                [_("Region"), u.region or "–"],
                [_("Inspector"), u.inspector or "–"],
                [_("Precinct post"), model.post_address or "–"],
                [_("Population (passport)"), population],
                [_("Residents in the database"), n(model.residents, lang)],
                [_("Households"), n(model.households, lang)],
            ],
            [150, WIDTH - 150],
            size=8.5,
        ),
        section(_("Settlements")),
        grid(
            [_("Settlement"), _("Households"), _("Residents")],
            [
                [s.name or "–", n(s.households, lang), n(s.residents, lang)]
                for s in model.settlements
            ]
            + [[_("Total"), n(model.households, lang), n(model.residents, lang)]],
            [WIDTH - 220, 110, 110],
            right=[1, 2],
            bold_rows=[-1],
        ),
        section(_("Residents by age")),
        grid(
            [_("Age group"), _("Men"), _("Women"), _("Total")],
            [
                [
                    _(AGE_GROUPS.get(a.group, a.group)),
                    n(a.men, lang),
                    n(a.women, lang),
                    n(a.men + a.women, lang),
                ]
                for a in model.ages
            ],
            [WIDTH - 240, 80, 80, 80],
            right=[1, 2, 3],
        ),
        section(
            _("On the preventive register on {date}").format(date=fmt.day(model.header.as_of, lang))
        ),
        common.counts_table(
            [(r.name, r.count) for r in model.register], lang, WIDTH, total=_("Total")
        ),
        section(_("Objects of the precinct ({count})").format(count=n(len(model.objects), lang))),
    ]
    if model.objects:
        rows = [[o.kind, o.name, o.address, o.contact] for o in model.objects]
        story.append(
            grid(
                [_("Kind"), _("Name"), _("Address"), _("Contact")],
                rows,
                [90, 160, 160, WIDTH - 410],
            )
        )
    else:
        story.append(para(_("None.")))
    lines = (
        common.scope_line(model.header, _),
        _("As of {date}").format(date=fmt.day(model.header.as_of, lang)),
    )
    story.append(
        common.signatures([_("District inspector"), _("Checked by the chief")], lang, WIDTH)
    )
    return document.build(common.page_text(model.header, lines=lines), story)
