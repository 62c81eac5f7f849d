"""A change: one edit of one record, as the change log keeps it and packages carry it.

A change has an id (a UUID), a hybrid logical clock stamp, and for each field it touches the
new value, the version of that field its author saw (its base), and the losers of a conflict
on that field that it settles (`seen`: an edit that resolves a conflict names the change ids it
decided against, so the resolution travels with it and is the same on every device).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Change:
    change_id: str
    entity: str
    record_id: str
    hlc: str
    values: Mapping[str, Any]
    bases: Mapping[str, str | None]
    author: str | None
    device: str
    # per field: the change ids of the conflict losers this edit settles
    seen: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
