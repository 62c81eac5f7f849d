"""Words for codes the core stores (roles, countries), shared by the screens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from inspector_app.gui.shell.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from inspector_app.services.workplace import Workplace

USER_ROLES = {
    "inspector": QT_TRANSLATE_NOOP("Words", "District inspector"),
    "assistant": QT_TRANSLATE_NOOP("Words", "Assistant district inspector"),
    "chief": QT_TRANSLATE_NOOP("Words", "Chief of the district inspectors"),
    "hq": QT_TRANSLATE_NOOP("Words", "Headquarters analyst"),
}
COUNTRIES = {
    "KZ": QT_TRANSLATE_NOOP("Words", "Kazakhstan"),
    "KG": QT_TRANSLATE_NOOP("Words", "Kyrgyzstan"),
}


def word(table: dict[str, str], code: str) -> str:
    """The translated word for a code; the code itself when it is not known."""
    return QCoreApplication.translate("Words", table[code]) if code in table else code


def role_word(role: str) -> str:
    return word(USER_ROLES, role)


def who_and_where(place: Workplace) -> str:
    """The user and the place: "Иванов Иван, precinct 05 «Қарабұлақ», district 12"."""
    parts = [place.full_name]
    if place.device_role == "inspector" and place.precinct_code:
        precinct = QCoreApplication.translate("MainWindow", "precinct %1").replace(
            "%1", place.precinct_code
        )
        if place.precinct_name and place.precinct_name != place.precinct_code:
            precinct += f" «{place.precinct_name}»"
        parts.append(precinct)
    if place.district_code:
        parts.append(
            QCoreApplication.translate("MainWindow", "district %1").replace(
                "%1", place.district_code
            )
        )
    if place.device_role == "hq":
        parts.append(QCoreApplication.translate("MainWindow", "headquarters"))
    return ", ".join(parts)
