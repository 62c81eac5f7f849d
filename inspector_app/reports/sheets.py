"""A report model as typed tables, for a spreadsheet: the tables the PDF draws, with the same
headers (in the report's language) and the same figures, numbers kept as numbers, dates as
dates. No openpyxl here (reports/xlsx.py writes them)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from inspector_app.i18n import N_, gettext_for
from inspector_app.reports import formatting as fmt
from inspector_app.reports import indicators as ind
from inspector_app.reports.labels import AGE_GROUPS, ID_NUMBER, METHODS, SEXES, STATUSES
from inspector_app.reports.model import (
    ActivityReport,
    AppealsRegister,
    DistrictReport,
    HqReport,
    Indicators,
    OverdueAppeal,
    OverdueCheck,
    Passport,
    PersonCard,
    PublicReport,
    ReportModel,
    UnitFigures,
)

Cell = str | int | float | date | None
Words = Callable[[str], str]


@dataclass(frozen=True)
class Percent:
    """A share in percent (shown as 12.5 %; stored as the number 12.5)."""

    value: float | None


@dataclass(frozen=True)
class Sheet:
    title: str  # the sheet's name (at most 31 characters in a workbook)
    header: tuple[str, ...]
    rows: tuple[tuple[Cell | Percent, ...], ...]


def _value(code: str, figures: Indicators) -> Cell | Percent:
    found = ind.value(code, figures)
    if ind.INDICATORS[code].percent:
        return Percent(None if found is None else round(float(found), 1))
    return int(found or 0)


def _indicator_rows(
    figures: Indicators, codes: Sequence[str], country: str, _: Words
) -> list[tuple[Cell | Percent, ...]]:
    return [(_(ind.name(c, country)), _value(c, figures)) for c in codes]


def sheets(model: ReportModel) -> list[Sheet]:
    """The report's tables, one sheet each, in the order the PDF draws them."""
    _ = gettext_for(model.header.lang)
    if isinstance(model, ActivityReport):
        return _activity(model, _)
    if isinstance(model, DistrictReport):
        return _side_by_side(model.rows, model.total, model.header.country, _) + _overdue(
            model.overdue_checks, model.overdue_appeals, _
        )
    if isinstance(model, HqReport):
        return _hq(model, _)
    if isinstance(model, PublicReport):
        return _public(model)
    if isinstance(model, AppealsRegister):
        return _appeals(model, _)
    if isinstance(model, PersonCard):
        return _person(model, _)
    return _passport(model, _)


_ACTIVITY_CODES = (
    "households",
    "visited",
    "covered_percent",
    "appeals_received",
    "appeals_on_time",
    "appeals_late",
    "appeals_forwarded",
    "appeals_open",
    "appeals_overdue",
    "appeals_on_time_percent",
    "protective_orders",
)
_REGISTER_FIELDS = (
    "at_start",
    "added",
    "removed",
    "at_end",
    "checks_due",
    "checks_done",
    "overdue",
)


def _register(figures: Indicators, _: Words) -> Sheet:
    heads = (
        N_("Category"),
        N_("At start"),
        N_("Added"),
        N_("Removed"),
        N_("At end"),
        N_("Checks due"),
        N_("Checks done"),
    )
    header = tuple(_(h) for h in (*heads, N_("Overdue checks")))
    rows: list[tuple[Cell | Percent, ...]] = [
        (c.name, *(int(getattr(c, f)) for f in _REGISTER_FIELDS)) for c in figures.categories
    ]
    rows.append((_("Total"), *(figures.register_total(f) for f in _REGISTER_FIELDS)))
    return Sheet(_("Preventive register"), header, tuple(rows))


def _activity(model: ActivityReport, _: Words) -> list[Sheet]:
    f, country = model.figures, model.header.country
    return [
        Sheet(
            _("Indicators"),
            (_("Indicator"), _("Count")),
            tuple(_indicator_rows(f, _ACTIVITY_CODES, country, _)),
        ),
        _register(f, _),
        Sheet(
            _("Preventive work"),
            (_("Kind"), _("Count")),
            tuple((n.name, n.count) for n in f.work),
        ),
        Sheet(
            _("Incidents by kind"),
            (_("Kind"), _("Count")),
            (*tuple((n.name, n.count) for n in f.incidents), (_("Total"), f.incidents_total)),
        ),
        *_overdue(model.overdue_checks, model.overdue_appeals, _),
    ]


def _side_by_side(
    rows: Sequence[UnitFigures],
    total: Indicators,
    country: str,
    _: Words,
    *,
    districts: bool = False,
) -> list[Sheet]:
    first = (_("District"), _("Region")) if districts else (_("Precinct"), _("Inspector"))
    header = (*first, *(_(ind.name(c, country, short=True)) for c in ind.SIDE_BY_SIDE))
    body: list[tuple[Cell | Percent, ...]] = [
        (
            r.unit.name if districts else r.unit.code,
            r.unit.region if districts else r.unit.inspector,
            *(_value(c, r.figures) for c in ind.SIDE_BY_SIDE),
        )
        for r in rows
    ]
    body.append((_("Total"), "", *(_value(c, total) for c in ind.SIDE_BY_SIDE)))
    title = _("Districts") if districts else _("Indicators by inspector")
    return [Sheet(title, header, tuple(body))]


def _overdue(
    checks: Sequence[OverdueCheck], appeals: Sequence[OverdueAppeal], _: Words
) -> list[Sheet]:
    return [
        Sheet(
            _("Overdue home checks"),
            tuple(
                _(h)
                for h in (
                    N_("Precinct"),
                    N_("Person"),
                    N_("Date of birth"),
                    N_("Category"),
                    N_("Last check"),
                    N_("Due"),
                    N_("Days overdue"),
                )
            ),
            tuple(
                (c.unit, c.person, c.birth_date, c.category, c.last_check, c.due, c.days)
                for c in checks
            ),
        ),
        Sheet(
            _("Overdue appeals"),
            tuple(
                _(h)
                for h in (
                    N_("Precinct"),
                    N_("Number"),
                    N_("Received"),
                    N_("Applicant"),
                    N_("Deadline"),
                    N_("Days overdue"),
                )
            ),
            tuple((a.unit, a.number, a.received, a.applicant, a.deadline, a.days) for a in appeals),
        ),
    ]


def _hq(model: HqReport, _: Words) -> list[Sheet]:
    found = _side_by_side(model.districts, model.total, model.header.country, _, districts=True)
    found.append(
        Sheet(
            _("Trends by month"),
            tuple(
                _(h)
                for h in (
                    N_("Month"),
                    N_("Appeals received"),
                    N_("Incidents"),
                    N_("Work log entries"),
                    N_("Checks done"),
                    N_("Added to the register"),
                )
            ),
            tuple(
                (m.month, m.appeals, m.incidents, m.work, m.checks_done, m.register_added)
                for m in model.months
            ),
        )
    )
    return found


def _public(model: PublicReport) -> list[Sheet]:
    ru = gettext_for("ru")
    rows = [
        (line.ru, line.state, line.value, line.last_year)
        for group in (model.work, model.appeals, model.prevention, model.incidents)
        for line in group
    ]
    return [
        Sheet(
            ru("Report to residents"),
            (
                "",
                "",
                fmt.period(model.header.period, "ru"),
                fmt.period(model.last_year, "ru"),
            ),
            tuple(rows),
        )
    ]


def _appeals(model: AppealsRegister, _: Words) -> list[Sheet]:

    def status(code: str) -> str:
        return _(STATUSES[code]) if code in STATUSES else code

    heads = ("Precinct", "Number", "Received", "Applicant", "Channel", "Summary", "Deadline")
    return [
        Sheet(
            _("Register of appeals"),
            tuple(
                _(h) for h in (*heads, N_("Status"), N_("Decided or forwarded"), N_("Days late"))
            ),
            tuple(
                (
                    r.unit,
                    r.number,
                    r.received,
                    r.applicant,
                    r.channel,
                    r.summary,
                    r.deadline,
                    status(r.status),
                    r.closed_on,
                    r.late_days,
                )
                for r in model.rows
            ),
        ),
        Sheet(
            _("By status"),
            (_("Status"), _("Count")),
            tuple((status(s.code), s.count) for s in model.by_status),
        ),
    ]


def _person(model: PersonCard, _: Words) -> list[Sheet]:
    sex = _(SEXES[model.sex]) if model.sex in SEXES else model.sex
    person = (
        (_("Surname"), model.surname),
        (_("Name"), model.name),
        (_("Patronymic"), model.patronymic),
        (_("Date of birth"), model.birth_date),
        (_("Sex"), sex),
        (_(ID_NUMBER.get(model.header.country, ID_NUMBER["KZ"])), model.id_number),
        (_("Phones"), ", ".join(model.phones)),
        (_("Address"), model.address),
    )
    checks = tuple(
        (e.category, c.on, _(METHODS[c.method]) if c.method in METHODS else c.method, c.result)
        for e in model.entries
        for c in e.checks
    )
    return [
        Sheet(_("Register card of a person"), ("", ""), person),
        Sheet(
            _("Home check"),
            (_("Category"), _("Date"), _("Method"), _("Result")),
            checks,
        ),
        Sheet(
            _("Work log"),
            (_("Date"), _("Kind"), _("Summary")),
            tuple((h.on, h.what, h.text) for h in model.work),
        ),
    ]


def _passport(model: Passport, _: Words) -> list[Sheet]:
    return [
        Sheet(
            _("Settlements"),
            (_("Settlement"), _("Households"), _("Residents")),
            (
                *tuple((s.name, s.households, s.residents) for s in model.settlements),
                (_("Total"), model.households, model.residents),
            ),
        ),
        Sheet(
            _("Residents by age"),
            (_("Age group"), _("Men"), _("Women"), _("Total")),
            tuple(
                (_(AGE_GROUPS.get(a.group, a.group)), a.men, a.women, a.men + a.women)
                for a in model.ages
            ),
        ),
        Sheet(
            _("Objects of the precinct"),
            (_("Kind"), _("Name"), _("Address"), _("Contact")),
            tuple((o.kind, o.name, o.address, o.contact) for o in model.objects),
        ),
    ]
