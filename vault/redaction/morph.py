"""Morphological analysis (SudachiPy with SudachiDict small): tokens, person-name tags,
readings.

Chosen by measurement over tests/vault/redaction/corpus.py (docs/BENCHMARKS.md):
Sudachi tags the same person names as fugashi + unidic-lite there, runs about four
times faster and installs in 116 MB against 251 MB. The dictionary ships as a PyPI
package; nothing is downloaded at run time. A tokenizer is not safe to share between
threads, so each thread gets its own over the one dictionary.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sudachipy.sudachipy import Dictionary, Tokenizer

# Sudachi refuses input over 49,149 bytes; a chunk of this many characters stays under it
# whatever the script (4 bytes a character at most).
_CHUNK_CHARS = 12_000


@dataclass(frozen=True)
class Token:
    """One morpheme: its span of the analysed text, part of speech and katakana reading."""

    start: int
    end: int
    surface: str
    pos: tuple[str, ...]
    unknown: bool

    @property
    def person(self) -> str | None:
        """'姓' or '名' when the dictionary tags this as part of a person's name."""
        if self.pos[:3] == ("名詞", "固有名詞", "人名"):
            return self.pos[3] if self.pos[3] in {"姓", "名"} else "名"
        return None

    @property
    def proper(self) -> bool:
        return self.pos[:2] == ("名詞", "固有名詞")


@functools.cache
def _dictionary() -> Dictionary:
    from sudachipy.sudachipy import Dictionary  # noqa: PLC0415 - loads the dictionary: only when used

    return Dictionary(dict="small")


_local = threading.local()


def _tokenizer() -> Tokenizer:
    found: Tokenizer | None = getattr(_local, "tokenizer", None)
    if found is None:
        from sudachipy.sudachipy import SplitMode  # noqa: PLC0415 - with the dictionary

        found = _dictionary().tokenizer(SplitMode.C)
        _local.tokenizer = found
    return found


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """Pieces of at most _CHUNK_CHARS, cut after a line or sentence end where there is one."""
    start = 0
    while start < len(text):
        end = min(len(text), start + _CHUNK_CHARS)
        if end < len(text):
            cut = max(text.rfind(mark, start, end) for mark in ("\n", "。", " "))
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end


@functools.lru_cache(maxsize=1024)
def _pos(pos_id: int) -> tuple[str, ...]:
    return tuple(_dictionary().pos_of(pos_id) or ())


@functools.lru_cache(maxsize=16)
def tokens(text: str) -> tuple[Token, ...]:
    """Every morpheme of `text`, with spans of `text`. The last few texts are remembered:
    the leak gate's two opinions read the same written file."""
    tokenizer = _tokenizer()
    out: list[Token] = []
    for base, chunk in _chunks(text):
        for m in tokenizer.tokenize(chunk):
            pos = _pos(m.part_of_speech_id())
            out.append(Token(base + m.begin(), base + m.end(), m.surface(), pos, m.is_oov()))
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def reading(word: str) -> str | None:
    """The katakana reading of a name part, when the dictionary knows the word whole."""
    found = list(_tokenizer().tokenize(word))
    if not found or any(m.is_oov() for m in found):
        return None
    return "".join(m.reading_form() for m in found)


@functools.lru_cache(maxsize=8192)
def can_be_name(word: str) -> bool:
    """Whether the dictionary has `word` as a person's name among its readings (桜 and 光
    are common nouns in most text, given names after 妻の or before ちゃん)."""
    return any(
        tuple(m.part_of_speech()[:3]) == ("名詞", "固有名詞", "人名")
        for m in _dictionary().lookup(word)
    )
