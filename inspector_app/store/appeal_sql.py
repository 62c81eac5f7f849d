"""The deadline of an appeal that counts, in SQL, for every list, count and report alike.

An extension moves the deadline only when the day the head decided it is recorded and was not
after the deadline it moved (the law allows no extension once the term has run out). So an
appeal whose extension was entered after its deadline (by an older version, or a package from
elsewhere) stays late everywhere. domain.rules.effective_deadline says the same in Python.
"""

from __future__ import annotations

OPEN_APPEAL_STATUSES = ("registered", "in_progress", "extended")


def due(alias: str = "a") -> str:
    """The SQL expression of the deadline that counts for the appeal row `alias`."""
    a = alias
    return (
        f"(CASE WHEN {a}.extended_to IS NOT NULL AND {a}.extended_on IS NOT NULL"
        f" AND {a}.extended_on <= coalesce({a}.extended_from, {a}.deadline)"
        f" THEN {a}.extended_to ELSE {a}.deadline END)"
    )
