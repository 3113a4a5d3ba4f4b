"""Incidents kept in the vault: created, edited (cause, measures, status) and listed.

What the vault knows is set once (kind, discovery time, clients or export); what only
the freelancer knows is written and rewritten as `texts`. Every change is audit-logged
with ids and field names only.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from vault.domain.model import clean_text
from vault.errors import BadInput

if TYPE_CHECKING:
    from vault.session import Vault


class IncidentKind(StrEnum):
    LOST_DEVICE = "lost-device"
    MISDELIVERY = "misdelivery"
    UNAUTHORISED_ACCESS = "unauthorised-access"
    MALWARE = "malware"
    OTHER = "other"


class Role(StrEnum):
    OPERATOR = "operator"  # 個人情報取扱事業者: the freelancer's own customers
    CONTRACTOR = "contractor"  # 委託先: data the client entrusted; the client is told


# What the freelancer writes (the report's items the vault cannot know).
TEXT_FIELDS = (
    "note",
    "cause",
    "secondary_harm",
    "response",
    "publication",
    "measures",
    "other",
)
ANSWERS = ("yes", "no", "unknown")
BUNDLE_ACTION = "export.encrypted"


@dataclass(frozen=True)
class Incident:
    id: str
    created_at: str
    updated_at: str
    kind: IncidentKind
    discovered_at: str  # UTC, ISO 8601
    status: str  # open | closed
    client_ids: tuple[str, ...]
    export_seq: int | None
    key_compromised: str  # yes | no | unknown
    texts: Mapping[str, str] = field(default_factory=dict)
    roles: Mapping[str, str] = field(default_factory=dict)


def parse_kind(text: str) -> IncidentKind:
    try:
        return IncidentKind(text)
    except ValueError as exc:
        kinds = ", ".join(k.value for k in IncidentKind)
        raise BadInput("Unknown incident kind; use one of: {kinds}.", kinds=kinds) from exc


def parse_answer(text: str) -> str:
    if text not in ANSWERS:
        raise BadInput("Answer yes, no or unknown.")
    return text


def parse_role(text: str) -> tuple[str, Role]:
    """CLIENT=operator|contractor"""
    client, sep, role = text.partition("=")
    try:
        if not sep or not client:
            raise ValueError
        return client, Role(role)
    except ValueError as exc:
        raise BadInput("Give a role as CLIENT_ID=operator or CLIENT_ID=contractor.") from exc


def parse_discovered(text: str, zone: dt.tzinfo | None) -> str:
    """A date and time as typed (2026-12-01 09:30, or with an offset); local time without
    one. Returned in UTC. A time in the future is refused."""
    cleaned = unicodedata.normalize("NFKC", text).strip().replace("/", "-")
    try:
        moment = dt.datetime.fromisoformat(cleaned)
    except ValueError as exc:
        raise BadInput("The discovery time is not a date and time (use YYYY-MM-DD HH:MM).") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone) if zone else moment.astimezone()
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def _text(value: str) -> str:
    return clean_text(value, "incident text", 20_000).strip()


class IncidentStore:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._db = vault.database

    def new(
        self,
        kind: IncidentKind,
        discovered_at: str,
        *,
        client_ids: Sequence[str] = (),
        export_seq: int | None = None,
        key_compromised: str = "unknown",
        note: str = "",
        roles: Mapping[str, Role] | None = None,
    ) -> Incident:
        """Record an incident. Without clients (and without an export) it concerns every
        client the vault holds now; a misdelivery names the bundle's audit entry."""
        vault = self._vault
        parse_answer(key_compromised)
        if discovered_at > vault.timestamp():
            raise BadInput("The discovery time is in the future.")
        if kind is IncidentKind.MISDELIVERY and export_seq is None:
            raise BadInput("A misdelivery names the bundle that went astray: give --export-id.")
        if export_seq is not None:
            entry = next((e for e in vault.audit.entries() if e.seq == export_seq), None)
            if entry is None or entry.action != BUNDLE_ACTION or entry.client_id is None:
                raise BadInput(
                    "Audit entry {seq} is not an encrypted bundle export "
                    "(see 'clientvault audit show').",
                    seq=export_seq,
                )
            if client_ids and list(client_ids) != [entry.client_id]:
                raise BadInput("That export is of another client than the one given.")
            client_ids = [entry.client_id]
        known = [c.id for c in vault.clients.list_clients()]
        for client_id in client_ids:
            if client_id not in known:
                raise BadInput("There is no client with id {id}.", id=client_id)
        clients = tuple(dict.fromkeys(client_ids)) or tuple(known)
        for client_id in roles or {}:
            if client_id not in clients:
                raise BadInput("Client {id} is not concerned by this incident.", id=client_id)
        incident = Incident(
            id=secrets.token_hex(6),
            created_at=vault.timestamp(),
            updated_at=vault.timestamp(),
            kind=kind,
            discovered_at=discovered_at,
            status="open",
            client_ids=clients,
            export_seq=export_seq,
            key_compromised=key_compromised,
            texts={"note": _text(note)} if note.strip() else {},
            roles={k: v.value for k, v in (roles or {}).items()},
        )
        with self._db.transaction():
            self._db.execute(
                "INSERT INTO incidents (id, created_at, updated_at, kind, discovered_at, status, "
                "client_ids, export_seq, key_compromised, texts, roles) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    incident.id,
                    incident.created_at,
                    incident.updated_at,
                    kind.value,
                    discovered_at,
                    "open",
                    json.dumps(list(clients)),
                    export_seq,
                    key_compromised,
                    json.dumps(dict(incident.texts), ensure_ascii=False),
                    json.dumps(dict(incident.roles)),
                ),
            )
            vault.audit.append(
                "incident.created", incident=incident.id, kind=kind.value, clients=len(clients)
            )
        return incident

    def get(self, incident_id: str) -> Incident:
        rows = self._db.execute(_SELECT + " WHERE id = ?", (incident_id,))
        if not rows:
            raise BadInput("There is no incident with id {id}.", id=incident_id)
        return _incident(rows[0])

    def list(self) -> list[Incident]:
        return [_incident(r) for r in self._db.execute(_SELECT + " ORDER BY created_at, id")]

    def edit(
        self,
        incident_id: str,
        *,
        texts: Mapping[str, str] | None = None,
        status: str | None = None,
        key_compromised: str | None = None,
        roles: Mapping[str, Role] | None = None,
    ) -> Incident:
        """Change what the freelancer knows; an empty text removes it."""
        incident = self.get(incident_id)
        if status is not None and status not in ("open", "closed"):
            raise BadInput("The status is open or closed.")
        if key_compromised is not None:
            parse_answer(key_compromised)
        for key in texts or {}:
            if key not in TEXT_FIELDS:
                raise BadInput("Unknown incident field {field}.", field=key)
        for client_id in roles or {}:
            if client_id not in incident.client_ids:
                raise BadInput("Client {id} is not concerned by this incident.", id=client_id)
        new_texts = dict(incident.texts)
        for key, value in (texts or {}).items():
            cleaned = _text(value)
            if cleaned:
                new_texts[key] = cleaned
            else:
                new_texts.pop(key, None)
        new_roles = {**incident.roles, **{k: v.value for k, v in (roles or {}).items()}}
        changed = sorted(
            [*(texts or {})]
            + (["status"] if status is not None else [])
            + (["key_compromised"] if key_compromised is not None else [])
            + (["roles"] if roles else [])
        )
        if not changed:
            raise BadInput("Nothing to change.")
        with self._db.transaction():
            self._db.execute(
                "UPDATE incidents SET updated_at = ?, status = ?, key_compromised = ?, "
                "texts = ?, roles = ? WHERE id = ?",
                (
                    self._vault.timestamp(),
                    status or incident.status,
                    key_compromised or incident.key_compromised,
                    json.dumps(new_texts, ensure_ascii=False),
                    json.dumps(new_roles),
                    incident_id,
                ),
            )
            self._vault.audit.append(
                "incident.changed", incident=incident_id, fields=",".join(changed)
            )
        return self.get(incident_id)


_SELECT = (
    "SELECT id, created_at, updated_at, kind, discovered_at, status, client_ids, export_seq, "
    "key_compromised, texts, roles FROM incidents"
)


def _incident(row: Sequence[object]) -> Incident:
    return Incident(
        id=str(row[0]),
        created_at=str(row[1]),
        updated_at=str(row[2]),
        kind=IncidentKind(str(row[3])),
        discovered_at=str(row[4]),
        status=str(row[5]),
        client_ids=tuple(json.loads(str(row[6]))),
        export_seq=None if row[7] is None else int(str(row[7])),
        key_compromised=str(row[8]),
        texts=json.loads(str(row[9])),
        roles=json.loads(str(row[10])),
    )
