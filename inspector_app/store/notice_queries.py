"""Lookups of wanted notices and tasks sent down from the chief or HQ, with acknowledgements.

A notice names the precincts it is for by code (none: every precinct); a task names an
assignee, or only a precinct. Both lists are short (tens to hundreds of rows a year) but are
paged by key like every list.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from inspector_app.store.store import Store

Key = tuple[str, str]

# A notice is for a reader when it names no precinct or one of the reader's precincts.
_FOR_PRECINCTS = (
    "(n.precinct_codes IS NULL OR n.precinct_codes = '[]' OR EXISTS ("
    " SELECT 1 FROM json_each(n.precinct_codes) AS j"
    " WHERE j.value IN (SELECT value FROM json_each(:codes))))"
)
_NOTICE_COLUMNS = (
    "n.id, n.number, n.issued_on, n.title, n.body, n.valid_until, n.precinct_codes,"
    " n.issued_by, u.full_name AS issued_by_name,"
    " (SELECT max(a.acknowledged_at) FROM notice_ack AS a WHERE a.notice_id = n.id"
    "  AND a.user_id = :user AND a.deleted = 0) AS my_ack,"
    " (SELECT count(DISTINCT a.user_id) FROM notice_ack AS a WHERE a.notice_id = n.id"
    "  AND a.deleted = 0) AS acks"
)


def _notice_where(codes: Sequence[str] | None, state: str, today: str) -> str:
    parts = ["n.deleted = 0"]
    if codes is not None:
        parts.append(_FOR_PRECINCTS)
    if state == "valid":
        parts.append("(n.valid_until IS NULL OR n.valid_until >= :today)")
    elif state == "unread":
        parts.append("(n.valid_until IS NULL OR n.valid_until >= :today)")
        parts.append(
            "NOT EXISTS (SELECT 1 FROM notice_ack AS a WHERE a.notice_id = n.id"
            " AND a.user_id = :user AND a.deleted = 0)"
        )
        parts.append("(n.issued_by IS NULL OR n.issued_by != :user)")
    return " AND ".join(parts)


def notices(
    store: Store,
    *,
    user_id: str,
    codes: Sequence[str] | None,
    state: str,
    today: str,
    after: Key | None,
    limit: int,
) -> list[dict[str, Any]]:
    """Notices newest first. `codes`: the reader's precinct codes (None: every notice);
    `state`: all, valid (not expired) or unread (valid, not acknowledged by `user_id`)."""
    where = _notice_where(codes, state, today)
    if after is not None:
        where += " AND n.issued_on <= :after_on AND (n.issued_on < :after_on OR n.id < :after_id)"
    return store.select(
        f"SELECT {_NOTICE_COLUMNS} FROM notice AS n LEFT JOIN user AS u ON u.id = n.issued_by"
        f" WHERE {where} ORDER BY n.issued_on DESC, n.id DESC LIMIT :limit",
        {
            "user": user_id,
            "codes": json.dumps(list(codes or ())),
            "today": today,
            "after_on": after[0] if after else None,
            "after_id": after[1] if after else None,
            "limit": limit,
        },
    )


def count_notices(
    store: Store, *, user_id: str, codes: Sequence[str] | None, state: str, today: str
) -> int:
    return int(
        store.select(
            f"SELECT count(*) AS n FROM notice AS n WHERE {_notice_where(codes, state, today)}",
            {"user": user_id, "codes": json.dumps(list(codes or ())), "today": today},
        )[0]["n"]
    )


def notice(store: Store, notice_id: str, user_id: str) -> dict[str, Any] | None:
    rows = store.select(
        f"SELECT {_NOTICE_COLUMNS} FROM notice AS n LEFT JOIN user AS u ON u.id = n.issued_by"
        " WHERE n.id = :id AND n.deleted = 0",
        {"id": notice_id, "user": user_id},
    )
    return rows[0] if rows else None


def notice_acks(store: Store, notice_id: str) -> list[dict[str, Any]]:
    """Who acknowledged a notice, when, and what they reported; earliest first."""
    return store.select(
        "SELECT a.id, a.user_id, a.acknowledged_at, a.report, u.full_name"
        " FROM notice_ack AS a LEFT JOIN user AS u ON u.id = a.user_id"
        " WHERE a.notice_id = ? AND a.deleted = 0 ORDER BY a.acknowledged_at, a.id",
        [notice_id],
    )


def my_ack(store: Store, notice_id: str, user_id: str) -> dict[str, Any] | None:
    rows = store.select(
        "SELECT id, acknowledged_at, report FROM notice_ack"
        " WHERE notice_id = ? AND user_id = ? AND deleted = 0 ORDER BY acknowledged_at LIMIT 1",
        [notice_id, user_id],
    )
    return rows[0] if rows else None


# --- tasks ------------------------------------------------------------------------------------

_TASK_COLUMNS = (
    "t.id, t.title, t.body, t.due, t.assignee_id, t.precinct_id, t.status, t.acknowledged_at,"
    " t.report, t.done_at, t.issued_by, u.full_name AS assignee_name,"
    " i.full_name AS issued_by_name, ifnull(t.due, '9999-12-31') AS due_key"
)


def _task_where(
    user_id: str | None, precincts: Sequence[str] | None, state: str, issued_by: str | None
) -> str:
    parts = ["t.deleted = 0"]
    if user_id is not None:
        # the reader's own tasks, and those sent to one of the reader's precincts as a whole
        parts.append(
            "(t.assignee_id = :user OR (t.assignee_id IS NULL AND t.precinct_id IN"
            " (SELECT value FROM json_each(:precincts))))"
        )
    if issued_by is not None:
        parts.append("t.issued_by = :issued_by")
    if state == "open":
        parts.append("ifnull(t.status, 'new') != 'done'")
    elif state == "done":
        parts.append("t.status = 'done'")
    return " AND ".join(parts)


def tasks(
    store: Store,
    *,
    user_id: str | None,
    precincts: Sequence[str] | None,
    issued_by: str | None,
    state: str,
    after: Key | None,
    limit: int,
) -> list[dict[str, Any]]:
    """Tasks by due date (none last). `user_id`: only the tasks of this reader (None: all);
    `state`: all, open or done."""
    where = _task_where(user_id, precincts, state, issued_by)
    if after is not None:
        where += (
            " AND ifnull(t.due, '9999-12-31') >= :after_due"
            " AND (ifnull(t.due, '9999-12-31') > :after_due OR t.id > :after_id)"
        )
    return store.select(
        f"SELECT {_TASK_COLUMNS} FROM task AS t LEFT JOIN user AS u ON u.id = t.assignee_id"
        f" LEFT JOIN user AS i ON i.id = t.issued_by WHERE {where}"
        " ORDER BY due_key, t.id LIMIT :limit",
        {
            "user": user_id,
            "precincts": json.dumps(list(precincts or ())),
            "issued_by": issued_by,
            "after_due": after[0] if after else None,
            "after_id": after[1] if after else None,
            "limit": limit,
        },
    )


def count_tasks(
    store: Store,
    *,
    user_id: str | None,
    precincts: Sequence[str] | None,
    issued_by: str | None,
    state: str,
) -> int:
    return int(
        store.select(
            "SELECT count(*) AS n FROM task AS t"
            f" WHERE {_task_where(user_id, precincts, state, issued_by)}",
            {
                "user": user_id,
                "precincts": json.dumps(list(precincts or ())),
                "issued_by": issued_by,
            },
        )[0]["n"]
    )


def task(store: Store, task_id: str) -> dict[str, Any] | None:
    rows = store.select(
        f"SELECT {_TASK_COLUMNS} FROM task AS t LEFT JOIN user AS u ON u.id = t.assignee_id"
        " LEFT JOIN user AS i ON i.id = t.issued_by WHERE t.id = :id AND t.deleted = 0",
        {"id": task_id},
    )
    return rows[0] if rows else None


def precincts_of(store: Store, inspector_id: str | None) -> list[dict[str, Any]]:
    """Live precincts, ordered by code; only the inspector's when one is given."""
    if inspector_id is None:
        return store.select(
            "SELECT id, code, name, district_id, inspector_id FROM precinct WHERE deleted = 0"
            " ORDER BY code, id"
        )
    return store.select(
        "SELECT id, code, name, district_id, inspector_id FROM precinct"
        " WHERE deleted = 0 AND inspector_id = ? ORDER BY code, id",
        [inspector_id],
    )


def field_users(store: Store) -> list[dict[str, Any]]:
    """Active inspectors and assistants, with the first precinct each holds."""
    return store.select(
        "SELECT u.id, u.login, u.full_name, u.role, u.device_id,"
        " (SELECT p.id FROM precinct AS p WHERE p.inspector_id = u.id AND p.deleted = 0"
        "  ORDER BY p.code LIMIT 1) AS precinct_id"
        " FROM user AS u WHERE u.deleted = 0 AND ifnull(u.active, 1) = 1"
        " AND u.role IN ('inspector', 'assistant') ORDER BY u.full_name, u.id"
    )
