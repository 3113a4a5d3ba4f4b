"""A vault seeded with two clients (tests/vault/sharing/helpers.py)."""

from __future__ import annotations

import pytest

from tests.vault.sharing.helpers import Seeded, seed
from vault.session import Vault


@pytest.fixture
def seeded(vault: Vault) -> Seeded:
    return seed(vault)
