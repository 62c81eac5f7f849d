"""Words of the core, the CLI and the reports, through gettext catalogs read with Babel.

The catalogs are the `.po` sources in resources/locale/<lang>/LC_MESSAGES/inspector_app.po,
compiled in memory when first used, so no generated `.mo` file needs to be kept in step. Source
strings are English; Russian is the default language.
"""

from __future__ import annotations

import gettext
import io
from collections.abc import Callable
from functools import cache

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from inspector_app.resources import resource_path

LANGUAGES = ("ru", "kk", "ky", "en")
DEFAULT_LANGUAGE = "ru"
DOMAIN = "inspector_app"


def N_(text: str) -> str:  # noqa: N802 - the name gettext tools look for
    """Mark a string for translation where it is defined; translate it where it is shown."""
    return text


def catalog_path(lang: str) -> str:
    return str(resource_path("locale", lang, "LC_MESSAGES", f"{DOMAIN}.po"))


@cache
def translations(lang: str) -> gettext.NullTranslations:
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    try:
        with open(catalog_path(lang), "rb") as source:
            catalog = read_po(source, locale=lang)
    except FileNotFoundError:
        return gettext.NullTranslations()
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def gettext_for(lang: str) -> Callable[[str], str]:
    return translations(lang).gettext


def ngettext_for(lang: str) -> Callable[[str, str, int], str]:
    return translations(lang).ngettext
