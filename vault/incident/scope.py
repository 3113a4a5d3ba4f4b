"""What an incident concerns, from the vault's own rows: the clients, their records and
attachments, and the persons they are about.

A misdelivery covers exactly what its bundle carried: the records and attachments its
audit entry names (by id and version). A record deleted since cannot be described any
more; one changed since is described as it is now and listed as changed. Otherwise the
incident covers every record and attachment of its clients that existed when it was
discovered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from vault.audit.log import AuditEntry
from vault.domain.model import Record
from vault.errors import BadInput
from vault.incident.store import Incident
from vault.inventory.persons import Person, contact_persons, dataset_persons
from vault.storage.attachments import Attachment

if TYPE_CHECKING:
    from vault.session import Vault


@dataclass
class Scope:
    client_ids: list[str]  # the clients concerned that the vault still holds
    erased_clients: list[str]  # concerned, but erased since: nothing more is known
    records: list[Record] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    missing_items: int = 0  # records and attachments in the bundle, deleted since
    changed_records: list[str] = field(default_factory=list)  # in the bundle, changed since
    unreadable_datasets: int = 0
    export: AuditEntry | None = None
    bundle_recorded: bool = True  # False: an export from before bundles named their records


def _ids(text: object) -> list[str]:
    return [part for part in str(text or "").split(",") if part]


def export_entry(vault: Vault, seq: int) -> AuditEntry:
    entry = next((e for e in vault.audit.entries() if e.seq == seq), None)
    if entry is None:
        raise BadInput("Audit entry {seq} does not exist.", seq=seq)
    return entry


def scope_of(vault: Vault, incident: Incident) -> Scope:
    held = {c.id for c in vault.clients.list_clients()}
    scope = Scope(
        [c for c in incident.client_ids if c in held],
        [c for c in incident.client_ids if c not in held],
    )
    if incident.export_seq is not None:
        _bundle(vault, scope, export_entry(vault, incident.export_seq))
    else:
        for client_id in scope.client_ids:
            scope.records += [
                r
                for r in vault.clients.list_records(client_id)
                if r.created_at <= incident.discovered_at
            ]
            scope.attachments += [
                a
                for a in vault.attachments.list(client_id)
                if a.created_at <= incident.discovered_at
            ]
    scope.persons = contact_persons(scope.records)
    for attachment in scope.attachments:
        counted = dataset_persons(vault, attachment.client_id, attachment)
        scope.unreadable_datasets += not counted.readable
        scope.persons += counted.persons
    return scope


def _bundle(vault: Vault, scope: Scope, entry: AuditEntry) -> None:
    scope.export = entry
    if "records" not in entry.details:
        scope.bundle_recorded = False
        return
    if not scope.client_ids:
        return
    client_id = scope.client_ids[0]
    current = {r.id: r for r in vault.clients.list_records(client_id)}
    for item in _ids(entry.details["records"]):
        record_id, _, version = item.partition(":")
        record = current.get(record_id)
        if record is None:
            scope.missing_items += 1
            continue
        scope.records.append(record)
        if str(record.version) != version:
            scope.changed_records.append(record_id)
    sent = set(_ids(entry.details.get("attachments")))
    attachments = vault.attachments.list(client_id)
    scope.attachments = [a for a in attachments if a.id in sent]
    scope.missing_items += len(sent - {a.id for a in attachments})
