"""Lock always wins: over modal dialogs, message boxes, file dialogs and half-typed edits."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMenu, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from tests.ui.fakes import FakeScheduler
from ui.lock.clipboard import SecureClipboard
from ui.lock.controller import LockController
from ui.lock.idle import IdleMonitor
from ui.lock.os_events import SessionEvents
from ui.prompts import Prompts
from ui.vault_session import VaultSession
from vault.domain.model import Client, Field, RecordKind, Sensitivity
from vault.storage.drafts import Draft


class Editor:
    """What an open record editor gives the lock: its half-typed content."""

    def __init__(self, client_id: str, title: str) -> None:
        self.client_id = client_id
        self.title = title

    def draft(self) -> Draft | None:
        return Draft(
            "",
            self.client_id,
            None,
            RecordKind.NOTE,
            self.title,
            (Field("body", "書きかけ"),),
            Sensitivity.NORMAL,
            0,
        )


class Rig:
    def __init__(self, qtbot: QtBot, session: VaultSession, scheduler: FakeScheduler) -> None:
        self.qtbot = qtbot
        self.session = session
        self.scheduler = scheduler
        self.window = QWidget()
        qtbot.addWidget(self.window)
        self.window.show()
        self.clipboard = SecureClipboard(QGuiApplication.clipboard(), scheduler, 30)
        app = QApplication.instance()
        assert app is not None
        self.idle = IdleMonitor(app, scheduler, scheduler, 300)
        self.os_events = SessionEvents()
        self.controller = LockController(session, self.clipboard, self.idle, self.os_events)
        self.idle.start()

    def during_exec(self, action: Callable[[], None], dialog_exec: Callable[[], object]) -> None:
        """Run `action` from inside a nested event loop, as a real trigger would arrive."""
        QTimer.singleShot(50, action)
        dialog_exec()

    def close(self) -> None:
        self.idle.shutdown()
        self.idle.stop()


@pytest.fixture
def rig(qtbot: QtBot, gui_session: VaultSession, scheduler: FakeScheduler) -> Iterator[Rig]:
    made = Rig(qtbot, gui_session, scheduler)
    yield made
    made.close()


def add_client(qtbot: QtBot, session: VaultSession) -> Client:
    clients: list[Client] = []
    session.run(lambda v: v.clients.add_client("株式会社テスト"), clients.append)
    qtbot.waitUntil(lambda: bool(clients))
    return clients[0]


def test_idle_lock_closes_a_modal_dialog(rig: Rig) -> None:
    dialog = QDialog(rig.window)
    dialog.setModal(True)
    rig.during_exec(lambda: rig.scheduler.advance(300), dialog.exec)
    assert not dialog.isVisible()
    assert not rig.session.is_unlocked


def test_lock_closes_a_message_box_and_a_file_dialog_nested_in_it(rig: Rig, tmp_path: Path) -> None:
    prompts = Prompts()
    chosen: list[Path | None] = []

    def open_file_dialog() -> None:
        QTimer.singleShot(50, lambda: rig.controller.lock("user"))
        chosen.append(prompts.open_path(rig.window, "Pick", tmp_path, "*"))

    QTimer.singleShot(50, open_file_dialog)
    prompts.inform(rig.window, "Info", "A message box is up")
    assert chosen == [None]
    assert QApplication.activeModalWidget() is None
    assert not rig.session.is_unlocked


def test_lock_closes_an_open_menu(rig: Rig) -> None:
    menu = QMenu(rig.window)
    menu.addAction("Copy")
    rig.during_exec(lambda: rig.os_events.lock_requested.emit("screen lock"), menu.exec)
    assert not menu.isVisible()
    assert not rig.session.is_unlocked


def test_an_unsaved_edit_becomes_a_draft_found_after_unlock(rig: Rig) -> None:
    client = add_client(rig.qtbot, rig.session)
    rig.controller.add_draft_source(Editor(client.id, "請求書メモ"))
    with rig.qtbot.waitSignal(rig.session.locked):
        rig.os_events.lock_requested.emit("sleep")
    done: list[None] = []
    rig.session.unlock(password=PASSWORD, on_done=done.append, on_error=lambda e: None)
    rig.qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    drafts: list[list[Draft]] = []
    rig.session.run(lambda v: list(v.drafts.list()), drafts.append)
    rig.qtbot.waitUntil(lambda: bool(drafts))
    assert [d.title for d in drafts[0]] == ["請求書メモ"]


def test_lock_clears_the_clipboard_only_when_it_holds_a_vault_value(rig: Rig) -> None:
    rig.clipboard.copy("hunter2")
    rig.controller.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_lock_leaves_the_users_own_clipboard_alone(rig: Rig) -> None:
    rig.clipboard.copy("hunter2")
    QGuiApplication.clipboard().setText("my own note")
    rig.controller.lock()
    assert QGuiApplication.clipboard().text() == "my own note"


def test_resume_from_sleep_rechecks_the_idle_time_at_once(rig: Rig) -> None:
    rig.scheduler.jump(3600)
    with rig.qtbot.waitSignal(rig.session.locked):
        rig.os_events.resumed.emit()


def test_minimise_locks_only_when_set(rig: Rig) -> None:
    rig.controller.window_minimised()
    assert rig.session.is_unlocked
    rig.controller.lock_on_minimise = True
    rig.controller.window_minimised()
    assert not rig.session.is_unlocked


def test_typing_in_the_app_keeps_it_unlocked(rig: Rig) -> None:
    line = QLineEdit(rig.window)
    line.show()
    for _ in range(3):
        rig.scheduler.advance(200)
        rig.qtbot.keyClicks(line, "a")
    assert rig.session.is_unlocked


def test_idle_waits_for_a_running_rekey_but_sleep_does_not(rig: Rig) -> None:
    busy = [True]
    release = rig.controller.hold_while(lambda: busy[0])
    rig.scheduler.advance(300)
    waited = rig.session.is_unlocked  # the idle lock waits: the new recovery key must be shown
    busy[0] = False
    rig.scheduler.advance(300)
    release()
    assert waited
    assert not rig.session.is_unlocked


def test_a_hold_never_stops_a_lock_someone_asked_for(rig: Rig) -> None:
    rig.controller.hold_while(lambda: True)
    rig.os_events.lock_requested.emit("sleep")
    assert not rig.session.is_unlocked
