"""The person card, the register of appeals and the precinct passport hold what the data holds."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from inspector_app.domain.dates import age_on
from inspector_app.reports.model import AppealsRegister, Passport, PersonCard
from inspector_app.services.reports import ReportRequest, build_model, make_report
from inspector_app.services.session import Session
from tests.reports.conftest import AS_OF, HAND
from tests.reports.expected import Tables, local_day
from tests.reports.pdftext import figures_after, lines, number


def test_person_card(inspector: Session, kz_inspector: tuple[Path, dict[str, str]]) -> None:
    person = kz_inspector[1]["person"]
    request = ReportRequest("person-card", person=person, as_of=AS_OF)
    model = build_model(inspector, request)
    assert isinstance(model, PersonCard)
    assert (model.surname, model.id_number, model.phones) == (
        HAND["surname"],
        HAND["id_number"],
        (HAND["phone"],),
    )
    [entry] = model.entries
    assert [c.on for c in entry.checks] == [date(2026, 10, 12), date(2026, 10, 19)]
    assert entry.next_due == date(2026, 10, 26)  # a week after the last check: overdue
    assert [h.text for h in model.work] == ["Беседа о недопустимости семейных ссор"]
    assert [h.text for h in model.incidents] == ["H-1"]
    assert [h.what for h in model.appeals] == ["registered"]
    text = "\n".join(lines(make_report(inspector, request).pdf))
    for value in (HAND["surname"], HAND["id_number"], HAND["phone"], HAND["address"]):
        assert value in text
    for shown in (
        "Защитное предписание",
        "12.10.2026",
        "19.10.2026",
        "26.10.2026",
        "посещение на дому",
    ):
        assert shown in text
    assert "Мошенничество: Потерпевший" in text and "зарегистрировано" in text


def test_appeals_register(chief: Session) -> None:
    request = ReportRequest("appeals", period="2026-Q3", district=None, as_of=AS_OF)
    model = build_model(chief, request)
    assert isinstance(model, AppealsRegister)
    tables = Tables(chief)
    received = [
        a
        for a in tables.rows["appeal"]
        if date(2026, 7, 1) <= local_day(a["received_at"], "KZ") <= date(2026, 9, 30)
    ]
    assert sorted(r.number for r in model.rows) == sorted(a["number"] for a in received)
    end = "2026-09-30"  # statuses are those of the period's last day, as the open count's

    def status(a: dict[str, str]) -> str:
        if a["decided_on"] and a["decided_on"] <= end:
            return "decided"
        if a["forwarded_on"] and a["forwarded_on"] <= end:
            return "forwarded"
        if a["status"] in ("decided", "forwarded"):
            return "extended" if a["extended_to"] else "in_progress"
        return a["status"]

    assert {s.code: s.count for s in model.by_status if s.count} == dict(
        Counter(status(a) for a in received)
    )
    late = {
        a["number"]
        for a in received
        if a["decided_on"]
        and a["decided_on"] <= end
        and a["decided_on"] > (a["extended_to"] or a["deadline"])
    }
    assert {r.number for r in model.rows if r.late_days and r.status == "decided"} == late
    found = lines(make_report(chief, request).pdf)
    text = "\n".join(found)
    for appeal in received:
        assert appeal["number"] in text
    assert figures_after(found, "Итого", 1) == [str(len(received))]
    assert "Журнал регистрации обращений" in text


def test_passport(inspector: Session) -> None:
    request = ReportRequest("passport", as_of=AS_OF, lang="kk")
    model = build_model(inspector, request)
    assert isinstance(model, Passport)
    people = [p for p in Tables(inspector).rows["person"] if p["merged_into"] is None]
    assert model.residents == len(people)
    groups: Counter[tuple[str, str]] = Counter()
    for p in people:
        if not p["birth_date"]:
            continue
        age = age_on(date.fromisoformat(p["birth_date"]), AS_OF.date())
        group = "0-17" if age < 18 else "18-29" if age < 30 else "30-59" if age < 60 else "60+"
        groups[group, p["sex"]] += 1
    assert {
        (a.group, s): n for a in model.ages for s, n in (("M", a.men), ("F", a.women)) if n
    } == dict(groups)
    assert [o.name for o in model.objects] == ["Средняя школа им. Абая"]
    found = lines(make_report(inspector, request).pdf)
    text = "\n".join(found)
    assert "Әкімшілік учаске паспорты" in text and "Жасы бойынша тұрғындар" in text  # Kazakh
    labels = {
        "0-17": "0–17 жас",
        "18-29": "18–29 жас",
        "30-59": "30–59 жас",
        "60+": "60 жас және одан жоғары",
    }
    for line in model.ages:
        shown = [number(x) for x in figures_after(found, labels[line.group], 3)]
        assert shown == [line.men, line.women, line.men + line.women]
