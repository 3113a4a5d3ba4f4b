"""Keyboard and flow: where the cursor starts, mnemonics that clash, menu shortcuts, typed dates."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMainWindow, QMenu, QTabBar
from pytestqt.qtbot import QtBot

from tests.fakes import FakeKeyring
from tests.ui.fakes import FakeScheduler, Screen, ScriptedPrompts, type_text
from tests.ui.vault_calls import call, save, save_fails, unlock
from ui.app import App
from ui.clients.client_dialog import ClientDialog
from ui.lock.os_events import SessionEvents
from ui.retention.erase_dialog import EraseDialog
from ui.retention.legal_hold_dialog import LegalHoldDialog
from ui.retention.retention_dialog import RetentionDialog
from ui.settings.settings import SettingsStore
from vault.domain.retention import RuleCode
from vault.keys import kdf
from vault.keys.device_secret import DeviceSecretStore
from vault.storage.retention_store import Contract

MNEMONIC = re.compile(r"&([^&\s])")


def test_the_create_dialog_opens_with_the_cursor_in_the_password_field(
    qtbot: QtBot, tmp_path: Path, fast_kdf: kdf.KdfParams
) -> None:
    app = App(
        tmp_path / "fresh",
        SettingsStore(tmp_path / "settings.json"),
        prompts=ScriptedPrompts(),
        scheduler=FakeScheduler(),
        clock=FakeScheduler(),
        os_events=SessionEvents(),
        capture_apply=Screen(),
        device_store=DeviceSecretStore(FakeKeyring()),
        kdf_params=fast_kdf,
    )
    app.show()
    qtbot.addWidget(app.window)
    try:
        dialog = app.create_vault()
        qtbot.waitExposed(dialog)
        assert dialog.focusWidget() is dialog.password_fields.password_edit
        type_text(qtbot, dialog.focusWidget(), "typed-at-once")
        assert dialog.password_fields.password() == "typed-at-once"
        dialog.reject()
    finally:
        app.shutdown()


def _mnemonics(window: QMainWindow) -> list[str]:
    keys = [
        m.group(1).lower()
        for menu_action in window.menuBar().actions()
        for m in [MNEMONIC.search(menu_action.text())]
        if m
    ]
    texts: list[str] = []
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            texts.append(button.text())
    for bar in window.findChildren(QTabBar):
        if bar.isVisibleTo(window):
            texts.extend(bar.tabText(i) for i in range(bar.count()))
    keys += [m.group(1).lower() for text in texts for m in [MNEMONIC.search(text)] if m]
    return keys


def _show_shop(qtbot: QtBot, app: App) -> None:
    window = app.window
    shop = next(r for r in range(2) if window.clients.client_at(r).name == "山田商店")
    window.show_client(window.clients.client_at(shop).id)
    qtbot.waitUntil(lambda: window.client_page.records.rowCount() == 2, timeout=10_000)


def test_no_two_alt_keys_clash_on_the_client_page(qtbot: QtBot, language: str, app: App) -> None:
    unlock(qtbot, app)
    _show_shop(qtbot, app)
    keys = _mnemonics(app.window)
    assert len(keys) > 8
    assert sorted(keys) == sorted(set(keys)), (language, keys)


def _opened(kind: type[QDialog]) -> QDialog | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None
    )


def test_retention_hold_and_erasure_have_menu_entries_and_shortcuts(qtbot: QtBot, app: App) -> None:
    window = app.window
    entries = {
        window.record_retention_action: ("Ctrl+Shift+R", RetentionDialog),
        window.legal_hold_action: ("Ctrl+Shift+H", LegalHoldDialog),
        window.erase_record_action: ("Ctrl+Shift+Del", EraseDialog),
    }
    menus = [m.menu() for m in window.menuBar().actions()]
    menu_texts = [a.text() for m in menus if isinstance(m, QMenu) for a in m.actions()]
    for action, (keys, _kind) in entries.items():
        assert action.text() in menu_texts
        assert action.shortcut().toString() == keys
        assert not action.isEnabled()  # locked
    unlock(qtbot, app)
    _show_shop(qtbot, app)
    assert not window.record_retention_action.isEnabled()  # no record chosen yet
    page = window.client_page
    page.table.setCurrentIndex(page.table.model().index(0, 0))
    for action, (_keys, kind) in entries.items():
        assert action.isEnabled()
        action.trigger()  # what the shortcut does (offscreen windows are never active)
        qtbot.waitUntil(lambda k=kind: _opened(k) is not None, timeout=5_000)  # type: ignore[misc]
        dialog = _opened(kind)
        assert dialog is not None
        dialog.close()


def test_a_retention_date_typed_in_the_japanese_era(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    _show_shop(qtbot, app)
    page = app.window.client_page
    page.table.setCurrentIndex(page.table.model().index(0, 0))
    page.edit_retention()
    qtbot.waitUntil(lambda: _opened(RetentionDialog) is not None, timeout=5_000)
    dialog = _opened(RetentionDialog)
    assert isinstance(dialog, RetentionDialog)
    dialog.rule_combo.setCurrentIndex(dialog.rule_combo.findData(RuleCode.FIXED.value))
    for typed in ("2025/3/31", "2025-03-31", "R7.3.31", "令和7年3月31日", "令和７年３月３１日"):
        dialog.date_edit.clear()
        type_text(qtbot, dialog.date_edit, typed)
        assert dialog.date_edit.date() == QDate(2025, 3, 31), typed
    dialog.date_edit.editingFinished.emit()  # as leaving the field does
    assert dialog.date_edit.text() == "2025-03-31"  # what was understood, unambiguously
    dialog.date_edit.clear()
    type_text(qtbot, dialog.date_edit, "平成31年5月1日")  # 令和 had begun that day
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "not a date" in dialog.error_text()
    assert dialog.isVisible()
    dialog.date_edit.clear()
    type_text(qtbot, dialog.date_edit, "R7.3.31")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    record_id = page.table.currentIndex().data(page.records.Role.RecordIdRole)
    stored = call(qtbot, app.session, lambda v: v.retention.get(record_id))
    assert stored.retain_until == dt.date(2025, 3, 31)


def test_a_contract_end_typed_in_the_japanese_era(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    _show_shop(qtbot, app)
    page = app.window.client_page
    page.edit_client()
    qtbot.waitUntil(lambda: _opened(ClientDialog) is not None, timeout=5_000)
    dialog = _opened(ClientDialog)
    assert isinstance(dialog, ClientDialog)
    dialog.contract_end.none_box.setChecked(False)
    dialog.contract_end.date_edit.clear()
    type_text(qtbot, dialog.contract_end.date_edit, "2025/2/30")
    assert "not a date" in save_fails(qtbot, dialog)
    dialog.contract_end.date_edit.clear()
    type_text(qtbot, dialog.contract_end.date_edit, "令和7年3月31日")
    client_id = save(qtbot, dialog)
    stored = call(qtbot, app.session, lambda v: v.retention.contract(client_id))
    assert stored == Contract(None, dt.date(2025, 3, 31))
