"""Reading the .xlsx and .csv sheets sites keep, into plain rows of text."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cached_property
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
    """A sheet's rows as text (``grid``, every row as wide as the widest, a merged cell's value in every
    cell it covers) and which of them is the header; ``rows`` are the rows under it and ``first_row``
    is the spreadsheet row of rows[0]. ``no_value`` holds the (grid row, column) of formula cells
    saved without their result. Another header row is :meth:`with_header`, without reading again."""

    name: str
    grid: tuple[tuple[str, ...], ...]
    header_index: int
    no_value: frozenset[tuple[int, int]] = frozenset()

    @property
    def headers(self) -> tuple[str, ...]:
        return self.grid[self.header_index]

    @cached_property
    def rows(self) -> tuple[tuple[str, ...], ...]:
        return self.grid[self.header_index + 1:]

    @property
    def first_row(self) -> int:
        return self.header_index + 2

    @classmethod
    def of(cls, name: str, headers: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> Sheet:
        """A sheet whose header is its first row (spreadsheet row 1) and ``rows`` under it."""
        return cls(name, (headers, *rows), 0)

    def with_header(self, index: int) -> Sheet:
        """The same sheet with grid row ``index`` (0-based) as its header."""
        return replace(self, header_index=max(0, min(index, len(self.grid) - 1)))

    def lacks_value(self, index: int, column: int) -> bool:
        """True if data row ``index``'s cell in ``column`` is a formula saved without its result."""
        return bool(self.no_value) and (self.header_index + 1 + index, column) in self.no_value


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


Progress = Callable[[int, int], None]
"""Told (done, total) now and then during a long read, plan or commit; it may raise to stop it."""

PROGRESS_EVERY = 500


def read_sheet(path: str | Path, looks_like_header: Callable[[tuple[str, ...]], bool] | None = None,
               progress: Progress | None = None) -> Sheet:
    """The first worksheet of an .xlsx, or a .csv in UTF-8 or GB18030 (Excel's Chinese default).

    The header is the first row ``looks_like_header`` accepts among the first rows (under title rows),
    else the first row that is not empty."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _fail(MSG_NO_FILE, name=name, reason=exc.strerror or str(exc)) from exc
    if size > MAX_FILE_BYTES:
        raise _fail(MSG_TOO_BIG, size=round(size / 1048576, 1), max=MAX_FILE_BYTES // 1048576)
    suffix = path.suffix.lower()
    no_value: set[tuple[int, int]] = set()
    if suffix in (".xlsx", ".xlsm"):
        raw_rows = _read_xlsx(path, no_value, progress)
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
    width = max(len(r) for r in rows)
    if width > MAX_COLUMNS:
        raise _fail(MSG_TOO_MANY_COLUMNS, max=MAX_COLUMNS)
    grid = [r + ("",) * (width - len(r)) for r in rows]
    while grid and not any(grid[-1]):
        grid.pop()
    if looks_like_header is not None:
        start = next((i for i in range(start, min(len(grid), start + HEADER_SEARCH_ROWS))
                      if looks_like_header(grid[i])), start)
    if start >= len(grid) - 1:
        raise _fail(MSG_EMPTY, name=name)
    return Sheet(name, tuple(grid), start, frozenset(no_value))


HEADER_SEARCH_ROWS = 30
_MERGE = re.compile(rb'<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
_CELL = re.compile(rb'<c\b([^>]*?)(?:/>|>(.*?)</c>)', re.DOTALL)
_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')


def _column_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n - 1


def _sheet_extras(xml: bytes, rows: list[list], no_value: set[tuple[int, int]]) -> None:
    """Fill merged ranges with their top-left value and note formulas saved without a result, from the
    worksheet's XML (openpyxl's fast read-only mode gives neither)."""
    for m in _MERGE.finditer(xml):
        c1, r1, c2, r2 = _column_index(m[1]), int(m[2]) - 1, _column_index(m[3]), int(m[4]) - 1
        if r1 >= len(rows) or c2 > MAX_COLUMNS or r2 - r1 > MAX_ROWS:
            continue
        top = rows[r1]
        value = top[c1] if c1 < len(top) else None
        for r in range(r1, min(r2, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= c2:
                row.extend([None] * (c2 + 1 - len(row)))
            for c in range(c1, c2 + 1):
                row[c] = value
    if b"<f" not in xml:
        return
    for m in _CELL.finditer(xml):
        body = m[2]
        if not body or b"<f" not in body:
            continue
        v = re.search(rb"<v>(.+?)</v>", body, re.DOTALL)
        if v is None:
            ref = _REF.search(m[1])
            if ref is not None:
                no_value.add((int(ref[2]) - 1, _column_index(ref[1])))


def _read_xlsx(path: Path, no_value: set[tuple[int, int]], progress: Progress | None = None) -> list:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, EOFError) as exc:
        raise _fail(MSG_NOT_XLSX, name=path.name) from exc
    try:
        ws = wb.worksheets[0]
        rows: list[list] = []
        total = min(getattr(ws, "max_row", None) or 0, MAX_ROWS)
        for i, row in enumerate(ws.iter_rows(values_only=True)):
            if i > MAX_ROWS:
                raise _fail(MSG_TOO_MANY_ROWS, max=MAX_ROWS)
            if progress is not None and i % PROGRESS_EVERY == 0:
                progress(i, max(total, i))
            if len(row) > MAX_COLUMNS:
                row = row[:MAX_COLUMNS + 1]
            rows.append(list(row))
        source = getattr(ws, "_get_source", None)
        if source is not None:
            with source() as f:
                _sheet_extras(f.read(), rows, no_value)
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
