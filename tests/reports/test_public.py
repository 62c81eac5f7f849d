"""The report to residents: aggregates only, nobody's name, ID number, phone or address, "fewer
than 3" for counts of one or two, in Russian and the state language."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from inspector_app.reports.model import PublicLine, PublicReport
from inspector_app.services.reports import ReportRequest, build_model, make_report
from inspector_app.services.reports.public import shown
from inspector_app.services.session import Session
from tests.reports.conftest import AS_OF, HAND
from tests.reports.expected import Tables
from tests.reports.pdftext import lines

OCTOBER = ReportRequest("public", period="2026-10", as_of=AS_OF)


def _words(text: str) -> set[str]:
    """Words as a reader sees them: "3-тен" is a number with its suffix, not the name Тен."""
    tokens = re.findall(r"[\w-]+", text)
    return {t.casefold() for t in tokens if not any(ch.isdigit() for ch in t)}


def _personal_data(session: Session) -> tuple[set[str], list[str]]:
    """Name words of every person and user, and the ID numbers, phones and addresses."""
    names: set[str] = set()
    exact: list[str] = []
    for p in session.store.select("SELECT * FROM person"):
        for part in (p["surname"], p["name"], p["patronymic"]):
            names |= _words(part or "")
        exact += [x for x in (p["id_number"], p["address"]) if x]
        for phone in json.loads(p["phones"] or "[]"):
            exact += [phone, phone.lstrip("+"), phone[-10:]]
    for u in session.store.select("SELECT full_name FROM user"):
        names |= _words(u["full_name"] or "")
    for a in session.store.select("SELECT applicant_name FROM appeal"):
        names |= _words(a["applicant_name"] or "")
    return names, exact


def _place_words(session: Session) -> set[str]:
    """Names of places may be people's names too (villages named after poets): they may show;
    so may the inspector's name (residents are told whom to turn to), shared by residents."""
    rows = session.store.select(
        "SELECT name FROM territory UNION SELECT name FROM precinct UNION"
        " SELECT u.full_name FROM precinct p JOIN user u ON u.id = p.inspector_id"
    )
    return set().union(*(_words(r["name"] or "") for r in rows))


@pytest.mark.parametrize("period", ["2026-10", "2026-Q3", "2026"])
def test_no_personal_data_of_anyone(inspector: Session, period: str) -> None:
    report = make_report(inspector, ReportRequest("public", period=period, as_of=AS_OF))
    text = "\n".join(lines(report.pdf))
    names, exact = _personal_data(inspector)
    leaked = (_words(text) & names) - _place_words(inspector)
    assert not leaked
    digits = re.sub(r"\D", "", text)
    for value in exact:
        assert value not in text
        if value.isdigit() and len(value) >= 9:
            assert value not in digits
    assert HAND["surname"] not in text and HAND["id_number"] not in text
    assert not report.kind.personal  # so printing and saving it are not journaled


def test_one_or_two_is_fewer_than_three(inspector: Session) -> None:
    assert [shown(n) for n in (0, 1, 2, 3, 40)] == [0, None, None, 3, 40]
    model = build_model(inspector, OCTOBER)
    assert isinstance(model, PublicReport)
    tables = Tables(inspector)
    assert tables.default is not None
    want = tables.count(tables.default, date(2026, 10, 1), date(2026, 10, 31), date(2026, 10, 31))
    orders = want.register["protective_order"][1]
    assert orders in (1, 2)  # the hand-made order, perhaps one of the demo's
    lines_by_ru = {line.ru: line for line in (*model.work, *model.appeals, *model.prevention)}
    assert lines_by_ru["Вынесено защитных предписаний"].value is None
    assert lines_by_ru["Поступило обращений"].value == shown(want.appeals["received"])
    assert lines_by_ru["Проведено приёмов граждан"].value == shown(want.work["reception"])
    incidents = {line.ru: line.value for line in model.incidents}
    for kind in inspector.refdata.incident_kinds:
        count = want.incidents[kind.code]
        if count:
            assert incidents[kind.names["ru"]] == shown(count)
    hidden = [line for line in model.incidents if line.value is None]
    total = "Всего зарегистрировано происшествий"
    # a total beside a hidden line would give it away
    assert (total in incidents) == (not hidden)

    found = lines(make_report(inspector, OCTOBER).pdf)
    row = found.index("Вынесено защитных предписаний")
    assert "< 3" in found[row : row + 4] and "Шығарылған қорғау нұсқамалары" in found[row : row + 4]
    every = (*model.work, *model.appeals, *model.prevention, *model.incidents, *model.partnership)
    assert found.count("< 3") == sum(
        (line.value is None and line.small) + (line.last_year is None and line.last_year_small)
        for line in every
        if isinstance(line, PublicLine)
    )


def test_bilingual_in_the_state_language(inspector: Session, hq: Session) -> None:
    kz = "\n".join(lines(make_report(inspector, OCTOBER).pdf))
    assert "Отчёт перед населением" in kz and "Халық алдындағы есеп" in kz
    assert "Обращения граждан / Азаматтардың жолданымдары" in kz
    kg = "\n".join(lines(make_report(hq, ReportRequest("public", period="2026", as_of=AS_OF)).pdf))
    assert "Отчёт перед населением" in kg and "Калк алдында отчет" in kg
    assert "Выдано охранных ордеров" in kg  # Kyrgyzstan: protection orders, not protective
    assert "Халық" not in kg


def test_the_public_report_has_no_author(
    kz_inspector: tuple[Path, dict[str, str]], inspector: Session
) -> None:
    text = "\n".join(lines(make_report(inspector, OCTOBER).pdf))
    assert "Сформировано 20.11.2026 18:30" in text
    assert "составил" not in text


def test_a_difference_never_gives_one_or_two_away() -> None:
    from inspector_app.services.reports.public import protect

    hidden = protect({"appeals_decided": 10, "appeals_on_time": 9})
    assert hidden["appeals_decided"].value == 10
    assert hidden["appeals_on_time"].value is None and not hidden["appeals_on_time"].small
    kept = protect({"appeals_decided": 10, "appeals_on_time": 7})
    assert (kept["appeals_decided"].value, kept["appeals_on_time"].value) == (10, 7)
    assert protect({"appeals_decided": 10, "appeals_on_time": 10})["appeals_on_time"].value == 10


def test_residents_learn_whom_to_turn_to_and_the_change_on_last_year(inspector: Session) -> None:
    model = build_model(inspector, OCTOBER)
    assert isinstance(model, PublicReport)
    [contact] = model.contacts
    precinct = inspector.store.select("SELECT * FROM precinct")[0]
    assert contact.phone == precinct["phone"] and contact.phone.startswith("+7")
    assert contact.reception_hours and contact.address == precinct["post_address"]
    assert contact.inspector.endswith("Нұрғалиев Ерлан Серікұлы")
    assert (model.last_year.start, model.last_year.end) == (date(2025, 10, 1), date(2025, 10, 31))
    text = "\n".join(lines(make_report(inspector, OCTOBER).pdf))
    for shown_text in (contact.phone, contact.address, "Ваш участковый инспектор", "октябрь 2025"):
        assert shown_text in text
    assert "Изменение" in text and "Өзгеріс" in text
