"""In-memory full-text index (FTS5, trigram tokenizer), never written to disk.

Trigrams match any substring of three or more characters, which suits
Japanese (no word boundaries). Shorter terms — `太郎`, a two-digit code — fall
back to a LIKE scan of the same in-memory table. Text is NFKC-normalised and
case-folded on both sides, so full-width digits and letters match their ASCII
forms, and dash-like characters between digits count as hyphens.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import sqlcipher3

TRIGRAM = 3
_DIGIT_DASH = re.compile(r"(?<=\d)[\u2010-\u2015\u2212\u30fc\uff70\uff0d](?=\d)")


def normalize(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _DIGIT_DASH.sub("-", folded)


@dataclass(frozen=True)
class Document:
    client_id: str
    record_id: str | None
    kind: str
    title: str
    text: str


@dataclass(frozen=True)
class SearchHit:
    client_id: str
    record_id: str | None
    kind: str
    title: str


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class SearchIndex:
    """Thread-safe: a builder thread fills it while the caller may already query."""

    def __init__(self) -> None:
        self._conn = sqlcipher3.connect(":memory:", check_same_thread=False)
        self._conn.execute(
            "CREATE VIRTUAL TABLE docs USING fts5("
            "client_id UNINDEXED, record_id UNINDEXED, kind UNINDEXED, title UNINDEXED, "
            "body, tokenize = 'trigram')"
        )
        self._mutex = threading.Lock()
        self.ready = threading.Event()

    def add(self, docs: Iterable[Document]) -> None:
        rows = [
            (d.client_id, d.record_id, d.kind, d.title, normalize(f"{d.title}\n{d.text}"))
            for d in docs
        ]
        with self._mutex:
            self._conn.executemany(
                "INSERT INTO docs (client_id, record_id, kind, title, body) VALUES (?, ?, ?, ?, ?)",
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
        terms = normalize(text).split()
        if not terms:
            return []
        long_terms = [t for t in terms if len(t) >= TRIGRAM]
        short_terms = [t for t in terms if len(t) < TRIGRAM]
        where: list[str] = []
        params: list[str | int] = []
        if long_terms:
            where.append("docs MATCH ?")
            params.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms))
        for term in short_terms:
            where.append("body LIKE ? ESCAPE '\\'")
            params.append(f"%{_escape_like(term)}%")
        params.append(limit)
        # Only fixed condition strings are joined; every value is bound.
        sql = (
            "SELECT client_id, record_id, kind, title FROM docs WHERE "  # noqa: S608
            + " AND ".join(where)
            + " ORDER BY client_id, record_id IS NOT NULL, title LIMIT ?"
        )
        with self._mutex:
            rows = self._conn.execute(sql, params).fetchall()
        return [SearchHit(*row) for row in rows]

    def close(self) -> None:
        """Drop everything: the in-memory database goes with the connection."""
        self.ready.clear()
        with self._mutex:
            self._conn.close()
