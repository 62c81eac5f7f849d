"""The District page's charts: the district report's own model (build_model), so every bar
has the figure the report prints for the same period. One inspector chosen: the same report
of that inspector's precinct."""

from __future__ import annotations

from inspector_app.reports.model import DistrictReport
from inspector_app.services.reports.context import ReportRequest
from inspector_app.services.reports.make import build_model
from inspector_app.services.session import Session
from inspector_app.services.workplace import list_inspectors


def board_request(
    session: Session, period: str, lang: str, inspector_id: str | None = None
) -> ReportRequest:
    """The district report's request the board shows: the whole district (HQ: the region),
    or the precinct of the inspector chosen (the whole district when none names them)."""
    precinct = None
    if inspector_id is not None:
        found = [i for i in list_inspectors(session) if i.id == inspector_id]
        precinct = found[0].precinct_code if found else None
    return ReportRequest(kind="district", period=period, precinct=precinct, lang=lang)


def district_board(
    session: Session, period: str, lang: str, inspector_id: str | None = None
) -> DistrictReport:
    """The figures of the board: the district report's model, nothing drawn, no number
    issued (the report register is not touched)."""
    model = build_model(session, board_request(session, period, lang, inspector_id))
    assert isinstance(model, DistrictReport)
    return model
