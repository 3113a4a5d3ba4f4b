"""The redacted export dialog on a vault whose disk is full: the export is written to
another disk and the result says the access log could not take it now (issue 12, item 3).
A real 4 MiB tmpfs, a real vault copied onto it, the real dialog."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from tests.ui.fakes import ScriptedPrompts
from tests.ui.sharing.conftest import Seeded
from tests.ui.sharing.test_redacted_dialog import click, open_dialog
from tests.ui.vault_calls import call
from tests.vault.cli import test_full_disk
from tests.vault.cli.test_full_disk import _fill
from ui.vault_session import VaultSession
from ui.vault_thread import VaultThread

small_disk = test_full_disk.small_disk  # the fixture: a real 4 MiB tmpfs


@pytest.fixture
def full_session(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, small_disk: Path, tmp_path: Path
) -> Iterator[VaultSession]:
    """The seeded vault, copied onto a tmpfs filled to 64 KiB free, unlocked again."""
    folder = small_disk / "vault"  # a copy (with its WAL) while nothing is being written
    shutil.copytree(tmp_path / "vault", folder, ignore=shutil.ignore_patterns("vault.lock"))
    _fill(small_disk, 64 << 10)
    session = VaultSession(folder, VaultThread())
    errors: list[Exception] = []
    done: list[None] = []
    session.unlock(password=PASSWORD, on_done=done.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(done or errors), timeout=20_000)
    assert not errors
    yield session
    session.close()


def test_the_result_says_the_export_waits_for_the_access_log(
    qtbot: QtBot, full_session: VaultSession, seeded: Seeded, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dialog = open_dialog(qtbot, full_session, seeded.client, ScriptedPrompts([out / "匿名化"]))
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        click(qtbot, dialog.export_button)
    assert (out / "匿名化").is_dir()
    assert "is not in the access log yet" in dialog.result_label.text()
    assert dialog.error_label.isHidden()
    logged = call(qtbot, full_session, lambda v: [e.action for e in v.audit.entries()])
    assert "export.redacted" not in logged  # noted, not logged: the result said so
