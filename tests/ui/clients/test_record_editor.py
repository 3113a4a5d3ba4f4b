"""RecordEditor against a real vault: what the user types is what the vault keeps."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.fakes import ScriptedPrompts, type_text
from tests.ui.vault_calls import call, save, save_fails
from ui.clients.field_inputs import FieldInput
from ui.clients.record_editor import RecordEditor
from ui.clients.secret_field import SecretField
from ui.vault_session import VaultSession
from vault.domain.model import Field, FieldType, Record, RecordKind, Sensitivity
from vault.storage.drafts import Draft

ADDRESS = "東京都千代田区千代田１－１"
MOBILE = "０９０－１２３４－５６７８"


@pytest.fixture
def session(gui_session: VaultSession) -> VaultSession:
    """The shared created-and-unlocked session (tests/ui/conftest.py)."""
    return gui_session


@pytest.fixture
def client_id(qtbot: QtBot, session: VaultSession) -> str:
    return call(qtbot, session, lambda v: v.clients.add_client("株式会社サンプル").id)


def records(qtbot: QtBot, session: VaultSession, client_id: str) -> list[Record]:
    return call(qtbot, session, lambda v: v.clients.list_records(client_id))


def editor_widget(field_input: FieldInput) -> QWidget:
    editor = field_input.editor
    return editor.line_edit if isinstance(editor, SecretField) else editor


def fill(qtbot: QtBot, editor: RecordEditor, **values: str) -> None:
    for key, value in values.items():
        type_text(qtbot, editor_widget(editor.inputs[key]), value)


def open_editor(
    qtbot: QtBot,
    session: VaultSession,
    client_id: str,
    kind: RecordKind,
    *,
    record: Record | None = None,
    draft: Draft | None = None,
    prompts: ScriptedPrompts | None = None,
    copied: list[str] | None = None,
) -> RecordEditor:
    editor = RecordEditor(
        session,
        prompts or ScriptedPrompts(),
        (copied if copied is not None else []).append,
        client_id,
        kind,
        record,
        draft,
    )
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def add_record(
    qtbot: QtBot,
    session: VaultSession,
    client_id: str,
    kind: RecordKind,
    title: str,
    fields: tuple[Field, ...],
) -> Record:
    return call(qtbot, session, lambda v: v.clients.add_record(client_id, kind, title, fields))


# -- adding and editing each kind ------------------------------------------------------------


def test_add_a_contact_with_japanese_address_full_width_phone_and_emoji(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    editor = open_editor(qtbot, session, client_id, RecordKind.CONTACT)
    assert editor.windowTitle() == "New contact person"
    assert editor.delete_button is None
    type_text(qtbot, editor.title_edit, "担当 田中さん 🙂")
    fill(
        qtbot,
        editor,
        name="田中 太郎",
        furigana="たなか たろう",
        email="taro.tanaka@example.jp",
        phone=MOBILE,
        postal_code="〒100-0001",
        address=ADDRESS + "\n千代田ビル３階",
        organization="サンプル商事 🍣",
    )
    editor.sensitivity_combo.setCurrentIndex(
        editor.sensitivity_combo.findData(Sensitivity.PERSONAL.value)
    )
    assert editor.has_unsaved_changes()

    record_id = save(qtbot, editor)

    (stored,) = records(qtbot, session, client_id)
    assert stored.id == record_id
    assert stored.kind is RecordKind.CONTACT
    assert stored.title == "担当 田中さん 🙂"
    assert stored.sensitivity is Sensitivity.PERSONAL
    assert stored.value("name") == "田中 太郎"
    assert stored.value("furigana") == "たなか たろう"
    assert stored.value("phone") == "090-1234-5678"  # the vault's normal form
    assert stored.value("address") == ADDRESS + "\n千代田ビル３階"
    assert stored.value("organization") == "サンプル商事 🍣"
    assert stored.value("role") is None  # empty fields are not stored
    assert {f.key: f.type for f in stored.fields}["email"] is FieldType.EMAIL


def test_edit_a_contact_shows_its_values_and_saves_the_change(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    original = add_record(
        qtbot,
        session,
        client_id,
        RecordKind.CONTACT,
        "田中さん",
        (Field("name", "田中 太郎"), Field("address", ADDRESS, FieldType.MULTILINE)),
    )
    editor = open_editor(qtbot, session, client_id, RecordKind.CONTACT, record=original)
    assert editor.windowTitle() == "Edit contact person"
    assert editor.title_edit.text() == "田中さん"
    assert editor.inputs["address"].text() == ADDRESS
    assert not editor.has_unsaved_changes()

    fill(qtbot, editor, phone=MOBILE)
    editor.inputs["name"].set_text("")
    save(qtbot, editor)

    stored = call(qtbot, session, lambda v: v.clients.get_record(original.id))
    assert stored.version == original.version + 1
    assert stored.value("phone") == "090-1234-5678"
    assert stored.value("name") is None
    assert stored.value("address") == ADDRESS


def test_add_and_edit_a_note(qtbot: QtBot, session: VaultSession, client_id: str) -> None:
    editor = open_editor(qtbot, session, client_id, RecordKind.NOTE)
    assert isinstance(editor.inputs["body"].editor, QPlainTextEdit)
    type_text(qtbot, editor.title_edit, "打ち合わせメモ")
    fill(qtbot, editor, body="次回は４月１日（火）。\n見積もり ¥12,000 📎")
    record_id = save(qtbot, editor)

    note = call(qtbot, session, lambda v: v.clients.get_record(record_id))
    assert note.value("body") == "次回は４月１日（火）。\n見積もり ¥12,000 📎"

    editor = open_editor(qtbot, session, client_id, RecordKind.NOTE, record=note)
    body = editor.inputs["body"].editor
    assert isinstance(body, QPlainTextEdit)
    body.moveCursor(body.textCursor().MoveOperation.End)
    type_text(qtbot, body, "\n追記")
    save(qtbot, editor)
    assert call(qtbot, session, lambda v: v.clients.get_record(record_id)).value("body") == (
        "次回は４月１日（火）。\n見積もり ¥12,000 📎\n追記"
    )


def test_add_and_edit_a_credential_with_the_password_hidden(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    editor = open_editor(qtbot, session, client_id, RecordKind.CREDENTIAL)
    password = editor.inputs["password"].editor
    assert isinstance(password, SecretField)
    type_text(qtbot, editor.title_edit, "会計ソフト")
    fill(qtbot, editor, username="tanaka", password="hunter2-パス🔑", url="https://example.jp")
    assert password.line_edit.echoMode() == QLineEdit.EchoMode.Password
    assert "hunter2" not in password.line_edit.displayText()
    qtbot.mouseClick(password.show_button, Qt.MouseButton.LeftButton)
    assert password.line_edit.displayText() == "hunter2-パス🔑"
    record_id = save(qtbot, editor)

    stored = call(qtbot, session, lambda v: v.clients.get_record(record_id))
    assert stored.value("password") == "hunter2-パス🔑"
    assert {f.key: f.type for f in stored.fields}["password"] is FieldType.SECRET

    editor = open_editor(qtbot, session, client_id, RecordKind.CREDENTIAL, record=stored)
    password = editor.inputs["password"].editor
    assert isinstance(password, SecretField)
    assert password.line_edit.echoMode() == QLineEdit.EchoMode.Password  # hidden on reopen
    password.setText("")
    type_text(qtbot, password.line_edit, "new-pass")
    save(qtbot, editor)
    assert call(qtbot, session, lambda v: v.clients.get_record(record_id)).value("password") == (
        "new-pass"
    )


def test_copy_buttons_pass_each_value_to_the_injected_copy(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    copied: list[str] = []
    editor = open_editor(qtbot, session, client_id, RecordKind.CREDENTIAL, copied=copied)
    fill(qtbot, editor, username="田中@example.jp", password="s3cret")
    username_copy = editor.inputs["username"].copy_button
    assert username_copy is not None
    assert username_copy.accessibleName() == "Copy User name"
    qtbot.mouseClick(username_copy, Qt.MouseButton.LeftButton)
    password = editor.inputs["password"].editor
    assert isinstance(password, SecretField)
    qtbot.mouseClick(password.copy_button, Qt.MouseButton.LeftButton)
    assert copied == ["田中@example.jp", "s3cret"]
    assert password.line_edit.echoMode() == QLineEdit.EchoMode.Password  # copying reveals nothing


def test_a_generic_record_with_custom_fields_of_each_type(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    editor = open_editor(qtbot, session, client_id, RecordKind.RECORD)
    assert editor.windowTitle() == "New record"
    type_text(qtbot, editor.title_edit, "業務委託契約")
    for name, field_type, value in [
        ("契約開始日", FieldType.DATE, "２０２５年４月１日"),
        ("月額", FieldType.NUMBER, "１２，５００"),
        ("担当者メール", FieldType.EMAIL, "ｔａｎａｋａ@example.jp"),
        ("管理画面パスワード", FieldType.SECRET, "pw-🔒"),
        ("備考", FieldType.MULTILINE, "自動更新\nあり"),
    ]:
        qtbot.mouseClick(editor.add_field_button, Qt.MouseButton.LeftButton)
        row = editor.custom_rows[-1]
        assert editor.focusWidget() is row.name_edit
        type_text(qtbot, row.name_edit, name)
        row.type_combo.setCurrentIndex(row.type_combo.findData(field_type.value))
        type_text(qtbot, editor_widget(row.value), value)
    secret_row = editor.custom_rows[3]
    assert isinstance(secret_row.value.editor, SecretField)
    assert secret_row.value.editor.line_edit.echoMode() == QLineEdit.EchoMode.Password

    record_id = save(qtbot, editor)

    stored = call(qtbot, session, lambda v: v.clients.get_record(record_id))
    assert [(f.key, f.type, f.value) for f in stored.fields] == [
        ("契約開始日", FieldType.DATE, "2025-04-01"),
        ("月額", FieldType.NUMBER, "12500"),
        ("担当者メール", FieldType.EMAIL, "tanaka@example.jp"),
        ("管理画面パスワード", FieldType.SECRET, "pw-🔒"),
        ("備考", FieldType.MULTILINE, "自動更新\nあり"),
    ]


def test_removing_a_custom_field_and_changing_a_type_keeps_the_typed_value(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    original = add_record(
        qtbot,
        session,
        client_id,
        RecordKind.RECORD,
        "契約",
        (Field("番号", "A-1"), Field("期限", "2025-04-01", FieldType.DATE)),
    )
    editor = open_editor(qtbot, session, client_id, RecordKind.RECORD, record=original)
    first, second = editor.custom_rows
    assert (first.name_edit.text(), first.value.text()) == ("番号", "A-1")
    assert second.field_type() is FieldType.DATE

    qtbot.mouseClick(first.remove_button, Qt.MouseButton.LeftButton)
    second.type_combo.setCurrentIndex(second.type_combo.findData(FieldType.MULTILINE.value))
    assert isinstance(second.value.editor, QPlainTextEdit)
    assert second.value.text() == "2025-04-01"
    assert editor.has_unsaved_changes()
    save(qtbot, editor)

    stored = call(qtbot, session, lambda v: v.clients.get_record(original.id))
    assert stored.fields == (Field("期限", "2025-04-01", FieldType.MULTILINE),)


def test_a_contact_keeps_extra_fields_it_already_carries(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    original = add_record(
        qtbot,
        session,
        client_id,
        RecordKind.CONTACT,
        "山田さん",
        (Field("name", "山田"), Field("LINE ID", "yamada_01")),
    )
    editor = open_editor(qtbot, session, client_id, RecordKind.CONTACT, record=original)
    assert editor.custom_box.isVisible()
    assert not editor.add_field_button.isVisible()  # only generic records grow new fields
    fill(qtbot, editor, role="経理")
    save(qtbot, editor)
    stored = call(qtbot, session, lambda v: v.clients.get_record(original.id))
    assert stored.value("LINE ID") == "yamada_01"
    assert stored.value("role") == "経理"


def test_sensitivity_levels_explain_themselves(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    editor = open_editor(qtbot, session, client_id, RecordKind.NOTE)
    combo = editor.sensitivity_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == ["Normal", "Personal", "Special-care"]
    combo.setCurrentIndex(2)
    assert "consent" in combo.toolTip()
    combo.setCurrentIndex(0)
    assert "consent" not in combo.toolTip()


# -- validation -------------------------------------------------------------------------------


def test_an_invalid_email_is_shown_inline_and_nothing_is_saved(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    editor = open_editor(qtbot, session, client_id, RecordKind.CONTACT)
    type_text(qtbot, editor.title_edit, "田中さん")
    fill(qtbot, editor, name="田中", email="tanaka at example")

    error = save_fails(qtbot, editor)

    assert "e-mail" in error
    assert "tanaka at example" not in error
    assert editor.focusWidget() is editor.inputs["email"].editor
    assert records(qtbot, session, client_id) == []

    editor.inputs["email"].set_text("tanaka@example.jp")
    assert editor.error_text() == ""  # the message goes once the user fixes things
    save(qtbot, editor)
    assert len(records(qtbot, session, client_id)) == 1


def test_an_impossible_date_and_a_missing_title_are_refused(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    editor = open_editor(qtbot, session, client_id, RecordKind.RECORD)
    row = editor.add_custom_field()
    type_text(qtbot, row.name_edit, "期限")
    row.type_combo.setCurrentIndex(row.type_combo.findData(FieldType.DATE.value))
    type_text(qtbot, editor_widget(row.value), "２０２５年２月３０日")

    assert "title" in save_fails(qtbot, editor).lower()
    assert editor.focusWidget() is editor.title_edit

    type_text(qtbot, editor.title_edit, "契約")
    assert "date" in save_fails(qtbot, editor)
    assert editor.focusWidget() is row.value.editor
    assert records(qtbot, session, client_id) == []


def test_ctrl_s_saves(qtbot: QtBot, session: VaultSession, client_id: str) -> None:
    editor = open_editor(qtbot, session, client_id, RecordKind.NOTE)
    with qtbot.waitActive(editor):
        editor.activateWindow()
    type_text(qtbot, editor.title_edit, "メモ")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.keyClick(editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [r.title for r in records(qtbot, session, client_id)] == ["メモ"]


# -- conflicts --------------------------------------------------------------------------------


def _changed_elsewhere(qtbot: QtBot, session: VaultSession, record: Record) -> None:
    changed = Record(
        record.id, record.client_id, record.kind, "他の窓で変更", record.fields, version=1
    )
    call(qtbot, session, lambda v: v.clients.update_record(changed))


def test_a_version_conflict_is_explained_and_keeps_the_other_change_on_no(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    original = add_record(qtbot, session, client_id, RecordKind.NOTE, "元のメモ", ())
    prompts = ScriptedPrompts([False])
    editor = open_editor(
        qtbot, session, client_id, RecordKind.NOTE, record=original, prompts=prompts
    )
    _changed_elsewhere(qtbot, session, original)
    fill(qtbot, editor, body="私の変更")

    error = save_fails(qtbot, editor)

    assert prompts.asked and "changed in another window" in prompts.asked[0][1]
    assert "Not saved" in error
    stored = call(qtbot, session, lambda v: v.clients.get_record(original.id))
    assert (stored.title, stored.value("body")) == ("他の窓で変更", None)
    assert editor.has_unsaved_changes()


def test_a_version_conflict_can_be_resolved_by_replacing(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    original = add_record(qtbot, session, client_id, RecordKind.NOTE, "元のメモ", ())
    prompts = ScriptedPrompts([True])
    editor = open_editor(
        qtbot, session, client_id, RecordKind.NOTE, record=original, prompts=prompts
    )
    _changed_elsewhere(qtbot, session, original)
    fill(qtbot, editor, body="私の変更")

    save(qtbot, editor)

    assert len(prompts.asked) == 1
    stored = call(qtbot, session, lambda v: v.clients.get_record(original.id))
    assert (stored.title, stored.value("body"), stored.version) == ("元のメモ", "私の変更", 3)


# -- deleting ---------------------------------------------------------------------------------


def test_delete_asks_first_and_keeps_the_record_on_no(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    original = add_record(qtbot, session, client_id, RecordKind.NOTE, "消さないメモ", ())
    prompts = ScriptedPrompts([False])
    editor = open_editor(
        qtbot, session, client_id, RecordKind.NOTE, record=original, prompts=prompts
    )
    assert editor.delete_button is not None
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert prompts.asked == [("confirm", "Delete “消さないメモ” for good? This cannot be undone.")]
    assert editor.isVisible()
    assert [r.id for r in records(qtbot, session, client_id)] == [original.id]


def test_delete_on_yes_removes_the_record_and_closes(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    original = add_record(qtbot, session, client_id, RecordKind.NOTE, "消すメモ", ())
    editor = open_editor(
        qtbot, session, client_id, RecordKind.NOTE, record=original, prompts=ScriptedPrompts([True])
    )
    assert editor.delete_button is not None
    with qtbot.waitSignal(editor.deleted, timeout=10_000) as blocker:
        qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [original.id]
    assert not editor.isVisible()
    assert records(qtbot, session, client_id) == []


# -- closing with unsaved changes -----------------------------------------------------------


def test_escape_with_unsaved_changes_asks_and_stays_open_on_no(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    prompts = ScriptedPrompts([False])
    editor = open_editor(qtbot, session, client_id, RecordKind.NOTE, prompts=prompts)
    type_text(qtbot, editor.title_edit, "書きかけ")

    qtbot.keyClick(editor, Qt.Key.Key_Escape)

    assert [kind for kind, _text in prompts.asked] == ["confirm"]
    assert editor.isVisible()
    assert editor.title_edit.text() == "書きかけ"


def test_escape_with_unsaved_changes_closes_on_yes_without_saving(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    editor = open_editor(
        qtbot, session, client_id, RecordKind.NOTE, prompts=ScriptedPrompts([True])
    )
    type_text(qtbot, editor.title_edit, "書きかけ")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert editor.result() == QDialog.DialogCode.Rejected
    assert records(qtbot, session, client_id) == []


def test_escape_without_changes_closes_without_asking(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    prompts = ScriptedPrompts()
    editor = open_editor(qtbot, session, client_id, RecordKind.CONTACT, prompts=prompts)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert prompts.asked == []
    assert not editor.isVisible()


# -- drafts -----------------------------------------------------------------------------------


def test_draft_keeps_half_typed_content_unvalidated_and_a_new_editor_restores_it(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    editor = open_editor(qtbot, session, client_id, RecordKind.RECORD)
    assert editor.draft() is None  # nothing typed, nothing to keep
    type_text(qtbot, editor.title_edit, "書きかけの契約")
    row = editor.add_custom_field()
    type_text(qtbot, row.name_edit, "開始日")
    row.type_combo.setCurrentIndex(row.type_combo.findData(FieldType.DATE.value))
    type_text(qtbot, editor_widget(row.value), "２０２５年１３")

    draft = editor.draft()

    assert draft is not None
    assert (draft.client_id, draft.record_id, draft.kind) == (client_id, None, RecordKind.RECORD)
    assert draft.title == "書きかけの契約"
    assert draft.fields == (Field("開始日", "２０２５年１３", FieldType.DATE),)
    editor.close_without_saving()
    assert not editor.isVisible()

    restored = open_editor(qtbot, session, client_id, RecordKind.RECORD, draft=draft)
    assert "Restored from an unsaved edit" in restored.banner.text()
    assert restored.banner.isVisible()
    assert restored.title_edit.text() == "書きかけの契約"
    (restored_row,) = restored.custom_rows
    assert restored_row.field() == Field("開始日", "２０２５年１３", FieldType.DATE)
    assert restored.has_unsaved_changes()


def test_a_draft_of_an_existing_record_restores_over_it(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    original = add_record(
        qtbot,
        session,
        client_id,
        RecordKind.CREDENTIAL,
        "会計ソフト",
        (Field("username", "tanaka"), Field("password", "old", FieldType.SECRET)),
    )
    editor = open_editor(qtbot, session, client_id, RecordKind.CREDENTIAL, record=original)
    fill(qtbot, editor, password="-新")
    draft = editor.draft()
    assert draft is not None
    assert (draft.record_id, draft.base_version) == (original.id, original.version)
    assert {f.key: f.value for f in draft.fields}["password"] == "old-新"
    editor.close_without_saving()

    restored = open_editor(
        qtbot, session, client_id, RecordKind.CREDENTIAL, record=original, draft=draft
    )
    assert restored.inputs["password"].text() == "old-新"
    assert restored.inputs["username"].text() == "tanaka"
    assert "changed elsewhere" not in restored.banner.text()


def test_saving_a_restored_draft_stores_the_record_and_settles_the_draft(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    half = Draft("", client_id, None, RecordKind.NOTE, "メモ", (), Sensitivity.NORMAL, 0)
    stored_draft = call(qtbot, session, lambda v: v.drafts.save(half))
    editor = open_editor(qtbot, session, client_id, RecordKind.NOTE, draft=stored_draft)
    fill(qtbot, editor, body="続き")

    save(qtbot, editor)

    assert [r.value("body") for r in records(qtbot, session, client_id)] == ["続き"]
    assert call(qtbot, session, lambda v: list(v.drafts.list())) == []


def test_a_draft_whose_record_changed_since_warns_and_saving_asks(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    original = add_record(qtbot, session, client_id, RecordKind.NOTE, "元のメモ", ())
    draft = Draft("", client_id, original.id, RecordKind.NOTE, "私の版", (), Sensitivity.NORMAL, 1)
    _changed_elsewhere(qtbot, session, original)
    current = call(qtbot, session, lambda v: v.clients.get_record(original.id))
    prompts = ScriptedPrompts([False])
    editor = open_editor(
        qtbot, session, client_id, RecordKind.NOTE, record=current, draft=draft, prompts=prompts
    )
    assert "changed elsewhere" in editor.banner.text()

    save_fails(qtbot, editor)

    assert len(prompts.asked) == 1
    assert call(qtbot, session, lambda v: v.clients.get_record(original.id)).title == (
        "他の窓で変更"
    )


def test_tab_visits_the_form_in_order(qtbot: QtBot, session: VaultSession, client_id: str) -> None:
    editor = open_editor(qtbot, session, client_id, RecordKind.RECORD)
    with qtbot.waitActive(editor):
        editor.activateWindow()
    row = editor.add_custom_field()  # added after the buttons exist, still visited before them
    editor.title_edit.setFocus()
    visited: list[QWidget | None] = []
    for _ in range(7):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [
        editor.sensitivity_combo,
        row.name_edit,
        row.type_combo,
        row.value.editor,
        row.value.copy_button,
        row.remove_button,
        editor.add_field_button,
    ]


def test_a_long_single_line_value_is_not_cut_when_the_record_is_edited(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    long_value = "長" * 40_000  # longer than QLineEdit's default limit of 32,767
    original = add_record(
        qtbot, session, client_id, RecordKind.CONTACT, "長い値", (Field("role", long_value),)
    )
    editor = open_editor(qtbot, session, client_id, RecordKind.CONTACT, record=original)
    assert not editor.has_unsaved_changes()
    type_text(qtbot, editor.title_edit, "!")
    save(qtbot, editor)
    assert call(qtbot, session, lambda v: v.clients.get_record(original.id)).value("role") == (
        long_value
    )


# -- special-care text ------------------------------------------------------------------

SPECIAL_CARE_NOTE = "面談。うつ病で通院中とのこと。"


def test_the_editor_offers_special_care_and_takes_it_in_one_click(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    editor = open_editor(qtbot, session, client_id, RecordKind.NOTE)
    type_text(qtbot, editor.title_edit, "面談メモ")
    assert not editor.special_care_hint.isVisible()
    type_text(qtbot, editor.inputs["body"].editor, SPECIAL_CARE_NOTE)
    assert editor.special_care_hint.isVisible()
    assert "うつ病" in editor.special_care_hint.label.text()
    editor.special_care_hint.button.click()
    assert editor.sensitivity_combo.currentData() == Sensitivity.SPECIAL_CARE.value
    assert not editor.special_care_hint.isVisible()
    save(qtbot, editor)
    (saved,) = records(qtbot, session, client_id)
    assert saved.sensitivity is Sensitivity.SPECIAL_CARE


def test_saving_below_special_care_anyway_is_audit_logged_without_the_term(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    editor = open_editor(qtbot, session, client_id, RecordKind.NOTE)
    type_text(qtbot, editor.title_edit, "面談メモ")
    type_text(qtbot, editor.inputs["body"].editor, SPECIAL_CARE_NOTE)
    record_id = save(qtbot, editor)
    entries = call(qtbot, session, lambda v: v.audit.entries())
    (declined,) = [e for e in entries if e.action == "record.special_care_declined"]
    details = json.dumps(declined.details, ensure_ascii=False)
    assert record_id in details and "normal" in details
    assert "うつ病" not in details
