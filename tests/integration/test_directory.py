"""The resident directory: units, residents, phones, holds, voiding and search."""

from datetime import date

import pytest
from sqlalchemy import func, select

from deskapp.db.models import Resident, ResidentPhone, Unit, UnitNote
from deskapp.domain.directory import NoteKind, ResidentRole
from deskapp.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from deskapp.domain.roles import Role


def count(world, model):
    with world.db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def site(world, desk):
    """Two buildings with a few residents, as the searches below expect."""
    d = world.directory
    units = {room: d.create_unit(desk, room).id for room in
             ("3-2-1502", "3-2-902", "3-2-1501", "30-1-101", "12-1-1502", "3-1-1502")}
    d.add_resident(desk, units["3-2-1502"], name="王建国", role="owner", phones=["13812345678", "020-38881234"])
    d.add_resident(desk, units["3-2-1502"], name="李秀英", role="family", phones=["13900005678"])
    d.add_resident(desk, units["3-2-902"], name="欧阳建国", role="owner", phones=["13711112222"])
    d.add_resident(desk, units["30-1-101"], name="王芳", role="tenant", phones=["15012340000"])
    d.add_resident(desk, units["12-1-1502"], name="张三丰", role="owner", phones=["18800001502"])
    return units


def rooms(rows):
    return [r.room_no for r in rows]


def names(rows):
    return {r.name for r in rows}


def test_units_are_stored_in_canonical_form_and_buildings_appear(world, desk):
    unit = world.directory.create_unit(desk, "3栋2单元1502室", area_m2="128")
    assert unit.room_no == "3-2-1502"
    detail = world.directory.unit_detail(desk, unit.id)
    assert (detail.building_code, detail.building_name, detail.floor, detail.area_m2) == ("3", "3栋", 15, "128")


def test_a_unit_cannot_be_entered_twice(world, desk):
    world.directory.create_unit(desk, "3-2-1502")
    with pytest.raises(Conflict) as err:
        world.directory.create_unit(desk, "3－2－1502")
    assert err.value.field == "room"
    assert count(world, Unit) == 1


def test_find_unit_in_any_spelling_and_refuse_an_unknown_one(world, desk, site):
    assert world.directory.find_unit(desk, "3栋2单元1502").room_no == "3-2-1502"
    with pytest.raises(NotFound) as err:
        world.directory.find_unit(desk, "9-9-999", field="unit")
    assert (err.value.field, err.value.params["room"]) == ("unit", "9-9-999")
    with pytest.raises(ValidationError):
        world.directory.find_unit(desk, "")


def test_search_by_room_prefix_in_natural_order(world, desk, site):
    assert rooms(world.directory.search(desk, "3-2")) == ["3-2-902", "3-2-1501", "3-2-1502", "3-2-1502"]
    assert rooms(world.directory.search(desk, "3-2-15")) == ["3-2-1501", "3-2-1502", "3-2-1502"]


def test_a_bare_building_number_matches_that_building_not_building_30(world, desk, site):
    found = rooms(world.directory.search(desk, "3"))
    assert "30-1-101" not in found and set(found) == {"3-2-902", "3-2-1501", "3-2-1502", "3-1-1502"}


def test_a_bare_room_number_finds_that_room_in_every_building(world, desk, site):
    found = world.directory.search(desk, "1502")
    assert {"3-2-1502", "12-1-1502", "3-1-1502"} <= set(rooms(found))
    # 1502 is also the last four digits of 张三丰's phone: both kinds of match are offered
    assert "张三丰" in names(found)


def test_search_by_the_last_four_digits_of_a_phone(world, desk, site):
    assert names(world.directory.search(desk, "5678")) == {"王建国", "李秀英"}


def test_search_by_a_whole_phone_number_typed_any_way(world, desk, site):
    assert names(world.directory.search(desk, "138 1234 5678")) == {"王建国"}
    assert names(world.directory.search(desk, "020-38881234")) == {"王建国"}


def test_search_by_a_two_character_chinese_name_fragment(world, desk, site):
    assert names(world.directory.search(desk, "建国")) == {"王建国", "欧阳建国"}


def test_search_by_a_three_character_name(world, desk, site):
    assert names(world.directory.search(desk, "王建国")) == {"王建国"}


def test_one_chinese_character_is_taken_as_a_surname(world, desk, site):
    assert names(world.directory.search(desk, "王")) == {"王建国", "王芳"}


def test_search_rows_carry_phones_roles_and_holds(world, desk, site):
    world.directory.add_note(desk, site["3-2-1502"], kind=NoteKind.ARREARS, text="欠费三个月")
    rows = world.directory.search(desk, "3-2-1502")
    owner = rows[0]
    assert (owner.name, owner.role, owner.phones, owner.has_hold) == (
        "王建国", ResidentRole.OWNER, ("13812345678", "02038881234"), True)


@pytest.mark.parametrize("text", ["%", "_", "王%", "' OR '1'='1", "\\", "建国'; DROP TABLE resident; --"])
def test_wildcards_quotes_and_sql_in_a_search_match_literally(world, desk, site, text):
    assert world.directory.search(desk, text) == []
    assert count(world, Resident) == 5


def test_an_empty_search_lists_everything_page_by_page(world, desk, site):
    everything = world.directory.search(desk, "", limit=100)
    assert len(everything) == 7  # 5 residents and 2 units nobody lives in
    first = world.directory.search(desk, "", offset=0, limit=4)
    rest = world.directory.search(desk, "", offset=4, limit=4)
    assert first + rest == everything


def test_resident_fields_are_validated_and_nothing_is_saved_on_error(world, desk, site):
    with pytest.raises(ValidationError) as err:
        world.directory.add_resident(desk, site["3-2-902"], name="", role="boss",
                                     phones=["123", "13812345678", "13812345679", "13812345670"],
                                     notes="\x00", moved_in=date(2024, 5, 1), moved_out=date(2024, 1, 1))
    fields = {p.field for p in err.value.problems}
    assert fields == {"name", "role", "phone", "notes", "moved_out"}
    assert count(world, Resident) == 5


def test_a_resident_needs_a_known_unit(world, desk):
    with pytest.raises(NotFound):
        world.directory.add_resident(desk, 999, name="王建国", role="owner", phones=[])


def test_over_long_notes_and_emoji_names_are_refused(world, desk, site):
    with pytest.raises(ValidationError) as err:
        world.directory.add_resident(desk, site["3-2-902"], name="王😀", role="owner", phones=[],
                                     notes="长" * 501)
    assert {p.field for p in err.value.problems} == {"name", "notes"}


def test_quotes_are_stored_as_typed(world, desk, site):
    r = world.directory.add_resident(desk, site["3-2-902"], name="John O'Brien", role="tenant", phones=[],
                                     notes="说：\"门锁坏了\"; DROP TABLE unit; --")
    again = world.directory.unit_detail(desk, site["3-2-902"]).residents
    assert any(x.id == r.id and x.notes == "说：\"门锁坏了\"; DROP TABLE unit; --" for x in again)
    assert names(world.directory.search(desk, "O'Brien")) == {"John O'Brien"}


def test_the_same_phone_twice_is_kept_once(world, desk, site):
    r = world.directory.add_resident(desk, site["3-2-902"], name="刘洋", role="family",
                                     phones=["13812340000", "138 1234 0000"])
    assert r.phones == ("13812340000",)


def test_a_voided_resident_stays_visible_marked_void_and_cannot_be_edited(world, desk, site):
    r = next(x for x in world.directory.search(desk, "李秀英"))
    world.directory.void_resident(desk, r.resident_id, reason="录入错误")
    row = next(x for x in world.directory.search(desk, "3-2-1502") if x.resident_id == r.resident_id)
    assert row.voided
    detail = world.directory.unit_detail(desk, site["3-2-1502"])
    void = next(x for x in detail.residents if x.id == r.resident_id)
    assert (void.void_reason, void.current) == ("录入错误", False)
    assert detail.residents[-1].id == r.resident_id  # listed after the current ones
    with pytest.raises(Conflict):
        world.directory.update_resident(desk, r.resident_id, name="李秀英", role="family", phones=[])
    with pytest.raises(Conflict):
        world.directory.void_resident(desk, r.resident_id, reason="again")
    assert count(world, Resident) == 5  # nothing is deleted


def test_voiding_needs_a_reason_and_the_right_role(world, admin, desk, site):
    rid = world.directory.search(desk, "王芳")[0].resident_id
    with pytest.raises(ValidationError) as err:
        world.directory.void_resident(desk, rid, reason="  ")
    assert err.value.field == "reason"
    clerk = world.member(admin, "1001", Role.RECEPTIONIST)
    with pytest.raises(PermissionDenied):
        world.directory.void_resident(clerk, rid, reason="搬走了")


def test_moving_out_keeps_the_resident_as_a_past_one(world, desk, site):
    rid = world.directory.search(desk, "王芳")[0].resident_id
    world.directory.update_resident(desk, rid, name="王芳", role="tenant", phones=["15012340000"],
                                    moved_in=date(2023, 1, 1), moved_out=date(2026, 2, 28))
    row = world.directory.search(desk, "王芳")[0]
    assert row.moved_out == date(2026, 2, 28) and not row.voided


def test_holds_show_until_lifted_and_then_stay_in_history(world, desk, site):
    d = world.directory
    hold = d.add_note(desk, site["3-2-1502"], kind="dispute", text="与楼下漏水纠纷")
    d.add_note(desk, site["3-2-1502"], kind="note", text="钥匙寄存前台")
    assert [h.text for h in d.unit_holds(desk, site["3-2-1502"])] == ["与楼下漏水纠纷"]
    d.void_note(desk, hold.id, reason="已调解")
    assert d.unit_holds(desk, site["3-2-1502"]) == ()
    notes = d.unit_detail(desk, site["3-2-1502"]).notes
    assert len(notes) == 2 and notes[-1].void_reason == "已调解"
    assert count(world, UnitNote) == 2


def test_a_note_needs_text_and_a_kind(world, desk, site):
    with pytest.raises(ValidationError) as err:
        world.directory.add_note(desk, site["3-2-1502"], kind="gossip", text=" ")
    assert {p.field for p in err.value.problems} == {"kind", "text"}


@pytest.mark.parametrize("role", [Role.GUARD, Role.CONTROL_OPERATOR])
def test_guards_and_operators_look_up_but_do_not_edit(world, admin, site, role):
    member = world.member(admin, "1001", role)
    assert world.directory.search(member, "建国")
    with pytest.raises(PermissionDenied):
        world.directory.create_unit(member, "5-1-101")
    with pytest.raises(PermissionDenied):
        world.directory.add_resident(member, site["3-2-902"], name="刘洋", role="family", phones=[])
    with pytest.raises(PermissionDenied):
        world.directory.add_note(member, site["3-2-902"], kind="note", text="x")


def test_changing_phones_keeps_the_index_for_last_four_digits(world, desk, site):
    rid = world.directory.search(desk, "王芳")[0].resident_id
    world.directory.update_resident(desk, rid, name="王芳", role="tenant", phones=["15099998888"])
    assert names(world.directory.search(desk, "8888")) == {"王芳"}
    assert "王芳" not in names(world.directory.search(desk, "0000"))
    with world.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ResidentPhone).where(ResidentPhone.resident_id == rid)) == 1


def test_the_name_index_follows_renames_and_finds_fragments(world, desk, site):
    rid = world.directory.search(desk, "王芳")[0].resident_id
    world.directory.update_resident(desk, rid, name="王芳华", role="tenant", phones=["15012340000"])
    assert names(world.directory.search(desk, "芳华")) == {"王芳华"}
    world.directory.update_resident(desk, rid, name="赵丽", role="tenant", phones=["15012340000"])
    assert world.directory.search(desk, "芳华") == []
    assert names(world.directory.search(desk, "赵丽")) == {"赵丽"}


def test_a_fragment_must_appear_in_order_not_just_its_pieces(world, desk, site):
    d = world.directory
    d.add_resident(desk, site["3-2-902"], name="国建王", role="family", phones=[])
    # "王建国" and "国建王" share no two-character piece in order; "建国王" needs all of its own.
    assert names(d.search(desk, "建国王")) == set()
    assert names(d.search(desk, "国建王")) == {"国建王"}


def test_latin_names_are_found_whatever_the_case(world, desk, site):
    world.directory.add_resident(desk, site["3-2-902"], name="John O'Brien", role="tenant", phones=[])
    assert names(world.directory.search(desk, "o'brien")) == {"John O'Brien"}
    assert names(world.directory.search(desk, "JO")) == {"John O'Brien"}
    assert names(world.directory.search(desk, "j")) == {"John O'Brien"}
