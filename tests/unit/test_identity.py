"""Identity documents: the resident ID number's checks (GB 11643), masking, and the tails kept for guests."""

from datetime import date

import pytest

from deskapp.domain.errors import ValidationError
from deskapp.domain.identity import (
    ID_TYPE_WORDS,
    MSG_ID_BIRTH,
    MSG_ID_BIRTH_FUTURE,
    MSG_ID_BIRTH_OLD,
    MSG_ID_CHECK,
    MSG_ID_DOCUMENT,
    MSG_ID_FORMAT,
    MSG_ID_REGION,
    MSG_ID_TAIL,
    IdType,
    mask_id,
    mask_ids_in,
    mask_phone,
    parse_resident_id,
    read_id_document,
    read_id_tail,
    tails_match,
)

TODAY = date(2026, 3, 2)


def with_check(first17: str) -> str:
    """The 18-character number for 17 digits, its check character computed here from the standard's
    definition (ISO 7064 MOD 11-2: weights 2^(17-i) mod 11, check = (12 - sum mod 11) mod 11, 10 → X)."""
    assert len(first17) == 17 and first17.isdigit()
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(first17))
    value = (12 - total % 11) % 11
    return first17 + ("X" if value == 10 else str(value))


SHENZHEN = with_check("44030419900101123")  # 深圳福田, born 1990-01-01
BEIJING = with_check("11010519491231002")  # 北京朝阳, born 1949-12-31
# A number whose check character is X: search a few sequence numbers for one.
WITH_X = next(n for n in (with_check(f"31011520000229{seq:03d}") for seq in range(200)) if n.endswith("X"))


def test_the_helper_agrees_with_a_published_example():
    # GB 11643-1999's own example: 11010519491231002X.
    assert with_check("11010519491231002") == "11010519491231002X"


@pytest.mark.parametrize("number", [SHENZHEN, BEIJING, WITH_X, with_check("65010219560315001"),
                                    with_check("81000019900101001"), with_check("71000020000101002")])
def test_real_world_shaped_numbers_are_accepted(number):
    rid = parse_resident_id(number, today=TODAY)
    assert rid.number == number and rid.tail() == number[-6:]


def test_typing_habits_are_folded():
    assert parse_resident_id(WITH_X.lower(), today=TODAY).number == WITH_X  # x → X
    full_width = WITH_X.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789X"})
    assert parse_resident_id(full_width, today=TODAY).number == WITH_X
    spaced = f" {SHENZHEN[:6]} {SHENZHEN[6:14]} {SHENZHEN[14:]} "
    assert parse_resident_id(spaced, today=TODAY).number == SHENZHEN
    assert parse_resident_id(SHENZHEN[:6] + "-" + SHENZHEN[6:], today=TODAY).number == SHENZHEN


def test_the_birth_date_and_region_are_read():
    rid = parse_resident_id(WITH_X, today=TODAY)
    assert rid.birth_date == date(2000, 2, 29) and rid.region == "310115"


def bad(number: str) -> str:
    with pytest.raises(ValidationError) as err:
        parse_resident_id(number, field="id_number", today=TODAY)
    assert err.value.field == "id_number"
    assert not number or number not in str(err.value)  # a message never repeats the number
    return err.value.message


@pytest.mark.parametrize("number", ["", "4403041990010112", SHENZHEN + "1", SHENZHEN[:17] + "Y",
                                    "X" + SHENZHEN[1:], "44030419900101123*", "４４０３０４"])
def test_a_number_of_the_wrong_shape(number):
    assert bad(number) == MSG_ID_FORMAT


@pytest.mark.parametrize("first17", ["01030419900101123", "91030419900101123", "99030419900101123",
                                     "24030419900101123", "38030419900101123", "72030419900101123"])
def test_a_number_that_starts_with_no_region(first17):
    assert bad(with_check(first17)) == MSG_ID_REGION


@pytest.mark.parametrize("birth", ["19900230", "19901301", "19900100", "20250229", "19900001"])
def test_a_birth_date_that_does_not_exist(birth):
    assert bad(with_check(f"440304{birth}123")) == MSG_ID_BIRTH


def test_a_birth_date_in_the_future_or_absurdly_long_ago():
    assert bad(with_check("44030420260303123")) == MSG_ID_BIRTH_FUTURE
    assert parse_resident_id(with_check("44030420260302123"), today=TODAY)  # born today
    assert bad(with_check("44030418950101123")) == MSG_ID_BIRTH_OLD
    assert parse_resident_id(with_check("44030419000101123"), today=TODAY)  # 126: rare, possible


def test_a_mistyped_character_or_two_swapped_digits_are_caught():
    assert bad(SHENZHEN[:17] + ("0" if SHENZHEN[17] != "0" else "1")) == MSG_ID_CHECK
    assert bad(SHENZHEN[:14] + SHENZHEN[15] + SHENZHEN[14] + SHENZHEN[16:]) == MSG_ID_CHECK  # 123 → 213
    for i in range(16):  # any two different neighbours swapped is refused, whatever check fails
        if SHENZHEN[i] != SHENZHEN[i + 1]:
            swapped = SHENZHEN[:i] + SHENZHEN[i + 1] + SHENZHEN[i] + SHENZHEN[i + 2:]
            with pytest.raises(ValidationError):
                parse_resident_id(swapped, today=TODAY)


def test_masking_shows_the_region_and_the_last_four():
    assert mask_id("440304199001011234") == "4403**********1234"
    assert str(parse_resident_id(SHENZHEN, today=TODAY)) == "4403**********" + SHENZHEN[-4:]
    assert SHENZHEN not in repr(parse_resident_id(SHENZHEN, today=TODAY))
    assert mask_id("E12345678") == "E123*5678" and mask_id("1234") == "1234" and mask_id("123456") == "**3456"


def test_phone_masking():
    assert mask_phone("13912345678") == "139****5678"
    assert mask_phone("02038881234") == "020****1234"
    assert mask_phone(mask_phone("13912345678")) == "139****5678"  # masking twice changes nothing
    assert mask_phone("95588") == "95*88" and mask_phone(None) == "" and mask_phone("") == ""


def test_ids_in_log_text_are_masked():
    text = f"INSERT … parameters: ('{SHENZHEN}', 'x', {WITH_X.lower()}) slip V00000017 1{SHENZHEN}"
    masked = mask_ids_in(text)
    assert SHENZHEN not in masked.replace("1" + SHENZHEN, "") and WITH_X.lower() not in masked
    assert mask_id(SHENZHEN) in masked and "V00000017" in masked
    assert "1" + SHENZHEN in masked  # 19 digits: not an ID number, left as it is


def test_the_tail_kept_for_a_guest_or_a_watchlist_line():
    assert read_id_tail(SHENZHEN, today=TODAY) == SHENZHEN[-6:]  # a pasted full number: its last six
    assert read_id_tail(WITH_X.lower(), today=TODAY) == WITH_X[-6:]
    assert read_id_tail("１２３４", today=TODAY) == "1234"
    assert read_id_tail(" 01234x ", today=TODAY) == "01234X"
    assert read_id_tail("", today=TODAY) == "" and read_id_tail("  ", today=TODAY) == ""
    for wrong in ("123", "1234567", SHENZHEN[:17], SHENZHEN + "0", "12#4"):
        with pytest.raises(ValidationError) as err:
            read_id_tail(wrong, today=TODAY)
        assert err.value.message == MSG_ID_TAIL and err.value.field == "id_last"
    with pytest.raises(ValidationError) as err:  # 18 characters: checked as a full number
        read_id_tail(SHENZHEN[:17] + ("0" if SHENZHEN[17] != "0" else "1"), today=TODAY)
    assert err.value.message == MSG_ID_CHECK


def test_the_watchlist_compares_the_last_four_on_both_sides():
    assert tails_match("011234", "1234") and tails_match("1234", "991234") and tails_match("01234x", "1234X")
    assert not tails_match("440304", "0304X1") and not tails_match("123456", "123457")
    assert not tails_match("123", "0123") and not tails_match(None, "1234") and not tails_match("1234", "")


def test_documents_for_cards_and_passes():
    doc = read_id_document(IdType.RESIDENT_ID, SHENZHEN, today=TODAY)
    assert doc.masked == mask_id(SHENZHEN) and doc.tail == SHENZHEN[-4:] and SHENZHEN not in repr(doc)
    assert read_id_document("passport", "e 1234 5678").masked == "E123*5678"
    assert read_id_document(IdType.HK_MACAO_PERMIT, "H12345678").tail == "5678"
    with pytest.raises(ValidationError) as err:
        read_id_document(IdType.PASSPORT, "护照", field="document")
    assert err.value.message == MSG_ID_DOCUMENT and err.value.field == "document"
    with pytest.raises(ValidationError):
        read_id_document(IdType.RESIDENT_ID, SHENZHEN[:17] + "Y")
    assert set(ID_TYPE_WORDS) == set(IdType) and ID_TYPE_WORDS[IdType.RESIDENT_ID] == "居民身份证"
