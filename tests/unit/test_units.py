import pytest

from deskapp.domain.errors import ValidationError
from deskapp.domain.units import RoomNumber, natural_key, normalize_room_text, sort_key


@pytest.mark.parametrize("typed, canonical", [
    ("3-2-1502", "3-2-1502"),
    ("3－2－1502", "3-2-1502"),        # full-width dashes from a Chinese IME
    ("３-２-１５０２", "3-2-1502"),     # full-width digits
    ("3栋2单元1502室", "3-2-1502"),
    ("3号楼2单元1502", "3-2-1502"),
    ("03-02-1502", "3-2-1502"),         # leading zeros in building and entrance
    ("3 2 1502", "3-2-1502"),
    ("a3-1502", "A3-1502"),             # building-room, letters upper-cased
    ("3-2-0502", "3-2-0502"),           # the room keeps its zeros
])
def test_room_numbers_typed_every_usual_way_become_one_canonical_form(typed, canonical):
    assert str(RoomNumber.parse(typed)) == canonical


@pytest.mark.parametrize("typed", ["", "   ", "1502", "3-2-1502-9", "3-2-15020000", "三-二-一五", "3-2-15?2"])
def test_what_is_not_a_room_number_is_refused_with_a_message_for_the_field(typed):
    with pytest.raises(ValidationError) as err:
        RoomNumber.parse(typed, "unit")
    assert err.value.field == "unit"


def test_floor_is_read_from_a_numeric_room():
    assert RoomNumber.parse("3-2-1502").floor == 15
    assert RoomNumber.parse("3-2-502").floor == 5
    assert RoomNumber.parse("3-2-A1").floor is None


def test_sort_key_orders_rooms_naturally():
    rooms = ["10-1-101", "3-2-1502", "3-2-902", "9-1-101", "3-10-101"]
    assert sorted(rooms, key=sort_key) == sorted(rooms, key=natural_key) == [
        "3-2-902", "3-2-1502", "3-10-101", "9-1-101", "10-1-101"]


def test_normalize_keeps_partial_input_for_prefix_search():
    assert normalize_room_text("3栋2") == "3-2"
