"""The rollback pin kept in the OS keyring too, when the device secret is on.

The header's pin (vault/storage/rollback.py) catches an older vault.db put back alone,
but not an older vault.db *and* vault.header copied back together: that pair is
consistent. With "also require this device" on, the OS keyring already holds the
device secret; beside it goes the newest audit entry's sequence number (a counter that
only grows) and MAC after every commit. At unlock a database whose newest entry is older
than that counter is refused as a rollback. The counter is what is compared: a re-key
re-MACs every entry but keeps their numbers, and the header's own MAC'd pin binds the
database's content. The restore command, the one legitimate way back, lowers the
counter to the restored vault's.
"""

from __future__ import annotations

import contextlib

from vault.errors import VaultTampered
from vault.keys.device_secret import SERVICE, DeviceSecretStore
from vault.storage import rollback
from vault.storage.db import Database


def _name(vault_id: str) -> str:
    return f"{vault_id}.rollback-pin"


def store_or_default(store: DeviceSecretStore | None) -> DeviceSecretStore:
    if store is not None:
        return store
    from vault.keys.device_secret import default_backend  # noqa: PLC0415 - keyring probes the OS

    return DeviceSecretStore(default_backend())


def read(store: DeviceSecretStore, vault_id: str) -> int | None:
    """The pinned counter, or None where none was kept (a new device, an old version) or
    no keyring answers (a recovery-key unlock on another machine)."""
    try:
        stored = store.backend.get_password(SERVICE, _name(vault_id))
    except Exception:
        return None
    if stored is None:
        return None
    try:
        return int(stored.split()[0])
    except (ValueError, IndexError):
        raise VaultTampered(
            "The rollback pin in the OS keyring is not one ClientVault wrote; nothing was changed."
        ) from None


def write(store: DeviceSecretStore, vault_id: str, head: tuple[int, str]) -> None:
    """Pin `head` (seq, MAC hex) unless a higher counter is already pinned. Best effort,
    like the header's pin: a keyring that fails now is retried at the next commit."""
    with contextlib.suppress(Exception):  # keyring backends raise their own error types
        pinned = read(store, vault_id)
        if pinned is None or head[0] > pinned:
            store.backend.set_password(SERVICE, _name(vault_id), f"{head[0]} {head[1]}")


def lower_to(store: DeviceSecretStore, vault_id: str, head: tuple[int, str]) -> None:
    """For a restore: pin no more than the restored vault's newest entry. Never raises the
    counter, so the vault opens whether the swap that follows completes or is rolled back."""
    pinned = read(store, vault_id)
    if pinned is not None and head[0] < pinned:
        store.backend.set_password(SERVICE, _name(vault_id), f"{head[0]} {head[1]}")


def check(store: DeviceSecretStore, vault_id: str, db: Database) -> None:
    """Raise VaultTampered when the database is older than the keyring's counter."""
    pinned = read(store, vault_id)
    if pinned is None:
        return
    head = rollback.head(db)
    if head is None or head[0] < pinned:
        raise VaultTampered(
            "vault.db and vault.header are older than this device's pin in the OS keyring "
            "(audit entry {seq}): an older copy of the vault was put back (a rollback). "
            "Nothing was changed; put the current vault back. To go back on purpose, use "
            "'clientvault backup restore', which keeps erasures erased.",
            seq=pinned,
        )
