"""`public`: the report to residents. Aggregates only, no resident's name, ID number, phone or
address; a count of one or two is "fewer than 3", since in a village it points at someone,
and so is any figure from which one or two could be worked out (decided 10, of them on time
9: the one late decision). Beside each figure, the same period a year earlier. It names the
inspector and how to reach them, what came of the residents' proposals and why some were
declined. In Russian and the state language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from inspector_app.i18n import N_, gettext_for
from inspector_app.reports import indicators as ind
from inspector_app.reports.model import Contact, Indicators, PublicLine, PublicReport
from inspector_app.services.reports.context import Context
from inspector_app.services.reports.indicators import collect, total
from inspector_app.services.reports.periods import year_earlier
from inspector_app.services.reports.scope import unit_from_row
from inspector_app.store import partnership_report_queries as pq

STATE_LANGUAGE = {"KZ": "kk", "KG": "ky"}
SMALLEST_SHOWN = 3
# (whole, part): the part is hidden when whole minus part is one or two.
_PARTS = (("appeals_decided", "appeals_on_time"), ("meetings", "reports_to_residents"))
_WORK = ("visited", "receptions", "talks")
# Meetings (reports to residents among them) and council sessions counted apart, and what
# came of the residents' proposals (issue 9).
_PARTNERSHIP = (
    "meetings",
    "reports_to_residents",
    "public_councils",
    "proposals_received",
    "proposals_done",
    "proposals_declined",
    "proposals_in_work",
)
_APPEALS = (
    "appeals_received",
    "appeals_decided",
    "appeals_on_time",
    "appeals_forwarded",
    "appeals_open",
)
_PREVENTION = ("protective_orders", "warnings", "register_at_end")


def shown(count: int) -> int | None:
    """None (shown as "fewer than 3") for 1 and 2; zero and 3 or more as they are."""
    return None if 0 < count < SMALLEST_SHOWN else count


@dataclass(frozen=True)
class Shown:
    value: int | None
    small: bool  # hidden for being 1 or 2 (else: for giving 1 or 2 away)


def protect(counts: dict[str, int], parts: Sequence[tuple[str, str]] = _PARTS) -> dict[str, Shown]:
    """What may be printed of these counts: small ones hidden, and a part hidden when the
    whole minus it is one or two (both printed would give that one or two away)."""
    result = {code: Shown(shown(count), True) for code, count in counts.items()}
    for whole, part in parts:
        if whole not in counts or part not in counts:
            continue
        rest = counts[whole] - counts[part]
        both = result[whole].value is not None and result[part].value is not None
        if both and shown(rest) is None:
            result[part] = Shown(None, False)
    return result


def _counts(figures: Indicators, codes: Sequence[str]) -> dict[str, int]:
    return {code: int(ind.value(code, figures) or 0) for code in codes}


def build(ctx: Context) -> PublicReport:
    state = STATE_LANGUAGE[ctx.country]
    ru, st = gettext_for("ru"), gettext_for(state)
    assert ctx.period is not None  # the public report needs a period
    last_period = year_earlier(ctx.period)
    now_figures = total(list(collect(ctx).values()))
    then_figures = total(list(collect(ctx.earlier(last_period)).values()))
    codes = (*_WORK, *_APPEALS, *_PREVENTION, *_PARTNERSHIP)
    now = protect(_counts(now_figures, codes))
    then = protect(_counts(then_figures, codes))

    def line(code: str) -> PublicLine:
        text = ind.name(code, ctx.country)
        if code == "appeals_on_time":
            text = N_("of them within the deadline")
        return PublicLine(
            ru(text),
            st(text),
            now[code].value,
            then[code].value,
            now[code].small,
            then[code].small,
            code,
        )

    incidents = _incident_lines(ctx, now_figures, then_figures, state)
    return PublicReport(
        header=ctx.header("public", lang="ru", anonymous=True),
        state_lang=state,
        households=now_figures.households,
        covered_percent=now_figures.covered_percent,
        work=tuple(line(c) for c in _WORK),
        appeals=tuple(line(c) for c in _APPEALS),
        prevention=tuple(line(c) for c in _PREVENTION),
        incidents=incidents,
        contacts=tuple(
            Contact(
                inspector=unit_from_row(p).inspector,
                precinct=p["name"] or p["code"] or "",
                phone=p["phone"] or "",
                reception_hours=p["reception_hours"] or "",
                address=p["post_address"] or "",
            )
            for p in ctx.scope.precincts
        ),
        last_year=last_period,
        partnership=tuple(line(c) for c in _PARTNERSHIP),
        declined_reasons=_declined_reasons(ctx) if now["proposals_declined"].value else (),
    )


def _declined_reasons(ctx: Context) -> tuple[str, ...]:
    """The reasons given for the proposals declined in the period, each once. Only printed
    when the count of them is: one or two reasons would tell that one or two were declined."""
    rows = pq.declined_reasons(ctx.session.store, ctx.scope.units, ctx.window)
    return tuple(dict.fromkeys(str(r["answer"]).strip() for r in rows if r["answer"]))


def _incident_lines(
    ctx: Context, now: Indicators, then: Indicators, state: str
) -> tuple[PublicLine, ...]:
    """By kind (kinds with an incident in either year), then the total unless a kind is
    hidden: a total beside a hidden line would give the hidden count away."""
    before = {n.code: n.count for n in then.incidents}
    lines = [
        PublicLine(
            ctx.name("incident_kinds", n.code, "ru"),
            ctx.name("incident_kinds", n.code, state),
            shown(n.count),
            shown(before.get(n.code, 0)),
            code=f"incidents:{n.code}",
        )
        for n in now.incidents
        if n.count or before.get(n.code, 0)
    ]
    if all(i.value is not None for i in lines) and all(i.last_year is not None for i in lines):
        ru, st = gettext_for("ru"), gettext_for(state)
        text = ind.name("incidents", ctx.country)
        lines.append(
            PublicLine(
                ru(text), st(text), now.incidents_total, then.incidents_total, code="incidents"
            )
        )
    return tuple(lines)
