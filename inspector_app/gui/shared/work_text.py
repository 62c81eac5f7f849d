"""Words and colours of the daily work pages (Today, Log, Appeals, Incidents, Notices, Territory,
District): the state of a deadline, of a task or a notice, the steps of an appeal, the kinds of
passport objects. One place, so every page says the same thing the same way; a colour always
comes with the words that say it."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from inspector_app.gui.shell import local_clock, style
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP

CONTEXT = "WorkText"

APPEAL_STATUSES = {
    "registered": QT_TRANSLATE_NOOP("WorkText", "Registered"),
    "in_progress": QT_TRANSLATE_NOOP("WorkText", "In progress"),
    "extended": QT_TRANSLATE_NOOP("WorkText", "Extended"),
    "forwarded": QT_TRANSLATE_NOOP("WorkText", "Forwarded"),
    "decided": QT_TRANSLATE_NOOP("WorkText", "Decided"),
    "cancelled": QT_TRANSLATE_NOOP("WorkText", "Cancelled"),
}
TASK_STATUSES = {
    "new": QT_TRANSLATE_NOOP("WorkText", "New"),
    "acknowledged": QT_TRANSLATE_NOOP("WorkText", "Taken"),
    "done": QT_TRANSLATE_NOOP("WorkText", "Done"),
}
OBJECT_KINDS = {
    "school": QT_TRANSLATE_NOOP("WorkText", "School"),
    "kindergarten": QT_TRANSLATE_NOOP("WorkText", "Kindergarten"),
    "medical": QT_TRANSLATE_NOOP("WorkText", "Medical post or clinic"),
    "shop": QT_TRANSLATE_NOOP("WorkText", "Shop"),
    "cafe": QT_TRANSLATE_NOOP("WorkText", "Café or canteen"),
    "place_of_worship": QT_TRANSLATE_NOOP("WorkText", "Place of worship"),
    "farm": QT_TRANSLATE_NOOP("WorkText", "Farm"),
    "fuel_station": QT_TRANSLATE_NOOP("WorkText", "Fuel station"),
    "administration": QT_TRANSLATE_NOOP("WorkText", "Local administration"),
    "other": QT_TRANSLATE_NOOP("WorkText", "Other"),
}

DASH = "—"  # nothing to show


def tr(text: str) -> str:
    return QCoreApplication.translate("WorkText", text)


def word(table: dict[str, str], code: str | None) -> str:
    """The translated word for a code; the code itself when it is not known."""
    if not code:
        return ""
    return tr(table[code]) if code in table else code


def day(value: date | None) -> str:
    """A date as people here write it: DD.MM.YYYY."""
    return f"{value:%d.%m.%Y}" if value else ""


def moment(value: datetime | None) -> str:
    """A stored moment on the clock of the database's country."""
    return f"{local_clock.local(value):%d.%m.%Y %H:%M}" if value else ""


def external_register_label(register: str) -> str:
    """The label of the national register number of an incident."""
    if register == "kup_erpp":
        return QCoreApplication.translate("WorkText", "KUP/ERPP number")
    return QCoreApplication.translate("WorkText", "KUI/ERDR number")


# --- states and their colours -----------------------------------------------------------------


def state_color(state: str) -> str | None:
    """Red overdue, amber due soon, green done, grey neutral (closed, expired)."""
    return {
        "overdue": style.ERROR_COLOR,
        "term_ended": style.ERROR_COLOR,
        "due_soon": style.WARNING_COLOR,
        "unread": style.WARNING_COLOR,
        "done": style.DONE_COLOR,
        "decided": style.DONE_COLOR,
        "acknowledged": style.DONE_COLOR,
        "forwarded": style.SECONDARY_COLOR,
        "cancelled": style.SECONDARY_COLOR,
        "expired": style.SECONDARY_COLOR,
    }.get(state)


def term_ended_text() -> str:
    """A register entry past its planned end: no check is overdue, the entry is."""
    return QCoreApplication.translate("WorkText", "Term ended: remove or extend")


def days_text(days: int | None) -> str:
    """Calendar days to a due date: overdue, today or ahead."""
    if days is None:
        return ""
    if days < 0:
        return QCoreApplication.translate("WorkText", "Overdue by %n day(s)", None, -days)
    if days == 0:
        return QCoreApplication.translate("WorkText", "Due today")
    return QCoreApplication.translate("WorkText", "Due in %n day(s)", None, days)


def working_days_text(days: int | None) -> str:
    """Working days to an appeal's deadline."""
    if days is None:
        return ""
    if days < 0:
        return QCoreApplication.translate("WorkText", "Overdue by %n working day(s)", None, -days)
    if days == 0:
        return QCoreApplication.translate("WorkText", "Deadline today")
    return QCoreApplication.translate("WorkText", "%n working day(s) left", None, days)


def appeal_state_text(state: str, days_left: int | None, closed_on: date | None) -> str:
    if state == "decided":
        return QCoreApplication.translate("WorkText", "Decided %1").replace("%1", day(closed_on))
    if state == "forwarded":
        return QCoreApplication.translate("WorkText", "Forwarded %1").replace("%1", day(closed_on))
    if state == "cancelled":
        return QCoreApplication.translate("WorkText", "Cancelled %1").replace("%1", day(closed_on))
    return working_days_text(days_left)


def task_state_text(state: str, status: str, due: date | None, today: date) -> str:
    if state == "done":
        return tr(TASK_STATUSES["done"])
    if state in ("overdue", "due_soon") and due is not None:
        return days_text((due - today).days)
    return word(TASK_STATUSES, status)


def notice_state_text(acknowledged: datetime | None, expired: bool) -> str:
    if acknowledged is not None:
        return QCoreApplication.translate("WorkText", "Acknowledged %1").replace(
            "%1", day(local_clock.local_date(acknowledged))
        )
    if expired:
        return QCoreApplication.translate("WorkText", "Expired")
    return QCoreApplication.translate("WorkText", "Not read yet")


def notice_state(acknowledged: datetime | None, expired: bool) -> str:
    if acknowledged is not None:
        return "acknowledged"
    return "expired" if expired else "unread"
