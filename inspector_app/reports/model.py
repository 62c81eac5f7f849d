"""Report models: the plain data a PDF is drawn from (DESIGN.md section 2).

Services assemble these from store queries; the renderers in `reports.pdf` draw them and
nothing else, so the figures are tested apart from the PDF and the PDF is a pure function of
its model. Names of register categories and kinds arrive already in the report's language
(they come from reference data); the fixed words of the report are the renderer's.

This module imports no reportlab: services build models without paying for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# --- shared pieces ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """Days from `start` to `end`, both included. kind: month, quarter, year, range."""

    kind: str
    start: date
    end: date

    def months(self) -> tuple[date, ...]:
        """The first day of every month the period touches, in order."""
        found: list[date] = []
        day = self.start.replace(day=1)
        while day <= self.end:
            found.append(day)
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return tuple(found)


@dataclass(frozen=True)
class Header:
    """What every page repeats: the report, where, when, and who made it when."""

    kind: str  # activity, district, hq, public, person-card, appeals, passport
    lang: str
    country: str  # KZ or KG
    scope: str  # the precinct, district or region, as a reader names it
    scope_level: str  # precinct, district or region
    period: Period | None  # None: the whole history (a person's card)
    as_of: date  # the day "open" and "overdue" are judged on
    made_at: str  # local date and time, ISO "YYYY-MM-DDTHH:MM", reproducible
    made_by: str  # the user's name with rank; empty on the public report
    utc_offset_hours: int = 0  # of the country: "made at" is local time
    number: str = ""  # the document number from the device's register of issued reports

    @property
    def pdf_date(self) -> str:
        """ "made at" as a PDF date (the file's CreationDate), with the country's offset."""
        day, time = self.made_at.split("T")
        sign = "+" if self.utc_offset_hours >= 0 else "-"
        return (
            f"D:{day.replace('-', '')}{time.replace(':', '')}00"
            f"{sign}{abs(self.utc_offset_hours):02d}'00'"
        )


@dataclass(frozen=True)
class Named:
    """A counted code (a log kind, an incident kind, a status) with its name."""

    code: str
    name: str
    count: int


@dataclass(frozen=True)
class Unit:
    """A precinct and its inspector, or a district or region when figures are summed."""

    code: str
    name: str
    inspector: str = ""
    district: str = ""
    region: str = ""
    short: str = ""  # as a chart labels it: the inspector's surname and initials, or the name


# --- indicators of one precinct (or a sum of them) ----------------------------------------


@dataclass(frozen=True)
class CategoryFigures:
    code: str
    name: str
    at_start: int
    added: int
    removed: int
    at_end: int
    checks_due: int
    checks_done: int
    overdue: int


@dataclass(frozen=True)
class AppealFigures:
    received: int
    on_time: int
    late: int
    forwarded: int
    open: int  # not decided nor forwarded on the as-of day
    overdue: int  # of the open ones, past their deadline
    carried_over: int = 0  # open on the eve of the period

    @property
    def decided(self) -> int:
        return self.on_time + self.late

    @property
    def on_time_percent(self) -> float | None:
        decided = self.on_time + self.late
        return 100.0 * self.on_time / decided if decided else None


@dataclass(frozen=True)
class ProposalFigures:
    """What came of residents' proposals and questions (issue 9)."""

    received: int = 0  # raised in the period
    done: int = 0  # answered as done in the period
    declined: int = 0  # declined, with the reason, in the period
    in_work: int = 0  # raised by the as-of day and not answered by then


@dataclass(frozen=True)
class Indicators:
    households: int  # households of the precinct (with a resident in the database)
    visited: int  # households visited in door-to-door rounds in the period
    categories: tuple[CategoryFigures, ...]
    work: tuple[Named, ...]  # work log entries by kind
    protective_orders: int  # protective (protection) orders put on the register
    appeals: AppealFigures
    incidents: tuple[Named, ...]
    proposals: ProposalFigures = ProposalFigures()

    @property
    def covered_percent(self) -> float | None:
        return min(100.0, 100.0 * self.visited / self.households) if self.households else None

    def work_count(self, *codes: str) -> int:
        return sum(n.count for n in self.work if n.code in codes)

    @property
    def incidents_total(self) -> int:
        return sum(n.count for n in self.incidents)

    def register_total(self, field: str) -> int:
        return sum(int(getattr(c, field)) for c in self.categories)


@dataclass(frozen=True)
class UnitFigures:
    unit: Unit
    figures: Indicators


@dataclass(frozen=True)
class OverdueCheck:
    unit: str  # precinct code
    person: str  # surname, name, patronymic
    birth_date: date | None
    category: str
    last_check: date | None
    due: date
    days: int  # calendar days past the due date on the as-of day


@dataclass(frozen=True)
class OverdueAppeal:
    unit: str
    number: str
    received: date
    applicant: str
    deadline: date
    days: int


# --- the reports ------------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthFigures:
    month: date  # its first day
    appeals: int  # received
    incidents: int
    work: int  # work log entries
    checks_done: int
    register_added: int


@dataclass(frozen=True)
class Comparison:
    """The same figures for the period before and the same period a year earlier."""

    previous_period: Period
    previous: Indicators
    year_ago_period: Period
    year_ago: Indicators
    population: int | None  # residents the rates per 1,000 are of (the passport's figure)


@dataclass(frozen=True)
class ActivityReport:
    header: Header
    unit: Unit
    figures: Indicators
    overdue_checks: tuple[OverdueCheck, ...]
    overdue_appeals: tuple[OverdueAppeal, ...]
    comparison: Comparison | None = None
    months: tuple[MonthFigures, ...] = ()  # the trend, when the period spans months


@dataclass(frozen=True)
class Ranking:
    """Units sorted by one indicator, best first, with the average of them."""

    indicator: str  # a code of reports/indicators.py
    order: tuple[UnitFigures, ...]
    average: float | None


@dataclass(frozen=True)
class DistrictReport:
    header: Header
    rows: tuple[UnitFigures, ...]  # one per precinct, in precinct code order
    total: Indicators
    overdue_checks: tuple[OverdueCheck, ...]
    overdue_appeals: tuple[OverdueAppeal, ...]
    ranking: Ranking | None = None
    months: tuple[MonthFigures, ...] = ()


@dataclass(frozen=True)
class HqReport:
    header: Header
    districts: tuple[UnitFigures, ...]  # unit.name is the district, unit.region its region
    regions: tuple[UnitFigures, ...]
    total: Indicators
    months: tuple[MonthFigures, ...]
    ranking: Ranking | None = None


@dataclass(frozen=True)
class PublicLine:
    """One figure of the report to residents, named in Russian and in the state language,
    beside the same period a year earlier.

    value None: not shown: one or two ("fewer than 3", so nobody in a village is pointed at),
    or a figure from which one or two could be worked out (`small` False: "not shown").
    """

    ru: str
    state: str
    value: int | None
    last_year: int | None = None
    small: bool = True
    last_year_small: bool = True
    code: str = ""  # the indicator (INDICATORS.md), or "incidents:KIND"


@dataclass(frozen=True)
class Contact:
    """How residents reach their inspector (public report)."""

    inspector: str  # rank and name
    precinct: str
    phone: str
    reception_hours: str
    address: str


@dataclass(frozen=True)
class PublicReport:
    header: Header  # lang is "ru"; the state language is below
    state_lang: str  # kk or ky
    contacts: tuple[Contact, ...]  # one per precinct of the report
    last_year: Period  # the period the comparison column shows
    households: int
    covered_percent: float | None
    work: tuple[PublicLine, ...]
    appeals: tuple[PublicLine, ...]
    prevention: tuple[PublicLine, ...]
    incidents: tuple[PublicLine, ...]  # by kind; the total is the last line
    # meetings held and the proposals residents made: received, done, declined, in work
    partnership: tuple[PublicLine, ...] = ()
    # why proposals were declined, as the answers to the residents put it
    declined_reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckLine:
    on: date
    method: str  # visit, phone, summons (the renderer names them)
    result: str


@dataclass(frozen=True)
class EntryCard:
    category: str
    basis: str
    start: date
    planned_end: date | None
    end: date | None
    end_reason: str
    risk_level: str
    next_due: date | None
    checks: tuple[CheckLine, ...]


@dataclass(frozen=True)
class HistoryLine:
    on: date
    what: str  # kind, role or status, in the report's language
    text: str  # summary or number


@dataclass(frozen=True)
class PersonCard:
    header: Header
    surname: str
    name: str
    patronymic: str
    birth_date: date | None
    sex: str  # M, F or empty
    id_number: str
    phones: tuple[str, ...]
    address: str
    workplace: str
    notes: str
    entries: tuple[EntryCard, ...]
    work: tuple[HistoryLine, ...]
    incidents: tuple[HistoryLine, ...]
    appeals: tuple[HistoryLine, ...]  # `what` is the appeal's status code


@dataclass(frozen=True)
class AppealLine:
    unit: str
    number: str
    received: date
    applicant: str
    channel: str
    summary: str
    deadline: date
    status: str  # a status code (the renderer names it)
    closed_on: date | None  # decided or forwarded
    late_days: int  # decided after, or still open past, the deadline (0: on time)


@dataclass(frozen=True)
class AppealsRegister:
    header: Header
    rows: tuple[AppealLine, ...]
    by_status: tuple[Named, ...]  # code = status


@dataclass(frozen=True)
class SettlementLine:
    name: str
    households: int
    residents: int


@dataclass(frozen=True)
class AgeLine:
    group: str  # 0-17, 18-29, 30-59, 60+
    men: int
    women: int


@dataclass(frozen=True)
class ObjectLine:
    kind: str
    name: str
    address: str
    contact: str


@dataclass(frozen=True)
class Passport:
    header: Header
    unit: Unit
    post_address: str
    population: int | None  # the passport's own figure, as entered
    residents: int  # live people in the database
    households: int
    settlements: tuple[SettlementLine, ...]
    ages: tuple[AgeLine, ...]
    register: tuple[Named, ...]  # on the register on the as-of day, by category
    objects: tuple[ObjectLine, ...]


ReportModel = (
    ActivityReport
    | DistrictReport
    | HqReport
    | PublicReport
    | PersonCard
    | AppealsRegister
    | Passport
)
