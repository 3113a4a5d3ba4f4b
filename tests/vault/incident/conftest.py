"""A vault in Tokyo time, so discovery dates and deadlines are the same on every machine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import PASSWORD
from tests.fakes import FakeClock
from tests.vault.inventory.world import World, build
from vault.keys import kdf
from vault.session import Vault

TOKYO = ZoneInfo("Asia/Tokyo")


@pytest.fixture
def tokyo_vault(tmp_path: Path, fast_kdf: kdf.KdfParams, clock: FakeClock) -> Iterator[Vault]:
    clock.now = dt.datetime(2026, 11, 10, 9, 0, tzinfo=dt.UTC)  # ten days before the incidents
    vault, _ = Vault.create(
        tmp_path / "vault", PASSWORD, kdf_params=fast_kdf, clock=clock, zone=TOKYO
    )
    yield vault
    vault.close()


@pytest.fixture
def world(tokyo_vault: Vault) -> World:
    return build(tokyo_vault)
