from __future__ import annotations

import pytest

from vault.domain.model import (
    MAX_TITLE_CHARS,
    Field,
    FieldType,
    RecordKind,
    clean_field,
    clean_title,
    field_type_for,
    parse_kind,
    parse_sensitivity,
)
from vault.errors import BadInput


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("2026-02-03", "2026-02-03"),
        ("2026/2/3", "2026-02-03"),
        ("２０２６年２月３日", "2026-02-03"),
        ("2024-02-29", "2024-02-29"),
    ],
)
def test_dates_are_stored_as_iso(raw: str, stored: str) -> None:
    assert clean_field(Field("d", raw, FieldType.DATE)).value == stored


@pytest.mark.parametrize("raw", ["2025-02-29", "2026-13-01", "昨日", "2026-1"])
def test_impossible_dates_are_refused(raw: str) -> None:
    with pytest.raises(BadInput, match="not a real date"):
        clean_field(Field("d", raw, FieldType.DATE))


def test_phone_numbers_accept_japanese_and_international_forms() -> None:
    for number in (
        "090-1234-5678",
        "０３－１２３４－５６７８",
        "+81 90 1234 5678",
        "+44 20 7946 0958",
        "(03) 1234 5678",
        "03-1234-5678 内線 12",
    ):
        assert clean_field(Field("p", number, FieldType.PHONE)).value


def test_a_long_vowel_mark_typed_for_a_dash_is_read_as_a_dash() -> None:
    assert clean_field(Field("p", "090ー1234ー5678", FieldType.PHONE)).value == "090-1234-5678"


@pytest.mark.parametrize("raw", ["CANARY-x-0312345678", "電話は0312345678です", "abc", "+"])
def test_text_around_digits_is_not_a_phone_number(raw: str) -> None:
    with pytest.raises(BadInput, match="not a phone number"):
        clean_field(Field("p", raw, FieldType.PHONE))


def test_empty_typed_values_are_allowed() -> None:
    assert clean_field(Field("d", "", FieldType.DATE)).value == ""


def test_kind_and_sensitivity_names_are_checked() -> None:
    assert parse_kind("credential") is RecordKind.CREDENTIAL
    with pytest.raises(BadInput, match="contact"):
        parse_kind("password")
    with pytest.raises(BadInput, match="special-care"):
        parse_sensitivity("secret")


def test_known_fields_carry_their_type() -> None:
    assert field_type_for(RecordKind.CREDENTIAL, "password") is FieldType.SECRET
    assert field_type_for(RecordKind.CONTACT, "email") is FieldType.EMAIL
    assert field_type_for(RecordKind.RECORD, "anything") is FieldType.TEXT


def test_titles_are_trimmed_and_bounded() -> None:
    assert clean_title("  メモ  ") == "メモ"
    with pytest.raises(BadInput, match="longer than"):
        clean_title("あ" * (MAX_TITLE_CHARS + 1))
