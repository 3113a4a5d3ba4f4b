"""DeliveryDialog against a real vault: contacts only, a checked key, a passphrase, a lock."""

from __future__ import annotations

from pathlib import Path

import pyrage  # type: ignore[import-untyped]
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from tests.ui.fakes import ScriptedPrompts
from tests.ui.sharing.conftest import CONTACT, NAME, Seeded
from tests.ui.vault_calls import call
from ui.lock.clipboard import SecureClipboard
from ui.sharing.delivery_dialog import DeliveryDialog
from ui.vault_session import VaultSession
from vault.session import Vault
from vault.sharing import Sharing
from vault.sharing.bundle import ExportResult
from vault.sharing.delivery import DeliveryMode, DeliverySetting, fingerprint
from vault.sharing.passphrase import PassphraseStyle

KEY = str(pyrage.x25519.Identity.generate().to_public())
OTHER_KEY = str(pyrage.x25519.Identity.generate().to_public())


def open_dialog(
    qtbot: QtBot,
    session: VaultSession,
    copy: SecureClipboard,
    client_id: str,
    prompts: ScriptedPrompts | None = None,
) -> DeliveryDialog:
    dialog = DeliveryDialog(session, prompts or ScriptedPrompts(), copy.copy, client_id, NAME)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.status_label.text() != "Loading…", timeout=10_000)
    return dialog


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Near the left edge: a radio button or check box reacts on its indicator and text only."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def setting(qtbot: QtBot, session: VaultSession, client_id: str) -> DeliverySetting | None:
    return call(qtbot, session, lambda v: Sharing(v).delivery.get(client_id))


def save(qtbot: QtBot, dialog: DeliveryDialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_only_the_clients_contacts_are_offered_and_nothing_can_be_typed(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, secure_copy: SecureClipboard
) -> None:
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client)
    combo = dialog.contact_combo
    offered = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert offered == [(f"{CONTACT} <hanako@example.jp>", seeded.contact)]
    assert not combo.isEditable()
    assert dialog.findChildren(QLineEdit) == [dialog.key_edit]  # the key, no address field
    assert dialog.no_contacts_label.isHidden()
    assert dialog.status_label.text().startswith("No delivery setting yet")
    assert dialog.passphrase_radio.isChecked() and dialog.digits_radio.isChecked()


def test_a_client_without_a_contact_record_is_pointed_to_new_record(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, secure_copy: SecureClipboard
) -> None:
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.bare)
    assert dialog.contact_combo.count() == 0
    assert dialog.no_contacts_label.isVisible()
    assert "New record → Contact person" in dialog.no_contacts_label.text()
    assert not dialog.mode_box.isEnabled()
    assert not dialog.save_button.isEnabled()
    dialog.save()  # a stray call saves nothing
    assert setting(qtbot, gui_session, seeded.bare) is None


def test_a_bad_age_key_is_refused_with_a_message(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, secure_copy: SecureClipboard
) -> None:
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client)
    click(qtbot, dialog.age_radio)
    assert dialog.key_edit.isVisible()
    qtbot.keyClicks(dialog.key_edit, KEY[:-1] + ("q" if KEY[-1] != "q" else "p"))
    assert dialog.key_error_label.isVisible()
    assert dialog.key_error_label.text() == (
        "That is not an age public key (age1... with a valid checksum)."
    )
    assert dialog.fingerprint_label.text() == ""
    assert not dialog.confirmed_check.isEnabled()
    assert not dialog.save_button.isEnabled()
    dialog.key_edit.setText("AGE-SECRET-KEY-1QQQ")
    assert "secret key" in dialog.key_error_label.text()
    dialog.key_edit.clear()
    assert dialog.key_error_label.isHidden()


def test_a_valid_key_shows_its_fingerprint_and_saves_once_read_back(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, secure_copy: SecureClipboard
) -> None:
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client)
    click(qtbot, dialog.age_radio)
    dialog.key_edit.setText(f"  {KEY.upper()}\n")  # pasted from a mail, shouting
    assert dialog.key_error_label.isHidden()
    assert dialog.fingerprint_label.text() == fingerprint(KEY)
    assert len(dialog.fingerprint_label.text().split()) == 6
    assert dialog.fingerprint_hint.isVisible()
    assert not dialog.save_button.isEnabled()  # not before the phone call
    click(qtbot, dialog.confirmed_check)
    assert dialog.save_button.isEnabled()
    save(qtbot, dialog)
    saved = setting(qtbot, gui_session, seeded.client)
    assert saved is not None
    assert (saved.mode, saved.public_key, saved.contact_id) == (
        DeliveryMode.AGE,
        KEY,
        seeded.contact,
    )


def test_passphrase_mode_saves_the_style(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, secure_copy: SecureClipboard
) -> None:
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client)
    assert dialog.save_button.isEnabled()
    assert not dialog.tell_again_button.isEnabled()  # no passphrase bundle yet
    click(qtbot, dialog.words_radio)
    save(qtbot, dialog)
    saved = setting(qtbot, gui_session, seeded.client)
    assert saved is not None
    assert (saved.mode, saved.style, saved.contact_id) == (
        DeliveryMode.PASSPHRASE,
        PassphraseStyle.WORDS,
        seeded.contact,
    )


def test_the_saved_setting_is_shown_and_replacing_the_key_is_confirmed(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, secure_copy: SecureClipboard
) -> None:
    call(
        qtbot,
        gui_session,
        lambda v: Sharing(v).delivery.set_age(seeded.client, seeded.contact, KEY),
    )
    prompts = ScriptedPrompts([False, True])
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client, prompts)
    assert dialog.age_radio.isChecked()
    assert dialog.key_edit.text() == KEY
    assert dialog.confirmed_check.isChecked()  # confirmed when it was saved
    assert fingerprint(KEY) in dialog.status_label.text()
    dialog.key_edit.setText(OTHER_KEY)
    assert not dialog.confirmed_check.isChecked()
    click(qtbot, dialog.confirmed_check)
    click(qtbot, dialog.save_button)  # declined
    assert prompts.asked[0][0] == "confirm"
    assert dialog.isVisible()
    saved = setting(qtbot, gui_session, seeded.client)
    assert saved is not None and saved.public_key == KEY
    save(qtbot, dialog)
    saved = setting(qtbot, gui_session, seeded.client)
    assert saved is not None and saved.public_key == OTHER_KEY


def test_a_contact_deleted_meanwhile_is_refused_and_the_dialog_stays(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, secure_copy: SecureClipboard
) -> None:
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client)
    call(qtbot, gui_session, lambda v: v.clients.delete_record(seeded.contact))
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=10_000)
    assert dialog.error_text() == "The recipient must be one of this client's contact records."
    assert dialog.isVisible()
    assert dialog.save_button.isEnabled()
    assert setting(qtbot, gui_session, seeded.client) is None


def export_with_passphrase(
    qtbot: QtBot, session: VaultSession, seeded: Seeded, out: Path
) -> ExportResult:
    """A passphrase bundle made with the core, as the export dialog makes it."""

    def job(vault: Vault) -> ExportResult:
        sharing = Sharing(vault)
        sharing.delivery.set_passphrase(seeded.client, seeded.contact)
        return sharing.bundles.export(sharing.bundles.preview(seeded.client), out)

    return call(qtbot, session, job)


def test_tell_it_again_shows_the_last_passphrase_and_is_audit_logged(
    qtbot: QtBot,
    gui_session: VaultSession,
    seeded: Seeded,
    secure_copy: SecureClipboard,
    tmp_path: Path,
) -> None:
    result = export_with_passphrase(qtbot, gui_session, seeded, tmp_path / "bundle.age")
    assert result.passphrase is not None
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client)
    assert dialog.passphrase_view.is_empty()
    click(qtbot, dialog.tell_again_button)
    qtbot.waitUntil(lambda: not dialog.passphrase_view.is_empty(), timeout=10_000)
    shown = [label.text() for label in dialog.passphrase_view.group_labels]
    assert shown == list(result.passphrase.groups)
    assert result.sha256[:16] in dialog.told_label.text()
    actions = call(qtbot, gui_session, lambda v: [e.action for e in v.audit.entries()])
    assert actions[-1] == "delivery.passphrase-told"
    click(qtbot, dialog.close_button)
    assert dialog.passphrase_view.is_empty()  # told once, on request


def test_a_lock_closes_the_dialog_and_clears_it(
    qtbot: QtBot,
    gui_session: VaultSession,
    seeded: Seeded,
    secure_copy: SecureClipboard,
    tmp_path: Path,
) -> None:
    export_with_passphrase(qtbot, gui_session, seeded, tmp_path / "bundle.age")
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client)
    click(qtbot, dialog.tell_again_button)
    qtbot.waitUntil(lambda: not dialog.passphrase_view.is_empty(), timeout=10_000)
    gui_session.lock()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.passphrase_view.is_empty()
    assert dialog.passphrase_view.group_labels == []
    assert dialog.contact_combo.count() == 0
    shown = [dialog.intro_label.text(), dialog.status_label.text(), dialog.told_label.text()]
    assert not any(NAME in text or CONTACT in text for text in shown)
    assert not dialog.save_button.isEnabled()


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, secure_copy: SecureClipboard
) -> None:
    dialog = open_dialog(qtbot, gui_session, secure_copy, seeded.client)
    controls = [
        dialog.contact_combo,
        dialog.age_radio,
        dialog.passphrase_radio,
        dialog.key_edit,
        dialog.fingerprint_label,
        dialog.confirmed_check,
        dialog.digits_radio,
        dialog.words_radio,
        dialog.tell_again_button,
        dialog.passphrase_view.copy_button,
        dialog.save_button,
        dialog.close_button,
        dialog.no_contacts_label,
    ]
    assert all(control.accessibleName() for control in controls)
