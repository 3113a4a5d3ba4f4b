"""New clients as a bulk add (an import) takes them: what they hold, and their one check.

Kept apart from `client_store` so that the store stays about reading and writing:
these are values only, checked once before any row is sealed.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from vault.domain.model import (
    Client,
    Field,
    FieldType,
    RecordKind,
    Sensitivity,
    check_email,
    check_phone,
    clean_field,
    clean_text,
    clean_title,
)
from vault.domain.reading import clean_furigana
from vault.domain.retention import ClientPolicy, Rule, check_contract, check_date


def new_id() -> str:
    return secrets.token_hex(8)


@dataclass(frozen=True)
class NewRecord:
    kind: RecordKind
    title: str
    fields: tuple[Field, ...] = ()
    sensitivity: Sensitivity = Sensitivity.NORMAL


@dataclass(frozen=True)
class Terms:
    """A new client's contract and its contact data's retention rule (an import's columns)."""

    start: dt.date | None = None
    end: dt.date | None = None
    contact_rule: Rule | None = None

    def policy(self) -> ClientPolicy:
        overrides = {} if self.contact_rule is None else {RecordKind.CONTACT: self.contact_rule}
        return ClientPolicy(self.end, overrides)


@dataclass(frozen=True)
class NewClient:
    """A client to add in bulk (an import), with its first records."""

    name: str
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    notes: str = ""
    records: tuple[NewRecord, ...] = ()
    furigana: str = ""
    terms: Terms = Terms()


@dataclass(frozen=True)
class CheckedClient:
    """A new client and its records as `check_new_client` validated them.

    Bulk adds take only these, so an import checks each value once (a phone number
    costs tens of microseconds to parse, 100,000 of them seconds).
    """

    client: Client
    records: tuple[NewRecord, ...]
    terms: Terms = Terms()


def check_new_client(item: NewClient) -> CheckedClient:
    """Validate a client for a bulk add as `add_client` and `add_records` would.

    An e-mail or phone that a record's field already holds is normalised the same
    way, so it is taken from there rather than parsed twice.
    """
    records = tuple(clean_record(r) for r in item.records)
    checked = {
        (given.type, given.value): field.value
        for raw, record in zip(item.records, records, strict=True)
        for given, field in zip(raw.fields, record.fields, strict=True)
        if field.type in (FieldType.EMAIL, FieldType.PHONE) and given.value.strip()
    }
    client = Client(
        id=new_id(),
        name=clean_title(item.name),
        emails=tuple(checked.get((FieldType.EMAIL, e)) or check_email(e) for e in item.emails),
        phones=tuple(checked.get((FieldType.PHONE, p)) or check_phone(p) for p in item.phones),
        notes=clean_text(item.notes, "notes"),
        furigana=clean_furigana(item.furigana),
    )
    terms = item.terms
    check_contract(terms.start, terms.end)
    if terms.contact_rule is not None and terms.contact_rule.fixed_on is not None:
        check_date(terms.contact_rule.fixed_on, "retention date")
    return CheckedClient(client, records, terms)


def clean_record(item: NewRecord) -> NewRecord:
    fields = tuple(clean_field(f) for f in item.fields)
    return NewRecord(item.kind, clean_title(item.title), fields, item.sensitivity)
