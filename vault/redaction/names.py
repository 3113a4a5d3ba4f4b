"""The forms a known name is looked for in: its parts, both kana scripts, romaji."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vault.errors import BadInput
from vault.model import MAX_TITLE_CHARS, clean_text
from vault.redaction.kinds import MIN_TERM_CHARS, Kind
from vault.redaction.known import Known
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
