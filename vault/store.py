"""Clients and records: per-client data keys and field encryption.

Every client has its own random data key (DEK), stored only wrapped under the
vault's client-wrap key. Every value a person wrote is sealed under the DEK
with associated data naming vault, client, table, row and column, so a
ciphertext copied to another row or client fails to open. Destroying a
client's wrapped DEK therefore erases all its content cryptographically.
"""

from __future__ import annotations

import json
import secrets
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from vault.audit import AuditLog
from vault.crypto import AuthenticationFailed, Sealer, aad, new_key
from vault.db import Database
from vault.errors import BadInput, VaultTampered
from vault.model import (
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
from vault.search import Document, SearchIndex
from vault.secret import SecretKey

_SELECT_RECORDS = (
    "SELECT id, client_id, kind, sensitivity, created_at, updated_at, version, retain_until, "
    "title, fields FROM records"
)


def new_id() -> str:
    return secrets.token_hex(8)


@dataclass(frozen=True)
class NewRecord:
    kind: RecordKind
    title: str
    fields: tuple[Field, ...] = ()
    sensitivity: Sensitivity = Sensitivity.NORMAL


class ClientKeys:
    """Unwraps each client's DEK once per unlock; shared by the indexer thread."""

    def __init__(self, vault_id: str, wrap_key: SecretKey) -> None:
        self._vault_id = vault_id
        self._wrapper = Sealer(wrap_key)
        self._sealers: dict[str, Sealer] = {}
        self._mutex = threading.Lock()

    def _aad(self, client_id: str) -> bytes:
        return aad("dek", self._vault_id, client_id)

    def wrap(self, client_id: str, dek: SecretKey) -> bytes:
        return self._wrapper.seal(bytes(dek.view()), self._aad(client_id))

    def unwrap(self, client_id: str, wrapped: bytes) -> SecretKey:
        try:
            return SecretKey(self._wrapper.open(wrapped, self._aad(client_id)))
        except AuthenticationFailed as exc:
            raise VaultTampered("A client's key failed its integrity check.") from exc

    def wrap_new(self, client_id: str) -> bytes:
        dek = new_key()
        try:
            with self._mutex:
                self._sealers[client_id] = Sealer(dek)
            return self.wrap(client_id, dek)
        finally:
            dek.wipe()

    def sealer(self, client_id: str, wrapped: bytes) -> Sealer:
        with self._mutex:
            cached = self._sealers.get(client_id)
        if cached is not None:
            return cached
        dek = self.unwrap(client_id, wrapped)
        try:
            sealer = Sealer(dek)
        finally:
            dek.wipe()
        with self._mutex:
            return self._sealers.setdefault(client_id, sealer)

    def forget(self, client_id: str) -> None:
        with self._mutex:
            self._sealers.pop(client_id, None)

    def clear(self) -> None:
        with self._mutex:
            self._sealers.clear()


class ClientStore:
    """All reads and writes of clients and records for one connection."""

    def __init__(
        self,
        db: Database,
        vault_id: str,
        keys: ClientKeys,
        audit: AuditLog,
        now: Callable[[], str],
        index: Callable[[], SearchIndex | None] = lambda: None,
    ) -> None:
        self._db = db
        self._vault_id = vault_id
        self._keys = keys
        self._audit = audit
        self._now = now
        self._index = index

    # -- sealing -------------------------------------------------------------

    def _sealer(self, client_id: str) -> Sealer:
        wrapped = self._db.scalar("SELECT wrapped_dek FROM clients WHERE id = ?", (client_id,))
        if wrapped is None:
            raise BadInput("No client with that id.")
        return self._keys.sealer(client_id, bytes(wrapped))

    def _seal(
        self, sealer: Sealer, client_id: str, table: str, row: str, column: str, value: Any
    ) -> bytes:
        data = json.dumps(value, ensure_ascii=False).encode()
        return sealer.seal(data, aad("field", self._vault_id, client_id, table, row, column))

    def _open(
        self, sealer: Sealer, client_id: str, table: str, row: str, column: str, blob: bytes
    ) -> Any:
        try:
            data = sealer.open(
                bytes(blob), aad("field", self._vault_id, client_id, table, row, column)
            )
        except AuthenticationFailed as exc:
            raise VaultTampered(
                f"A stored value ({table} {row}, {column}) failed its integrity check."
            ) from exc
        return json.loads(data)

    # -- clients -------------------------------------------------------------

    def add_client(
        self, name: str, emails: Sequence[str] = (), phones: Sequence[str] = (), notes: str = ""
    ) -> Client:
        client = self._clean_client(Client(new_id(), name, tuple(emails), tuple(phones), notes))
        now = self._now()
        with self._db.transaction():
            wrapped = self._keys.wrap_new(client.id)
            sealer = self._keys.sealer(client.id, wrapped)
            self._db.execute(
                "INSERT INTO clients (id, created_at, updated_at, wrapped_dek, name, details) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    client.id,
                    now,
                    now,
                    wrapped,
                    self._seal(sealer, client.id, "clients", client.id, "name", client.name),
                    self._seal(
                        sealer, client.id, "clients", client.id, "details", _details(client)
                    ),
                ),
            )
            self._audit.append("client.created", client.id)
        created = Client(
            client.id, client.name, client.emails, client.phones, client.notes, now, now
        )
        self._reindex_client(created)
        return created

    def update_client(self, client: Client) -> Client:
        client = self._clean_client(client)
        sealer = self._sealer(client.id)
        now = self._now()
        with self._db.transaction():
            self._db.execute(
                "UPDATE clients SET name = ?, details = ?, updated_at = ? WHERE id = ?",
                (
                    self._seal(sealer, client.id, "clients", client.id, "name", client.name),
                    self._seal(
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
        self._sealer(client_id)
        with self._db.transaction():
            count = int(
                self._db.scalar("SELECT count(*) FROM records WHERE client_id = ?", (client_id,))
            )
            self._db.execute("DELETE FROM records WHERE client_id = ?", (client_id,))
            self._db.execute("DELETE FROM clients WHERE id = ?", (client_id,))
            self._audit.append("client.deleted", client_id, records=count)
        self._db.checkpoint()
        self._keys.forget(client_id)
        index = self._index()
        if index is not None:
            index.discard_client(client_id)
        return count

    def get_client(self, client_id: str) -> Client:
        rows = self._db.execute(
            "SELECT c.id, c.created_at, c.updated_at, c.wrapped_dek, c.name, c.details, "
            "(SELECT count(*) FROM records r WHERE r.client_id = c.id) "
            "FROM clients c WHERE c.id = ?",
            (client_id,),
        )
        if not rows:
            raise BadInput("No client with that id.")
        return self._client_from_row(rows[0])

    def list_clients(self) -> list[Client]:
        rows = self._db.execute(
            "SELECT c.id, c.created_at, c.updated_at, c.wrapped_dek, c.name, c.details, "
            "coalesce(n.count, 0) FROM clients c LEFT JOIN "
            "(SELECT client_id, count(*) AS count FROM records GROUP BY client_id) n "
            "ON n.client_id = c.id"
        )
        return sorted((self._client_from_row(r) for r in rows), key=lambda c: c.name)

    def _client_from_row(self, row: Sequence[Any]) -> Client:
        client_id, created, updated, wrapped, name, details, count = row
        sealer = self._keys.sealer(client_id, bytes(wrapped))
        info = self._open(sealer, client_id, "clients", client_id, "details", details)
        return Client(
            id=client_id,
            name=self._open(sealer, client_id, "clients", client_id, "name", name),
            emails=tuple(info["emails"]),
            phones=tuple(info["phones"]),
            notes=info["notes"],
            created_at=created,
            updated_at=updated,
            record_count=int(count),
        )

    @staticmethod
    def _clean_client(client: Client) -> Client:
        return Client(
            id=client.id,
            name=clean_title(client.name),
            emails=tuple(check_email(e) for e in client.emails),
            phones=tuple(check_phone(p) for p in client.phones),
            notes=clean_text(client.notes, "notes"),
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
        """Add many records to one client in a single transaction (imports, demo data)."""
        cleaned = [
            NewRecord(
                i.kind, clean_title(i.title), tuple(clean_field(f) for f in i.fields), i.sensitivity
            )
            for i in items
        ]
        sealer = self._sealer(client_id)
        now = self._now()
        records = [
            Record(new_id(), client_id, i.kind, i.title, i.fields, i.sensitivity, now, now)
            for i in cleaned
        ]
        rows = [
            (
                r.id,
                client_id,
                r.kind.value,
                r.sensitivity.value,
                now,
                now,
                self._seal(sealer, client_id, "records", r.id, "title", r.title),
                self._seal(sealer, client_id, "records", r.id, "fields", _fields_json(r.fields)),
                _size(r.title, r.fields),
            )
            for r in records
        ]
        with self._db.transaction():
            self._db.executemany(
                "INSERT INTO records (id, client_id, kind, sensitivity, created_at, updated_at, "
                "title, fields, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            if len(records) == 1:
                self._audit.append(
                    "record.created", client_id, record=records[0].id, kind=records[0].kind.value
                )
            else:
                self._audit.append("records.created", client_id, count=len(records))
        index = self._index()
        if index is not None:
            index.add(_record_document(r) for r in records)
        return records

    def update_record(self, record: Record) -> Record:
        """Save an edited record; refuses if someone saved a newer version meanwhile."""
        title, cleaned = clean_title(record.title), tuple(clean_field(f) for f in record.fields)
        sealer = self._sealer(record.client_id)
        now = self._now()
        with self._db.transaction():
            current = self._db.scalar(
                "SELECT version FROM records WHERE id = ? AND client_id = ?",
                (record.id, record.client_id),
            )
            if current is None:
                raise BadInput("No record with that id.")
            if current != record.version:
                raise BadInput("This record was changed elsewhere since it was opened; reopen it.")
            self._db.execute(
                "UPDATE records SET title = ?, fields = ?, sensitivity = ?, size = ?, "
                "updated_at = ?, version = version + 1 WHERE id = ?",
                (
                    self._seal(sealer, record.client_id, "records", record.id, "title", title),
                    self._seal(
                        sealer,
                        record.client_id,
                        "records",
                        record.id,
                        "fields",
                        _fields_json(cleaned),
                    ),
                    record.sensitivity.value,
                    _size(title, cleaned),
                    now,
                    record.id,
                ),
            )
            self._audit.append(
                "record.changed", record.client_id, record=record.id, kind=record.kind.value
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
        index = self._index()
        if index is not None:
            index.discard(record.client_id, record_id)

    def get_record(self, record_id: str) -> Record:
        rows = self._db.execute(_SELECT_RECORDS + " WHERE id = ?", (record_id,))
        if not rows:
            raise BadInput("No record with that id.")
        return self._record_from_row(rows[0], self._sealer(rows[0][1]))

    def list_records(self, client_id: str) -> list[Record]:
        sealer = self._sealer(client_id)
        rows = self._db.execute(
            _SELECT_RECORDS + " WHERE client_id = ? ORDER BY kind, created_at",
            (client_id,),
        )
        return [self._record_from_row(row, sealer) for row in rows]

    def _record_from_row(self, row: Sequence[Any], sealer: Sealer) -> Record:
        (
            record_id,
            client_id,
            kind,
            sensitivity,
            created,
            updated,
            version,
            retain,
            title,
            fields,
        ) = row
        raw_fields = self._open(sealer, client_id, "records", record_id, "fields", fields)
        return Record(
            id=record_id,
            client_id=client_id,
            kind=RecordKind(kind),
            title=self._open(sealer, client_id, "records", record_id, "title", title),
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
            batch = [_client_document(client)]
            batch.extend(_record_document(r) for r in self.list_records(client.id))
            yield batch

    def _reindex_client(self, client: Client) -> None:
        index = self._index()
        if index is not None:
            index.replace(_client_document(client))

    def _reindex_record(self, record: Record) -> None:
        index = self._index()
        if index is not None:
            index.replace(_record_document(record))


def _details(client: Client) -> dict[str, Any]:
    return {"emails": list(client.emails), "phones": list(client.phones), "notes": client.notes}


def _fields_json(fields: Sequence[Field]) -> list[list[str]]:
    return [[f.key, f.value, f.type.value] for f in fields]


def _size(title: str, fields: Sequence[Field]) -> int:
    return len(title.encode()) + sum(len(f.key.encode()) + len(f.value.encode()) for f in fields)


def _client_document(client: Client) -> Document:
    text = "\n".join([*client.emails, *client.phones, client.notes])
    return Document(client.id, None, "client", client.name, text)


def _record_document(record: Record) -> Document:
    # Secrets (passwords) are never indexed: search must not reveal them.
    text = "\n".join(f.value for f in record.fields if f.type is not FieldType.SECRET)
    return Document(record.client_id, record.id, record.kind.value, record.title, text)
