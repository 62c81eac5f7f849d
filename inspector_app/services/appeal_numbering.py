"""The chief's check of the appeal numbering of the inspectors' laptops: gaps, duplicates and
reused numbers in each series, and the new series a restore from a backup began (expected)."""

from __future__ import annotations

from inspector_app.domain.appeal_numbers import Numbered, NumberingFinding, check_numbering
from inspector_app.domain.local_time import local_day
from inspector_app.services.session import Session
from inspector_app.store import appeal_numbers
from inspector_app.store.changes import stamp_time


def numbering_findings(session: Session) -> list[NumberingFinding]:
    session.require("record.read")
    rows = appeal_numbers.numbered_appeals(session.store)
    # the day each prefix was reassigned, in the country (the latest, if given twice)
    reassigned = {
        str(r["prefix"]): local_day(stamp_time(str(r["hlc"])), session.country)
        for r in appeal_numbers.prefix_reassignments(session.store)
    }
    return check_numbering(
        (
            Numbered(
                str(r["id"]),
                str(r["number"]),
                str(r["registered_at"] or ""),
                str(r["device"] or ""),
            )
            for r in rows
        ),
        reassigned,
    )


def finding_message(finding: NumberingFinding) -> tuple[str, dict[str, str]]:
    """The message code and parameters that say a finding in words."""
    series = f"{finding.prefix}, {finding.year}"
    if finding.kind == "new_series":
        day = finding.restored_on.isoformat() if finding.restored_on else "?"
        return "appeal.numbering_new_series", {"series": finding.numbers[0], "day": day}
    if finding.kind == "new_prefix":
        day = finding.restored_on.isoformat() if finding.restored_on else "?"
        return "appeal.numbering_new_prefix", {
            "series": finding.numbers[0],
            "prefix": finding.prefix,
            "day": day,
        }
    return f"appeal.numbering_{finding.kind}", {
        "series": series,
        "numbers": ", ".join(finding.numbers),
    }
