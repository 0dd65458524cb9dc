"""Reading the .xlsx and .csv sheets sites keep, into plain rows of text."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from deskapp.domain.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
MAX_COLUMNS = 60

MSG_NO_FILE = QT_TRANSLATE_NOOP("errors", "The file {name} cannot be opened: {reason}")
MSG_TOO_BIG = QT_TRANSLATE_NOOP("errors", "The file is {size} MB; at most {max} MB can be imported.")
MSG_TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "errors", "The sheet has more than {max} rows; split it into smaller files."
)
MSG_TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP("errors", "The sheet has more than {max} columns; is it the right sheet?")
MSG_NOT_XLSX = QT_TRANSLATE_NOOP("errors", "{name} is not a readable Excel .xlsx workbook.")
MSG_OLD_XLS = QT_TRANSLATE_NOOP(
    "errors", "{name} is in the old Excel .xls format: open it in Excel, save it as .xlsx and import that."
)
MSG_NOT_SHEET = QT_TRANSLATE_NOOP(
    "errors", "{name} is not a spreadsheet: choose an Excel .xlsx or a .csv file."
)
MSG_NOT_TEXT = QT_TRANSLATE_NOOP("errors", "{name} is not a text .csv file (it contains binary data).")
MSG_EMPTY = QT_TRANSLATE_NOOP("errors", "{name} has no rows to import.")


@dataclass(frozen=True)
class Sheet:
    """A sheet's header and data rows as text; ``first_row`` is the spreadsheet row of rows[0]."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    first_row: int


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # phone numbers typed into a numeric cell
    return str(value).strip()


def _fail(message: str, **params: object) -> ValidationError:
    return ValidationError.single("file", message, **params)


def read_sheet(path: str | Path) -> Sheet:
    """The first worksheet of an .xlsx, or a .csv in UTF-8 or GB18030 (Excel's Chinese default)."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _fail(MSG_NO_FILE, name=name, reason=exc.strerror or str(exc)) from exc
    if size > MAX_FILE_BYTES:
        raise _fail(MSG_TOO_BIG, size=round(size / 1048576, 1), max=MAX_FILE_BYTES // 1048576)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raw_rows = _read_xlsx(path)
    elif suffix in (".csv", ".txt"):
        raw_rows = _read_csv(path)
    elif suffix == ".xls":
        raise _fail(MSG_OLD_XLS, name=name)
    else:
        raise _fail(MSG_NOT_SHEET, name=name)
    rows = [tuple(_cell_text(v) for v in r) for r in raw_rows]
    start = next((i for i, r in enumerate(rows) if any(r)), None)
    if start is None:
        raise _fail(MSG_EMPTY, name=name)
    headers = rows[start]
    width = max(len(r) for r in rows)
    if width > MAX_COLUMNS:
        raise _fail(MSG_TOO_MANY_COLUMNS, max=MAX_COLUMNS)
    data = [r + ("",) * (width - len(r)) for r in rows[start + 1:]]
    while data and not any(data[-1]):
        data.pop()
    if not data:
        raise _fail(MSG_EMPTY, name=name)
    headers = headers + ("",) * (width - len(headers))
    return Sheet(name, headers, tuple(data), start + 2)


def _read_xlsx(path: Path) -> list[tuple]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, EOFError) as exc:
        raise _fail(MSG_NOT_XLSX, name=path.name) from exc
    try:
        ws = wb.worksheets[0]
        rows = []
        for i, row in enumerate(ws.iter_rows(values_only=True)):
            if i > MAX_ROWS:
                raise _fail(MSG_TOO_MANY_ROWS, max=MAX_ROWS)
            if len(row) > MAX_COLUMNS:
                row = row[:MAX_COLUMNS + 1]
            rows.append(tuple(row))
        return rows
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError) as exc:
        raise _fail(MSG_NOT_XLSX, name=path.name) from exc
    finally:
        wb.close()


def _read_csv(path: Path) -> list[tuple]:
    data = path.read_bytes()
    if b"\x00" in data[:65536]:
        raise _fail(MSG_NOT_TEXT, name=path.name)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise _fail(MSG_NOT_TEXT, name=path.name)
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = []
    for i, row in enumerate(csv.reader(io.StringIO(text), dialect)):
        if i > MAX_ROWS:
            raise _fail(MSG_TOO_MANY_ROWS, max=MAX_ROWS)
        rows.append(tuple(row))
    return rows
