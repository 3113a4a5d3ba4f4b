"""GUI fixtures: a real vault behind a real VaultSession, and a fake clock for timers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from tests.fakes import FakeClock
from tests.ui.fakes import FakeScheduler
from ui.vault_session import VaultSession
from ui.vault_thread import VaultThread
from vault import kdf


@pytest.fixture
def scheduler() -> FakeScheduler:
    return FakeScheduler()


@pytest.fixture
def gui_session(
    qtbot: QtBot, tmp_path: Path, fast_kdf: kdf.KdfParams, clock: FakeClock
) -> Iterator[VaultSession]:
    """A created and unlocked vault, driven the way the GUI drives it."""
    session = VaultSession(tmp_path / "vault", VaultThread(), kdf_params=fast_kdf, clock=clock)
    errors: list[Exception] = []
    keys: list[str] = []
    session.create(PASSWORD, require_device=False, on_done=keys.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(keys or errors), timeout=20_000)
    assert not errors
    yield session
    session.close()
