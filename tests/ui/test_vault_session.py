"""The GUI's vault handle: unlock off the GUI thread, lock at once, drafts sealed on lock."""

from __future__ import annotations

import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from ui.vault_session import VaultSession
from ui.vault_thread import VaultThread
from vault.domain.model import Client, Field, RecordKind, Sensitivity
from vault.errors import VaultLocked, WrongSecret
from vault.keys import kdf
from vault.session import Vault
from vault.storage.drafts import Draft


def run(qtbot: QtBot, session: VaultSession, job: object) -> object:
    results: list[object] = []
    errors: list[Exception] = []
    session.run(job, results.append, errors.append)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(results or errors), timeout=10_000)
    if errors:
        raise errors[0]
    return results[0]


def test_the_event_loop_keeps_turning_while_the_kdf_runs(
    qtbot: QtBot, gui_session: VaultSession
) -> None:
    gui_session.lock()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    done: list[None] = []
    gui_session.unlock(password=PASSWORD, on_done=done.append, on_error=lambda e: None)
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    timer.stop()
    assert gui_session.is_unlocked
    assert len(ticks) >= 5  # Argon2id at 64 MiB takes well over 50 ms


def test_a_wrong_password_comes_back_as_wrong_secret(
    qtbot: QtBot, gui_session: VaultSession
) -> None:
    gui_session.lock()
    errors: list[Exception] = []
    gui_session.unlock(password="not it", on_done=lambda _: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert isinstance(errors[0], WrongSecret)
    assert not gui_session.is_unlocked


def test_lock_is_immediate_on_the_gui_side_and_later_jobs_fail(
    qtbot: QtBot, gui_session: VaultSession
) -> None:
    with qtbot.waitSignal(gui_session.locked):
        gui_session.lock()
    assert not gui_session.is_unlocked
    errors: list[Exception] = []
    gui_session.run(lambda v: v.clients.list_clients(), None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], VaultLocked)


def test_drafts_handed_to_lock_are_sealed_and_found_after_unlock(
    qtbot: QtBot, gui_session: VaultSession
) -> None:
    client = run(qtbot, gui_session, lambda v: v.clients.add_client("山田商店"))
    assert isinstance(client, Client)
    draft = Draft(
        "",
        client.id,
        None,
        RecordKind.NOTE,
        "打ち合わせメモ",
        (Field("body", "途中まで…"),),
        Sensitivity.PERSONAL,
        0,
    )
    gui_session.lock([draft])
    done: list[None] = []
    gui_session.unlock(password=PASSWORD, on_done=done.append, on_error=lambda e: None)
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    drafts = run(qtbot, gui_session, lambda v: list(v.drafts.list()))
    assert isinstance(drafts, list)
    assert [(d.title, d.fields) for d in drafts] == [
        ("打ち合わせメモ", (Field("body", "途中まで…"),))
    ]


def test_close_releases_the_vault_for_another_process(
    qtbot: QtBot, tmp_path: Path, fast_kdf: kdf.KdfParams
) -> None:
    session = VaultSession(tmp_path / "v", VaultThread(), kdf_params=fast_kdf)
    keys: list[str] = []
    session.create(PASSWORD, require_device=False, on_done=keys.append, on_error=lambda e: None)
    qtbot.waitUntil(lambda: bool(keys), timeout=20_000)
    session.close()
    with Vault(tmp_path / "v") as vault:
        vault.unlock(PASSWORD)
        assert vault.is_unlocked


def test_a_result_for_a_deleted_window_is_dropped(qtbot: QtBot, gui_session: VaultSession) -> None:
    """A dialog closed (and deleted) before its job answered: nothing touches it."""
    release = threading.Event()
    label = QLabel()
    finished: list[int] = []

    def job(vault: Vault) -> str:
        release.wait(10)
        return "late"

    gui_session.run(job, label.setText)
    gui_session.run(lambda _v: 1, finished.append)
    label.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(label))
    release.set()
    qtbot.waitUntil(lambda: finished == [1], timeout=10_000)  # no exception in the event loop
