"""In-memory full-text index (FTS5, trigram tokenizer), never written to disk.

Trigrams match any substring of three or more characters, which suits
Japanese (no word boundaries). The trigram tokenizer cannot match shorter
terms, yet two-character queries are the norm in Japanese (`太郎`, `山田`). So
every indexed text ends in padding, which puts each one- or two-character
substring at the start of some trigram; a short term is answered by looking up
the trigrams that begin with it in the index's vocabulary and matching any of
them. Text is NFKC-normalised and case-folded on both sides, so full-width
digits and letters match their ASCII forms, and dash-like characters between
digits count as hyphens. Search folds further (`fold`): katakana (full- and
half-width) as hiragana, so やまだ finds ヤマダ and ﾔﾏﾀﾞ; and a run of digits
split by hyphens or spaces is also indexed without them, so `09012345678` finds
`090-1234-5678` and the other way round.

Each document is indexed field by field, with each field's span kept beside
it, so a hit says which field matched.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import sqlcipher3

TRIGRAM = 3
PAD = "\n\n"  # after every text: each short substring then starts some trigram
MAX_EXPANSION = 2000  # beyond this many trigrams a short term is cheaper to scan for
_DIGIT_DASH = re.compile(r"(?<=\d)[\u2010-\u2015\u2212\u30fc\uff70\uff0d](?=\d)")


_DIGIT_RUN = re.compile(r"\d(?:[\d\- ]*\d)?")
_DIGIT_SEPARATOR = re.compile(r"(?<=\d)[\- ](?=\d)")
# A date (or its start), not a number split for reading: never joined, on either side.
_ISO_DAY = re.compile(r"(?:19|20)\d{2}-\d{1,2}(?:-\d{1,2})?")
# Katakana ァ..ヶ and the iteration marks ヽヾ, as their hiragana.
_KANA = {code: code - 0x60 for code in (*range(0x30A1, 0x30F7), 0x30FD, 0x30FE)}
TITLE = "title"  # the matched-field name of a document's title (a client's name)


def normalize(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _DIGIT_DASH.sub("-", folded)


def fold(text: str) -> str:
    """What search compares: `normalize`, then katakana as hiragana."""
    return normalize(text).translate(_KANA)


def query_terms(query: str) -> list[str]:
    """The terms of a query, folded; digits split by hyphens are joined (see `searchable`)."""
    return [
        term if _ISO_DAY.fullmatch(term) else _DIGIT_SEPARATOR.sub("", term)
        for term in fold(query).split()
    ]


def searchable(value: str) -> str:
    """A field as indexed: folded, plus each digit run split by hyphens or spaces, joined."""
    folded = fold(value)
    joined = [
        compact
        for run in _DIGIT_RUN.findall(folded)
        if (compact := _DIGIT_SEPARATOR.sub("", run)) != run and not _ISO_DAY.fullmatch(run)
    ]
    return " ".join([folded, *joined])


@dataclass(frozen=True)
class Document:
    client_id: str
    record_id: str | None
    kind: str
    title: str
    text: str
    fields: tuple[tuple[str, str], ...] = ()  # (name, value): `text` field by field


@dataclass(frozen=True)
class SearchHit:
    client_id: str
    record_id: str | None
    kind: str
    title: str
    matched: str = ""  # the field the query was found in: TITLE or a field's name


def _body(doc: Document) -> tuple[str, str]:
    """The indexed text, and the span of each field in it ("name\tstart\tend" lines)."""
    parts: list[str] = []
    spans: list[str] = []
    at = 0
    for name, value in ((TITLE, doc.title), *(doc.fields or (("", doc.text),))):
        part = searchable(value)
        spans.append(f"{name}\t{at}\t{at + len(part)}")
        parts.append(part)
        at += len(part) + 1
    return "\n".join(parts) + PAD, "\n".join(spans)


def _matched(body: str, spans: str, terms: list[str]) -> str:
    """The first field holding every term, else the first holding any."""
    fields = []
    for line in spans.split("\n"):
        name, start, end = line.split("\t")
        fields.append((name, body[int(start) : int(end)]))
    for name, text in fields:
        if all(term in text for term in terms):
            return name
    return next((name for name, text in fields if any(t in text for t in terms)), "")


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class SearchIndex:
    """Thread-safe: a builder thread fills it while the caller may already query."""

    def __init__(self) -> None:
        self._conn = sqlcipher3.connect(":memory:", check_same_thread=False)
        self._conn.execute(
            "CREATE VIRTUAL TABLE docs USING fts5("
            "client_id UNINDEXED, record_id UNINDEXED, kind UNINDEXED, title UNINDEXED, "
            "spans UNINDEXED, body, tokenize = 'trigram')"
        )
        self._conn.execute("CREATE VIRTUAL TABLE vocab USING fts5vocab(docs, 'row')")
        self._mutex = threading.Lock()
        self.ready = threading.Event()

    def add(self, docs: Iterable[Document]) -> None:
        rows = [(d.client_id, d.record_id, d.kind, d.title, *_body(d)) for d in docs]
        with self._mutex:
            self._conn.executemany(
                "INSERT INTO docs (client_id, record_id, kind, title, body, spans) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )

    def replace(self, doc: Document) -> None:
        self.discard(doc.client_id, doc.record_id)
        self.add([doc])

    def discard(self, client_id: str, record_id: str | None) -> None:
        """Remove one record's document, or (record_id None) the client's own document."""
        with self._mutex:
            if record_id is None:
                self._conn.execute(
                    "DELETE FROM docs WHERE client_id = ? AND record_id IS NULL", (client_id,)
                )
            else:
                self._conn.execute("DELETE FROM docs WHERE record_id = ?", (record_id,))

    def discard_client(self, client_id: str) -> None:
        with self._mutex:
            self._conn.execute("DELETE FROM docs WHERE client_id = ?", (client_id,))

    def __len__(self) -> int:
        with self._mutex:
            return int(self._conn.execute("SELECT count(*) FROM docs").fetchone()[0])

    def query(self, text: str, limit: int = 200) -> list[SearchHit]:
        """Records and clients containing every term; grouped by client, clients first."""
        terms = query_terms(text)
        if not terms or "\x00" in text:  # stored text never holds NUL; FTS5 chokes on it
            return []
        with self._mutex:
            where: list[str] = []
            params: list[str] = []
            for term in terms:
                condition, value = self._condition(term)
                if value is None:
                    return []  # a term no text contains: nothing can match every term
                where.append(condition)
                params.append(value)
            # Only fixed condition strings are joined; every value is bound. No ORDER BY, so
            # a common term stops at `limit` matches instead of sorting them all.
            conditions = " AND ".join(where)
            sql = f"SELECT client_id, record_id, kind, title, body, spans FROM docs WHERE {conditions} LIMIT ?"  # noqa: S608, E501
            rows = self._conn.execute(sql, [*params, limit]).fetchall()
        hits = [
            SearchHit(client_id, record_id, kind, title, _matched(body, spans, terms))
            for client_id, record_id, kind, title, body, spans in rows
        ]
        return sorted(hits, key=lambda h: (h.client_id, h.record_id is not None, h.title))

    def _condition(self, term: str) -> tuple[str, str | None]:
        if len(term) >= TRIGRAM:
            return "docs MATCH ?", _phrase(term)
        upper = term + "\U0010ffff"
        starts = [
            row[0]
            for row in self._conn.execute(
                "SELECT term FROM vocab WHERE term >= ? AND term < ? LIMIT ?",
                (term, upper, MAX_EXPANSION + 1),
            )
        ]
        if not starts:
            return "", None
        if len(starts) > MAX_EXPANSION:
            return "body LIKE ? ESCAPE '\\'", f"%{_escape_like(term)}%"
        return "docs MATCH ?", " OR ".join(_phrase(t) for t in starts)

    def close(self) -> None:
        """Drop everything: the in-memory database goes with the connection."""
        self.ready.clear()
        with self._mutex:
            self._conn.close()
