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

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from vault.redaction.identifiers import identifiers
from vault.redaction.kinds import (
    _KEPT,
    _RANK,
    MIN_TERM_CHARS,
    PREFECTURES,
    PRIORITY,
    Kind,
    _Mapping,
    compact,
)
from vault.redaction.known import Known, field_kind, is_special_care_field, known_values
from vault.redaction.morph import Token, reading, tokens
from vault.redaction.names import (
    FULL,
    PART,
    VARIANTS,
    WEAK,
    _terms,
    check_term,
    fold,
    is_kana,
    name_parts,
    romaji_variants,
    to_hiragana,
    to_katakana,
)
from vault.redaction.patterns import (
    ERA_LETTERS,
    ERAS,
    Raw,
    _patterns,
    luhn_valid,
    my_number_valid,
)
from vault.redaction.people import (
    honorific_after,
    in_context,
    place_after,
    role_before,
    third_parties,
    word_aligned,
)
from vault.redaction.special_care import sentences
from vault.search import normalize

__all__ = [
    "ERAS",
    "ERA_LETTERS",
    "MIN_TERM_CHARS",
    "PREFECTURES",
    "PRIORITY",
    "Detector",
    "Kind",
    "Known",
    "Match",
    "check_term",
    "compact",
    "field_kind",
    "is_special_care_field",
    "known_values",
    "luhn_valid",
    "my_number_valid",
    "romaji_variants",
    "to_hiragana",
    "to_katakana",
]


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
        # Only positions holding a term's first character are tried; re finds them in C.
        firsts = sorted({term[0] for term in terms})
        self._starts = (
            re.compile("[" + "".join(re.escape(c) for c in firsts) + "]") if firsts else None
        )

    def scan(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, term), leftmost-longest, not overlapping."""
        if self._starts is None:
            return
        lengths_at = self._lengths.get
        entries = self.entries
        size = len(text)
        after = 0  # the end of the last term found: matches do not overlap
        for candidate in self._starts.finditer(text):
            i = candidate.start()
            if i < after:
                continue
            for length in lengths_at(text[i : i + MIN_TERM_CHARS], ()):
                term = text[i : i + length]
                if i + length <= size and term in entries and _bounded(text, i, i + length):
                    yield i, i + length, term
                    after = i + length
                    break


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
        values = list(known)
        with_kana = {v.owner for v in values if v.kind is Kind.NAME and is_kana(v.text)}
        terms: dict[str, Entry] = {}
        levels: dict[str, int] = {}
        self._singles: dict[str, Entry] = {}
        for value in values:
            owner = f"owner:{value.owner}"
            for term, level in _terms(value, self._readings(value, with_kana)):
                if len(term) == 1 and value.kind is Kind.NAME and not is_kana(term):
                    self._singles.setdefault(term, (Kind.NAME, owner))
                    continue
                _add(terms, term, value.kind, owner)
                levels[term] = min(level, levels.get(term, level))
        for term in extra_terms:
            folded = check_term(term).translate(VARIANTS)
            _add(terms, folded, Kind.TERM, None)
            levels[folded] = FULL
        squeezed: dict[str, Entry] = {}
        for term, (kind, key) in terms.items():
            if levels.get(term, FULL) == FULL:
                _add(squeezed, compact(term), kind, key)
        self._levels = {term: level for term, level in levels.items() if level != FULL}
        self._terms = _Terms(terms)
        self._compact_terms = _Terms(squeezed)

    @staticmethod
    def _readings(value: Known, with_kana: set[str]) -> list[str | None]:
        """A kanji name's readings from the dictionary, when its record has no furigana."""
        if value.kind is not Kind.NAME or value.owner in with_kana or value.text.isascii():
            return []
        return [reading(part) for part in name_parts(fold(value.text))]

    def __len__(self) -> int:
        return len(self._terms.entries)

    def find(self, text: str, *, analyse: bool = True) -> list[Match]:
        """Every personal value in `text`, as non-overlapping spans of `text` in order.

        Without `analyse` (the leak gate over whole files, whose second opinion does the
        morphological scan) a name part counts wherever it stands, and only Latin names
        are looked for among people nobody stored.
        """
        if not text.strip():
            return []
        mapping = _Mapping(text, normalize(text))
        folded = mapping.text.translate(VARIANTS)
        words: Sequence[Token] | None = None if analyse else ()
        found: list[Raw] = []
        for start, end, kind, key, level in self._scan(folded):
            begin, finish = mapping.span(start, end)
            if level == PART and analyse:  # a name part with no title or role word around it
                words = tokens(text) if words is None else words
                if not word_aligned(words, begin, finish) or place_after(text, finish):
                    continue
            found.append((begin, finish, kind, key))
        if words is None and not text.isascii():
            words = tokens(text)
        found.extend((s, e, Kind.NAME, None) for s, e in third_parties(text, words or ()))
        return _merge(found)

    def key_of(self, text: str) -> str | None:
        """The pseudonym key of a whole value: its owner when the vault knows whose it is."""
        found = self._terms.entries.get(fold(text).strip())
        return found[1] if found else None

    def _scan(self, folded: str) -> Iterator[tuple[int, int, Kind, str | None, int]]:
        """Matches in normalised text, with the level of proof a name part still needs."""
        entries = self._terms.entries
        for start, end, term in self._terms.scan(folded):
            level = self._levels.get(term, FULL)
            if level != FULL and in_context(folded, start, end):
                level = FULL
            if level == WEAK or (level == PART and term.isascii()):
                if level == WEAK:
                    continue
                level = FULL  # a Latin word already stands alone
            yield start, end, *entries[term], level
        for start, end in self._scan_singles(folded):
            yield start, end, *self._singles[folded[start]], FULL
        raw = [*_patterns(folded), *identifiers(folded), *sentences(folded)]
        raw.extend(self._scan_compact(folded))
        yield from ((*r, FULL) for r in raw)

    def _scan_singles(self, folded: str) -> Iterator[tuple[int, int]]:
        """One-character name parts (蓮, 森) only with a title after, a role word before, or
        alone in brackets (浜田さん[葵]), and not as the tail of a longer word (大森様)."""
        singles = self._singles
        for i, ch in enumerate(folded):
            if ch not in singles:
                continue
            tail = i > 0 and _KANJI.match(folded[i - 1]) is not None
            bracketed = _BRACKETED.match(folded, max(i - 1, 0)) is not None and i > 0
            if (not tail and honorific_after(folded, i + 1)) or role_before(folded, i) or bracketed:
                yield i, i + 1

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


_KANJI = re.compile(r"[\u4e00-\u9fff々]")
_BRACKETED = re.compile(r"[（(「『【［\[].[）)」』】］\]]")


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
