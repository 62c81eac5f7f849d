"""The person's register card names the coded reason an entry ended, in the report's
language, with the words of "other" (issue 9)."""

from __future__ import annotations

from datetime import date

from inspector_app.services import register
from inspector_app.services.people import add_person
from inspector_app.services.reports import ReportRequest, make_report
from inspector_app.services.session import Session
from tests.reports.pdftext import lines


def test_the_card_names_the_removal_reason(session: Session) -> None:
    session.today_override = date(2026, 11, 20)
    person, _ = add_person(session, {"surname": "Тен", "name": "Олег"})
    moved = register.add_entry(
        session, person, "outstanding_conviction", "Приговор", date(2025, 1, 1)
    )
    register.end_entry(session, moved, date(2026, 3, 1), "moved_away")
    other = register.add_entry(
        session, person, "administrative_supervision", "Суд", date(2026, 4, 1)
    )
    register.end_entry(session, other, date(2026, 6, 1), "other", "передан в ИДН")
    # no --as-of: the records are stamped by the real clock, after any fixed moment
    request = ReportRequest("person-card", person=person, lang="ru")
    text = "\n".join(lines(make_report(session, request).pdf))
    assert "Выбыл на другое место жительства" in text
    assert "Иная причина: передан в ИДН" in text
    assert "moved_away" not in text
