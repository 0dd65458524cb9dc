"""Directory import (xlsx, csv; preview; all or nothing; idempotent) and export."""

import csv
import os

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from deskapp.db.models import Resident, Unit
from deskapp.domain.errors import PermissionDenied, ValidationError
from deskapp.domain.roles import Role
from deskapp.services import sheets
from deskapp.services.directory_import import Field, RowAction, guess_mapping
from deskapp.services.sheets import read_sheet

HEADERS = ["房号", "姓名", "身份", "手机", "备用电话", "入住日期", "备注"]
GOOD = [
    ["3-2-1502", "王建国", "业主", "13812345678", "020-38881234", "2019/5/1", ""],
    ["3-2-1502", "李秀英", "家属", "13900005678", "", "", "老人独居"],
    ["3栋2单元902", "欧阳建国", "业主", 13711112222, "", "2020年3月8日", ""],
    ["12-1-101", "王芳", "租户", "15012340000", "", "", ""],
]


def xlsx(path, rows, headers=HEADERS, title_rows=()):
    wb = Workbook()
    ws = wb.active
    for row in title_rows:
        ws.append(row)
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def write_csv(path, rows, encoding="utf-8-sig", headers=HEADERS):
    with open(path, "w", newline="", encoding=encoding) as f:
        w = csv.writer(f)
        w.writerow(headers)
        w.writerows(rows)
    return path


def count(world, model):
    with world.db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def plan_for(world, actor, path):
    sheet = read_sheet(path)
    return sheet, world.importer.plan(actor, sheet, guess_mapping(sheet.headers))


def test_columns_are_guessed_from_chinese_headers():
    mapping = guess_mapping(("序号", "房号", "业主姓名", "类型", "联系电话", "电话2", "入住时间", "备注"))
    assert mapping == {Field.ROOM_NO: 1, Field.NAME: 2, Field.ROLE: 3, Field.PHONE: 4, Field.PHONE2: 5,
                       Field.MOVED_IN: 6, Field.NOTES: 7}


def test_split_building_entrance_room_columns_are_combined(world, desk, tmp_path):
    path = xlsx(tmp_path / "split.xlsx", [["3", "2", "1502", "王建国", "13812345678"]],
                headers=["楼栋", "单元", "室", "姓名", "电话"])
    sheet, plan = plan_for(world, desk, path)
    assert plan.ok and plan.rows[0].room_no == "3-2-1502"


def test_preview_writes_nothing_then_commit_writes_everything(world, desk, tmp_path):
    sheet, plan = plan_for(world, desk, xlsx(tmp_path / "good.xlsx", GOOD))
    assert plan.ok and (plan.count(RowAction.NEW), plan.new_units) == (4, 3)
    assert count(world, Resident) == 0
    world.importer.commit(desk, sheet, guess_mapping(sheet.headers))
    assert (count(world, Unit), count(world, Resident)) == (3, 4)
    row = world.directory.search(desk, "王建国")[0]
    assert row.phones == ("13812345678", "02038881234")
    detail = world.directory.unit_detail(desk, row.unit_id)
    assert {r.name: r.notes for r in detail.residents}["李秀英"] == "老人独居"


def test_importing_the_same_file_again_changes_nothing(world, desk, tmp_path):
    path = xlsx(tmp_path / "good.xlsx", GOOD)
    sheet, _ = plan_for(world, desk, path)
    world.importer.commit(desk, sheet, guess_mapping(sheet.headers))
    sheet, plan = plan_for(world, desk, path)
    assert plan.count(RowAction.SAME) == 4 and plan.new_units == 0
    world.importer.commit(desk, sheet, guess_mapping(sheet.headers))
    assert (count(world, Unit), count(world, Resident)) == (3, 4)


def test_a_changed_row_is_an_update_that_keeps_phones_added_at_the_desk(world, desk, tmp_path):
    sheet, _ = plan_for(world, desk, xlsx(tmp_path / "v1.xlsx", GOOD))
    world.importer.commit(desk, sheet, guess_mapping(sheet.headers))
    row = world.directory.search(desk, "王芳")[0]
    world.directory.update_resident(desk, row.resident_id, name="王芳", role="tenant",
                                    phones=["15012340000", "13300001111"])
    changed = [r[:] for r in GOOD]
    changed[3][6] = "合同到2027年"
    sheet, plan = plan_for(world, desk, xlsx(tmp_path / "v2.xlsx", changed))
    assert [r.action for r in plan.rows] == [RowAction.SAME] * 3 + [RowAction.UPDATE]
    world.importer.commit(desk, sheet, guess_mapping(sheet.headers))
    row = world.directory.search(desk, "王芳")[0]
    assert row.phones == ("15012340000", "13300001111")


def test_every_bad_row_is_reported_with_its_row_number_and_column_and_nothing_is_written(world, desk, tmp_path):
    bad = GOOD + [
        ["", "无房号", "业主", "", "", "", ""],              # row 6: no room
        ["3-2-1502", "", "业主", "13800001111", "", "", ""],  # row 7: a phone but no name
        ["3-2-1502", "赵六", "房东", "", "", "", ""],          # row 8: unknown type
        ["3-2-1502", "钱七", "业主", "12345", "", "", ""],     # row 9: bad phone
        ["3-2-1502", "孙八", "业主", "", "", "2024-02-30", ""],  # row 10: bad date
        ["3-2-1502", "王建国", "业主", "13812345678", "", "", ""],  # row 11: same as row 2
        ["3-2-1502", "周九😀", "业主", "", "", "", ""],        # row 12: emoji
    ]
    sheet, plan = plan_for(world, desk, xlsx(tmp_path / "bad.xlsx", bad))
    errors = {r.row_number: [(p.column, p.problem.field) for p in r.problems] for r in plan.errors}
    assert errors == {
        6: [("房号", "room")], 7: [("姓名", "name")], 8: [("身份", "role")], 9: [("手机", "phone")],
        10: [("入住日期", "moved_in")], 11: [("", "row")], 12: [("姓名", "name")],
    }
    with pytest.raises(ValidationError):
        world.importer.commit(desk, sheet, guess_mapping(sheet.headers))
    assert (count(world, Unit), count(world, Resident)) == (0, 0)


def test_a_mapping_without_room_or_name_is_refused(world, desk, tmp_path):
    sheet = read_sheet(xlsx(tmp_path / "good.xlsx", GOOD))
    plan = world.importer.plan(desk, sheet, {Field.PHONE: 3})
    assert {p.message for p in plan.mapping_problems} and not plan.ok
    plan = world.importer.plan(desk, sheet, {Field.ROOM_NO: 0, Field.NAME: 0})
    assert not plan.ok


def test_csv_in_utf8_and_in_gb18030_as_excel_saves_it(world, desk, tmp_path):
    for encoding in ("utf-8-sig", "gb18030"):
        sheet = read_sheet(write_csv(tmp_path / f"{encoding}.csv", GOOD, encoding))
        assert sheet.headers[:2] == ("房号", "姓名") and sheet.rows[0][1] == "王建国"


def test_title_rows_above_the_header_are_skipped_if_blank(world, desk, tmp_path):
    sheet = read_sheet(xlsx(tmp_path / "t.xlsx", GOOD, title_rows=[[], []]))
    assert sheet.headers[0] == "房号" and sheet.first_row == 4


@pytest.mark.parametrize("name, content", [
    ("notes.docx", b"PK\x03\x04 not really"),
    ("photo.jpg", b"\xff\xd8\xff\xe0"),
    ("broken.xlsx", b"this is not a zip file"),
    ("old.xls", b"\xd0\xcf\x11\xe0"),
    ("binary.csv", b"\x00\x01\x02\x03room"),
    ("empty.csv", b""),
])
def test_files_that_are_not_readable_sheets_get_a_clear_message(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError) as err:
        read_sheet(path)
    assert err.value.field == "file"
    assert name in str(err.value)


def test_a_missing_file_gets_a_message(tmp_path):
    with pytest.raises(ValidationError):
        read_sheet(tmp_path / "gone.xlsx")


def test_huge_sheets_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(sheets, "MAX_ROWS", 10)
    with pytest.raises(ValidationError) as err:
        read_sheet(xlsx(tmp_path / "big.xlsx", GOOD * 5))
    assert err.value.params == {"max": 10}
    monkeypatch.setattr(sheets, "MAX_FILE_BYTES", 100)
    with pytest.raises(ValidationError) as err:
        read_sheet(write_csv(tmp_path / "big.csv", GOOD * 5))
    assert err.value.params["max"] == 0


def test_export_then_import_is_a_round_trip_that_changes_nothing(world, desk, tmp_path):
    sheet, _ = plan_for(world, desk, xlsx(tmp_path / "good.xlsx", GOOD))
    world.importer.commit(desk, sheet, guess_mapping(sheet.headers))
    rid = world.directory.search(desk, "王芳")[0].resident_id
    world.directory.void_resident(desk, rid, reason="重复")
    out = tmp_path / "export.xlsx"
    assert world.exporter.export_xlsx(desk, out) == 4
    ws = load_workbook(out).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0][:3] == ["房号", "楼栋", "姓名"]
    assert any(v[2] == "王芳" and v[-1] == "作废：重复" for v in values)
    sheet, plan = plan_for(world, desk, out)
    assert plan.ok and plan.count(RowAction.NEW) == 0 and plan.count(RowAction.UPDATE) == 0
    assert plan.count(RowAction.SKIP) == 1


def test_only_supervisors_import_and_export(world, admin, tmp_path):
    clerk = world.member(admin, "1001", Role.RECEPTIONIST)
    sheet = read_sheet(xlsx(tmp_path / "good.xlsx", GOOD))
    with pytest.raises(PermissionDenied):
        world.importer.plan(clerk, sheet, guess_mapping(sheet.headers))
    with pytest.raises(PermissionDenied):
        world.exporter.export_xlsx(clerk, tmp_path / "x.xlsx")
    assert not os.path.exists(tmp_path / "x.xlsx")


def test_bulk_import_writes_the_audit_rows_and_name_index_the_hooks_would(world, desk, tmp_path):
    from deskapp.db import audit
    from deskapp.db.models import AuditLog, Building, ResidentPhone

    sheet, _ = plan_for(world, desk, xlsx(tmp_path / "good.xlsx", GOOD))
    world.importer.commit(desk, sheet, guess_mapping(sheet.headers))
    with world.db.read() as s:
        for model in (Building, Unit, Resident, ResidentPhone):
            logged = {a.record_id: a for a in s.scalars(select(AuditLog).where(
                AuditLog.table_name == model.__tablename__, AuditLog.action == "insert"))}
            rows = s.scalars(select(model)).all()
            assert rows and set(logged) == {str(r.id) for r in rows}
            for r in rows:
                entry = logged[str(r.id)]
                assert entry.new_value == audit._snapshot(r)
                assert (entry.staff_id, entry.reason) == (desk.staff_id, "import good.xlsx")
    # The name index holds the imported names: a fragment finds them.
    assert {r.name for r in world.directory.search(desk, "建国")} == {"王建国", "欧阳建国"}


PLATFORM_HEADERS = ["楼号", "单元", "房屋", "楼层", "房屋状态", "业主名称", "性别", "手机号", "身份证", "业主类型"]


def resident_id(first17="11010519491231002"):
    from deskapp.domain.identity import check_digit

    return first17 + check_digit(first17)


def platform_sheet(path, extra=()):
    """A sheet as the open-source property platform exports it: a merged title row above the header,
    separate building / entrance / room / floor columns, unsold rooms, a room merged down over two
    residents, an ID column."""
    wb = Workbook()
    ws = wb.active
    ws.append(["澄湾·青禾苑业主信息表"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(PLATFORM_HEADERS))
    ws.append(PLATFORM_HEADERS)
    ws.append([3, 2, 1502, 15, "已售", "王建国", "男", "13812345678", resident_id(), "业主"])   # row 3
    ws.append([3, 2, 101, 1, "已售", "李秀英", "女", 13900005678, "", "业主"])                  # row 4
    ws.append([3, 2, 102, 1, "未售", None, None, None, None, None])                              # row 5
    ws.append([3, 2, 201, 2, "已售", "欧阳建国", "男", "13711112222", "", "业主"])              # row 6
    ws.append([None, None, None, None, "已售", "欧阳芳", "女", "13711113333", "", "家属"])      # row 7
    for col in (1, 2, 3, 4):  # 3-2-201 merged down over its two residents
        ws.merge_cells(start_row=6, start_column=col, end_row=7, end_column=col)
    for row in extra:
        ws.append(row)
    wb.save(path)
    return path


def test_the_platforms_sheet_is_read_under_its_title_with_rooms_composed_and_unsold_rooms(world, desk, tmp_path):
    from deskapp.services.directory_import import read_directory_sheet

    sheet = read_directory_sheet(platform_sheet(tmp_path / "platform.xlsx"))
    assert sheet.headers[:3] == ("楼号", "单元", "房屋") and sheet.first_row == 3
    mapping = guess_mapping(sheet.headers)
    assert mapping == {Field.BUILDING: 0, Field.ENTRANCE: 1, Field.ROOM: 2, Field.FLOOR: 3, Field.STATUS: 4,
                       Field.NAME: 5, Field.PHONE: 7, Field.ID_NUMBER: 8, Field.ROLE: 9}
    plan = world.importer.plan(desk, sheet, mapping)
    assert plan.ok, plan.errors
    assert [(r.row_number, r.room_no, r.name, r.action) for r in plan.rows] == [
        (3, "3-2-1502", "王建国", RowAction.NEW), (4, "3-2-101", "李秀英", RowAction.NEW),
        (5, "3-2-102", "", RowAction.EMPTY), (6, "3-2-201", "欧阳建国", RowAction.NEW),
        (7, "3-2-201", "欧阳芳", RowAction.NEW)]
    assert plan.new_units == 4 and plan.has_work
    world.importer.commit(desk, sheet, mapping)
    assert (count(world, Unit), count(world, Resident)) == (4, 4)
    unit = world.directory.find_unit(desk, "3-2-102")
    assert world.directory.unit_detail(desk, unit.id).residents == ()  # the unsold room, with no one
    # The ID number is checked and kept only masked, in the notes.
    row = world.directory.search(desk, "王建国")[0]
    notes = {r.name: r.notes for r in world.directory.unit_detail(desk, row.unit_id).residents}["王建国"]
    assert notes == "身份证 1101**********" + resident_id()[-4:] and resident_id() not in notes
    with world.db.read() as s:
        from deskapp.db.models import AuditLog
        assert not any(resident_id() in (v or "") for v in s.scalars(select(AuditLog.new_value)))
    # Again: nothing to do.
    again = world.importer.plan(desk, sheet, mapping)
    assert not again.has_work and {r.action for r in again.rows} == {RowAction.SAME, RowAction.EMPTY}


def test_a_room_column_alone_takes_its_floor_and_a_whole_room_stays_whole():
    from deskapp.services.directory_import import compose_room

    assert compose_room("3", "2", "15", "1502") == "3-2-1502"
    assert compose_room("3", "2", "", "101") == "3-2-101"
    assert compose_room("3", "2", "15", "2") == "3-2-1502"
    assert compose_room("3", "", "", "3-2-902") == "3-2-902"


@pytest.mark.parametrize(("headers", "expected"), [
    (("业主姓名", "联系电话", "楼栋", "单元", "房号"),
     {Field.NAME: 0, Field.PHONE: 1, Field.BUILDING: 2, Field.ENTRANCE: 3, Field.ROOM: 4}),
    (("客户名称", "手机", "栋", "室"), {Field.NAME: 0, Field.PHONE: 1, Field.BUILDING: 2, Field.ROOM: 3}),
    (("住户姓名", "手机号", "房号", "身份证号码"), {Field.NAME: 0, Field.PHONE: 1, Field.ROOM_NO: 2,
                                               Field.ID_NUMBER: 3}),
])
def test_the_column_names_sites_use_are_guessed(headers, expected):
    assert guess_mapping(headers) == expected


def test_a_bad_id_number_and_a_formula_without_its_result_are_errors_on_their_row(world, desk, tmp_path):
    from deskapp.services.directory_import import read_directory_sheet

    bad_id = resident_id()[:-1] + ("0" if resident_id()[-1] != "0" else "1")
    path = platform_sheet(tmp_path / "bad.xlsx", extra=[
        [5, 1, 301, 3, "已售", "赵六", "男", "13600001111", bad_id, "业主"],                 # row 8
        [5, 1, 302, 3, "已售", "钱七", "女", "=H8", "", "业主"],                              # row 9
    ])
    sheet = read_directory_sheet(path)
    plan = world.importer.plan(desk, sheet, guess_mapping(sheet.headers))
    errors = {r.row_number: [(p.column, p.problem.field) for p in r.problems] for r in plan.errors}
    assert errors == {8: [("身份证", "id_number")], 9: [("手机号", "phone")]}
    assert bad_id not in repr(plan)
    with pytest.raises(ValidationError):
        world.importer.commit(desk, sheet, guess_mapping(sheet.headers))
    assert count(world, Resident) == 0


def test_another_header_row_can_be_picked_without_reading_the_file_again(world, desk, tmp_path):
    from deskapp.services.directory_import import read_directory_sheet

    sheet = read_directory_sheet(platform_sheet(tmp_path / "p.xlsx"))
    title = sheet.with_header(0)
    assert title.headers[0] == "澄湾·青禾苑业主信息表" and title.headers[-1] == "澄湾·青禾苑业主信息表"  # merged
    assert not world.importer.plan(desk, title, guess_mapping(title.headers)).ok
    back = title.with_header(1)
    assert back.headers == sheet.headers and back.rows == sheet.rows


@pytest.mark.parametrize("stop_at", [0, 2, -1])
def test_a_commit_stopped_by_its_progress_callback_writes_nothing(world, desk, tmp_path, stop_at):
    from deskapp.db.models import AuditLog
    from deskapp.services.directory_import import ImportCancelled

    sheet, _ = plan_for(world, desk, xlsx(tmp_path / "good.xlsx", GOOD))
    audit_before = count(world, AuditLog)
    calls = []

    def progress(done, total):
        calls.append((done, total))
        if len(calls) - 1 == stop_at or (stop_at == -1 and done == total and len(calls) > 1):
            raise ImportCancelled
    with pytest.raises(ImportCancelled):
        world.importer.commit(desk, sheet, guess_mapping(sheet.headers), progress=progress)
    assert (count(world, Unit), count(world, Resident), count(world, AuditLog)) == (0, 0, audit_before)
    seen = []
    world.importer.commit(desk, sheet, guess_mapping(sheet.headers), progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (4, 4) and count(world, Resident) == 4


def test_reading_reports_progress(tmp_path):
    from deskapp.services.directory_import import read_directory_sheet

    seen = []
    read_directory_sheet(xlsx(tmp_path / "good.xlsx", GOOD), progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[0][0] == 0


def test_a_two_row_header_with_merged_group_titles_takes_the_row_that_names_the_columns(world, desk, tmp_path):
    from deskapp.services.directory_import import read_directory_sheet

    wb = Workbook()
    ws = wb.active
    ws.append(["房屋信息", None, None, "业主信息", None])
    ws.merge_cells("A1:C1")
    ws.merge_cells("D1:E1")
    ws.append(["楼栋", "单元", "房号", "业主姓名", "联系电话"])
    ws.append(["3", "2", "1502", "王建国", "13812345678"])
    ws.append(["3", "2", "1501", "", ""])
    path = tmp_path / "two.xlsx"
    wb.save(path)
    sheet = read_directory_sheet(path)
    assert sheet.first_row == 3 and sheet.headers[3] == "业主姓名"
    plan = world.importer.plan(desk, sheet, guess_mapping(sheet.headers))
    assert [(r.room_no, r.action) for r in plan.rows] == [("3-2-1502", RowAction.NEW), ("3-2-1501", RowAction.EMPTY)]


def test_a_csv_with_a_title_line_finds_its_header(world, desk, tmp_path):
    from deskapp.services.directory_import import read_directory_sheet

    path = tmp_path / "titled.csv"
    path.write_text("青禾苑业主信息表,,\n房号,姓名,手机\n3-2-1502,王建国,13812345678\n", encoding="gb18030")
    sheet = read_directory_sheet(path)
    assert sheet.headers == ("房号", "姓名", "手机") and sheet.first_row == 3
    assert world.importer.plan(desk, sheet, guess_mapping(sheet.headers)).ok
