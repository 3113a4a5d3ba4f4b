"""Personal values found by their shape: e-mails, phones, postal codes, dates of birth,
prefecture-led addresses, My Numbers and card numbers.

A bare run of digits is a My Number only with a valid check digit and a card number only
if it passes Luhn; after the words that name them (個人番号, マイナンバー, カード番号, card)
the digits are taken whatever their check digit: a mistyped My Number still names its
person, and a leak costs more than a number redacted once too often."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vault.redaction.kinds import PREFECTURES, Kind

_EMAIL = re.compile(r"(?<![a-z0-9._%+\-])[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+")
# An opening bracket belongs to the number only around an area code: "(03)1234-5678",
# not the one before it in "さん（090-1234-5678）".
_PHONE = re.compile(r"(?<![\d+])\+?(?:\((?=\d{1,5}\)))?\d[\d \-.()]{6,24}\d(?!\d)")
_DIGIT_RUN = re.compile(r"(?<!\d)\d+(?:[ \-]\d+)*(?!\d)")
_DIGITS = re.compile(r"\d+")
_NOT_DIGIT = re.compile(r"\D")
_ANY_DIGIT = re.compile(r"\d")
_CHUNK = re.compile(r"\S+")
_POSTAL = re.compile(
    r"〒\s*\d{3}\s*-?\s*\d{4}(?!\d)"
    r"|(?<![\d\-])\d{3}-\d{4}(?![\d\-])"
    r"|(?:郵便番号|postal\s*code|zip\s*code|zip)\s*:?\s*(?P<bare>\d{7})(?!\d)"
)
_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# Japanese eras and the Gregorian year each began in (for dates of birth).
ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}
ERA_LETTERS = {"m": "明治", "t": "大正", "s": "昭和", "h": "平成", "r": "令和"}
_ERA = r"(?:明治|大正|昭和|平成|令和|[mtshr]\.?)\s*(?:\d{1,2}|元)"
# "1952年（昭和27年）4月10日": the other calendar's year in brackets after the year.
_OTHER_YEAR = r"(?:\s*\(\s*(?:明治|大正|昭和|平成|令和)?\s*(?:\d{1,4}|元)\s*年?\s*\))?"
# Written in kanji numerals: 昭和六十年五月五日, 一九八五年三月十二日.
_KANJI_NUMBER = r"[〇一二三四五六七八九十]"
_KANJI_DATE = (
    rf"(?:(?:明治|大正|昭和|平成|令和)\s*(?:{_KANJI_NUMBER}{{1,3}}|元)|{_KANJI_NUMBER}{{4}})\s*年"
    rf"\s*{_KANJI_NUMBER}{{1,3}}\s*月\s*{_KANJI_NUMBER}{{1,3}}\s*日"
)
_DATE = (
    rf"{_KANJI_DATE}"
    rf"|(?:\d{{4}}|{_ERA})\s*[-/.年]{_OTHER_YEAR}\s*\d{{1,2}}\s*[-/.月]\s*\d{{1,2}}\s*日?"
    r"|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
)
_BIRTH = r"(?:生年月日|誕生日|birth\s*date|date\s+of\s+birth|birthday|d\.?o\.?b\.?|born(?:\s+on)?)"
_DATE_OF_BIRTH = re.compile(
    rf"{_BIRTH}[\s:=(は]{{0,4}}(?P<before>{_DATE}|\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)"
    r"|(?P<after>" + _DATE + r")\s*(?:生まれ|生|born)"
    rf"|(?P<year>(?:\d{{4}}|{_ERA})\s*年{_OTHER_YEAR})\s*生まれ"
)
_MY_NUMBER_NAMED = re.compile(
    r"(?:マイナンバー|個人番号|my\s*number)(?:カード)?[^\d\n]{0,8}?"
    r"(?P<n>(?<!\d)\d{4}[ \-]?\d{4}[ \-]?\d{4})(?!\d)"
)
_CARD_NAMED = re.compile(
    r"(?:カード番号|クレジットカード|デビットカード|card(?:\s*(?:no\.?|number))?)[^\d\n]{0,8}?"
    r"(?P<n>(?<!\d)\d{4}(?:[ \-]?\d{4}){2}[ \-]?\d{2,4}|\d{4}[ \-]?\d{6}[ \-]?\d{5})(?!\d)"
)
_PREFECTURE = "|".join(PREFECTURES)
_ADDRESS = re.compile(
    rf"(?:{_PREFECTURE})[^\s\d、。,;:!?()\[\]「」『』]{{1,30}}?(?:市|区|町|村|郡)"
    r"[^\s、。,;:!?()\[\]「」『』]{0,30}?(?:\d+|[一二三四五六七八九十]+(?=丁目|番|号|条|線))"
    r"(?:[\d\-]|丁目|番地|番|号|条|線|[東西南北一二三四五六七八九十百]|の)*"
)


def my_number_valid(digits: str) -> bool:
    """The check digit of a 12-digit My Number (個人番号), as the ordinance defines it."""
    if len(digits) != 12 or not digits.isdigit():
        return False
    body = digits[:11][::-1]  # P1 is the digit just before the check digit
    total = sum(int(p) * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(body, 1))
    remainder = total % 11
    return int(digits[11]) == (0 if remainder <= 1 else 11 - remainder)


def luhn_valid(digits: str) -> bool:
    if not digits.isdigit() or len(digits) < 2:
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        value = int(ch) * (2 if i % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _is_phone(text: str) -> bool:
    """A Japanese number with its leading 0, or an international one with '+'."""
    import phonenumbers  # noqa: PLC0415 - a costly import, needed only when digits show up

    digits = _NOT_DIGIT.sub("", text)
    international = text.lstrip("(").startswith("+")
    if international:
        if not 8 <= len(digits) <= 15:
            return False
    elif not (digits.startswith("0") and 10 <= len(digits) <= 11):
        return False
    try:
        number = phonenumbers.parse(text, None if international else "JP")
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_possible_number(number))


Raw = tuple[int, int, Kind, str | None]  # start, end, kind, pseudonym key (None: the text)


def _phones(folded: str) -> Iterator[Raw]:
    """Candidates are cut at spaces and tried longest first ("03-1234-5678 2026" holds one)."""
    for candidate in _PHONE.finditer(folded):
        base = candidate.start()
        chunks = [(base + c.start(), base + c.end()) for c in _CHUNK.finditer(candidate.group())]
        i = 0
        while i < len(chunks):
            for j in range(len(chunks), i, -1):
                start, end = chunks[i][0], chunks[j - 1][1]
                if _is_phone(folded[start:end]):
                    yield start, end, Kind.PHONE, None
                    i = j
                    break
            else:
                i += 1


def _numbers(folded: str) -> Iterator[Raw]:
    """My Numbers (check digit) and card numbers (Luhn) in runs of digit groups."""
    for run in _DIGIT_RUN.finditer(folded):
        groups = [
            (run.start() + g.start(), run.start() + g.end()) for g in _DIGITS.finditer(run.group())
        ]
        if sum(end - start for start, end in groups) < 12:
            continue
        i = 0
        while i < len(groups):
            best: tuple[int, Kind] | None = None
            digits = ""
            for j in range(i, len(groups)):
                digits += folded[groups[j][0] : groups[j][1]]
                if len(digits) > 19:
                    break
                if len(digits) == 12 and my_number_valid(digits):
                    best = (j, Kind.MY_NUMBER)
                elif len(digits) >= 13 and luhn_valid(digits):
                    best = (j, Kind.CARD)
            if best is None:
                i += 1
                continue
            yield groups[i][0], groups[best[0]][1], best[1], None
            i = best[0] + 1


def _patterns(folded: str) -> Iterator[Raw]:
    for m in _EMAIL.finditer(folded):
        yield m.start(), m.end(), Kind.EMAIL, None
    for m in _POSTAL.finditer(folded):
        group = "bare" if m.group("bare") else 0
        yield m.start(group), m.end(group), Kind.POSTAL_CODE, None
    for m in _DATE_OF_BIRTH.finditer(folded):
        group = next(g for g in ("before", "after", "year") if m.group(g))
        yield m.start(group), m.end(group), Kind.DATE, None
    for m in _ADDRESS.finditer(folded):
        yield m.start(), m.end(), Kind.ADDRESS, None
    if _ANY_DIGIT.search(folded):
        yield from _phones(folded)
        yield from _numbers(folded)
        for m in _MY_NUMBER_NAMED.finditer(folded):
            yield m.start("n"), m.end("n"), Kind.MY_NUMBER, None
        for m in _CARD_NAMED.finditer(folded):
            yield m.start("n"), m.end("n"), Kind.CARD, None
