"""The desktop app end to end: first run, clients and records, search, and a lock that wins."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.fakes import FakeScheduler, Screen, ScriptedPrompts, type_text
from tests.ui.vault_calls import unlock
from ui.app import App
from ui.clients.record_editor import RecordEditor
from ui.clients.record_view import RecordView
from ui.models.records import RecordListModel
from ui.settings.change_password_dialog import ChangePasswordDialog
from ui.settings.settings import SettingsStore
from ui.settings.settings_dialog import SettingsDialog
from vault.domain.model import RecordKind
from vault.session import Vault


def client_names(app: App) -> list[str]:
    proxy = app.window.client_proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def open_client(qtbot: QtBot, app: App, name: str) -> None:
    app.window.client_filter.setText(name)
    app.window.client_table.selectRow(0)
    qtbot.waitUntil(
        lambda: (
            app.window.client_page.client is not None and app.window.client_page.client.name == name
        )
    )


def test_starts_locked_and_shows_clients_after_unlock(qtbot: QtBot, app: App) -> None:
    assert app.window.pages.currentWidget() is app.lock_screen
    assert not app.window.lock_action.isEnabled()
    unlock(qtbot, app)
    assert app.window.pages.currentWidget() is app.window.workspace
    assert sorted(client_names(app)) == ["Smith Design", "山田商店"]


def test_search_as_you_type_filters_the_client_list(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    type_text(qtbot, app.window.client_filter, "山田")
    assert client_names(app) == ["山田商店"]
    app.window.client_filter.clear()
    type_text(qtbot, app.window.client_filter, "０３－１１１１")  # full-width, as an IME types it
    assert client_names(app) == ["山田商店"]


def test_global_search_groups_by_client_and_enter_opens_the_record(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    qtbot.keyClick(app.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert app.window.global_search.hasFocus()
    type_text(qtbot, app.window.global_search, "1234")
    model = app.window.search_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    client_row = model.index(0, 0)
    assert client_row.data() == "山田商店"
    assert model.index(0, 0, client_row).data() == "打ち合わせ"
    qtbot.keyClick(app.window.global_search, Qt.Key.Key_Down)
    tree = app.window.search_panel.tree
    tree.setCurrentIndex(model.index(0, 0, client_row))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, RecordView) and w.isVisible() for w in QApplication.topLevelWidgets()
        ),
        timeout=5000,
    )
    view = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RecordView))
    assert view.title_label.text() == "打ち合わせ"
    view.close()


def test_copy_puts_the_password_on_the_clipboard_and_clears_it(
    qtbot: QtBot, app: App, scheduler: FakeScheduler
) -> None:
    unlock(qtbot, app)
    open_client(qtbot, app, "山田商店")
    page = app.window.client_page
    app.window.client_page.proxy.set_query("freee")
    record_id = page.proxy.index(0, 0).data(RecordListModel.Role.RecordIdRole)
    page.open_record(record_id)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, RecordView) and w.isVisible() for w in QApplication.topLevelWidgets()
        ),
        timeout=5000,
    )
    view = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RecordView))
    secret = view.secrets["password"]
    assert secret.line_edit.echoMode() == secret.line_edit.EchoMode.Password
    secret.copy_button.click()
    assert QGuiApplication.clipboard().text() == "hunter2-秘密"
    scheduler.advance(30)
    assert QGuiApplication.clipboard().text() == ""
    view.close()


def test_idle_lock_with_a_modal_dialog_and_an_unsaved_edit_keeps_the_edit(
    qtbot: QtBot, app: App, scheduler: FakeScheduler
) -> None:
    unlock(qtbot, app)
    open_client(qtbot, app, "Smith Design")
    editor = app.window.client_page.open_editor(RecordKind.NOTE)
    assert editor is not None
    type_text(qtbot, editor.title_edit, "見積もりメモ")
    box = QMessageBox(QMessageBox.Icon.Question, "?", "A modal question", parent=editor)
    QTimer.singleShot(50, lambda: scheduler.advance(5 * 60))  # idle, while the box is up
    box.exec()
    assert not box.isVisible()
    assert not editor.isVisible()
    assert app.window.pages.currentWidget() is app.lock_screen
    assert app.window.clients.rowCount() == 0
    assert app.window.client_page.records.rowCount() == 0
    # After unlock the draft is offered back (the scripted answer: yes, open it).
    prompts = app.prompts
    assert isinstance(prompts, ScriptedPrompts)
    prompts.answers.append(True)
    unlock(qtbot, app)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, RecordEditor) and w.isVisible() for w in QApplication.topLevelWidgets()
        ),
        timeout=5000,
    )
    restored = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, RecordEditor) and w.isVisible()
    )
    assert restored.title_edit.text() == "見積もりメモ"
    restored.close_without_saving()


def test_a_sleep_signal_locks_and_clears_every_view(
    qtbot: QtBot, app: App, scheduler: FakeScheduler
) -> None:
    unlock(qtbot, app)
    open_client(qtbot, app, "山田商店")
    type_text(qtbot, app.window.global_search, "freee")
    qtbot.waitUntil(lambda: app.window.search_panel.model.rowCount() == 1, timeout=5000)
    app.clipboard.copy("hunter2-秘密")
    app.os_events.lock_requested.emit("sleep")
    assert app.window.pages.currentWidget() is app.lock_screen
    assert app.window.clients.rowCount() == 0
    assert app.window.client_page.records.rowCount() == 0
    assert app.window.search_panel.model.rowCount() == 0
    assert app.window.global_search.text() == ""
    assert QGuiApplication.clipboard().text() == ""
    qtbot.waitUntil(lambda: not app.session.is_unlocked)


def test_ctrl_l_locks(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    qtbot.keyClick(app.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert app.window.pages.currentWidget() is app.lock_screen


def test_focus_mode_hides_every_other_client(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    open_client(qtbot, app, "山田商店")
    app.window.client_filter.clear()
    app.window.focus_action.trigger()
    assert client_names(app) == ["山田商店"]
    type_text(qtbot, app.window.global_search, "Smith")
    qtbot.wait(400)
    assert app.window.search_panel.model.rowCount() == 0


def test_settings_apply_at_once_and_persist(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    unlock(qtbot, app)
    qtbot.keyClick(app.window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible()
    )
    dialog.idle_minutes.setValue(2)
    dialog.save()
    assert app.idle.timeout_seconds == 120
    assert SettingsStore(tmp_path / "settings.json").load().idle_lock_minutes == 2


def test_screen_capture_protection_is_on_by_default(app: App, screen: Screen) -> None:
    assert screen.protected is True


def test_change_password_from_the_vault_menu(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    app.window.change_password_action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ChangePasswordDialog)]
    assert len(dialogs) == 1
    assert dialogs[0].isVisible()
    dialogs[0].reject()


def test_a_rekey_interrupted_by_a_lock_is_explained_after_unlock(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    dialog = app.change_password(rekey=True)
    dialog.interrupted.emit()  # as when a lock closed it mid re-key
    app.lock.lock("sleep")
    unlock(qtbot, app)
    prompts = app.prompts
    assert isinstance(prompts, ScriptedPrompts)
    assert any("re-key again" in text for _kind, text in prompts.asked)


def test_a_settings_change_is_audit_logged(qtbot: QtBot, app: App) -> None:
    """Issue 12, item 18 (DESIGN.md: every settings change is logged)."""
    unlock(qtbot, app)
    dialog = app.open_settings()
    dialog.idle_minutes.setValue(3)
    dialog.save()
    found: list[list[str]] = []

    def entries(vault: Vault) -> list[str]:
        return [
            str(e.details.get("changed"))
            for e in vault.audit.entries()
            if e.action == "settings.changed"
        ]

    app.session.run(entries, found.append, lambda error: None)
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    assert found[0] == ["idle_lock_minutes=3"]
