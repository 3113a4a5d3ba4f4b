"""The password generator dialog, alone and from a credential editor over a real vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.clients.test_record_editor import open_editor
from tests.ui.layout_check import clipped_labels
from tests.ui.vault_calls import call, save
from ui.clients.password_generator_dialog import PasswordGeneratorDialog
from ui.vault_session import VaultSession
from vault.domain.model import RecordKind
from vault.domain.password_generator import AMBIGUOUS, JIS_SAFE_SYMBOLS


@pytest.fixture
def dialog(qtbot: QtBot) -> PasswordGeneratorDialog:
    made = PasswordGeneratorDialog()
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_it_opens_with_a_japanese_keyboard_safe_twenty_character_password(
    dialog: PasswordGeneratorDialog,
) -> None:
    password = dialog.password()
    assert len(password) == 20
    assert not set(password) & set(AMBIGUOUS)
    symbols = {c for c in password if not c.isalnum()}
    assert symbols <= set(JIS_SAFE_SYMBOLS)
    assert dialog.strength_label.text().startswith("Strength: 1")  # over 100 bits
    assert "bits" in dialog.strength_label.text()
    assert clipped_labels(dialog) == []


def test_options_change_the_candidate_and_its_entropy(
    qtbot: QtBot, dialog: PasswordGeneratorDialog
) -> None:
    before = dialog.strength_label.text()
    dialog.symbols_box.setChecked(False)
    dialog.uppercase_box.setChecked(False)
    dialog.length_spin.setValue(12)
    password = dialog.password()
    assert len(password) == 12
    assert password.isalnum() and password == password.lower()
    assert dialog.strength_label.text() != before


def test_no_character_set_leaves_nothing_to_use(dialog: PasswordGeneratorDialog) -> None:
    for box in (dialog.lowercase_box, dialog.uppercase_box, dialog.digits_box, dialog.symbols_box):
        box.setChecked(False)
    assert dialog.password() == ""
    assert not dialog.use_button.isEnabled()
    assert "at least one kind" in dialog.error_label.text()
    dialog.digits_box.setChecked(True)
    assert dialog.password().isdigit()
    assert dialog.use_button.isEnabled()
    assert dialog.error_label.isHidden()


def test_new_makes_another(qtbot: QtBot, dialog: PasswordGeneratorDialog) -> None:
    first = dialog.password()
    qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    assert dialog.password() != first


def test_the_credential_editor_fills_its_password_from_the_generator(
    qtbot: QtBot, gui_session: VaultSession
) -> None:
    client_id = call(qtbot, gui_session, lambda v: v.clients.add_client("山田商店").id)
    editor = open_editor(qtbot, gui_session, client_id, RecordKind.CREDENTIAL)
    button = editor.inputs["password"].findChild(QPushButton, "generatePassword")
    assert isinstance(button, QPushButton)
    assert button in editor.inputs["password"].focus_chain()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, PasswordGeneratorDialog) and w.isVisible()
            for w in QApplication.topLevelWidgets()
        )
    )
    generator = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, PasswordGeneratorDialog)
    )
    generated = generator.password()
    qtbot.mouseClick(generator.use_button, Qt.MouseButton.LeftButton)
    assert editor.inputs["password"].text() == generated
    editor.title_edit.setText("freee会計")
    record_id = save(qtbot, editor)
    record = call(qtbot, gui_session, lambda v: v.clients.get_record(record_id))
    assert {f.key: f.value for f in record.fields}["password"] == generated


def test_other_kinds_have_no_generator(qtbot: QtBot, gui_session: VaultSession) -> None:
    client_id = call(qtbot, gui_session, lambda v: v.clients.add_client("山田商店").id)
    editor = open_editor(qtbot, gui_session, client_id, RecordKind.CONTACT)
    assert editor.findChild(QPushButton, "generatePassword") is None
    editor.close_without_saving()
