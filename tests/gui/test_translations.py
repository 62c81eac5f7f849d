"""The window speaks Russian, Kazakh, Kyrgyz and English completely.

- Every entry of every `.ts` is translated, with the placeholders and the one mnemonic of its
  source, and the `.ts` files hold exactly the strings the code and the forms have now.
- Under a pseudo-language every string that lupdate found comes out as ⟦text⟧; the main window of
  each role, every page, the dialogs, the wizard and the lock are walked, and any visible text
  without the marks did not go through a translation lupdate can see.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QSpinBox,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
    QWizard,
)

from inspector_app.gui.shell import style
from inspector_app.gui.shell.page_registry import pages_for
from tests.conftest import FAST_KDF, make_db
from tests.gui.drive import open_main_window
from tests.gui.fakes import FakeDialogs

ROOT = Path(__file__).resolve().parents[2]
FIX = "run `.venv/bin/python packaging/update_translations.py`, then translate the new entries"
OPEN, CLOSE = "⟦", "⟧"
PLACEHOLDER = re.compile(r"%(?:\d+|L?n|L\d+)")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT = _script()


def messages(path: Path | ET.ElementTree) -> Iterator[tuple[str, ET.Element]]:
    tree = path if isinstance(path, ET.ElementTree) else ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def keys(path: Path) -> set[tuple[str, str, bool]]:
    return {
        (context, message.findtext("source") or "", message.get("numerus") == "yes")
        for context, message in messages(path)
    }


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


# --- the .ts files ---------------------------------------------------------------------------
@pytest.mark.parametrize("lang", SCRIPT.LANGUAGES)
def test_every_entry_is_translated(lang: str) -> None:
    path = SCRIPT.ts_file(lang)
    assert path.exists(), f"{path.relative_to(ROOT)} is missing: {FIX}"
    assert ET.parse(path).getroot().get("language", "").startswith(lang)
    unfinished = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in messages(path)
        if (message.find("translation") is not None)
        and (
            message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
            or not all(text.strip() for text in translations_of(message))
        )
    ]
    assert unfinished == [], f"untranslated in {path.name} ({FIX}):\n" + "\n".join(unfinished)


@pytest.mark.parametrize("lang", SCRIPT.LANGUAGES)
def test_translations_keep_the_placeholders_and_the_mnemonic(lang: str) -> None:
    wrong = []
    for context, message in messages(SCRIPT.ts_file(lang)):
        source = message.findtext("source") or ""
        for text in translations_of(message):
            if not text:
                continue  # reported as unfinished
            wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
            if sorted(set(PLACEHOLDER.findall(text)) - {"%n"}) != wanted:
                wrong.append(f"{context}: {source!r} -> {text!r}: placeholders")
            mnemonics = len(re.findall(r"&(?!&)", text.replace("&&", "")))
            if len(re.findall(r"&(?!&)", source.replace("&&", ""))) != mnemonics:
                wrong.append(f"{context}: {source!r} -> {text!r}: the & mnemonic")
    assert wrong == [], "\n".join(wrong)


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_russian_and_kyrgyz_never_say_police(lang: str) -> None:
    """The same Russian words are shown in Kyrgyzstan, whose police is «милиция»."""
    said = [
        text
        for _context, message in messages(SCRIPT.ts_file(lang))
        for text in translations_of(message)
        if "полиц" in text.casefold()
    ]
    assert said == []


def test_the_catalogs_hold_the_strings_of_the_code_now(tmp_path: Path) -> None:
    copies = []
    for lang in SCRIPT.LANGUAGES:
        copy = tmp_path / SCRIPT.ts_file(lang).name
        shutil.copy(SCRIPT.ts_file(lang), copy)
        copies.append(copy)
    SCRIPT.lupdate(copies)
    for lang, copy in zip(SCRIPT.LANGUAGES, copies, strict=True):
        kept = keys(SCRIPT.ts_file(lang))
        now = keys(copy)
        assert now == kept, (
            f"{SCRIPT.ts_file(lang).name} is not in step with the code ({FIX}):\n"
            + "\n".join(f"new: {k}" for k in sorted(now - kept))
            + "\n"
            + "\n".join(f"gone: {k}" for k in sorted(kept - now))
        )


# --- the pseudo-language ---------------------------------------------------------------------
class QtOwnWords(QTranslator):
    """Qt's own strings (standard buttons, the wizard's Next) come from Qt's catalogs: marked
    too. Any other context is left to the pseudo catalog, which knows only what lupdate found."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if re.match(r"Q[A-Z]", context):
            return OPEN + source + CLOSE
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture(scope="module")
def pseudo_catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A catalog built from the sources now, every translation ⟦the source⟧."""
    folder = tmp_path_factory.mktemp("pseudo")
    ts = folder / "pseudo_en.ts"
    SCRIPT.lupdate([ts])
    tree = ET.parse(ts)
    for _context, message in messages(tree):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        marked = OPEN + (message.findtext("source") or "") + CLOSE
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = marked
        else:
            translation.text = marked
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return SCRIPT.lrelease(ts, folder / "pseudo_en.qm")


@pytest.fixture
def pseudo_language(qapp: QApplication, pseudo_catalog: Path, translators) -> Iterator[None]:
    translators.switch("en")  # first: the catalogs installed last are asked first
    own = QtOwnWords(qapp)
    pseudo = QTranslator(qapp)
    assert pseudo.load(str(pseudo_catalog))
    qapp.installTranslator(own)
    qapp.installTranslator(pseudo)  # asked first
    try:
        yield
    finally:
        qapp.removeTranslator(pseudo)
        qapp.removeTranslator(own)


def _verbatim(widget: QWidget | None) -> bool:
    while widget is not None:
        if widget.property(style.VERBATIM):
            return True
        widget = widget.parentWidget()
    return False


def _words(text: str) -> bool:
    """Text a person reads as words (not a number, a dash or a path of digits)."""
    return any(ch.isalpha() for ch in text)


def visible_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a person can read in `window` and its menus."""
    yield "window title", window.windowTitle()
    if isinstance(window, QMainWindow):
        for menu in window.menuBar().findChildren(QMenu):
            yield "menu", menu.title()
            for action in menu.actions():
                yield "menu item", action.text()
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) or _verbatim(widget):
            continue
        if widget.objectName().startswith("qt_") and not isinstance(widget, QAbstractButton):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if widget.toolTip():
            yield f"tooltip of {where}", widget.toolTip()
        if (isinstance(widget, QLabel) and widget.pixmap().isNull()) or isinstance(
            widget, QAbstractButton
        ):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit):
            yield f"placeholder of {where}", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for row in range(widget.count()):
                if not widget.itemData(row, style.VERBATIM_ROLE):
                    yield f"item of {where}", widget.itemText(row)
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                yield f"tab of {where}", widget.tabText(tab)
        if isinstance(widget, QSpinBox):
            yield f"suffix of {where}", widget.suffix()
            yield f"prefix of {where}", widget.prefix()
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                if not item.data(style.VERBATIM_ROLE):
                    yield f"item of {where}", item.text()
        if isinstance(widget, QTableView | QTreeView):
            header = (
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            )
            model = widget.model()
            if model is not None and header is not None and not header.isHidden():
                for column in range(model.columnCount(QModelIndex())):
                    if header.isSectionHidden(column):
                        continue
                    text = model.headerData(column, Qt.Orientation.Horizontal)
                    if isinstance(text, str):
                        yield f"header of {where}", text
        if isinstance(widget, QWizard):
            page = widget.currentPage()
            if page is not None:
                yield "wizard title", page.title()
                yield "wizard subtitle", page.subTitle()


def untranslated(window: QWidget) -> list[str]:
    return sorted(
        {
            f"{where}: {text!r}"
            for where, text in visible_texts(window)
            if _words(text) and OPEN not in text
        }
    )


@pytest.mark.parametrize("role", ["inspector", "chief", "hq"])
def test_every_page_of_every_role_speaks_only_translated_words(
    qtbot, tmp_path, translators, pseudo_language, role
):
    path = make_db(tmp_path, role=role)
    dialogs = FakeDialogs()
    window = open_main_window(qtbot, path, translators, dialogs=dialogs)
    found = []
    for row, entry in enumerate(pages_for(role)):
        window.side_bar.setCurrentRow(row)
        qtbot.wait(1)
        found += [f"{entry.page_id}: {line}" for line in untranslated(window)]
    window.lock_now()
    found += [f"lock: {line}" for line in untranslated(window)]
    window.lock.unlock()
    press_shortcuts = []

    def look(dialog: QDialog) -> int:
        with qtbot.waitExposed(dialog):
            dialog.show()
        press_shortcuts.extend(f"{type(dialog).__name__}: {x}" for x in untranslated(dialog))
        dialog.hide()
        return QDialog.DialogCode.Rejected

    dialogs.on_run += [look, look, look]
    window.show_shortcuts()
    settings = window.show_page("settings")
    assert settings is not None
    settings.change_password()  # type: ignore[attr-defined]
    if settings.can_add_users:  # type: ignore[attr-defined]
        settings.add_user()  # type: ignore[attr-defined]
    found += press_shortcuts
    assert sorted(set(found)) == [], "\n".join(sorted(set(found)))


def test_the_sign_in_window_and_the_wizard_speak_only_translated_words(
    qtbot, tmp_path, db_path, pseudo_language
):
    from inspector_app.gui.shell.crash_dialog import CrashDialog
    from inspector_app.gui.start.first_run_wizard import FirstRunWizard
    from inspector_app.gui.start.login_window import LoginWindow

    found = []
    login = LoginWindow(db_path, "en", "admin")
    qtbot.addWidget(login)
    with qtbot.waitExposed(login):
        login.show()
    login.login_form.submit()  # the password is missing: the reason shows
    found += untranslated(login)

    wizard = FirstRunWizard(tmp_path / "new.db", "en", FakeDialogs(), kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    with qtbot.waitExposed(wizard):
        wizard.show()
    for _page in range(3):
        found += untranslated(wizard)
        wizard.currentPage().validatePage()  # the reasons of the empty fields show
        found += untranslated(wizard)
        wizard.next()
    crash = CrashDialog("summary", "Traceback: details")
    qtbot.addWidget(crash)
    crash.summary.setProperty(style.VERBATIM, True)  # given by the caller
    with qtbot.waitExposed(crash):
        crash.show()
    found += untranslated(crash)
    assert found == [], "\n".join(found)


def test_the_pseudo_language_marks_what_lupdate_found(qapp, pseudo_language):
    assert QCoreApplication.translate("MainWindow", "&File") == "⟦&File⟧"
    assert QCoreApplication.translate("Nowhere", "not in the code") == "not in the code"
