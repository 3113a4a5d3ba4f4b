"""vault.header: the only plaintext file, holding what unlocking needs.

Integrity has two layers. A SHA-256 checksum catches damage and casual edits
before any key is derived, so a flipped byte is reported as damage rather than
as a wrong password. After unlocking, an HMAC under a key derived from the
master key proves that nobody rewrote the header and its checksum together.
The key slots' associated data binds each wrapped master key to the format,
vault id, KDF parameters and second-factor flag.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import stat
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from vault.errors import VaultDamaged, VaultTampered, VaultTooNew
from vault.keys.kdf import KdfParams
from vault.keys.sealing import aad
from vault.keys.secret import SecretKey
from vault.storage.fileio import atomic_write

HEADER_NAME = "vault.header"
FORMAT = 1
PASSWORD_SLOT = "password"  # noqa: S105 - a slot name, not a password
RECOVERY_SLOT = "recovery"
MAX_FAILED_UNLOCKS_KEPT = 100
MAX_HEADER_BYTES = 1 << 20  # a real one is a few KiB


def _canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


@dataclass(frozen=True)
class Header:
    vault_id: str
    created: str
    kdf: KdfParams
    device_secret: bool
    slots: dict[str, bytes]
    failed_unlocks: tuple[str, ...] = ()
    mac: bytes = b""
    format: int = FORMAT
    # The newest committed audit entry (seq, MAC hex) as of the last commit: a vault.db
    # without that entry is older than this header (a rollback). None: not pinned yet.
    pin: tuple[int, str] | None = None

    def slot_aad(self, slot: str) -> bytes:
        kdf = _canonical(self.kdf.to_json()).decode() if slot == PASSWORD_SLOT else ""
        return aad("header", self.format, self.vault_id, slot, kdf, int(self.device_secret))

    def _authenticated_body(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "vault_id": self.vault_id,
            "created": self.created,
            "kdf": self.kdf.to_json(),
            "device_secret": self.device_secret,
            "slots": {name: blob.hex() for name, blob in sorted(self.slots.items())},
            # Only when set, so headers written before pinning keep their MAC.
            **({"pin": {"seq": self.pin[0], "audit_head": self.pin[1]}} if self.pin else {}),
        }

    def compute_mac(self, header_key: SecretKey) -> bytes:
        return hmac.new(
            bytes(header_key.view()), _canonical(self._authenticated_body()), "sha256"
        ).digest()

    def signed(self, header_key: SecretKey) -> Header:
        return replace(self, mac=self.compute_mac(header_key))

    def verify_mac(self, header_key: SecretKey) -> None:
        if not hmac.compare_digest(self.mac, self.compute_mac(header_key)):
            raise VaultTampered("vault.header was rewritten by someone without the vault's key.")

    def to_bytes(self) -> bytes:
        body = self._authenticated_body()
        body["failed_unlocks"] = list(self.failed_unlocks[-MAX_FAILED_UNLOCKS_KEPT:])
        body["mac"] = self.mac.hex()
        body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
        return json.dumps(body, indent=2, sort_keys=True).encode() + b"\n"

    @classmethod
    def from_bytes(cls, raw: bytes) -> Header:
        try:
            body = json.loads(raw.decode())
            if not isinstance(body, dict):
                raise TypeError("not an object")
        except (UnicodeDecodeError, ValueError, TypeError) as exc:
            raise VaultDamaged("vault.header is damaged: it is not readable as a header.") from exc
        version = body.get("format")
        if isinstance(version, int) and version > FORMAT:
            raise VaultTooNew(
                "This vault was made by a newer ClientVault (format {version}); "
                "this version reads format {known} and older. Update ClientVault to open it.",
                version=version,
                known=FORMAT,
            )
        checksum = body.pop("checksum", None)
        if checksum != hashlib.sha256(_canonical(body)).hexdigest():
            raise VaultTampered("vault.header was altered or damaged: its checksum does not match.")
        try:
            return cls(
                vault_id=str(body["vault_id"]),
                created=str(body["created"]),
                kdf=KdfParams.from_json(body["kdf"]),
                device_secret=bool(body["device_secret"]),
                slots={name: bytes.fromhex(blob) for name, blob in body["slots"].items()},
                failed_unlocks=tuple(str(t) for t in body.get("failed_unlocks", [])),
                mac=bytes.fromhex(body["mac"]),
                format=int(body["format"]),
                pin=(int(body["pin"]["seq"]), str(body["pin"]["audit_head"]))
                if "pin" in body
                else None,
            )
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise VaultDamaged("vault.header is damaged: a required field is missing.") from exc


def read_header(path: Path) -> Header:
    """Read without following a link and with a size limit: a header that is a link to
    /dev/zero (or any huge file) must not be read into memory."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK)
    except FileNotFoundError as exc:
        raise VaultDamaged("vault.header is missing from the vault folder.") from exc
    except OSError as exc:  # ELOOP: a symlink
        raise VaultDamaged("vault.header is not a regular file (a link or a device).") from exc
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise VaultDamaged("vault.header is not a regular file (a link or a device).")
        raw = handle.read(MAX_HEADER_BYTES + 1)
    if len(raw) > MAX_HEADER_BYTES:
        raise VaultDamaged("vault.header is damaged: it is far larger than any header.")
    return Header.from_bytes(raw)


def write_header(path: Path, header: Header) -> None:
    atomic_write(path, header.to_bytes())
