"""Forms that probes written apart from the corpus found missed or over-redacted, each
checked in wording of its own: the fixes are general, not the probes' sentences."""

from __future__ import annotations

import pytest

from vault.redaction.detectors import Detector, Kind, Known

PEOPLE = [
    Known("伊藤 花子", Kind.NAME, "r1"),
    Known("いとう はなこ", Kind.NAME, "r1"),
    Known("前川 修", Kind.NAME, "r2"),
    Known("まえかわ おさむ", Kind.NAME, "r2"),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(PEOPLE)


def found(detector: Detector, text: str) -> list[tuple[str, Kind]]:
    return [(text[m.start : m.end], m.kind) for m in detector.find(text)]


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("確認者 H.I. の押印あり", "H.I."),  # given name first
        ("I. H.から返信", "I. H."),  # surname first
        ("起票 o.m.", "o.m."),
    ],
)
def test_the_dotted_initials_of_a_held_name(detector: Detector, text: str, initials: str) -> None:
    assert (initials, Kind.NAME) in found(detector, text)


def test_initials_are_never_read_without_their_dots(detector: Detector) -> None:
    assert found(detector, "This is HI-res; om nom.") == []


@pytest.mark.parametrize(
    "address",
    [
        "左京区川端通丸太町上る東丸太町30",
        "中京区新町通御池下る神明町",
        "烏丸通四条下ル水銀屋町620",
        "下京区堀川通五条東入",
    ],
)
def test_kyoto_street_addresses(detector: Detector, address: str) -> None:
    assert found(detector, f"届け先は{address}です。") == [(address, Kind.ADDRESS)]


@pytest.mark.parametrize("text", ["大通りを下る坂道", "交通量が下がる", "普通に上がる"])
def test_going_up_or_down_a_street_is_no_address(detector: Detector, text: str) -> None:
    assert found(detector, text) == []


def test_a_ward_does_not_take_the_words_before_it(detector: Detector) -> None:
    assert found(detector, "新しい事務所は北区赤羽2-3-4です。") == [("北区赤羽2-3-4", Kind.ADDRESS)]


@pytest.mark.parametrize(
    "date", ["平成九年七月七日", "一九九〇年十月一日", "昭和元年十二月二十九日"]
)
def test_a_birth_date_in_kanji_numerals(detector: Detector, date: str) -> None:
    assert found(detector, f"{date}生まれ") == [(date, Kind.DATE)]


def test_a_kanji_date_without_birth_is_kept(detector: Detector) -> None:
    assert found(detector, "令和五年四月一日に施行") == []


@pytest.mark.parametrize("mark", ["◆", "◇", "●", "■", "※"])
def test_an_email_with_a_symbol_for_the_at_sign(detector: Detector, mark: str) -> None:
    email = f"k.maekawa{mark}example.org"
    assert found(detector, f"連絡は{email}へ") == [(email, Kind.EMAIL)]


def test_names_listed_after_a_role_word_are_all_people(detector: Detector) -> None:
    text = "出席者：大塚、杉山・平野"
    assert [t for t, _kind in found(detector, text)] == ["大塚", "杉山", "平野"]


@pytest.mark.parametrize("business", ["伊藤建設", "前川工務店", "伊藤電機"])
def test_a_business_named_after_a_held_surname_is_kept(detector: Detector, business: str) -> None:
    assert found(detector, f"{business}に見積もりを出した。") == []


def test_a_castle_named_like_a_held_surname_is_kept(detector: Detector) -> None:
    assert found(detector, "前川城の跡を見学した。") == []


@pytest.mark.parametrize("term", ["帝王切開", "人工関節", "補聴器", "人工肛門"])
def test_medical_and_disability_terms_remove_their_sentence(detector: Detector, term: str) -> None:
    text = f"打ち合わせは済んだ。先月{term}の件で休んでいた。"
    assert found(detector, text) == [(f"先月{term}の件で休んでいた", Kind.SPECIAL_CARE)]


def test_a_word_after_a_name_and_to_is_no_name(detector: Detector) -> None:
    assert [t for t, _kind in found(detector, "田中さんと桜を見た。")] == ["田中"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("次女のひまりが同席した", "ひまり"),  # the dictionary cuts it: ひ + まり
        ("長男のユウトと来所", "ユウト"),
        ("息子のかいとくんが描いた絵", "かいと"),
    ],
)
def test_a_kana_given_name_after_a_family_word(detector: Detector, text: str, name: str) -> None:
    assert (name, Kind.NAME) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "長男のことで相談",
        "娘のために休む",
        "母のほうが詳しい",
        "担当者のみなさんへ",
        "娘のおばあちゃん",
    ],
)
def test_a_formal_noun_after_a_family_word_is_no_name(detector: Detector, text: str) -> None:
    assert found(detector, text) == []


def test_a_held_one_character_given_name_alone_in_brackets() -> None:
    detector = Detector([Known("濱田 葵", Kind.NAME, "r3")])
    assert ("葵", Kind.NAME) in found(detector, "浜田さん（葵）から電話")
    assert found(detector, "葵祭の日程") == []


@pytest.mark.parametrize(
    "text", ["熱中症で搬送された", "メニエール病と言われた", "胃腸炎で休み", "心臓疾患がある"]
)
def test_a_disease_the_lexicon_lacks_is_known_by_its_ending(detector: Detector, text: str) -> None:
    assert [kind for _, kind in found(detector, text)] == [Kind.SPECIAL_CARE]


@pytest.mark.parametrize("text", ["臆病な性格", "ネット炎上した", "病院で待ち合わせ", "火炎瓶"])
def test_words_that_only_share_a_disease_ending_are_kept(detector: Detector, text: str) -> None:
    assert found(detector, text) == []
