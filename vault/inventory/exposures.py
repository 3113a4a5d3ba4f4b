"""Copies that left the vault, as the audit log tells them: decrypted attachments (saved,
or opened with the system viewer), redacted exports, and encrypted bundles.

Only what the log says; a copy made outside the app (a screenshot, a copied value
pasted elsewhere) is not known here.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from vault.audit.log import AuditEntry, Detail

PLAINTEXT = {
    "attachment.exported": "decrypted-file",  # saved, or opened with the system viewer
    "export.redacted": "redacted-export",
}
ENCRYPTED = {"export.encrypted": "encrypted-bundle"}


@dataclass(frozen=True)
class Copy:
    seq: int  # the audit entry's number: `--export-id` for an incident
    at: str
    client_id: str
    kind: str
    details: dict[str, Detail]

    def to_json(self) -> dict[str, Any]:
        keep = ("attachment", "size", "sha256", "format", "recipient", "files", "records")
        shown = {k: v for k, v in self.details.items() if k in keep}
        return {
            "audit_seq": self.seq,
            "at": self.at,
            "client_id": self.client_id,
            "kind": self.kind,
            **shown,
        }


def _copies(
    entries: Iterable[AuditEntry],
    actions: dict[str, str],
    clients: Collection[str] | None,
    until: str | None,
) -> list[Copy]:
    return [
        Copy(e.seq, e.at, e.client_id, actions[e.action], e.details)
        for e in entries
        if e.action in actions
        and e.client_id is not None
        and (clients is None or e.client_id in clients)
        and (until is None or e.at <= until)
    ]


def plaintext_copies(
    entries: Iterable[AuditEntry], clients: Collection[str] | None = None, until: str | None = None
) -> list[Copy]:
    return _copies(entries, PLAINTEXT, clients, until)


def encrypted_copies(
    entries: Iterable[AuditEntry], clients: Collection[str] | None = None, until: str | None = None
) -> list[Copy]:
    return _copies(entries, ENCRYPTED, clients, until)
