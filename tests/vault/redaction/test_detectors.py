"""Detectors: known values in every script and spelling, and each pattern, on NFKC text."""

from __future__ import annotations

import pytest

from vault.domain.model import Field, FieldType, RecordKind, Sensitivity
from vault.errors import BadInput
from vault.redaction.detectors import (
    PREFECTURES,
    Detector,
    Kind,
    Known,
    check_term,
    field_kind,
    is_special_care_field,
    known_values,
    luhn_valid,
    my_number_valid,
    romaji_variants,
)
from vault.redaction.known import person_like, record_known
from vault.redaction.operators import Redactor
from vault.session import Vault

PEOPLE = [
    Known("佐藤 太郎", Kind.NAME, "r1"),
    Known("さとう たろう", Kind.NAME, "r1"),
    Known("taro.sato12@example.jp", Kind.EMAIL, "r1"),
    Known("090-1234-5678", Kind.PHONE, "r1"),
    Known("東京都渋谷区神南1丁目2番3号", Kind.ADDRESS, "r1"),
    Known("伊藤 花子", Kind.NAME, "r2"),
    Known("いとう はなこ", Kind.NAME, "r2"),
    Known("Emma Smith", Kind.NAME, "r3"),
    Known("恵", Kind.NAME, "r4"),  # one character: too short to look for
    Known("Abe Design", Kind.ORGANIZATION, "c1"),
]
VALID_MY_NUMBER = "123456789018"
VISA = "4111111111111111"  # the card networks' test numbers pass Luhn
AMEX = "378282246310005"


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(PEOPLE)


def found(detector: Detector, text: str) -> list[tuple[str, Kind]]:
    return [(text[m.start : m.end], m.kind) for m in detector.find(text)]


# -- known values ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("佐藤 太郎様と打ち合わせ", "佐藤 太郎"),
        ("佐藤太郎様", "佐藤太郎"),
        ("佐藤　太郎様", "佐藤　太郎"),  # an ideographic space
        ("佐藤・太郎", "佐藤・太郎"),
        ("担当のさとう たろうさん", "さとう たろう"),
        ("サトウ タロウ", "サトウ タロウ"),
        ("ｻﾄｳ ﾀﾛｳ 様", "ｻﾄｳ ﾀﾛｳ"),  # half-width kana, the span still the original
        ("Call Taro Sato today", "Taro Sato"),
        ("SATO TARO", "SATO TARO"),
        ("Mr. Satoh", "Satoh"),
        ("Satō-san", "Satō"),
        ("Satou Tarou", "Satou Tarou"),
    ],
)
def test_a_name_is_found_in_kanji_kana_and_romaji(
    detector: Detector, text: str, expected: str
) -> None:
    assert found(detector, text) == [(expected, Kind.NAME)]


def test_name_parts_are_found_alone(detector: Detector) -> None:
    assert found(detector, "佐藤様より") == [("佐藤", Kind.NAME)]
    assert found(detector, "Hi Hanako,") == [("Hanako", Kind.NAME)]


def test_ascii_names_match_only_whole_words(detector: Detector) -> None:
    """ "ito" (伊藤) is not found inside "visitor"; it is in "Ito-san" and "ito12"."""
    assert found(detector, "a visitor came") == []
    assert found(detector, "Ito-san") == [("Ito", Kind.NAME)]
    assert found(detector, "login ito12") == [("ito", Kind.NAME)]


def test_one_character_values_are_not_looked_for(detector: Detector) -> None:
    assert found(detector, "恵比寿で会議") == []


def test_a_known_value_is_found_with_other_spacing(detector: Detector) -> None:
    assert found(detector, "東京都 渋谷区 神南 1丁目2番3号") == [
        ("東京都 渋谷区 神南 1丁目2番3号", Kind.ADDRESS)
    ]
    assert found(detector, "佐 藤 太 郎") == [("佐 藤 太 郎", Kind.NAME)]


def test_overlapping_matches_become_one_of_the_stronger_kind(detector: Detector) -> None:
    text = "mail TARO.SATO12@EXAMPLE.JP now"
    assert found(detector, text) == [("TARO.SATO12@EXAMPLE.JP", Kind.EMAIL)]


def test_an_organization_is_found_whole(detector: Detector) -> None:
    assert found(detector, "from abe design inc.") == [("abe design", Kind.ORGANIZATION)]
    assert found(detector, "Design studio") == []


def test_one_owner_keeps_one_key_across_scripts(detector: Detector) -> None:
    keys = {
        m.key for text in ("佐藤 太郎", "サトウ タロウ", "Taro Sato") for m in detector.find(text)
    }
    assert keys == {"owner:r1"}


def test_a_value_two_people_share_has_no_owner() -> None:
    shared = Detector([Known("山田 太郎", Kind.NAME, "a"), Known("山田 太郎", Kind.NAME, "b")])
    assert [m.key for m in shared.find("山田 太郎")] == [None]
    assert shared.key_of("山田 太郎") is None


def test_romaji_spellings_of_a_kana_name() -> None:
    assert romaji_variants("さとう") == ("satou", "sato", "satoh", "satō")
    assert romaji_variants("しゅんすけ")[0] == "shunsuke"
    assert romaji_variants("まっちゃ")[0] == "matcha"
    assert romaji_variants("キョウコ")[1] == "kyoko"
    assert romaji_variants("じゅんいち")[0] == "junichi"


def test_extra_terms_are_found_and_must_be_two_characters() -> None:
    terms = Detector([], ["プロジェクトX", "ＡＢＣ"])
    assert [m.kind for m in terms.find("プロジェクトｘの件、abc社")] == [Kind.TERM, Kind.TERM]
    with pytest.raises(BadInput, match="at least two characters"):
        check_term(" a ")


# -- patterns ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "taro@example.jp",
        "Ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ",
        "first.last+tag@mail.example.co.jp",
    ],
)
def test_email_addresses(text: str) -> None:
    assert found(Detector([]), f"連絡先: {text} まで") == [(text, Kind.EMAIL)]


@pytest.mark.parametrize(
    "text",
    [
        "03-1234-5678",
        "090-8765-4321",
        "０９０－８７６５－４３２１",  # full-width digits and hyphens
        "090ー8765ー4321",  # the long-vowel mark an IME slips in
        "(03) 1234-5678",
        "03(1234)5678",
        "0120-123-456",
        "09087654321",
        "+81 90-8765-4321",
        "+44 20 7946 0958",
        "+1 415 555 2671",
        "＋８１ ３ １２３４ ５６７８",
    ],
)
def test_phone_numbers_japanese_and_international(text: str) -> None:
    assert found(Detector([]), f"電話 {text} まで") == [(text, Kind.PHONE)]


@pytest.mark.parametrize("text", ["2026-05-01", "120000", "1234-5678", "ver 1.2.3.4.5"])
def test_other_numbers_are_not_phones(text: str) -> None:
    assert found(Detector([]), text) == []


def test_a_phone_is_cut_out_of_a_longer_run_of_numbers() -> None:
    assert found(Detector([]), "03-1234-5678 2026年") == [("03-1234-5678", Kind.PHONE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("〒150-0041 渋谷区", "〒150-0041"),
        ("〒１５０－００４１", "〒１５０－００４１"),
        ("〒1500041", "〒1500041"),
        ("住所 150-0041", "150-0041"),
        ("郵便番号 1500041", "1500041"),
        ("Postal code: 1500041", "1500041"),
    ],
)
def test_postal_codes(text: str, expected: str) -> None:
    assert found(Detector([]), text) == [(expected, Kind.POSTAL_CODE)]


def test_a_bare_seven_digit_number_is_no_postal_code() -> None:
    assert found(Detector([]), "注文番号 1500041") == []


def test_my_number_check_digit() -> None:
    assert my_number_valid(VALID_MY_NUMBER)
    assert not my_number_valid("123456789012")
    assert not my_number_valid("12345678901")
    assert not my_number_valid("12345678901x")


@pytest.mark.parametrize(
    "text", ["123456789018", "1234 5678 9018", "1234-5678-9018", "１２３４５６７８９０１８"]
)
def test_my_numbers_with_a_valid_check_digit_are_found(text: str) -> None:
    assert found(Detector([]), f"個人番号: {text}") == [(text, Kind.MY_NUMBER)]


def test_a_bare_number_with_a_wrong_check_digit_is_no_my_number() -> None:
    assert found(Detector([]), "注文番号: 1234 5678 9012") == []


@pytest.mark.parametrize(
    "text", ["個人番号: 1234 5678 9012", "マイナンバーは123456789012", "My Number 1234-5678-9012"]
)
def test_a_number_named_as_a_my_number_is_one_whatever_its_check_digit(text: str) -> None:
    """A mistyped My Number still names its person."""
    assert [kind for _text, kind in found(Detector([]), text)] == [Kind.MY_NUMBER]


def test_luhn() -> None:
    assert luhn_valid(VISA)
    assert luhn_valid(AMEX)
    assert not luhn_valid("4111111111111112")
    assert not luhn_valid("")


@pytest.mark.parametrize(
    "text",
    ["4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", "3782 822463 10005"],
)
def test_card_numbers_that_pass_luhn_are_found(text: str) -> None:
    assert found(Detector([]), f"card {text} exp 12/30") == [(text, Kind.CARD)]


def test_bare_numbers_that_fail_luhn_are_no_cards() -> None:
    assert found(Detector([]), "受付 4000 1234 5678 9011") == []


@pytest.mark.parametrize("text", ["card 4000 1234 5678 9011", "カード番号：4000-1234-5678-9011"])
def test_a_number_named_as_a_card_is_one_whatever_luhn_says(text: str) -> None:
    assert [kind for _text, kind in found(Detector([]), text)] == [Kind.CARD]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("東京都千代田区千代田1-1に伺います", "東京都千代田区千代田1-1"),
        ("北海道札幌市中央区北一条西2丁目1番地に行く", "北海道札幌市中央区北一条西2丁目1番地"),
        ("大阪府大阪市北区梅田１－２－３ 梅田ビル", "大阪府大阪市北区梅田１－２－３"),
        ("東京都港区六本木6丁目10番1号ビル", "東京都港区六本木6丁目10番1号"),
        ("鹿児島県鹿児島市山下町11番1号", "鹿児島県鹿児島市山下町11番1号"),
    ],
)
def test_prefecture_led_addresses(text: str, expected: str) -> None:
    assert found(Detector([]), text) == [(expected, Kind.ADDRESS)]


@pytest.mark.parametrize(
    "text", ["東京都内で会議", "京都府の紅葉", "東京都渋谷区で打ち合わせ", "東京都（以下略）"]
)
def test_a_prefecture_alone_is_no_address(text: str) -> None:
    assert found(Detector([]), text) == []


def test_there_are_47_prefectures() -> None:
    assert len(set(PREFECTURES)) == 47


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("生年月日：1990年1月2日", "1990年1月2日"),
        ("誕生日 1990/01/02", "1990/01/02"),
        ("平成2年1月2日生まれ", "平成2年1月2日"),
        ("生年月日 S60.1.2", "S60.1.2"),
        ("DOB: 02/01/1990", "02/01/1990"),
        ("born on January 2, 1990", "January 2, 1990"),
        ("Date of birth: 2 Jan 1990", "2 Jan 1990"),
        ("生年月日：１９９０年１月２日", "１９９０年１月２日"),
    ],
)
def test_dates_of_birth(text: str, expected: str) -> None:
    assert found(Detector([]), text) == [(expected, Kind.DATE)]


def test_other_dates_are_kept() -> None:
    assert found(Detector([]), "契約日 2026-05-01、納期 2026年6月30日") == []


# -- fields and the vault ---------------------------------------------------------------


def test_fields_personal_by_type_or_name() -> None:
    contact, note = RecordKind.CONTACT, RecordKind.RECORD
    assert field_kind(contact, Field("name", "x")) is Kind.NAME
    assert field_kind(note, Field("name", "ロゴ案")) is None  # a product's name, not a person's
    assert field_kind(note, Field("氏名", "x")) is Kind.NAME
    assert field_kind(note, Field("連絡", "x", FieldType.EMAIL)) is Kind.EMAIL
    assert field_kind(note, Field("Postal Code", "x")) is Kind.POSTAL_CODE
    assert field_kind(note, Field("生年月日", "1990-01-02", FieldType.DATE)) is Kind.DATE
    assert field_kind(note, Field("案件", "x")) is None


def test_special_care_fields_by_name() -> None:
    assert is_special_care_field(Field("病歴", "x"))
    assert is_special_care_field(Field("Medical history", "x"))
    assert not is_special_care_field(Field("案件", "x"))


def test_known_values_cover_every_client_of_the_vault(vault: Vault) -> None:
    first = vault.clients.add_client("佐藤商店", ["info@sato.example"], ["03-1111-2222"])
    second = vault.clients.add_client("Acme")
    contact = vault.clients.add_record(
        second.id,
        RecordKind.CONTACT,
        "担当",
        [
            Field("name", "鈴木 一郎"),
            Field("furigana", "すずき いちろう"),
            Field("phone", "080-1111-2222", FieldType.PHONE),
            Field("role", "部長"),
        ],
        Sensitivity.PERSONAL,
    )
    values = set(known_values(vault))
    assert {
        Known("佐藤商店", Kind.ORGANIZATION, first.id),
        Known("info@sato.example", Kind.EMAIL, first.id),
        Known("03-1111-2222", Kind.PHONE, first.id),
        Known("鈴木 一郎", Kind.NAME, contact.id),
        Known("すずき いちろう", Kind.NAME, contact.id),
        Known("080-1111-2222", Kind.PHONE, contact.id),
    } <= values
    assert not any(v.text == "部長" for v in values)


def test_the_phone_mask_keeps_the_bracket_before_the_number() -> None:
    text = "鈴木さん（090-1234-5678）"
    *_name, match = Detector([]).find(text)  # 鈴木さん is a person too
    assert text[match.start : match.end] == "090-1234-5678"
    masked = Redactor({}).replace(match.kind, text[match.start : match.end], None)
    assert text[: match.start] + masked + text[match.end :] == "鈴木さん（***-****-****）"


def test_a_special_care_sentence_is_one_span_without_its_full_stop() -> None:
    text = "初回面談。相談者はうつ病で抗うつ薬を服用中。次回は来週。"
    [match] = Detector([]).find(text)
    assert (text[match.start : match.end], match.kind) == (
        "相談者はうつ病で抗うつ薬を服用中",
        Kind.SPECIAL_CARE,
    )


def test_a_contact_title_and_a_person_like_client_name_are_known_names() -> None:
    assert [k.text for k in record_known("r", RecordKind.CONTACT, "鈴木 一郎", [])] == ["鈴木 一郎"]
    assert list(record_known("r", RecordKind.CONTACT, "経理", [])) == []
    assert person_like("山田太郎") and person_like("Jane Smith")
    assert not person_like("株式会社 山田") and not person_like("Acme Studio Inc")


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("振込先 みずほ銀行 新宿支店（当座）7654321", "みずほ銀行 新宿支店（当座）7654321"),
        ("普通 No.1234567 へ", "普通 No.1234567"),
    ],
)
def test_bank_accounts_with_the_type_in_brackets_or_a_number_sign(text: str, account: str) -> None:
    assert found(Detector([]), text) == [(account, Kind.BANK_ACCOUNT)]
