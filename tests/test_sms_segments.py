"""SMS segment counting against the GSM 03.38 tables and the concatenation rules."""

from __future__ import annotations

import pytest

from frontdesk.services.wording.sms_segments import (
    GSM_BASIC,
    GSM_EXTENSION,
    replace_lookalikes,
    segment_warning,
    segments,
)

# The brief's list, checked one by one against the basic set.
IN_BASIC_SET = [*"éèùìòÇØøÅåÄÖÑÜ§¿äöñüàÉÆæßΓΔΘΛΞΠΣΦΨΩ", *"@£$¥¤¡_\n\r !\"#%&'()*+,-./:;<=>?"]
NOT_GSM = [*"áíóúÁÍÓÚçêãõâœ’‘“”–—…`´", "\u00a0", "😀", "✓"]


def test_the_tables_have_the_standard_sizes():
    assert len(GSM_BASIC) == 127  # 128 codes less ESC, which introduces the extension table
    assert set("\f^{}\\[~]|€") == GSM_EXTENSION
    assert not GSM_BASIC & GSM_EXTENSION


@pytest.mark.parametrize("char", IN_BASIC_SET)
def test_basic_set_characters_are_one_septet(char):
    info = segments(char * 160)
    assert (info.encoding, info.segments, info.septets_or_units) == ("GSM-7", 1, 160)


@pytest.mark.parametrize("char", NOT_GSM)
def test_other_characters_switch_the_text_to_ucs2(char):
    info = segments("Hola " + char)
    assert info.encoding == "UCS-2"
    assert info.non_gsm_chars == (char,)


def test_the_cedilla_is_only_in_the_table_as_a_capital():
    assert segments("Ç").encoding == "GSM-7"
    assert segments("ç").encoding == "UCS-2"


@pytest.mark.parametrize(("length", "expected"), [
    (0, 0), (1, 1), (160, 1), (161, 2), (153 * 2, 2), (307, 3), (153 * 3, 3), (460, 4)])
def test_gsm7_segment_boundaries(length, expected):
    info = segments("a" * length)
    assert info.segments == expected
    assert info.septets_or_units == length
    assert info.per_segment == (160 if expected <= 1 else 153)


@pytest.mark.parametrize("char", sorted(GSM_EXTENSION))
def test_extension_characters_cost_two_septets(char):
    info = segments(char)
    assert (info.encoding, info.characters, info.septets_or_units) == ("GSM-7", 1, 2)
    assert info.non_gsm_chars == ()


def test_a_single_euro_sign():
    info = segments("€")
    assert (info.encoding, info.segments, info.septets_or_units) == ("GSM-7", 1, 2)


def test_eighty_euro_signs_fill_one_segment_and_one_more_splits_it():
    assert segments("€" * 80).segments == 1
    assert segments("€" * 81).segments == 2
    assert segments("a" * 159 + "€").segments == 2  # 161 septets


def test_an_escape_sequence_is_never_split_across_segments():
    # 152 + 2 + 152 = 306 septets, which would fit in 2 x 153, but the € would straddle the
    # boundary, so it moves whole into the second segment and the text needs a third.
    text = "a" * 152 + "€" + "a" * 152
    info = segments(text)
    assert info.septets_or_units == 306
    assert info.segments == 3
    assert segments("a" * 151 + "€" + "a" * 153).segments == 2


@pytest.mark.parametrize(("length", "expected"), [
    (1, 1), (70, 1), (71, 2), (134, 2), (135, 3), (201, 3), (202, 4)])
def test_ucs2_segment_boundaries(length, expected):
    info = segments("ú" * length)
    assert (info.encoding, info.segments, info.septets_or_units) == ("UCS-2", expected, length)
    assert info.per_segment == (70 if expected == 1 else 67)


def test_one_accent_turns_the_whole_text_into_ucs2():
    assert segments("a" * 69 + "á").segments == 1
    assert segments("a" * 70 + "á").segments == 2
    assert segments("a" * 159 + "é").segments == 1  # é is in the basic set


def test_gsm_extension_characters_cost_one_unit_in_ucs2():
    info = segments("€" * 69 + "ú")
    assert (info.encoding, info.septets_or_units, info.segments) == ("UCS-2", 70, 1)


def test_emoji_outside_the_bmp_count_as_two_units():
    info = segments("😀")
    assert (info.encoding, info.characters, info.septets_or_units) == ("UCS-2", 1, 2)
    assert segments("😀" * 35).segments == 1  # 70 units
    assert segments("😀" * 36).segments == 2  # 72 units
    assert segments("a" * 68 + "😀").segments == 1
    assert segments("a" * 69 + "😀").segments == 2


def test_a_surrogate_pair_is_never_split_across_segments():
    # 67 emoji = 134 units = 2 x 67 on paper, but a segment holds 33 whole pairs (66 units).
    assert segments("😀" * 67).segments == 3
    assert segments("😀" * 66).segments == 2
    # 66 units then a pair: the pair does not fit in unit 67, so it opens segment two.
    info = segments("a" * 66 + "😀" + "a" * 5)
    assert (info.septets_or_units, info.segments) == (73, 2)


def test_non_gsm_characters_are_listed_once_in_order_seen():
    assert segments("úaúáü").non_gsm_chars == ("ú", "á")


def test_no_warning_for_one_segment():
    assert segment_warning("a" * 160) is None
    assert segment_warning("ú" * 70) is None
    assert segment_warning("") is None


def test_warning_for_a_long_gsm_text_and_its_doubled_characters():
    warning = segment_warning("{" * 81)
    assert warning.startswith("This text is 2 segments: 162 characters")
    assert "one segment holds 160 (153 each once split)" in warning
    assert "“{” counts as two characters" in warning


def test_warning_names_the_character_that_forced_ucs2():
    warning = segment_warning("Hola María, " + "a" * 70)
    assert warning.startswith("This text is 2 segments (UCS-2 because of “í”)")
    assert "one segment holds 70 (67 each once split)" in warning


def test_warning_suggests_plain_quotes_for_typographic_ones():
    text = "Maple Street Practice: you’re booked for tomorrow at 3:00 PM. Reply STOP to opt out."
    warning = segment_warning(text)
    assert "UCS-2 because of “’”" in warning
    assert "Typing “’” as “'” would help" in warning
    assert "Then it is 1 GSM-7 segment." in warning
    assert segments(replace_lookalikes(text)).encoding == "GSM-7"


def test_warning_shows_invisible_characters_by_name():
    warning = segment_warning("a\u00a0" * 40)
    assert "U+00A0 (no-break space)" in warning


def test_warning_mentions_emoji():
    assert "Emoji count as two characters." in segment_warning("Thanks 🙂" * 10)
