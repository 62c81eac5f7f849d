"""A photo attached on a laptop travels in the package beside its record, stored once by its
hash; altered bytes get the package refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_app.domain.errors import AppError
from inspector_app.services.attachments import attach_file, attachment_bytes
from tests.sync.network import District

PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 300  # JPEG's first bytes, then anything


def test_a_photo_travels_with_its_record(district: District, tmp_path: Path) -> None:
    first, chief, hq = district.first, district.chief, district.hq
    person = first.add_person("Суреттегі")
    picture = tmp_path / "photo.jpg"
    picture.write_bytes(PHOTO)
    attachment = attach_file(first.session, "person", person, picture, "ауылда")

    chief.take(first.export())
    hq.take(chief.export(hq))

    for node in (chief, hq):
        record = node.session.store.get("attachment", attachment)
        assert record is not None and record["record_id"] == person
        assert attachment_bytes(node.session, record["sha256"]) == PHOTO


def test_a_file_that_is_no_photo_or_scan_is_refused(district: District, tmp_path: Path) -> None:
    person = district.first.add_person("Біреу")
    other = tmp_path / "notes.txt"
    other.write_text("жай мәтін")
    with pytest.raises(AppError) as refused:
        attach_file(district.first.session, "person", person, other)
    assert refused.value.code == "attachment.kind"
