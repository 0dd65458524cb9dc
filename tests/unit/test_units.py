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


# -- issue 8: what is not a room, and the site's own numbering scheme -----------------------------

@pytest.mark.parametrize("typed", ["-2-1502", "3-2-", "3--1502", "not a room", "9999-99-99999", "3-2-1502号楼",
                                   "--", "3-2-15-", "3栋--1502", "A-B-C", "ROOM-1", "3-2-ROOM"])
def test_malformed_rooms_are_refused_not_read_as_another_unit(typed):
    from deskapp.domain.units import RoomScheme

    with pytest.raises(ValidationError) as err:
        RoomScheme().parse(typed, "unit")
    assert err.value.field == "unit"
    assert "3-2-1502" in str(err.value) or "such as" in str(err.value)


@pytest.mark.parametrize("typed, canonical", [
    ("3-2-1502", "3-2-1502"), ("18-1-1201", "18-1-1201"), ("7-2-101", "7-2-101"), ("A3-1502", "A3-1502"),
    ("3-2-A1", "3-2-A1"), ("9-9-999", "9-9-999"), ("3栋2单元1502室", "3-2-1502"), ("3 - 2 - 1502", "3-2-1502"),
    ("3栋-2单元-1502", "3-2-1502"), ("3-2-B101", "3-2-B101"), ("３－２－１５０２", "3-2-1502"),
    ("3号楼2单元1502号", "3-2-1502"),
])
def test_the_default_scheme_keeps_every_room_existing_sites_and_the_demo_use(typed, canonical):
    from deskapp.domain.units import RoomScheme

    assert str(RoomScheme().parse(typed)) == canonical


def test_a_basement_room_is_on_a_negative_floor():
    assert RoomNumber.parse("3-2-B101").floor == -1
    assert RoomNumber.parse("3-2-B1201").floor == -12


def test_the_sites_scheme_decides_which_rooms_exist():
    from deskapp.domain.units import RoomScheme

    scheme = RoomScheme(buildings="1-20, A, B", entrances=2, basement_floors=1, top_floor=18,
                        rooms_per_floor=4, other_rooms=False).checked()
    assert scheme.buildings == "1-20,A,B"
    for ok in ("3-2-1502", "20-1-101", "A-2-1804", "B-1-B104", "03-02-0402"):
        scheme.parse(ok)
    for bad, field_says in [("21-1-101", "21"), ("C-1-101", "C"), ("3-3-101", "3"), ("3-2-1901", "19"),
                            ("3-2-1505", "05"), ("3-2-B201", "B2"), ("3-1502", "3-2-1502"), ("3-2-A1", "A1"),
                            ("3-2-0", "0")]:
        with pytest.raises(ValidationError) as err:
            scheme.parse(bad, "room")
        assert field_says in str(err.value), (bad, str(err.value))


def test_a_site_without_entrances_has_building_room_numbers():
    from deskapp.domain.units import RoomScheme

    scheme = RoomScheme(buildings="A-F", entrances=0).checked()
    assert str(scheme.parse("c-1201")) == "C-1201"
    with pytest.raises(ValidationError) as err:
        scheme.parse("C-1-1201")
    assert "C-1201" in str(err.value)
    with pytest.raises(ValidationError):
        scheme.parse("G-1201")


@pytest.mark.parametrize("fields, bad", [
    ({"buildings": "1-20, 商铺"}, "buildings"), ({"buildings": "20-1"}, "buildings"),
    ({"buildings": "1-99999"}, "buildings"), ({"buildings": "1," * 300}, "buildings"),
    ({"entrances": 21}, "entrances"), ({"entrances": -1}, "entrances"),
    ({"basement_floors": 6}, "basement_floors"), ({"top_floor": 0}, "top_floor"), ({"top_floor": 200}, "top_floor"),
    ({"rooms_per_floor": 0}, "rooms_per_floor"), ({"rooms_per_floor": 100}, "rooms_per_floor"),
])
def test_a_scheme_that_makes_no_sense_is_refused_naming_the_setting(fields, bad):
    from deskapp.domain.units import RoomScheme

    with pytest.raises(ValidationError) as err:
        RoomScheme(**fields).checked()
    assert [p.field for p in err.value.problems] == [bad]


def test_a_long_or_hostile_room_text_is_quoted_short_and_clean():
    with pytest.raises(ValidationError) as err:
        RoomNumber.parse("\u202e<b>" + "9" * 10_000)
    message = str(err.value)
    assert len(message) < 300 and "\u202e" not in message and "9" * 50 not in message
