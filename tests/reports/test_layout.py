"""How the reports read on paper: headers never split mid-word, one percent format, summaries
wrapped whole, charts named and scaled to their values, no one-row tables or one-month trends
repeating what is there already, and the markings offices expect."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from inspector_app.reports import formatting as fmt
from inspector_app.reports.model import AppealsRegister, HqReport
from inspector_app.reports.render import render
from inspector_app.services.reports import ReportRequest, build_model, make_report
from inspector_app.services.session import Session
from tests.reports.conftest import AS_OF
from tests.reports.pdftext import lines


def test_one_percent_format() -> None:
    assert [fmt.percent(v, "ru") for v in (7.0, 6.94, 100.0)] == ["7,0 %", "6,9 %", "100,0 %"]


def test_a_header_is_never_split_mid_word() -> None:
    from inspector_app.reports.pdf import fonts
    from inspector_app.reports.pdf.tables import grid

    fonts.register()
    table = grid(["Просрочено, дн.", "Последняя проверка"], [["1", "2"]], [48, 52])
    for cell in table._cellvalues[0]:
        for line in str(cell).split("\n"):
            for word in line.split():
                assert word in ("Просрочено,", "дн.", "Последняя", "проверка"), word


def test_a_summary_is_wrapped_whole(inspector: Session) -> None:
    model = build_model(inspector, ReportRequest("appeals", period="2026-Q3", as_of=AS_OF))
    assert isinstance(model, AppealsRegister) and model.rows
    long = (
        "Соседи по улице Абая третий месяц шумят по ночам, жалобы в акимат не помогли,"
        " просим принять меры и провести беседу с жильцами дома номер семнадцать"
    )
    rows = (dataclasses.replace(model.rows[0], summary=long), *model.rows[1:])
    text = " ".join(lines(render(dataclasses.replace(model, rows=rows)).pdf))
    assert "…" not in text
    assert "семнадцать" in text


def test_charts_scale_to_their_values() -> None:
    from inspector_app.reports.pdf.charts import percent_range

    assert percent_range([80.0, 98.0, None]) == (70.0, 100.0)
    assert percent_range([12.0, 55.0]) == (0.0, 60.0)
    assert percent_range([None]) == (0, 100)


def test_hq_of_one_region_and_one_month(hq: Session) -> None:
    request = ReportRequest("hq", period="2026-10", as_of=AS_OF, lang="ru")
    model = build_model(hq, request)
    assert isinstance(model, HqReport) and len(model.regions) == 1 and len(model.months) == 1
    found = lines(make_report(hq, request).pdf)
    assert "Области" not in found  # one region's row would repeat the total
    assert "Динамика по месяцам" not in found  # a month is no trend
    year = lines(make_report(hq, ReportRequest("hq", period="2026", as_of=AS_OF)).pdf)
    assert "Динамика по месяцам" in year
    for district in model.districts:  # the chart names the districts
        assert any(district.unit.name in line for line in year)


def test_reports_naming_residents_are_for_official_use(
    inspector: Session, hq: Session, kz_inspector: tuple[Path, dict[str, str]]
) -> None:
    person = kz_inspector[1]["person"]
    for kind, extra in (
        ("activity", {"period": "2026-10"}),
        ("appeals", {"period": "2026-10"}),
        ("person-card", {"person": person}),
    ):
        found = lines(make_report(inspector, ReportRequest(kind, as_of=AS_OF, **extra)).pdf)
        pages = sum(1 for line in found if line.startswith("Страница "))
        assert found.count("ДСП") == pages, kind
    public = lines(
        make_report(inspector, ReportRequest("public", period="2026-10", as_of=AS_OF)).pdf
    )
    assert "ДСП" not in public
    district = lines(make_report(hq, ReportRequest("district", period="2026", as_of=AS_OF)).pdf)
    assert "ДСП" in district


def test_a_kazakh_card_says_iin(
    inspector: Session, kz_inspector: tuple[Path, dict[str, str]]
) -> None:
    request = ReportRequest("person-card", person=kz_inspector[1]["person"], as_of=AS_OF)
    found = lines(make_report(inspector, request).pdf)
    assert "ИИН" in found and not any("ПИН" in line for line in found)


def test_a_document_number_per_distinct_report(
    inspector: Session, kz_inspector: tuple[Path, dict[str, str]]
) -> None:
    count = "SELECT count(*) FROM change"
    changes = inspector.store.scalar(count)
    request = ReportRequest("activity", period="2026-09", as_of=AS_OF)
    first = make_report(inspector, request)
    again = make_report(inspector, request)
    assert again.pdf == first.pdf  # the same number, the same bytes
    other = make_report(
        inspector, ReportRequest("activity", period="2026-09", as_of=AS_OF, lang="kk")
    )
    numbers = [
        next(line for line in lines(r.pdf) if line.startswith("№ ")).split(";")[0]
        for r in (first, other)
    ]
    assert numbers[0] != numbers[1] and all("-Д-" in n for n in numbers)
    assert inspector.store.scalar(count) == changes  # issuing is no data change


def test_every_internal_report_has_signature_lines(
    inspector: Session, hq: Session, kz_inspector: tuple[Path, dict[str, str]]
) -> None:
    person = kz_inspector[1]["person"]
    for session, kind, extra in (
        (inspector, "activity", {"period": "2026-10"}),
        (inspector, "appeals", {"period": "2026-10"}),
        (inspector, "person-card", {"person": person}),
        (inspector, "passport", {}),
        (hq, "district", {"period": "2026"}),
        (hq, "hq", {"period": "2026"}),
    ):
        text = "\n".join(lines(make_report(session, ReportRequest(kind, as_of=AS_OF, **extra)).pdf))
        assert "________" in text, kind
