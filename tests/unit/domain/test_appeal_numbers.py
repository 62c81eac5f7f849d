"""Appeal numbers: the format, and the chief's check of an inspector's numbering."""

from __future__ import annotations

from datetime import date

from inspector_app.domain.appeal_numbers import (
    Numbered,
    check_numbering,
    format_number,
    parse_number,
)


def _appeals(*numbers: str) -> list[Numbered]:
    return [Numbered(f"id{i}", n, f"2026-03-{i + 1:02d}T10:00:00Z") for i, n in enumerate(numbers)]


def test_format_and_parse() -> None:
    assert format_number("07", 1, 2026, 123) == "07-2026-000123"
    assert format_number("12-05", 1796673787, 2026, 1) == "12-05.TPOYD7-2026-000001"
    parsed = parse_number("12-05.TPOYD7-2026-000001")
    assert parsed is not None
    assert (parsed.prefix, parsed.epoch, parsed.year, parsed.sequence) == (
        "12-05",
        1796673787,
        2026,
        1,
    )
    old = parse_number("12-05-26-00007")
    assert old is not None and (old.prefix, old.year, old.sequence) == ("12-05", 2026, 7)
    assert parse_number("H-1") is None


def test_clean_numbering_has_no_findings() -> None:
    assert check_numbering(_appeals("07-2026-000001", "07-2026-000002", "07-2026-000003")) == []


def test_a_gap_is_flagged_with_the_missing_numbers() -> None:
    found = check_numbering(_appeals("07-2026-000001", "07-2026-000002", "07-2026-000005"))
    assert [(f.kind, f.numbers) for f in found] == [("gap", ("07-2026-000003", "07-2026-000004"))]
    assert not found[0].expected


def test_a_duplicate_and_a_reused_number_are_flagged() -> None:
    # the same number typed on two appeals one after the other: a duplicate
    duplicate = check_numbering(_appeals("07-2026-000001", "07-2026-000002", "07-2026-000002"))
    assert [(f.kind, f.numbers) for f in duplicate] == [("duplicate", ("07-2026-000002",))]
    # a number handed out again after higher ones: the counter went back (an old backup)
    reused = check_numbering(
        _appeals("07-2026-000001", "07-2026-000002", "07-2026-000003", "07-2026-000002")
    )
    assert [(f.kind, f.numbers) for f in reused] == [("reused", ("07-2026-000002",))]


def test_a_restore_starts_a_new_series_shown_as_expected() -> None:
    found = check_numbering(
        _appeals(
            "12-05-2026-000001",
            "12-05-2026-000002",
            "12-05.TPOYD7-2026-000001",
            "12-05.TPOYD7-2026-000002",
        )
    )
    assert [(f.kind, f.numbers, f.expected) for f in found] == [
        ("new_series", ("12-05.TPOYD7-2026-000001",), True)
    ]
    assert found[0].restored_on == date(2026, 12, 7)  # the epoch is the moment of the restore


def test_a_series_under_a_reassigned_prefix_is_expected_once() -> None:
    found = check_numbering(
        _appeals("12-05-2026-000001", "12-07-2026-000001", "12-07-2027-000001"),
        {"12-07": date(2026, 3, 2)},
    )
    assert [(f.kind, f.numbers, f.expected, f.restored_on) for f in found] == [
        ("new_prefix", ("12-07-2026-000001",), True, date(2026, 3, 2))
    ]
    assert check_numbering(_appeals("12-07-2026-000001")) == []  # not reassigned: plain
