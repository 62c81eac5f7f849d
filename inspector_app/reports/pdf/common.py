"""Pieces several reports share: the page text, the indicator tables and the overdue lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable, KeepTogether

from inspector_app.i18n import gettext_for
from inspector_app.reports import formatting as fmt
from inspector_app.reports import indicators
from inspector_app.reports.labels import FOR_OFFICIAL_USE, RESTRICTED_KINDS, TITLES
from inspector_app.reports.model import Header, Indicators, OverdueAppeal, OverdueCheck
from inspector_app.reports.pdf.document import PageText
from inspector_app.reports.pdf.styles import gap, para, section
from inspector_app.reports.pdf.tables import grid

PORTRAIT_WIDTH = 510.0  # points between the margins of A4 (595 - 2 x 42.5)
LANDSCAPE_WIDTH = 756.0  # of A4 landscape (842 - 2 x 42.5)

Words = Callable[[str], str]


def words(lang: str) -> Words:
    return gettext_for(lang)


def title_of(header: Header) -> str:
    """The report's title in its language."""
    return words(header.lang)(TITLES[header.kind])


def scope_line(header: Header, _: Words) -> str:
    if header.scope_level == "district":
        return _("District: {name}").format(name=header.scope)
    if header.scope_level == "region":
        return _("Region: {name}").format(name=header.scope)
    return _("Precinct: {name}").format(name=header.scope)


def period_line(header: Header, _: Words) -> str:
    text = _("Period: {period}").format(period=fmt.period(header.period, header.lang))
    if header.period is None or header.as_of < header.period.end:
        text += "; " + _("open items as of {date}").format(date=fmt.day(header.as_of, header.lang))
    return text


def made_line(header: Header, _: Words) -> str:
    at = fmt.moment(header.made_at, header.lang)
    if header.made_by:
        text = _("Made {at} by {who}").format(at=at, who=header.made_by)
    else:
        text = _("Made {at}").format(at=at)
    return f"№ {header.number}; {text}" if header.number else text


def page_text(
    header: Header, title: str | None = None, *, lines: Sequence[str] | None = None
) -> PageText:
    _ = words(header.lang)
    title = title or title_of(header)
    shown = tuple(lines) if lines is not None else (scope_line(header, _), period_line(header, _))
    return PageText(
        titles=(title,),
        lines=shown,
        made=made_line(header, _),
        page_of=_("Page {page} of {pages}"),
        document_title=f"{title}: {header.scope}",
        author=header.made_by,
        lang=header.lang,
        created=header.pdf_date,
        marking=_(FOR_OFFICIAL_USE) if header.kind in RESTRICTED_KINDS else "",
    )


def n(value: int, lang: str) -> str:
    return fmt.number(value, lang)


def register_table(figures: Indicators, lang: str, width: float) -> Flowable:
    _ = words(lang)
    header = [
        _("Category"),
        _("At start"),
        _("Added"),
        _("Removed"),
        _("At end"),
        _("Checks due"),
        _("Checks done"),
        _("Overdue checks"),
    ]
    fields = ("at_start", "added", "removed", "at_end", "checks_due", "checks_done", "overdue")
    rows = [[c.name, *(n(getattr(c, f), lang) for f in fields)] for c in figures.categories]
    rows.append([_("Total"), *(n(figures.register_total(f), lang) for f in fields)])
    figure = (width - 170) / 7
    return grid(
        header,
        rows,
        [170, *[figure] * 7],
        right=range(1, 8),
        bold_rows=[-1],
        upright_from=1,
        upright_height=72,
    )


APPEAL_INDICATORS = (
    "appeals_received",
    "appeals_on_time",
    "appeals_late",
    "appeals_forwarded",
    "appeals_open",
    "appeals_overdue",
    "appeals_on_time_percent",
)


def indicator_cell(code: str, figures: Indicators, lang: str) -> str:
    """An indicator's value as a table cell (INDICATORS.md): a percent or a count."""
    found = indicators.value(code, figures)
    if indicators.INDICATORS[code].percent:
        return fmt.percent(found, lang)
    return n(int(found or 0), lang)


def appeals_table(figures: Indicators, lang: str, width: float) -> Flowable:
    _ = words(lang)
    header = [_(indicators.INDICATORS[c].name) for c in APPEAL_INDICATORS]
    row = [indicator_cell(c, figures, lang) for c in APPEAL_INDICATORS]
    return grid(header, [row], [width / 7] * 7, right=range(7))


def counts_table(
    items: Sequence[tuple[str, int]],
    lang: str,
    width: float,
    *,
    total: str | None = None,
    head: str | None = None,
) -> Flowable:
    _ = words(lang)
    rows = [[name, n(count, lang)] for name, count in items]
    if total is not None:
        rows.append([total, n(sum(c for _name, c in items), lang)])
    return grid(
        [head or _("Kind"), _("Count")],
        rows,
        [width - 80, 80],
        right=[1],
        bold_rows=[-1] if total is not None else [],
    )


def overdue_checks(
    items: Sequence[OverdueCheck], lang: str, width: float, *, with_unit: bool = False
) -> list[Flowable]:
    _ = words(lang)
    story: list[Flowable] = [
        section(_("Overdue home checks ({count})").format(count=n(len(items), lang)))
    ]
    if not items:
        return [*story, para(_("None."))]
    header = [_("Person"), _("Born"), _("Category"), _("Last check"), _("Due"), _("Days overdue")]
    widths = [150.0, 58, 0, 58, 58, 52]
    if with_unit:
        header.insert(0, _("Precinct"))
        widths.insert(0, 70)
    widths[widths.index(0)] = width - sum(widths)
    rows = []
    for item in items:
        row = [item.person, fmt.day(item.birth_date, lang), item.category]
        row += [fmt.day(item.last_check, lang) or "–", fmt.day(item.due, lang), n(item.days, lang)]
        rows.append([item.unit, *row] if with_unit else row)
    return [*story, grid(header, rows, widths, right=[len(header) - 1])]


def overdue_appeals(
    items: Sequence[OverdueAppeal], lang: str, width: float, *, with_unit: bool = False
) -> list[Flowable]:
    _ = words(lang)
    story: list[Flowable] = [
        section(_("Overdue appeals ({count})").format(count=n(len(items), lang)))
    ]
    if not items:
        return [*story, para(_("None."))]
    header = [_("Number"), _("Received"), _("Applicant"), _("Deadline"), _("Days overdue")]
    widths = [95.0, 62, 0, 62, 52]
    if with_unit:
        header.insert(0, _("Precinct"))
        widths.insert(0, 70)
    widths[widths.index(0)] = width - sum(widths)
    rows = []
    for item in items:
        row = [item.number, fmt.day(item.received, lang), item.applicant]
        row += [fmt.day(item.deadline, lang), n(item.days, lang)]
        rows.append([item.unit, *row] if with_unit else row)
    return [*story, grid(header, rows, widths, right=[len(header) - 1])]


def signatures(roles: Sequence[str], lang: str, width: float) -> Flowable:
    """Lines to sign: role, signature, name, date."""
    _ = words(lang)
    rows = [[role, "_" * 24, "_" * 22, _("date") + " ________"] for role in roles]
    table = grid([], rows, [width - 370, 140, 130, 100], size=8.5)
    return KeepTogether([gap(14), table])
