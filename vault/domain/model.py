"""What the vault holds: clients and their records, with kinds, field types and sensitivity.

Values are validated and normalised here, once, for every front end: a CLI
flag, a GUI editor and an import all end up with the same clear error.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from vault.domain.dates import read_date
from vault.errors import BadInput

MAX_TITLE_CHARS = 500
MAX_VALUE_CHARS = 1_000_000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class RecordKind(StrEnum):
    CONTACT = "contact"
    NOTE = "note"
    CREDENTIAL = "credential"
    RECORD = "record"


class Sensitivity(StrEnum):
    NORMAL = "normal"
    PERSONAL = "personal"
    SPECIAL_CARE = "special-care"  # 要配慮個人情報 (APPI art. 2(3))


def default_sensitivity(kind: RecordKind) -> Sensitivity:
    """A contact record is about a person: personal data, whether typed in or imported."""
    return Sensitivity.PERSONAL if kind is RecordKind.CONTACT else Sensitivity.NORMAL


class FieldType(StrEnum):
    TEXT = "text"
    MULTILINE = "multiline"
    DATE = "date"
    NUMBER = "number"
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"
    SECRET = "secret"  # noqa: S105 - a field type name


KIND_FIELDS: dict[RecordKind, dict[str, FieldType]] = {
    RecordKind.CONTACT: {
        "name": FieldType.TEXT,
        "furigana": FieldType.TEXT,
        "email": FieldType.EMAIL,
        "phone": FieldType.PHONE,
        "postal_code": FieldType.TEXT,
        "address": FieldType.MULTILINE,
        "organization": FieldType.TEXT,
        "role": FieldType.TEXT,
    },
    RecordKind.NOTE: {"body": FieldType.MULTILINE},
    RecordKind.CREDENTIAL: {
        "username": FieldType.TEXT,
        "password": FieldType.SECRET,
        "url": FieldType.URL,
        "notes": FieldType.MULTILINE,
    },
    RecordKind.RECORD: {},
}

# The standard field keys as documents the core writes name them (Japanese / English);
# the GUI has its own translated labels (ui/clients/field_inputs.py).
FIELD_LABELS: dict[str, str] = {
    "name": "氏名 / Name",
    "furigana": "ふりがな / Furigana",
    "email": "メールアドレス / E-mail",
    "phone": "電話番号 / Phone",
    "postal_code": "郵便番号 / Postal code",
    "address": "住所 / Address",
    "organization": "所属 / Organization",
    "role": "役職 / Role",
    "body": "本文 / Body",
    "username": "ユーザー名 / User name",
    "password": "パスワード / Password",
    "url": "URL / Web address",
    "notes": "メモ / Notes",
}


@dataclass(frozen=True)
class Field:
    key: str
    value: str
    type: FieldType = FieldType.TEXT


@dataclass(frozen=True)
class Client:
    id: str
    name: str
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""
    record_count: int = 0
    # Retention at a glance: the earliest last-kept day of a record not on hold
    # (ISO date), and whether any record is on legal hold.
    next_retention: str | None = None
    on_hold: bool = False
    furigana: str = ""  # the name's reading in kana (vault/domain/reading.py); "" for none


@dataclass(frozen=True)
class Record:
    id: str
    client_id: str
    kind: RecordKind
    title: str
    fields: tuple[Field, ...] = ()
    sensitivity: Sensitivity = Sensitivity.NORMAL
    created_at: str = ""
    updated_at: str = ""
    version: int = 1
    retain_until: str | None = None

    def value(self, key: str) -> str | None:
        return next((f.value for f in self.fields if f.key == key), None)


def parse_kind(text: str) -> RecordKind:
    try:
        return RecordKind(text)
    except ValueError as exc:
        kinds = ", ".join(k.value for k in RecordKind)
        raise BadInput("Unknown record kind; use one of: {kinds}.", kinds=kinds) from exc


def parse_sensitivity(text: str) -> Sensitivity:
    try:
        return Sensitivity(text)
    except ValueError as exc:
        levels = ", ".join(s.value for s in Sensitivity)
        raise BadInput("Unknown sensitivity; use one of: {levels}.", levels=levels) from exc


def field_type_for(kind: RecordKind, key: str) -> FieldType:
    return KIND_FIELDS[kind].get(key, FieldType.TEXT)


def clean_text(value: str, what: str, limit: int = MAX_VALUE_CHARS) -> str:
    if "\x00" in value:
        raise BadInput("The {what} contains a NUL character.", what=what)
    if len(value) > limit:
        raise BadInput("The {what} is longer than {limit:,} characters.", what=what, limit=limit)
    return value


# Bidi embeddings, overrides and isolates (and the marks): they reorder what a
# terminal or a list shows, so "exe.txt" can display as "txt.exe".
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def is_control(ch: str) -> bool:
    """C0 and C1 controls (ESC, CR, …) and bidi controls."""
    return unicodedata.category(ch) == "Cc" or ch in BIDI_CONTROLS


def escape_controls(text: str, keep: str = "") -> str:
    """For terminal output: every control shown as \\uXXXX, so none can act on the terminal."""
    return "".join(f"\\u{ord(ch):04x}" if is_control(ch) and ch not in keep else ch for ch in text)


def clean_title(title: str) -> str:
    """A one-line name or title: no control characters, which could rewrite a terminal
    line or reorder what a person sees."""
    title = clean_text(title, "title", MAX_TITLE_CHARS).strip()
    if not title:
        raise BadInput("A title is required.")
    if any(is_control(ch) for ch in title):
        raise BadInput(
            "A name or title cannot contain control characters (such as ESC, CR or a "
            "right-to-left override)."
        )
    return title


def clean_field(item: Field) -> Field:
    """Validate a field for its type; return it with its value normalised."""
    key = clean_text(unicodedata.normalize("NFKC", item.key), "field name", MAX_TITLE_CHARS).strip()
    if not key:
        raise BadInput("A field name is required.")
    value = clean_text(item.value, f"field '{key}'")
    normalizer = _NORMALIZERS.get(item.type)
    if normalizer is not None and value.strip():
        value = normalizer(value, key)
    return Field(key, value, item.type)


def _to_date(value: str) -> dt.date:
    """2026-04-01, 2026/4/1, 2026年4月1日, R8.4.1, 令和8年4月1日; ValueError otherwise."""
    return read_date(value)


def parse_date(value: str, what: str) -> dt.date:
    """A date typed outside a record field (a CLI option), with the same spellings."""
    try:
        return _to_date(value)
    except ValueError as exc:
        raise BadInput("The {what} is not a real date (use YYYY-MM-DD).", what=what) from exc


def _date(value: str, key: str) -> str:
    try:
        return _to_date(value).isoformat()
    except ValueError as exc:
        raise BadInput("Field '{field}' is not a real date (use YYYY-MM-DD).", field=key) from exc


def _number(value: str, key: str) -> str:
    text = unicodedata.normalize("NFKC", value).strip().replace(",", "")
    try:
        number = Decimal(text)
    except InvalidOperation as exc:
        raise BadInput("Field '{field}' is not a number.", field=key) from exc
    if not number.is_finite():
        raise BadInput("Field '{field}' is not a number.", field=key)
    return text


def _email(value: str, key: str) -> str:
    text = unicodedata.normalize("NFKC", value).strip()
    if not _EMAIL.match(text):
        raise BadInput("Field '{field}' is not an e-mail address.", field=key)
    return text


# Dashes people type in phone numbers; ー (the long-vowel mark) is a common IME slip.
_PHONE_DASHES = re.compile("[\u2010-\u2015\u2212\u30fc\uff70]")
_PHONE_TEXT = re.compile(r"\+?\(?[0-9][0-9 ()\-.]*(?:\s*(?:ext\.?|x)\s*[0-9]+)?", re.IGNORECASE)


def _phone(value: str, key: str) -> str:
    # Imported on first use: it is the costliest import of the CLI's start (about 20 ms).
    import phonenumbers  # noqa: PLC0415

    text = _PHONE_DASHES.sub("-", unicodedata.normalize("NFKC", value).strip())
    probe = text.replace("内線", " ext ")  # 内線: an extension
    if not _PHONE_TEXT.fullmatch(probe):  # phonenumbers alone would find a number in any text
        raise BadInput("Field '{field}' is not a phone number.", field=key)
    try:
        parsed = phonenumbers.parse(probe, "JP")
    except phonenumbers.NumberParseException as exc:
        raise BadInput("Field '{field}' is not a phone number.", field=key) from exc
    if not phonenumbers.is_possible_number(parsed):
        raise BadInput("Field '{field}' is not a phone number.", field=key)
    return text


_NORMALIZERS = {
    FieldType.DATE: _date,
    FieldType.NUMBER: _number,
    FieldType.EMAIL: _email,
    FieldType.PHONE: _phone,
}


def check_email(value: str) -> str:
    return _email(clean_text(value, "e-mail"), "e-mail")


def check_phone(value: str) -> str:
    return _phone(value, "phone")
