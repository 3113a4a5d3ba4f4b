"""The categories of personal data an inventory and an incident report count.

A record's field counts as a category by its type (e-mail, phone) or its name, in
English or Japanese; a contact's standard fields by their key. Only fields with a
value count: an empty "address" holds no address.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from vault.domain.model import FieldType, Record, RecordKind, Sensitivity


class Category(StrEnum):
    NAME = "name"
    FURIGANA = "furigana"
    ADDRESS = "address"
    POSTAL_CODE = "postal_code"
    PHONE = "phone"
    EMAIL = "email"
    DATE_OF_BIRTH = "date_of_birth"
    MY_NUMBER = "my_number"
    BANK_ACCOUNT = "bank_account"
    SPECIAL_CARE = "special_care"
    NOTES = "notes"
    FILES = "files"


LABELS: dict[Category, tuple[str, str]] = {
    Category.NAME: ("氏名", "Name"),
    Category.FURIGANA: ("ふりがな", "Furigana"),
    Category.ADDRESS: ("住所", "Address"),
    Category.POSTAL_CODE: ("郵便番号", "Postal code"),
    Category.PHONE: ("電話番号", "Phone"),
    Category.EMAIL: ("メールアドレス", "E-mail"),
    Category.DATE_OF_BIRTH: ("生年月日", "Date of birth"),
    Category.MY_NUMBER: ("マイナンバー", "My Number"),
    Category.BANK_ACCOUNT: ("銀行口座", "Bank account"),
    Category.SPECIAL_CARE: ("要配慮個人情報", "Special-care data"),
    Category.NOTES: ("自由記述のメモ", "Free-text notes"),
    Category.FILES: ("ファイル", "Files"),
}

_KEYS: dict[Category, tuple[str, ...]] = {
    Category.NAME: ("name", "fullname", "名前", "氏名", "お名前", "フルネーム", "担当者名"),
    Category.FURIGANA: ("furigana", "ふりがな", "フリガナ", "よみがな", "読み"),
    Category.ADDRESS: ("address", "住所", "所在地"),
    Category.POSTAL_CODE: ("postalcode", "zip", "zipcode", "郵便番号"),
    Category.PHONE: ("phone", "tel", "mobile", "電話", "電話番号", "携帯", "携帯電話"),
    Category.EMAIL: ("email", "mail", "メール", "メールアドレス"),
    Category.DATE_OF_BIRTH: (
        "birthday",
        "birthdate",
        "dateofbirth",
        "dob",
        "生年月日",
        "誕生日",
    ),
    Category.MY_NUMBER: ("mynumber", "マイナンバー", "個人番号"),
    Category.BANK_ACCOUNT: (
        "bank",
        "bankaccount",
        "accountnumber",
        "iban",
        "口座",
        "口座番号",
        "銀行口座",
        "振込先",
    ),
}
_SEPARATORS = re.compile(r"[\s_\-.・()（）]+")
_BY_KEY = {key: category for category, keys in _KEYS.items() for key in keys}
# A dataset column's role (vault/storage/attachments.py DATASET_ROLES) as a category.
DATASET_ROLES: dict[str, Category] = {
    "name": Category.NAME,
    "furigana": Category.FURIGANA,
    "email": Category.EMAIL,
    "phone": Category.PHONE,
    "postal_code": Category.POSTAL_CODE,
    "address": Category.ADDRESS,
    "birth_date": Category.DATE_OF_BIRTH,
    "special-care": Category.SPECIAL_CARE,
}


def key_category(key: str) -> Category | None:
    folded = _SEPARATORS.sub("", unicodedata.normalize("NFKC", key).casefold())
    return _BY_KEY.get(folded)


def record_categories(record: Record) -> set[Category]:
    """The categories a record holds a value of."""
    found: set[Category] = set()
    for item in record.fields:
        if not item.value.strip():
            continue
        if item.type is FieldType.EMAIL:
            found.add(Category.EMAIL)
        elif item.type is FieldType.PHONE:
            found.add(Category.PHONE)
        elif (category := key_category(item.key)) is not None:
            if category is not Category.NAME or record.kind is RecordKind.CONTACT:
                found.add(category)  # elsewhere a "name" may be a product's
        elif item.type is FieldType.MULTILINE or record.kind is RecordKind.NOTE:
            found.add(Category.NOTES)  # free text may name anyone or anything
    if record.sensitivity is Sensitivity.SPECIAL_CARE:
        found.add(Category.SPECIAL_CARE)
    return found
