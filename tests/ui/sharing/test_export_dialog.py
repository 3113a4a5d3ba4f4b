"""ExportDialog against a real vault: the preview, special-care warning, export, cancel, lock."""

from __future__ import annotations

import hashlib
import io
import threading
import zipfile
from pathlib import Path

import pikepdf
import pyrage  # type: ignore[import-untyped]
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from tests.ui.fakes import ScriptedPrompts, type_text
from tests.ui.sharing.conftest import CONTACT, NAME, Seeded
from tests.ui.vault_calls import call
from ui.lock.clipboard import SecureClipboard
from ui.sharing.delivery_dialog import DeliveryDialog
from ui.sharing.export_dialog import ExportDialog, Page
from ui.sharing.models import BundleFileModel
from ui.vault_session import VaultSession
from vault.domain.model import Field, RecordKind
from vault.session import Vault
from vault.sharing import Sharing, bundle
from vault.sharing.bundle import BundleFormat
from vault.sharing.delivery import fingerprint

KEY = str(pyrage.x25519.Identity.generate().to_public())


class SavePrompts(ScriptedPrompts):
    """Scripted answers that also keep the file name suggested to the user."""

    def __init__(self, answers: list[bool | Path | None]) -> None:
        super().__init__(answers)
        self.suggested: list[Path] = []

    def save_path(
        self, parent: QWidget | None, title: str, suggested: Path, name_filter: str
    ) -> Path | None:
        self.suggested.append(suggested)
        return super().save_path(parent, title, suggested, name_filter)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def to_passphrase(qtbot: QtBot, session: VaultSession, seeded: Seeded) -> None:
    call(
        qtbot,
        session,
        lambda v: Sharing(v).delivery.set_passphrase(seeded.client, seeded.contact),
    )


def open_dialog(
    qtbot: QtBot,
    session: VaultSession,
    copy: SecureClipboard,
    client_id: str,
    prompts: ScriptedPrompts | None = None,
) -> ExportDialog:
    dialog = ExportDialog(session, prompts or ScriptedPrompts(), copy.copy, client_id, NAME)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_for_preview(qtbot, dialog)
    return dialog


def wait_for_preview(qtbot: QtBot, dialog: ExportDialog) -> None:
    qtbot.waitUntil(
        lambda: (
            dialog.can_export()
            or dialog.error_label.isVisible()
            or "no delivery setting" in dialog.status_label.text()
        ),
        timeout=20_000,
    )


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def shown_paths(dialog: ExportDialog) -> set[str]:
    model = dialog.files
    return {
        model.index(row, 0).data(BundleFileModel.Role.PathRole) for row in range(model.rowCount())
    }


def export(qtbot: QtBot, dialog: ExportDialog) -> None:
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        click(qtbot, dialog.export_button)


def exports(qtbot: QtBot, session: VaultSession) -> list[str]:
    actions = call(qtbot, session, lambda v: [e.action for e in v.audit.entries()])
    return [action for action in actions if action == "export.encrypted"]


def test_the_preview_lists_the_recipient_counts_and_files(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, secure_copy: SecureClipboard
) -> None:
    to_passphrase(qtbot, gui_session, seeded)
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client)
    # A passphrase client gets what any client opens: the PDF, carrying the files.
    assert dialog.format_combo.currentData() == BundleFormat.PDF
    expected = call(
        qtbot,
        gui_session,
        lambda v: Sharing(v).bundles.preview(seeded.client, format=BundleFormat.PDF),
    )
    assert shown_paths(dialog) == {f.path for f in expected.files}
    assert "見積書.pdf" in shown_paths(dialog)
    assert dialog.recipient_label.text() == (
        f"To: {CONTACT} <hanako@example.jp>, encrypted to a new passphrase (24 digits), "
        "shown once after the export."
    )
    assert dialog.fingerprint_label.isHidden()
    assert dialog.counts_label.text() == (
        "Records: Contact person: 1, Credential: 1, Note: 1, Record: 1. Attachments: 1."
    )
    assert dialog.total_label.text().startswith(f"{len(expected.files)} files, ")
    assert dialog.left_out_label.isHidden()
    assert dialog.export_button.isEnabled()
    assert not dialog.export_button.isDefault()


def test_a_special_care_record_brings_a_prominent_warning(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, secure_copy: SecureClipboard
) -> None:
    to_passphrase(qtbot, gui_session, seeded)
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client)
    assert dialog.special_care_label.isVisible()
    assert "要配慮個人情報" in dialog.special_care_label.text()
    assert (
        dialog.special_care_label.font().bold() or "bold" in dialog.special_care_label.styleSheet()
    )


def test_without_special_care_data_there_is_no_warning(
    qtbot: QtBot, gui_session: VaultSession, secure_copy: SecureClipboard
) -> None:
    def seed(vault: Vault) -> str:
        client = vault.clients.add_client("Smith Design")
        contact = vault.clients.add_record(
            client.id, RecordKind.CONTACT, "PM", [Field("name", "Jane Smith")]
        )
        Sharing(vault).delivery.set_passphrase(client.id, contact.id)
        return client.id

    client_id = call(qtbot, gui_session, seed)
    dialog = open_dialog(qtbot, gui_session, secure_copy, client_id)
    assert dialog.special_care_label.isHidden()
    assert dialog.counts_label.text() == "Records: Contact person: 1. Attachments: 0."


def test_an_age_recipient_shows_the_fingerprint_and_a_pdf_is_refused(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, secure_copy: SecureClipboard
) -> None:
    call(
        qtbot,
        gui_session,
        lambda v: Sharing(v).delivery.set_age(seeded.client, seeded.contact, KEY),
    )
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client)
    assert "encrypted to their age key" in dialog.recipient_label.text()
    assert dialog.fingerprint_label.text() == fingerprint(KEY)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(BundleFormat.PDF))
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=20_000)
    assert dialog.error_label.text() == (
        "An encrypted PDF opens with a passphrase, but this client's bundles go to an age key."
    )
    assert not dialog.export_button.isEnabled()
    assert dialog.files.rowCount() == 0


def test_a_pdf_lists_the_attachments_it_leaves_out_above_the_limit(
    qtbot: QtBot,
    gui_session: VaultSession,
    seeded: Seeded,
    secure_copy: SecureClipboard,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bundle, "PDF_FILES_LIMIT", 1)
    to_passphrase(qtbot, gui_session, seeded)
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client)
    assert "見積書.pdf" not in shown_paths(dialog)
    assert dialog.left_out_label.isVisible()
    assert "• 見積書.pdf (" in dialog.left_out_label.text()
    assert "report.pdf" in shown_paths(dialog)


def test_only_the_latest_preview_is_shown(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, secure_copy: SecureClipboard
) -> None:
    to_passphrase(qtbot, gui_session, seeded)
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client)
    listed: list[set[str]] = []
    dialog.files.modelReset.connect(lambda: listed.append(shown_paths(dialog)))
    gate = threading.Event()
    gui_session.run(lambda _v: gate.wait(timeout=20))  # both previews queue behind this
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(BundleFormat.PDF))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(BundleFormat.AGE))
    gate.set()
    done: list[bool] = []
    gui_session.run(lambda _v: None, lambda _none: done.append(True))  # after both answers
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    shown = [paths for paths in listed if paths]
    assert len(shown) == 1  # the PDF's answer came, but too late to be shown
    assert "files/見積書.pdf" in shown[0]
    assert dialog.can_export()
    assert dialog.left_out_label.isHidden()


def test_a_client_without_a_delivery_setting_is_offered_the_delivery_dialog(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, secure_copy: SecureClipboard
) -> None:
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client)
    assert "no delivery setting" in dialog.status_label.text()
    assert not dialog.export_button.isEnabled()
    click(qtbot, dialog.delivery_button)
    delivery = dialog.delivery_dialog
    assert isinstance(delivery, DeliveryDialog)
    qtbot.waitUntil(delivery.save_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(delivery.saved, timeout=10_000):
        click(qtbot, delivery.save_button)
    wait_for_preview(qtbot, dialog)
    qtbot.waitUntil(dialog.can_export, timeout=20_000)
    assert CONTACT in dialog.recipient_label.text()


def test_a_passphrase_export_writes_the_file_and_shows_the_passphrase_once(
    qtbot: QtBot,
    gui_session: VaultSession,
    seeded: Seeded,
    secure_copy: SecureClipboard,
    out: Path,
) -> None:
    to_passphrase(qtbot, gui_session, seeded)
    prompts = SavePrompts([True, out / "for-client"])
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client, prompts)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(BundleFormat.AGE))
    qtbot.waitUntil(lambda: "files/見積書.pdf" in shown_paths(dialog), timeout=20_000)
    wait_for_preview(qtbot, dialog)
    export(qtbot, dialog)
    assert [kind for kind, _ in prompts.asked] == ["confirm", "save_path"]
    assert "要配慮個人情報" in prompts.asked[0][1]
    # The label the dialog showed before writing (the client's name by default).
    assert prompts.suggested[0].name == f"{NAME}-2026-11-22.age"

    written = out / "for-client.age"
    assert [p.name for p in out.iterdir()] == [written.name]
    data = written.read_bytes()
    assert dialog.pages.currentIndex() == Page.RESULT
    assert dialog.path_label.text() == str(written)
    assert dialog.sha256_label.text() == hashlib.sha256(data).hexdigest()
    click(qtbot, dialog.copy_sha256_button)
    assert QGuiApplication.clipboard().text() == hashlib.sha256(data).hexdigest()
    groups = [label.text() for label in dialog.passphrase_view.group_labels]
    assert len(groups) == 6
    assert all(len(group) == 4 and group.isdigit() for group in groups)
    assert dialog.passphrase_view.isVisible()
    with zipfile.ZipFile(io.BytesIO(pyrage.passphrase.decrypt(data, "-".join(groups)))) as bundle:
        assert "report.pdf" in bundle.namelist()
    assert exports(qtbot, gui_session) == ["export.encrypted"]

    assert dialog.close_button.isDefault()
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    assert dialog.passphrase_view.is_empty()  # shown once: gone with the dialog


def test_the_default_pdf_carries_the_files_and_a_note_for_the_mail(
    qtbot: QtBot,
    gui_session: VaultSession,
    seeded: Seeded,
    secure_copy: SecureClipboard,
    out: Path,
) -> None:
    to_passphrase(qtbot, gui_session, seeded)
    prompts = SavePrompts([True, out / "for-client"])
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client, prompts)
    export(qtbot, dialog)
    written = out / "for-client.pdf"
    groups = [label.text() for label in dialog.passphrase_view.group_labels]
    with pikepdf.open(written, password="-".join(groups)) as pdf:
        assert pdf.encryption.R == 6
        assert {"見積書.pdf", "contacts.csv"} <= set(pdf.attachments)
    note = dialog.how_to_open_edit.toPlainText()  # the report's language: Japanese
    assert "「for-client.pdf」" in note and "添付ファイル欄" in note and "SMS" in note
    assert "-".join(groups) not in note  # the passphrase goes by phone, never in the mail
    click(qtbot, dialog.result_page.copy_how_button)
    assert QGuiApplication.clipboard().text() == note
    # The passphrase is the largest text on the screen; the SHA-256 comes after it.
    biggest = max(label.font().pointSizeF() for label in dialog.passphrase_view.group_labels)
    assert biggest > dialog.sha256_label.font().pointSizeF()


def test_declining_the_special_care_question_writes_nothing(
    qtbot: QtBot,
    gui_session: VaultSession,
    seeded: Seeded,
    secure_copy: SecureClipboard,
    out: Path,
) -> None:
    to_passphrase(qtbot, gui_session, seeded)
    prompts = ScriptedPrompts([False])
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client, prompts)
    click(qtbot, dialog.export_button)
    assert [kind for kind, _ in prompts.asked] == ["confirm"]
    assert not dialog.is_busy
    assert list(out.iterdir()) == []


def test_cancel_leaves_nothing(
    qtbot: QtBot,
    gui_session: VaultSession,
    seeded: Seeded,
    secure_copy: SecureClipboard,
    out: Path,
) -> None:
    to_passphrase(qtbot, gui_session, seeded)
    prompts = ScriptedPrompts([True, out / "bundle.age"])
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client, prompts)
    gate = threading.Event()
    gui_session.run(lambda _v: gate.wait(timeout=20))  # keep the vault thread busy
    click(qtbot, dialog.export_button)
    assert dialog.is_busy
    assert dialog.progress.isVisible()
    assert not dialog.close_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape cancels the export, not the dialog
    assert dialog.isVisible()
    assert not dialog.cancel_export_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=20_000)
    assert dialog.error_label.text() == "Cancelled; nothing was exported."
    assert list(out.iterdir()) == []
    assert exports(qtbot, gui_session) == []
    wait_for_preview(qtbot, dialog)
    assert dialog.pages.currentIndex() == Page.PREVIEW


def test_a_lock_closes_the_dialog_and_clears_the_passphrase(
    qtbot: QtBot,
    gui_session: VaultSession,
    seeded: Seeded,
    secure_copy: SecureClipboard,
    out: Path,
) -> None:
    to_passphrase(qtbot, gui_session, seeded)
    prompts = ScriptedPrompts([True, out / "bundle.age"])
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client, prompts)
    export(qtbot, dialog)
    assert not dialog.passphrase_view.is_empty()
    gui_session.lock()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.passphrase_view.is_empty()
    assert dialog.passphrase_view.group_labels == []
    assert dialog.files.rowCount() == 0
    shown = [
        dialog.intro_label.text(),
        dialog.recipient_label.text(),
        dialog.result_label.text(),
        dialog.path_label.text(),
    ]
    assert not any(NAME in text or CONTACT in text or "bundle.age" in text for text in shown)


def test_a_lock_mid_export_stops_it_and_leaves_nothing(
    qtbot: QtBot,
    gui_session: VaultSession,
    seeded: Seeded,
    secure_copy: SecureClipboard,
    out: Path,
) -> None:
    to_passphrase(qtbot, gui_session, seeded)
    prompts = ScriptedPrompts([True, out / "bundle.age"])
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client, prompts)
    gate = threading.Event()
    gui_session.run(lambda _v: gate.wait(timeout=20))
    click(qtbot, dialog.export_button)
    gui_session.lock()
    assert not dialog.isVisible()
    assert not dialog.is_busy
    gate.set()
    outcome: list[Exception | None] = []
    gui_session.unlock(
        password=PASSWORD, on_done=lambda _: outcome.append(None), on_error=outcome.append
    )
    qtbot.waitUntil(lambda: bool(outcome), timeout=20_000)
    assert outcome == [None]
    assert list(out.iterdir()) == []
    assert exports(qtbot, gui_session) == []


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, secure_copy: SecureClipboard
) -> None:
    to_passphrase(qtbot, gui_session, seeded)
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client)
    controls = [
        dialog.format_combo,
        dialog.language_combo,
        dialog.recipient_label,
        dialog.counts_label,
        dialog.special_care_label,
        dialog.table,
        dialog.progress,
        dialog.cancel_export_button,
        dialog.delivery_button,
        dialog.export_button,
        dialog.close_button,
        dialog.copy_sha256_button,
        dialog.sha256_label,
        dialog.passphrase_view.copy_button,
    ]
    assert all(control.accessibleName() for control in controls)


def test_the_recipient_s_organisation_and_address_show_beside_the_client_before_writing(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, secure_copy: SecureClipboard
) -> None:
    def add_contact(vault: Vault) -> None:
        person = vault.clients.add_record(
            seeded.client,
            RecordKind.CONTACT,
            "経理 佐藤",
            [
                Field("name", "佐藤次郎"),
                Field("organization", "株式会社山田 経理部"),
                Field("address", "東京都渋谷区神南1-2-3"),
            ],
        )
        Sharing(vault).delivery.set_passphrase(seeded.client, person.id)

    call(qtbot, gui_session, add_contact)
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client)
    lines = dialog.recipient_label.text().splitlines()
    assert lines[0].startswith("To: 佐藤次郎, encrypted to a new passphrase")
    assert lines[1] == f"株式会社山田 経理部 / 東京都渋谷区神南1-2-3 — client: {NAME}"


def test_the_file_name_label_is_shown_before_writing_and_can_be_changed(
    qtbot: QtBot,
    gui_session: VaultSession,
    seeded: Seeded,
    secure_copy: SecureClipboard,
    out: Path,
) -> None:
    to_passphrase(qtbot, gui_session, seeded)
    prompts = SavePrompts([True, None, True, None])
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client, prompts)
    row = dialog.file_label
    assert row.isVisible()
    assert row.label_edit.text() == NAME
    assert row.name_label.text() == f"Saved as: {NAME}-2026-11-22.pdf"
    row.label_edit.clear()
    type_text(qtbot, row.label_edit, "山田様/見積")
    assert row.name_label.text() == "Saved as: 山田様_見積-2026-11-22.pdf"  # no folder in a name
    click(qtbot, dialog.export_button)  # the save dialog offers exactly what was shown
    assert prompts.suggested[-1].name == "山田様_見積-2026-11-22.pdf"
    row.label_edit.clear()
    assert row.name_label.text() == "Saved as: bundle-2026-11-22.pdf"  # empty: neutral
    click(qtbot, dialog.export_button)
    assert prompts.suggested[-1].name == "bundle-2026-11-22.pdf"
    assert list(out.iterdir()) == []  # both save dialogs cancelled: nothing written
