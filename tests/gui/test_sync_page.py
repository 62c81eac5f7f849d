"""The Sync page, driven by clicks on two real databases, an inspector's laptop and the district
chief's station: cards written and enrolled after the fingerprint is confirmed, a package written
into a folder on the worker, read at the chief's (the person typed on the laptop appears there),
read again (already imported), a damaged file refused in words with nothing changed, packages
dropped on the page, the history per device, revoking a device, and a conflict settled with one
click."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from inspector_app.gui.main_window import MainWindow
from inspector_app.gui.shared.destination_dialog import DestinationDialog
from inspector_app.gui.shared.removable import Drive
from inspector_app.gui.shell.dialogs import Answer
from inspector_app.gui.sync.sync_page import SyncPage
from inspector_app.services import people
from inspector_app.services.audit import dump_lines
from inspector_app.services.sync.devices import list_devices
from tests.conftest import make_db
from tests.gui.drive import open_main_window
from tests.gui.fakes import FakeDialogs

WAIT_MS = 30_000  # the worker is given time on a slow machine; the test goes on as soon as done


@dataclass
class Side:
    """One computer: its main window on a real database, the Sync page, scripted dialogs."""

    window: MainWindow
    page: SyncPage
    dialogs: FakeDialogs
    folder: Path

    @property
    def session(self) -> Any:
        return self.window.context.session

    def fingerprint(self) -> str:
        return next(d.fingerprint for d in list_devices(self.session) if d.trust == "self")


def _open(qtbot: Any, translators: Any, path: Path, folder: Path) -> Side:
    dialogs = FakeDialogs()
    window = open_main_window(qtbot, path, translators, dialogs=dialogs)
    page = window.show_page("sync")
    assert isinstance(page, SyncPage)
    page.exchange.find_drives = lambda: []  # no USB stick in the test machine
    folder.mkdir(exist_ok=True)
    return Side(window, page, dialogs, folder)


def _idle(qtbot: Any, side: Side) -> None:
    """Wait until the page's background work has ended."""
    qtbot.waitUntil(
        lambda: (
            not (
                side.page.exchange.busy
                or side.page.devices.busy
                or (side.page.conflicts is not None and side.page.conflicts.busy)
            )
        ),
        timeout=WAIT_MS,
    )


def _save_card(qtbot: Any, side: Side, name: str) -> Path:
    card = side.folder / name
    side.page.tabs.setCurrentIndex(2)
    side.dialogs.files.append(card)
    qtbot.mouseClick(side.page.devices.save_card_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(card.exists, timeout=WAIT_MS)
    _idle(qtbot, side)
    return card


def _enrol(qtbot: Any, side: Side, card: Path, answer: Answer = Answer.YES) -> None:
    side.page.tabs.setCurrentIndex(2)
    side.dialogs.files.append(card)
    side.dialogs.answers.append(answer)
    asked = len([s for s in side.dialogs.shown if s[0] == "ask"])
    qtbot.mouseClick(side.page.devices.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: len([s for s in side.dialogs.shown if s[0] == "ask"]) > asked, timeout=WAIT_MS
    )
    _idle(qtbot, side)


def _write(qtbot: Any, side: Side, outbox: Path) -> Path:
    before = set(outbox.glob("*.iapkg"))
    side.page.tabs.setCurrentIndex(0)
    side.dialogs.files.append(outbox)
    qtbot.mouseClick(side.page.exchange.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(set(outbox.glob("*.iapkg")) - before) == 1, timeout=WAIT_MS)
    _idle(qtbot, side)
    (written,) = set(outbox.glob("*.iapkg")) - before
    return written


def _read(qtbot: Any, side: Side, *files: Path) -> list[str]:
    side.page.tabs.setCurrentIndex(0)
    lines = len(side.page.exchange.lines())
    side.dialogs.file_lists.append(list(files))
    qtbot.mouseClick(side.page.exchange.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(side.page.exchange.lines()) == lines + len(files), timeout=WAIT_MS)
    _idle(qtbot, side)
    return side.page.exchange.lines()[: len(files)]


@pytest.fixture
def pair(qtbot: Any, translators: Any, tmp_path: Path) -> Iterator[tuple[Side, Side]]:
    """The inspector's laptop (precinct 05) and the chief's station (district 12), not yet
    known to each other."""
    laptop = _open(
        qtbot, translators, make_db(tmp_path, role="inspector", name="laptop.db"), tmp_path / "l"
    )
    chief = _open(
        qtbot, translators, make_db(tmp_path, role="chief", name="chief.db"), tmp_path / "c"
    )
    yield laptop, chief


@pytest.fixture
def enrolled(qtbot: Any, pair: tuple[Side, Side]) -> tuple[Side, Side]:
    laptop, chief = pair
    _enrol(qtbot, chief, _save_card(qtbot, laptop, "laptop-card.json"))
    _enrol(qtbot, laptop, _save_card(qtbot, chief, "chief-card.json"))
    return laptop, chief


def test_before_enrolment_the_page_says_what_to_do(qtbot, pair):
    laptop, _chief = pair
    exchange = laptop.page.exchange
    assert laptop.page.heading.text() == "Sync"
    assert [laptop.page.tabs.tabText(i) for i in range(3)] == [
        "&Packages",
        "&History",
        "&Devices",
    ]
    assert not exchange.write_button.isEnabled()
    assert exchange.no_recipient.isVisible()
    assert "Devices tab" in exchange.no_recipient.text()
    assert exchange.read_button.isEnabled()
    laptop.page.tabs.setCurrentIndex(1)
    assert laptop.page.history.empty_label.isVisible()
    assert "Enrol the other side's card" in laptop.page.history.empty_label.text()
    laptop.page.tabs.setCurrentIndex(2)
    devices = laptop.page.devices
    assert devices.own_fingerprint.text() == laptop.fingerprint()
    assert devices.own_fingerprint.font().pointSizeF() >= 1.9 * devices.font().pointSizeF()
    assert devices.own_fingerprint.font().fixedPitch() or devices.own_fingerprint.font().styleHint()
    assert devices.known_empty.isVisible() and not devices.table.isVisible()
    assert not devices.revoke_button.isVisible()  # an inspector revokes nothing


def test_cards_are_enrolled_once_the_fingerprint_is_confirmed(qtbot, pair):
    laptop, chief = pair
    card = _save_card(qtbot, laptop, "laptop-card.json")
    _enrol(qtbot, chief, card)
    devices = chief.page.devices
    asked = [s for s in chief.dialogs.shown if s[0] == "ask"][-1]
    assert "Does the other side read out the same fingerprint?" in asked[2]
    assert laptop.fingerprint() in asked[2]
    assert devices.card_fingerprint.text() == laptop.fingerprint()
    assert devices.card_fingerprint.font().pointSizeF() >= 1.9 * devices.font().pointSizeF()
    qtbot.waitUntil(lambda: devices.model.rowCount() == 1, timeout=WAIT_MS)
    assert devices.model.index(0, 2).data() == laptop.fingerprint()
    assert devices.model.index(0, 3).data() == "Enrolled"
    assert "is enrolled" in devices.enrol_message.text()
    # the chief can now write for the laptop: it is offered as the recipient
    assert chief.page.exchange.recipient_combo.count() == 1
    assert chief.page.exchange.write_button.isEnabled()


def test_a_fingerprint_not_confirmed_enrols_nothing(qtbot, pair):
    laptop, chief = pair
    _enrol(qtbot, chief, _save_card(qtbot, laptop, "laptop-card.json"), Answer.NO)
    devices = chief.page.devices
    assert devices.enrol_message.text() == "The device was not enrolled."
    assert devices.model.rowCount() == 0
    assert [d.trust for d in list_devices(chief.session)] == ["self"]


def test_a_package_goes_from_the_laptop_to_the_chief(qtbot, enrolled, tmp_path):
    laptop, chief = enrolled
    people.add_person(laptop.session, {"surname": "Жумабаев", "name": "Канат"}, force=True)
    laptop.page.refresh()
    assert "go out with the next package" in laptop.page.exchange.pending_label.text()
    outbox = tmp_path / "stick"
    outbox.mkdir()
    package = _write(qtbot, laptop, outbox)
    line = laptop.page.exchange.lines()[0]
    assert line.startswith("Package 1 for ") and str(package) in line
    assert "It holds " in line and "change" in line
    assert ("choose_folder", "Choose the folder for the package", "") in laptop.dialogs.shown

    before = list(dump_lines(chief.session))
    assert people.search_people(chief.session, "Жумабаев") == []
    (line,) = _read(qtbot, chief, package)
    assert line.startswith(f"{package.name}: imported from ")
    assert "record" in line and "added" in line
    hits = people.search_people(chief.session, "Жумабаев")
    assert [h.full_name for h in hits] == ["Жумабаев Канат"]
    # the People page of the chief, told by the bus, shows the person too
    people_page = chief.window.show_page("people")
    assert people_page is not None
    qtbot.waitUntil(
        lambda: any("Жумабаев" in str(row) for row in people_page.model.rows()), timeout=WAIT_MS
    )
    after_first = list(dump_lines(chief.session))
    assert after_first != before

    # the same file again: nothing changes
    (line,) = _read(qtbot, chief, package)
    assert line == (
        f"{package.name}: already imported. This package was imported before; nothing changed."
    )
    assert list(dump_lines(chief.session)) == after_first

    # a damaged copy of the next package: refused in words, nothing changed
    people.add_person(laptop.session, {"surname": "Досов"}, force=True)
    following = _write(qtbot, laptop, outbox)
    damaged = tmp_path / "damaged.iapkg"
    data = bytearray(following.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    (line,) = _read(qtbot, chief, damaged)
    assert line.startswith("damaged.iapkg: refused. ")
    assert "nothing was imported" in line.lower() or "damaged" in line.lower()
    assert chief.dialogs.crashes == []
    assert list(dump_lines(chief.session)) == after_first
    assert people.search_people(chief.session, "Досов") == []

    # the history of the chief: the laptop's package No. 1 came in today
    chief.page.tabs.setCurrentIndex(1)
    history = chief.page.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=WAIT_MS)
    headers = [
        history.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(history.model.columnCount())
    ]
    row = dict(zip(headers, (history.model.index(0, c) for c in range(len(headers))), strict=True))
    assert row["Device"].data() == "Ноутбук (precinct 05)"
    assert row["Last received"].data().startswith("No. 1, ")
    assert row["Gaps"].data() == "—"
    assert row["Last sent"].data() == "none yet"
    assert row["Journal"].data() == "in order"
    assert row["Journal"].data(Qt.ItemDataRole.DecorationRole) is None
    assert row["Last contact"].data() == "today"


def test_packages_dropped_on_the_page_are_read(qtbot, enrolled, tmp_path):
    laptop, chief = enrolled
    outbox = tmp_path / "out"
    outbox.mkdir()
    people.add_person(laptop.session, {"surname": "Сейткали"}, force=True)
    first = _write(qtbot, laptop, outbox)
    people.add_person(laptop.session, {"surname": "Оспанова"}, force=True)
    second = _write(qtbot, laptop, outbox)
    note = tmp_path / "note.txt"
    note.write_text("not a package")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in (second, note, first)])
    page = chief.page
    page.tabs.setCurrentIndex(2)  # dropped on another tab: the results tab comes forward
    with warnings.catch_warnings():
        # PySide marks Qt 6's only constructor of a drag-enter event deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(10, 10),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, drop)
    assert page.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: len(page.exchange.lines()) == 2, timeout=WAIT_MS)
    _idle(qtbot, chief)
    lines = page.exchange.lines()
    assert all(": imported from " in line for line in lines), lines
    assert {line.split(":")[0] for line in lines} == {first.name, second.name}
    for surname in ("Сейткали", "Оспанова"):
        assert people.search_people(chief.session, surname)


def test_a_removable_drive_is_offered_first(qtbot, enrolled, tmp_path):
    laptop, _chief = enrolled
    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    laptop.page.exchange.find_drives = lambda: [Drive(stick, "KINGSTON", 3 * 1024**3)]
    offered: list[str] = []

    def click_the_drive(dialog: QDialog) -> int:
        assert isinstance(dialog, DestinationDialog)
        offered.extend(button.text() for button in dialog.drive_buttons)
        dialog.drive_buttons[0].click()
        return int(dialog.result())

    laptop.dialogs.on_run.append(click_the_drive)
    qtbot.mouseClick(laptop.page.exchange.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(stick.glob("*.iapkg")), timeout=WAIT_MS)
    _idle(qtbot, laptop)
    assert offered and offered[0].startswith("KINGSTON (") and "free" in offered[0]
    assert not any(s[0] == "choose_folder" for s in laptop.dialogs.shown)


def test_a_chief_revokes_a_device_after_confirming(qtbot, enrolled):
    _laptop, chief = enrolled
    devices = chief.page.devices
    chief.page.tabs.setCurrentIndex(2)
    assert devices.revoke_button.isVisible() and not devices.revoke_button.isEnabled()
    devices.table.selectRow(0)
    assert devices.revoke_button.isEnabled()
    chief.dialogs.answers.append(Answer.NO)
    qtbot.mouseClick(devices.revoke_button, Qt.MouseButton.LeftButton)
    assert devices.model.index(0, 3).data() == "Enrolled"
    chief.dialogs.answers.append(Answer.YES)
    qtbot.mouseClick(devices.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: devices.model.index(0, 3).data() == "Revoked", timeout=WAIT_MS)
    assert "is revoked" in devices.known_message.text()
    asked = [s for s in chief.dialogs.shown if s[0] == "ask"][-1]
    assert "lost or stolen" in asked[2]
    # a revoked laptop is no longer offered as a recipient
    assert chief.page.exchange.recipient_combo.count() == 0


def test_a_conflict_is_shown_side_by_side_and_settled_with_one_click(qtbot, enrolled, tmp_path):
    laptop, chief = enrolled
    outbox = tmp_path / "out"
    outbox.mkdir()
    person_id, _ = people.add_person(laptop.session, {"surname": "Жумабаев"}, force=True)
    _read(qtbot, chief, _write(qtbot, laptop, outbox))
    # both sides correct the surname, neither seeing the other's correction
    people.set_person(chief.session, person_id, {"surname": "Жумабай"})
    people.set_person(laptop.session, person_id, {"surname": "Жумабаева"})
    (line,) = _read(qtbot, chief, _write(qtbot, laptop, outbox))
    assert "1 conflict to review" in line
    page = chief.page
    conflicts = page.conflicts
    assert conflicts is not None
    page.tabs.setCurrentWidget(conflicts)
    qtbot.waitUntil(lambda: len(conflicts.cards) == 1, timeout=WAIT_MS)
    assert page.tabs.tabText(page.tabs.indexOf(conflicts)) == "&Conflicts (1)"
    card = conflicts.cards[0]
    assert card.isVisible()
    shown, other = card.shown_value.text(), card.other_value.text()
    assert {shown, other} == {"Жумабай", "Жумабаева"}
    subject = card.findChild(QLabel, "conflictSubject").text()
    assert subject == f"Person «{shown}» — surname"
    # side by side: the other value to the right of the shown one, each with its button
    assert card.other_value.x() > card.shown_value.x() + card.shown_value.width() // 2
    assert card.keep_other.x() > card.keep_shown.x()
    qtbot.mouseClick(card.keep_other, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: conflicts.count() == 0, timeout=WAIT_MS)
    _idle(qtbot, chief)
    assert people.show_person(chief.session, person_id)["surname"] == other
    assert conflicts.empty_label.isVisible()
    assert page.tabs.tabText(page.tabs.indexOf(conflicts)) == "&Conflicts"
    assert "settled" in conflicts.message.text()


def test_a_rewritten_history_and_a_late_contact_are_red_with_an_icon_and_words(
    qtmodeltester, translators
):
    from inspector_app.gui.sync.sync_history_tab import HistoryModel
    from inspector_app.services.sync.status import PeerStatus

    translators.switch("en")
    peer = PeerStatus(
        device_id="laptop-7",
        name="Ноутбук",
        role="inspector",
        trust="trusted",
        precinct_code="05",
        received=3,
        last_received_seq=4,
        last_received_at="2026-11-02T10:00:00Z",
        gaps=(2,),
        sent=1,
        last_sent_seq=1,
        unconfirmed_batches=2,
        unconfirmed_changes=0,
        history_rewritten={"since_package": 3, "seen_in_package": 4},
        days_since_contact=12,
    )
    model = HistoryModel()
    model.limit = 7
    model.set_rows([peer])
    qtmodeltester.check(model)
    cells = {
        model.headerData(c, Qt.Orientation.Horizontal): model.index(0, c)
        for c in range(model.columnCount())
    }
    journal, contact = cells["Journal"], cells["Last contact"]
    assert journal.data() == "rewritten"
    assert journal.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    assert journal.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "package 4 no longer extends what package 3" in journal.data(Qt.ItemDataRole.ToolTipRole)
    assert contact.data() == "12 days ago"
    assert contact.data(Qt.ItemDataRole.DecorationRole) is not None
    assert cells["Gaps"].data() == "missing: 2"
    assert cells["Not confirmed yet"].data() == "2 batches of changes"
    model.limit = 14
    assert contact.data(Qt.ItemDataRole.DecorationRole) is None
    assert contact.data(Qt.ItemDataRole.ForegroundRole) is None
