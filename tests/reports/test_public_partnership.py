"""The report to residents counts meetings and council sessions apart and tells what came of
the residents' proposals: received, done, declined with the reasons, in work (issue 9)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from inspector_app.reports.model import PublicReport
from inspector_app.services import partnership, worklog
from inspector_app.services.people import add_person
from inspector_app.services.reports import ReportRequest, build_model, make_report
from inspector_app.services.session import Session
from tests.reports.pdftext import lines

# No --as-of: the fixture's database was stamped today, the records below come after it.
OCTOBER = ReportRequest("public", period="2026-10")


def _gathering(session: Session, kind: str, day: int, *questions: str) -> str:
    return worklog.add_log_entry(
        session,
        kind=kind,
        at=datetime(2026, 10, day, 6, 0, tzinfo=UTC),
        summary="Сход",
        attendance=40,
        questions=list(questions),
    )


CAMERAS = "Камеры не предусмотрены бюджетом сельского округа"


def _october(session: Session, declined: tuple[str, ...]) -> PublicReport:
    session.today_override = date(2026, 11, 20)
    _fill(session, declined)
    model = build_model(session, OCTOBER)
    assert isinstance(model, PublicReport)
    return model


def _fill(session: Session, declined: tuple[str, ...]) -> None:
    person, _ = add_person(session, {"surname": "Жолдасбекова", "name": "Мөлдір"})
    for day in (2, 9, 16):
        _gathering(session, "meeting", day)
    _gathering(session, "report_to_residents", 20)
    for day in (5, 12, 19, 26):
        _gathering(session, "public_council", day)
    questions = ("Освещение у школы", "Отлов собак", *declined)
    log_id = _gathering(session, "meeting", 23, *questions)
    by_name = {p.text: p.id for p in partnership.list_proposals(session, log_entry_id=log_id)}
    partnership.set_proposal_status(
        session, by_name["Освещение у школы"], "done", answer="Установлено", on=date(2026, 10, 30)
    )
    for text in declined:
        partnership.set_proposal_status(
            session, by_name[text], "declined", answer=CAMERAS, on=date(2026, 10, 31)
        )
    partnership.add_proposal(
        session, text="Лавки у остановки", person_id=person, raised_on=date(2026, 10, 27)
    )


def test_meetings_council_sessions_and_proposals(session: Session) -> None:
    model = _october(session, ("Камеры", "Камеры у моста", "Камеры у клуба"))
    assert [line.code for line in model.work] == ["visited", "receptions", "talks"]
    figures = [line.value for line in model.partnership]
    # meetings 5 (4 and the report), of them the report 1 (fewer than 3), council 4;
    # received 6, done 1 (fewer than 3), declined 3, in work 2 (fewer than 3)
    assert figures == [5, None, 4, 6, None, 3, None]
    assert model.declined_reasons == (CAMERAS,)  # the same answer to three: once
    text = "\n".join(lines(make_report(session, OCTOBER).pdf))
    assert f"– {CAMERAS}" in text
    assert "Жолдасбекова" not in text and "Мөлдір" not in text  # who raised it is not printed


def test_one_declined_proposal_keeps_its_reason_back(session: Session) -> None:
    """A reason printed beside "fewer than 3" declined would tell that one was declined."""
    model = _october(session, ("Камеры",))
    assert [line.value for line in model.partnership][5] is None
    assert model.declined_reasons == ()
    assert CAMERAS not in "\n".join(lines(make_report(session, OCTOBER).pdf))
