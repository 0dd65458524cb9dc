"""Any list to an ``.xlsx`` workbook, streamed: the rows go to disk as they come, so a million rows
export in bounded memory (issue #14).

* Cells are typed: a ``datetime`` (stored naive UTC) is shown in this PC's local time, as the app
  shows it, with a date-time format; a ``date`` with a date format; numbers as numbers; text as text,
  never as a formula (a name typed as ``=HYPERLINK(…)`` stays that text: formula injection), with
  the control characters XML cannot hold taken out and cut at Excel's 32,767 characters a cell.
* The header is bold and frozen; column widths come from the titles and the first rows (a CJK
  character counts two).
* Past Excel's 1,048,576 rows a sheet, the rows continue on a second sheet ("Passes (2)") under
  the same header: nothing is refused or lost.
* A last small sheet says what was exported: the list, its filter, who, when, how many rows.
* The workbook is written to a temporary file beside the target and renamed at the end, so the
  chosen name never holds half a file; cancelled (``progress`` returned False) or failed, the
  temporary files are removed and nothing is left behind.

No Qt here: the UI runs :func:`write_xlsx` on a worker thread and turns ``progress`` into its bar.
"""

from __future__ import annotations

import contextlib
import errno
import math
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from deskapp.domain.errors import QT_TRANSLATE_NOOP, DeskError

MSG_FILE_IN_USE = QT_TRANSLATE_NOOP(
    "errors", "{file} could not be written: it is open in another program (Excel?) or the folder is read-only. "
    "Close it, or choose another name.")
MSG_DISK_FULL = QT_TRANSLATE_NOOP("errors", "{file} could not be written: the disk is full.")
MSG_NOT_WRITTEN = QT_TRANSLATE_NOOP("errors", "{file} could not be written: {reason}")

EXCEL_MAX_ROWS = 1_048_576  # rows a sheet holds, the header included
ROWS_PER_SHEET = EXCEL_MAX_ROWS - 1
CELL_MAX = 32_767  # characters a cell holds (UTF-16 code units)
SHEET_TITLE_MAX = 31
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "hh:mm"
SAMPLE_ROWS = 200  # the first rows the column widths are measured on
WIDTH_MIN, WIDTH_MAX = 6, 60
PROGRESS_EVERY = 1000  # rows between two calls of ``progress``

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udfff]")
_SHEET_ILLEGAL = re.compile(r"[\\/*?:\[\]\x00-\x1f]")
_FORMULA_START = ("=", "+", "-", "@")


class ExportError(DeskError):
    """The workbook could not be written (file open in Excel, disk full, …); nothing was left behind."""


@dataclass(frozen=True)
class ExportInfo:
    """What was exported, for the workbook's last sheet: the list's name (also the sheet's title),
    its filter in words, who exported it and when (naive UTC)."""

    list_name: str
    filter_text: str = ""
    who: str = ""
    at: datetime | None = None
    labels: tuple[str, str, str, str, str, str] = ("List", "Filter", "Exported by", "Exported at", "Rows",
                                                   "About this export")  # translated by the caller


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    sheets: int  # data sheets (more than one past Excel's row limit)
    cancelled: bool = False


def write_xlsx(path: str | Path, titles: Sequence[str], rows: Iterable[Sequence[Any]], *, info: ExportInfo,
               progress: Callable[[int], bool] | None = None, rows_per_sheet: int = ROWS_PER_SHEET) -> ExportResult:
    """Write ``rows`` (typed values, one per title) under ``titles`` to ``path``; ``progress(rows_done)``
    is called every thousand rows and at the end, and cancels when it returns False (the result says
    ``cancelled``, and no file is left). Raises :class:`ExportError` when the file cannot be written."""
    from openpyxl import Workbook

    target = Path(path)
    wb = Workbook(write_only=True)
    tmp: Path | None = None
    done = 0
    sheets: list[Any] = []
    try:
        fd, name = tempfile.mkstemp(prefix=f".~{target.stem[:40]}-", suffix=".xlsx.part", dir=target.parent)
        os.close(fd)
        tmp = Path(name)
        it = iter(rows)
        sample = _take(it, SAMPLE_ROWS)
        widths = column_widths(titles, sample)
        cells = _CellMaker(wb)
        ws = None
        for row in _chain(sample, it):
            if ws is None or (done and done % rows_per_sheet == 0):
                ws = _data_sheet(wb, info.list_name, len(sheets) + 1, titles, widths, cells)
                sheets.append(ws)
            ws.append([cells.cell(ws, v) for v in row])
            done += 1
            if progress is not None and done % PROGRESS_EVERY == 0 and not progress(done):
                _discard(wb)
                return ExportResult(target, done, len(sheets), cancelled=True)
        if ws is None:
            sheets.append(_data_sheet(wb, info.list_name, 1, titles, widths, cells))
        _info_sheet(wb, info, done, cells)
        if progress is not None and not progress(done):
            _discard(wb)
            return ExportResult(target, done, len(sheets), cancelled=True)
        wb.save(tmp)
        os.replace(tmp, target)  # Windows: PermissionError while the target is open in Excel
        tmp = None
        return ExportResult(target, done, len(sheets))
    except OSError as exc:
        _discard(wb)
        raise _known(exc, target) from exc
    except BaseException:
        _discard(wb)
        raise
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _known(exc: OSError, target: Path) -> ExportError:
    if isinstance(exc, PermissionError):
        return ExportError(MSG_FILE_IN_USE, file=target.name)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return ExportError(MSG_DISK_FULL, file=target.name)
    return ExportError(MSG_NOT_WRITTEN, file=target.name, reason=exc.strerror or str(exc))


def _take(it, n: int) -> list:
    out = []
    for row in it:
        out.append(row)
        if len(out) >= n:
            break
    return out


def _chain(first: list, rest):
    yield from first
    first.clear()  # the sample is not held while the rest streams
    yield from rest


def _discard(wb) -> None:
    """Drop a write-only workbook unsaved: openpyxl keeps each sheet in a temporary file of its own."""
    for ws in list(getattr(wb, "_sheets", [])):
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            if getattr(ws, "_rows", None) is not None:
                ws._rows.close()
            writer.close()
        with contextlib.suppress(Exception):
            writer.cleanup()


def sheet_title(name: str, number: int = 1) -> str:
    """A valid sheet title from the list's name: no ``\\ / * ? : [ ]``, at most 31 characters; the
    continuation sheets numbered "Passes (2)"."""
    base = _SHEET_ILLEGAL.sub(" ", name).strip().strip("'") or "Sheet"
    suffix = f" ({number})" if number > 1 else ""
    return base[:SHEET_TITLE_MAX - len(suffix)] + suffix


def _data_sheet(wb, name: str, number: int, titles: Sequence[str], widths: Sequence[float], cells: _CellMaker):
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(sheet_title(name, number))
    ws.freeze_panes = "A2"
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.append([cells.header(ws, t) for t in titles])
    return ws


def _info_sheet(wb, info: ExportInfo, rows: int, cells: _CellMaker) -> None:
    ws = wb.create_sheet(sheet_title(info.labels[5]))
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 60
    at = info.at if info.at is not None else datetime.now(UTC).replace(tzinfo=None)
    for label, value in zip(info.labels[:5], (info.list_name, info.filter_text, info.who, at, rows), strict=True):
        ws.append([cells.header(ws, label), cells.cell(ws, value)])


class _CellMaker:
    """Typed cells; plain values where openpyxl writes them right by itself (the fast path)."""

    def __init__(self, wb) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        self._cell_type = WriteOnlyCell
        self._bold = Font(bold=True)

    def header(self, ws, title: str):
        c = self._cell_type(ws, value=clean_text(title))
        c.font = self._bold
        return c

    def cell(self, ws, value: Any):
        if value is None or isinstance(value, bool):
            return value
        if isinstance(value, str):
            text = clean_text(value)
            if text.startswith(_FORMULA_START):
                c = self._cell_type(ws, value=text)
                c.data_type = "s"  # openpyxl reads a leading "=" as a formula
                c.quotePrefix = True  # and Excel keeps it text when the cell is edited
                return c
            return text
        if isinstance(value, datetime):
            try:
                local = excel_local(value)
            except (OverflowError, ValueError):  # past the calendar's end in local time: the text, as stored
                return clean_text(str(value))
            c = self._cell_type(ws, value=local)
            c.number_format = DATETIME_FORMAT
            return c
        if isinstance(value, date):
            c = self._cell_type(ws, value=value)
            c.number_format = DATE_FORMAT
            return c
        if isinstance(value, time):
            c = self._cell_type(ws, value=value)
            c.number_format = TIME_FORMAT
            return c
        if isinstance(value, int):
            return value if abs(value) < 10**15 else str(value)  # past 15 digits Excel rounds: keep the text
        if isinstance(value, float | Decimal):
            return value if math.isfinite(value) else str(value)
        return clean_text(str(value))


def excel_local(value: datetime) -> datetime:
    """A stored time (naive UTC) as this PC's local wall-clock time, as the app shows it; one with
    a zone is converted too. Excel has no zones: the cell holds the local time, without seconds'
    fractions."""
    aware = value.replace(tzinfo=UTC) if value.tzinfo is None else value
    return aware.astimezone().replace(tzinfo=None, microsecond=0)


def clean_text(text: str) -> str:
    """Text a cell can hold: no control characters XML refuses (NUL, …), no lone surrogates, at most
    Excel's 32,767 UTF-16 code units (an emoji counts two)."""
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    if len(text) > CELL_MAX // 2 and len(text.encode("utf-16-le")) // 2 > CELL_MAX:
        units = 0
        for i, ch in enumerate(text):
            units += 2 if ord(ch) > 0xFFFF else 1
            if units > CELL_MAX - 1:
                return text[:i] + "…"
    return text


def text_width(text: str) -> int:
    """How many Latin characters wide ``text`` shows: a CJK (wide) character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def shown_width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return len("2026-11-27 18:30")
    if isinstance(value, date):
        return len("2026-11-27")
    if isinstance(value, str):
        return text_width(value[:WIDTH_MAX * 2])
    return len(str(value))


def column_widths(titles: Sequence[str], sample: Sequence[Sequence[Any]]) -> list[float]:
    """Each column as wide as its title and the widest of the sample's cells, within 6…60."""
    widths = [text_width(t) for t in titles]
    for row in sample:
        for i, value in enumerate(row[:len(widths)]):
            widths[i] = max(widths[i], shown_width(value))
    return [float(min(WIDTH_MAX, max(WIDTH_MIN, w + 2))) for w in widths]


__all__ = ["ExportError", "ExportInfo", "ExportResult", "clean_text", "column_widths", "write_xlsx"]
