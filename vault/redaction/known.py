"""The personal values the vault holds: which fields hold them, and whose they are."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vault.domain.model import Field, FieldType, RecordKind
from vault.importing.datasets import personal_values
from vault.redaction.kinds import Kind, compact
from vault.redaction.morph import tokens
from vault.search import normalize

if TYPE_CHECKING:
    from vault.session import Vault

MIN_NAME_CHARS = 2


@dataclass(frozen=True)
class Known:
    """A personal value the vault holds, and whose it is (a record or client id)."""

    text: str
    kind: Kind
    owner: str


_KEY_KINDS: dict[Kind, tuple[str, ...]] = {
    Kind.NAME: (
        "name",
        "名前",
        "氏名",
        "お名前",
        "フルネーム",
        "担当者",
        "担当者名",
        "furigana",
        "ふりがな",
        "フリガナ",
        "よみがな",
        "読み",
        "romaji",
        "ローマ字",
    ),
    Kind.EMAIL: ("email", "e-mail", "mail", "メール", "メールアドレス"),
    Kind.PHONE: ("phone", "tel", "mobile", "fax", "電話", "電話番号", "携帯", "携帯電話"),
    Kind.ADDRESS: ("address", "住所", "所在地"),
    Kind.POSTAL_CODE: ("postal_code", "zip", "zip_code", "郵便番号"),
    Kind.DATE: ("birthday", "birth_date", "date_of_birth", "dob", "生年月日", "誕生日"),
    Kind.MY_NUMBER: ("my_number", "マイナンバー", "個人番号"),
    Kind.CARD: ("card_number", "credit_card", "カード番号", "クレジットカード"),
}
_KINDS_BY_KEY = {compact(normalize(key)): kind for kind, keys in _KEY_KINDS.items() for key in keys}
_CONTACT_ONLY = frozenset({"name", "名前"})  # elsewhere a "name" may be a product's
# Keys naming APPI art. 2(3) categories (要配慮個人情報): such fields are always removed.
_SPECIAL_CARE_WORDS = (
    "病歴",
    "病名",
    "持病",
    "既往",
    "健康",
    "診断",
    "診療",
    "通院",
    "服薬",
    "処方",
    "障害",
    "障がい",
    "人種",
    "信条",
    "宗教",
    "社会的身分",
    "犯罪",
    "前科",
    "逮捕",
    "medical",
    "health",
    "diagnos",
    "disabilit",
    "religio",
    "ethnic",
    "criminal",
    "conviction",
    "medication",
)
_KNOWN_KINDS = frozenset(Kind) - {Kind.DATE, Kind.TERM}  # a birth date alone is not unique


def field_kind(record_kind: RecordKind, item: Field) -> Kind | None:
    """The kind of personal value a whole field holds, by its type or its name."""
    if item.type is FieldType.EMAIL:
        return Kind.EMAIL
    if item.type is FieldType.PHONE:
        return Kind.PHONE
    key = compact(normalize(item.key))
    if key in _CONTACT_ONLY and record_kind is not RecordKind.CONTACT:
        return None
    return _KINDS_BY_KEY.get(key)


def is_special_care_field(item: Field) -> bool:
    key = compact(normalize(item.key))
    return any(word in key for word in _SPECIAL_CARE_WORDS)


# A dataset column's role (vault/storage/attachments.py DATASET_ROLES) as a kind of known value.
_DATASET_KINDS = {
    "name": Kind.NAME,
    "furigana": Kind.NAME,
    "email": Kind.EMAIL,
    "phone": Kind.PHONE,
    "postal_code": Kind.POSTAL_CODE,
    "address": Kind.ADDRESS,
}


_TITLE_NOISE = re.compile(r"[(（【\[].*?[)）】\]]|(?:さん|様|さま|氏|くん|君|ちゃん|先生)$")
_CORPORATE = re.compile(
    r"株式会社|有限会社|合同会社|合資会社|一般社団|一般財団|社団法人|財団法人|法人|事務所|"
    r"協会|組合|商店|工房|スタジオ|(?:\(|（)(?:株|有)(?:\)|）)|㈱|㈲|"
    r"\b(?:inc|llc|ltd|co|corp|gmbh|studio|office)\b",
    re.IGNORECASE,
)
_PERSON_SHAPE = re.compile(r"[^\s\d]{1,6}[\s・]+[^\s\d]{1,8}")


def person_like(name: str) -> bool:
    """A client's or title's name written as a person's (two parts, or a surname and a
    given name by the dictionary), with no corporate word."""
    if _CORPORATE.search(name):
        return False
    if _PERSON_SHAPE.fullmatch(name.strip()):
        return True
    words = [t for t in tokens(name) if not t.surface.isspace()]
    return bool(words) and all(t.person for t in words) and words[0].person == "姓"


def title_name(title: str) -> str:
    """A contact's title with its honorific and bracketed role taken off: the name in it."""
    return _TITLE_NOISE.sub("", title.strip()).strip()


def _names_a_person(title: str) -> bool:
    """A title written like a name, or holding a word the dictionary tags as one ("経理"
    and "窓口" are roles, not people)."""
    if len(title) < MIN_NAME_CHARS:
        return False
    return person_like(title) or any(t.person for t in tokens(title))


def record_known(
    record_id: str, kind: RecordKind, title: str, fields: Iterable[Field]
) -> Iterator[Known]:
    """A record's personal fields; a contact's title names its person too."""
    if kind is RecordKind.CONTACT and _names_a_person(name := title_name(title)):
        yield Known(name, Kind.NAME, record_id)
    for item in fields:
        found = field_kind(kind, item)
        if found in _KNOWN_KINDS and item.value.strip():
            yield Known(item.value, found, record_id)


def known_values(vault: Vault) -> Iterator[Known]:
    """Every client's name (as a person's too when written like one), its furigana, e-mails
    and phones, every contact's title, the personal fields of every record, and the
    personal columns of every dataset a client handed over (by its column map)."""
    store = vault.state.store
    for client in store.list_clients():
        yield Known(client.name, Kind.ORGANIZATION, client.id)
        if person_like(client.name):
            yield Known(client.name, Kind.NAME, client.id)
        if client.furigana:  # its reading: a person's name, or a company's as it is said
            reading_kind = Kind.NAME if person_like(client.name) else Kind.ORGANIZATION
            yield Known(client.furigana, reading_kind, client.id)
        yield from (Known(email, Kind.EMAIL, client.id) for email in client.emails)
        yield from (Known(phone, Kind.PHONE, client.id) for phone in client.phones)
        for record in store.list_records(client.id):
            yield from record_known(record.id, record.kind, record.title, record.fields)
        for value, role in personal_values(vault, client.id):  # the client's own lists
            dataset_kind = _DATASET_KINDS.get(role)
            if dataset_kind is not None:
                yield Known(value, dataset_kind, client.id)
