"""With 200,000 records the window keeps answering while the vault unlocks and indexes."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from ui.vault_session import VaultSession
from ui.vault_thread import VaultThread
from vault.demo import fill
from vault.keys import kdf
from vault.session import Vault

RECORDS = 200_000
FREEZE_SECONDS = 1.0  # a pause a user would notice as a frozen window


@pytest.fixture(scope="module")
def large_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("large") / "vault"
    vault, _ = Vault.create(folder, PASSWORD, kdf_params=kdf.fixed(kdf.FLOOR_MEMORY_MIB, 3))
    with vault:
        fill(vault, clients=2_000, records=RECORDS, seed=3)
    return folder


@pytest.mark.slow
def test_the_event_loop_keeps_turning_through_unlock_and_indexing(
    qtbot: QtBot, large_vault: Path
) -> None:
    session = VaultSession(large_vault, VaultThread())
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    ready: list[bool] = []
    errors: list[Exception] = []

    def index(vault: Vault) -> bool:
        vault.start_indexing().join()
        return vault.index_ready

    try:
        timer.start()
        started = time.monotonic()
        session.unlock(password=PASSWORD, on_done=lambda _: None, on_error=errors.append)
        qtbot.waitUntil(lambda: session.is_unlocked or bool(errors), timeout=60_000)
        assert errors == []
        session.run(index, ready.append, errors.append)
        qtbot.waitUntil(lambda: bool(ready), timeout=120_000)
        timer.stop()
        assert ready == [True]
        moments = [started, *ticks]
        longest = max(b - a for a, b in itertools.pairwise(moments))
        assert longest < FREEZE_SECONDS, f"the window froze for {longest:.2f} s"
        assert len(ticks) > 20
    finally:
        session.close()
