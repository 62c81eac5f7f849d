"""Reference-data lists added after a database was made.

A database keeps the reference document it was made with (or the last one sent down). Lists
that document predates (removal reasons, incident registers and outcomes, partnership figures)
are taken from the file shipped with this version, so an older database gets them too; a list
the document has is never replaced.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from typing import Any

from inspector_app.resources import resource_path

ADDED_LISTS = (
    "removal_reasons",
    "incident_registers",
    "incident_outcomes",
    "partnership",
    "appeal_kinds",
)


@cache
def _shipped(country: str) -> Mapping[str, Any]:
    path = resource_path("refdata", f"{country}.json")
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def with_new_lists(document: Mapping[str, Any], country: str) -> Mapping[str, Any]:
    missing = [name for name in ADDED_LISTS if name not in document]
    if not missing:
        return document
    shipped = _shipped(country)
    return {**document, **{name: shipped[name] for name in missing if name in shipped}}
