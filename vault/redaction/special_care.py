"""要配慮個人情報 in free text: a sentence holding a term of the shipped lexicon
(vault/data/special_care_ja.txt, by APPI art. 2(3) category) is removed whole from a
redacted bundle, whether or not its record was flagged: a diagnosis stays one however
its sentence is reworded around it."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from importlib import resources
from typing import TYPE_CHECKING

from vault.redaction.kinds import Kind
from vault.search import normalize

if TYPE_CHECKING:
    from vault.domain.model import Sensitivity
    from vault.session import Vault

LEXICON_FILE = "special_care_ja.txt"
LABEL = "［要配慮情報のため削除］"
_SENTENCE_END = re.compile(r"[。！？!?\n]")


@functools.cache
def lexicon() -> frozenset[str]:
    """Every term, folded (the file's "## " lines name the APPI categories for readers)."""
    text = resources.files("vault").joinpath("data", LEXICON_FILE).read_text(encoding="utf-8")
    return frozenset(
        normalize(line.strip())
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


@functools.cache
def _pattern() -> re.Pattern[str]:
    words = sorted(lexicon(), key=len, reverse=True)
    parts = [rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w.isascii() else re.escape(w) for w in words]
    return re.compile("|".join([*parts, _DISEASE_NAME]))


# A disease the lexicon does not list still reads as one by its ending, as ICD-10's
# Japanese names do: 〜症 (熱中症), 〜病 (メニエール病), 〜炎 (胃腸炎), 〜疾患, 〜ウイルス感染.
# Not the words that only share the ending: 臆病, 仮病, 炎上, 火炎, 病院, 病棟.
_DISEASE_NAME = (
    r"[\u4e00-\u9fff\u30a1-\u30faー]{1,8}(?:症|(?<![臆仮])病|疾患|感染)(?![院棟室])"
    r"|[\u4e00-\u9fff]{1,5}(?<![火気])炎(?!上)"
)


def terms_in(text: str) -> list[str]:
    """The lexicon's terms in `text`, each once, in order."""
    return list(dict.fromkeys(m.group() for m in _pattern().finditer(normalize(text))))


def sentences(folded: str) -> Iterator[tuple[int, int, Kind, str | None]]:
    """The sentences of normalised text that hold a term, without their end mark."""
    last_end = -1
    for m in _pattern().finditer(folded):
        if m.start() < last_end:
            continue
        start = m.start()
        while start > 0 and not _SENTENCE_END.match(folded, start - 1):
            start -= 1
        end_mark = _SENTENCE_END.search(folded, m.end())
        end = end_mark.start() if end_mark else len(folded)
        while start < end and folded[start].isspace():
            start += 1
        last_end = end
        yield start, end, Kind.SPECIAL_CARE, None


def record_declined(vault: Vault, client_id: str, record_id: str, sensitivity: Sensitivity) -> None:
    """A record whose text looks special-care was kept below it: that choice is on record.
    The entry names the record, never the term: the audit log outlives an erasure and
    holds no personal data."""
    state = vault.state
    with state.db.transaction():
        state.audit.append(
            "record.special_care_declined",
            client_id,
            record=record_id,
            sensitivity=sensitivity.value,
        )
