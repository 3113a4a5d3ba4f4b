"""Optional second factor: a 256-bit secret kept in the OS keyring.

It is mixed into the key-encryption key, so a copied vault folder plus the
password is not enough without this device. Backends that store the secret in
plain text, or that do not store it at all, are refused.
"""

from __future__ import annotations

import os
from typing import Any, Protocol

from vault.errors import BadInput, DeviceSecretMissing
from vault.keys.secret import SecretKey

SERVICE = "ClientVault"
REFUSED_BACKENDS = (
    "keyring.backends.fail",
    "keyring.backends.null",
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.file_base",
)


class KeyringBackend(Protocol):
    def get_password(self, service: str, username: str) -> str | None: ...
    def set_password(self, service: str, username: str, password: str) -> None: ...
    def delete_password(self, service: str, username: str) -> None: ...


def _backend_names(backend: Any) -> list[str]:
    """The backend's class path, or each member's for keyring's chainer backend."""
    members = getattr(backend, "backends", None)
    parts = list(members) if members is not None else [backend]
    return [f"{type(b).__module__}.{type(b).__qualname__}" for b in parts]


def default_backend() -> KeyringBackend:
    import keyring  # noqa: PLC0415 - importing keyring probes D-Bus; only when asked for

    backend: KeyringBackend = keyring.get_keyring()
    return backend


class DeviceSecretStore:
    def __init__(self, backend: KeyringBackend) -> None:
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        """The keyring itself: the rollback pin is kept there too (vault/storage/keyring_pin.py)."""
        return self._backend

    def check_backend(self) -> None:
        names = _backend_names(self._backend)
        if not names or any(name.startswith(REFUSED_BACKENDS) for name in names):
            raise BadInput(
                "No secure OS keyring is available here, so 'also require this device' "
                "cannot be turned on."
            )

    def create(self, vault_id: str) -> SecretKey:
        self.check_backend()
        secret = os.urandom(32)
        self._backend.set_password(SERVICE, vault_id, secret.hex())
        return SecretKey(secret)

    def load(self, vault_id: str) -> SecretKey:
        stored = self._backend.get_password(SERVICE, vault_id)
        if stored is None:
            raise DeviceSecretMissing(
                "This vault also needs this device's secret, which the OS keyring does not "
                "have; unlock with the recovery key instead."
            )
        return SecretKey(bytes.fromhex(stored))

    def delete(self, vault_id: str) -> None:
        self._backend.delete_password(SERVICE, vault_id)
