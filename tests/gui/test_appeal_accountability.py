"""The new appeal steps on the Appeals page (take into work, the applicant told, cancel), and
the chief's accountability view per inspector, in English, Russian and Kyrgyz."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from inspector_app.gui.appeals.appeal_accountability_dialog import AppealAccountabilityDialog
from inspector_app.gui.appeals.appeals_page import AppealsPage
from inspector_app.gui.shell.translations import install_translators, remove_translators
from inspector_app.services.appeals import extend_appeal, register_appeal
from tests.gui import work_support
from tests.gui.work_support import TODAY, make_context, show_page, type_text

demo_session = work_support.demo_session
inspector_template = work_support.inspector_template
chief_session = work_support.chief_session
chief_template = work_support.chief_template

SHOTS = Path("/tmp/appeal-shots")
HEAD = "Жумабаев А. С., начальник ОП"


def _save(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox, "buttons")
    box.button(QDialogButtonBox.StandardButton.Save).click()


def test_take_told_late_and_cancel_on_the_page(qtbot, demo_session):  # type: ignore[no-untyped-def]
    received = TODAY - timedelta(days=8)
    made = register_appeal(
        demo_session,
        summary="Спор о меже",
        channel="written",
        applicant_name="Ким Ольга",
        received_at=datetime.combine(received, time(10)).astimezone(),
    )
    context = make_context(demo_session)
    page = show_page(qtbot, AppealsPage(context))
    assert page.show_record("appeal", made.id)
    assert page.take_button.isEnabled() and not page.notify_button.isEnabled()
    page.take_button.click()
    qtbot.waitUntil(lambda: page.current() is not None and page.current().status == "in_progress")
    assert not page.take_button.isEnabled()
    extend_appeal(
        demo_session, made.id, TODAY + timedelta(days=20), "экспертиза",
        authorised_by=HEAD, decided_on=TODAY - timedelta(days=6),
    )  # fmt: skip
    context.bus.announce("appeal", "appeal_event")
    qtbot.waitUntil(lambda: page.current() is not None and page.current().status == "extended")
    assert "entered late" in page.fact_labels["late"][1].text()
    assert page.fact_labels["authorised"][1].text() == HEAD
    assert page.notify_button.isEnabled()

    def told(dialog: QDialog) -> None:
        ui = dialog.ui
        assert ui.lateEdit.isVisible()  # six days after the head decided: past three working days
        _save(dialog)
        assert dialog.isVisible()
        ui.lateEdit.setFocus()
        type_text(ui.lateEdit, "заявитель был в отъезде")
        _save(dialog)

    context.dialogs.expect(told)
    page.notify_button.click()
    qtbot.waitUntil(lambda: "told late" in page.fact_labels["late"][1].text())
    stored = demo_session.store.get("appeal", made.id)
    assert stored is not None and stored["notify_late_reason"] == "заявитель был в отъезде"

    def cancel(dialog: QDialog) -> None:
        ui = dialog.ui
        assert not ui.dateEdit.isVisible()
        type_text(ui.textEdit, "введено дважды")
        _save(dialog)

    context.dialogs.expect(cancel)
    page.cancel_button.click()
    qtbot.waitUntil(lambda: page.current() is not None and page.current().status == "cancelled")
    assert page.fact_labels["decision"][1].text() == "Cancelled: введено дважды"
    assert not page.cancel_button.isEnabled() and not page.decide_button.isEnabled()


def test_the_chief_sees_a_gap_in_the_numbering(qtbot, chief_session):  # type: ignore[no-untyped-def]
    first = chief_session.store.select(
        "SELECT number FROM appeal WHERE number LIKE '%-000001' ORDER BY number LIMIT 1"
    )[0]["number"]
    series = first[:-6]
    last = chief_session.store.select(
        "SELECT max(number) AS n FROM appeal WHERE number LIKE ?", [series + "%"]
    )[0]["n"]
    skipped, given = (f"{series}{int(last[-6:]) + k:06d}" for k in (1, 2))
    with chief_session.store.transaction():  # a laptop that skipped a number
        chief_session.create(
            "appeal",
            {
                "number": given,
                "summary": "x",
                "received_at": "2026-11-02T05:00:00Z",
                "deadline": "2026-11-23",
                "status": "registered",
                "channel": "written",
            },
            "appeal.register",
        )
    dialog = AppealAccountabilityDialog(chief_session, "en")
    qtbot.addWidget(dialog)
    text = dialog.numbering_label.text()
    assert text.startswith("Numbers missing in the series") and skipped in text


@pytest.mark.parametrize("lang", ["en", "ru", "ky"])
def test_the_chiefs_accountability_view(qtbot, qapp, chief_session, lang):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, lang)
    try:
        context = make_context(chief_session, lang)
        page = show_page(qtbot, AppealsPage(context))
        assert page.account_button.isVisible()
        seen: dict[str, object] = {}

        def read(dialog: QDialog) -> None:
            assert isinstance(dialog, AppealAccountabilityDialog)
            qtbot.waitUntil(lambda: dialog.notes_model.rowCount() > 0)
            accounts = dialog.accounts
            seen["inspectors"] = len(accounts)
            seen["registered"] = sum(a.registered for a in accounts)
            seen["extended"] = sum(a.extended for a in accounts)
            seen["late"] = sum(a.decided_late for a in accounts)
            seen["cancelled"] = sum(a.cancelled for a in accounts)
            seen["notes"] = [dialog.notes_model.index(r, 1).data() for r in range(3)]
            seen["numbering"] = dialog.numbering_label.text()
            SHOTS.mkdir(exist_ok=True)
            dialog.grab().save(str(SHOTS / f"accountability-{lang}.png"))

        context.dialogs.expect(read)
        page.account_button.click()
        total = chief_session.store.select("SELECT count(*) AS n FROM appeal")[0]["n"]
        assert seen["registered"] == total and seen["inspectors"] == 3
        assert seen["extended"] and seen["late"]
        if lang == "en":
            assert "Extension authorised by" in seen["notes"] or "Cancelled" in seen["notes"]
            assert seen["numbering"] == (
                "The numbering of appeals has no gaps, duplicates or reused numbers."
            )
    finally:
        remove_translators(qapp, translators)


def test_registering_an_anonymous_complaint_about_an_officer(qtbot, demo_session):  # type: ignore[no-untyped-def]
    from inspector_app.gui.appeals.appeal_register_dialog import AppealRegisterDialog

    context = make_context(demo_session)
    page = show_page(qtbot, AppealsPage(context))

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AppealRegisterDialog)
        ui = dialog.ui
        kinds = [ui.kindCombo.itemData(i) for i in range(ui.kindCombo.count())]
        assert kinds == ["application", "complaint", "proposal", "request", "response"]
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("complaint"))
        ui.anonymousCheck.setChecked(True)  # no applicant: still registered
        assert not ui.applicantNameEdit.isEnabled()
        ui.officerCombo.setCurrentIndex(1)
        ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("kk"))
        ui.summaryEdit.setFocus()
        type_text(ui.summaryEdit, "Участковый не принял заявление")
        _save(dialog)

    context.dialogs.expect(fill)
    page.register_button.click()
    saved = demo_session.store.select(
        "SELECT * FROM appeal WHERE deleted = 0 ORDER BY created_version DESC LIMIT 1"
    )[0]
    assert (saved["kind"], saved["anonymous"], saved["language"]) == ("complaint", 1, "kk")
    assert saved["about_officer_id"] is not None and saved["applicant_name"] is None
