"""The forms a known name is looked for in: both orders, its parts, both kana scripts,
half-width kana (folded by NFKC), romaji in both orders and as initials, and 異体字."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from vault.domain.model import MAX_TITLE_CHARS, clean_text
from vault.errors import BadInput
from vault.redaction.kinds import MIN_TERM_CHARS, Kind
from vault.redaction.known import Known
from vault.redaction.morph import tokens
from vault.search import normalize

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


# How sure a term is to be a name wherever it stands: a whole name is; a part (a
# surname alone) must stand as a word of its own or be called by a title; a weak part
# (one in hiragana, a short romaji word) must be called by a title or follow a role word.
FULL, PART, WEAK = 0, 1, 2

# 異体字: the forms one name is written in, folded to one (one character for one, so
# spans stay put). Both the terms and the text are folded.
_VARIANTS = {
    "沢": "澤",
    "髙": "高",
    "﨑": "崎",
    "嵜": "崎",
    "埼": "崎",
    "邊": "辺",
    "邉": "辺",
    "齋": "斎",
    "齊": "斎",
    "斉": "斎",
    "濱": "浜",
    "濵": "浜",
    "廣": "広",
    "櫻": "桜",
    "嶋": "島",
    "嶌": "島",
    "國": "国",
    "藏": "蔵",
    "眞": "真",
    "德": "徳",
    "惠": "恵",
    "圓": "円",
    "龍": "竜",
    "冨": "富",
    "槇": "槙",
    "彌": "弥",
    "實": "実",
    "關": "関",
    "淺": "浅",
    "壽": "寿",
    "遙": "遥",
    "瀨": "瀬",
    "萬": "万",
    "曾": "曽",
    "黑": "黒",
    "榮": "栄",
    "澁": "渋",
    "峯": "峰",
    "舘": "館",
    "祐": "佑",
    "禎": "禎",
    "吉": "吉",
    "𠮷": "吉",
    "柳": "柳",
    "桒": "桑",
    "塚": "塚",
    "﨔": "欅",
}
VARIANTS = str.maketrans({k: v for k, v in _VARIANTS.items() if k != v})


def is_kana(text: str) -> bool:
    return _KANA.fullmatch(normalize(text).strip()) is not None


def name_parts(folded: str) -> list[str]:
    """A name's parts: split at spaces, or by the dictionary when written without one
    ("山田花子" → 山田, 花子)."""
    parts = [p for p in _NAME_PARTS.split(folded) if p]
    if len(parts) == 1 and not folded.isascii() and not _KANA.fullmatch(folded):
        words = tokens(folded)
        if len(words) == 2 and [w.person for w in words] == ["姓", "名"]:
            return [w.surface for w in words]
    return parts


def fold(text: str) -> str:
    """The search normalisation, then every 異体字 as its one form."""
    return normalize(text).translate(VARIANTS)


def _kana_level(part: str) -> int:
    """A katakana part of three or more kana is rare as a word; hiragana is common."""
    return PART if part[0] >= "\u30a1" and len(part) >= 3 else WEAK


def _romaji_forms(kana_parts: list[str]) -> Iterator[tuple[str, int]]:
    """Both orders, initials ("i. suzuki", "suzuki i."), and each part alone."""
    spellings = [romaji_variants(p) for p in kana_parts]
    for style in range(len(spellings[0]) if spellings else 0):
        words = [s[style] for s in spellings]
        yield from ((w, PART if len(w) >= 3 else WEAK) for w in words)
        if len(words) >= 2:
            yield " ".join(words), FULL
            yield " ".join(reversed(words)), FULL
            first, last = words[0], words[-1]
            yield f"{last[0]}. {first}", FULL
            yield f"{first} {last[0]}.", FULL
            yield f"{first[0]}. {last}", FULL
            yield from _initials(first, last)


def _initials(first: str, last: str) -> Iterator[tuple[str, int]]:
    """Bare initials with their dots, both orders ("i.s.", "s. i."): as a word only, never
    squeezed (PART keeps them out of the separator-free pass, where "is" is a word)."""
    for a, b in ((first[0], last[0]), (last[0], first[0])):
        yield f"{a}.{b}.", PART
        yield f"{a}. {b}.", PART


def kana_forms(kana: str) -> Iterator[tuple[str, int]]:
    """A name in kana: both scripts whole and by part, and romaji."""
    parts = [p for p in _NAME_PARTS.split(kana) if p]
    for script in (to_hiragana, to_katakana):
        yield script(kana), FULL if len(parts) > 1 else _kana_level(script(kana))
        yield "".join(script(p) for p in parts), FULL if len(parts) > 1 else WEAK
        if len(parts) > 1:
            yield " ".join(reversed([script(p) for p in parts])), FULL
            yield from ((script(p), _kana_level(script(p))) for p in parts)
    yield from _romaji_forms(parts)


def name_forms(folded: str, readings: Iterable[str | None] = ()) -> Iterator[tuple[str, int]]:
    """A name, both orders, its parts, and the kana and romaji forms of it (from its own
    kana, or from `readings` of its parts when the vault holds no furigana)."""
    parts = name_parts(folded)
    yield folded, FULL
    if len(parts) > 1:
        yield " ".join(reversed(parts)), FULL
        yield from ((p, _kana_level(p) if _KANA.fullmatch(p) else PART) for p in parts)
    if _KANA.fullmatch(folded):
        yield from kana_forms(folded)
        return
    if folded.isascii():
        yield from _ascii_forms(parts)
        return
    known = [r for r in readings if r]
    if known and len(known) == len(parts):
        yield from kana_forms(" ".join(to_hiragana(r) for r in known))


def _ascii_forms(parts: list[str]) -> Iterator[tuple[str, int]]:
    """A Latin name: both orders and initials; its parts are found as whole words."""
    if len(parts) >= 2:
        first, last = parts[0], parts[-1]
        yield f"{last[0]}. {first}", FULL
        yield f"{first[0]}. {last}", FULL
        yield f"{first} {last[0]}.", FULL
        yield from _initials(first, last)


def _terms(known: Known, readings: Iterable[str | None] = ()) -> Iterator[tuple[str, int]]:
    folded = fold(known.text).strip()
    if known.kind is Kind.NAME:
        yield from name_forms(folded, readings)
    else:
        yield folded, FULL


def check_term(text: str) -> str:
    """A term the user adds for one export, normalised; refused when too short to use."""
    folded = normalize(clean_text(text, "term to redact", MAX_TITLE_CHARS)).strip()
    if len(folded) < MIN_TERM_CHARS:
        raise BadInput("A term to redact needs at least two characters.")
    return folded
