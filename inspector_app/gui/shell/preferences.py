"""Choices of this computer's user that are not data: the language, the idle lock, and the days
without a package after which the District page shows an inspector's last contact in red.

Kept with QSettings (the application and organisation names are set at start, so pages that
remember column widths with a plain `QSettings()` write to the same place). Tests point
QSettings at a temporary folder (tests/gui/conftest.py).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

LANGUAGES = ("ru", "kk", "ky", "en")  # as inspector_app.i18n, without loading Babel at start

IDLE_MINUTES = "lock/idle_minutes"
LANGUAGE = "ui/language"
CONTACT_DAYS = "district/contact_days"

DEFAULT_IDLE_MINUTES = 10
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240
DEFAULT_CONTACT_DAYS = 7
MIN_CONTACT_DAYS = 1
MAX_CONTACT_DAYS = 365


def _settings() -> QSettings:
    return QSettings()


def idle_minutes() -> int:
    """Minutes without use before the window locks (default 10), kept within bounds."""
    value = _settings().value(IDLE_MINUTES, DEFAULT_IDLE_MINUTES)
    try:
        minutes = int(str(value))
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, minutes))


def set_idle_minutes(minutes: int) -> None:
    _settings().setValue(IDLE_MINUTES, max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, minutes)))


def saved_language() -> str | None:
    """The language chosen in Settings last time, if any."""
    value = _settings().value(LANGUAGE)
    return str(value) if value in LANGUAGES else None


def set_language(lang: str) -> None:
    if lang in LANGUAGES:
        _settings().setValue(LANGUAGE, lang)


def contact_days() -> int:
    """Days without a package from a device before its last contact is shown in red."""
    value = _settings().value(CONTACT_DAYS, DEFAULT_CONTACT_DAYS)
    try:
        days = int(str(value))
    except ValueError:
        return DEFAULT_CONTACT_DAYS
    return max(MIN_CONTACT_DAYS, min(MAX_CONTACT_DAYS, days))


def set_contact_days(days: int) -> None:
    _settings().setValue(CONTACT_DAYS, max(MIN_CONTACT_DAYS, min(MAX_CONTACT_DAYS, days)))
