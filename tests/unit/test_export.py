"""The streaming .xlsx writer (issue #14): typed cells read back with openpyxl, text that never turns
into a formula, characters XML refuses, long and rare text, the frozen bold header and the widths,
continuation sheets past the row limit; cancel and failure leave no file, the chosen name never holds
half a file."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from deskapp.services import export
from deskapp.services.export import (
    CELL_MAX,
    ExportError,
    ExportInfo,
    clean_text,
    column_widths,
    write_xlsx,
)

INFO = ExportInfo("Move-out passes", "All passes · moving days 2026-11-01 to 2026-11-27", "8001 赵敏",
                  datetime(2026, 11, 27, 2, 0))
TITLES = ["Pass", "Issued", "Day", "People", "Area", "Fee", "Note"]


def local(utc: datetime) -> datetime:
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_cells_keep_their_types(tmp_path):
    target = tmp_path / "passes.xlsx"
    issued = datetime(2026, 11, 27, 1, 30)  # naive UTC, as stored
    rows = [("P00000001", issued, date(2026, 11, 28), 3, 88.5, Decimal("12.30"), "冰箱 1 台")]
    result = write_xlsx(target, TITLES, rows, info=INFO)
    assert (result.rows, result.sheets, result.cancelled) == (1, 1, False)
    wb = load_workbook(target)
    ws = wb.worksheets[0]
    assert ws.title == "Move-out passes"
    header = [c.value for c in ws[1]]
    assert header == TITLES and all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    cells = ws[2]
    assert cells[0].value == "P00000001" and cells[0].data_type == "s"
    assert isinstance(cells[1].value, datetime) and cells[1].value == local(issued)  # shown as the app shows it
    assert cells[1].number_format == "yyyy-mm-dd hh:mm"
    assert cells[2].value == datetime(2026, 11, 28) and cells[2].number_format == "yyyy-mm-dd"  # a date
    assert cells[3].value == 3 and cells[3].data_type == "n"
    assert cells[4].value == 88.5 and cells[5].value == pytest.approx(12.3) and cells[5].data_type == "n"
    assert cells[6].value == "冰箱 1 台"


def test_formula_like_text_stays_text(tmp_path):
    target = tmp_path / "visits.xlsx"
    evil = ['=HYPERLINK("http://x.example","点我")', "+86 138", "-1+2", "@SUM(A1)", "=1+1"]
    write_xlsx(target, ["Name"], [(t,) for t in evil], info=INFO)
    ws = load_workbook(target).worksheets[0]
    for cell, text in zip(list(ws.iter_rows(min_row=2, max_col=1)), evil, strict=True):
        assert cell[0].value == text and cell[0].data_type == "s"  # not "f": no formula
        assert cell[0].quotePrefix  # Excel keeps it text when the cell is edited
    # and in the file itself, no formula element at all
    import zipfile

    with zipfile.ZipFile(target) as z:
        assert b"<f>" not in z.read("xl/worksheets/sheet1.xml")


def test_control_characters_are_stripped_and_long_rare_text_kept(tmp_path):
    target = tmp_path / "calls.xlsx"
    rare = "𠮷野家 𪚥 👨‍👩‍👧 " * 3  # characters outside the BMP, a joined emoji
    long_text = "电梯异响" * 2500  # 10,000 characters
    rows = [("a\x00b\x07c\x1fd\tok\n", rare, long_text)]
    write_xlsx(target, ["Text", "Rare", "Long"], rows, info=INFO)
    ws = load_workbook(target).worksheets[0]
    assert ws["A2"].value == "abcd\tok\n"
    assert ws["B2"].value == rare
    assert ws["C2"].value == long_text and len(ws["C2"].value) == 10_000


def test_a_cell_is_cut_at_excel_s_limit():
    assert len(clean_text("x" * 40_000)) == CELL_MAX
    emoji = clean_text("😀" * 20_000)  # two UTF-16 units each: 16,383 fit
    assert len(emoji.encode("utf-16-le")) // 2 <= CELL_MAX and emoji.endswith("…")


def test_widths_come_from_titles_and_the_first_rows_cjk_counting_double(tmp_path):
    assert column_widths(["No."], [("ab",)]) == [6.0]  # at least 6
    assert column_widths(["Name"], [("王建国",)]) == [8.0]  # 3 wide characters = 6, and a margin of 2
    assert column_widths(["Content"], [("x" * 500,)]) == [60.0]  # at most 60
    target = tmp_path / "w.xlsx"
    write_xlsx(target, ["Unit", "Applicant"], [("3-2-1502", "搬家公司王建国先生")], info=INFO)
    ws = load_workbook(target).worksheets[0]
    assert ws.column_dimensions["A"].width == 10.0  # "3-2-1502": 8 + 2
    assert ws.column_dimensions["B"].width == 20.0  # 9 wide characters: 18 + 2


def test_the_about_sheet_says_what_was_exported(tmp_path):
    target = tmp_path / "a.xlsx"
    write_xlsx(target, ["A"], [(1,), (2,)], info=INFO)
    wb = load_workbook(target)
    assert wb.sheetnames == ["Move-out passes", "About this export"]
    about = dict(wb["About this export"].iter_rows(values_only=True))
    assert about["List"] == "Move-out passes" and about["Filter"].startswith("All passes")
    assert about["Exported by"] == "8001 赵敏" and about["Rows"] == 2
    assert about["Exported at"] == local(datetime(2026, 11, 27, 2, 0))


def test_an_empty_list_still_has_its_header(tmp_path):
    target = tmp_path / "empty.xlsx"
    assert write_xlsx(target, TITLES, [], info=INFO).rows == 0
    ws = load_workbook(target).worksheets[0]
    assert [c.value for c in ws[1]] == TITLES and ws.max_row == 1


def test_rows_past_a_sheet_s_limit_continue_on_the_next_sheet(tmp_path):
    target = tmp_path / "many.xlsx"
    result = write_xlsx(target, ["N"], ((i,) for i in range(25)), info=INFO, rows_per_sheet=10)
    assert (result.rows, result.sheets) == (25, 3)
    wb = load_workbook(target)
    assert wb.sheetnames == ["Move-out passes", "Move-out passes (2)", "Move-out passes (3)", "About this export"]
    values = [v for ws in wb.worksheets[:3] for (v,) in ws.iter_rows(min_row=2, values_only=True)]
    assert values == list(range(25))
    assert all(ws["A1"].value == "N" and ws.freeze_panes == "A2" for ws in wb.worksheets[:3])


def test_cancel_leaves_nothing_behind(tmp_path, monkeypatch):
    seen: list[int] = []
    openpyxl_temp = []
    from openpyxl.worksheet import _writer

    real = _writer.create_temporary_file
    monkeypatch.setattr(_writer, "create_temporary_file", lambda suffix="": openpyxl_temp.append(real(suffix))
                        or openpyxl_temp[-1])
    target = tmp_path / "passes.xlsx"
    result = write_xlsx(target, ["N"], ((i,) for i in range(10_000)), info=INFO,
                        progress=lambda done: seen.append(done) or done < 3000)
    assert result.cancelled and result.rows == 3000 and seen == [1000, 2000, 3000]
    assert leftovers(tmp_path) == []
    assert openpyxl_temp and not any(os.path.exists(p) for p in openpyxl_temp)  # its sheet files too


def test_an_old_file_of_that_name_survives_a_cancel(tmp_path):
    target = tmp_path / "passes.xlsx"
    target.write_bytes(b"yesterday's export")
    write_xlsx(target, ["N"], ((i,) for i in range(5000)), info=INFO, progress=lambda done: False)
    assert target.read_bytes() == b"yesterday's export" and leftovers(tmp_path) == ["passes.xlsx"]


def test_it_is_written_beside_the_target_and_renamed_at_the_end(tmp_path, monkeypatch):
    target = tmp_path / "passes.xlsx"
    renamed: list[tuple[str, str]] = []
    real_replace = os.replace

    def replace(src, dst):
        renamed.append((Path(src).name, Path(dst).name))
        assert not Path(dst).exists()  # nothing under the chosen name until the rename
        real_replace(src, dst)

    monkeypatch.setattr(export.os, "replace", replace)
    write_xlsx(target, ["N"], [(1,)], info=INFO)
    (tmp_name, final), = renamed
    assert final == "passes.xlsx" and tmp_name.startswith(".~passes-") and tmp_name.endswith(".xlsx.part")
    assert leftovers(tmp_path) == ["passes.xlsx"]


def test_a_crash_half_way_leaves_no_half_file(tmp_path):
    def rows():
        yield (1,)
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        write_xlsx(tmp_path / "passes.xlsx", ["N"], rows(), info=INFO)
    assert leftovers(tmp_path) == []


def test_a_file_open_in_excel_is_a_clear_message_and_nothing_is_left(tmp_path, monkeypatch):
    def locked(src, dst):  # Windows refuses to replace a file Excel has open
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(export.os, "replace", locked)
    with pytest.raises(ExportError) as caught:
        write_xlsx(tmp_path / "passes.xlsx", ["N"], [(1,)], info=INFO)
    assert "open in another program" in str(caught.value) and "passes.xlsx" in str(caught.value)
    assert leftovers(tmp_path) == []


def test_a_full_disk_is_a_clear_message(tmp_path, monkeypatch):
    import errno

    def full(*_args, **_kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export.os, "replace", full)
    with pytest.raises(ExportError, match="the disk is full"):
        write_xlsx(tmp_path / "passes.xlsx", ["N"], [(1,)], info=INFO)
    assert leftovers(tmp_path) == []
