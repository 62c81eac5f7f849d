"""What an analyst takes further: the appeals' balance, each count beside the period before and
a year earlier, the trend by month, and the ranking with the average marked."""

from __future__ import annotations

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.reports import indicators as ind
from inspector_app.reports.model import ActivityReport, DistrictReport, HqReport
from inspector_app.services.reports import ReportRequest, build_model, make_report
from inspector_app.services.session import Session
from tests.reports.conftest import AS_OF
from tests.reports.pdftext import lines


@pytest.mark.parametrize("period", ["2026-03", "2026-Q2", "2026-Q3", "2025", "2026"])
def test_the_appeals_balance(hq: Session, period: str) -> None:
    """Carried over + received = decided + forwarded + open at the end, for every precinct
    and the sums."""
    model = build_model(hq, ReportRequest("district", period=period, as_of=AS_OF))
    assert isinstance(model, DistrictReport)
    for figures in [*(r.figures for r in model.rows), model.total]:
        a = figures.appeals
        assert a.carried_over + a.received == a.decided + a.forwarded + a.open, (period, a)
    assert model.total.appeals.received > 0


def test_counts_beside_earlier_periods(inspector: Session) -> None:
    model = build_model(inspector, ReportRequest("activity", period="2026-Q3", as_of=AS_OF))
    assert isinstance(model, ActivityReport) and model.comparison is not None
    c = model.comparison
    for period, figures in (("2026-Q2", c.previous), ("2025-Q3", c.year_ago)):
        alone = build_model(inspector, ReportRequest("activity", period=period, as_of=AS_OF))
        assert isinstance(alone, ActivityReport)
        assert ind.values(figures) == ind.values(alone.figures), period
    assert c.population and c.population > 0
    text = "\n".join(
        lines(make_report(inspector, ReportRequest("activity", period="2026-Q3", as_of=AS_OF)).pdf)
    )
    assert "2-й квартал" in text and "2025" in text
    assert "На 1000" in text and "жителей" in text


def test_a_trend_only_over_months(inspector: Session, hq: Session) -> None:
    quarter = build_model(inspector, ReportRequest("activity", period="2026-Q3", as_of=AS_OF))
    month = build_model(inspector, ReportRequest("activity", period="2026-09", as_of=AS_OF))
    assert isinstance(quarter, ActivityReport) and isinstance(month, ActivityReport)
    assert [m.month.month for m in quarter.months] == [7, 8, 9]
    assert month.months == ()
    assert sum(m.appeals for m in quarter.months) == quarter.figures.appeals.received
    district = build_model(hq, ReportRequest("district", period="2026-Q3", as_of=AS_OF))
    assert isinstance(district, DistrictReport) and len(district.months) == 3


def test_the_district_ranks_its_inspectors_and_hq_its_districts(hq: Session) -> None:
    request = ReportRequest("district", period="2026", as_of=AS_OF, rank_by="talks")
    model = build_model(hq, request)
    assert isinstance(model, DistrictReport) and model.ranking is not None
    talks = [r.figures.work_count("talk") for r in model.ranking.order]
    assert talks == sorted(talks, reverse=True)
    assert model.ranking.average == pytest.approx(sum(talks) / len(talks))
    found = lines(make_report(hq, request).pdf)
    assert "Среднее по району" in found
    overdue = build_model(
        hq, ReportRequest("district", period="2026", as_of=AS_OF, rank_by="checks_overdue")
    )
    assert isinstance(overdue, DistrictReport) and overdue.ranking is not None
    values = [r.figures.register_total("overdue") for r in overdue.ranking.order]
    assert values == sorted(values)  # fewest overdue first
    top = build_model(hq, ReportRequest("hq", period="2026", as_of=AS_OF))
    assert isinstance(top, HqReport) and top.ranking is not None
    assert {r.unit.code for r in top.ranking.order} == {d.unit.code for d in top.districts}
    with pytest.raises(AppError) as caught:
        build_model(hq, ReportRequest("district", period="2026", rank_by="nonsense"))
    assert caught.value.code == "report.rank_by"
