"""Furigana: how a client's name is read, in kana, and the 50音 order clients sort in.

A name in kanji cannot be put in 50音 order without its reading, so a client may
carry one. It is typed in hiragana or katakana, full- or half-width; it is kept
NFKC-normalised (half-width katakana become full-width) in the script typed.

Order (`gojuon_key`): clients with a reading come first, in 50音 order of it,
folded to hiragana, with voiced and small kana sorting as their plain kana first
(は, ば, ぱ together) and ー read as the vowel before it (JIS X 4061's rule). A
client without furigana whose name is itself kana is read by its name. Clients
with no reading at all follow, ordered by their width- and case-folded name
(Latin A to Z, then kanji by code point): a kanji name's order without its reading
would be arbitrary, so those are kept together at the end, where a missing
furigana is easy to spot.
"""

from __future__ import annotations

import unicodedata

from vault.domain.model import MAX_TITLE_CHARS, clean_text
from vault.errors import BadInput

# Hiragana ぁ..ゖ and ゝゞ, katakana ァ..ヺ, ・, ー and ヽヾ.
_KANA = frozenset(chr(c) for c in (*range(0x3041, 0x3097), 0x309D, 0x309E, *range(0x30A1, 0x30FF)))
_SMALL = str.maketrans("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ")
_VOWEL_ROWS = (
    ("あかさたなはまやらわ", "あ"),
    ("いきしちにひみりゐ", "い"),
    ("うくすつぬふむゆる", "う"),
    ("えけせてねへめれゑ", "え"),
    ("おこそとのほもよろを", "お"),
)
_VOWEL = {kana: vowel for row, vowel in _VOWEL_ROWS for kana in row}


def clean_furigana(text: str) -> str:
    """A reading as kept: NFKC (half-width kana to full-width), spaces collapsed; "" for none.

    Raises BadInput for anything but kana, spaces, ー and ・ (a foreign name's separator).
    """
    normalized = unicodedata.normalize("NFKC", clean_text(text, "furigana", MAX_TITLE_CHARS))
    if any(ch not in _KANA and ch != " " for ch in normalized):
        raise BadInput("Furigana can hold only kana (hiragana or katakana), spaces and ー.")
    return " ".join(normalized.split())


def is_kana(text: str) -> bool:
    """True for a non-empty text of kana and spaces only (after NFKC)."""
    letters = unicodedata.normalize("NFKC", text).replace(" ", "")
    return bool(letters) and all(ch in _KANA for ch in letters)


def _hiragana(text: str) -> str:
    """Kana as hiragana, without spaces and ・ (they do not change the order)."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(
        chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" or c in "\u30fd\u30fe" else c
        for c in folded
        if c not in " \u30fb"
    )


def _plain(hiragana: str) -> str:
    """The primary level: voicing marks dropped, small kana as large, ー as its vowel."""
    bare = "".join(
        c for c in unicodedata.normalize("NFD", hiragana) if c not in "\u3099\u309a"
    ).translate(_SMALL)
    out: list[str] = []
    for ch in bare:
        out.append(_VOWEL.get(out[-1], ch) if ch == "ー" and out else ch)
    return "".join(out)


def gojuon_key(furigana: str, name: str) -> tuple[int, str, str, str]:
    """The sort key of a client in the list: see the module's docstring for the order."""
    folded_name = unicodedata.normalize("NFKC", name).casefold()
    reading = furigana if furigana.strip() else (name if is_kana(name) else "")
    if not reading:
        return (1, folded_name, "", "")
    hiragana = _hiragana(reading)
    return (0, _plain(hiragana), hiragana, folded_name)
