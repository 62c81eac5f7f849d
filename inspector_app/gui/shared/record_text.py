"""Words and colours for the values the People and Register pages show: dates, ages, sex, the
state of a register check, how a check was made. One place, so every list says it the same way.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from inspector_app.domain.phones import format_phone
from inspector_app.gui.shell import style
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP

CONTEXT = "RecordText"

CHECK_METHODS = {
    "visit": QT_TRANSLATE_NOOP("RecordText", "home visit"),
    "phone": QT_TRANSLATE_NOOP("RecordText", "by phone"),
    "summons": QT_TRANSLATE_NOOP("RecordText", "summoned to the post"),
}
METHOD_CODES = ("visit", "phone", "summons")  # the order of the check dialog's list

APPEAL_STATUSES = {
    "registered": QT_TRANSLATE_NOOP("RecordText", "registered"),
    "in_progress": QT_TRANSLATE_NOOP("RecordText", "in progress"),
    "extended": QT_TRANSLATE_NOOP("RecordText", "extended"),
    "forwarded": QT_TRANSLATE_NOOP("RecordText", "forwarded"),
    "decided": QT_TRANSLATE_NOOP("RecordText", "decided"),
    "cancelled": QT_TRANSLATE_NOOP("RecordText", "cancelled"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def word(table: dict[str, str], code: str | None) -> str:
    """The translated word for a code; the code itself when it is not known."""
    if not code:
        return ""
    return _tr(table[code]) if code in table else code


def day(value: date | None) -> str:
    """A date as people here write it: DD.MM.YYYY."""
    return f"{value:%d.%m.%Y}" if value else ""


def moment(value: datetime | None) -> str:
    return f"{value:%d.%m.%Y %H:%M}" if value else ""


def age(years: int | None) -> str:
    if years is None:
        return ""
    return QCoreApplication.translate("RecordText", "%n year(s)", None, years)


def sex(code: str | None) -> str:
    if code == "M":
        return QCoreApplication.translate("RecordText", "male")
    if code == "F":
        return QCoreApplication.translate("RecordText", "female")
    return ""


def phones(numbers: tuple[str, ...]) -> str:
    return ", ".join(format_phone(n) for n in numbers)


def check_state(status: str, due: date | None, today: date) -> str:
    """The state of the next home check in words: never a colour alone."""
    if status == "overdue" and due is not None:
        return QCoreApplication.translate(
            "RecordText", "Overdue by %n day(s)", None, (today - due).days
        )
    if status == "due_soon" and due is not None:
        days = (due - today).days
        if days == 0:
            return QCoreApplication.translate("RecordText", "Due today")
        return QCoreApplication.translate("RecordText", "Due in %n day(s)", None, days)
    if status == "ok":
        return QCoreApplication.translate("RecordText", "In time")
    if status == "ended":
        return QCoreApplication.translate("RecordText", "Off the register")
    if status == "term_ended":
        return QCoreApplication.translate("RecordText", "Term ended: remove or extend")
    return QCoreApplication.translate("RecordText", "No regular checks")


def check_color(status: str) -> str | None:
    """Red for overdue, amber for due soon; the words of check_state say the same."""
    if status in ("overdue", "term_ended"):
        return style.ERROR_COLOR
    if status == "due_soon":
        return style.WARNING_COLOR
    if status == "ended":
        return style.SECONDARY_COLOR
    return None
