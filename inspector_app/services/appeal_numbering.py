"""The chief's check of the appeal numbering of the inspectors' laptops: gaps, duplicates and
reused numbers in each series, and the new series a restore from a backup began (expected)."""

from __future__ import annotations

from inspector_app.domain.appeal_numbers import Numbered, NumberingFinding, check_numbering
from inspector_app.services.session import Session
from inspector_app.store import appeal_numbers


def numbering_findings(session: Session) -> list[NumberingFinding]:
    session.require("record.read")
    rows = appeal_numbers.numbered_appeals(session.store)
    return check_numbering(
        Numbered(
            str(r["id"]), str(r["number"]), str(r["registered_at"] or ""), str(r["device"] or "")
        )
        for r in rows
    )


def finding_message(finding: NumberingFinding) -> tuple[str, dict[str, str]]:
    """The message code and parameters that say a finding in words."""
    series = f"{finding.prefix}, {finding.year}"
    if finding.kind == "new_series":
        day = finding.restored_on.isoformat() if finding.restored_on else "?"
        return "appeal.numbering_new_series", {"series": finding.numbers[0], "day": day}
    return f"appeal.numbering_{finding.kind}", {
        "series": series,
        "numbers": ", ".join(finding.numbers),
    }
