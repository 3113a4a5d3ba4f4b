"""EraseDialog against a real vault: the preview, the typed confirmation, holds, the certificate."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QDialog
from pytestqt.qtbot import QtBot

from tests.ui.fakes import type_text
from tests.ui.vault_calls import call
from ui.models.backups import data_size, local_time
from ui.retention.erase_dialog import EraseDialog, client_eraser, records_eraser
from ui.vault_session import VaultSession
from vault.backup.manager import BackupManager
from vault.domain.model import RecordKind
from vault.erasure.certificate import JSON_NAME, PDF_NAME
from vault.errors import BadInput
from vault.session import Vault

NAME = "山田商店"
CONTENT = b"invoice scan " * 100


@dataclass(frozen=True)
class Seeded:
    client: str
    other: str
    contacts: tuple[str, str]
    note: str
    credential: str


@pytest.fixture
def seeded(qtbot: QtBot, gui_session: VaultSession) -> Seeded:
    """A client with records of three kinds and an attachment, and a bystander."""

    def seed(vault: Vault) -> Seeded:
        client = vault.clients.add_client(NAME, ["shop@example.jp"])
        first = vault.clients.add_record(client.id, RecordKind.CONTACT, "担当 田中")
        second = vault.clients.add_record(client.id, RecordKind.CONTACT, "経理 鈴木")
        note = vault.clients.add_record(client.id, RecordKind.NOTE, "打ち合わせメモ")
        credential = vault.clients.add_record(client.id, RecordKind.CREDENTIAL, "freee会計")
        vault.attachments.add(client.id, io.BytesIO(CONTENT), "請求書.pdf", note.id)
        other = vault.clients.add_client("Smith Design")
        vault.clients.add_record(other.id, RecordKind.NOTE, "Kick-off")
        return Seeded(client.id, other.id, (first.id, second.id), note.id, credential.id)

    return call(qtbot, gui_session, seed)


class Opened:
    """Records what the dialog asked the file manager to open."""

    def __init__(self) -> None:
        self.folders: list[Path] = []

    def __call__(self, folder: Path) -> None:
        self.folders.append(folder)


def show(qtbot: QtBot, dialog: EraseDialog) -> EraseDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(
        lambda: (
            dialog.contents_label.text().startswith("What will be erased:")
            or dialog.error_label.isVisible()
        ),
        timeout=10_000,
    )
    return dialog


def open_client(
    qtbot: QtBot, session: VaultSession, seeded: Seeded, opened: Opened | None = None
) -> EraseDialog:
    dialog = client_eraser(session, seeded.client, NAME, open_folder=opened or Opened())
    return show(qtbot, dialog)


def client_names(qtbot: QtBot, session: VaultSession) -> list[str]:
    return call(qtbot, session, lambda v: sorted(c.name for c in v.clients.list_clients()))


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_preview_shows_kinds_counts_attachments_and_backups(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    backup = call(qtbot, gui_session, lambda v: BackupManager(v).create())
    dialog = open_client(qtbot, gui_session, seeded)
    assert (
        dialog.description_label.text() == f"Erase the client “{NAME}” and everything held for it"
    )
    lines = dialog.contents_label.text().splitlines()
    assert lines == [
        "What will be erased:",
        "• The client's details (name, contacts, notes) and its key",
        "• Contact person: 2",
        "• Credential: 1",
        "• Note: 1",
        f"• Attachments: 1 ({data_size(len(CONTENT))})",
        "A deletion certificate is written; it holds no names or content.",
    ]
    assert dialog.backups_label.text().splitlines()[:2] == [
        "These backups are rewritten without it (or deleted):",
        f"• {local_time(backup.created_at)}",
    ]
    assert dialog.held_label.isHidden()
    assert not dialog.erase_button.isEnabled()
    assert f"type “{NAME}”" in dialog.confirm_label.text()
    qtbot.waitUntil(dialog.confirm_edit.hasFocus)


def test_without_backups_the_preview_says_so(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog = open_client(qtbot, gui_session, seeded)
    assert dialog.backups_label.text().startswith("None of the app's backups holds this data.")


def test_the_preview_says_what_the_erasure_does_not_cover(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    """Issue 12, item 18: a copy made outside the app keeps the key; say so before erasing."""
    dialog = open_client(qtbot, gui_session, seeded)
    text = dialog.backups_label.text()
    assert "Not covered: copies of the vault folder made outside ClientVault" in text
    assert "still hold this data and its key" in text


def test_a_client_that_is_gone_is_said_so(qtbot: QtBot, gui_session: VaultSession) -> None:
    dialog = show(qtbot, client_eraser(gui_session, "no-such-client", NAME, open_folder=Opened()))
    assert dialog.error_label.text() == "No client with that id."
    assert dialog.contents_label.text() == ""
    dialog.confirm_edit.setText(NAME)
    assert not dialog.erase_button.isEnabled()


def test_erasing_needs_the_name_typed_and_enter_never_erases(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog = open_client(qtbot, gui_session, seeded)
    type_text(qtbot, dialog.confirm_edit, "山田")
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    dialog.erase()  # a stray call does nothing either
    assert not dialog.is_busy
    type_text(qtbot, dialog.confirm_edit, "商店")
    assert dialog.erase_button.isEnabled()
    assert not dialog.erase_button.isDefault()
    assert not dialog.erase_button.autoDefault()
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    assert not dialog.is_busy
    assert dialog.isVisible()
    assert NAME in client_names(qtbot, gui_session)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert NAME in client_names(qtbot, gui_session)


def test_a_full_width_or_spaced_name_still_matches(qtbot: QtBot, gui_session: VaultSession) -> None:
    client = call(qtbot, gui_session, lambda v: v.clients.add_client("ACME 株式会社"))
    dialog = show(qtbot, client_eraser(gui_session, client.id, client.name, open_folder=Opened()))
    type_text(qtbot, dialog.confirm_edit, " ＡＣＭＥ　株式会社 ")  # typed with a Japanese IME
    assert dialog.erase_button.isEnabled()


def test_something_on_hold_refuses_the_erasure_and_says_why(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    call(qtbot, gui_session, lambda v: v.retention.hold(seeded.note, "税務調査のため保全"))
    dialog = open_client(qtbot, gui_session, seeded)
    assert dialog.held_label.isVisible()
    assert dialog.held_label.text().splitlines() == [
        "Erasure refused: records on legal hold: 1. Release the hold first.",
        "“打ち合わせメモ”: 税務調査のため保全",
    ]
    assert not dialog.confirm_edit.isEnabled()
    assert not dialog.reason_box.isEnabled()
    dialog.confirm_edit.setText(NAME)
    assert not dialog.erase_button.isEnabled()
    dialog.erase()
    assert not dialog.is_busy
    assert NAME in client_names(qtbot, gui_session)


def test_erasing_a_client_leaves_a_certificate_and_the_others_alone(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    opened = Opened()
    dialog = open_client(qtbot, gui_session, seeded, opened)
    click(qtbot, dialog.request_radio)
    type_text(qtbot, dialog.confirm_edit, NAME)
    with qtbot.waitSignal(dialog.erased, timeout=20_000) as erased:
        click(qtbot, dialog.erase_button)
        assert dialog.is_busy
        assert dialog.progress.isVisible()
        assert dialog.stage_label.text() == "Writing the certificate…"
        assert not dialog.cancel_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()  # an erasure under way is waited for
    assert erased.args == [seeded.client]

    folder = dialog.certificate_folder
    assert folder is not None and folder.is_dir()
    assert (folder / PDF_NAME).is_file()
    certificate = json.loads((folder / JSON_NAME).read_text())
    assert certificate["reason"]["kind"] == "request"
    assert certificate["erased"]["records"] == 4
    assert dialog.pages.currentIndex() == 1
    assert dialog.result_label.text() == "Erased on 2026-11-22; certificate saved."
    assert dialog.description_label.text() == (  # the heading, updated
        f"The client “{NAME}” and everything held for it were erased."
    )
    assert dialog.windowTitle() == "Erased"
    assert dialog.folder_label.text() == str(folder)
    assert dialog.close_button.isDefault()

    click(qtbot, dialog.open_folder_button)
    assert opened.folders == [folder]
    click(qtbot, dialog.copy_path_button)
    assert QGuiApplication.clipboard().text() == str(folder)

    assert client_names(qtbot, gui_session) == ["Smith Design"]
    with pytest.raises(BadInput):
        call(qtbot, gui_session, lambda v: v.clients.get_client(seeded.client))
    kept = call(qtbot, gui_session, lambda v: len(v.clients.list_records(seeded.other)))
    assert kept == 1
    click(qtbot, dialog.close_button)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_erasing_records_needs_the_word_and_keeps_the_client(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog = show(
        qtbot,
        records_eraser(gui_session, seeded.contacts, "担当者 2 件を消去", open_folder=Opened()),
    )
    assert dialog.contents_label.text().splitlines()[1:2] == ["• Contact person: 2"]
    assert "type “erase”" in dialog.confirm_label.text()
    type_text(qtbot, dialog.confirm_edit, "ERASE")
    with qtbot.waitSignal(dialog.records_erased, timeout=20_000) as erased:
        click(qtbot, dialog.erase_button)
    assert erased.args == [seeded.client]
    assert dialog.description_label.text() == "Erased: 担当者 2 件を消去"
    left = call(qtbot, gui_session, lambda v: {r.id for r in v.clients.list_records(seeded.client)})
    assert left == {seeded.note, seeded.credential}
    folder = dialog.certificate_folder
    assert folder is not None
    assert json.loads((folder / JSON_NAME).read_text())["reason"]["kind"] == "manual"


def test_data_added_after_the_preview_stops_the_erasure_and_shows_it_again(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog = open_client(qtbot, gui_session, seeded)
    call(qtbot, gui_session, lambda v: v.clients.add_record(seeded.client, RecordKind.NOTE, "追加"))
    type_text(qtbot, dialog.confirm_edit, NAME)
    click(qtbot, dialog.erase_button)
    qtbot.waitUntil(lambda: "• Note: 2" in dialog.contents_label.text(), timeout=10_000)
    assert "changed since it was shown" in dialog.error_label.text()
    assert NAME in client_names(qtbot, gui_session)
    assert dialog.erase_button.isEnabled()  # the typed name stands; the new preview is shown


def test_a_lock_closes_the_dialog_and_clears_the_names(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog = open_client(qtbot, gui_session, seeded)
    type_text(qtbot, dialog.confirm_edit, NAME)
    gui_session.lock()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    shown = [
        dialog.description_label.text(),
        dialog.confirm_label.text(),
        dialog.confirm_edit.text(),
        dialog.contents_label.text(),
    ]
    assert not any(NAME in text for text in shown)


def test_a_lock_mid_erasure_closes_at_once(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog = open_client(qtbot, gui_session, seeded)
    type_text(qtbot, dialog.confirm_edit, NAME)
    with qtbot.assertNotEmitted(dialog.erased, wait=500):
        click(qtbot, dialog.erase_button)
        gui_session.lock()
        assert not dialog.isVisible()
        assert not dialog.is_busy


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog = open_client(qtbot, gui_session, seeded)
    controls = [
        dialog.manual_radio,
        dialog.request_radio,
        dialog.confirm_edit,
        dialog.progress,
        dialog.erase_button,
        dialog.cancel_button,
        dialog.close_button,
        dialog.open_folder_button,
        dialog.copy_path_button,
        dialog.contents_label,
        dialog.held_label,
    ]
    assert all(control.accessibleName() for control in controls)
