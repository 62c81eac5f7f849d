"""A person entered twice is merged by the chief: the duplicate is kept, marked, and every
record naming it follows the kept person, on the chief's copy and, after the next package, on
the laptop; nothing typed is lost."""

from __future__ import annotations

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.services.person_merge import merge_people
from tests.sync.network import District


def test_the_chief_merges_a_person_entered_twice_and_the_laptop_follows(
    district: District,
) -> None:
    first, chief = district.first, district.chief
    keep = first.add_person("Серікбаев", name="Нұржан", birth_date="1985-05-05")
    duplicate = first.add_person("Серікбаев", name="Нұржан", phone="+77011234567")
    with first.session.store.transaction():
        talk = first.session.create(
            "log_entry",
            {"kind": "talk", "at": "2026-11-02T10:00:00Z", "person_ids": [duplicate, keep]},
            "log.add",
        )
    chief.take(first.export())

    result = merge_people(chief.session, keep, duplicate)
    first.take(chief.export(first))

    assert result.references == 1
    assert "phones" in result.filled
    for node in (chief, first):
        store = node.session.store
        merged, kept = store.get("person", duplicate), store.get("person", keep)
        assert merged is not None and kept is not None
        assert merged["merged_into"] == keep and not merged["deleted"]
        assert kept["phones"] == ["+77011234567"]
        assert kept["birth_date"] == "1985-05-05"
        entry = store.get("log_entry", talk)
        assert entry is not None and entry["person_ids"] == [keep]
    from inspector_app.services.audit import verify

    assert verify(first.session).sound and verify(chief.session).sound


def test_a_person_cannot_be_merged_twice_or_into_themselves(district: District) -> None:
    first = district.first
    a, b = first.add_person("Бір"), first.add_person("Екі")
    with pytest.raises(AppError) as same:
        merge_people(first.session, a, a)
    assert same.value.code == "merge.same"
    merge_people(first.session, a, b)
    with pytest.raises(AppError) as again:
        merge_people(first.session, a, b)
    assert again.value.code == "merge.already"
