"""The leak gate's second opinion: a scan built differently from the redactor.

The redactor decides in context (a surname must stand as a word or carry a title, a
tagged name needs a title or role word). The gate does not: it looks for every form
of every known value (whole, by part, kana, romaji, initials, 異体字, with and without
separators) wherever it stands, for every word the dictionary tags as a person's name,
for every term of the special-care lexicon, and for the identifier patterns. What it
finds in the written files (the PDF through its extracted text) is a suspect: the
export is refused, each suspect named with its reason and place, unless the user kept
that text. Kept texts are listed in report.md and in the export's audit entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from vault.redaction.detectors import _Terms
from vault.redaction.identifiers import identifiers
from vault.redaction.kinds import _KEPT, MIN_TERM_CHARS, Kind, _Mapping, compact
from vault.redaction.known import Known
from vault.redaction.morph import reading, tokens
from vault.redaction.names import VARIANTS, WEAK, _terms, fold, name_parts
from vault.redaction.operators import WRAPPED_TOKENS
from vault.redaction.patterns import _patterns
from vault.redaction.people import honorific_after, third_parties
from vault.redaction.redacted import RedactionPreview
from vault.redaction.special_care import lexicon
from vault.search import normalize

# Where the files' layouts differ (markdown, CSV, JSON): the pieces between are the texts.
_PIECES = re.compile(r'[\n\r|*"]+|(?<=\S),(?=\S)|: ')
# A short kanji word right after a particle and right before a title: a surname the
# dictionary may not tag (林税理士, 森さん).
_TITLED = re.compile(
    r"(?:^|(?<=[のはがとにへもや、。\s「（(:]))([\u4e00-\u9fff]{1,3})"
    r"(?=さん|様|氏|君|くん|ちゃん|先生|医師|社長|部長|課長|係長|教授|弁護士|税理士|司法書士)"
)
_TITLED_WORDS = frozenset({"皆", "各位", "奥", "先方", "相手", "担当", "客", "御社", "貴社"})
# Why a span is suspect; the CLI's --json prints these.
KNOWN = "known {kind}"
PERSON_TAG = "person name (dictionary)"
PERSON_CONTEXT = "person name (context)"
SPECIAL_CARE = "special-care term"
PATTERN = "{kind} pattern"


@dataclass(frozen=True)
class Suspect:
    """A span of written text the gate cannot clear, and where it stands."""

    text: str
    reason: str
    record: str  # the record's heading in the bundle; "" for the client or a file
    field: str  # the field's key, "title", or the written file's name

    def to_json(self) -> dict[str, str]:
        return {
            "text": self.text,
            "reason": self.reason,
            "record": self.record,
            "field": self.field,
        }


def folded_key(text: str) -> str:
    """How a kept text is compared: folded, without separators."""
    return compact(fold(text).strip())


class SecondOpinion:
    """Every form of every known value, found anywhere; plus tags, lexicon, patterns."""

    def __init__(self, known: Iterable[Known], terms: Iterable[str] = ()) -> None:
        self._reasons: dict[str, str] = {}
        for value in known:
            readings: list[str | None] = []
            if value.kind is Kind.NAME and not value.text.isascii():
                readings = [reading(p) for p in name_parts(fold(value.text))]
            for form, level in _terms(value, readings):
                if level != WEAK and len(form) >= MIN_TERM_CHARS:
                    reason = KNOWN.format(kind=value.kind.value)
                    self._reasons.setdefault(form, reason)
                    squeezed = compact(form)
                    if not (squeezed.isascii() and len(squeezed) < 3):  # "i.s." is not "is"
                        self._reasons.setdefault(squeezed, reason)
        for term in terms:
            self._reasons.setdefault(fold(term).strip(), KNOWN.format(kind="term"))
        self._forms = _Terms(dict.fromkeys(self._reasons, (Kind.TERM, None)))
        care = [term.translate(VARIANTS) for term in lexicon()]
        self._care_terms = _Terms(dict.fromkeys(care, (Kind.SPECIAL_CARE, None)))
        self._analysed_pieces: set[str] = set()

    def scan(self, text: str) -> list[tuple[str, str]]:
        """(suspect text, reason) in `text`, the export's own tokens aside."""
        text = WRAPPED_TOKENS.sub("|", text)
        if not text.strip():
            return []
        mapping = _Mapping(text, normalize(text))
        folded = mapping.text.translate(VARIANTS)
        found: list[tuple[int, int, str]] = []
        for start, end, term in self._forms.scan(folded):
            found.append((*mapping.span(start, end), self._reasons[term]))
        squeezed, positions = _squeeze(folded)
        for start, end, term in self._forms.scan(squeezed):
            span = mapping.span(positions[start], positions[end - 1] + 1)
            found.append((*span, self._reasons[term]))
        for start, end, _term in self._care_terms.scan(folded):
            found.append((*mapping.span(start, end), SPECIAL_CARE))
        for start, end, kind, _key in [*_patterns(folded), *identifiers(folded)]:
            found.append((*mapping.span(start, end), PATTERN.format(kind=kind.value)))
        return _distinct(text, found) + self._analysed(text)

    def _analysed(self, text: str) -> list[tuple[str, str]]:
        """Person tags and context, piece by piece: the files of one bundle hold the same
        texts in different layouts, and each distinct piece is analysed once."""
        out: list[tuple[str, str]] = []
        for piece in _PIECES.split(text):
            if piece in self._analysed_pieces or (piece.isascii() and not piece.strip()):
                continue
            self._analysed_pieces.add(piece)
            words = tokens(piece) if not piece.isascii() else ()
            found = [
                (w.start, w.end, PERSON_TAG)
                for w in words
                if w.person and (len(w.surface) >= 2 or honorific_after(piece, w.end))
            ]
            found.extend((s, e, PERSON_CONTEXT) for s, e in third_parties(piece, words))
            found.extend(
                (m.start(1), m.end(1), PERSON_CONTEXT)
                for m in _TITLED.finditer(piece)
                if m.group(1) not in _TITLED_WORDS
            )
            out.extend(_distinct(piece, found))
        return out


def _squeeze(folded: str) -> tuple[str, list[int]]:
    """The text without separators, and each of its characters' index in `folded`."""
    positions: list[int] = []
    for run in _KEPT.finditer(folded):
        positions.extend(range(run.start(), run.end()))
    return compact(folded), positions


def _distinct(text: str, found: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """Each suspect text once, the longest span first where spans overlap."""
    order = {PERSON_TAG: 1, PERSON_CONTEXT: 1}  # a known value's reason says more
    found.sort(key=lambda f: (f[0], -f[1], order.get(f[2], 0)))
    out: dict[str, str] = {}
    end = -1
    for start, stop, reason in found:
        if start < end:
            continue
        out.setdefault(text[start:stop].strip(), reason)
        end = stop
    return [(t, r) for t, r in out.items() if t]


def review(opinion: SecondOpinion, p: RedactionPreview) -> list[Suspect]:
    """The suspects in what the preview would write, each with its record and field."""
    seen: set[tuple[str, str, str]] = set()
    out: list[Suspect] = []
    for record, field, text in _places(p):
        for found, reason in opinion.scan(text):
            if (found, record, field) not in seen:
                seen.add((found, record, field))
                out.append(Suspect(found, reason, record, field))
    return out


def _places(p: RedactionPreview) -> Iterator[tuple[str, str, str]]:
    yield "", "client", p.client_name.text
    yield "", "notes", p.client_notes.text
    for number, record in enumerate(p.records, 1):
        heading = f"{number}. {record.title.text}"
        yield heading, "title", record.title.text
        for item in record.fields:
            yield heading, "key", item.key.text
            yield heading, item.key.text, item.value.text


def unkept(suspects: Iterable[tuple[str, str]], kept: Iterable[str]) -> list[tuple[str, str]]:
    keys = {folded_key(k) for k in kept}
    return [(t, r) for t, r in suspects if folded_key(t) not in keys]
