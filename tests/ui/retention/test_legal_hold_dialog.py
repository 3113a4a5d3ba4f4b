"""LegalHoldDialog against a real vault: a reason is required, holds stick, release asks first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog
from pytestqt.qtbot import QtBot

from tests.ui.fakes import ScriptedPrompts, type_text
from tests.ui.vault_calls import call
from ui.retention.legal_hold_dialog import LegalHoldDialog
from ui.vault_session import VaultSession
from vault.domain.model import MAX_TITLE_CHARS, RecordKind
from vault.session import Vault
from vault.storage.retention_store import RecordRetention

REASON = "税務調査（令和８年）のため保全"


@pytest.fixture
def record(qtbot: QtBot, gui_session: VaultSession) -> tuple[str, str]:
    """(client id, record id) of a note."""

    def add(vault: Vault) -> tuple[str, str]:
        client = vault.clients.add_client("株式会社やまだ")
        note = vault.clients.add_record(client.id, RecordKind.NOTE, "請求書 2026")
        return client.id, note.id

    return call(qtbot, gui_session, add)


def retention(qtbot: QtBot, session: VaultSession, record_id: str) -> RecordRetention:
    return call(qtbot, session, lambda v: v.retention.get(record_id))


def open_dialog(
    qtbot: QtBot, session: VaultSession, record_id: str, prompts: ScriptedPrompts | None = None
) -> LegalHoldDialog:
    current = retention(qtbot, session, record_id)
    dialog = LegalHoldDialog(session, prompts or ScriptedPrompts(), current, "請求書 2026")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_empty_reason_is_refused_inline_and_nothing_changes(
    qtbot: QtBot, gui_session: VaultSession, record: tuple[str, str]
) -> None:
    dialog = open_dialog(qtbot, gui_session, record[1])
    assert dialog.state_label.text() == "Not on legal hold."
    assert not dialog.release_button.isEnabled()
    type_text(qtbot, dialog.reason_edit, "   ")
    click(qtbot, dialog.hold_button)
    assert dialog.error_text() == "A legal hold needs a reason."
    assert dialog.isVisible()
    assert not retention(qtbot, gui_session, record[1]).hold


def test_a_reason_over_the_vaults_limit_is_refused_inline(
    qtbot: QtBot, gui_session: VaultSession, record: tuple[str, str]
) -> None:
    dialog = open_dialog(qtbot, gui_session, record[1])
    dialog.reason_edit.setText("保" * (MAX_TITLE_CHARS + 1))
    click(qtbot, dialog.hold_button)
    assert "longer than" in dialog.error_text()
    type_text(qtbot, dialog.reason_edit, "x")
    assert dialog.error_text() == ""  # editing clears the message
    assert not retention(qtbot, gui_session, record[1]).hold


def test_a_japanese_reason_puts_the_record_on_hold(
    qtbot: QtBot, gui_session: VaultSession, record: tuple[str, str]
) -> None:
    client_id, record_id = record
    dialog = open_dialog(qtbot, gui_session, record_id)
    type_text(qtbot, dialog.reason_edit, REASON)
    with qtbot.waitSignal(gui_session.changed, timeout=10_000) as changed:
        click(qtbot, dialog.hold_button)
    assert changed.args == [client_id]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    held = retention(qtbot, gui_session, record_id)
    assert held.hold
    assert held.hold_reason == REASON


def test_release_asks_and_no_keeps_the_hold(
    qtbot: QtBot, gui_session: VaultSession, record: tuple[str, str]
) -> None:
    record_id = record[1]
    call(qtbot, gui_session, lambda v: v.retention.hold(record_id, REASON))
    prompts = ScriptedPrompts([False])
    dialog = open_dialog(qtbot, gui_session, record_id, prompts)
    assert dialog.state_label.text() == f"On legal hold: {REASON}"
    assert dialog.reason_edit.text() == REASON
    assert dialog.hold_button.text() == "&Change reason"
    click(qtbot, dialog.release_button)
    assert prompts.asked and "請求書 2026" in prompts.asked[0][1]
    assert dialog.isVisible()
    assert retention(qtbot, gui_session, record_id).hold


def test_release_after_confirmation_ends_the_hold(
    qtbot: QtBot, gui_session: VaultSession, record: tuple[str, str]
) -> None:
    record_id = record[1]
    call(qtbot, gui_session, lambda v: v.retention.hold(record_id, REASON))
    dialog = open_dialog(qtbot, gui_session, record_id, ScriptedPrompts([True]))
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        click(qtbot, dialog.release_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    released = retention(qtbot, gui_session, record_id)
    assert not released.hold
    assert released.hold_reason is None


def test_the_reason_can_be_changed(
    qtbot: QtBot, gui_session: VaultSession, record: tuple[str, str]
) -> None:
    record_id = record[1]
    call(qtbot, gui_session, lambda v: v.retention.hold(record_id, "旧い理由"))
    dialog = open_dialog(qtbot, gui_session, record_id)
    dialog.reason_edit.clear()
    type_text(qtbot, dialog.reason_edit, REASON)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        click(qtbot, dialog.hold_button)
    assert retention(qtbot, gui_session, record_id).hold_reason == REASON
