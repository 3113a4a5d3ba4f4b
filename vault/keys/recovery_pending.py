"""A re-key's new recovery key, kept sealed in the header until the user confirms it.

A re-key replaces the master key, so the old recovery key stops working the moment
the new header is switched in. If the process dies before the new key reached the
user (or before they wrote it down), the vault would have no working recovery key
that anyone knows. So the new header carries the new recovery key itself, sealed
under a key derived from the new master key (so only an unlocked vault can read
it) in a slot the header MAC covers; every unlock shows it again until the user
confirms it, which removes the slot.
"""

from __future__ import annotations

from dataclasses import replace

from vault.keys.header import Header
from vault.keys.sealing import Sealer, derive_subkey
from vault.keys.secret import SecretKey

PENDING_RECOVERY_SLOT = "recovery-pending"


def _sealer(master: SecretKey, vault_id: str) -> tuple[Sealer, SecretKey]:
    key = derive_subkey(master, "clientvault pending recovery key", vault_id.encode())
    return Sealer(key), key


def with_pending(header: Header, master: SecretKey, recovery_key: str) -> Header:
    sealer, key = _sealer(master, header.vault_id)
    try:
        sealed = sealer.seal(recovery_key.encode(), header.slot_aad(PENDING_RECOVERY_SLOT))
    finally:
        key.wipe()
    return replace(header, slots={**header.slots, PENDING_RECOVERY_SLOT: sealed})


def pending(header: Header, master: SecretKey) -> str | None:
    """The unconfirmed recovery key, or None. The header's MAC was checked at unlock."""
    sealed = header.slots.get(PENDING_RECOVERY_SLOT)
    if sealed is None:
        return None
    sealer, key = _sealer(master, header.vault_id)
    try:
        return sealer.open(sealed, header.slot_aad(PENDING_RECOVERY_SLOT)).decode()
    finally:
        key.wipe()


def without_pending(header: Header) -> Header:
    slots = {k: v for k, v in header.slots.items() if k != PENDING_RECOVERY_SLOT}
    return replace(header, slots=slots)
