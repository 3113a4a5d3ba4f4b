"""Return, erase, prove: the return bundle for the client's contact, the client's erasure,
and one signed certificate naming the bundle's SHA-256, the erasure, the backups and the
plaintext copies the audit log says were made outside the vault.

The order makes every failure safe: everything that could refuse (a legal hold, an
unusable delivery setting, an occupied output folder) is checked before anything is
written; the bundle is written before the erasure (a returned copy must exist before the
last one is destroyed); the certificate is written last, from the files and rows as they
are, and its SHA-256 of the bundle is computed from the file on disk.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault.erasure.certificate import JSON_NAME as ERASURE_JSON
from vault.erasure.eraser import Eraser, Reason
from vault.errors import BadInput
from vault.incident.report import check_out_dir
from vault.inventory.exposures import plaintext_copies
from vault.sharing import Sharing
from vault.sharing.bundle import BundleFormat
from vault.sharing.delivery import DeliveryMode
from vault.sharing.passphrase import Passphrase, PassphraseStyle
from vault.storage.fileio import atomic_write, make_private_dir

if TYPE_CHECKING:
    from vault.session import Vault

FORMAT = "clientvault-offboarding-certificate/1"
CERTIFICATE_NAME = "offboarding-certificate.json"
SIGNATURE_NAME = "offboarding-certificate.json.minisig"
PUBLIC_KEY_NAME = "minisign.pub"


@dataclass(frozen=True)
class Offboarded:
    folder: Path
    bundle: Path
    sha256: str
    passphrase: Passphrase | None  # show it once, apart from the bundle
    certificate: dict[str, Any]


def _delivery(vault: Vault, client_id: str, contact_id: str | None, fmt: BundleFormat) -> None:
    """Keep the client's setting where it fits; otherwise the same key (or a passphrase,
    which an encrypted PDF needs) for `contact_id`, the setting's contact or the only one."""
    delivery = Sharing(vault).delivery
    setting = delivery.get(client_id)
    if contact_id is None and setting is not None and setting.contact is not None:
        contact_id = setting.contact_id
    if contact_id is None:
        contacts = delivery.contacts(client_id)
        if len(contacts) != 1:
            raise BadInput("Choose the contact person the data goes back to (--contact).")
        contact_id = contacts[0].record_id
    key = setting.public_key if setting is not None and fmt is BundleFormat.AGE else None
    usable = setting is not None and (setting.mode is DeliveryMode.PASSPHRASE or key is not None)
    if usable and setting is not None and setting.contact_id == contact_id:
        return
    if key is not None:
        delivery.set_age(client_id, contact_id, key)
    else:
        style = setting.style if setting is not None and setting.style else PassphraseStyle.DIGITS
        delivery.set_passphrase(client_id, contact_id, style)


def offboard(
    vault: Vault,
    client_id: str,
    out: Path,
    *,
    contact_id: str | None = None,
    bundle_format: BundleFormat = BundleFormat.AGE,
) -> Offboarded:
    check_out_dir(out)
    eraser = Eraser(vault)
    target = eraser.client_target(client_id)
    if eraser.preview(target).held:
        raise BadInput("Some of this client's data is on legal hold; release it first.")
    _delivery(vault, client_id, contact_id, bundle_format)
    bundles = Sharing(vault).bundles
    preview = bundles.preview(client_id, format=bundle_format)
    make_private_dir(out)
    suffix = "pdf" if bundle_format is BundleFormat.PDF else "age"
    path = out / f"return-{client_id}.{suffix}"
    result = bundles.export(preview, path)
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    if sha256 != result.sha256:
        raise BadInput("The returned file changed after it was written; nothing was erased.")
    entries = vault.audit.entries()
    export_entry = next(
        e for e in reversed(entries) if e.action == "export.encrypted" and e.client_id == client_id
    )
    copies = plaintext_copies(entries, {client_id})
    erased = eraser.erase(target, Reason.MANUAL)
    cert = erased.certificate
    erasure_sha = hashlib.sha256((erased.folder / ERASURE_JSON).read_bytes()).hexdigest()
    document: dict[str, Any] = {
        "format": FORMAT,
        "vault_id": vault.vault_id,
        "client_id": client_id,
        "offboarded_at": vault.timestamp(),
        "returned": {
            "file": path.name,
            "sha256": sha256,
            "size": result.size,
            "format": bundle_format.value,
            "recipient": preview.recipient.mode.value,
            "contact_id": preview.recipient.contact.record_id,
            "key_fingerprint": preview.recipient.fingerprint,
            "audit_seq": export_entry.seq,
        },
        "erasure": {
            "certificate_id": cert.certificate_id,
            "certificate_sha256": erasure_sha,
            "erased_at": cert.erased_at,
            "records": cert.record_count,
            "kinds": dict(sorted(cert.kinds.items())),
            "attachments": cert.attachment_count,
            "content_sha256": cert.content_sha256,
            "method": cert.method,
            "destroyed_keys": list(cert.key_fingerprints),
            "finished": erased.finished,
        },
        "backups": {
            "purged": [_backup(b) for b in cert.purged_backups],
            "still_holding": [_backup(b) for b in cert.residual_backups],
        },
        "plaintext_copies_outside_the_vault": [c.to_json() for c in copies],
        "signing_key": vault.identity.minisign_key,
    }
    encoded = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()
    signer = vault.state.signer
    signature = signer.sign(
        encoded,
        f"ClientVault offboarding client:{client_id} erasure:{cert.certificate_id}",
        "signature from a ClientVault vault key",
    )
    atomic_write(out / PUBLIC_KEY_NAME, signer.identity.minisign_file().encode())
    atomic_write(out / SIGNATURE_NAME, signature.encode())
    atomic_write(out / CERTIFICATE_NAME, encoded)
    return Offboarded(out, path, sha256, result.passphrase, document)


def _backup(entry: Any) -> dict[str, str]:
    return {"id": entry.backup_id, "created_at": entry.created_at, "outcome": entry.outcome}
