"""RedactedExportDialog against a real vault: highlighted preview, operators, terms, the gate."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QAbstractButton, QDialog, QTextEdit
from pytestqt.qtbot import QtBot

from tests.ui.fakes import ScriptedPrompts, type_text
from tests.ui.sharing.conftest import CONTACT, NAME, PHONE, Seeded
from tests.ui.vault_calls import call
from ui.sharing.models import RecordChoiceModel
from ui.sharing.redacted_dialog import (
    FOUND_COLOR,
    REPLACED_COLOR,
    RedactedExportDialog,
    allowed_operators,
)
from ui.vault_session import VaultSession
from vault.domain.model import Field, RecordKind
from vault.redaction.detectors import Kind
from vault.redaction.export import REPORT_PDF, RedactionPreview
from vault.redaction.operators import GENERALISABLE, Operator
from vault.session import Vault

MASKED_PHONE = "***-****-****"


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def open_dialog(
    qtbot: QtBot, session: VaultSession, client_id: str, prompts: ScriptedPrompts | None = None
) -> RedactedExportDialog:
    dialog = RedactedExportDialog(session, prompts or ScriptedPrompts(), client_id, NAME)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_for_preview(qtbot, dialog)
    return dialog


def wait_for_preview(qtbot: QtBot, dialog: RedactedExportDialog) -> RedactionPreview:
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    assert dialog.preview is not None
    return dialog.preview


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def highlighted(edit: QTextEdit) -> list[tuple[str, str, QColor]]:
    """(text, tooltip, background colour) of every highlighted stretch, in order."""
    found = []
    block = edit.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = fragment.charFormat()
            if fmt.background().style() != Qt.BrushStyle.NoBrush:
                found.append((fragment.text(), fmt.toolTip(), fmt.background().color()))
            fragments += 1
        block = block.next()
    return found


def format_at(edit: QTextEdit, text: str) -> tuple[str, QColor, Qt.BrushStyle]:
    """The tooltip and background of the first character of `text` in the edit."""
    position = edit.toPlainText().index(text)
    cursor = QTextCursor(edit.document())
    cursor.setPosition(position + 1)  # the format of the character before the cursor
    fmt = cursor.charFormat()
    return fmt.toolTip(), fmt.background().color(), fmt.background().style()


def test_every_replacement_is_highlighted_on_both_sides(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog = open_dialog(qtbot, gui_session, seeded.client)
    preview = wait_for_preview(qtbot, dialog)
    redacted, original = dialog.redacted_edit, dialog.original_edit
    assert MASKED_PHONE in redacted.toPlainText()
    assert PHONE not in redacted.toPlainText()
    assert PHONE in original.toPlainText()
    assert redacted.isReadOnly() and original.isReadOnly()
    for edit in (redacted, original):  # field keys in the user's words, not raw keys
        assert "    E-mail: " in edit.toPlainText()
        assert "    email: " not in edit.toPlainText()

    tooltip, color, _ = format_at(redacted, MASKED_PHONE)
    assert (tooltip, color) == ("Phone number: Mask (***)", REPLACED_COLOR)
    tooltip, color, _ = format_at(original, PHONE)
    assert (tooltip, color) == ("Phone number: replaced in the bundle", FOUND_COLOR)
    _, _, style = format_at(redacted, "Client: ")
    assert style == Qt.BrushStyle.NoBrush  # unchanged text is not highlighted

    replacements = [r for text in preview.texts() for r in text.replacements]
    assert len(replacements) >= 3
    marked = highlighted(redacted)
    assert "".join(text for text, _, _ in marked) == "".join(r.replacement for r in replacements)
    originals = [t.original[r.start : r.end] for t in preview.texts() for r in t.replacements]
    assert "".join(text for text, _, _ in highlighted(original)) == "".join(originals)
    for _, tip, _ in marked:  # the kind and the operator, never the value
        assert tip and not any(value in tip for value in originals)


def test_the_counts_and_what_is_always_left_out(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog = open_dialog(qtbot, gui_session, seeded.client)
    assert dialog.status_label.text() == "Records in the bundle: 3"  # not the special-care one
    assert dialog.left_out_label.text() == (
        "Always left out: special-care records 1, special-care fields 0, secret fields 1."
    )
    assert dialog.counts_label.text().startswith("Replaced: ")
    assert "Phone number 2" in dialog.counts_label.text()  # the field and the note
    assert "健康診断" not in dialog.redacted_edit.toPlainText()
    assert "s3cret-pa55" not in dialog.redacted_edit.toPlainText()


def test_the_operators_offered_come_from_the_core(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog = open_dialog(qtbot, gui_session, seeded.client)
    assert set(dialog.operator_combos) == set(Kind)
    for kind, combo in dialog.operator_combos.items():
        offered = [combo.itemData(i) for i in range(combo.count())]
        assert offered == allowed_operators(kind)
        assert (Operator.GENERALISE in offered) == (kind in GENERALISABLE)
    assert dialog.operators()[Kind.PHONE] is Operator.MASK


def test_changing_an_operator_changes_the_output(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog = open_dialog(qtbot, gui_session, seeded.client)
    combo = dialog.operator_combos[Kind.PHONE]
    combo.setCurrentIndex(combo.findData(Operator.REMOVE))
    assert not dialog.export_button.isEnabled()  # the preview on screen is out of date
    qtbot.waitUntil(lambda: "[電話番号]" in dialog.redacted_edit.toPlainText(), timeout=20_000)
    wait_for_preview(qtbot, dialog)
    assert MASKED_PHONE not in dialog.redacted_edit.toPlainText()
    tooltip, color, _ = format_at(dialog.redacted_edit, "[電話番号]")
    assert (tooltip, color) == ("Phone number: Remove (a label instead)", REPLACED_COLOR)
    assert dialog.export_button.isEnabled()


def test_an_added_term_typed_in_japanese_is_redacted(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog = open_dialog(qtbot, gui_session, seeded.client)
    assert "見積もり" in dialog.redacted_edit.toPlainText()
    type_text(qtbot, dialog.terms_box.edit, "見")
    qtbot.keyClick(dialog.terms_box.edit, Qt.Key.Key_Return)
    assert dialog.terms_box.error_label.text() == "A term to redact needs at least two characters."
    assert dialog.terms_box.model.stringList() == []
    dialog.terms_box.edit.clear()
    type_text(qtbot, dialog.terms_box.edit, "見積もり\n")
    assert dialog.terms_box.model.stringList() == ["見積もり"]
    assert dialog.terms_box.edit.text() == ""
    assert dialog.terms_box.error_label.isHidden()
    qtbot.waitUntil(lambda: "見積もり" not in dialog.redacted_edit.toPlainText(), timeout=20_000)
    assert "[伏せ字]" in dialog.redacted_edit.toPlainText()
    tooltip, _, _ = format_at(dialog.redacted_edit, "[伏せ字]")
    assert tooltip == "Term you added: Remove (a label instead)"

    type_text(qtbot, dialog.terms_box.edit, "見積もり\n")  # the same term again: kept once
    assert dialog.terms_box.model.stringList() == ["見積もり"]
    dialog.terms_box.view.setCurrentIndex(dialog.terms_box.model.index(0))
    click(qtbot, dialog.terms_box.remove_button)
    assert dialog.terms_box.model.stringList() == []
    qtbot.waitUntil(lambda: "見積もり" in dialog.redacted_edit.toPlainText(), timeout=20_000)


def test_only_the_checked_records_go_in(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog = open_dialog(qtbot, gui_session, seeded.client)
    assert not dialog.table.isEnabled()  # "all records" is the default
    click(qtbot, dialog.chosen_radio)
    assert dialog.table.isEnabled()
    model = dialog.records
    for row in range(model.rowCount()):
        index = model.index(row, RecordChoiceModel.Column.TITLE)
        if index.data(RecordChoiceModel.Role.RecordIdRole) != seeded.note:
            model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(
        lambda: dialog.status_label.text() == "Records in the bundle: 1", timeout=20_000
    )
    assert "打ち合わせ" in dialog.redacted_edit.toPlainText()
    assert "レンタルサーバー" not in dialog.redacted_edit.toPlainText()
    assert dialog.left_out_label.text().startswith("Always left out: special-care records 0,")
    for row in range(model.rowCount()):
        model.setData(model.index(row, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert not dialog.export_button.isEnabled()  # nothing chosen, nothing to export


def test_export_writes_a_folder_that_passed_the_gate(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, out: Path
) -> None:
    prompts = ScriptedPrompts([out / "匿名化"])
    dialog = open_dialog(qtbot, gui_session, seeded.client, prompts)
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as done:
        click(qtbot, dialog.export_button)
        assert dialog.is_busy
        assert not dialog.close_button.isEnabled()
    assert done.args == [seeded.client]
    folder = out / "匿名化"
    assert folder.is_dir()
    assert (folder / REPORT_PDF).is_file()
    csv = (folder / "data" / "records.csv").read_text(encoding="utf-8-sig")
    assert PHONE not in csv and CONTACT not in csv
    assert str(folder) in dialog.result_label.text()
    assert dialog.error_label.isHidden()
    actions = call(qtbot, gui_session, lambda v: [e.action for e in v.audit.entries()])
    assert actions[-1] == "export.redacted"


def test_export_as_zip_adds_the_suffix(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, out: Path
) -> None:
    prompts = ScriptedPrompts([out / "for-case-study"])
    dialog = open_dialog(qtbot, gui_session, seeded.client, prompts)
    click(qtbot, dialog.zip_radio)
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        click(qtbot, dialog.export_button)
    assert [p.name for p in out.iterdir()] == ["for-case-study.zip"]


def test_a_leak_gate_refusal_is_shown_and_nothing_is_written(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded, out: Path
) -> None:
    prompts = ScriptedPrompts([out / "bundle"])
    dialog = open_dialog(qtbot, gui_session, seeded.client, prompts)

    def new_person(vault: Vault) -> None:  # after the preview: only the gate knows him
        vault.clients.add_record(
            seeded.other, RecordKind.CONTACT, "担当", [Field("name", "見積 太郎")]
        )

    call(qtbot, gui_session, new_person)
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=30_000)
    assert dialog.error_text() == (
        "The export was refused: personal data (name) was found in report.pdf; nothing was written."
    )
    assert "見積" not in dialog.error_text()
    assert list(out.iterdir()) == []
    assert not dialog.is_busy
    assert dialog.isVisible()


def test_a_lock_closes_the_dialog_and_clears_everything(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog = open_dialog(qtbot, gui_session, seeded.client)
    type_text(qtbot, dialog.terms_box.edit, "見積もり\n")
    gui_session.lock()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.preview is None
    assert dialog.original_edit.toPlainText() == ""
    assert dialog.redacted_edit.toPlainText() == ""
    assert dialog.records.rowCount() == 0
    assert dialog.terms_box.model.stringList() == []
    shown = [dialog.intro_label.text(), dialog.counts_label.text(), dialog.status_label.text()]
    assert not any(NAME in text for text in shown)


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog = open_dialog(qtbot, gui_session, seeded.client)
    controls = [
        dialog.all_radio,
        dialog.chosen_radio,
        dialog.table,
        *dialog.operator_combos.values(),
        dialog.terms_box.edit,
        dialog.terms_box.add_button,
        dialog.terms_box.view,
        dialog.terms_box.remove_button,
        dialog.folder_radio,
        dialog.zip_radio,
        dialog.review_check,
        dialog.original_edit,
        dialog.redacted_edit,
        dialog.progress,
        dialog.export_button,
        dialog.close_button,
    ]
    assert all(control.accessibleName() for control in controls)
