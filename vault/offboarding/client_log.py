"""One client's own access and export log, signed, for the client to keep: the audit
entries that name that client and no other entry (no other client's, no vault-wide)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault.audit.log import AuditEntry
from vault.errors import BadInput
from vault.storage.fileio import atomic_write, make_private_dir

if TYPE_CHECKING:
    from vault.session import Vault

FORMAT = "clientvault-client-log/1"
LOG_NAME = "access-log.json"
SIGNATURE_NAME = "access-log.json.minisig"
PUBLIC_KEY_NAME = "minisign.pub"


def entries_of(vault: Vault, client_id: str) -> list[AuditEntry]:
    """The client's entries; one erased since still has its entries (ids, no content)."""
    found = [e for e in vault.audit.entries() if e.client_id == client_id]
    if not found:
        raise BadInput("The audit log has no entry for client {id}.", id=client_id)
    return found


def write_signed(vault: Vault, client_id: str, out: Path) -> dict[str, Any]:
    """access-log.json, its minisign signature and the public key, into `out`."""
    from vault.incident.report import check_out_dir  # noqa: PLC0415 - one rule for out folders

    check_out_dir(out)
    entries = entries_of(vault, client_id)
    problems = vault.audit.verify()
    document = {
        "format": FORMAT,
        "vault_id": vault.vault_id,
        "client_id": client_id,
        "generated_at": vault.timestamp(),
        "chain_intact": not problems,
        "entries": [e.to_json() for e in entries],
        "signing_key": vault.identity.minisign_key,
    }
    encoded = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()
    signer = vault.state.signer
    signature = signer.sign(
        encoded,
        f"ClientVault access log client:{client_id} entries:{len(entries)}",
        "signature from a ClientVault vault key",
    )
    make_private_dir(out)
    atomic_write(out / PUBLIC_KEY_NAME, signer.identity.minisign_file().encode())
    atomic_write(out / SIGNATURE_NAME, signature.encode())
    atomic_write(out / LOG_NAME, encoded)
    return document
