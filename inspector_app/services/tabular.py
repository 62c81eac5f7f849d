"""Reading people lists as Excel and office users write them: CSV in UTF-8 or Windows-1251,
with `,` or `;`, or XLSX. The file is hostile until checked: size capped, encoding and
delimiter detected, every row returned with its line number for plain error reports."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from inspector_app.domain.errors import AppError

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 2_000_000
MAX_UNPACKED = 400 * 1024 * 1024  # an XLSX is a zip: what it unpacks to is capped too
# Characters no name or address holds (tab is read as a separator by then): a sign of a
# binary or damaged file.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

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


@dataclass(frozen=True)
class Row:
    line: int  # as a spreadsheet shows it: the header is line 1
    values: dict[str, str | None]
    problem: AppError | None = None  # the row cannot be read as it is: it is rejected


def _header_field(cell: str) -> str | None:
    return HEADERS.get(" ".join(cell.replace("\ufeff", "").strip().casefold().split()))


def _map_header(cells: list[str]) -> list[str | None]:
    fields = [_header_field(c) for c in cells]
    if "surname" not in fields:
        raise AppError("import.no_header")
    seen: set[str] = set()
    for cell, mapped in zip(cells, fields, strict=True):
        if mapped is not None and mapped in seen:  # one would silently overwrite the other
            raise AppError("import.duplicate_column", column=cell.strip())
        if mapped is not None:
            seen.add(mapped)
    for cell, mapped in zip(cells, fields, strict=True):
        if mapped is None and cell.strip():
            raise AppError(
                "import.unknown_column",
                column=cell.strip(),
                known=", ".join(dict.fromkeys(HEADERS.values())),
            )
    return fields


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) when it decodes; otherwise the Windows-1251 of Russian Excel."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1251")
    except UnicodeDecodeError:
        raise AppError("import.encoding") from None


def _rows_from_cells(cell_rows: Iterator[list[str]]) -> Iterator[Row]:
    header: list[str | None] | None = None
    for number, cells in enumerate(cell_rows, start=1):
        if header is None:
            if not any(c.strip() for c in cells):
                continue
            header = _map_header(cells)
            continue
        if not any(c.strip() for c in cells):
            continue
        if number > MAX_ROWS:
            raise AppError("import.too_many_rows", maximum=MAX_ROWS)
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


def read_csv(data: bytes) -> Iterator[Row]:
    text = _decode(data)
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        yield from _rows_from_cells(iter(reader))
    except csv.Error:  # an unclosed quote, a cell beyond the csv module's limit
        raise AppError("import.malformed", line=reader.line_num) from None


def read_xlsx(path: Path) -> Iterator[Row]:
    import datetime as dt

    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(item.file_size for item in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise AppError("import.format", path=str(path)) from None
    if unpacked > MAX_UNPACKED:
        raise AppError("import.too_big", maximum=MAX_UNPACKED // (1024 * 1024))
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise AppError("import.unreadable", path=str(path), reason=type(exc).__name__) from None
    try:
        sheet = workbook.worksheets[0]

        def cells() -> Iterator[list[str]]:
            for row in sheet.iter_rows(values_only=True):
                out = []
                for cell in row:
                    value = cell.date() if isinstance(cell, dt.datetime) else cell
                    if isinstance(value, dt.date):
                        out.append(value.strftime("%d.%m.%Y"))
                    elif isinstance(value, float) and value.is_integer():
                        out.append(str(int(value)))
                    else:
                        out.append("" if value is None else str(value))
                yield out

        yield from _rows_from_cells(cells())
    finally:
        workbook.close()


def read_table(path: Path) -> list[Row]:
    """All rows of a CSV or XLSX file, checked for size, encoding and header first."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise AppError("import.too_big", maximum=MAX_BYTES // (1024 * 1024))
        with path.open("rb") as source:
            head = source.read(4)
            if head.startswith(b"PK\x03\x04"):
                return list(read_xlsx(path))
            source.seek(0)
            data = source.read()
    except OSError as exc:
        raise AppError(
            "import.unreadable", path=str(path), reason=exc.strerror or str(exc)
        ) from None
    if b"\x00" in data[:4096]:
        raise AppError("import.format", path=str(path))
    return list(read_csv(data))
