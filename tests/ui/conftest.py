"""GUI fixtures: a real vault behind a real VaultSession or the whole App; fake timers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from tests.fakes import FakeClock
from tests.ui.fakes import FakeScheduler, Screen, ScriptedPrompts
from ui.app import App
from ui.lock.os_events import SessionEvents
from ui.settings.settings import SettingsStore
from ui.vault_session import VaultSession
from ui.vault_thread import VaultThread
from vault.domain.model import Field, FieldType, RecordKind
from vault.keys import kdf
from vault.session import Vault


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


@pytest.fixture
def folder(tmp_path: Path, fast_kdf: kdf.KdfParams) -> Path:
    """A vault with two clients and some records, made with the core API."""
    path = tmp_path / "vault"
    vault, _ = Vault.create(path, PASSWORD, kdf_params=fast_kdf)
    with vault:
        yamada = vault.clients.add_client("山田商店", ["shop@example.jp"], ["03-1111-2222"])
        vault.clients.add_record(
            yamada.id,
            RecordKind.CREDENTIAL,
            "freee会計",
            (Field("username", "yamada"), Field("password", "hunter2-秘密", FieldType.SECRET)),
        )
        vault.clients.add_record(
            yamada.id, RecordKind.NOTE, "打ち合わせ", (Field("body", "090-1234-5678に電話"),)
        )
        vault.clients.add_client("Smith Design")
    return path


@pytest.fixture
def screen() -> Screen:
    return Screen()


@pytest.fixture
def app(
    qtbot: QtBot, folder: Path, tmp_path: Path, scheduler: FakeScheduler, screen: Screen
) -> Iterator[App]:
    made = App(
        folder,
        SettingsStore(tmp_path / "settings.json"),
        prompts=ScriptedPrompts(),
        scheduler=scheduler,
        clock=scheduler,
        os_events=SessionEvents(),
        capture_apply=screen,
    )
    made.show()
    qtbot.addWidget(made.window)
    yield made
    made.shutdown()


@pytest.fixture(scope="session")
def compiled_ja(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.ui.language import compile_japanese

    return compile_japanese(tmp_path_factory.mktemp("qm"))


@pytest.fixture(params=["ja", "en"])
def language(request: pytest.FixtureRequest, compiled_ja: Path) -> Iterator[str]:
    """The test runs twice: once in Japanese, once in English."""
    from tests.ui.language import speaking

    code = str(request.param)
    with speaking(code, compiled_ja):
        yield code
