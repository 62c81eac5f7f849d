"""Words of the Sync page and the District page's sync columns: devices, trust, the outcome of
an import, days since the last contact, and the large fixed-width font of a fingerprint read out
by phone. A colour always comes with the words that say the same."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QWidget

from inspector_app.domain.errors import AppError
from inspector_app.gui.shell import style
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP
from inspector_app.gui.shell.words import role_word
from inspector_app.messages import describe
from inspector_app.services.sync.devices import DeviceLine
from inspector_app.services.sync.importing import ImportOutcome

CONTEXT = "SyncText"
TRUST = {
    "self": QT_TRANSLATE_NOOP("SyncText", "This computer"),
    "trusted": QT_TRANSLATE_NOOP("SyncText", "Enrolled"),
    "revoked": QT_TRANSLATE_NOOP("SyncText", "Revoked"),
}
FINGERPRINT_FAMILIES = ("DejaVu Sans Mono", "Consolas", "Courier New", "Liberation Mono")


def tr(text: str) -> str:
    return QCoreApplication.translate("SyncText", text)


def trust_text(trust: str) -> str:
    return tr(TRUST[trust]) if trust in TRUST else trust


def trust_color(trust: str) -> str | None:
    return style.ERROR_COLOR if trust == "revoked" else None


def where_text(role: str, precinct: str | None, district: str | None) -> str:
    """ "District inspector, precinct 05" / "Chief of the district inspectors, district 12"."""
    parts = [role_word(role)]
    if role == "inspector" and precinct:
        parts.append(QCoreApplication.translate("SyncText", "precinct %1").replace("%1", precinct))
    elif role == "chief" and district:
        parts.append(QCoreApplication.translate("SyncText", "district %1").replace("%1", district))
    return ", ".join(parts)


def short_place(role: str, precinct: str | None) -> str:
    """Where a device works, in two words: "precinct 05", "chief", "headquarters"."""
    if role == "inspector" and precinct:
        return QCoreApplication.translate("SyncText", "precinct %1").replace("%1", precinct)
    if role == "chief":
        return QCoreApplication.translate("SyncText", "chief")
    if role == "hq":
        return QCoreApplication.translate("SyncText", "headquarters")
    return role_word(role)


def device_text(line: DeviceLine) -> str:
    """A device as a person picks it from a list: its name, role and place."""
    return f"{line.name} — {where_text(line.role, line.precinct_code, line.district_code)}"


def contact_text(days: int | None) -> str:
    """Days since the last package came in from a device."""
    if days is None:
        return QCoreApplication.translate("SyncText", "never")
    if days <= 0:
        return QCoreApplication.translate("SyncText", "today")
    return QCoreApplication.translate("SyncText", "%n day(s) ago", None, days)


def contact_late(days: int | None, limit: int) -> bool:
    return days is not None and days > limit


def numbers_text(numbers: tuple[int, ...] | list[int]) -> str:
    """Package numbers for a person: "3, 5, 7" (the first ten and the count of the rest)."""
    shown = ", ".join(str(n) for n in numbers[:10])
    if len(numbers) > 10:
        rest = QCoreApplication.translate("SyncText", "and %n more", None, len(numbers) - 10)
        shown += f" {rest}"
    return shown


def outcome_state(outcome: ImportOutcome) -> str:
    """ "done", "neutral" or "error": the colour and icon of a result line."""
    if outcome.status == "imported":
        return "done"
    if outcome.status == "already-imported":
        return "neutral"
    return "error"


def outcome_text(outcome: ImportOutcome, sender: str, lang: str) -> str:
    """One line per file: what the import did, in plain words."""
    name = outcome.file.name
    if outcome.status == "already-imported":
        already = describe(AppError("sync.already_imported"), lang)
        return (
            QCoreApplication.translate("SyncText", "%1: already imported.").replace("%1", name)
            + " "
            + already
        )
    if outcome.status != "imported":
        reason = describe(outcome.error, lang) if outcome.error is not None else ""
        return (
            QCoreApplication.translate("SyncText", "%1: refused.").replace("%1", name)
            + " "
            + reason
        ).strip()
    counts = []
    if outcome.added:
        counts.append(
            QCoreApplication.translate("SyncText", "%n record(s) added", None, outcome.added)
        )
    if outcome.updated:
        counts.append(
            QCoreApplication.translate("SyncText", "%n record(s) changed", None, outcome.updated)
        )
    if not counts:
        counts.append(QCoreApplication.translate("SyncText", "nothing new"))
    if outcome.conflicts:
        counts.append(
            QCoreApplication.translate(
                "SyncText", "%n conflict(s) to review", None, outcome.conflicts
            )
        )
    head = (
        QCoreApplication.translate("SyncText", "%1: imported from %2.")
        .replace("%1", name)
        .replace("%2", sender)
    )
    said = ", ".join(counts)
    notes = [head, said[:1].upper() + said[1:] + "."]
    if outcome.set_aside:
        notes.append(describe(AppError("sync.set_aside", count=outcome.set_aside), lang))
    if outcome.held:
        notes.append(describe(AppError("sync.held", count=outcome.held), lang))
    if outcome.gaps:
        notes.append(describe(AppError("sync.gaps", numbers=numbers_text(outcome.gaps)), lang))
    if outcome.history_rewritten:
        notes.append(describe(AppError("sync.history_rewritten", device=sender), lang))
    if outcome.restored_lost:
        first, last = outcome.restored_lost
        restored = AppError("sync.restored", device=sender, first=first, last=last)
        notes.append(describe(restored, lang))
    if outcome.clock_ahead:
        notes.append(describe(AppError("sync.clock_ahead", count=outcome.clock_ahead), lang))
    return " ".join(notes)


def fingerprint_font(widget: QWidget, factor: float = 2.0) -> QFont:
    """A fixed-width font, large and bold: each character of a fingerprint stands apart."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFamilies([*FINGERPRINT_FAMILIES, font.family()])
    font.setPointSizeF(widget.font().pointSizeF() * factor)
    font.setBold(True)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
    return font
