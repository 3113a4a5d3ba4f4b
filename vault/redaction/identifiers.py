"""Bank accounts, addresses without a prefecture, and e-mail addresses written to dodge
a pattern (★, a full-width at sign, [at], (at), アットマーク), found in normalised text
(NFKC, case-folded)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vault.redaction.kinds import Kind

Raw = tuple[int, int, Kind, str | None]

_INSTITUTION = (
    r"[^\s、。,;:()「」]{0,14}?(?:銀行|信用金庫|信金|信用組合|信組|労働金庫|労金|農業協同組合|"
    r"農協|ja(?:バンク)?|ゆうちょ銀行|ゆうちょ)"
)
_BRANCH = r"(?:[^\s、。,;:()「」]{1,14}?(?:支店|営業部|出張所|支所)|本店(?:営業部)?)"
_TYPE = (
    r"(?:普通預金|当座預金|貯蓄預金|普通口座|当座口座|普通|当座|貯蓄"
    r"|\((?:普|当|普通|当座|貯蓄)(?:預金)?\))"
)
_NUMBER = r"(?:口座)?(?:番号)?\s*[:：]?\s*(?:no\.?\s*)?(?<!\d)\d{7,8}(?!\d)"
_BANK = re.compile(
    rf"(?:{_INSTITUTION}\s*)?(?:{_BRANCH}\s*)?{_TYPE}\s*{_NUMBER}"
    rf"|{_INSTITUTION}\s*{_BRANCH}\s*{_NUMBER}"
    r"|口座番号\s*[:：]?\s*(?<!\d)\d{7,8}(?!\d)"
)
# ゆうちょ: 記号 (5 digits, starting 1) and 番号 (up to 8 digits).
_YUCHO = re.compile(
    r"(?:ゆうちょ(?:銀行)?\s*)?記号\s*[:：]?\s*1\d{4}\s*[-]?\s*番号\s*[:：]?\s*\d{6,8}(?!\d)"
    r"|ゆうちょ(?:銀行)?\s*(?:口座\s*)?1\d{4}\s*-\s*\d{6,8}(?!\d)"
)

# Kanji or katakana (南アルプス市), or hiragana right before the suffix (さいたま市): not a
# run that mixes them, which would take the words before it along (事務所は下京区).
_MUNICIPALITY = (
    r"(?:[\u4e00-\u9fff\u30a1-\u30faヶケ]{1,8}?|[\u4e00-\u9fff]{0,2}[\u3041-\u3096]{2,7})"
    r"(?:市|区|町|村|郡)"
)
_BLOCK = (
    r"(?:\d+|[一二三四五六七八九十]+)(?:丁目|番地|番|号|条|線)"
    r"(?:\s*[\u4e00-\u9fff]{0,3}(?:\d+|[東西南北]|[一二三四五六七八九十]+)(?:丁目|番地|番|号|条|線|-)?)*"
    r"|\d+(?:-\d+){1,3}"
)
_BUILDING = (
    r"(?:\s?[^\s、。,;:()「」]{0,20}?(?:ビル|マンション|ハイツ|コーポ|荘|レジデンス|タワー|"
    r"ハウス|アパート|パレス|メゾン|ヒルズ|コート|プラザ|ガーデン|団地)"
    r"[^\s、。,;:()「」]{0,6}?\s?\d{1,4}(?:号室|号|階|f)?)"
)
# Kyoto's street addresses: a street (〜通), a cross street, a direction from it (上る
# north, 下る south, 西入/東入), then the town and its number: 中京区河原町通三条上る恵比須町427.
_DIRECTION = r"(?:上る|上ル|上がる|下る|下ル|下がる|[東西]入る|[東西]入ル|[東西]入)"
_STREET_ADDRESS = (  # the ward first when there is one
    rf"(?:{_MUNICIPALITY})*[\u4e00-\u9fff]{{1,8}}?通[\u4e00-\u9fff]{{0,6}}?{_DIRECTION}"
    r"(?:[\u4e00-\u9fff\u30a1-\u30faヶケ]{1,8}?町)?(?:\s?\d+(?:-\d+){0,3}(?:番地?)?)?"
)

_ADDRESS = re.compile(
    rf"(?:{_MUNICIPALITY})+[\u4e00-\u9fff\u3041-\u3096\u30a1-\u30faヶケ]{{0,10}}?"
    rf"(?:{_BLOCK}){_BUILDING}?"
    # A town alone with its block: 本郷5-12-4-305, 本郷五丁目 (dates and phones have
    # longer groups).
    r"|(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,4}(?<![号番日月年])"
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})丁目[\d\-番地号]*"
    r"|\d{1,3}-\d{1,3}-\d{1,4}(?:-\d{1,4})?(?!\d))"
    rf"{_BUILDING}?"
)
_STREET = re.compile(rf"{_STREET_ADDRESS}{_BUILDING}?")

# Symbols written for the at sign: stars, diamonds, circles, squares, a reference mark.
_AT = r"(?:@|[★☆◆◇●○■□※]|\[at\]|\(at\)|\s+at\s+|\(アットマーク\)|アットマーク|\[@\]|\(@\))"
_DOT = r"(?:\.|\[dot\]|\(dot\)|\s+dot\s+)"
_OBFUSCATED_EMAIL = re.compile(
    rf"(?<![a-z0-9._%+\-])[a-z0-9][a-z0-9._%+\-]*\s*{_AT}\s*[a-z0-9\-]+(?:\s*{_DOT}\s*[a-z0-9\-]+)+"
)


# Cheap tests first: most texts hold none of these words, and the patterns backtrack.
_BANK_WORDS = re.compile(r"普通|当座|貯蓄|\((?:普|当)\)|口座")
_YUCHO_WORDS = re.compile(r"記号|ゆうちょ")
_ADDRESS_WORDS = re.compile(
    r"[市区町村郡][^\n]{0,24}?(?:\d|丁目)|丁目|\d-\d{1,3}-\d|通[^\n]{0,6}?(?:[上下][るルが]|[東西]入)"
)
_AT_WORDS = re.compile(r"[@★☆◆◇●○■□※]|\bat\b|アットマーク")


def identifiers(folded: str) -> Iterator[Raw]:
    if _BANK_WORDS.search(folded):
        for m in _BANK.finditer(folded):
            yield m.start(), m.end(), Kind.BANK_ACCOUNT, None
    if _YUCHO_WORDS.search(folded):
        for m in _YUCHO.finditer(folded):
            yield m.start(), m.end(), Kind.BANK_ACCOUNT, None
    if _ADDRESS_WORDS.search(folded):
        for m in _ADDRESS.finditer(folded):
            yield m.start(), m.end(), Kind.ADDRESS, None
        for m in _STREET.finditer(folded):
            yield m.start(), m.end(), Kind.ADDRESS, None
    if _AT_WORDS.search(folded):
        for m in _OBFUSCATED_EMAIL.finditer(folded):
            yield m.start(), m.end(), Kind.EMAIL, None
