"""What every report model is assembled from: the request checked, its period, scope and
window of time, the as-of day, and the reproducible "made at"."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property

from inspector_app.domain.errors import AppError
from inspector_app.domain.hlc import Stamp
from inspector_app.domain.local_time import offset, to_local
from inspector_app.i18n import LANGUAGES
from inspector_app.reports.model import Header, Period
from inspector_app.services.reports.periods import parse_period
from inspector_app.services.reports.scope import Scope, resolve_scope
from inspector_app.services.session import Session
from inspector_app.store import report_queries
from inspector_app.store.report_queries import Window

# The whole history, for reports that need no period (a person's card, the passport).
_EPOCH = date(1900, 1, 1)


@dataclass(frozen=True)
class ReportRequest:
    """What a form or the command line asks for. `period` as parse_period reads it; `as_of`
    fixes "made at" and the day open items are judged on (naive: local time)."""

    kind: str
    period: str | None = None
    precinct: str | None = None
    district: str | None = None
    person: str | None = None
    lang: str | None = None
    as_of: datetime | None = None
    rank_by: str | None = None  # the indicator the district and HQ reports rank by


def _utc_text(local_midnight: date, shift: timedelta) -> str:
    moment = datetime.combine(local_midnight, time()) - shift
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def make_window(period: Period, ref: date, country: str, cutoff: datetime | None = None) -> Window:
    """The period's days up to the as-of day; with `cutoff` (the as-of moment, local) what
    happened after it on that day does not count either."""
    shift = offset(country)
    hours = int(shift.total_seconds() // 3600)
    end = min(period.end, ref)
    end_utc = _utc_text(end + timedelta(days=1), shift)
    ref_end_utc = _utc_text(ref + timedelta(days=1), shift)
    if cutoff is not None:
        moment = (cutoff - shift).strftime("%Y-%m-%dT%H:%M:%SZ")
        end_utc, ref_end_utc = min(end_utc, moment), min(ref_end_utc, moment)
    return Window(
        start=period.start.isoformat(),
        end=end.isoformat(),
        start_utc=_utc_text(period.start, shift),
        end_utc=end_utc,
        ref=ref.isoformat(),
        ref_end_utc=ref_end_utc,
        tz=f"{hours:+d} hours",
    )


@dataclass
class Context:
    session: Session
    request: ReportRequest
    lang: str
    period: Period | None
    scope: Scope
    as_of: date  # open and overdue are judged on this day
    made_at: str
    cutoff: datetime | None = None  # the --as-of moment (local): nothing after it counts

    @property
    def country(self) -> str:
        return self.session.country

    @cached_property
    def window(self) -> Window:
        return make_window(
            self.period or Period("range", _EPOCH, self.as_of),
            self.as_of,
            self.country,
            self.cutoff,
        )

    @cached_property
    def intervals(self) -> dict[str, int]:
        return {
            c.code: c.check_interval_days
            for c in self.session.refdata.categories
            if c.check_interval_days
        }

    def earlier(self, period: Period) -> Context:
        """The same report's context for an earlier period (a comparison): open items judged
        as many days into it as this one's are, on the data as it stands for this one."""
        assert self.period is not None
        into = self.as_of - self.period.start
        as_of = min(period.start + into, period.end)
        return replace(self, period=period, as_of=as_of)

    @cached_property
    def _names(self) -> dict[tuple[str, str, str], str]:
        return {}

    def name(self, kind_list: str, code: str, lang: str | None = None) -> str:
        """A code's name from reference data (looked up once per report: a district report
        names the same kinds for every inspector)."""
        key = (kind_list, code, lang or self.lang)
        found = self._names.get(key)
        if found is None:
            found = self._names[key] = self.session.refdata.name_of(*key)
        return found

    def header(self, kind: str, *, lang: str | None = None, anonymous: bool = False) -> Header:
        user = self.session.user
        made_by = " ".join(p for p in (user.get("rank"), user.get("full_name")) if p)
        return Header(
            kind=kind,
            lang=lang or self.lang,
            country=self.country,
            scope=self.scope.name,
            scope_level=self.scope.level,
            period=self.period,
            as_of=self.as_of,
            made_at=self.made_at,
            made_by="" if anonymous else made_by,
            utc_offset_hours=int(offset(self.country).total_seconds() // 3600),
        )


def as_of_ms(session: Session, as_of: datetime) -> int:
    """The as-of moment as UTC milliseconds (a naive one is local time)."""
    utc = to_local(as_of, session.country) - offset(session.country)
    return int(utc.replace(tzinfo=UTC).timestamp() * 1000)


def made_at(session: Session, as_of: datetime | None) -> str:
    """`as_of`, else the newest change in the data, as local "YYYY-MM-DDTHH:MM": the same data
    gives the same report, whenever it is made."""
    if as_of is not None:
        moment = to_local(as_of, session.country)
    else:
        newest = report_queries.newest_change(session.store)
        wall = Stamp.parse(newest).wall_ms if newest else 0
        moment = datetime.fromtimestamp(wall / 1000, UTC).replace(tzinfo=None)
        moment += offset(session.country)
    return moment.strftime("%Y-%m-%dT%H:%M")


def build_context(session: Session, request: ReportRequest, *, needs_period: bool) -> Context:
    lang = request.lang or session.lang
    if lang not in LANGUAGES:
        raise AppError("report.language", lang=lang, known=", ".join(LANGUAGES))
    if request.period:
        period: Period | None = parse_period(request.period)
    elif needs_period:
        raise AppError("report.period_required", kind=request.kind)
    else:
        period = None
    cutoff = to_local(request.as_of, session.country) if request.as_of else None
    today = cutoff.date() if cutoff else session.today()
    if period and period.start > today:
        # a period that has not begun: nothing in it can be counted yet
        if cutoff:
            raise AppError("report.as_of_before_period", as_of=today.isoformat())
        raise AppError("report.period_future", period=request.period or "")
    as_of = min(period.end, today) if period else today
    scope = resolve_scope(session, request.precinct, request.district)
    return Context(
        session=session,
        request=request,
        lang=lang,
        period=period,
        scope=scope,
        as_of=as_of,
        made_at=made_at(session, request.as_of),
        cutoff=cutoff,
    )
