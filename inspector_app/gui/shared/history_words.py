"""The words of a record's history: each field's title and each value as a person reads it (a
day, a moment on the country's clock, a kind by its name), for the records whose history the
window shows. Fields not named here are bookkeeping and are not shown."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from inspector_app.domain.local_time import parse_utc
from inspector_app.gui.shared import record_text, work_text
from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from inspector_app.services.session import Session

CONTEXT = "HistoryWords"
_PERSON = {
    "surname": QT_TRANSLATE_NOOP("HistoryWords", "Surname"),
    "name": QT_TRANSLATE_NOOP("HistoryWords", "Given name"),
    "patronymic": QT_TRANSLATE_NOOP("HistoryWords", "Patronymic"),
    "birth_date": QT_TRANSLATE_NOOP("HistoryWords", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("HistoryWords", "Sex"),
    "id_number": QT_TRANSLATE_NOOP("HistoryWords", "ID number"),
    "phones": QT_TRANSLATE_NOOP("HistoryWords", "Phones"),
    "address": QT_TRANSLATE_NOOP("HistoryWords", "Address"),
    "workplace": QT_TRANSLATE_NOOP("HistoryWords", "Workplace"),
    "notes": QT_TRANSLATE_NOOP("HistoryWords", "Notes"),
}
FIELDS: dict[str, dict[str, str]] = {
    "person": _PERSON,
    "household": {
        "house": QT_TRANSLATE_NOOP("HistoryWords", "House"),
        "flat": QT_TRANSLATE_NOOP("HistoryWords", "Flat"),
        "landmark": QT_TRANSLATE_NOOP("HistoryWords", "Landmark"),
        "latitude": QT_TRANSLATE_NOOP("HistoryWords", "Latitude"),
        "longitude": QT_TRANSLATE_NOOP("HistoryWords", "Longitude"),
        "notes": QT_TRANSLATE_NOOP("HistoryWords", "Notes"),
    },
    "register_entry": {
        "category": QT_TRANSLATE_NOOP("HistoryWords", "Register category"),
        "basis": QT_TRANSLATE_NOOP("HistoryWords", "Grounds"),
        "start_date": QT_TRANSLATE_NOOP("HistoryWords", "Put on the register"),
        "planned_end": QT_TRANSLATE_NOOP("HistoryWords", "Planned end"),
        "end_date": QT_TRANSLATE_NOOP("HistoryWords", "Taken off the register"),
        "end_reason": QT_TRANSLATE_NOOP("HistoryWords", "Reason for taking off"),
        "notes": QT_TRANSLATE_NOOP("HistoryWords", "Notes"),
    },
    "appeal": {
        "number": QT_TRANSLATE_NOOP("HistoryWords", "Number"),
        "received_at": QT_TRANSLATE_NOOP("HistoryWords", "Received"),
        "channel": QT_TRANSLATE_NOOP("HistoryWords", "How it came"),
        "kind": QT_TRANSLATE_NOOP("HistoryWords", "Kind"),
        "applicant_name": QT_TRANSLATE_NOOP("HistoryWords", "Applicant"),
        "summary": QT_TRANSLATE_NOOP("HistoryWords", "Summary"),
        "deadline": QT_TRANSLATE_NOOP("HistoryWords", "Review deadline"),
        "status": QT_TRANSLATE_NOOP("HistoryWords", "Status"),
        "extended_to": QT_TRANSLATE_NOOP("HistoryWords", "Extended to"),
        "forwarded_to": QT_TRANSLATE_NOOP("HistoryWords", "Forwarded to"),
        "decision": QT_TRANSLATE_NOOP("HistoryWords", "Decision"),
        "decided_on": QT_TRANSLATE_NOOP("HistoryWords", "Decided on"),
    },
    "incident": {
        "number": QT_TRANSLATE_NOOP("HistoryWords", "Number"),
        "occurred_at": QT_TRANSLATE_NOOP("HistoryWords", "When"),
        "kind": QT_TRANSLATE_NOOP("HistoryWords", "Kind"),
        "place": QT_TRANSLATE_NOOP("HistoryWords", "Place"),
        "summary": QT_TRANSLATE_NOOP("HistoryWords", "Summary"),
        "measures": QT_TRANSLATE_NOOP("HistoryWords", "Measures taken"),
        "external_number": QT_TRANSLATE_NOOP("HistoryWords", "Register number"),
        "outcome": QT_TRANSLATE_NOOP("HistoryWords", "Outcome"),
    },
    "task": {
        "title": QT_TRANSLATE_NOOP("HistoryWords", "Title"),
        "body": QT_TRANSLATE_NOOP("HistoryWords", "Text"),
        "due": QT_TRANSLATE_NOOP("HistoryWords", "Due"),
        "status": QT_TRANSLATE_NOOP("HistoryWords", "Status"),
        "report": QT_TRANSLATE_NOOP("HistoryWords", "Report"),
        "done_at": QT_TRANSLATE_NOOP("HistoryWords", "Done"),
    },
    "notice": {
        "number": QT_TRANSLATE_NOOP("HistoryWords", "Number"),
        "issued_on": QT_TRANSLATE_NOOP("HistoryWords", "Issued"),
        "title": QT_TRANSLATE_NOOP("HistoryWords", "Title"),
        "body": QT_TRANSLATE_NOOP("HistoryWords", "Text"),
        "valid_until": QT_TRANSLATE_NOOP("HistoryWords", "Valid until"),
    },
}
TITLES = {
    "person": QT_TRANSLATE_NOOP("HistoryWords", "History of the person's record"),
    "household": QT_TRANSLATE_NOOP("HistoryWords", "History of the household"),
    "register_entry": QT_TRANSLATE_NOOP("HistoryWords", "History of the register entry"),
    "appeal": QT_TRANSLATE_NOOP("HistoryWords", "History of the appeal"),
    "incident": QT_TRANSLATE_NOOP("HistoryWords", "History of the incident"),
    "task": QT_TRANSLATE_NOOP("HistoryWords", "History of the assignment"),
    "notice": QT_TRANSLATE_NOOP("HistoryWords", "History of the notice"),
}
# a field holding a code of a reference list: shown by its name in the user's language
_REFERENCE = {
    ("register_entry", "category"): "categories",
    ("register_entry", "end_reason"): "removal_reasons",
    ("appeal", "channel"): "appeal_channels",
    ("appeal", "kind"): "appeal_kinds",
    ("incident", "kind"): "incident_kinds",
    ("incident", "outcome"): "incident_outcomes",
}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_title(entity: str, field: str) -> str | None:
    """The field's title, or None for a field the history does not show."""
    words = FIELDS.get(entity, {}).get(field)
    return tr(words) if words else None


def title(entity: str) -> str:
    if entity in TITLES:
        return tr(TITLES[entity])
    return QCoreApplication.translate("HistoryWords", "History of the record")


def value_text(session: Session, lang: str, entity: str, field: str, value: Any) -> str:
    if value is None or value in ("", []):
        return work_text.DASH
    reference = _REFERENCE.get((entity, field))
    if reference is not None:
        return session.refdata.name_of(reference, str(value), lang)
    if field == "sex":
        return record_text.sex(str(value))
    if field == "status" and entity == "appeal":
        return work_text.word(work_text.APPEAL_STATUSES, str(value))
    if field == "status" and entity == "task":
        return work_text.word(work_text.TASK_STATUSES, str(value))
    if isinstance(value, str) and value.startswith("["):
        try:
            value = json.loads(value)
        except ValueError:
            return str(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or work_text.DASH
    text = str(value)
    if _DAY.fullmatch(text):
        return work_text.day(date.fromisoformat(text))
    if _MOMENT.fullmatch(text):
        return work_text.moment(parse_utc(text))
    return text
