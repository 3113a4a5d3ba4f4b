"""ColumnMapDialog on real attachments: headers read in memory, maps saved and read back."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from tests.ui.fakes import ScriptedPrompts
from tests.ui.vault_calls import call
from tests.vault.importing.files import csv_bytes, simple_xlsx, write_workbook
from ui.importing.column_map_dialog import ColumnMapDialog
from ui.vault_session import VaultSession
from vault.importing import datasets
from vault.session import Vault
from vault.storage.attachments import SPECIAL_CARE

HEADER = ["顧客番号", "氏名", "フリガナ", "メール", "電話", "持病", "住所"]
DATA = [HEADER, ["1", "山田 花子", "ヤマダ ハナコ", "hanako@example.jp", "090-1", "喘息", "大阪府"]]


def attach(qtbot: QtBot, session: VaultSession, name: str, data: bytes) -> str:
    """A dataset the client handed over, attached to a new client; returns its id."""

    def job(vault: Vault) -> str:
        client = vault.clients.add_client("山田商店")
        return vault.attachments.add(client.id, io.BytesIO(data), name).id

    return call(qtbot, session, job)


def saved_map(qtbot: QtBot, session: VaultSession, attachment_id: str) -> dict[str, str] | None:
    return call(qtbot, session, lambda v: v.attachments.columns(attachment_id))


def open_dialog(
    qtbot: QtBot,
    session: VaultSession,
    attachment_id: str,
    answers: list[bool | Path | None] | None = None,
) -> tuple[ColumnMapDialog, ScriptedPrompts]:
    prompts = ScriptedPrompts(answers)
    dialog = ColumnMapDialog(session, prompts, attachment_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=20_000)
    return dialog, prompts


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def texts(dialog: ColumnMapDialog) -> list[str]:
    return [combo.currentText() for combo in dialog.combos]


def save(qtbot: QtBot, dialog: ColumnMapDialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        click(qtbot, dialog.save_button)
    assert not dialog.isVisible()


@pytest.fixture
def sjis_dataset(qtbot: QtBot, gui_session: VaultSession) -> str:
    return attach(qtbot, gui_session, "顧客名簿.csv", csv_bytes(DATA, "cp932"))


def test_a_csv_dataset_is_mapped_from_its_headers_and_saved(
    qtbot: QtBot, gui_session: VaultSession, sjis_dataset: str
) -> None:
    dialog, _ = open_dialog(qtbot, gui_session, sjis_dataset)
    assert dialog.name_label.text() == "顧客名簿.csv"
    assert dialog.status_label.text() == "Suggested from the column headers; check each column."
    assert texts(dialog) == [
        "No personal data",
        "Name of a person",
        "Furigana (reading)",
        "E-mail address",
        "Phone number",
        "No personal data",  # nothing in a header says 持病 is special-care: the user does
        "Address",
    ]
    assert dialog.combos[5].accessibleName() == "What column 6 (持病) holds"
    dialog.combos[5].setCurrentText("Special-care data (health, beliefs, criminal record …)")
    save(qtbot, dialog)
    assert saved_map(qtbot, gui_session, sjis_dataset) == {
        "氏名": "name",
        "フリガナ": "furigana",
        "メール": "email",
        "電話": "phone",
        "持病": SPECIAL_CARE,
        "住所": "address",
    }


def test_a_saved_map_is_shown_again(
    qtbot: QtBot, gui_session: VaultSession, sjis_dataset: str
) -> None:
    call(
        qtbot,
        gui_session,
        lambda v: v.attachments.set_columns(sjis_dataset, {"顧客番号": "birth_date"}),
    )
    dialog, _ = open_dialog(qtbot, gui_session, sjis_dataset)
    assert dialog.status_label.text() == "What each column holds, as saved before."
    assert texts(dialog)[:2] == ["Date of birth", "No personal data"]


def test_a_map_with_nothing_personal_is_saved_as_reviewed(
    qtbot: QtBot, gui_session: VaultSession, sjis_dataset: str
) -> None:
    dialog, _ = open_dialog(qtbot, gui_session, sjis_dataset)
    for combo in dialog.combos:
        combo.setCurrentText("No personal data")
    save(qtbot, dialog)
    assert saved_map(qtbot, gui_session, sjis_dataset) == {}


@pytest.mark.parametrize("answer", [False, True])
def test_taking_the_special_care_mark_off_is_asked_first(
    qtbot: QtBot, gui_session: VaultSession, sjis_dataset: str, answer: bool
) -> None:
    call(
        qtbot,
        gui_session,
        lambda v: v.attachments.set_columns(sjis_dataset, {"持病": SPECIAL_CARE}),
    )
    dialog, prompts = open_dialog(qtbot, gui_session, sjis_dataset, answers=[answer])
    dialog.combos[5].setCurrentText("No personal data")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=20_000)
    ((kind, question),) = prompts.asked
    assert kind == "confirm"
    assert "no longer always remove them" in question
    expected = {} if answer else {"持病": SPECIAL_CARE}
    assert saved_map(qtbot, gui_session, sjis_dataset) == expected
    assert dialog.isVisible() is not answer


def test_a_workbook_dataset_is_read_in_memory(
    qtbot: QtBot, gui_session: VaultSession, tmp_path: Path
) -> None:
    book = write_workbook(tmp_path / "list.xlsx", {"名簿": DATA})
    attachment_id = attach(qtbot, gui_session, "名簿.xlsx", book.read_bytes())
    book.unlink()
    dialog, _ = open_dialog(qtbot, gui_session, attachment_id)
    assert len(dialog.combos) == len(HEADER)
    assert texts(dialog)[3] == "E-mail address"


def test_a_header_past_the_first_chunk_is_read(
    qtbot: QtBot,
    gui_session: VaultSession,
) -> None:
    """Blank lines before the header span several chunks (1 MiB each) of the blob."""
    data = b"\r\n" * (600 * 1024) + csv_bytes(DATA)
    attachment_id = attach(qtbot, gui_session, "padded.csv", data)
    dialog, _ = open_dialog(qtbot, gui_session, attachment_id)
    assert len(dialog.combos) == len(HEADER)


def test_columns_the_map_cannot_name_are_disabled(qtbot: QtBot, gui_session: VaultSession) -> None:
    data = csv_bytes([["メール", "", "メール", "電話"], ["a@example.jp", "x", "b@example.jp", "1"]])
    attachment_id = attach(qtbot, gui_session, "twice.csv", data)
    dialog, _ = open_dialog(qtbot, gui_session, attachment_id)
    assert [combo.isEnabled() for combo in dialog.combos] == [True, False, False, True]
    save(qtbot, dialog)
    assert saved_map(qtbot, gui_session, attachment_id) == {"メール": "email", "電話": "phone"}


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "macro.xlsx",
            simple_xlsx(["氏名"], extra={"xl/vbaProject.bin": bytes(64)}),
            "The workbook contains macros; save it as .xlsx (without macros) and import that.",
        ),
        (
            "nul.csv",
            b"name\x00,email\r\n",
            "Row 1 contains a NUL byte; this is not a text CSV file.",
        ),
        ("empty.csv", b"", "The file has no header row: it is empty."),
        ("scan.pdf", b"%PDF-1.7", "Only CSV files and Excel workbooks can have a column map."),
    ],
)
def test_a_file_without_a_readable_header_is_refused(
    qtbot: QtBot, gui_session: VaultSession, name: str, data: bytes, message: str
) -> None:
    attachment_id = attach(qtbot, gui_session, name, data)
    dialog, _ = open_dialog(qtbot, gui_session, attachment_id)
    assert dialog.error_label.text() == message
    assert not dialog.save_button.isEnabled()
    assert dialog.combos == []
    assert saved_map(qtbot, gui_session, attachment_id) is None


def test_a_large_workbook_is_not_decrypted_into_memory(
    qtbot: QtBot, gui_session: VaultSession, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    book = write_workbook(tmp_path / "list.xlsx", {"名簿": DATA})
    monkeypatch.setattr(datasets, "WORKBOOK_LIMIT", book.stat().st_size - 1)
    attachment_id = attach(qtbot, gui_session, "big.xlsx", book.read_bytes())
    dialog, _ = open_dialog(qtbot, gui_session, attachment_id)
    assert dialog.error_label.text().startswith("This workbook is too large")


def test_a_lock_closes_the_dialog_and_drops_the_headers(
    qtbot: QtBot, gui_session: VaultSession, sjis_dataset: str
) -> None:
    dialog, _ = open_dialog(qtbot, gui_session, sjis_dataset)
    gui_session.lock()
    assert not dialog.isVisible()
    assert dialog.combos == []
    assert dialog.name_label.text() == ""
