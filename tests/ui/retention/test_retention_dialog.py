"""RetentionDialog against a real vault: a preset, a fixed date, or back to the inherited rule."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.ui.vault_calls import call
from ui.retention.retention_dialog import INHERIT, RetentionDialog
from ui.vault_session import VaultSession
from vault.domain.model import RecordKind
from vault.domain.retention import Rule, RuleCode
from vault.session import Vault
from vault.storage.retention_store import RecordRetention


@pytest.fixture
def record_id(qtbot: QtBot, gui_session: VaultSession) -> str:
    def add(vault: Vault) -> str:
        client = vault.clients.add_client("株式会社やまだ")
        return vault.clients.add_record(client.id, RecordKind.NOTE, "議事録").id

    return call(qtbot, gui_session, add)


def retention(qtbot: QtBot, session: VaultSession, record_id: str) -> RecordRetention:
    return call(qtbot, session, lambda v: v.retention.get(record_id))


def open_dialog(qtbot: QtBot, session: VaultSession, record_id: str) -> RetentionDialog:
    current, today = call(qtbot, session, lambda v: (v.retention.get(record_id), v.today()))
    dialog = RetentionDialog(session, current, today, "議事録")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(dialog: RetentionDialog, data: str) -> None:
    dialog.rule_combo.setCurrentIndex(dialog.rule_combo.findData(data))


def save(qtbot: QtBot, dialog: RetentionDialog) -> None:
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_shows_the_inherited_rule_and_that_it_needs_a_date(
    qtbot: QtBot, gui_session: VaultSession, record_id: str
) -> None:
    dialog = open_dialog(qtbot, gui_session, record_id)
    assert dialog.current_label.text() == (
        "Rule: Personal data (contract end + 30 days) (inherited). Last kept day: needs a date."
    )
    assert dialog.rule_combo.currentData() == INHERIT
    assert not dialog.date_edit.isEnabled()
    assert dialog.date_edit.date() == QDate(2026, 11, 22)  # no date yet: it starts at today
    assert dialog.chosen_rule() is None


def test_a_fixed_date(qtbot: QtBot, gui_session: VaultSession, record_id: str) -> None:
    dialog = open_dialog(qtbot, gui_session, record_id)
    choose(dialog, RuleCode.FIXED.value)
    assert dialog.date_edit.isEnabled()
    dialog.date_edit.setDate(QDate(2027, 3, 31))
    save(qtbot, dialog)
    stored = retention(qtbot, gui_session, record_id)
    assert stored.pinned
    assert stored.rule == Rule(RuleCode.FIXED, dt.date(2027, 3, 31))
    assert stored.retain_until == dt.date(2027, 3, 31)

    again = open_dialog(qtbot, gui_session, record_id)
    assert again.rule_combo.currentData() == RuleCode.FIXED.value
    assert again.date_edit.date() == QDate(2027, 3, 31)
    assert "(set on this record)" in again.current_label.text()
    assert "2027-03-31" in again.current_label.text()


def test_a_preset_then_back_to_the_inherited_rule(
    qtbot: QtBot, gui_session: VaultSession, record_id: str
) -> None:
    dialog = open_dialog(qtbot, gui_session, record_id)
    choose(dialog, RuleCode.BOOKKEEPING.value)
    assert "帳簿" in dialog.rule_combo.toolTip()
    save(qtbot, dialog)
    stored = retention(qtbot, gui_session, record_id)
    assert stored.rule == Rule(RuleCode.BOOKKEEPING)
    assert stored.retain_until == dt.date(2034, 3, 15)  # made in 2026: 7 years from 16 March 2027

    again = open_dialog(qtbot, gui_session, record_id)
    choose(again, INHERIT)
    save(qtbot, again)
    stored = retention(qtbot, gui_session, record_id)
    assert not stored.pinned
    assert stored.rule == Rule(RuleCode.PERSONAL)
    assert stored.retain_until is None


def test_a_hold_is_shown_with_its_reason(
    qtbot: QtBot, gui_session: VaultSession, record_id: str
) -> None:
    call(qtbot, gui_session, lambda v: v.retention.hold(record_id, "係争中"))
    dialog = open_dialog(qtbot, gui_session, record_id)
    assert dialog.current_label.text().endswith("On legal hold: 係争中")
