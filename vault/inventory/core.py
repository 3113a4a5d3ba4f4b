"""The inventory: one row per client of what is held, of how many persons, where every
copy lives and until when. Every number is counted from the vault's own rows and
audit log, so it equals what `client list`, `record list` and the datasets show.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from vault.backup.manager import BackupManager
from vault.domain.model import Sensitivity
from vault.inventory.categories import Category, record_categories
from vault.inventory.exposures import Copy, encrypted_copies, plaintext_copies
from vault.inventory.persons import contact_persons, dataset_persons
from vault.inventory.special_care import special_care_hints

if TYPE_CHECKING:
    from vault.audit.log import AuditEntry
    from vault.backup.manager import BackupInfo
    from vault.session import Vault


@dataclass(frozen=True)
class Location:
    place: str  # "vault" or "backup"
    id: str
    path: str
    created_at: str
    reachable: bool  # False: a backup folder that is gone or disconnected (it may hold data)

    def to_json(self) -> dict[str, Any]:
        return {
            "place": self.place,
            "id": self.id,
            "path": self.path,
            "created_at": self.created_at,
            "reachable": self.reachable,
        }


@dataclass(frozen=True)
class Warning:
    """An unflagged record whose content looks like special-care data."""

    record_id: str
    categories: tuple[str, ...]


@dataclass(frozen=True)
class ClientInventory:
    client_id: str
    name: str
    contract_start: str | None
    contract_end: str | None
    first_added: str
    next_retention: str | None
    records: int
    persons: int
    items: dict[str, int]  # values held, by Category, in Category order
    special_care: int  # flagged records and dataset rows with a special-care value
    files: int
    file_bytes: int
    unreadable_datasets: int
    locations: list[Location] = field(default_factory=list)
    plaintext_copies: list[Copy] = field(default_factory=list)
    encrypted_copies: list[Copy] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "client_id": self.client_id,
            "name": self.name,
            "contract_start": self.contract_start,
            "contract_end": self.contract_end,
            "first_added": self.first_added,
            "next_retention": self.next_retention,
            "records": self.records,
            "persons": self.persons,
            "items": self.items,
            "special_care": self.special_care,
            "files": self.files,
            "file_bytes": self.file_bytes,
            "unreadable_datasets": self.unreadable_datasets,
            "locations": [loc.to_json() for loc in self.locations],
            "plaintext_copies": [c.to_json() for c in self.plaintext_copies],
            "encrypted_copies": [c.to_json() for c in self.encrypted_copies],
            "warnings": [
                {"record_id": w.record_id, "looks_like": list(w.categories)} for w in self.warnings
            ],
        }


@dataclass(frozen=True)
class Inventory:
    vault_id: str
    generated_at: str
    clients: list[ClientInventory]

    def to_json(self) -> dict[str, Any]:
        return {
            "vault_id": self.vault_id,
            "generated_at": self.generated_at,
            "clients": [c.to_json() for c in self.clients],
        }


def build(vault: Vault, client_ids: list[str] | None = None) -> Inventory:
    """The inventory of every client (or of these), oldest client first."""
    clients = vault.clients.list_clients()
    if client_ids is not None:
        wanted = set(client_ids)
        clients = [c for c in clients if c.id in wanted]
    entries = vault.audit.entries()
    backups = BackupManager(vault).list()
    rows = [_client(vault, c.id, entries, backups) for c in clients]
    return Inventory(vault.vault_id, vault.timestamp(), rows)


def _client(
    vault: Vault, client_id: str, entries: list[AuditEntry], backups: list[BackupInfo]
) -> ClientInventory:
    client = vault.clients.get_client(client_id)
    contract = vault.retention.contract(client_id)
    records = vault.clients.list_records(client_id)
    attachments = vault.attachments.list(client_id)
    items: Counter[Category] = Counter()
    warnings = []
    for record in records:
        items.update(record_categories(record))
        hints = special_care_hints(record)
        if hints:
            warnings.append(Warning(record.id, tuple(hints)))
    persons = contact_persons(records)
    unreadable = 0
    dataset_special = 0
    for attachment in attachments:
        counted = dataset_persons(vault, client_id, attachment)
        unreadable += not counted.readable
        persons.extend(counted.persons)
        for person in counted.persons:
            items.update(person.categories)
            dataset_special += person.special_care
    if attachments:
        items[Category.FILES] = len(attachments)
    holding = {b.id for b in BackupManager(vault).holding([client_id])} if backups else set()
    locations = [Location("vault", vault.vault_id, str(vault.folder), client.created_at, True)]
    locations += [
        Location("backup", b.id, str(b.path), b.created_at, b.exists)
        for b in backups
        if b.id in holding
    ]
    flagged = sum(r.sensitivity is Sensitivity.SPECIAL_CARE for r in records)
    return ClientInventory(
        client_id=client_id,
        name=client.name,
        contract_start=contract.start.isoformat() if contract.start else None,
        contract_end=contract.end.isoformat() if contract.end else None,
        first_added=client.created_at,
        next_retention=client.next_retention,
        records=len(records),
        persons=len(persons),
        items={c.value: items[c] for c in Category if items[c]},
        special_care=flagged + dataset_special,
        files=len(attachments),
        file_bytes=sum(a.size for a in attachments),
        unreadable_datasets=unreadable,
        locations=locations,
        plaintext_copies=plaintext_copies(entries, {client_id}),
        encrypted_copies=encrypted_copies(entries, {client_id}),
        warnings=warnings,
    )
