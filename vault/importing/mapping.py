"""Which column of a client list holds what: guessed from the headers, or given as JSON.

A guess reads Japanese and English headers (会社名, 担当者, ふりがな, メール, 電話,
郵便番号, 住所, 備考, 契約開始日, 契約終了日, 保存期限, Company, E-mail …). The CLI's
`--map` changes it role by role: `{"client_name": "会社名", "email": 4,
"contact_name": ["姓", "名"], "notes": null}` names columns by header or by number
(counting from 1); several columns are joined (names, addresses) or each taken
(e-mails, phones); null drops a role. Errors name roles and column numbers, never a
header's text: a file without a header row would put a client's data there.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from vault.errors import BadInput


class Role(StrEnum):
    CLIENT_NAME = "client_name"
    CONTACT_NAME = "contact_name"
    FURIGANA = "furigana"  # the contact's reading
    EMAIL = "email"
    PHONE = "phone"
    POSTAL_CODE = "postal_code"
    ADDRESS = "address"
    NOTES = "notes"
    CLIENT_FURIGANA = "client_furigana"  # the client name's reading (会社名フリガナ)
    CONTRACT_START = "contract_start"
    CONTRACT_END = "contract_end"
    RETENTION = "retention"  # the contact data's last kept day (保存期限), or a rule's name


# Roles that take every matching column: two phone columns are two numbers, 住所1 and
# 住所2 are one address. The others take the first match only.
MULTI = frozenset({Role.EMAIL, Role.PHONE, Role.ADDRESS, Role.NOTES})

# Headers as `_key` leaves them, tried role by role in this order, so that
# 会社名フリガナ is a reading and メールアドレス an e-mail, not an address.
_READING = ("ふりがな", "フリガナ", "よみがな", "ヨミガナ", "カナ", "furigana", "kana")
_CLIENT_WORDS = ("会社", "顧客", "取引先", "法人", "企業", "団体", "屋号", "社名", "company")
_CONTAINS: tuple[tuple[Role, tuple[str, ...]], ...] = (
    (Role.FURIGANA, _READING),
    (Role.CONTRACT_START, ("契約開始", "開始日", "契約日", "contractstart", "startdate")),
    (
        Role.CONTRACT_END,
        ("契約終了", "契約満了", "終了日", "満了日", "解約日", "contractend", "enddate"),
    ),
    (Role.RETENTION, ("保存期限", "保管期限", "保存期間", "廃棄予定", "retention", "keepuntil")),
    (Role.EMAIL, ("メール", "メアド", "mail")),
    (Role.POSTAL_CODE, ("郵便番号", "〒", "zip", "postal", "postcode")),
    (Role.PHONE, ("電話", "携帯", "phone", "tel番号", "telno")),
    (Role.ADDRESS, ("住所", "所在地", "都道府県", "市区町村", "番地", "建物", "address")),
    (Role.NOTES, ("備考", "メモ", "コメント", "摘要", "note", "memo", "comment", "remark")),
    (
        Role.CLIENT_NAME,
        ("会社名", "顧客名", "取引先名", "法人名", "企業名", "団体名", "屋号", "社名", "company"),
    ),
    (Role.CONTACT_NAME, ("担当者", "氏名", "お名前", "名前", "fullname", "contactname")),
)
_EXACT: dict[str, Role] = {
    "tel": Role.PHONE,
    "mobile": Role.PHONE,
    "cell": Role.PHONE,
    "取引先": Role.CLIENT_NAME,
    "顧客": Role.CLIENT_NAME,
    "会社": Role.CLIENT_NAME,
    "client": Role.CLIENT_NAME,
    "clientname": Role.CLIENT_NAME,
    "customer": Role.CLIENT_NAME,
    "customername": Role.CLIENT_NAME,
    "organization": Role.CLIENT_NAME,
    "organisation": Role.CLIENT_NAME,
    "organizationname": Role.CLIENT_NAME,
    "担当": Role.CONTACT_NAME,
    "name": Role.CONTACT_NAME,
    "contact": Role.CONTACT_NAME,
    "reading": Role.FURIGANA,
}
_NOT_A_PHONE = ("fax", "ファックス", "ファクス")
_EXAMPLE = '{"client_name": "会社名"}'
_PUNCTUATION = re.compile(r"[\s_\-・:：()（）\[\]［］【】「」/／.]+")


def _key(header: str) -> str:
    """A header compared loosely: NFKC (ﾌﾘｶﾞﾅ is フリガナ), case-folded, no spaces or punctuation."""
    return _PUNCTUATION.sub("", unicodedata.normalize("NFKC", header).casefold())


def _role_of(header: str) -> Role | None:
    key = _key(header)
    if not key or any(word in key for word in _NOT_A_PHONE):
        return None
    if key in _EXACT:
        return _EXACT[key]
    if any(w in key for w in _READING) and any(w in key for w in _CLIENT_WORDS):
        return Role.CLIENT_FURIGANA
    for role, words in _CONTAINS:
        if any(word in key for word in words):
            return role
    return None


@dataclass(frozen=True)
class ColumnMap:
    """Roles to column indices (from 0) for one header row, which it keeps to detect a
    file that changed between mapping and importing."""

    headers: tuple[str, ...]
    roles: Mapping[Role, tuple[int, ...]]

    def to_json(self) -> dict[str, list[str | int]]:
        """Each role's columns, by header where that names one column, else by number."""
        return {
            role.value: [self._name(index) for index in self.roles[role]]
            for role in Role
            if role in self.roles
        }

    def _name(self, index: int) -> str | int:
        header = self.headers[index]
        return header if header and self.headers.count(header) == 1 else index + 1


def guess(headers: Sequence[str]) -> ColumnMap:
    """The roles the headers suggest; a file with only a person's name column is a list of
    people, so that column is the client name and the contact's name too, and its reading
    the client's reading too."""
    roles: dict[Role, list[int]] = {}
    for index, header in enumerate(headers):
        role = _role_of(header)
        if role is not None and (role in MULTI or role not in roles):
            roles.setdefault(role, []).append(index)
    if Role.CLIENT_NAME not in roles and Role.CONTACT_NAME in roles:
        roles[Role.CLIENT_NAME] = roles[Role.CONTACT_NAME]
    client_columns = roles.get(Role.CLIENT_NAME)
    people = client_columns == roles.get(Role.CONTACT_NAME, client_columns)
    if Role.FURIGANA in roles and Role.CLIENT_FURIGANA not in roles and people:
        roles[Role.CLIENT_FURIGANA] = roles[Role.FURIGANA]
    return ColumnMap(tuple(headers), {role: tuple(columns) for role, columns in roles.items()})


def parse_map(text: str) -> dict[Role, list[str | int] | None]:
    """The JSON of `--map`, checked for shape before any file is read."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise BadInput(
            "The column map is not valid JSON; write it like {example}.", example=_EXAMPLE
        ) from exc
    if not isinstance(data, dict):
        raise BadInput(
            "The column map is not a JSON object; write it like {example}.", example=_EXAMPLE
        )
    parsed: dict[Role, list[str | int] | None] = {}
    for name, value in data.items():
        try:
            role = Role(name)
        except ValueError as exc:
            raise BadInput(
                "The column map has an unknown role; use: {roles}.",
                roles=", ".join(r.value for r in Role),
            ) from exc
        parsed[role] = None if value is None else _columns(role, value)
    return parsed


def _columns(role: Role, value: Any) -> list[str | int]:
    values = value if isinstance(value, list) else [value]
    if not values or not all(_is_column(v) for v in values):
        raise BadInput(
            "The column map gives {role} neither a header, a column number nor a list of them.",
            role=role.value,
        )
    return list(values)


def _is_column(value: Any) -> bool:
    return isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))


def resolve(
    headers: Sequence[str], changes: Mapping[Role, Sequence[str | int] | None] | None = None
) -> ColumnMap:
    """The guess for these headers with `changes` applied; a client name column is required."""
    roles = dict(guess(headers).roles)
    for role, columns in (changes or {}).items():
        if columns is None:
            roles.pop(role, None)
        else:
            roles[role] = tuple(_index(headers, role, c) for c in columns)
    if Role.CLIENT_NAME not in roles:
        raise BadInput(
            "No column was recognised as the client name; name it with --map, e.g. {example} "
            "or {number}.",
            example=_EXAMPLE,
            number='{"client_name": 1}',
        )
    return ColumnMap(tuple(headers), roles)


def _index(headers: Sequence[str], role: Role, column: str | int) -> int:
    if isinstance(column, int):
        if not 1 <= column <= len(headers):
            raise BadInput(
                "The column map gives {role} column {number}, but the file has {count} "
                "columns (numbers count from 1).",
                role=role.value,
                number=column,
                count=len(headers),
            )
        return column - 1
    matches = [i for i, h in enumerate(headers) if h == column.strip()]
    if not matches:
        matches = [i for i, h in enumerate(headers) if _key(h) == _key(column) and _key(h)]
    if not matches:
        raise BadInput(
            "The column map names a header for {role} that the file does not have.",
            role=role.value,
        )
    if len(matches) > 1:
        raise BadInput(
            "The column map names a header for {role} that the file has more than once; give "
            "its column number instead.",
            role=role.value,
        )
    return matches[0]
