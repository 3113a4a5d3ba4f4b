"""The leak gate's suspects in the redacted-export dialog: listed with reason and place,
underlined in the preview, and decided one by one (keep, or redact) before Export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from tests.ui.fakes import ScriptedPrompts
from tests.ui.sharing.conftest import Seeded
from tests.ui.sharing.test_redacted_dialog import click, open_dialog, wait_for_preview
from tests.ui.vault_calls import call
from ui.sharing.redacted_dialog import RedactedExportDialog
from ui.sharing.suspects_box import SUSPECT_COLOR
from ui.vault_session import VaultSession
from vault.domain.model import Field, RecordKind
from vault.redaction.export import RECORDS_JSON
from vault.session import Vault

PLACE = "山田町駅で待ち合わせ。"  # the station holds the surname of 山田花子, a contact


@pytest.fixture
def suspect(qtbot: QtBot, gui_session: VaultSession, seeded: Seeded) -> Seeded:
    def add(vault: Vault) -> None:
        vault.clients.add_record(seeded.client, RecordKind.NOTE, "場所", [Field("body", PLACE)])

    call(qtbot, gui_session, add)
    return seeded


def rows(dialog: RedactedExportDialog) -> list[str]:
    box = dialog.suspects_box.list
    return [box.item(i).text() for i in range(box.count())]


def test_a_suspect_is_listed_underlined_and_blocks_export(
    qtbot: QtBot, gui_session: VaultSession, suspect: Seeded
) -> None:
    dialog = open_dialog(qtbot, gui_session, suspect.client)
    reason = "a value the vault holds (Name of a person)"
    [row] = rows(dialog)
    assert row.startswith(f"「山田」 — {reason} — ") and row.endswith(". 場所 / body")
    assert dialog.suspects_box.isVisible()
    assert not dialog.export_button.isEnabled()
    position = dialog.redacted_edit.toPlainText().index("山田町駅")
    cursor = QTextCursor(dialog.redacted_edit.document())
    cursor.setPosition(position + 1)
    assert cursor.charFormat().underlineColor() == SUSPECT_COLOR


def test_a_kept_suspect_is_exported_and_named_in_the_report(
    qtbot: QtBot, gui_session: VaultSession, suspect: Seeded, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, gui_session, suspect.client, ScriptedPrompts([tmp_path / "b"]))
    dialog.suspects_box.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        click(qtbot, dialog.export_button)
    assert PLACE in (tmp_path / "b" / RECORDS_JSON).read_text()
    assert "Kept after review**: 山田" in (tmp_path / "b" / "report.md").read_text()


def test_a_suspect_can_be_redacted_instead(
    qtbot: QtBot, gui_session: VaultSession, suspect: Seeded
) -> None:
    dialog = open_dialog(qtbot, gui_session, suspect.client)
    dialog.suspects_box.list.setCurrentRow(0)
    click(qtbot, dialog.suspects_box.redact_button)
    qtbot.waitUntil(lambda: dialog.suspects_box.list.count() == 0, timeout=20_000)
    wait_for_preview(qtbot, dialog)
    assert "山田町駅" not in dialog.redacted_edit.toPlainText()
    assert dialog.export_button.isEnabled()
