"""Pieces several reports share: the page text, the indicator tables and the overdue lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable, KeepTogether

from inspector_app.i18n import N_, gettext_for
from inspector_app.reports import formatting as fmt
from inspector_app.reports import indicators
from inspector_app.reports.labels import FOR_OFFICIAL_USE, RESTRICTED_KINDS, TITLES
from inspector_app.reports.model import (
    ActivityReport,
    Header,
    Indicators,
    MonthFigures,
    OverdueAppeal,
    OverdueCheck,
    Ranking,
)
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


_SERIES = ("appeals", "incidents", "work", "checks_done", "register_added")
# What the activity report compares with earlier periods.
COMPARED = (
    "appeals_received",
    "appeals_decided",
    "appeals_on_time_percent",
    "appeals_open",
    "incidents",
    "talks",
    "warnings",
    "receptions",
    "meetings",
    "checks_done",
    "register_at_end",
    "visited",
    "covered_percent",
)


def trend_table(months: Sequence[MonthFigures], lang: str, width: float) -> Flowable:
    _ = words(lang)
    return grid(
        [
            _("Month"),
            _("Appeals received"),
            _("Incidents"),
            _("Work log entries"),
            _("Checks done"),
            _("Added to the register"),
        ],
        [[fmt.month(m.month, lang), *(n(getattr(m, s), lang) for s in _SERIES)] for m in months],
        [160, *[(width - 160) / 5] * 5],
        right=range(1, 6),
    )


def _difference(code: str, now: Indicators, then: Indicators, lang: str) -> str:
    a, b = indicators.value(code, now), indicators.value(code, then)
    if a is None or b is None:
        return "–"
    if indicators.INDICATORS[code].percent:  # percentage points, one decimal
        points = round(float(a) - float(b), 1)
        text = fmt.format_one_decimal(abs(points), lang)
        return ("+" if points > 0 else "\u2212" if points < 0 else "") + text
    return fmt.change(int(a) - int(b), lang)


def comparison_table(model: ActivityReport, lang: str, width: float, country: str) -> Flowable:
    """Each compared indicator beside the period before and a year earlier, with the changes,
    and per 1,000 residents where it grows with the population."""
    _ = words(lang)
    c = model.comparison
    assert c is not None
    f = model.figures
    header = [
        _("Indicator"),
        fmt.period(model.header.period, lang),
        fmt.period(c.previous_period, lang),
        _("Change"),
        fmt.period(c.year_ago_period, lang),
        _("Change"),
        _("Per 1,000 residents"),
    ]
    rows = []
    for code in COMPARED:
        spec = indicators.INDICATORS[code]
        rate = "–"
        if spec.per_population and c.population:
            value = float(indicators.value(code, f) or 0)
            rate = fmt.format_one_decimal(1000 * value / c.population, lang)
        rows.append(
            [
                _(indicators.name(code, country)),
                indicator_cell(code, f, lang),
                indicator_cell(code, c.previous, lang),
                _difference(code, f, c.previous, lang),
                indicator_cell(code, c.year_ago, lang),
                _difference(code, f, c.year_ago, lang),
                rate,
            ]
        )
    figure = (width - 160) / 6
    return grid(header, rows, [160, *[figure] * 6], right=range(1, 7), size=7.5)


BALANCE = N_("Carried over + received = decided + forwarded + open at the end")


def balance_table(figures: Indicators, lang: str, width: float) -> Flowable:
    """The appeals' balance of the period: every appeal is accounted for."""
    _ = words(lang)
    a = figures.appeals
    codes = (
        "appeals_carried_over",
        "appeals_received",
        "appeals_decided",
        "appeals_forwarded",
        "appeals_open",
    )
    return grid(
        [_(indicators.INDICATORS[code].name) for code in codes],
        [[n(v, lang) for v in (a.carried_over, a.received, a.decided, a.forwarded, a.open)]],
        [width / 5] * 5,
        right=range(5),
    )


def ranking_table(
    ranking: Ranking, lang: str, width: float, country: str, *, average_words: str
) -> list[Flowable]:
    """The units by one indicator, best first, the average marked in its place."""
    _ = words(lang)
    code = ranking.indicator
    spec = indicators.INDICATORS[code]
    title = _("Ranking by: {indicator}").format(indicator=_(indicators.name(code, country)))
    rows: list[list[str]] = []
    average_row = -1
    shown_average = (
        fmt.percent(ranking.average, lang)
        if spec.percent
        else fmt.format_one_decimal(ranking.average or 0, lang)
    )
    fewer_is_better = "overdue" in code or code.endswith("_late")
    for place, unit in enumerate(ranking.order, start=1):
        value = indicators.value(code, unit.figures)
        if average_row < 0 and ranking.average is not None and value is not None:
            below = value > ranking.average if fewer_is_better else value < ranking.average
            if below:
                average_row = len(rows)
                rows.append(["", average_words, shown_average, ""])
        name = unit.unit.short or unit.unit.name
        if unit.unit.inspector and unit.unit.code:
            name = f"{unit.unit.inspector} ({unit.unit.code})"
        rows.append([str(place), name, indicator_cell(code, unit.figures, lang), ""])
    if average_row < 0 and ranking.average is not None:
        average_row = len(rows)
        rows.append(["", average_words, shown_average, ""])
    return [
        section(title),
        grid(
            ["№", _("Name"), _(indicators.name(code, country, short=True)), ""],
            rows,
            [30, width - 190, 80, 80],
            right=[0, 2],
            bold_rows=[average_row] if average_row >= 0 else [],
        ),
    ]
