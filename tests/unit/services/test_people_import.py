"""`people import` treats the file as hostile and streams it: devices, pipes, damaged
encodings, unclosed quotes, zip bombs and invisible characters are refused in words, and the
duplicate check holds across chunks and across two imports at once."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

import openpyxl
import pytest

from inspector_app.domain.errors import AppError
from inspector_app.services import people_import, tabular
from inspector_app.services.people import add_person, find_duplicates, search_people
from inspector_app.services.people_import import LineReports, import_people
from inspector_app.services.session import Session, open_session
from tests.conftest import PASSWORD, make_db

HEADER = "Фамилия;Имя;Дата рождения\n"


def _csv(folder: Path, text: str | bytes, name: str = "people.csv") -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def _refusal(session: Session, path: Path) -> AppError:
    with pytest.raises(AppError) as caught:
        import_people(session, path)
    return caught.value


def _surnames(session: Session, text: str) -> list[str]:
    return [hit.full_name.split()[0] for hit in search_people(session, text)]


# --- what is opened, and how much is read -------------------------------------------------------


def test_a_device_is_refused_at_once(session: Session) -> None:
    # refused for what it is, not after reading up to the cap (that would be import.too_large)
    error = _refusal(session, Path("/dev/zero"))
    assert error.code == "import.not_a_file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(
    session: Session, tmp_path: Path
) -> None:
    fifo = tmp_path / "people.csv"
    os.mkfifo(fifo)

    def unblock() -> None:  # a reader stuck in open() would wait for ever without this
        try:
            descriptor = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:  # nobody is reading: the import did not wait
            return
        os.close(descriptor)

    timer = threading.Timer(5, unblock)
    timer.start()
    try:
        error = _refusal(session, fifo)
    finally:
        timer.cancel()
    assert error.code == "import.not_a_file"


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="Linux /proc")
def test_the_bytes_read_are_capped_not_the_size_the_file_claims(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    # /proc files are regular files of size 0 that read as many bytes as they hold
    monkeypatch.setattr(tabular, "MAX_BYTES", 1024)
    assert Path("/proc/self/maps").stat().st_size == 0
    assert _refusal(session, Path("/proc/self/maps")).code == "import.too_big"


# --- encodings ----------------------------------------------------------------------------------


def test_a_stray_byte_in_a_utf8_file_is_refused_with_its_line(
    session: Session, tmp_path: Path
) -> None:
    good = (HEADER + "Ерланов;Бауыржан;01.02.1990\n").encode()
    stray = "Сейітов;Мар".encode() + b"\xff" + "ат;03.04.1985\n".encode()
    path = _csv(tmp_path, good + stray + "Ким;Анна;05.06.1970\n".encode())
    error = _refusal(session, path)
    assert error.code == "import.encoding_at"
    assert error.params == {"line": 3, "byte": len("Сейітов;Мар".encode()) + 1}
    assert search_people(session, "ерланов") == []  # refused as a whole


def test_a_stray_byte_after_a_bom_is_placed_on_its_line(session: Session, tmp_path: Path) -> None:
    path = _csv(tmp_path, b"\xef\xbb\xbf" + "Фамилия;Им".encode() + b"\xc0" + "я\n".encode())
    error = _refusal(session, path)
    assert error.params == {"line": 1, "byte": 3 + len("Фамилия;Им".encode()) + 1}


def test_windows_1251_is_still_read(session: Session, tmp_path: Path) -> None:
    # «Пётр» and «Сёмин» make well-formed UTF-8 pairs by chance (an upper-case letter and «ё»)
    text = HEADER + "Сёмин;Пётр;01.02.1990\nФёдоров;Лёва;03.04.1985\nКовальчук;Олег;\n"
    result = import_people(session, _csv(tmp_path, text.encode("cp1251")))
    assert result.imported == 3 and len(result.rejected) == 0
    assert _surnames(session, "семин") == ["Сёмин"]
    assert _surnames(session, "федоров") == ["Фёдоров"]


def test_the_encoding_is_decided_where_the_text_stops_being_ascii(
    session: Session, tmp_path: Path
) -> None:
    latin = "".join(f"Petrov{n};Ivan;01.01.1980\n" for n in range(5_000))  # over 64 KB
    text = "surname;name;birth_date\n" + latin + "Әлиев;Бауыржан;01.01.1980\n"
    result = import_people(session, _csv(tmp_path, text))
    assert result.imported == 5_001
    assert _surnames(session, "алиев бауыржан") == ["Әлиев"]


@pytest.mark.parametrize("end", ["\r\n", "\n", "\r"], ids=["windows", "unix", "old-mac"])
def test_every_line_ending_is_read(session: Session, tmp_path: Path, end: str) -> None:
    text = end.join([HEADER.strip(), "Ерланов;Бауыржан;01.02.1990", '"Ким";"Анна";', "Ли;Ан;\xff"])
    path = _csv(tmp_path, text.encode("utf-8").replace("\xff".encode(), b"\xff"))
    error = _refusal(session, path)  # the stray byte is placed on its line in every case
    assert error.params["line"] == 4
    path.write_text(text.replace("\xff", "") + end, encoding="utf-8", newline="")
    assert import_people(session, path).imported == 3


# --- quotes -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rest",
    [
        '"Бекова;Сауле;01.01.1990\nКим;Анна;05.06.1970\nЛи;Ан;\n"Цой;Виктор;\n',  # closed later
        '"Бекова;Сауле;01.01.1990\nКим;Анна;05.06.1970\n',  # never closed
        '"Бекова;Сауле;01.01.1990\n' + "Ким;Анна;05.06.1970\n" * 20_000,  # past any cell
    ],
    ids=["closed-later", "at-the-end", "long"],
)
def test_an_unclosed_quote_is_refused_where_it_opened(
    session: Session, tmp_path: Path, rest: str
) -> None:
    path = _csv(tmp_path, HEADER + "Ерланов;Бауыржан;01.02.1990\n" + rest)
    error = _refusal(session, path)
    assert error.code == "import.unclosed_quote"
    assert error.params == {"line": 3}
    assert search_people(session, "ерланов") == []


def test_an_address_over_two_lines_is_read(session: Session, tmp_path: Path) -> None:
    text = 'Фамилия;Адрес\nЕрланов;"ул. Абая, 3\nкв. 5"\nКим;ул. Ленина\n'
    result = import_people(session, _csv(tmp_path, text))
    assert result.imported == 2 and len(result.rejected) == 0


# --- XLSX ---------------------------------------------------------------------------------------


def _workbook_bytes() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Фамилия", "Имя"])
    sheet.append(["Жұмабаев", "Нұрлан"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xlsx_with_sheet(path: Path, write_sheet: Callable[[IO[bytes]], None]) -> Path:
    """A real workbook whose first sheet's XML is written by `write_sheet(stream)`."""
    with (
        zipfile.ZipFile(io.BytesIO(_workbook_bytes())) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            if item.filename == "xl/worksheets/sheet1.xml":
                with target.open(item.filename, "w", force_zip64=False) as stream:
                    write_sheet(stream)
            else:
                target.writestr(item, source.read(item.filename))
    return path


_SHEET_START = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>surname</t></is></c></row>'
)
_SHEET_END = b"</sheetData></worksheet>"


def test_an_xlsx_that_unpacks_to_too_much_is_refused_before_it_is_read(
    session: Session, tmp_path: Path
) -> None:
    row = b'<row><c t="inlineStr"><is><t>Name</t></is></c></row>'
    block = row * (1024 * 1024 // len(row))

    def bomb(stream: IO[bytes]) -> None:
        stream.write(_SHEET_START)
        for _ in range(300):  # 300 MB of rows, a few hundred KB packed
            stream.write(block)
        stream.write(_SHEET_END)

    path = _xlsx_with_sheet(tmp_path / "bomb.xlsx", bomb)
    assert path.stat().st_size < 2 * 1024 * 1024
    unpacked = 0
    real_read = zipfile.ZipExtFile.read

    def counted(self: zipfile.ZipExtFile, n: int = -1) -> bytes:
        nonlocal unpacked
        data = real_read(self, n)
        unpacked += len(data)
        return data

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(zipfile.ZipExtFile, "read", counted)
        error = _refusal(session, path)
    assert error.code == "import.unpacked_too_big"
    assert unpacked < 10 * 1024 * 1024  # judged from the zip's directory, not by unpacking


def test_cells_are_counted_as_they_are_read(session: Session, tmp_path: Path) -> None:
    # 2,000 rows of one cell each in the last column: openpyxl hands each row 16,384 wide
    def wide(stream: IO[bytes]) -> None:
        stream.write(_SHEET_START)
        for n in range(2, 2_002):
            stream.write(f'<row r="{n}"><c r="XFD{n}"><v>1</v></c></row>'.encode())
        stream.write(_SHEET_END)

    path = _xlsx_with_sheet(tmp_path / "wide.xlsx", wide)
    error = _refusal(session, path)
    assert error.code == "import.too_many_cells"


def test_a_zip_of_thousands_of_members_is_refused(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "many.xlsx"
    with (
        zipfile.ZipFile(io.BytesIO(_workbook_bytes())) as source,
        zipfile.ZipFile(path, "w") as target,
    ):
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        for n in range(20_000):
            target.writestr(f"x/{n}", b"")
    assert _refusal(session, path).code == "import.xlsx_structure"


def test_a_part_read_whole_is_capped(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # shared strings and styles are read whole: their own, lower cap
    monkeypatch.setattr(tabular, "MAX_PART", 1024)
    path = tmp_path / "styles.xlsx"
    with (
        zipfile.ZipFile(io.BytesIO(_workbook_bytes())) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/styles.xml":
                data = data.replace(b"</styleSheet>", b"<!--" + b" " * 4096 + b"--></styleSheet>")
            target.writestr(item, data)
    assert _refusal(session, path).code == "import.unpacked_too_big"


def test_a_plain_xlsx_is_read(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "people.xlsx"
    path.write_bytes(_workbook_bytes())
    result = import_people(session, path)
    assert result.imported == 1 and _surnames(session, "жумабаев") == ["Жұмабаев"]


# --- names --------------------------------------------------------------------------------------


@pytest.mark.parametrize("hidden", ["\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "\u00ad"])
def test_invisible_characters_in_names_reject_the_row(
    session: Session, tmp_path: Path, hidden: str
) -> None:
    add_person(session, {"surname": "Ерланов", "name": "Бауыржан", "birth_date": "01.02.1990"})
    text = HEADER + f"Ерла{hidden}нов;Бауыржан;01.02.1990\nКим;Ан{hidden}на;\nЦой;Виктор;\n"
    result = import_people(session, _csv(tmp_path, text))
    assert result.imported == 1
    assert [(line, error.code) for line, error in result.rejected] == [
        (2, "person.invisible_characters"),
        (3, "person.invisible_characters"),
    ]


def test_names_are_stored_composed(session: Session, tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Йылдыз Әлия")  # и + breve, а + diaeresis
    assert decomposed != "Йылдыз Әлия"
    surname, name = decomposed.split()
    result = import_people(session, _csv(tmp_path, HEADER + f"{surname};{name};01.02.1990\n"))
    assert result.imported == 1
    assert [hit.full_name for hit in search_people(session, "йылдыз")] == ["Йылдыз Әлия"]
    # typed either way, it is the same person
    assert find_duplicates(session, {"surname": surname, "name": name, "birth_date": "1990-02-01"})


# --- chunks and the one transaction -------------------------------------------------------------


def test_a_repeat_in_a_later_chunk_is_rejected_as_a_repeat(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(people_import, "CHUNK_ROWS", 2)
    rows = "Ерланов;Бауыржан;01.02.1990\nКим;Анна;\nЛи;Ан;\nЕрланов;Бауыржан;01.02.1990\n"
    result = import_people(session, _csv(tmp_path, HEADER + rows))
    assert result.imported == 3
    assert [(line, error.code) for line, error in result.rejected] == [
        (5, "import.duplicate_earlier_line")
    ]
    assert _surnames(session, "ерланов") == ["Ерланов"]


def test_all_or_nothing_rolls_back_the_chunks_already_written(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(people_import, "CHUNK_ROWS", 2)
    rows = "Ерланов;;\nКим;;\nЛи;;\nЦой;;32.01.1990\n"
    result = import_people(session, _csv(tmp_path, HEADER + rows), all_or_nothing=True)
    assert result.imported == 0 and [line for line, _e in result.rejected] == [5]
    assert search_people(session, "ерланов") == [] and search_people(session, "ким") == []


def test_a_file_refused_halfway_leaves_nothing_behind(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(people_import, "CHUNK_ROWS", 2)
    rows = "Ерланов;;\nКим;;\nЛи;;\nЦой;;\n".encode() + b"\xd0\n"  # a cut-off letter at the end
    error = _refusal(session, _csv(tmp_path, HEADER.encode() + rows))
    assert error.code == "import.encoding_at" and error.params["line"] == 6
    assert search_people(session, "ерланов") == []


def test_rejected_rows_beyond_a_thousand_are_counted_not_kept() -> None:
    reports: LineReports[AppError] = LineReports(
        lambda count: AppError("import.more_rejected", count=count), limit=3
    )
    for line in range(2, 12):
        reports.append((line, AppError("person.surname_required")))
    listed = list(reports)
    assert len(reports) == 10
    assert [line for line, _e in listed] == [2, 3, 4, 5]
    assert listed[-1][1].code == "import.more_rejected" and listed[-1][1].params == {"count": 7}


def test_two_imports_of_one_file_at_once_import_each_person_once(tmp_path: Path) -> None:
    db = make_db(tmp_path)
    rows = "".join(f"Тұрғынов{n};Әлібек;01.01.1980\n" for n in range(3_000))
    path = _csv(tmp_path, HEADER + rows)
    env = {
        **os.environ,
        "INSPECTOR_APP_DB": str(db),
        "INSPECTOR_APP_USER": "admin",
        "INSPECTOR_APP_PASSWORD": PASSWORD,
        "INSPECTOR_APP_LANG": "en",
    }
    command = [sys.executable, "-m", "inspector_app", "people", "import", str(path)]
    runs = [
        subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=300)[0].decode() for run in runs]
    imported = sorted(int(out.splitlines()[0].split("\t")[1]) for out in outputs)
    assert imported == [0, 3_000]
    assert sorted(run.returncode for run in runs) == [0, 3]
    session = open_session(db, "admin", PASSWORD, "en")
    try:
        assert session.store.count("person") == 3_000
    finally:
        session.close()
