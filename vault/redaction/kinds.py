"""What kinds of personal value there are, and the text normalisation every matcher shares.

Text is matched after the search index's normalisation (NFKC, case-folded, dashes
between digits read as '-'); `_Mapping` maps a match in the normalised text back to
a span of the original.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from enum import StrEnum

from vault.search import normalize


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
    BANK_ACCOUNT = "bank_account"
    SPECIAL_CARE = "special_care"  # a sentence holding 要配慮個人情報
    TERM = "term"  # added by the user for one export


# Where matches overlap, their union is redacted as the kind listed first.
PRIORITY = (
    Kind.SPECIAL_CARE,
    Kind.MY_NUMBER,
    Kind.CARD,
    Kind.BANK_ACCOUNT,
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


@functools.cache
def _not_one_for_one() -> re.Pattern[str]:
    """Characters whose folding is not one character for one: combining marks (and the
    half-width dakuten), Hangul jamo, and every BMP character NFKC or case folding
    expands (㈱ → (株), ß → ss)."""
    expanding = "".join(
        re.escape(c)
        for cp in range(0x80, 0x10000)
        if not 0xD800 <= cp <= 0xDFFF and len(_fold_cluster(c := chr(cp))) != 1
    )
    return re.compile(
        "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a"
        "\ufe00-\ufe0f\ufe20-\ufe2f\uff9e\uff9f\u1100-\u11ff" + expanding + "]"
    )


class _Mapping:
    """Normalised text and, per normalised character, the original span it came from."""

    def __init__(self, text: str, folded: str) -> None:
        self.starts: list[int] | None = None
        self.ends: list[int] = []
        if len(folded) == len(text) and (text.isascii() or not _not_one_for_one().search(text)):
            self.text = folded  # one character for one: every position stays
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
