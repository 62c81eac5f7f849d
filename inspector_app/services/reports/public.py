"""`public`: the report to residents. Aggregates only, no person's name, ID number, phone or
address; a count of one or two is "fewer than 3", since in a village it points at someone.
In Russian and the state language."""

from __future__ import annotations

from inspector_app.i18n import N_, gettext_for
from inspector_app.reports.labels import ORDERS_ISSUED
from inspector_app.reports.model import PublicLine, PublicReport
from inspector_app.services.reports.context import Context
from inspector_app.services.reports.indicators import collect, total

STATE_LANGUAGE = {"KZ": "kk", "KG": "ky"}
SMALLEST_SHOWN = 3


def shown(count: int) -> int | None:
    """None (shown as "fewer than 3") for 1 and 2; zero and 3 or more as they are."""
    return None if 0 < count < SMALLEST_SHOWN else count


def build(ctx: Context) -> PublicReport:
    state = STATE_LANGUAGE[ctx.country]
    ru, st = gettext_for("ru"), gettext_for(state)

    def line(text: str, count: int) -> PublicLine:
        return PublicLine(ru(text), st(text), shown(count))

    figures = total(list(collect(ctx).values()))
    a = figures.appeals
    incidents = [
        PublicLine(
            ctx.name("incident_kinds", n.code, "ru"),
            ctx.name("incident_kinds", n.code, state),
            shown(n.count),
        )
        for n in figures.incidents
        if n.count
    ]
    # A total beside a hidden line would give the hidden count away: then it is left out.
    if all(i.value is not None for i in incidents):
        incidents.append(line(N_("Incidents registered, total"), figures.incidents_total))
    return PublicReport(
        header=ctx.header("public", lang="ru", anonymous=True),
        state_lang=state,
        households=figures.households,
        covered_percent=figures.covered_percent,
        work=(
            line(N_("Households visited in door-to-door rounds"), figures.visited),
            line(N_("Receptions of citizens held"), figures.work_count("reception")),
            line(
                N_("Meetings with residents held"), figures.work_count("meeting", "public_council")
            ),
            line(N_("Preventive talks held"), figures.work_count("talk")),
        ),
        appeals=(
            line(N_("Appeals received"), a.received),
            line(N_("Appeals decided"), a.on_time + a.late),
            line(N_("of them within the deadline"), a.on_time),
            line(N_("Appeals forwarded to the competent body"), a.forwarded),
            line(N_("Appeals under consideration"), a.open),
        ),
        prevention=(
            line(ORDERS_ISSUED[ctx.country], figures.protective_orders),
            line(N_("Official warnings issued"), figures.work_count("warning")),
            line(N_("People on the preventive register"), figures.register_total("at_end")),
        ),
        incidents=tuple(incidents),
    )
