"""Rules about people that the store and services share: display name, sort and duplicate keys."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inspector_app.domain.text import fold, sort_key


def full_name(values: Mapping[str, Any]) -> str:
    parts = (values.get("surname"), values.get("name"), values.get("patronymic"))
    return " ".join(p for p in parts if p)


def person_sort_key(values: Mapping[str, Any]) -> str:
    """Surname, then name, then patronymic, as a Kazakh or Russian reader sorts them."""
    return sort_key(full_name(values))


def duplicate_key(values: Mapping[str, Any]) -> str | None:
    """Folded surname and name with the birth date: the same person typed on two laptops,
    with or without the special letters, gives the same key. None without a birth date."""
    birth = values.get("birth_date")
    if not birth or not values.get("surname"):
        return None
    return f"{fold(values.get('surname') or '')}|{fold(values.get('name') or '')}|{birth}"
