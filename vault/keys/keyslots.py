"""The key hierarchy: password (+ device secret) -> KEK -> master key -> working keys.

Argon2id(password) [+ device secret] -HKDF-> KEK, which unwraps the random
master key (MK) from the password slot; the recovery key unwraps the same MK
from the recovery slot. Every working key is an HKDF sub-key of MK, so a
password change re-wraps MK and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from vault.keys import kdf, recovery
from vault.keys.header import PASSWORD_SLOT, RECOVERY_SLOT, Header
from vault.keys.sealing import Sealer, derive_subkey
from vault.keys.secret import SecretKey


@dataclass
class KeySet:
    """Everything derived from MK; wiped together on lock."""

    master: SecretKey
    db: SecretKey
    client_wrap: SecretKey
    audit: SecretKey
    header: SecretKey
    signing: SecretKey  # Ed25519 seed: certificates and bundles (vault/keys/signing.py)

    @classmethod
    def from_master(cls, master: SecretKey, vault_id: str) -> KeySet:
        salt = vault_id.encode()
        return cls(
            master=master,
            db=derive_subkey(master, "clientvault sqlcipher", salt),
            client_wrap=derive_subkey(master, "clientvault client-wrap", salt),
            audit=derive_subkey(master, "clientvault audit", salt),
            header=derive_subkey(master, "clientvault header-mac", salt),
            signing=derive_subkey(master, "clientvault signing", salt),
        )

    def wipe(self) -> None:
        for key in (self.master, self.db, self.client_wrap, self.audit, self.header, self.signing):
            key.wipe()


def password_kek(
    password: str, params: kdf.KdfParams, device: SecretKey | None, vault_id: str
) -> SecretKey:
    stretched = kdf.derive(password, params)
    try:
        if device is None:
            return derive_subkey(stretched, "clientvault kek", vault_id.encode())
        combined = SecretKey(bytes(stretched.view()) + bytes(device.view()))
        try:
            return derive_subkey(combined, "clientvault kek+device", vault_id.encode())
        finally:
            combined.wipe()
    finally:
        stretched.wipe()


def with_slots(
    header: Header, master: SecretKey, password: str, device: SecretKey | None, recovery_key: str
) -> Header:
    kek = password_kek(password, header.kdf, device, header.vault_id)
    rk = recovery.to_key(recovery_key, header.vault_id)
    try:
        slots = {
            PASSWORD_SLOT: Sealer(kek).seal(bytes(master.view()), header.slot_aad(PASSWORD_SLOT)),
            RECOVERY_SLOT: Sealer(rk).seal(bytes(master.view()), header.slot_aad(RECOVERY_SLOT)),
        }
    finally:
        kek.wipe()
        rk.wipe()
    return replace(header, slots=slots)
