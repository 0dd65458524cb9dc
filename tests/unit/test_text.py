import pytest

from deskapp.domain.errors import ValidationError
from deskapp.domain.text import (
    MSG_CONTROL,
    MSG_NAME_CHARS,
    MSG_REQUIRED,
    MSG_TOO_LONG,
    MSG_UNPRINTABLE,
    check_person_name,
    check_text,
    clean_text,
    like_pattern,
)


def test_text_is_trimmed_and_normalised():
    assert check_text("  漏水  ", "x") == ("漏水", None)


def test_required_text_must_not_be_blank():
    assert check_text("   ", "content", required=True)[1].message == MSG_REQUIRED


def test_over_long_text_names_the_limit():
    _, problem = check_text("字" * 201, "content", max_len=200)
    assert problem.message == MSG_TOO_LONG
    assert problem.params == {"max": 200, "length": 201}


@pytest.mark.parametrize("value", ["漏水\x00", "a\x1bb", "bell\x07", "rtl\u202eoverride"])
def test_control_characters_are_refused(value):
    assert check_text(value, "x")[1].message == MSG_CONTROL


def test_newlines_only_in_multiline_text():
    assert check_text("第一行\n第二行", "x", multiline=True)[1] is None
    assert check_text("第一行\n第二行", "x")[1].message == MSG_CONTROL


@pytest.mark.parametrize("value", ["好的😀", "❤ 谢谢", "👍🏻", "☎"])
def test_emoji_are_refused_because_they_cannot_be_printed(value):
    assert check_text(value, "x")[1].message == MSG_UNPRINTABLE


def test_quotes_and_sql_metacharacters_are_ordinary_text():
    value = "业主说'; DROP TABLE resident; -- 100% _ \"ok\""
    assert clean_text(value, "x") == value


@pytest.mark.parametrize("name", ["王建国", "欧阳娜娜", "买买提·艾力", "John O'Brien", "Anne-Marie Li"])
def test_real_names_are_accepted(name):
    assert check_person_name(name, "name") == (name, None)


@pytest.mark.parametrize("name", ["王2", "<script>", "李;", "张三@"])
def test_names_with_digits_or_symbols_are_refused(name):
    assert check_person_name(name, "name")[1].message == MSG_NAME_CHARS


def test_name_is_required():
    with pytest.raises(ValidationError):
        clean_text("", "name", required=True)


def test_like_pattern_escapes_wildcards():
    assert like_pattern("100%_a\\b") == "%100\\%\\_a\\\\b%"


def test_word_pieces_stay_inside_runs_of_letters_and_digits():
    from deskapp.domain.text import word_bigrams

    assert word_bigrams("厨房漏水，漏水") == ["厨房", "房漏", "漏水"]
    assert word_bigrams("A3栋") == ["a3", "3栋"]
    assert word_bigrams("水") == [] and word_bigrams("") == []


# -- issue 8: rare characters, and what a message may quote of the input ---------------------------

@pytest.mark.parametrize("name", ["𠮷野家", "王𪚥", "陈\U00030000", "李\U00031350", "\U0002EBF0明"])
def test_names_with_rare_cjk_characters_of_every_plane_are_accepted(name):
    # Extension B (𠮷, 𪚥), G (U+30000), H (U+31350) and I (U+2EBF0): a person's name, not a symbol
    assert check_person_name(name, "name") == (name, None)
    assert check_text(name, "x") == (name, None)


@pytest.mark.parametrize("value, shown", [
    ("好的😀", "😀"), ("🀄", "🀄"), ("旗\U0001F1E8\U0001F1F3", "\U0001F1E8"), ("⭐", "⭐"),
    ("私\ue000", "U+E000"), ("私\U000F0000", "U+F0000"), ("张\ufe0f三", "U+FE0F"), ("张\U000E0100三", "U+E0100"),
])
def test_emoji_pictographs_private_use_and_invisible_selectors_are_refused(value, shown):
    problem = check_text(value, "x")[1]
    assert problem.message == MSG_UNPRINTABLE and problem.params == {"char": shown}


@pytest.mark.parametrize("value", ["a\ud800b", "x\U000E0041y", "\u2066ab\u2069"])
def test_lone_surrogates_tags_and_bidi_isolates_are_refused(value):
    assert check_text(value, "x")[1] is not None


def test_an_excerpt_of_the_input_is_short_and_has_no_control_or_bidi_characters():
    from deskapp.domain.text import excerpt

    assert excerpt("3-2-1502") == "3-2-1502"
    assert excerpt("  a\x00b\u202ec\u2066d\n e ") == "abcd e"
    long = excerpt("9" * 10_000)
    assert len(long) <= 40 and long.endswith("…")
    assert excerpt("𠮷" * 100).startswith("𠮷𠮷") and len(excerpt("𠮷" * 100)) <= 40
    assert excerpt(None) == ""


def test_a_search_text_loses_its_control_characters():
    from deskapp.domain.text import strip_invisible

    assert strip_invisible("张\x00三\u202e") == "张三"
    assert strip_invisible("a\tb\nc") == "a b c"
