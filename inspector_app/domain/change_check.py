"""A change as it comes off the wire, checked before anything is written (DESIGN.md section 4).

A package is hostile until proven otherwise: every change line, parsed from JSON, must have the
shape the wire format gives it, name an entity and fields this model knows, and carry values of
the kinds `domain.model` gives those fields, within bounds. A field this model does not know is
a newer model's when the sender says it has a newer model: it is kept, so the change is stored
and relayed unchanged, and the merge ignores it. Anything else is refused as malformed.

The wire form of a change (`sync.wire`): {"id", "entity", "record", "hlc", "values", "bases",
"author", "device"} and, when it settles conflict losers, "seen".
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from inspector_app.domain.canonical import canonical_json
from inspector_app.domain.change import Change
from inspector_app.domain.errors import AppError
from inspector_app.domain.fold import DELETED
from inspector_app.domain.hlc import Stamp
from inspector_app.domain.model import ENTITIES, MODEL_VERSION, Entity

REQUIRED = frozenset({"id", "entity", "record", "hlc", "values", "bases", "author", "device"})
OPTIONAL = frozenset({"seen"})
MAX_ID = 64  # record ids, references, authors
MAX_TEXT = 20_000  # characters of a text field
MAX_JSON = 100_000  # characters of a json field as canonical JSON
MAX_DEPTH = 16  # nesting of a json field
MAX_SEEN = 1_000  # losers one edit of a field may settle
INT_RANGE = (-(2**63), 2**63 - 1)  # what SQLite stores as an integer

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.ASCII)
_DEVICE = re.compile(r"[0-9a-f]{16}", re.ASCII)
_STAMP = re.compile(r"[0-9]{13}\.[0-9]{5}\.[0-9a-f]{16}", re.ASCII)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", re.ASCII)


class _Malformed(Exception):
    pass


def check_received(change: Any, *, sender_model_version: int) -> Change:
    """The change a wire dict describes; AppError("change.malformed", reason, change) when it
    is not one this device may store."""
    change_id = change.get("id") if isinstance(change, dict) else None
    try:
        return _check(change, sender_model_version)
    except _Malformed as exc:
        shown = change_id[:MAX_ID] if isinstance(change_id, str) else None
        raise AppError("change.malformed", reason=str(exc), change=shown) from None


def _check(change: Any, sender_model_version: int) -> Change:
    if not isinstance(change, dict):
        raise _Malformed("not an object")
    keys = set(change)
    if REQUIRED - keys:
        raise _Malformed(f"missing {', '.join(sorted(REQUIRED - keys))}")
    if keys - REQUIRED - OPTIONAL:
        raise _Malformed(f"unknown key {', '.join(sorted(map(str, keys - REQUIRED - OPTIONAL)))}")
    change_id = _match(change["id"], _UUID, "id")
    entity = ENTITIES.get(change["entity"]) if isinstance(change["entity"], str) else None
    if entity is None:
        raise _Malformed("entity: unknown")
    record_id = _identifier(change["record"], "record")
    device = _match(change["device"], _DEVICE, "device")
    hlc = _match(change["hlc"], _STAMP, "hlc")
    try:
        stamped_by = Stamp.parse(hlc).device
    except AppError:
        raise _Malformed("hlc: not a stamp") from None
    if stamped_by != device:
        raise _Malformed("hlc: stamped by another device")
    author = change["author"]
    if author is not None:
        author = _identifier(author, "author")
    values = _values(entity, change["values"], sender_model_version > MODEL_VERSION)
    bases = _bases(change["bases"], values)
    seen = _seen(change.get("seen", {}), values)
    return Change(change_id, entity.name, record_id, hlc, values, bases, author, device, seen)


def _match(value: Any, pattern: re.Pattern[str], name: str) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise _Malformed(f"{name}: wrong form")
    return value


def _identifier(value: Any, name: str) -> str:
    if not isinstance(value, str) or not value or len(value) > MAX_ID or not value.isprintable():
        raise _Malformed(f"{name}: not an id of 1 to {MAX_ID} printable characters")
    return value


def _values(entity: Entity, values: Any, newer_model: bool) -> dict[str, Any]:
    if not isinstance(values, dict) or not values:
        raise _Malformed("values: not a non-empty object")
    checked: dict[str, Any] = {}
    for name, value in values.items():
        if not isinstance(name, str):
            raise _Malformed("values: a field name is not text")
        if name == DELETED:
            if type(value) is not int or value not in (0, 1):
                raise _Malformed("values.deleted: not 0 or 1")
        elif name in entity.field_names:
            if value is not None:
                _kind(entity.field(name).kind, value, f"values.{name}")
        elif newer_model:  # a newer model's field: kept and relayed, not merged
            _json(value, f"values.{name}", containers_only=False)
        else:
            raise _Malformed(f"values.{name}: no such field")
        checked[name] = value
    return checked


def _kind(kind: str, value: Any, name: str) -> None:
    if kind == "text":
        if not isinstance(value, str) or len(value) > MAX_TEXT:
            raise _Malformed(f"{name}: not text of at most {MAX_TEXT} characters")
    elif kind == "ref":
        _identifier(value, name)
    elif kind == "date":
        if not isinstance(value, str) or not _DATE.fullmatch(value) or not _parses(date, value):
            raise _Malformed(f"{name}: not a date YYYY-MM-DD")
    elif kind == "time":
        if not isinstance(value, str) or not _TIME.fullmatch(value):
            raise _Malformed(f"{name}: not a UTC time YYYY-MM-DDTHH:MM:SSZ")
        if not _parses(datetime, value[:-1]):
            raise _Malformed(f"{name}: not a UTC time YYYY-MM-DDTHH:MM:SSZ")
    elif kind in ("int", "bool"):
        if type(value) is not int or not INT_RANGE[0] <= value <= INT_RANGE[1]:
            raise _Malformed(f"{name}: not an integer")
        if kind == "bool" and value not in (0, 1):
            raise _Malformed(f"{name}: not 0 or 1")
    elif kind == "real":
        if type(value) not in (int, float) or not math.isfinite(value):
            raise _Malformed(f"{name}: not a finite number")
    elif kind == "json":
        _json(value, name, containers_only=True)
    else:  # a kind the model gained without this check learning it
        raise _Malformed(f"{name}: kind {kind} cannot be checked")


def _parses(kind: type[date] | type[datetime], text: str) -> bool:
    try:
        kind.fromisoformat(text)
    except ValueError:
        return False
    return True


def _json(value: Any, name: str, *, containers_only: bool) -> None:
    """A list or mapping (or, for a newer model's field, any JSON value) of bounded size."""
    if containers_only and not isinstance(value, list | dict):
        raise _Malformed(f"{name}: not a list or an object")
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, list | dict):
            if depth > MAX_DEPTH:
                raise _Malformed(f"{name}: nested deeper than {MAX_DEPTH}")
            if isinstance(item, dict) and not all(isinstance(k, str) for k in item):
                raise _Malformed(f"{name}: a key is not text")
            inner = item.values() if isinstance(item, dict) else item
            stack.extend((x, depth + 1) for x in inner)
        elif item is not None and type(item) not in (str, int, float, bool):
            raise _Malformed(f"{name}: not JSON")
    try:
        size = len(canonical_json(value))
    except ValueError:  # NaN or infinity
        raise _Malformed(f"{name}: not JSON") from None
    if size > MAX_JSON:
        raise _Malformed(f"{name}: longer than {MAX_JSON} characters")


def _bases(bases: Any, values: Mapping[str, Any]) -> dict[str, str | None]:
    """Per field set: the stamp it was based on, or null (a field left out: null too)."""
    if not isinstance(bases, dict):
        raise _Malformed("bases: not an object")
    checked: dict[str, str | None] = {}
    for name, base in bases.items():
        if name not in values:
            raise _Malformed(f"bases.{name}: not a field the change sets")
        checked[name] = None if base is None else _match(base, _STAMP, f"bases.{name}")
    return checked


def _seen(seen: Any, values: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """Per field set: the conflict losers this edit settles, as change ids."""
    if not isinstance(seen, dict):
        raise _Malformed("seen: not an object")
    checked: dict[str, tuple[str, ...]] = {}
    for name, ids in seen.items():
        if name not in values:
            raise _Malformed(f"seen.{name}: not a field the change sets")
        if not isinstance(ids, list) or len(ids) > MAX_SEEN:
            raise _Malformed(f"seen.{name}: not a list of at most {MAX_SEEN} change ids")
        checked[name] = tuple(_match(i, _UUID, f"seen.{name}") for i in ids)
        if len(set(checked[name])) != len(ids):
            raise _Malformed(f"seen.{name}: a change id twice")
    return checked
