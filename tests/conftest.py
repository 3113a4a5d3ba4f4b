"""Shared fixtures: real vaults (real SQLCipher, real Argon2id at the RFC 9106 floor)."""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.fakes import FakeClock
from vault.cli.main import main
from vault.keys import kdf
from vault.session import Vault

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """GUI tests collect garbage as the app does: on the GUI thread only (ui/gc_guard.py)."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from ui.gc_guard import GuiThreadCollector  # Qt only for GUI tests

    request.getfixturevalue("qapp")  # the timer needs the application first
    collector = GuiThreadCollector()
    collector.start()
    yield
    collector.stop()


@pytest.fixture
def fast_kdf() -> kdf.KdfParams:
    """The lowest parameters the vault accepts: t=3, m=64 MiB, p=4 (RFC 9106 option 2)."""
    return kdf.fixed(kdf.FLOOR_MEMORY_MIB, kdf.FLOOR_TIME_COST)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def new_vault(
    vault_dir: Path, fast_kdf: kdf.KdfParams, clock: FakeClock
) -> Iterator[tuple[Vault, str]]:
    """A freshly created, unlocked vault and its recovery key."""
    vault, recovery_key = Vault.create(vault_dir, PASSWORD, kdf_params=fast_kdf, clock=clock)
    yield vault, recovery_key
    vault.close()


@pytest.fixture
def vault(new_vault: tuple[Vault, str]) -> Vault:
    return new_vault[0]


def require_tool(name: str) -> str:
    """Path of a real external tool; skip locally without it, but fail under CI."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is required in CI (.ci/run installs it)")
        pytest.skip(f"{name} is not installed")
    return path


CliRunner = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> CliRunner:
    """Run `clientvault ARGS` in-process with the given stdin; returns (exit code, out, err)."""

    def run(*args: str, stdin: str = PASSWORD + "\n") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(args))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
