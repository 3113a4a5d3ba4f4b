"""Operators: labels, masks, keyed pseudonyms, and dates and addresses made coarser."""

from __future__ import annotations

import re

import pytest

from vault.errors import BadInput
from vault.redaction.detectors import Detector, Kind
from vault.redaction.operators import (
    DEFAULT_OPERATORS,
    PSEUDONYM_LETTERS,
    TOKENS,
    Operator,
    Redactor,
    choose,
    generalise_address,
    generalise_date,
    mask,
    parse_kind,
    parse_operator,
)

PSEUDONYM = re.compile(rf"^人物-[{PSEUDONYM_LETTERS}]{{8}}$")


def test_remove_leaves_a_label_of_the_kind() -> None:
    redactor = Redactor({Kind.NAME: Operator.REMOVE})
    assert redactor.replace(Kind.NAME, "佐藤 太郎", None) == "[氏名]"
    assert redactor.replace(Kind.MY_NUMBER, "123456789018", None) == "[個人番号]"


def test_mask_keeps_only_the_shape() -> None:
    assert mask("090-1234-5678") == "***-****-****"
    assert mask("taro@example.jp") == "****@*******.**"
    assert mask("佐藤 太郎") == "** **"
    assert mask("+81 (3) 1234") == "+** (*) ****"


def test_a_pseudonym_is_stable_within_an_export() -> None:
    redactor = Redactor({})
    first = redactor.replace(Kind.NAME, "佐藤 太郎", None)
    assert PSEUDONYM.match(first)
    assert redactor.replace(Kind.NAME, "佐藤太郎", None) == first  # spacing does not count
    assert redactor.replace(Kind.NAME, "ｻﾄｳ ﾀﾛｳ", "owner:r1") == redactor.replace(
        Kind.NAME, "Taro Sato", "owner:r1"
    )
    assert redactor.replace(Kind.NAME, "鈴木 花子", None) != first


def test_pseudonyms_differ_between_exports() -> None:
    assert Redactor({}).pseudonym(Kind.NAME, "x") != Redactor({}).pseudonym(Kind.NAME, "x")
    key = bytes(32)
    assert Redactor({}, key).pseudonym(Kind.NAME, "x") == Redactor({}, key).pseudonym(
        Kind.NAME, "x"
    )


def test_a_pseudonym_holds_nothing_a_detector_would_find() -> None:
    redactor = Redactor({})
    detector = Detector([])
    for number in range(200):
        for kind in Kind:
            pseudonym = redactor.pseudonym(kind, str(number))
            assert not re.search(r"[0-9aeiouy]", pseudonym.split("-")[1])
            assert detector.find(f"{pseudonym} 090") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1990-01-02", "1990-01"),
        ("1990年1月2日", "1990-01"),
        ("１９９０／１／２", "1990-01"),
        ("平成2年1月2日", "1990-01"),
        ("令和元年5月1日", "2019-05"),
        ("S60.1.2", "1985-01"),
        ("Jan 2, 1990", "1990-01"),
        ("2 January 1990", "1990-01"),
        ("13/02/1990", "1990-02"),
        ("02/13/1990", "1990-02"),
        ("02/03/1990", "1990"),  # day and month cannot be told apart
    ],
)
def test_generalised_dates_keep_year_and_month(text: str, expected: str) -> None:
    assert generalise_date(text) == expected


def test_a_date_that_cannot_be_read_is_removed() -> None:
    assert generalise_date("そのうち") is None
    assert Redactor({}).replace(Kind.DATE, "そのうち", None) == "[生年月日]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("東京都渋谷区神南1丁目2番3号", "東京都（以下略）"),
        ("〒150-0041 東京都渋谷区神南1-2-3", "東京都（以下略）"),
        ("京都府京都市下京区烏丸通1", "京都府（以下略）"),
        ("北海道札幌市中央区北一条西2丁目", "北海道（以下略）"),
    ],
)
def test_generalised_addresses_keep_the_prefecture(text: str, expected: str) -> None:
    assert generalise_address(text) == expected
    assert Redactor({}).replace(Kind.ADDRESS, text, None) == expected


def test_an_address_without_a_prefecture_is_removed() -> None:
    assert generalise_address("渋谷区神南1-2-3") is None
    assert Redactor({}).replace(Kind.ADDRESS, "渋谷区神南1-2-3", None) == "[住所]"


def test_only_dates_and_addresses_can_be_generalised() -> None:
    with pytest.raises(BadInput, match="Only dates and addresses can be generalised, not name"):
        choose({Kind.NAME: Operator.GENERALISE})
    assert choose({Kind.DATE: Operator.MASK})[Kind.DATE] is Operator.MASK
    assert choose({})[Kind.EMAIL] is DEFAULT_OPERATORS[Kind.EMAIL]


def test_kinds_and_operators_are_parsed_with_clear_errors() -> None:
    assert parse_kind(" Email ") is Kind.EMAIL
    assert parse_operator("MASK") is Operator.MASK
    with pytest.raises(BadInput, match="Unknown kind of personal data 'fax'"):
        parse_kind("fax")
    with pytest.raises(BadInput, match="Unknown operator 'hide'"):
        parse_operator("hide")


def test_tokens_are_the_operators_own_output_only() -> None:
    redactor = Redactor({})
    written = [f"[{label}]" for label in ("氏名", "住所")] + [redactor.pseudonym(Kind.EMAIL, "a")]
    for token in written:
        assert TOKENS.fullmatch(token)
    assert not TOKENS.search("佐藤 太郎 [佐藤] 人物-taro")
