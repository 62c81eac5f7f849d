"""The partnership figures of the report to residents: proposals received, answered and in
work over a report's window, and the reasons given for those declined."""

from __future__ import annotations

from typing import Any

from inspector_app.store.report_queries import IN_UNITS, Units, Window, scoped, unit_of
from inspector_app.store.store import Store


def proposal_figures(store: Store, units: Units, window: Window) -> list[dict[str, Any]]:
    """(unit, received, done, declined, in_work): received (raised in the window), done and
    declined (answered in it), in_work (raised by the as-of day and not answered by then)."""
    return scoped(
        store,
        f"SELECT {unit_of()} AS unit,"
        " sum(raised_on BETWEEN :start AND :end) AS received,"
        " sum(status = 'done' AND answered_on BETWEEN :start AND :end) AS done,"
        " sum(status = 'declined' AND answered_on BETWEEN :start AND :end) AS declined,"
        " sum(raised_on <= :ref AND (answered_on IS NULL OR answered_on > :ref)) AS in_work"
        f" FROM proposal WHERE deleted = 0 GROUP BY unit HAVING unit{IN_UNITS}",
        units,
        window.params(),
    )


def declined_reasons(store: Store, units: Units, window: Window) -> list[dict[str, Any]]:
    """The answers of the proposals declined in the window, oldest first."""
    return scoped(
        store,
        "SELECT answer FROM proposal WHERE deleted = 0 AND status = 'declined'"
        f" AND answered_on BETWEEN :start AND :end AND {unit_of()}{IN_UNITS}"
        " ORDER BY answered_on, id",
        units,
        window.params(),
    )
