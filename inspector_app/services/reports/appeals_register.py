"""`appeals`: the register of appeals received in the period, with status and deadline."""

from __future__ import annotations

from datetime import date

from inspector_app.domain.local_time import local_day
from inspector_app.domain.rules import APPEAL_STATUSES
from inspector_app.reports.model import AppealLine, AppealsRegister, Named
from inspector_app.services.reports.context import Context
from inspector_app.services.reports.indicators import applicant
from inspector_app.store import report_queries as rq


def build(ctx: Context) -> AppealsRegister:
    store, units, window, codes = ctx.session.store, ctx.scope.units, ctx.window, ctx.scope.codes
    rows = tuple(
        AppealLine(
            unit=codes.get(r["unit"], ""),
            number=r["number"] or "",
            received=local_day(r["received_at"], ctx.country),
            applicant=applicant(r),
            channel=ctx.name("appeal_channels", r["channel"] or ""),
            summary=r["summary"] or "",
            deadline=date.fromisoformat(r["due"]),
            status=r["status"] or "",
            closed_on=date.fromisoformat(r["closed_on"]) if r["closed_on"] else None,
            late_days=int(r["late_days"]),
        )
        for r in rq.appeals_received(store, units, window)
    )
    counts = {r["status"]: int(r["n"]) for r in rq.appeal_status_counts(store, units, window)}
    statuses = [*APPEAL_STATUSES, *sorted(set(counts) - set(APPEAL_STATUSES))]
    return AppealsRegister(
        header=ctx.header("appeals"),
        rows=rows,
        by_status=tuple(Named(s, s, counts.get(s, 0)) for s in statuses),
    )
