"""The country's clock: fixed offsets, whatever the computer's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from inspector_app.domain import local_time


def test_kazakhstan_is_utc_plus_five_and_kyrgyzstan_plus_six() -> None:
    moment = datetime(2026, 3, 5, 20, 30, tzinfo=UTC)
    assert local_time.to_local(moment, "KZ") == datetime(2026, 3, 6, 1, 30)
    assert local_time.to_local(moment, "KG") == datetime(2026, 3, 6, 2, 30)
    assert local_time.today("KZ", moment) == date(2026, 3, 6)
    assert local_time.now("KG", moment).utcoffset() == timedelta(hours=6)


def test_no_daylight_saving_in_summer_or_winter() -> None:
    for month in (1, 7):
        moment = datetime(2026, month, 1, 12, tzinfo=UTC)
        assert local_time.now("KZ", moment).hour == 17


def test_a_naive_time_is_the_countrys_local_time() -> None:
    typed = datetime(2026, 3, 6, 1, 30)
    assert local_time.utc_text(local_time.aware(typed, "KZ")) == "2026-03-05T20:30:00Z"
    other = datetime(2026, 3, 6, 1, 30, tzinfo=timezone(timedelta(hours=3)))
    assert local_time.aware(other, "KZ") is other


def test_local_day_bounds_are_local_midnights_in_utc() -> None:
    low, high = local_time.day_bounds_utc(date(2026, 3, 6), date(2026, 3, 6), "KZ")
    assert (low, high) == ("2026-03-05T19:00:00Z", "2026-03-06T19:00:00Z")
    assert local_time.day_bounds_utc(None, None, "KG") == (None, None)
    assert local_time.local_day("2026-03-05T19:00:00Z", "KZ") == date(2026, 3, 6)
    assert local_time.local_day("2026-03-05T18:59:59Z", "KZ") == date(2026, 3, 5)
