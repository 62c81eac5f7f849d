"""The inspector's activity report: every figure is the count of the data, in the model and
in the PDF."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path

from inspector_app.reports.model import ActivityReport
from inspector_app.services.reports import ReportRequest, build_model, make_report
from inspector_app.services.session import Session
from tests.reports.conftest import AS_OF
from tests.reports.expected import Expected, Tables
from tests.reports.pdftext import figures_after, lines, number

PERIOD = "2026-10"
START, END = date(2026, 10, 1), date(2026, 10, 31)
REQUEST = ReportRequest("activity", period=PERIOD, as_of=AS_OF)


def _expected(session: Session) -> Expected:
    tables = Tables(session)
    assert tables.default is not None
    # The period ended before the as-of day: open items are judged on its last day.
    return tables.count(tables.default, START, END, ref=END)


def test_the_model_holds_the_counts_of_the_data(
    inspector: Session, kz_inspector: tuple[Path, dict[str, str]]
) -> None:
    model = build_model(inspector, REQUEST)
    assert isinstance(model, ActivityReport)
    want = _expected(inspector)
    f = model.figures
    assert (f.households, f.visited) == (want.households, want.visited)
    assert want.visited > 0 and want.households > 100
    assert {n.code: n.count for n in f.work if n.count} == dict(want.work)
    assert {n.code: n.count for n in f.incidents if n.count} == dict(want.incidents)
    register = {
        c.code: [c.at_start, c.added, c.removed, c.at_end, c.checks_due, c.checks_done, c.overdue]
        for c in f.categories
    }
    assert {k: v for k, v in register.items() if any(v)} == {
        k: v for k, v in want.register.items() if any(v)
    }
    assert f.protective_orders == want.register["protective_order"][1] >= 1
    assert asdict(f.appeals) == want.appeals
    assert sorted(o.person.split()[0] for o in model.overdue_checks) == sorted(want.overdue_people)
    assert sorted(o.number for o in model.overdue_appeals) == sorted(want.overdue_appeals)
    # the hand-made cases are among them: a missed weekly check, an appeal left open
    assert "Тестова" in want.overdue_people
    assert kz_inspector[1]["late_appeal"] in want.overdue_appeals
    # the register moves consistently: what was there and came is what left and stays
    for at_start, added, removed, at_end, *_rest in register.values():
        assert at_start + added == removed + at_end


def test_the_pdf_shows_every_figure(inspector: Session) -> None:
    report = make_report(inspector, REQUEST)
    found = lines(report.pdf)
    model = build_model(inspector, REQUEST)
    assert isinstance(model, ActivityReport)
    want = _expected(inspector)

    def after(heading: str) -> int:
        return found.index(heading)

    assert figures_after(found, "Домохозяйств на участке", 1) == [str(want.households)]
    assert figures_after(found, "Посещено домохозяйств при обходе", 1) == [str(want.visited)]
    register_at = after("Профилактический учёт")
    for category in model.figures.categories:
        shown = figures_after(found, category.name, 7, register_at)
        assert [number(x) for x in shown] == want.register.get(category.code, [0] * 7)
    totals = [sum(column) for column in zip(*want.register.values(), strict=True)]
    assert [number(x) for x in figures_after(found, "Итого", 7, register_at)] == totals
    work_at = after("Профилактическая работа")
    for kind in model.figures.work:
        assert figures_after(found, kind.name, 1, work_at) == [str(want.work[kind.code])]
    orders = want.register["protective_order"][1]
    assert figures_after(found, "Вынесено защитных предписаний", 1, work_at) == [str(orders)]
    appeals_at = after("Обращения")
    shown = figures_after(found, "Рассмотрено в срок, %", 6, appeals_at)
    a = want.appeals
    assert [number(x) for x in shown] == [
        a["received"], a["on_time"], a["late"], a["forwarded"], a["open"], a["overdue"]
    ]  # fmt: skip
    incidents_at = after("Происшествия по видам")
    for kind in model.figures.incidents:
        shown = figures_after(found, kind.name, 1, incidents_at)
        assert shown == [str(want.incidents[kind.code])]
    text = "\n".join(found)
    for surname in want.overdue_people:
        assert surname in text
    for number_text in want.overdue_appeals:
        assert number_text in text
    assert "Проверил начальник" in text  # the signature lines
    assert report.pages >= 1 and f"Страница 1 из {report.pages}" in text
