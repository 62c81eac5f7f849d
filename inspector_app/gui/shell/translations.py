"""Qt's own translations (standard dialogs, context menus) and, when built, the application's.

Qt ships qtbase catalogs for Russian and Kazakh but none for Kyrgyz: Kyrgyz users get Qt's
Russian strings (DESIGN.md section 9). English needs no Qt catalog (it is the source language)
but has its own application catalog, for plural forms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from inspector_app.resources import resource_path

QT_CATALOG_LANGUAGE: dict[str, str | None] = {"ru": "ru", "kk": "kk", "ky": "ru", "en": None}
APP_CATALOG = "inspector_app"  # resources/translations/inspector_app_<lang>.qm, built from .ts


def qt_catalog_language(lang: str) -> str | None:
    """The language of Qt's own catalog to load for the application's language."""
    return QT_CATALOG_LANGUAGE.get(lang, "ru")


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load and install the catalogs for `lang`; returns the translators installed.

    A catalog that is not there is skipped: its strings then show in English.
    """
    wanted: list[tuple[str, str]] = []
    qt_lang = qt_catalog_language(lang)
    if qt_lang is not None:
        wanted.append(
            (f"qtbase_{qt_lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        )
    # English is the source language, but its catalog holds the plural forms ("1 user")
    wanted.append((f"{APP_CATALOG}_{lang}", str(resource_path("translations"))))
    installed = []
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()


QT_LOCALES = {"ru": "ru_RU", "kk": "kk_KZ", "ky": "ky_KG", "en": "en_GB"}


class Translators:
    """The catalogs installed for the current language; `switch` changes them while the
    application runs (Qt then sends every widget a LanguageChange event)."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.lang: str | None = None
        self.installed: list[QTranslator] = []
        self._previous_locale = QLocale()

    def switch(self, lang: str) -> None:
        if lang == self.lang:
            return
        remove_translators(self.app, self.installed)
        self.installed = install_translators(self.app, lang)
        self.lang = lang
        # dates and numbers that Qt itself writes (calendars, spin boxes) follow the language
        QLocale.setDefault(QLocale(QT_LOCALES.get(lang, "ru_RU")))

    def remove(self) -> None:
        remove_translators(self.app, self.installed)
        self.installed = []
        self.lang = None
        QLocale.setDefault(self._previous_locale)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation in `context` where it is defined (as Qt's macro, typed)."""
    return text
