"""Removable drives are found where the desktop mounts them, and offered as one button each
before the folder dialog."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from inspector_app.gui.shared import removable
from inspector_app.gui.shared.destination_dialog import DestinationDialog
from inspector_app.gui.shared.removable import Drive


@pytest.mark.skipif(os.name == "nt", reason="the mount folders of Linux")
def test_mounted_sticks_under_the_users_media_folder_are_found(tmp_path, monkeypatch):
    media = tmp_path / "media" / "inspector"
    stick, leftover = media / "KINGSTON", media / "OLD"
    stick.mkdir(parents=True)
    leftover.mkdir()
    (media / "a-file").write_text("not a drive")
    monkeypatch.setattr(removable, "_mount_folders", lambda: [media, tmp_path / "missing"])
    monkeypatch.setattr(removable.os.path, "ismount", lambda path: Path(path) == stick)
    (found,) = removable.removable_drives()
    assert found.path == stick
    assert found.name  # the volume's label, or the folder's name
    assert found.free_bytes is None or found.free_bytes > 0


def test_the_drives_are_offered_first_and_another_folder_after(qtbot, tmp_path):
    drives = [Drive(tmp_path / "a", "KINGSTON", 2 * 1024**3), Drive(tmp_path / "b", "SD", None)]
    dialog = DestinationDialog(drives)
    qtbot.addWidget(dialog)
    texts = [button.text() for button in dialog.drive_buttons]
    assert texts[0].startswith("KINGSTON (") and texts[0].endswith(" free)")
    assert texts[1] == "SD"
    assert dialog.drive_buttons[0].isDefault()
    dialog.drive_buttons[1].click()
    assert dialog.result() == DestinationDialog.DialogCode.Accepted
    assert dialog.chosen == tmp_path / "b" and not dialog.other

    other = DestinationDialog(drives)
    qtbot.addWidget(other)
    other.other_button.click()
    assert other.chosen is None and other.other
