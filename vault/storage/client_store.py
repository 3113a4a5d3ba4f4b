"""Clients and records: per-client data keys and field encryption.

Only ids, kinds, dates, flags and sizes are plain columns; everything a person
wrote goes through `FieldCipher` under the client's own key.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from vault.audit.log import AuditLog
from vault.domain.model import (
    Client,
    Field,
    FieldType,
    Record,
    RecordKind,
    Sensitivity,
    check_email,
    check_phone,
    clean_field,
    clean_text,
    clean_title,
)
from vault.domain.reading import clean_furigana, gojuon_key
from vault.domain.retention import ClientPolicy
from vault.errors import BadInput
from vault.keys.client_keys import FieldCipher
from vault.keys.sealing import Sealer
from vault.search import Document, SearchIndex
from vault.storage.db import Database
from vault.storage.new_clients import (
    CheckedClient,
    NewClient,
    NewRecord,
    Terms,
    check_new_client,
    clean_record,
    new_id,
)
from vault.storage.record_binding import BOUND_COLUMNS, BOUND_SQL, new_bound, rebind
from vault.storage.retention_store import RetentionStore

# The new-client values live in new_clients.py; importers of this module find them here too.
__all__ = ["CheckedClient", "ClientStore", "NewClient", "NewRecord", "Terms", "new_id"]

_SELECT_RECORDS = (
    f"SELECT id, client_id, kind, created_at, updated_at, {BOUND_SQL}, title, fields FROM records"  # noqa: S608
)
_BOUND = slice(5, 5 + len(BOUND_COLUMNS))  # where a _SELECT_RECORDS row has its bound columns


# One client (?1 = its id) or all (?1 = NULL), each with a summary of its records:
# count, the earliest last-kept day not on hold, and whether any is on legal hold.
_SELECT_CLIENTS = (
    "SELECT c.id, c.created_at, c.updated_at, c.wrapped_dek, c.name, c.details, "
    "n.count, n.next_due, n.held FROM clients c LEFT JOIN ("
    "SELECT client_id, count(*) AS count, "
    "min(CASE WHEN legal_hold = 0 THEN retain_until END) AS next_due, "
    "max(legal_hold) AS held FROM records GROUP BY client_id"
    ") n ON n.client_id = c.id WHERE ?1 IS NULL OR c.id = ?1"
)


_INSERT_CLIENT = (
    "INSERT INTO clients (id, created_at, updated_at, wrapped_dek, name, details, "
    "contract_start, contract_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_OVERRIDE = (
    "INSERT INTO retention_overrides (client_id, kind, rule, fixed_on) VALUES (?, ?, ?, ?)"
)
_INSERT_RECORD = (
    "INSERT INTO records (id, client_id, kind, sensitivity, created_at, updated_at, "
    "title, fields, size, retention_rule, retain_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class ClientStore:
    """All reads and writes of clients and records for one connection."""

    def __init__(
        self,
        db: Database,
        cipher: FieldCipher,
        audit: AuditLog,
        now: Callable[[], str],
        retention: RetentionStore,
        index: Callable[[], SearchIndex | None] = lambda: None,
        *,
        on_deleted: Callable[[], object] = lambda: None,
    ) -> None:
        self._db = db
        self._cipher = cipher
        self._keys = cipher.keys
        self._audit = audit
        self._now = now
        self._retention = retention
        self._index = index
        self._on_deleted = on_deleted  # removes the blob files of deleted attachment rows

    # -- clients -------------------------------------------------------------

    def add_client(
        self,
        name: str,
        emails: Sequence[str] = (),
        phones: Sequence[str] = (),
        notes: str = "",
        *,
        furigana: str = "",
    ) -> Client:
        client = self._clean_client(
            Client(new_id(), name, tuple(emails), tuple(phones), notes, furigana=furigana)
        )
        now = self._now()
        with self._db.transaction():
            wrapped = self._keys.wrap_new(client.id)
            sealer = self._keys.sealer(client.id, wrapped)
            self._db.execute(
                _INSERT_CLIENT,
                (
                    client.id,
                    now,
                    now,
                    wrapped,
                    self._cipher.seal(sealer, client.id, "clients", client.id, "name", client.name),
                    self._cipher.seal(
                        sealer, client.id, "clients", client.id, "details", _details(client)
                    ),
                    None,
                    None,
                ),
            )
            self._audit.append("client.created", client.id)
        created = replace(client, created_at=now, updated_at=now)
        self._reindex_client(created)
        return created

    @staticmethod
    def check_new_client(item: NewClient) -> CheckedClient:
        """Validate a client for `adding_clients` as `add_client` and `add_records` would."""
        return check_new_client(item)

    @contextlib.contextmanager
    def adding_clients(self) -> Iterator[Callable[[Sequence[CheckedClient]], None]]:
        """One transaction for many new clients with their first records (imports).

        The yielded function adds a batch; an exception anywhere in the block rolls
        every batch back, so a file can be streamed in without holding it all. The
        caller appends the one audit entry for the whole inside the block.
        """
        now = self._now()
        index = self._index()
        documents: list[Document] | None = None if index is None else []
        with self._db.transaction():
            yield lambda batch: self._add_batch(batch, now, documents)
        if index is not None and documents is not None:
            index.add(documents)

    def _add_batch(
        self, batch: Sequence[CheckedClient], now: str, documents: list[Document] | None
    ) -> None:
        if not batch:
            return
        client_rows, records, record_rows, overrides = [], [], [], []
        default_rules = self._retention.rules_under(ClientPolicy(), now)
        for client, items, terms in ((c.client, c.records, c.terms) for c in batch):
            wrapped = self._keys.wrap_new(client.id)
            sealer = self._keys.sealer(client.id, wrapped)
            client_rows.append(
                (
                    client.id,
                    now,
                    now,
                    wrapped,
                    self._cipher.seal(sealer, client.id, "clients", client.id, "name", client.name),
                    self._cipher.seal(
                        sealer, client.id, "clients", client.id, "details", _details(client)
                    ),
                    _iso(terms.start),
                    _iso(terms.end),
                )
            )
            # Most new clients have no contract and no rule of their own: they share the rules.
            rules = (
                default_rules
                if terms == Terms()
                else self._retention.rules_under(terms.policy(), now)
            )
            rule = terms.contact_rule
            if rule is not None:
                overrides.append(
                    (client.id, RecordKind.CONTACT.value, rule.code.value, _iso(rule.fixed_on))
                )
            made, rows = self._record_rows(sealer, client.id, items, now, rules)
            records += made
            record_rows += rows
            # An AES context is about 2 KB: 100,000 cached ones would be 200 MB held by an
            # import (and kept after a rollback). Reading a client caches its key again.
            self._keys.forget(client.id)
        self._db.executemany(_INSERT_CLIENT, client_rows)
        self._db.executemany(_INSERT_OVERRIDE, overrides)
        self._db.executemany(_INSERT_RECORD, record_rows)
        if documents is not None:
            documents += (_client_document(c.client) for c in batch)
            documents += (_record_document(r) for r in records)

    def update_client(self, client: Client) -> Client:
        client = self._clean_client(client)
        sealer = self._cipher.sealer(client.id)
        now = self._now()
        with self._db.transaction():
            self._db.execute(
                "UPDATE clients SET name = ?, details = ?, updated_at = ? WHERE id = ?",
                (
                    self._cipher.seal(sealer, client.id, "clients", client.id, "name", client.name),
                    self._cipher.seal(
                        sealer, client.id, "clients", client.id, "details", _details(client)
                    ),
                    now,
                    client.id,
                ),
            )
            self._audit.append("client.changed", client.id)
        updated = self.get_client(client.id)
        self._reindex_client(updated)
        return updated

    def delete_client(self, client_id: str) -> int:
        """Delete the client, its records and its wrapped key in one transaction."""
        self._cipher.sealer(client_id)
        with self._db.transaction():
            count = int(
                self._db.scalar("SELECT count(*) FROM records WHERE client_id = ?", (client_id,))
            )
            self._db.execute("DELETE FROM records WHERE client_id = ?", (client_id,))
            self._db.execute("DELETE FROM clients WHERE id = ?", (client_id,))
            self._audit.append("client.deleted", client_id, records=count)
        self._db.checkpoint()
        self._keys.forget(client_id)
        self._on_deleted()
        index = self._index()
        if index is not None:
            index.discard_client(client_id)
        return count

    def get_client(self, client_id: str) -> Client:
        rows = self._db.execute(_SELECT_CLIENTS, (client_id,))
        if not rows:
            raise BadInput("No client with that id.")
        return self._client_from_row(rows[0])

    def list_clients(self) -> list[Client]:
        rows = self._db.execute(_SELECT_CLIENTS, (None,))
        clients = (self._client_from_row(r) for r in rows)
        return sorted(clients, key=lambda c: gojuon_key(c.furigana, c.name))

    def _client_from_row(self, row: Sequence[Any]) -> Client:
        client_id, created, updated, wrapped, name, details, count, next_due, held = row
        sealer = self._keys.sealer(client_id, bytes(wrapped))
        info = self._cipher.open(sealer, client_id, "clients", client_id, "details", details)
        return Client(
            id=client_id,
            name=self._cipher.open(sealer, client_id, "clients", client_id, "name", name),
            emails=tuple(info["emails"]),
            phones=tuple(info["phones"]),
            notes=info["notes"],
            created_at=created,
            updated_at=updated,
            record_count=int(count or 0),
            next_retention=next_due,
            on_hold=bool(held),
            furigana=info.get("furigana", ""),  # details sealed before furigana existed lack it
        )

    @staticmethod
    def _clean_client(client: Client) -> Client:
        return Client(
            id=client.id,
            name=clean_title(client.name),
            emails=tuple(check_email(e) for e in client.emails),
            phones=tuple(check_phone(p) for p in client.phones),
            notes=clean_text(client.notes, "notes"),
            furigana=clean_furigana(client.furigana),
        )

    # -- records -------------------------------------------------------------

    def add_record(
        self,
        client_id: str,
        kind: RecordKind,
        title: str,
        fields: Sequence[Field] = (),
        sensitivity: Sensitivity = Sensitivity.NORMAL,
    ) -> Record:
        return self.add_records(client_id, [NewRecord(kind, title, tuple(fields), sensitivity)])[0]

    def add_records(self, client_id: str, items: Sequence[NewRecord]) -> list[Record]:
        """Add many records to one client in a single transaction (imports, demo data),
        each with the retention rule and date it inherits from the client and its kind."""
        cleaned = [clean_record(i) for i in items]
        sealer = self._cipher.sealer(client_id)
        now = self._now()
        with self._db.transaction():
            rules = self._retention.new_record_rules(client_id, now)
            records, rows = self._record_rows(sealer, client_id, cleaned, now, rules)
            self._db.executemany(_INSERT_RECORD, rows)
            if len(records) == 1:
                self._audit.append(
                    "record.created", client_id, record=records[0].id, kind=records[0].kind.value
                )
            else:
                self._audit.append("records.created", client_id, count=len(records))
        index = self._index()
        if index is not None:
            index.add(_record_document(r) for r in records)
        return [replace(r, retain_until=rules[r.kind, r.sensitivity][1]) for r in records]

    def _record_rows(
        self,
        sealer: Sealer,
        client_id: str,
        items: Sequence[NewRecord],
        now: str,
        rules: Mapping[tuple[RecordKind, Sensitivity], tuple[str, str | None]],
    ) -> tuple[list[Record], list[tuple[Any, ...]]]:
        """New records of one client (already cleaned) and their rows, sealed with their
        bound columns; `rules` (read in the caller's transaction) gives each kind and
        sensitivity its rule."""
        records = [
            Record(new_id(), client_id, i.kind, i.title, i.fields, i.sensitivity, now, now)
            for i in items
        ]
        rows = []
        for r in records:
            rule, until = rules[r.kind, r.sensitivity]
            bound = new_bound(r.sensitivity.value, rule, until)
            rows.append(
                (
                    r.id,
                    client_id,
                    r.kind.value,
                    r.sensitivity.value,
                    now,
                    now,
                    self._cipher.seal(sealer, client_id, "records", r.id, "title", r.title, bound),
                    self._cipher.seal(
                        sealer, client_id, "records", r.id, "fields", _fields_json(r.fields), bound
                    ),
                    _size(r.title, r.fields),
                    rule,
                    until,
                )
            )
        return records, rows

    def update_record(self, record: Record) -> Record:
        """Save an edited record; refuses if someone saved a newer version meanwhile."""
        title, cleaned = clean_title(record.title), tuple(clean_field(f) for f in record.fields)
        self._cipher.sealer(record.client_id)  # refuses an unknown client before the transaction
        now = self._now()
        with self._db.transaction():
            found = self._db.execute(
                "SELECT version, sensitivity FROM records WHERE id = ? AND client_id = ?",
                (record.id, record.client_id),
            )
            if not found:
                raise BadInput("No record with that id.")
            current, was = found[0]
            if current != record.version:
                raise BadInput("This record was changed elsewhere since it was opened; reopen it.")
            rebind(
                self._db,
                self._cipher,
                record.id,
                {
                    "sensitivity": record.sensitivity.value,
                    "size": _size(title, cleaned),
                    "updated_at": now,
                    "version": int(current) + 1,
                },
                {"title": title, "fields": _fields_json(cleaned)},
            )
            # A special-care record is kept no longer than the work needs (its rule moves).
            moved = was != record.sensitivity.value and self._retention.recompute_record(
                record.client_id, record.id
            )
            self._audit.append(
                "record.changed",
                record.client_id,
                record=record.id,
                kind=record.kind.value,
                **({"retention": "recomputed"} if moved else {}),
            )
        updated = self.get_record(record.id)
        self._reindex_record(updated)
        return updated

    def delete_record(self, record_id: str) -> None:
        record = self.get_record(record_id)
        with self._db.transaction():
            self._db.execute("DELETE FROM records WHERE id = ?", (record_id,))
            self._audit.append(
                "record.deleted", record.client_id, record=record_id, kind=record.kind.value
            )
        self._on_deleted()
        index = self._index()
        if index is not None:
            index.discard(record.client_id, record_id)

    def get_record(self, record_id: str) -> Record:
        rows = self._db.execute(_SELECT_RECORDS + " WHERE id = ?", (record_id,))
        if not rows:
            raise BadInput("No record with that id.")
        return self._record_from_row(rows[0], self._cipher.sealer(rows[0][1]))

    def list_records(self, client_id: str) -> list[Record]:
        sealer = self._cipher.sealer(client_id)
        rows = self._db.execute(
            _SELECT_RECORDS + " WHERE client_id = ? ORDER BY kind, created_at",
            (client_id,),
        )
        return [self._record_from_row(row, sealer) for row in rows]

    def _record_from_row(self, row: Sequence[Any], sealer: Sealer) -> Record:
        record_id, client_id, kind, created, updated = row[:5]
        bound = tuple(row[_BOUND])
        version, sensitivity, retain = bound[0], bound[1], bound[-1]
        title, fields = row[_BOUND.stop :]
        raw_fields = self._cipher.open(
            sealer, client_id, "records", record_id, "fields", fields, bound
        )
        return Record(
            id=record_id,
            client_id=client_id,
            kind=RecordKind(kind),
            title=self._cipher.open(sealer, client_id, "records", record_id, "title", title, bound),
            fields=tuple(Field(k, v, FieldType(t)) for k, v, t in raw_fields),
            sensitivity=Sensitivity(sensitivity),
            created_at=created,
            updated_at=updated,
            version=int(version),
            retain_until=retain,
        )

    # -- search documents ----------------------------------------------------

    def documents(self, cancelled: Callable[[], bool] = lambda: False) -> Iterator[list[Document]]:
        """Every client and record as search documents, one batch per client."""
        for client in self.list_clients():
            if cancelled():
                return
            sealer = self._cipher.sealer(client.id)
            rows = self._db.execute(
                f"SELECT id, kind, title, fields, {BOUND_SQL} FROM records WHERE client_id = ?",  # noqa: S608
                (client.id,),
            )
            batch = [_client_document(client)]
            batch.extend(self._document_from_row(client.id, row, sealer) for row in rows)
            yield batch

    def _document_from_row(self, client_id: str, row: Sequence[Any], sealer: Sealer) -> Document:
        """A record's search document without building a Record: this runs 200,000 times."""
        record_id, kind, title, fields = row[:4]
        bound = tuple(row[4:])
        raw_fields = self._cipher.open(
            sealer, client_id, "records", record_id, "fields", fields, bound
        )
        searched = _searched(raw_fields)
        title_text = self._cipher.open(
            sealer, client_id, "records", record_id, "title", title, bound
        )
        text = "\n".join(value for _key, value in searched)
        return Document(client_id, record_id, kind, title_text, text, searched)

    def _reindex_client(self, client: Client) -> None:
        index = self._index()
        if index is not None:
            index.replace(_client_document(client))

    def _reindex_record(self, record: Record) -> None:
        index = self._index()
        if index is not None:
            index.replace(_record_document(record))


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _details(client: Client) -> dict[str, Any]:
    return {
        "emails": list(client.emails),
        "phones": list(client.phones),
        "notes": client.notes,
        "furigana": client.furigana,
    }


def _fields_json(fields: Sequence[Field]) -> list[list[str]]:
    return [[f.key, f.value, f.type.value] for f in fields]


def _size(title: str, fields: Sequence[Field]) -> int:
    return len(title.encode()) + sum(len(f.key.encode()) + len(f.value.encode()) for f in fields)


def _client_document(client: Client) -> Document:
    fields = (
        *((("furigana", client.furigana),) if client.furigana else ()),
        *(("email", e) for e in client.emails),
        *(("phone", p) for p in client.phones),
        ("notes", client.notes),
    )
    text = "\n".join(value for _key, value in fields)
    return Document(client.id, None, "client", client.name, text, fields)


_SECRET = FieldType.SECRET.value


def _searched(fields: Iterable[Sequence[str]]) -> tuple[tuple[str, str], ...]:
    """(name, value) of the fields search sees: secrets (passwords) are never indexed."""
    return tuple((key, value) for key, value, type_ in fields if type_ != _SECRET)


def _record_document(record: Record) -> Document:
    searched = _searched((f.key, f.value, f.type.value) for f in record.fields)
    text = "\n".join(value for _key, value in searched)
    return Document(record.client_id, record.id, record.kind.value, record.title, text, searched)
