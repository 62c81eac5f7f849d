"""Every indicator the reports show, defined once: its name, what counts, and on which day it
is judged. Every report and screen that shows an indicator takes its name and its value from
here, so two reports can never count the same thing two ways (INDICATORS.md beside this file
lists them; a test keeps the document and these definitions alike).

A value is read from a precinct's `Indicators` (or their sum for a district or region).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from inspector_app.i18n import N_
from inspector_app.reports.model import Indicators

# On which day an indicator is judged.
PERIOD = "period"  # events dated from the period's first day to the as-of day
AS_OF = "as-of"  # the state on the as-of day (the period's last day, or --as-of)
AT_START = "start"  # the state on the period's first day

# Work log kinds that visit households: the door-to-door round covers the beat.
VISIT_KINDS = ("round",)
# The work log kind of a register check: a home check is counted from the register (its date
# and entry), never from the work log too, so the two can never disagree.
CHECK_LOG_KIND = "register_check"
# Work log kinds that are meetings with residents; council sessions are counted apart.
MEETING_KINDS = ("meeting", "report_to_residents")


@dataclass(frozen=True)
class Indicator:
    code: str
    name: str  # as a table row names it (marked for translation)
    short: str  # as a column of the wide tables names it (marked)
    counts: str  # what counts, in words (for INDICATORS.md)
    judged: str  # PERIOD, AS_OF or AT_START
    value: Callable[[Indicators], float | int | None]
    percent: bool = False
    per_population: bool = False  # a count that grows with the population: rate per 1,000


def _i(
    code: str,
    name: str,
    short: str,
    counts: str,
    judged: str,
    value: Callable[[Indicators], float | int | None],
    **flags: bool,
) -> Indicator:
    return Indicator(code, name, short, counts, judged, value, **flags)


INDICATORS: dict[str, Indicator] = {
    i.code: i
    for i in (
        _i(
            "households",
            N_("Households in the precinct"),
            N_("Households"),
            "Households with at least one living resident in the database.",
            AS_OF,
            lambda f: f.households,
        ),
        _i(
            "visited",
            N_("Households visited in rounds"),
            N_("Visited"),
            "Distinct households named by a work log entry of kind `round` dated in the period.",
            PERIOD,
            lambda f: f.visited,
        ),
        _i(
            "covered_percent",
            N_("Share of the precinct covered"),
            N_("Visited, %"),
            "`visited` / `households` x 100 (at most 100).",
            PERIOD,
            lambda f: f.covered_percent,
            percent=True,
        ),
        _i(
            "register_at_start",
            N_("At start"),
            N_("At start"),
            "Register entries started before the period's first day and not ended by it.",
            AT_START,
            lambda f: f.register_total("at_start"),
        ),
        _i(
            "register_added",
            N_("Added"),
            N_("Added"),
            "Register entries whose start date falls in the period.",
            PERIOD,
            lambda f: f.register_total("added"),
        ),
        _i(
            "register_removed",
            N_("Removed"),
            N_("Removed"),
            "Register entries whose end date falls in the period (off the register that day).",
            PERIOD,
            lambda f: f.register_total("removed"),
        ),
        _i(
            "register_at_end",
            N_("People on the preventive register"),
            N_("On the register"),
            "Register entries started by the as-of day and not ended on or before it.",
            AS_OF,
            lambda f: f.register_total("at_end"),
            per_population=True,
        ),
        _i(
            "checks_due",
            N_("Checks due"),
            N_("Checks due"),
            "Home checks the category's interval schedules (start + n x interval, while the"
            " entry runs and not after its planned end) on days of the period.",
            PERIOD,
            lambda f: f.register_total("checks_due"),
        ),
        _i(
            "checks_done",
            N_("Checks done"),
            N_("Checks done"),
            "Home checks recorded on the register (`register_check`) dated in the period. Work"
            " log entries of kind `register_check` are the same visits and are not counted"
            " again.",
            PERIOD,
            lambda f: f.register_total("checks_done"),
        ),
        _i(
            "checks_overdue",
            N_("Overdue checks"),
            N_("Overdue checks"),
            "Entries on the register on the as-of day whose next check (last check, or start,"
            " + interval) was due before that day. An entry past its planned end is not"
            " counted: its term ended, it is to be removed or extended.",
            AS_OF,
            lambda f: f.register_total("overdue"),
        ),
        _i(
            "talks",
            N_("Preventive talks held"),
            N_("Talks"),
            "Work log entries of kind `talk` dated in the period.",
            PERIOD,
            lambda f: f.work_count("talk"),
            per_population=True,
        ),
        _i(
            "warnings",
            N_("Official warnings issued"),
            N_("Warnings"),
            "Work log entries of kind `warning` dated in the period.",
            PERIOD,
            lambda f: f.work_count("warning"),
        ),
        _i(
            "protective_orders",
            N_("Protective orders issued"),
            N_("Protective orders"),
            "Register entries of category protective (KZ) or protection (KG) order whose start"
            " date falls in the period.",
            PERIOD,
            lambda f: f.protective_orders,
        ),
        _i(
            "receptions",
            N_("Receptions of citizens held"),
            N_("Receptions"),
            "Work log entries of kind `reception` dated in the period.",
            PERIOD,
            lambda f: f.work_count("reception"),
        ),
        _i(
            "meetings",
            N_("Meetings with residents held"),
            N_("Meetings"),
            "Work log entries of kind `meeting` or `report_to_residents` (a report to residents"
            " is a meeting too) dated in the period. Sessions of the public council are counted"
            " apart (`public_councils`), never among meetings.",
            PERIOD,
            lambda f: f.work_count(*MEETING_KINDS),
        ),
        _i(
            "reports_to_residents",
            N_("of them reports to residents"),
            N_("Reports to residents"),
            "Of the `meetings`, work log entries of kind `report_to_residents` dated in the"
            " period.",
            PERIOD,
            lambda f: f.work_count("report_to_residents"),
        ),
        _i(
            "public_councils",
            N_("Public council sessions held"),
            N_("Public council"),
            "Work log entries of kind `public_council` dated in the period.",
            PERIOD,
            lambda f: f.work_count("public_council"),
        ),
        _i(
            "proposals_received",
            N_("Proposals and questions received"),
            N_("Proposals"),
            "Residents' proposals and questions (raised at a meeting, a council session or a"
            " reception, or filed in writing) whose day raised falls in the period.",
            PERIOD,
            lambda f: f.proposals.received,
        ),
        _i(
            "proposals_done",
            N_("Proposals done"),
            N_("Proposals done"),
            "Proposals answered as done on a day of the period (whenever raised).",
            PERIOD,
            lambda f: f.proposals.done,
        ),
        _i(
            "proposals_declined",
            N_("Proposals declined, with the reasons"),
            N_("Proposals declined"),
            "Proposals declined, with the reason given to the residents, on a day of the period"
            " (whenever raised).",
            PERIOD,
            lambda f: f.proposals.declined,
        ),
        _i(
            "proposals_in_work",
            N_("Proposals in work"),
            N_("Proposals in work"),
            "Proposals raised by the as-of day and neither done nor declined by then.",
            AS_OF,
            lambda f: f.proposals.in_work,
        ),
        _i(
            "appeals_carried_over",
            N_("Carried over from before the period"),
            N_("Carried over"),
            "Appeals received before the period's first day and neither decided nor forwarded"
            " before it. Carried over + received = decided + forwarded + open at the end.",
            AT_START,
            lambda f: f.appeals.carried_over,
        ),
        _i(
            "appeals_received",
            N_("Appeals received"),
            N_("Appeals received"),
            "Appeals whose moment of receipt falls in the period (local days).",
            PERIOD,
            lambda f: f.appeals.received,
            per_population=True,
        ),
        _i(
            "appeals_decided",
            N_("Appeals decided"),
            N_("Decided"),
            "Appeals with a decision dated in the period.",
            PERIOD,
            lambda f: f.appeals.on_time + f.appeals.late,
        ),
        _i(
            "appeals_on_time",
            N_("Decided on time"),
            N_("On time"),
            "Of the appeals decided in the period, those decided on or before the deadline that"
            " counts: the extended one only when the head decided the extension on or before the"
            " deadline it moved (store/appeal_sql.due, domain.rules.effective_deadline).",
            PERIOD,
            lambda f: f.appeals.on_time,
        ),
        _i(
            "appeals_late",
            N_("Decided late"),
            N_("Late"),
            "Of the appeals decided in the period, those decided after their deadline.",
            PERIOD,
            lambda f: f.appeals.late,
        ),
        _i(
            "appeals_forwarded",
            N_("Forwarded"),
            N_("Forwarded"),
            "Appeals forwarded to the competent body on a day of the period.",
            PERIOD,
            lambda f: f.appeals.forwarded,
        ),
        _i(
            "appeals_open",
            N_("Open"),
            N_("Open"),
            "Appeals received by the end of the as-of day and neither decided nor forwarded by"
            " then. The register of appeals shows each appeal's status on the same day.",
            AS_OF,
            lambda f: f.appeals.open,
        ),
        _i(
            "appeals_overdue",
            N_("Overdue appeals"),
            N_("Overdue appeals"),
            "Of the open appeals, those whose deadline is before the as-of day.",
            AS_OF,
            lambda f: f.appeals.overdue,
        ),
        _i(
            "appeals_on_time_percent",
            N_("Decided on time, %"),
            N_("On time, %"),
            "`appeals_on_time` / `appeals_decided` x 100.",
            PERIOD,
            lambda f: f.appeals.on_time_percent,
            percent=True,
        ),
        _i(
            "incidents",
            N_("Incidents registered, total"),
            N_("Incidents"),
            "Incidents whose moment of occurrence falls in the period (local days).",
            PERIOD,
            lambda f: f.incidents_total,
            per_population=True,
        ),
    )
}

# The columns of the side-by-side tables of the district and HQ reports.
SIDE_BY_SIDE = (
    "covered_percent",
    "register_at_end",
    "checks_due",
    "checks_done",
    "checks_overdue",
    "talks",
    "warnings",
    "protective_orders",
    "receptions",
    "meetings",
    "public_councils",
    "appeals_received",
    "appeals_on_time",
    "appeals_late",
    "appeals_open",
    "appeals_overdue",
    "incidents",
)
# Protective orders are named by the country's law.
ORDER_NAMES = {"KZ": N_("Protective orders issued"), "KG": N_("Protection orders issued")}
ORDER_SHORT = {"KZ": N_("Protective orders"), "KG": N_("Protection orders")}


def value(code: str, figures: Indicators) -> float | int | None:
    return INDICATORS[code].value(figures)


def name(code: str, country: str, *, short: bool = False) -> str:
    """The marked (untranslated) name of an indicator in a country."""
    if code == "protective_orders":
        return (ORDER_SHORT if short else ORDER_NAMES)[country]
    indicator = INDICATORS[code]
    return indicator.short if short else indicator.name


def values(figures: Indicators) -> dict[str, float | int | None]:
    """Every indicator of one unit's figures."""
    return {code: i.value(figures) for code, i in INDICATORS.items()}


_JUDGED_WORDS = {
    PERIOD: "events dated in the period, up to the as-of day",
    AS_OF: "the state on the as-of day",
    AT_START: "the state on the period's first day",
}


def document() -> str:
    """INDICATORS.md: the definitions in words, in the order above."""
    lines = [
        "# Indicators of the reports",
        "",
        "Generated from `inspector_app/reports/indicators.py` (a test checks that this file",
        "matches it). Every report and screen takes an indicator's name and value from there.",
        "A day is a local day (UTC+5 in Kazakhstan, UTC+6 in Kyrgyzstan). The as-of day is the",
        "period's last day, or the day of `--as-of` (then only what had happened by that moment",
        "counts, as the change log had it then). A record without a precinct belongs to the",
        "inspector's own precinct.",
        "",
        "| Code | Name | Judged on | What counts |",
        "|---|---|---|---|",
    ]
    for i in INDICATORS.values():
        lines.append(f"| `{i.code}` | {i.name} | {_JUDGED_WORDS[i.judged]} | {i.counts} |")
    return "\n".join(lines) + "\n"
