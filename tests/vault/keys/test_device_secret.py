from __future__ import annotations

from typing import Any

import pytest

from tests.fakes import FakeKeyring
from vault.errors import BadInput, DeviceSecretMissing
from vault.keys.device_secret import DeviceSecretStore


def _backend_of(module: str, name: str) -> Any:
    cls = type(name, (FakeKeyring,), {"__module__": module})
    return cls()


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("keyring.backends.fail", "Keyring"),
        ("keyring.backends.null", "Keyring"),
        ("keyrings.alt.file", "PlaintextKeyring"),
    ],
)
def test_insecure_keyring_backends_are_refused(module: str, name: str) -> None:
    store = DeviceSecretStore(_backend_of(module, name))
    with pytest.raises(BadInput, match="No secure OS keyring"):
        store.create("vault-id")


def test_a_chain_with_a_plaintext_member_is_refused() -> None:
    chain = _backend_of("keyring.backends.chainer", "ChainerBackend")
    chain.backends = [
        _backend_of("keyring.backends.SecretService", "Keyring"),
        _backend_of("keyrings.alt.file", "PlaintextKeyring"),
    ]
    with pytest.raises(BadInput):
        DeviceSecretStore(chain).create("vault-id")
    chain.backends = []
    with pytest.raises(BadInput):
        DeviceSecretStore(chain).create("vault-id")


def test_secret_round_trips_through_a_secure_backend() -> None:
    store = DeviceSecretStore(_backend_of("keyring.backends.SecretService", "Keyring"))
    created = store.create("vault-id")
    assert bytes(store.load("vault-id").view()) == bytes(created.view())
    store.delete("vault-id")
    with pytest.raises(DeviceSecretMissing):
        store.load("vault-id")
