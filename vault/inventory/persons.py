"""The persons a client's data is about: its contact records and the rows of its datasets
that have a value in a name column. One `Person` each, with the categories held of them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vault.domain.model import Record, RecordKind
from vault.errors import BadInput
from vault.importing.datasets import WorkbookTooLarge, open_dataset
from vault.inventory.categories import DATASET_ROLES, Category, key_category, record_categories
from vault.storage.attachments import Attachment

if TYPE_CHECKING:
    from vault.session import Vault

_LANGUAGE_KEYS = frozenset({"language", "lang", "言語", "使用言語"})


@dataclass(frozen=True)
class Person:
    client_id: str
    source: str  # "contact" (a contact record) or "dataset" (a row of a dataset)
    ref: str  # the record id, or "<attachment id>#<row number>"
    name: str
    email: str
    categories: frozenset[Category]
    language: str = "ja"  # "en" when the person's record says so

    @property
    def special_care(self) -> bool:
        return Category.SPECIAL_CARE in self.categories


def _value(record: Record, category: Category) -> str:
    for item in record.fields:
        if item.value.strip() and key_category(item.key) is category:
            return item.value.strip()
    return ""


def _language(record: Record) -> str:
    """English when a field named language (言語) says so: "en", "English", "英語"."""
    for item in record.fields:
        if unicodedata.normalize("NFKC", item.key).strip().casefold() in _LANGUAGE_KEYS:
            value = unicodedata.normalize("NFKC", item.value).strip().casefold()
            if value.startswith(("en", "英")):
                return "en"
    return "ja"


def contact_person(record: Record) -> Person:
    email = _value(record, Category.EMAIL) or next(
        (f.value for f in record.fields if f.type.value == "email" and f.value.strip()), ""
    )
    return Person(
        record.client_id,
        "contact",
        record.id,
        _value(record, Category.NAME),
        email,
        frozenset(record_categories(record)),
        _language(record),
    )


def contact_persons(records: list[Record]) -> list[Person]:
    return [contact_person(r) for r in records if r.kind is RecordKind.CONTACT]


@dataclass(frozen=True)
class DatasetCount:
    """What one dataset holds: rows with a name, and values by category."""

    attachment_id: str
    persons: list[Person]
    readable: bool  # False: it could not be read (too large, damaged); not counted


def dataset_persons(vault: Vault, client_id: str, attachment: Attachment) -> DatasetCount:
    columns = vault.attachments.columns(attachment.id)
    if not columns or "name" not in columns.values():
        return DatasetCount(attachment.id, [], True)
    persons: list[Person] = []
    try:
        with open_dataset(vault, attachment.id, attachment.size) as table:
            wanted = [
                (i, DATASET_ROLES[columns[h]])
                for i, h in enumerate(table.headers)
                if h in columns and columns[h] in DATASET_ROLES
            ]
            for number, row in enumerate(table.rows, start=1):
                values = {
                    category: row.cells[i].strip()
                    for i, category in wanted
                    if i < len(row.cells) and row.cells[i].strip()
                }
                if Category.NAME not in values:
                    continue
                persons.append(
                    Person(
                        client_id,
                        "dataset",
                        f"{attachment.id}#{number}",
                        values[Category.NAME],
                        values.get(Category.EMAIL, ""),
                        frozenset(values),
                    )
                )
    except (WorkbookTooLarge, BadInput):
        return DatasetCount(attachment.id, [], False)
    return DatasetCount(attachment.id, persons, True)


def client_persons(vault: Vault, client_id: str) -> Iterator[Person]:
    """Every person of one client: contacts first, then dataset rows."""
    yield from contact_persons(vault.clients.list_records(client_id))
    for attachment in vault.attachments.list(client_id):
        yield from dataset_persons(vault, client_id, attachment).persons
