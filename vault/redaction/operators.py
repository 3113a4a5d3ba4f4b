"""What replaces a found value: a label, a mask, a pseudonym, or a coarser value.

Pseudonyms are HMAC-SHA256 under a random key made for one export, so a person keeps
one pseudonym throughout a bundle and gets an unrelated one in the next bundle. Their
letters are consonants only: no digits for the number patterns to find, and no vowels,
so a pseudonym can never spell a name the leak gate looks for. Generalising keeps the
year and month of a date and the prefecture of an address.
"""

from __future__ import annotations

import hmac
import re
import secrets
from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from vault.errors import BadInput
from vault.redaction.detectors import ERA_LETTERS, ERAS, PREFECTURES, Kind, compact
from vault.redaction.special_care import LABEL as SPECIAL_CARE_LABEL
from vault.search import normalize


class Operator(StrEnum):
    REMOVE = "remove"
    MASK = "mask"
    PSEUDONYM = "pseudonym"
    GENERALISE = "generalise"


DEFAULT_OPERATORS: Mapping[Kind, Operator] = MappingProxyType(
    {
        Kind.NAME: Operator.PSEUDONYM,
        Kind.ORGANIZATION: Operator.PSEUDONYM,
        Kind.EMAIL: Operator.PSEUDONYM,
        Kind.PHONE: Operator.MASK,
        Kind.ADDRESS: Operator.GENERALISE,
        Kind.POSTAL_CODE: Operator.REMOVE,
        Kind.DATE: Operator.GENERALISE,
        Kind.MY_NUMBER: Operator.REMOVE,
        Kind.CARD: Operator.REMOVE,
        Kind.BANK_ACCOUNT: Operator.REMOVE,
        Kind.SPECIAL_CARE: Operator.REMOVE,
        Kind.TERM: Operator.REMOVE,
    }
)
GENERALISABLE = frozenset({Kind.DATE, Kind.ADDRESS})

# What "remove" leaves in the text, and the prefix of a pseudonym, per kind.
LABELS: Mapping[Kind, str] = MappingProxyType(
    {
        Kind.NAME: "氏名",
        Kind.ORGANIZATION: "組織名",
        Kind.EMAIL: "メールアドレス",
        Kind.PHONE: "電話番号",
        Kind.ADDRESS: "住所",
        Kind.POSTAL_CODE: "郵便番号",
        Kind.DATE: "生年月日",
        Kind.MY_NUMBER: "個人番号",
        Kind.CARD: "カード番号",
        Kind.BANK_ACCOUNT: "口座",
        Kind.SPECIAL_CARE: "要配慮情報のため削除",
        Kind.TERM: "伏せ字",
    }
)
PREFIXES: Mapping[Kind, str] = MappingProxyType(
    {
        Kind.NAME: "人物",
        Kind.ORGANIZATION: "組織",
        Kind.EMAIL: "メール",
        Kind.PHONE: "電話",
        Kind.ADDRESS: "住所",
        Kind.POSTAL_CODE: "郵便",
        Kind.DATE: "日付",
        Kind.MY_NUMBER: "番号",
        Kind.CARD: "カード",
        Kind.BANK_ACCOUNT: "口座",
        Kind.SPECIAL_CARE: "要配慮",
        Kind.TERM: "語句",
    }
)
PSEUDONYM_LETTERS = "bcdfghjkmnpqrstvwxz"
PSEUDONYM_LENGTH = 8  # 19^8: no two of a bundle's values share one by chance
# After the prefecture, so that the address pattern cannot run on into the next words.
ADDRESS_REST = "（以下略）"


def _tokens(gap: str) -> re.Pattern[str]:
    """Everything an operator writes that is not derived from the value, with `gap`
    allowed between its characters (a PDF line may wrap inside one)."""

    def spaced(text: str) -> str:
        return gap.join(re.escape(c) for c in text)

    letters = f"(?:[{PSEUDONYM_LETTERS}]{gap})" if gap else f"[{PSEUDONYM_LETTERS}]"
    return re.compile(
        spaced(SPECIAL_CARE_LABEL)
        + "|"
        + "|".join(spaced(f"[{label}]") for label in LABELS.values())
        + "|(?:"
        + "|".join(spaced(prefix) for prefix in PREFIXES.values())
        + rf"){gap}-{gap}{letters}{{{PSEUDONYM_LENGTH}}}(?![a-z])"
    )


# The leak gate may blank these before scanning, since no personal data can hide in them;
# it uses WRAPPED_TOKENS, which also finds them cut by a line break.
TOKENS = _tokens("")
WRAPPED_TOKENS = _tokens(r"\n?")

_KEEP_IN_MASK = re.compile(r"[^\s@.\-+()]")
_YEAR_MONTH = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})")
_ERA_DATE = re.compile(
    r"(明治|大正|昭和|平成|令和|[mtshr])\.?\s*(\d{1,2}|元)\s*[年.\-/]\s*(\d{1,2})"
)
_DAY_FIRST = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})")
_MONTH_NAME = re.compile(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?")
_YEAR = re.compile(r"\d{4}")
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def parse_kind(text: str) -> Kind:
    try:
        return Kind(text.strip().lower())
    except ValueError as exc:
        kinds = ", ".join(k.value for k in Kind)
        raise BadInput(
            "Unknown kind of personal data '{kind}'; use one of: {kinds}.", kind=text, kinds=kinds
        ) from exc


def parse_operator(text: str) -> Operator:
    try:
        return Operator(text.strip().lower())
    except ValueError as exc:
        operators = ", ".join(o.value for o in Operator)
        raise BadInput(
            "Unknown operator '{operator}'; use one of: {operators}.",
            operator=text,
            operators=operators,
        ) from exc


def choose(chosen: Mapping[Kind, Operator]) -> dict[Kind, Operator]:
    """The defaults with the user's choices applied; generalising fits dates and addresses."""
    operators = {**DEFAULT_OPERATORS, **chosen}
    operators[Kind.SPECIAL_CARE] = Operator.REMOVE  # a masked diagnosis is one still
    for kind, operator in operators.items():
        if operator is Operator.GENERALISE and kind not in GENERALISABLE:
            raise BadInput(
                "Only dates and addresses can be generalised, not {kind}.", kind=kind.value
            )
    return operators


def mask(text: str) -> str:
    """Every character but separators as '*': the shape stays, the value goes."""
    return _KEEP_IN_MASK.sub("*", text)


def _month(value: int) -> int | None:
    return value if 1 <= value <= 12 else None


def _year_and_month(folded: str) -> tuple[int, int | None] | None:
    if found := _YEAR_MONTH.search(folded):
        return int(found[1]), _month(int(found[2]))
    if found := _ERA_DATE.search(folded):
        era = ERA_LETTERS.get(found[1], found[1])
        number = 1 if found[2] == "元" else int(found[2])
        return ERAS[era] + number - 1, _month(int(found[3]))
    if found := _DAY_FIRST.search(folded):
        first, second = int(found[1]), int(found[2])
        month = second if first > 12 else first if second > 12 else None  # else ambiguous
        return int(found[3]), None if month is None else _month(month)
    name, year = _MONTH_NAME.search(folded), _YEAR.search(folded)
    if name and year:
        return int(year[0]), _MONTH_NAMES.index(name[1]) + 1
    return None


def generalise_date(text: str) -> str | None:
    """ "1990年1月2日", "平成2年1月2日", "Jan 2, 1990" → "1990-01"; the year alone when
    day and month cannot be told apart; None when `text` is no date."""
    parsed = _year_and_month(normalize(text))
    if parsed is None:
        return None
    year, month = parsed
    return f"{year:04d}" if month is None else f"{year:04d}-{month:02d}"


def generalise_address(text: str) -> str | None:
    """The first prefecture named in the address, or None when it names none."""
    folded = normalize(text)
    found = [(folded.find(p), p) for p in PREFECTURES if p in folded]
    return min(found)[1] + ADDRESS_REST if found else None


class Redactor:
    """Applies the chosen operators, with one pseudonym key for one export."""

    def __init__(self, operators: Mapping[Kind, Operator], key: bytes | None = None) -> None:
        self.operators: Mapping[Kind, Operator] = MappingProxyType(choose(operators))
        self._key = key if key is not None else secrets.token_bytes(32)

    def replace(self, kind: Kind, text: str, key: str | None) -> str:
        """The replacement for `text`; `key` names whose value it is (None: the text)."""
        if kind is Kind.SPECIAL_CARE:  # `choose` allows nothing else
            return SPECIAL_CARE_LABEL
        operator = self.operators[kind]
        if operator is Operator.MASK:
            return mask(text)
        if operator is Operator.PSEUDONYM:
            return self.pseudonym(kind, key or "value:" + compact(normalize(text)))
        if operator is Operator.GENERALISE:
            coarser = generalise_date(text) if kind is Kind.DATE else generalise_address(text)
            if coarser is not None:
                return coarser
        return f"[{LABELS[kind]}]"

    def pseudonym(self, kind: Kind, key: str) -> str:
        digest = hmac.new(self._key, f"{kind.value}\x00{key}".encode(), "sha256").digest()
        letters = PSEUDONYM_LETTERS
        tail = "".join(letters[b % len(letters)] for b in digest[:PSEUDONYM_LENGTH])
        return f"{PREFIXES[kind]}-{tail}"
