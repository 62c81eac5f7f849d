"""The receipt prints the day and time of receipt and registration on the country's clock,
whatever zone the computer is set to (a laptop on Moscow time still works in Almaty time)."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

import pytest

from inspector_app.services.appeal_letters import build_letter
from inspector_app.services.appeals import register_appeal
from inspector_app.services.session import Session


def test_the_receipt_shows_the_day_of_the_country(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Moscow")  # UTC+3: still 16 November at 20:30 UTC
    time.tzset()
    try:
        session.today_override = date(2026, 11, 20)
        done = register_appeal(
            session,
            applicant_name="Ахметов Берік",
            received_at=datetime(2026, 11, 16, 20, 30, tzinfo=UTC),  # 17.11 01:30 in Almaty
            channel="written",
            summary="Скот портит огород",
        )
        letter = build_letter(session, done.id, "receipt")
    finally:
        monkeypatch.undo()
        time.tzset()
    values = [value for _label, value in letter.facts]
    assert "17.11.2026" in values and "16.11.2026" not in values
    assert "20.11.2026 23:59" in values  # registered: the session's now, Almaty time
