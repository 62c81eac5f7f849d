"""Reading people lists as Excel and office users write them: CSV in UTF-8 or Windows-1251,
with `,` or `;`, or XLSX. The file is hostile until checked: only a regular file is opened,
the bytes read are counted and capped, the encoding and delimiter are detected, and rows are
yielded one by one with their line numbers for plain error reports, so memory stays the same
whatever the file's size."""

from __future__ import annotations

import csv
import io
import itertools
import os
import re
import stat
import struct
import zipfile
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from inspector_app.domain.errors import AppError

MIB = 1024 * 1024
# The bytes read from a file, whatever its size claims (a device, a growing file). 50 MB of CSV
# is about 500,000 people: a region's list, far beyond what one import of a precinct or a
# district needs. Memory no longer depends on it (rows stream); it bounds how long an import
# holds the database.
MAX_BYTES = 50 * MIB
MAX_ROWS = 2_000_000
# One line of a CSV file: a row of people is a few hundred bytes; a longer line is a damaged
# file or no CSV at all, and is refused before it is held in memory.
MAX_LINE_BYTES = 256 * 1024
# A cell holds at most this many characters (the csv module's own limit is 131,072): a longer
# one is an unclosed quote that swallowed the lines after it, or a damaged file.
MAX_CELL = 10_000
# Excel writes a line break in a cell for Alt+Enter; an address may have a few of them.
MAX_ADDRESS_LINES = 4
# The encoding is decided from this much of the file, from its first line that is not ASCII.
SAMPLE_BYTES = 64 * 1024
# An XLSX is a zip. What it unpacks to is capped from the sizes its directory declares (the
# zip reader never unpacks a member beyond its declared size); a sheet of 500,000 rows of
# eleven columns unpacks to about 150 MB.
MAX_UNPACKED = 256 * MIB
# Parts other than worksheets (shared strings, styles) are read whole into memory by openpyxl,
# at about three times their size: 12 MB of shared strings are some 330,000 distinct names.
MAX_PART = 12 * MIB
MAX_MEMBERS = 1_000  # an XLSX from Excel has a dozen
MAX_DIRECTORY = 256 * 1024  # the zip directory is read whole, as objects of some 400 bytes each
MAX_CELLS = 20_000_000  # counted as read: a sheet's rows may be padded to 16,384 columns
# Characters no name or address holds (tab is read as a separator by then): a sign of a
# binary or damaged file.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_BREAK = re.compile(r"[\r\n]")
_LINE_END = re.compile(rb"\r\n|\r|\n")
# One well-formed UTF-8 sequence of two to four bytes.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_NOT_ASCII = re.compile(rb"[\x80-\xff]")
_UTF8_BOM = b"\xef\xbb\xbf"
_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"

# Column names people write, in Russian, Kazakh and English, mapped to the field they mean.
HEADERS: dict[str, str] = {
    "surname": "surname",
    "фамилия": "surname",
    "тегі": "surname",
    "фамилиясы": "surname",
    "name": "name",
    "имя": "name",
    "аты": "name",
    "patronymic": "patronymic",
    "отчество": "patronymic",
    "әкесінің аты": "patronymic",
    "атасынын аты": "patronymic",
    "birth_date": "birth_date",
    "дата рождения": "birth_date",
    "туған күні": "birth_date",
    "birth date": "birth_date",
    "sex": "sex",
    "пол": "sex",
    "жынысы": "sex",
    "id_number": "id_number",
    "иин": "id_number",
    "пин": "id_number",
    "жсн": "id_number",
    "ижн": "id_number",
    "iin": "id_number",
    "pin": "id_number",
    "phone": "phone",
    "телефон": "phone",
    "address": "address",
    "адрес": "address",
    "мекенжай": "address",
    "дарек": "address",
}


# The fields a column can be matched to, in the order a form shows them.
FIELDS: tuple[str, ...] = tuple(dict.fromkeys(HEADERS.values()))

# How the header's cells become fields: the file's own names (`match_header`, refusing a name
# it does not know) or a person's choice of them (the import window).
ColumnMatch = Callable[[list[str]], list[str | None]]


@dataclass(frozen=True)
class Row:
    line: int  # as a spreadsheet shows it: the header is line 1
    values: dict[str, str | None]
    problem: AppError | None = None  # the row cannot be read as it is: it is rejected


@dataclass(frozen=True)
class _Record:
    """The cells of one row, and the lines of the file it was read from (one, but for a CSV
    cell in quotes that holds line breaks)."""

    first_line: int
    last_line: int
    cells: list[str]


# --- opening ----------------------------------------------------------------------------------


class _CountedFile(io.RawIOBase):
    """A regular file whose bytes are counted as they are read: past `limit`, it is refused,
    whatever size the file claims."""

    def __init__(self, raw: io.FileIO, limit: int) -> None:
        super().__init__()
        self._raw = raw
        self.limit = limit
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return self._raw.seek(offset, whence)

    def tell(self) -> int:
        return self._raw.tell()

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        count = self._raw.readinto(buffer) or 0
        self.read_bytes += count
        if self.read_bytes > self.limit:
            raise AppError("import.too_big", maximum=MAX_BYTES // MIB)
        return count

    def close(self) -> None:
        self._raw.close()
        super().close()


def _open_regular(path: Path) -> io.FileIO:
    """The file opened for reading, if it is a regular file. Opened without waiting (a FIFO
    would block `open` until something writes to it), then checked on the open descriptor, so
    the file cannot be swapped between the check and the read."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    nonblocking = getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags | nonblocking)
    except OSError as exc:
        raise AppError(
            "import.unreadable", path=str(path), reason=exc.strerror or str(exc)
        ) from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise AppError("import.not_a_file", path=str(path))
        if info.st_size > MAX_BYTES:  # refused at once when the size says so
            raise AppError("import.too_big", maximum=MAX_BYTES // MIB)
        if nonblocking:
            os.set_blocking(descriptor, True)
        return io.FileIO(descriptor, "rb", closefd=True)
    except BaseException:
        os.close(descriptor)
        raise


def read_table(path: Path, match: ColumnMatch | None = None) -> Generator[Row, None, None]:
    """The rows of a CSV or XLSX file one by one, after the header; the file is checked for
    kind, size, encoding and shape as it is read, and refused (AppError) where it fails.
    `match` turns the header's cells into fields. Close the iterator when stopping early: it
    holds the file open."""
    match = match or match_header
    counted = _CountedFile(_open_regular(path), MAX_BYTES)
    with io.BufferedReader(counted, buffer_size=SAMPLE_BYTES) as source:
        try:
            head = source.peek(4096)[:4096]
        except OSError as exc:
            raise AppError(
                "import.unreadable", path=str(path), reason=exc.strerror or str(exc)
            ) from None
        if head.startswith(b"PK\x03\x04"):
            # a zip reader goes back to the directory, and reads the start of a sheet twice
            counted.limit = 2 * MAX_BYTES
            yield from read_xlsx(source, path, match)
        elif b"\x00" in head:  # UTF-16, or not text at all
            raise AppError("import.format", path=str(path))
        else:
            yield from read_csv(source, match)


# --- rows of cells ----------------------------------------------------------------------------


def _header_field(cell: str) -> str | None:
    return HEADERS.get(" ".join(cell.replace("\ufeff", "").strip().casefold().split()))


def guess_columns(cells: list[str]) -> list[str | None]:
    """The field each header cell names, None where the name is not known."""
    return [_header_field(c) for c in cells]


def check_columns(cells: list[str], fields: list[str | None]) -> None:
    """Refuse a match without a surname, or with two columns for one field."""
    if "surname" not in fields:
        raise AppError("import.no_header")
    seen: set[str] = set()
    for cell, mapped in zip(cells, fields, strict=True):
        if mapped is not None and mapped in seen:  # one would silently overwrite the other
            raise AppError("import.duplicate_column", column=cell.strip())
        if mapped is not None:
            seen.add(mapped)


def match_header(cells: list[str]) -> list[str | None]:
    """The file's own column names, every one known (the command line's rule)."""
    fields = guess_columns(cells)
    check_columns(cells, fields)
    for cell, mapped in zip(cells, fields, strict=True):
        if mapped is None and cell.strip():
            raise AppError(
                "import.unknown_column",
                column=cell.strip(),
                known=", ".join(dict.fromkeys(HEADERS.values())),
            )
    return fields


def _check_line_breaks(record: _Record, header: list[str | None]) -> None:
    """A CSV row over several lines is an Alt+Enter in an address, or a quote left open that
    swallowed the lines after it into one cell: anything else than a short address is the
    latter, refused where the row began."""
    for index, cell in enumerate(record.cells):
        if not _LINE_BREAK.search(cell):
            continue
        field = header[index] if index < len(header) else None
        if field != "address" or len(cell.splitlines()) > MAX_ADDRESS_LINES:
            raise AppError("import.unclosed_quote", line=record.first_line)


def _rows_from_records(records: Iterable[_Record], match: ColumnMatch) -> Iterator[Row]:
    header: list[str | None] | None = None
    # every row counts, blank ones too: they cost reading time all the same
    for number, record in enumerate(records, start=1):
        if number > MAX_ROWS:
            raise AppError("import.too_many_rows", maximum=MAX_ROWS)
        cells = record.cells
        if record.last_line > record.first_line:
            _check_line_breaks(record, header or [])
        if any(len(cell) > MAX_CELL for cell in cells):
            raise AppError("import.cell_too_long", line=record.first_line, maximum=MAX_CELL)
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            header = match(cells)
            continue
        values: dict[str, str | None] = {}
        for field, cell in zip(header, cells, strict=False):
            if field is not None:
                values[field] = cell.strip() or None
        problem = None
        if any(c.strip() for c in cells[len(header) :]):
            problem = AppError("import.extra_cells")
        elif any(_CONTROL.search(c) for c in cells):
            problem = AppError("import.control_chars")
        yield Row(number, values, problem)
    if header is None:
        raise AppError("import.empty")


# --- CSV --------------------------------------------------------------------------------------


def _binary_lines(source: IO[bytes]) -> Iterator[bytes]:
    """The file's lines with their endings: \r\n (Windows), \n, or a lone \r (old Macs)."""
    number = 0
    pending = b""
    while True:
        block = source.read(SAMPLE_BYTES)
        data = pending + block
        start = 0
        for match in _LINE_END.finditer(data):
            if block and match.end() == len(data) and match.group() == b"\r":
                break  # the next block may begin with the \n of this \r
            number += 1
            yield data[start : match.end()]
            start = match.end()
        pending = data[start:]
        if len(pending) > MAX_LINE_BYTES:
            raise AppError("import.malformed", line=number + 1)
        if not block:
            if pending:
                yield pending
            return


def _mostly_utf8(sample: bytes) -> bool:
    """Whether text that is not all ASCII is UTF-8: more well-formed UTF-8 sequences than
    stray bytes. Windows-1251 Russian makes a well-formed pair only by chance (an upper-case
    letter before «ё»), and a stray byte in UTF-8 text is one among many sequences."""
    sequences = _UTF8_SEQUENCE.findall(sample)
    stray = len(_NOT_ASCII.findall(sample)) - sum(map(len, sequences))
    return len(sequences) > stray


def _decoded_lines(source: IO[bytes]) -> Iterator[str]:
    """The file's lines as text, each line for itself, so an undecodable byte is reported
    with its line and position. ASCII reads the same in both encodings: the choice is made at
    the first line that is not ASCII, from a block of the file beginning there."""
    lines = _binary_lines(source)
    encoding = "ascii"
    for number, line in enumerate(lines, start=1):
        if number == 1 and line.startswith(_UTF8_BOM):
            encoding = "utf-8"
            yield _decode_line(line[len(_UTF8_BOM) :], encoding, number, len(_UTF8_BOM))
            continue
        if encoding == "ascii" and not line.isascii():
            sample = [line]
            size = len(line)
            for more in lines:
                sample.append(more)
                size += len(more)
                if size >= SAMPLE_BYTES:
                    break
            encoding = "utf-8" if _mostly_utf8(b"".join(sample)) else "cp1251"
            for offset, held in enumerate(sample):
                yield _decode_line(held, encoding, number + offset)
            yield from (
                _decode_line(rest, encoding, at)
                for at, rest in enumerate(lines, start=number + len(sample))
            )
            return
        yield _decode_line(line, encoding, number)


def _decode_line(line: bytes, encoding: str, number: int, skipped: int = 0) -> str:
    try:
        return line.decode(encoding)
    except UnicodeDecodeError as exc:
        byte = skipped + exc.start + 1  # counted from 1, as an editor counts columns
        raise AppError("import.encoding_at", line=number, byte=byte) from None


def read_csv(source: IO[bytes], match: ColumnMatch = match_header) -> Iterator[Row]:
    lines = _decoded_lines(source)
    skipped = 0  # blank lines before the first one with text, which tells the delimiter
    first = ""
    for line in lines:
        if line.strip():
            first = line
            break
        skipped += 1
        if skipped > MAX_ROWS:
            raise AppError("import.too_many_rows", maximum=MAX_ROWS)
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(itertools.chain([first] if first else [], lines), delimiter=delimiter)

    def records() -> Iterator[_Record]:
        yield from (_Record(n, n, []) for n in range(1, skipped + 1))
        while True:
            start = skipped + reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error:  # a cell beyond the csv module's limit, a NUL byte
                end = skipped + reader.line_num
                if end > start:
                    raise AppError("import.unclosed_quote", line=start) from None
                raise AppError("import.malformed", line=end) from None
            yield _Record(start, skipped + reader.line_num, cells)

    yield from _rows_from_records(records(), match)


# --- XLSX -------------------------------------------------------------------------------------


def _check_zip_directory(source: IO[bytes]) -> None:
    """Refuse a zip whose directory alone would cost memory: the zip reader loads all of it
    (a million tiny members fit in a small file). Read as the zip reader finds it: the
    end-of-directory record at the very end, or before a comment of at most 64 KB."""
    size = source.seek(0, os.SEEK_END)
    tail_size = min(size, 22 + 65_535)
    source.seek(size - tail_size)
    tail = source.read(tail_size)
    at = len(tail) - 22 if tail[-22:-18] == b"PK\x05\x06" else tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise zipfile.BadZipFile("no end of directory")
    directory_size = struct.unpack("<L", tail[at + 12 : at + 16])[0]
    # a ZIP64 locator before the record would replace its sizes: a people list never needs it
    record_at = size - tail_size + at
    source.seek(max(record_at - 20, 0))
    zip64 = record_at >= 20 and source.read(4) == b"PK\x06\x07"
    if zip64 or directory_size > MAX_DIRECTORY:
        raise AppError("import.xlsx_structure")
    source.seek(0)


def _worksheet_parts(archive: zipfile.ZipFile) -> set[str]:
    """The parts [Content_Types].xml calls worksheets: openpyxl streams those; any other part
    it reads whole."""
    from openpyxl.packaging.manifest import Manifest
    from openpyxl.xml.functions import fromstring

    manifest = Manifest.from_tree(fromstring(archive.read("[Content_Types].xml")))
    return {
        item.PartName.lstrip("/") for item in manifest.Override if item.ContentType == _WORKSHEET
    }


def _check_unpacked_sizes(archive: zipfile.ZipFile) -> None:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS or any(
        item.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) for item in members
    ):  # no spreadsheet program writes that
        raise AppError("import.xlsx_structure")
    if sum(item.file_size for item in members) > MAX_UNPACKED:
        raise AppError("import.unpacked_too_big", maximum=MAX_UNPACKED // MIB)
    content_types = archive.getinfo("[Content_Types].xml")
    if content_types.file_size > MAX_PART:
        raise AppError("import.unpacked_too_big", maximum=MAX_PART // MIB)
    worksheets = _worksheet_parts(archive)
    for item in members:
        if item.filename not in worksheets and item.file_size > MAX_PART:
            raise AppError("import.unpacked_too_big", maximum=MAX_PART // MIB)


def _xlsx_cells(rows: Iterable[tuple[object, ...]]) -> Iterator[_Record]:
    import datetime as dt

    read = 0
    for number, row in enumerate(rows, start=1):
        read += len(row)
        if read > MAX_CELLS:
            raise AppError("import.too_many_cells", maximum=MAX_CELLS)
        out = []
        for cell in row:
            if cell is None:
                out.append("")
                continue
            value = cell.date() if isinstance(cell, dt.datetime) else cell
            if isinstance(value, dt.date):
                out.append(value.strftime("%d.%m.%Y"))
            elif isinstance(value, float) and value.is_integer():
                out.append(str(int(value)))
            else:
                out.append(str(value))
        yield _Record(number, number, out)


def read_xlsx(source: IO[bytes], path: Path, match: ColumnMatch = match_header) -> Iterator[Row]:
    from openpyxl import load_workbook

    try:
        _check_zip_directory(source)
        with zipfile.ZipFile(source) as archive:
            _check_unpacked_sizes(archive)
        source.seek(0)
        workbook = load_workbook(source, read_only=True, data_only=True)
    except AppError:
        raise
    except (zipfile.BadZipFile, KeyError, struct.error):
        raise AppError("import.format", path=str(path)) from None
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise AppError("import.unreadable", path=str(path), reason=type(exc).__name__) from None
    try:
        if not workbook.worksheets:
            raise AppError("import.empty")
        sheet = workbook.worksheets[0]
        # rows as wide as their cells, not padded to the size the sheet claims to have
        sheet.reset_dimensions()
        yield from _rows_from_records(_xlsx_cells(sheet.iter_rows(values_only=True)), match)
    except AppError:
        raise
    except Exception as exc:  # a damaged sheet, found while reading it
        raise AppError("import.unreadable", path=str(path), reason=type(exc).__name__) from None
    finally:
        workbook.close()
