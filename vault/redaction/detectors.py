"""Finding personal data in text: every value the vault knows, plus patterns.

Text is matched after the search index's normalisation (NFKC, case-folded, dashes
between digits read as '-'), so full-width digits and letters match their ASCII
forms; matches are mapped back to spans of the original text. The known values of
every client's people are looked up by hashing (each position's first two characters
pick the lengths worth trying), so a field is scanned once whatever the number of
people; a loop over thousands of values per field would not keep up, and neither does
Python's re with an alternation of thousands of Japanese names. A second pass over the
text with separators (spaces, hyphens, dots) removed finds a value written with other
spacing. ASCII terms match only as whole words ("ito" is not found in "visitor");
Japanese ones match anywhere, since Japanese has no word boundaries and
over-redaction is the safe side.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from vault.domain.model import MAX_TITLE_CHARS, Field, FieldType, RecordKind, clean_text
from vault.errors import BadInput
from vault.importing.datasets import personal_values
from vault.search import normalize

if TYPE_CHECKING:
    from vault.session import Vault


class Kind(StrEnum):
    """What a found value is; the user picks an operator per kind."""

    NAME = "name"
    ORGANIZATION = "organization"  # a client's own name
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"
    POSTAL_CODE = "postal_code"
    DATE = "date"  # of birth
    MY_NUMBER = "my_number"
    CARD = "card"
    TERM = "term"  # added by the user for one export


# Where matches overlap, their union is redacted as the kind listed first.
PRIORITY = (
    Kind.MY_NUMBER,
    Kind.CARD,
    Kind.EMAIL,
    Kind.PHONE,
    Kind.ADDRESS,
    Kind.POSTAL_CODE,
    Kind.DATE,
    Kind.NAME,
    Kind.ORGANIZATION,
    Kind.TERM,
)
_RANK = {kind: rank for rank, kind in enumerate(PRIORITY)}

PREFECTURES = (
    "北海道",
    "青森県",
    "岩手県",
    "宮城県",
    "秋田県",
    "山形県",
    "福島県",
    "茨城県",
    "栃木県",
    "群馬県",
    "埼玉県",
    "千葉県",
    "東京都",
    "神奈川県",
    "新潟県",
    "富山県",
    "石川県",
    "福井県",
    "山梨県",
    "長野県",
    "岐阜県",
    "静岡県",
    "愛知県",
    "三重県",
    "滋賀県",
    "京都府",
    "大阪府",
    "兵庫県",
    "奈良県",
    "和歌山県",
    "鳥取県",
    "島根県",
    "岡山県",
    "広島県",
    "山口県",
    "徳島県",
    "香川県",
    "愛媛県",
    "高知県",
    "福岡県",
    "佐賀県",
    "長崎県",
    "熊本県",
    "大分県",
    "宮崎県",
    "鹿児島県",
    "沖縄県",
)

MIN_TERM_CHARS = 2  # one kanji or letter would match nearly everywhere


# -- normalisation ------------------------------------------------------------------------

_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212・.()_]+")
_KEPT = re.compile(r"[^\s\-\u2010-\u2015\u2212・.()_]+")  # what `compact` leaves
# A character and the combining marks NFKC may fold into it (half-width dakuten too).
_CLUSTER = re.compile(
    "."
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff"
    "\u3099\u309a\ufe00-\ufe0f\ufe20-\ufe2f\uff9e\uff9f]*",
    re.DOTALL,
)


def compact(folded: str) -> str:
    """Normalised text without spaces, hyphens, dots or brackets: "090-1234-5678" → digits."""
    return _SEPARATORS.sub("", folded)


@functools.lru_cache(maxsize=4096)
def _fold_cluster(cluster: str) -> str:
    return unicodedata.normalize("NFKC", cluster).casefold()


class _Mapping:
    """Normalised text and, per normalised character, the original span it came from."""

    def __init__(self, text: str, folded: str) -> None:
        self.starts: list[int] | None = None
        self.ends: list[int] = []
        if len(folded) == len(text) and (text.isascii() or unicodedata.is_normalized("NFKC", text)):
            self.text = folded  # one character for one: case folding kept every length
            return
        pieces: list[str] = []
        self.starts = starts = []
        ends = self.ends
        for cluster in _CLUSTER.finditer(text):
            piece = _fold_cluster(cluster.group())
            pieces.append(piece)
            starts.extend([cluster.start()] * len(piece))
            ends.extend([cluster.end()] * len(piece))
        joined = "".join(pieces)
        again = normalize(joined)  # dashes between digits; else already normalised
        self.text = again if len(again) == len(joined) else joined

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


# -- the known values ---------------------------------------------------------------------


@dataclass(frozen=True)
class Known:
    """A personal value the vault holds, and whose it is (a record or client id)."""

    text: str
    kind: Kind
    owner: str


_KEY_KINDS: dict[Kind, tuple[str, ...]] = {
    Kind.NAME: (
        "name",
        "名前",
        "氏名",
        "お名前",
        "フルネーム",
        "担当者",
        "担当者名",
        "furigana",
        "ふりがな",
        "フリガナ",
        "よみがな",
        "読み",
        "romaji",
        "ローマ字",
    ),
    Kind.EMAIL: ("email", "e-mail", "mail", "メール", "メールアドレス"),
    Kind.PHONE: ("phone", "tel", "mobile", "fax", "電話", "電話番号", "携帯", "携帯電話"),
    Kind.ADDRESS: ("address", "住所", "所在地"),
    Kind.POSTAL_CODE: ("postal_code", "zip", "zip_code", "郵便番号"),
    Kind.DATE: ("birthday", "birth_date", "date_of_birth", "dob", "生年月日", "誕生日"),
    Kind.MY_NUMBER: ("my_number", "マイナンバー", "個人番号"),
    Kind.CARD: ("card_number", "credit_card", "カード番号", "クレジットカード"),
}
_KINDS_BY_KEY = {compact(normalize(key)): kind for kind, keys in _KEY_KINDS.items() for key in keys}
_CONTACT_ONLY = frozenset({"name", "名前"})  # elsewhere a "name" may be a product's
# Keys naming APPI art. 2(3) categories (要配慮個人情報): such fields are always removed.
_SPECIAL_CARE_WORDS = (
    "病歴",
    "病名",
    "持病",
    "既往",
    "健康",
    "診断",
    "診療",
    "通院",
    "服薬",
    "処方",
    "障害",
    "障がい",
    "人種",
    "信条",
    "宗教",
    "社会的身分",
    "犯罪",
    "前科",
    "逮捕",
    "medical",
    "health",
    "diagnos",
    "disabilit",
    "religio",
    "ethnic",
    "criminal",
    "conviction",
    "medication",
)
_KNOWN_KINDS = frozenset(Kind) - {Kind.DATE, Kind.TERM}  # a birth date alone is not unique


def field_kind(record_kind: RecordKind, item: Field) -> Kind | None:
    """The kind of personal value a whole field holds, by its type or its name."""
    if item.type is FieldType.EMAIL:
        return Kind.EMAIL
    if item.type is FieldType.PHONE:
        return Kind.PHONE
    key = compact(normalize(item.key))
    if key in _CONTACT_ONLY and record_kind is not RecordKind.CONTACT:
        return None
    return _KINDS_BY_KEY.get(key)


def is_special_care_field(item: Field) -> bool:
    key = compact(normalize(item.key))
    return any(word in key for word in _SPECIAL_CARE_WORDS)


# A dataset column's role (vault/storage/attachments.py DATASET_ROLES) as a kind of known value.
_DATASET_KINDS = {
    "name": Kind.NAME,
    "furigana": Kind.NAME,
    "email": Kind.EMAIL,
    "phone": Kind.PHONE,
    "postal_code": Kind.POSTAL_CODE,
    "address": Kind.ADDRESS,
}


def known_values(vault: Vault) -> Iterator[Known]:
    """Every client's name, e-mails and phones, the personal fields of every record, and
    the personal columns of every dataset a client handed over (by its column map)."""
    store = vault.state.store
    for client in store.list_clients():
        yield Known(client.name, Kind.ORGANIZATION, client.id)
        yield from (Known(email, Kind.EMAIL, client.id) for email in client.emails)
        yield from (Known(phone, Kind.PHONE, client.id) for phone in client.phones)
        for record in store.list_records(client.id):
            for item in record.fields:
                kind = field_kind(record.kind, item)
                if kind in _KNOWN_KINDS:
                    yield Known(item.value, kind, record.id)
        for value, role in personal_values(vault, client.id):  # the client's own lists
            dataset_kind = _DATASET_KINDS.get(role)
            if dataset_kind is not None:
                yield Known(value, dataset_kind, client.id)


# -- names: parts, kana forms and romaji ---------------------------------------------------

_NAME_PARTS = re.compile(r"[\s・,、]+")
_SYLLABLE_ROWS = (
    ("あいうえお", ("a", "i", "u", "e", "o")),
    ("かきくけこ", ("ka", "ki", "ku", "ke", "ko")),
    ("さしすせそ", ("sa", "shi", "su", "se", "so")),
    ("たちつてと", ("ta", "chi", "tsu", "te", "to")),
    ("なにぬねの", ("na", "ni", "nu", "ne", "no")),
    ("はひふへほ", ("ha", "hi", "fu", "he", "ho")),
    ("まみむめも", ("ma", "mi", "mu", "me", "mo")),
    ("やゆよ", ("ya", "yu", "yo")),
    ("らりるれろ", ("ra", "ri", "ru", "re", "ro")),
    ("わゐゑをん", ("wa", "i", "e", "o", "n")),
    ("がぎぐげご", ("ga", "gi", "gu", "ge", "go")),
    ("ざじずぜぞ", ("za", "ji", "zu", "ze", "zo")),
    ("だぢづでど", ("da", "ji", "zu", "de", "do")),
    ("ばびぶべぼ", ("ba", "bi", "bu", "be", "bo")),
    ("ぱぴぷぺぽ", ("pa", "pi", "pu", "pe", "po")),
    ("ぁぃぅぇぉゔゎ", ("a", "i", "u", "e", "o", "vu", "wa")),
)
_SYLLABLES = {
    kana: romaji
    for row, spellings in _SYLLABLE_ROWS
    for kana, romaji in zip(row, spellings, strict=True)
}
_SMALL_Y = {"ゃ": "a", "ゅ": "u", "ょ": "o"}
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30f6ー\s・]+")


def to_hiragana(text: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in text)


def to_katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in text)


def _hepburn(kana: str) -> str:
    """Kana as Hepburn romaji with long vowels spelled out ("さとう" → "satou")."""
    out: list[str] = []
    double = False
    for ch in to_hiragana(kana):
        if ch in _SMALL_Y and out and out[-1].endswith("i"):
            base = out.pop()[:-1]
            joint = "" if base.endswith(("sh", "ch", "j")) else "y"
            out.append(base + joint + _SMALL_Y[ch])
        elif ch == "っ":
            double = True
        elif ch == "ー":
            out.append(out[-1][-1] if out else "")
        else:
            syllable = _SYLLABLES.get(ch, _SMALL_Y.get(ch, ""))
            if double and syllable:
                syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
                double = False
            out.append(syllable)
    return "".join(out)


def romaji_variants(kana: str) -> tuple[str, ...]:
    """The ways a kana name is spelled in Latin letters: satou, sato, satoh, satō."""
    raw = _hepburn(kana)
    return (
        raw,
        re.sub("ou|oo", "o", raw).replace("uu", "u"),
        re.sub("ou|oo", "oh", raw).replace("uu", "u"),
        re.sub("ou|oo", "ō", raw).replace("uu", "ū"),
    )


def _name_terms(folded: str) -> Iterator[str]:
    """A name, its parts, both kana scripts, and romaji in either order."""
    parts = [p for p in _NAME_PARTS.split(folded) if p]
    yield folded
    yield " ".join(reversed(parts))
    yield from parts
    if not _KANA.fullmatch(folded):
        return
    for script in (to_hiragana, to_katakana):
        yield script(folded)
        yield from (script(p) for p in parts)
    spellings = [romaji_variants(p) for p in parts]
    for style in range(len(spellings[0]) if spellings else 0):
        words = [s[style] for s in spellings]
        yield from words
        yield " ".join(words)
        yield " ".join(reversed(words))


def _terms(known: Known) -> Iterator[str]:
    folded = normalize(known.text).strip()
    if known.kind is Kind.NAME:
        yield from _name_terms(folded)
    else:
        yield folded


def check_term(text: str) -> str:
    """A term the user adds for one export, normalised; refused when too short to use."""
    folded = normalize(clean_text(text, "term to redact", MAX_TITLE_CHARS)).strip()
    if len(folded) < MIN_TERM_CHARS:
        raise BadInput("A term to redact needs at least two characters.")
    return folded


# -- the combined matcher ------------------------------------------------------------------

_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_DIGIT_CHARS = frozenset("0123456789")

Entry = tuple[Kind, str | None]  # a term's kind and pseudonym key


def _bounded(text: str, start: int, end: int) -> bool:
    """ASCII terms stand as words: "ito" is not in "visitor"; "taro12" still holds "taro"."""
    if text[start] in _WORD and start and text[start - 1] in _WORD:
        return False
    if end == len(text):
        return True
    last, after = text[end - 1], text[end]
    return not (
        (last in _LETTERS and after in _LETTERS) or (last in _DIGIT_CHARS and after in _DIGIT_CHARS)
    )


class _Terms:
    """Terms found by hashing, Aho-Corasick-like: a position's first two characters pick
    the term lengths worth trying there, longest first. The cost per character does not
    grow with the number of people (a regex alternation of them would, in Python's re)."""

    def __init__(self, terms: dict[str, Entry]) -> None:
        self.entries = terms
        lengths: dict[str, set[int]] = {}
        for term in terms:
            lengths.setdefault(term[:MIN_TERM_CHARS], set()).add(len(term))
        self._lengths = {head: sorted(found, reverse=True) for head, found in lengths.items()}

    def scan(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, term), leftmost-longest, not overlapping."""
        lengths_at = self._lengths.get
        entries = self.entries
        size = len(text)
        i = 0
        while i < size - 1:
            step = 1
            for length in lengths_at(text[i : i + MIN_TERM_CHARS], ()):
                term = text[i : i + length]
                if i + length <= size and term in entries and _bounded(text, i, i + length):
                    yield i, i + length, term
                    step = length
                    break
            i += step


# -- patterns ------------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![a-z0-9._%+\-])[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+")
_PHONE = re.compile(r"(?<![\d+])\+?\(?\d[\d \-.()]{6,24}\d(?!\d)")
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
_DATE = (
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"|(?:明治|大正|昭和|平成|令和|[mtshr]\.?)\s*(?:\d{1,2}|元)\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]"
    r"\s*\d{1,2}\s*日?"
    r"|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
)
_BIRTH = r"(?:生年月日|誕生日|birth\s*date|date\s+of\s+birth|birthday|d\.?o\.?b\.?|born(?:\s+on)?)"
_DATE_OF_BIRTH = re.compile(
    rf"{_BIRTH}[\s:=(は]{{0,4}}(?P<before>{_DATE})|(?P<after>{_DATE})\s*(?:生まれ|生|born)"
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
        group = "before" if m.group("before") else "after"
        yield m.start(group), m.end(group), Kind.DATE, None
    for m in _ADDRESS.finditer(folded):
        yield m.start(), m.end(), Kind.ADDRESS, None
    if _ANY_DIGIT.search(folded):
        yield from _phones(folded)
        yield from _numbers(folded)


# -- the detector --------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    """A span of the original text and what it is. `key` names the person or value a
    pseudonym is derived from; None means the matched text itself."""

    start: int
    end: int
    kind: Kind
    key: str | None


def _merge(raw: list[Raw]) -> list[Match]:
    """Overlapping matches become one, of the highest-priority kind among them."""
    raw.sort(key=lambda r: (r[0], -r[1]))
    merged: list[Match] = []
    best: Raw | None = None  # the match whose kind the last merged span carries
    for item in raw:
        start, end, kind, key = item
        if not merged or start >= merged[-1].end:
            merged.append(Match(start, end, kind, key))
            best = item
            continue
        last = merged[-1]
        if best is None or _RANK[kind] < _RANK[best[2]]:
            best = item
        new_end = max(end, last.end)
        whole = (best[0], best[1]) == (last.start, new_end)
        merged[-1] = Match(last.start, new_end, best[2], best[3] if whole else None)
    return merged


class Detector:
    """Known values and patterns, prepared once per export; `find` runs on every text."""

    def __init__(self, known: Iterable[Known], extra_terms: Iterable[str] = ()) -> None:
        terms: dict[str, Entry] = {}
        for value in known:
            for term in _terms(value):
                _add(terms, term, value.kind, f"owner:{value.owner}")
        for term in extra_terms:
            _add(terms, check_term(term), Kind.TERM, None)
        squeezed: dict[str, Entry] = {}
        for term, (kind, key) in terms.items():
            _add(squeezed, compact(term), kind, key)
        self._terms = _Terms(terms)
        self._compact_terms = _Terms(squeezed)

    def __len__(self) -> int:
        return len(self._terms.entries)

    def find(self, text: str) -> list[Match]:
        """Every personal value in `text`, as non-overlapping spans of `text` in order."""
        folded = normalize(text)
        raw = self._scan(folded)
        if not raw:
            return []
        mapping = _Mapping(text, folded)
        if mapping.text != folded:
            raw = self._scan(mapping.text)
        mapped = [(*mapping.span(start, end), kind, key) for start, end, kind, key in raw]
        return _merge(mapped)

    def key_of(self, text: str) -> str | None:
        """The pseudonym key of a whole value: its owner when the vault knows whose it is."""
        found = self._terms.entries.get(normalize(text).strip())
        return found[1] if found else None

    def _scan(self, folded: str) -> list[Raw]:
        entries = self._terms.entries
        found: list[Raw] = [
            (start, end, *entries[term]) for start, end, term in self._terms.scan(folded)
        ]
        found.extend(_patterns(folded))
        found.extend(self._scan_compact(folded))
        return found

    def _scan_compact(self, folded: str) -> Iterator[Raw]:
        """Terms in the text with its separators removed, mapped back to `folded`."""
        matches = list(self._compact_terms.scan(compact(folded)))
        if not matches:
            return
        positions: list[int] = []  # compact index -> normalised index
        for run in _KEPT.finditer(folded):
            positions.extend(range(run.start(), run.end()))
        entries = self._compact_terms.entries
        for start, end, term in matches:
            yield positions[start], positions[end - 1] + 1, *entries[term]


def _add(terms: dict[str, Entry], term: str, kind: Kind, key: str | None) -> None:
    """Record a term; one held by two owners is pseudonymised by its text instead."""
    if len(term) < MIN_TERM_CHARS:
        return
    seen = terms.get(term)
    if seen is None:
        terms[term] = (kind, key)
        return
    best = seen[0] if _RANK[seen[0]] <= _RANK[kind] else kind
    terms[term] = (best, seen[1] if seen[1] == key else None)
