"""The Reports page, driven as a person would: choose the report and the period, Ctrl+G makes it
on the worker and the window previews the PDF itself; Ctrl+S saves that PDF, Ctrl+P hands it to
the printer's queue with the copies chosen; printing and saving what names people is journaled.
Against demo databases (tests/gui/work_support.py) with a fixed "today"."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog

from inspector_app.domain.errors import AppError
from inspector_app.gui.reports.print_dialog import PrintDialog
from inspector_app.gui.reports.reports_page import ReportsPage
from inspector_app.gui.shell.bus import DataBus
from inspector_app.gui.shell.context import AppContext
from inspector_app.gui.shell.tasks import TaskRunner
from inspector_app.messages import describe
from inspector_app.services.auth import open_worker_session
from inspector_app.services.people import SearchHit
from inspector_app.services.reports import KINDS
from inspector_app.services.reports import printing as printing_service
from inspector_app.services.session import Session, open_session_with_key
from tests.conftest import PASSWORD, make_db
from tests.gui import test_translations, work_support
from tests.gui.drive import press
from tests.gui.fakes import FakeDialogs
from tests.gui.test_translations import untranslated
from tests.gui.work_support import TODAY, copy_db, popup_grab, show_page, type_text

# the shared demo databases of the work pages' tests
chief_template = work_support.chief_template
inspector_template = work_support.inspector_template

# the pseudo-language of the translation tests: every string lupdate finds comes out marked
pseudo_catalog = test_translations.pseudo_catalog
pseudo_language = test_translations.pseudo_language

WAIT_MS = 30_000


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _journal(session: Session, action: str) -> list[dict[str, Any]]:
    rows = session.store.select(
        "SELECT detail FROM journal WHERE action = ? ORDER BY seq", [action]
    )
    return [json.loads(row["detail"]) for row in rows]


def _open_page(qtbot: Any, template: Path, folder: Path, lang: str = "en") -> ReportsPage:
    session, key = open_session_with_key(copy_db(template, folder), "admin", PASSWORD, lang)
    session.today_override = TODAY
    context = AppContext(
        session=session,
        dialogs=FakeDialogs(),
        bus=DataBus(),
        lang=lang,
        open_worker_session=lambda: open_worker_session(session, key),
    )
    context.tasks = TaskRunner.for_context(context)
    context.tasks.show_after_ms = 0  # the progress view shows at once
    page = ReportsPage(context)
    show_page(qtbot, page)
    return page


def _close(page: ReportsPage) -> None:
    assert page.tasks.wait(WAIT_MS), "a job was still running at the end of the test"
    page.close()
    page.context.session.close()


@pytest.fixture
def inspector_page(qtbot: Any, inspector_template: Path, tmp_path: Path) -> Iterator[ReportsPage]:
    page = _open_page(qtbot, inspector_template, tmp_path / "db")
    yield page
    _close(page)


@pytest.fixture
def chief_page(qtbot: Any, chief_template: Path, tmp_path: Path) -> Iterator[ReportsPage]:
    page = _open_page(qtbot, chief_template, tmp_path / "db")
    yield page
    _close(page)


def _choose(combo: Any, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def _generate(qtbot: Any, page: ReportsPage) -> Any:
    with qtbot.waitSignal(page.report_ready, timeout=WAIT_MS) as ready:
        press(qtbot, page.choices.ui.kindCombo, "Ctrl+G")
    return ready.args[0]


def test_generate_previews_the_pdf_and_saves_it(qtbot, inspector_page, tmp_path):
    page = inspector_page
    ui = page.choices.ui
    dialogs: FakeDialogs = page.context.dialogs  # type: ignore[assignment]
    assert not page.print_action.isEnabled() and not page.save_action.isEnabled()
    assert page.preview.stack.currentWidget() is page.preview.empty_label
    _choose(ui.kindCombo, "activity")
    _choose(ui.periodKindCombo, "month")
    assert ui.periodCombo.currentData() == "2026-10"  # the last full month comes first
    _choose(ui.periodCombo, "2026-09")
    _choose(ui.languageCombo, "kk")

    report = _generate(qtbot, page)

    assert report.request.kind == "activity" and report.request.period == "2026-09"
    assert report.request.lang == "kk"
    assert dialogs.progress_views and dialogs.progress_views[0].title == "Generating the report"
    assert dialogs.progress_views[0].finished
    # the preview is the PDF itself: every page of it
    assert page.preview.page_count() == report.pages == _pages(report.pdf)
    assert page.preview.stack.currentWidget() is page.preview.view
    assert page.preview.page_label.text() == f"Page 1 of {report.pages}"
    title = KINDS["activity"].title("en")
    assert page.title_label.text().startswith(title)
    assert "September 2026" in page.title_label.text()
    assert page.personal_note.isVisible()  # the activity report names people
    assert page.print_action.isEnabled() and page.save_action.isEnabled()

    dialogs.files.append(tmp_path / "out" / "activity")  # typed without .pdf
    (tmp_path / "out").mkdir()
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS) as saved:
        press(qtbot, page.preview.view, "Ctrl+S")
    path = tmp_path / "out" / "activity.pdf"
    assert saved.args == [path]
    assert dialogs.shown[-1] == ("save_file", "Save the report as PDF", dialogs.shown[-1][2])
    assert dialogs.shown[-1][2].endswith(report.file_name)
    assert path.read_bytes() == report.pdf
    text = _text(path.read_bytes())
    assert KINDS["activity"].title("kk") in text  # the report's title, in Kazakh
    assert page.status_label.text() == f"Saved to {path}"
    exports = _journal(page.context.session, "report.export")
    assert exports[-1]["path"] == str(path) and exports[-1]["period"] == "2026-09"


def _save_as(qtbot: Any, page: ReportsPage, chosen: Path) -> None:
    """Ctrl+S with `chosen` picked in the save dialog (which asked about replacing it)."""
    dialogs: FakeDialogs = page.context.dialogs  # type: ignore[assignment]
    dialogs.files.append(chosen)
    task = page.save()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass


def test_saving_never_writes_over_the_database_or_an_unasked_file(qtbot, inspector_page, tmp_path):
    """The database's files are refused in words whatever the dialog returned; a name the page
    gave the .pdf ending was never asked about, so an existing file of that name is kept; the
    file the dialog asked about is replaced; only a written file is journaled."""
    page = inspector_page
    dialogs: FakeDialogs = page.context.dialogs  # type: ignore[assignment]
    session = page.context.session
    _choose(page.choices.ui.kindCombo, "activity")
    report = _generate(qtbot, page)
    keys = session.store.path.with_name(session.store.path.name + ".keys")
    keys_before = keys.read_bytes()

    _save_as(qtbot, page, keys)  # typed without .pdf: saved as <db>.keys.pdf, the db's name
    refused = keys.with_name(keys.name + ".pdf")
    assert dialogs.shown[-1] == (
        "warn",
        "This cannot be done",
        describe(AppError("file.protected", path=str(refused)), "en"),
    )
    assert not refused.exists() and keys.read_bytes() == keys_before

    out = tmp_path / "out"
    out.mkdir()
    mine = out / "activity.pdf"
    mine.write_bytes(b"the person's own notes")
    _save_as(qtbot, page, out / "activity")  # the dialog asked about "activity", not this
    assert dialogs.shown[-1] == (
        "warn",
        "This cannot be done",
        describe(AppError("file.exists", path=str(mine)), "en"),
    )
    assert mine.read_bytes() == b"the person's own notes"
    assert _journal(session, "report.export") == []
    assert dialogs.crashes == [] and not list(tmp_path.rglob("*.part"))

    with qtbot.waitSignal(page.saved, timeout=WAIT_MS) as saved:
        _save_as(qtbot, page, mine)  # the dialog asked, and the person said replace
    assert saved.args == [mine.resolve()]
    assert mine.read_bytes() == report.pdf and (mine.stat().st_mode & 0o777) == 0o600
    assert [e["path"] for e in _journal(session, "report.export")] == [str(mine.resolve())]


def test_print_hands_the_previewed_pdf_and_the_copies_to_the_queue(
    qtbot, inspector_page, monkeypatch
):
    page = inspector_page
    dialogs: FakeDialogs = page.context.dialogs  # type: ignore[assignment]
    queued: list[tuple[str, bytes, str | None, int]] = []

    def fake_queue(path: Path, printer: str | None, copies: int) -> str:
        queued.append((path.name, path.read_bytes(), printer, copies))  # read while it exists
        return "Office-17"

    monkeypatch.setattr(printing_service, "send_to_queue", fake_queue)
    monkeypatch.setattr(
        "inspector_app.gui.reports.print_dialog.list_printers", lambda: (["Hall", "Office"], "Hall")
    )
    seen: dict[str, object] = {}

    def choose(dialog: QDialog) -> int:
        assert isinstance(dialog, PrintDialog)
        combo = dialog.printer_combo
        seen["printers"] = [combo.itemText(i) for i in range(combo.count())]
        seen["current"] = combo.currentText()
        _choose(combo, "Office")
        dialog.copies_spin.setValue(3)
        dialog.accept()
        return int(dialog.result())

    report = _generate(qtbot, page)
    # the choices change after the report was made: print gives the report shown, and says so
    _choose(page.choices.ui.periodCombo, "2026-08")
    assert page.stale and "Press Generate" in page.status_label.text()
    dialogs.on_run.append(choose)
    with qtbot.waitSignal(page.printed, timeout=WAIT_MS) as printed:
        press(qtbot, page.choices.ui.kindCombo, "Ctrl+P")

    assert seen == {"printers": ["Hall (default)", "Office"], "current": "Hall (default)"}
    assert queued == [(report.file_name, report.pdf, "Office", 3)]
    job = printed.args[0]
    assert (job.printer, job.copies, job.job) == ("Office", 3, "Office-17")
    assert page.status_label.text().startswith("Sent to Office: 3 cop")  # copies, in words
    entry = _journal(page.context.session, "report.print")[-1]
    assert (entry["printer"], entry["copies"], entry["pages"]) == ("Office", 3, report.pages)


def test_print_cancelled_queues_nothing(qtbot, inspector_page, monkeypatch):
    page = inspector_page
    queued: list[object] = []
    monkeypatch.setattr(printing_service, "send_to_queue", lambda *a: queued.append(a) or "")
    monkeypatch.setattr("inspector_app.gui.reports.print_dialog.list_printers", lambda: ([], None))
    dialogs: FakeDialogs = page.context.dialogs  # type: ignore[assignment]
    _generate(qtbot, page)
    offered: list[str] = []

    def cancel(dialog: QDialog) -> int:
        assert isinstance(dialog, PrintDialog)
        offered.extend(
            dialog.printer_combo.itemText(i) for i in range(dialog.printer_combo.count())
        )
        dialog.reject()
        return int(dialog.result())

    dialogs.on_run.append(cancel)
    task = page.print_now()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    qtbot.waitUntil(lambda: not page.busy)
    assert offered == ["The system's default printer"]
    assert queued == []
    assert _journal(page.context.session, "report.print") == []


def test_a_chiefs_district_report(qtbot, chief_page):
    page = chief_page
    ui = page.choices.ui
    assert ui.kindCombo.currentData() == "district"  # what a chief makes most
    assert ui.scopeCombo.currentData().startswith("district:")
    _choose(ui.periodKindCombo, "quarter")
    _choose(ui.periodCombo, "2026-Q3")
    report = _generate(qtbot, page)
    assert report.request.district and report.request.period == "2026-Q3"
    assert page.preview.page_count() == report.pages == _pages(report.pdf)
    text = _text(report.pdf)
    inspectors = page.context.session.store.select(
        "SELECT full_name FROM user WHERE role = 'inspector'"
    )
    assert inspectors and all(
        " ".join(u["full_name"].split()[:1]) in text for u in inspectors
    )  # every inspector side by side


def test_dates_typed_wrong_say_why_and_nothing_runs(qtbot, inspector_page):
    page = inspector_page
    ui = page.choices.ui
    _choose(ui.periodKindCombo, "range")
    assert ui.datesBox.isVisible() and not ui.periodCombo.isVisible()
    ui.fromEdit.clear()
    type_text(ui.fromEdit, "31.02.2026")
    assert ui.periodMessage.isVisible()
    assert ui.periodMessage.text() == describe(AppError("date.invalid", value="31.02.2026"), "en")
    press(qtbot, ui.kindCombo, "Ctrl+G")
    assert page.running == [] and page.report is None
    ui.fromEdit.clear()
    type_text(ui.fromEdit, "01.10.2026")
    ui.toEdit.clear()
    type_text(ui.toEdit, "15.10.2026")
    assert not ui.periodMessage.isVisible()
    report = _generate(qtbot, page)
    assert report.request.period == "2026-10-01..2026-10-15"


@popup_grab
def test_person_card_needs_a_person(qtbot, inspector_page):
    page = inspector_page
    ui = page.choices.ui
    _choose(ui.kindCombo, "person-card")
    assert ui.personSearch.isVisible() and not ui.periodKindCombo.isVisible()
    assert not ui.scopeCombo.isVisible()
    press(qtbot, ui.kindCombo, "Ctrl+G")
    assert ui.formMessage.isVisible()
    assert ui.formMessage.text() == "Choose the person of the card first."
    assert page.running == []

    session = page.context.session
    person = session.store.select(
        "SELECT p.id, p.surname FROM person p JOIN register_entry r ON r.person_id = p.id"
        " WHERE p.deleted = 0 AND r.deleted = 0 LIMIT 1"
    )[0]
    type_text(ui.personSearch, person["surname"])
    page.choices.search.search_now()
    hits = [
        page.choices.search.model.item(i).data(Qt.ItemDataRole.UserRole + 1)
        for i in range(page.choices.search.model.rowCount())
    ]
    hit = next(h for h in hits if h.id == person["id"])
    page.choices.search.picked.emit(hit)
    assert hit.full_name in ui.personChosen.text()
    assert not ui.formMessage.isVisible()

    report = _generate(qtbot, page)
    assert report.request.person == person["id"]
    assert person["surname"] in _text(report.pdf)
    assert hit.full_name in page.title_label.text()


def test_a_refusal_of_the_services_is_said_in_words(qtbot, inspector_page):
    page = inspector_page
    dialogs: FakeDialogs = page.context.dialogs  # type: ignore[assignment]
    _choose(page.choices.ui.kindCombo, "person-card")
    page.choices.person = SearchHit("no-such-person", "Кто-то", None, None)
    task = page.generate()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    message = page.choices.ui.formMessage
    assert message.isVisible()
    assert message.text() == describe(AppError("person.missing", id="no-such-person"), "en")
    assert dialogs.crashes == [] and page.report is None
    assert not page.print_action.isEnabled()


def test_a_new_language_keeps_the_choices(qtbot, chief_page):
    page = chief_page
    ui = page.choices.ui
    _choose(ui.kindCombo, "public")
    _choose(ui.periodKindCombo, "quarter")
    _choose(ui.periodCombo, "2026-Q2")
    page.context.lang = "kk"
    page.retranslate()
    assert ui.kindCombo.currentData() == "public"
    assert ui.kindCombo.currentText() == KINDS["public"].title("kk")
    assert ui.periodCombo.currentData() == "2026-Q2"
    assert ui.languageCombo.currentData() == "en"  # the report's language is its own choice
    report = _generate(qtbot, page)
    assert not page.personal_note.isVisible()  # the public report names nobody
    assert KINDS["public"].title("kk") in page.title_label.text()
    assert report.request.period == "2026-Q2"


def test_a_database_without_precincts_says_so(qtbot, tmp_path):
    path = make_db(tmp_path / "fresh", role="hq")
    page = _open_page(qtbot, path, tmp_path / "db")
    try:
        ui = page.choices.ui
        assert ui.kindCombo.currentData() == "hq"
        assert [ui.scopeCombo.itemText(i) for i in range(ui.scopeCombo.count())] == [
            "Every district of this database"
        ]
        task = page.generate()
        assert task is not None
        with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
            pass
        assert ui.formMessage.isVisible()
        assert ui.formMessage.text().startswith("This database holds no precinct yet")
        assert page.report is None
    finally:
        _close(page)


def test_every_word_shown_goes_through_translation(
    qtbot, inspector_template, tmp_path, pseudo_language, monkeypatch
):
    """Under the pseudo-language every string of the page and the print dialog is marked: the
    report's own names, periods and scope are data, marked verbatim."""
    monkeypatch.setattr(
        "inspector_app.gui.reports.print_dialog.list_printers", lambda: (["Hall", "Office"], "Hall")
    )
    page = _open_page(qtbot, inspector_template, tmp_path / "db")
    try:
        found = [f"empty: {line}" for line in untranslated(page)]
        _generate(qtbot, page)
        found += [f"report: {line}" for line in untranslated(page)]
        _choose(page.choices.ui.kindCombo, "person-card")
        found += [f"person card: {line}" for line in untranslated(page)]
        _choose(page.choices.ui.kindCombo, "activity")
        _choose(page.choices.ui.periodKindCombo, "range")
        page.choices.ui.fromEdit.clear()
        type_text(page.choices.ui.fromEdit, "32.01.2026")
        found += [f"dates: {line}" for line in untranslated(page)]

        def look(dialog: QDialog) -> int:
            with qtbot.waitExposed(dialog):
                dialog.show()
            found.extend(f"print dialog: {line}" for line in untranslated(dialog))
            dialog.reject()
            return int(dialog.result())

        page.context.dialogs.on_run.append(look)  # type: ignore[attr-defined]
        task = page.print_now()
        assert task is not None
        with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
            pass
        qtbot.waitUntil(lambda: not page.busy)
    finally:
        _close(page)
    assert found == [], "\n".join(found)


def test_the_shortcuts_are_listed_and_zoom_works(qtbot, inspector_page):
    page = inspector_page
    keys = {
        action.text(): action.shortcut().toString()
        for action in page.findChildren(QAction)
        if not action.shortcut().isEmpty()
    }
    assert keys == {
        "&Generate the report": "Ctrl+G",
        "Pr&int…": "Ctrl+P",
        "&Save as PDF…": "Ctrl+S",
        "Save as &XLSX…": "Ctrl+Shift+S",
        "Larger": "Ctrl++",
        "Smaller": "Ctrl+-",
    }
    _generate(qtbot, page)
    view = page.preview.view
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    press(qtbot, view, "Ctrl++")
    assert view.zoomMode() == QPdfView.ZoomMode.Custom
    larger = view.zoomFactor()
    press(qtbot, view, "Ctrl+-")
    assert view.zoomFactor() == pytest.approx(larger / 1.25)
    qtbot.mouseClick(page.preview.fit_width_button, Qt.MouseButton.LeftButton)
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_the_report_is_offered_as_a_spreadsheet_beside_the_pdf(qtbot, inspector_page, tmp_path):
    import io

    from openpyxl import load_workbook

    page = inspector_page
    dialogs: FakeDialogs = page.context.dialogs  # type: ignore[assignment]
    assert not page.save_xlsx_action.isEnabled()
    _choose(page.choices.ui.kindCombo, "activity")
    report = _generate(qtbot, page)
    assert page.save_xlsx_button.isEnabled() and page.save_xlsx_button.isVisibleTo(page)
    dialogs.files.append(tmp_path / "tables")  # typed without .xlsx
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS) as saved:
        press(qtbot, page.preview.view, "Ctrl+Shift+S")
    path = tmp_path / "tables.xlsx"
    assert saved.args == [path]
    assert dialogs.shown[-1][:2] == ("save_file", "Save the report as a spreadsheet")
    book = load_workbook(io.BytesIO(path.read_bytes()))
    assert len(book.sheetnames) >= 4 and report.request.kind == "activity"
    exports = _journal(page.context.session, "report.export")
    assert exports[-1]["path"] == str(path) and exports[-1]["format"] == "xlsx"
