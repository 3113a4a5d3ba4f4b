"""ImportWizard against a real vault and real files: mapping, dry run, import, cancel, refusals."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from tests.ui.fakes import ScriptedPrompts
from tests.ui.vault_calls import call
from tests.vault.importing.files import (
    HEADER,
    ROWS,
    csv_bytes,
    simple_xlsx,
    write_csv,
    write_workbook,
)
from ui.importing.import_wizard import ImportWizard, Page
from ui.importing.models import ImportPreviewModel, Status
from ui.vault_session import VaultSession
from vault.importing import importer, readers
from vault.importing.importer import SOURCE_DELETED, ImportResult, import_clients
from vault.importing.mapping import ColumnMap
from vault.session import Vault
from vault.storage.client_store import CheckedClient, ClientStore, NewClient

Column = ImportPreviewModel.Column
PreviewRole = ImportPreviewModel.Role

# 会社名, 氏名, メール, 電話 …: what a freelancer's own Excel list is headed with.
JAPANESE_HEADER = [
    "会社名",
    "氏名",
    "ふりがな",
    "メール",
    "電話",
    "郵便番号",
    "住所",
    "備考",
    "FAX",
]
JAPANESE_ROWS = [
    [
        "株式会社髙橋デザイン",
        "髙橋 一郎",
        "たかはし いちろう",
        "ichiro@takahashi.example.jp",
        "03-1234-5678",
        "150-0041",
        "東京都渋谷区神南1-1",
        "紹介",
        "03-1234-5679",
    ],
    ["山田商店", "山田 花子", "", "hanako@yamada.example.jp", "090-8765-4321", "", "", "", ""],
]


class Chooser:
    """Answers the file chooser: the files to give, in order (None: cancelled)."""

    def __init__(self, *answers: Path | None) -> None:
        self.answers = list(answers)

    def __call__(self, parent: object) -> Path | None:
        return self.answers.pop(0)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def settle(qtbot: QtBot, wizard: ImportWizard) -> None:
    """Wait until nothing runs: the file read, the dry run checked, or the import done."""
    qtbot.waitUntil(lambda: not wizard.is_busy and not wizard.is_checking, timeout=20_000)


def open_wizard(
    qtbot: QtBot,
    session: VaultSession,
    path: Path,
    answers: list[bool | Path | None] | None = None,
) -> tuple[ImportWizard, ScriptedPrompts]:
    """The wizard with `path` chosen and checked, still on page 1."""
    prompts = ScriptedPrompts(answers)
    wizard = ImportWizard(session, prompts, None, choose_file=Chooser(path))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    click(qtbot, wizard.choose_page.choose_button)
    settle(qtbot, wizard)
    return wizard, prompts


def to_summary(qtbot: QtBot, wizard: ImportWizard) -> None:
    click(qtbot, wizard.next_button)
    assert wizard.pages.currentIndex() == Page.MAPPING
    click(qtbot, wizard.next_button)
    assert wizard.pages.currentIndex() == Page.SUMMARY


def import_all(qtbot: QtBot, wizard: ImportWizard) -> None:
    to_summary(qtbot, wizard)
    click(qtbot, wizard.import_button)
    settle(qtbot, wizard)
    assert wizard.page is Page.RESULT


def combo_texts(wizard: ImportWizard) -> list[str]:
    return [combo.currentText() for combo in wizard.combos]


def column(wizard: ImportWizard, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    model = wizard.model
    return [model.index(row, col).data(role) for row in range(model.rowCount())]


def client_names(qtbot: QtBot, session: VaultSession) -> list[str]:
    return call(qtbot, session, lambda v: sorted(c.name for c in v.clients.list_clients()))


def actions(qtbot: QtBot, session: VaultSession) -> list[str]:
    return call(qtbot, session, lambda v: [e.action for e in v.audit.entries()])


@pytest.fixture
def bom_list(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "顧客リスト.csv", [JAPANESE_HEADER, *JAPANESE_ROWS], "utf-8-sig")


@pytest.fixture
def sjis_list(tmp_path: Path) -> Path:
    """Shift_JIS as Japanese Excel saves it, with a duplicate, a problem and a formula."""
    rows = [
        HEADER,
        *ROWS,
        ROWS[0],  # the same client again: a duplicate of row 2
        ["壊れた会社", "", "", "not-an-e-mail", "", "", "", ""],  # a problem
        ["数式商会", "", "", "", "", "", "", "=SUM(A1:A2)"],  # a formula, kept as text
    ]
    return write_csv(tmp_path / "顧客一覧.csv", rows, "cp932")


def test_the_mapping_is_prefilled_from_japanese_headers(
    qtbot: QtBot, gui_session: VaultSession, bom_list: Path
) -> None:
    wizard, _ = open_wizard(qtbot, gui_session, bom_list)
    assert wizard.choose_page.file_info_label.text() == "CSV file, UTF-8 (BOM); 9 columns."
    assert wizard.next_button.isEnabled()
    click(qtbot, wizard.next_button)
    assert combo_texts(wizard) == [
        "Client name",
        "Contact name",
        "Furigana",
        "E-mail",
        "Phone",
        "Postal code",
        "Address",
        "Notes",
        "Ignore",  # a fax number is not a phone to call
    ]
    assert wizard.combos[1].accessibleName() == "What column 2 (氏名) holds"
    assert column(wizard, Column.ROW) == [2, 3]
    assert column(wizard, Column.CLIENT_NAME) == ["株式会社髙橋デザイン", "山田商店"]
    assert column(wizard, Column.PHONE) == ["03-1234-5678", "090-8765-4321"]
    assert column(wizard, Column.STATUS) == ["Will be added", "Will be added"]
    assert wizard.mapping_page.check_label.text() == "Checked 2 rows: 2 to add, 0 skipped."


def test_a_list_of_people_maps_the_name_to_client_and_contact(
    qtbot: QtBot, gui_session: VaultSession, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "名簿.csv", [["氏名", "メール"], ["佐藤 健", "ken@example.jp"]])
    wizard, _ = open_wizard(qtbot, gui_session, path)
    assert combo_texts(wizard) == ["Client name and contact name", "E-mail"]
    assert column(wizard, Column.CLIENT_NAME) == ["佐藤 健"]
    assert column(wizard, Column.CONTACT_NAME) == ["佐藤 健"]


def test_changing_a_combo_changes_the_preview(
    qtbot: QtBot, gui_session: VaultSession, bom_list: Path
) -> None:
    wizard, _ = open_wizard(qtbot, gui_session, bom_list)
    click(qtbot, wizard.next_button)
    wizard.combos[1].setCurrentText("Ignore")  # 氏名
    wizard.combos[8].setCurrentText("Phone")  # FAX
    assert not wizard.next_button.isEnabled()  # until the dry run of this mapping is back
    settle(qtbot, wizard)
    assert column(wizard, Column.CONTACT_NAME) == ["", ""]
    assert column(wizard, Column.PHONE) == ["03-1234-5678 03-1234-5679", "090-8765-4321"]
    assert wizard.next_button.isEnabled()


def test_a_row_with_a_problem_is_marked_with_the_cores_message(
    qtbot: QtBot, gui_session: VaultSession, bom_list: Path
) -> None:
    wizard, _ = open_wizard(qtbot, gui_session, bom_list)
    click(qtbot, wizard.next_button)
    wizard.combos[0].setCurrentText("E-mail")  # 会社名 is no e-mail address
    wizard.combos[2].setCurrentText("Client name")  # ふりがな, empty in row 3
    settle(qtbot, wizard)
    dry = call(
        qtbot,
        gui_session,
        lambda v: import_clients(v, bom_list, _map(wizard), dry_run=True),
    )
    assert [p.row for p in dry.problem_list] == [2, 3]
    statuses = column(wizard, Column.STATUS, PreviewRole.StatusRole)
    assert statuses == [Status.INCOMPLETE, Status.PROBLEM]  # added without the bad e-mail
    status = wizard.model.index(0, Column.STATUS)
    assert status.data(Qt.ItemDataRole.DecorationRole) is not None
    tooltip = status.data(Qt.ItemDataRole.ToolTipRole)
    assert f"Row 2, E-mail: {dry.problem_list[0].error}" in tooltip
    email = wizard.model.index(0, Column.EMAIL)
    assert email.data(PreviewRole.ProblemRole) == str(dry.problem_list[0].error)
    assert email.data(Qt.ItemDataRole.DecorationRole) is not None
    assert wizard.model.index(1, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole) == (
        "Row 3, Client name: The client name is empty."
    )


def _map(wizard: ImportWizard) -> ColumnMap:
    columns = wizard.column_map()
    assert columns is not None
    return columns


def test_without_a_client_name_column_there_is_no_next(
    qtbot: QtBot, gui_session: VaultSession, bom_list: Path
) -> None:
    wizard, _ = open_wizard(qtbot, gui_session, bom_list)
    click(qtbot, wizard.next_button)
    wizard.combos[0].setCurrentText("Ignore")
    settle(qtbot, wizard)
    assert (
        wizard.mapping_page.mapping_hint_label.text()
        == "Choose the column that holds the client name."
    )
    assert wizard.model.rowCount() == 0
    assert not wizard.next_button.isEnabled()


def test_the_summary_matches_a_dry_run(
    qtbot: QtBot, gui_session: VaultSession, sjis_list: Path
) -> None:
    call(
        qtbot,
        gui_session,
        lambda v: v.clients.add_client("山田商店", ["hanako@yamada.example.jp"]),
    )
    wizard, _ = open_wizard(qtbot, gui_session, sjis_list)
    assert wizard.choose_page.file_info_label.text() == "CSV file, Shift_JIS (CP932); 8 columns."
    to_summary(qtbot, wizard)
    dry: ImportResult = call(
        qtbot, gui_session, lambda v: import_clients(v, sjis_list, _map(wizard), dry_run=True)
    )
    assert (dry.clients, dry.duplicates, dry.problems, dry.formulas) == (3, 2, 0, 1)
    assert dry.incomplete == 1
    assert wizard.summary_page.summary_label.text().splitlines() == [
        f"The import will add 3 clients and {dry.contacts} contacts.",
        "Duplicates skipped: 2",
        "Rows with problems (not imported): 0",
        "Clients added without a value that is not valid: 1",
        "Cells beginning with = + - @ kept as text, never run: 1",
        "Rows read: 5. Everything is added in one step, or nothing is.",
    ]
    skipped = wizard.summary_page.skipped_view.toPlainText().splitlines()
    assert skipped[0] == "Row 3: this client is already in the vault"
    assert skipped[1] == "Row 4: the same client as row 2"
    assert skipped[2].startswith("Row 5, E-mail: ")
    assert skipped[2].endswith(" Imported without it.")
    assert client_names(qtbot, gui_session) == ["山田商店"]  # a dry run adds nothing


def test_enter_on_the_summary_imports_nothing(
    qtbot: QtBot, gui_session: VaultSession, bom_list: Path
) -> None:
    wizard, _ = open_wizard(qtbot, gui_session, bom_list)
    to_summary(qtbot, wizard)
    assert not wizard.import_button.isDefault()
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    qtbot.keyClick(wizard.summary_page.skipped_view, Qt.Key.Key_Enter)
    settle(qtbot, wizard)
    assert wizard.page is Page.SUMMARY
    assert client_names(qtbot, gui_session) == []


def test_import_adds_the_clients_and_logs_it(
    qtbot: QtBot, gui_session: VaultSession, sjis_list: Path
) -> None:
    wizard, _ = open_wizard(qtbot, gui_session, sjis_list)
    with qtbot.waitSignal(gui_session.changed, timeout=20_000) as changed:
        import_all(qtbot, wizard)
    assert changed.args == [""]  # the client list reloads
    assert client_names(qtbot, gui_session) == sorted(
        ["数式商会", "株式会社髙橋デザイン", "山田商店", "壊れた会社"]  # without its e-mail
    )
    assert (
        wizard.result_page.result_label.text().splitlines()[0] == "Added 4 clients and 2 contacts."
    )
    to_fix = wizard.result_page.to_fix_view.toPlainText()
    assert to_fix.startswith("Row 5, E-mail: ")  # listed for fixing
    assert "clients.imported" in actions(qtbot, gui_session)

    def contact_of(vault: Vault) -> tuple[str, dict[str, str]]:
        (yamada,) = [c for c in vault.clients.list_clients() if c.name == "山田商店"]
        (record,) = vault.clients.list_records(yamada.id)
        return record.title, {f.key: f.value for f in record.fields}

    title, fields = call(qtbot, gui_session, contact_of)
    assert title == "山田 花子"
    assert fields["address"] == "大阪府大阪市北区梅田1-1"


def test_a_workbook_with_several_sheets_offers_the_choice(
    qtbot: QtBot, gui_session: VaultSession, tmp_path: Path
) -> None:
    path = write_workbook(
        tmp_path / "顧客.xlsx", {"メモ": [["覚え書き"]], "顧客": [JAPANESE_HEADER, *JAPANESE_ROWS]}
    )
    wizard, _ = open_wizard(qtbot, gui_session, path)
    assert wizard.choose_page.sheet_combo.isVisible()
    assert [wizard.choose_page.sheet_combo.itemText(i) for i in range(2)] == ["メモ", "顧客"]
    assert wizard.choose_page.file_info_label.text() == "Excel workbook; 1 columns."
    qtbot.keyClick(wizard.choose_page.sheet_combo, Qt.Key.Key_Down)
    settle(qtbot, wizard)
    assert wizard.choose_page.sheet_combo.currentText() == "顧客"
    assert wizard.choose_page.file_info_label.text() == "Excel workbook; 9 columns."
    import_all(qtbot, wizard)
    assert client_names(qtbot, gui_session) == sorted(["株式会社髙橋デザイン", "山田商店"])


class Pause:
    """Holds the vault thread inside an import, after some rows were written."""

    ROW = 5

    def __init__(self) -> None:
        self.armed = False
        self.rows = 0
        self.batches = 0  # written inside the import's transaction before the pause
        self.reached = threading.Event()
        self.go = threading.Event()


@pytest.fixture
def pause(monkeypatch: pytest.MonkeyPatch) -> Iterator[Pause]:
    held = Pause()
    check, add_batch = ClientStore.check_new_client, ClientStore._add_batch

    def checking(item: NewClient) -> CheckedClient:
        if held.armed:
            held.rows += 1
            if held.rows == Pause.ROW:
                held.reached.set()
                held.go.wait(timeout=20)
        return check(item)

    def adding(self: ClientStore, *args: Any) -> None:
        held.batches += held.armed
        add_batch(self, *args)

    monkeypatch.setattr(ClientStore, "check_new_client", staticmethod(checking))
    monkeypatch.setattr(ClientStore, "_add_batch", adding)
    monkeypatch.setattr(importer, "BATCH", 2)
    monkeypatch.setattr(importer, "PROGRESS_EVERY", 1)
    yield held
    held.go.set()  # never leave the vault thread waiting


@pytest.fixture
def long_list(tmp_path: Path) -> Path:
    rows = [[f"顧客{i:02d}株式会社", f"user{i}@example.jp"] for i in range(12)]
    return write_csv(tmp_path / "long.csv", [["会社名", "メール"], *rows])


def test_cancel_mid_way_changes_nothing(
    qtbot: QtBot, gui_session: VaultSession, long_list: Path, pause: Pause
) -> None:
    wizard, _ = open_wizard(qtbot, gui_session, long_list)
    to_summary(qtbot, wizard)
    before = actions(qtbot, gui_session)
    pause.armed = True
    click(qtbot, wizard.import_button)
    qtbot.waitUntil(pause.reached.is_set, timeout=20_000)
    qtbot.waitUntil(lambda: wizard.summary_page.import_label.text() == "Importing… 4 rows read")
    assert pause.batches == 2  # rows were written, inside the transaction
    assert not wizard.back_button.isEnabled()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Escape cancels the import, not the wizard
    assert wizard.isVisible()
    assert wizard.summary_page.import_label.text() == "Cancelling…"
    pause.go.set()
    settle(qtbot, wizard)
    assert wizard.page is Page.SUMMARY
    assert wizard.summary_page.summary_error_label.text() == "Cancelled; nothing was imported."
    assert client_names(qtbot, gui_session) == []
    assert actions(qtbot, gui_session) == before
    assert wizard.import_button.isEnabled()  # it may be tried again


def test_a_lock_during_the_import_rolls_it_back_and_closes(
    qtbot: QtBot, gui_session: VaultSession, long_list: Path, pause: Pause
) -> None:
    wizard, _ = open_wizard(qtbot, gui_session, long_list)
    to_summary(qtbot, wizard)
    pause.armed = True
    click(qtbot, wizard.import_button)
    qtbot.waitUntil(pause.reached.is_set, timeout=20_000)
    gui_session.lock()
    assert not wizard.isVisible()
    assert wizard.model.rowCount() == 0
    assert wizard.summary_page.summary_label.text() == ""
    assert wizard.choose_page.path_label.text() == ""
    pause.go.set()
    unlocked: list[Exception | None] = []
    gui_session.unlock(
        password=PASSWORD, on_done=lambda _: unlocked.append(None), on_error=unlocked.append
    )
    qtbot.waitUntil(lambda: bool(unlocked), timeout=20_000)
    assert unlocked == [None]
    assert client_names(qtbot, gui_session) == []


def test_a_lock_closes_the_wizard_on_the_mapping_page(
    qtbot: QtBot, gui_session: VaultSession, bom_list: Path
) -> None:
    wizard, _ = open_wizard(qtbot, gui_session, bom_list)
    click(qtbot, wizard.next_button)
    gui_session.lock()
    assert not wizard.isVisible()
    assert wizard.model.rowCount() == 0
    assert wizard.combos == []


def nul_deep_in_the_file(tmp_path: Path) -> Path:
    rows = [["会社名", "メール"]] + [[f"会社{i}", f"u{i}@example.jp"] for i in range(40)]
    data = csv_bytes(rows) + "最後の会社\x00,x@example.jp\r\n".encode()
    path = tmp_path / "nul.csv"
    path.write_bytes(data)
    return path


MACRO = {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0" + bytes(64)}
BOMB = {"xl/media/image1.png": bytes(4 << 20)}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


HOSTILE: dict[str, tuple[Callable[[Path], Path], str]] = {
    "macros": (
        lambda tmp: _write(tmp / "macro.xlsx", simple_xlsx(HEADER, ROWS[0], extra=MACRO)),
        "The workbook contains macros; save it as .xlsx (without macros) and import that.",
    ),
    "zip bomb": (
        lambda tmp: _write(tmp / "bomb.xlsx", simple_xlsx(HEADER, extra=BOMB)),
        "The workbook would unpack to far more than it holds (a zip bomb); it was not opened.",
    ),
    "NUL in row 2": (
        lambda tmp: _write(
            tmp / "nul2.csv", "会社名,メール\r\n株式会社\x00,x@example.jp\r\n".encode()
        ),
        "Row 2 contains a NUL byte; this is not a text CSV file.",
    ),
    "NUL in row 42": (
        nul_deep_in_the_file,  # past the rows inspected: the dry run finds it
        "Row 42 contains a NUL byte; this is not a text CSV file.",
    ),
    "broken encoding": (
        lambda tmp: _write(
            tmp / "mixed.csv", "会社名\r\n山田\r\n".encode() + "髙橋\r\n".encode("cp932")
        ),
        "Row 3 is not valid UTF-8 text like the rows before it; the file mixes encodings or is "
        "damaged.",
    ),
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_a_hostile_file_is_refused_on_page_1_and_changes_nothing(
    qtbot: QtBot, gui_session: VaultSession, tmp_path: Path, kind: str
) -> None:
    make, message = HOSTILE[kind]
    before = actions(qtbot, gui_session)
    wizard, _ = open_wizard(qtbot, gui_session, make(tmp_path))
    assert wizard.page is Page.CHOOSE
    assert wizard.choose_page.choose_error_label.text() == message
    assert wizard.choose_page.choose_error_label.isVisible()
    assert not wizard.next_button.isEnabled()
    assert wizard.combos == []
    assert client_names(qtbot, gui_session) == []
    assert actions(qtbot, gui_session) == before


def test_too_many_rows_are_refused_on_page_1(
    qtbot: QtBot, gui_session: VaultSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = readers.Limits
    monkeypatch.setattr(readers, "Limits", lambda: real(rows=20))
    rows = [[f"会社{i}", f"u{i}@example.jp"] for i in range(30)]
    path = write_csv(tmp_path / "big.csv", [["会社名", "メール"], *rows])
    wizard, _ = open_wizard(qtbot, gui_session, path)
    assert wizard.page is Page.CHOOSE
    assert wizard.choose_page.choose_error_label.text() == (
        "The file has more than 20 rows; split it into smaller files and import them one by one."
    )
    assert client_names(qtbot, gui_session) == []


def test_choosing_another_file_after_a_refusal_works(
    qtbot: QtBot, gui_session: VaultSession, tmp_path: Path, bom_list: Path
) -> None:
    bad = _write(tmp_path / "bad.csv", b"a,b\r\n\x00\r\n")
    prompts = ScriptedPrompts()
    wizard = ImportWizard(gui_session, prompts, None, choose_file=Chooser(None, bad, bom_list))
    qtbot.addWidget(wizard)
    wizard.show()
    click(qtbot, wizard.choose_page.choose_button)  # cancelled: nothing happens
    assert not wizard.is_busy
    assert wizard.choose_page.path_label.text() == ""
    click(qtbot, wizard.choose_page.choose_button)
    settle(qtbot, wizard)
    assert wizard.choose_page.choose_error_label.isVisible()
    click(qtbot, wizard.choose_page.choose_button)
    settle(qtbot, wizard)
    assert not wizard.choose_page.choose_error_label.isVisible()
    assert wizard.next_button.isEnabled()


@pytest.mark.parametrize("accept", [False, True])
def test_the_source_file_is_deleted_only_on_yes(
    qtbot: QtBot, gui_session: VaultSession, bom_list: Path, accept: bool
) -> None:
    wizard, prompts = open_wizard(qtbot, gui_session, bom_list, answers=[accept])
    import_all(qtbot, wizard)
    assert wizard.close_button.isDefault()
    assert str(bom_list) in wizard.result_page.source_label.text()
    click(qtbot, wizard.result_page.delete_button)
    settle(qtbot, wizard)
    ((kind, question),) = prompts.asked
    assert kind == "confirm"
    assert str(bom_list) in question
    assert "an overwrite cannot be guaranteed" in question
    assert bom_list.exists() is not accept
    if accept:
        assert wizard.result_page.source_label.text() == SOURCE_DELETED
        assert not wizard.result_page.delete_button.isVisible()
    else:
        assert wizard.result_page.delete_button.isVisible()
    assert client_names(qtbot, gui_session) == sorted(["株式会社髙橋デザイン", "山田商店"])


def test_a_source_file_gone_meanwhile_is_reported(
    qtbot: QtBot, gui_session: VaultSession, bom_list: Path
) -> None:
    wizard, _ = open_wizard(qtbot, gui_session, bom_list, answers=[True])
    import_all(qtbot, wizard)
    bom_list.unlink()
    click(qtbot, wizard.result_page.delete_button)
    settle(qtbot, wizard)
    assert wizard.result_page.result_error_label.text() == "The source file is already gone."


def test_closing_while_the_file_is_read_starts_no_dry_run(
    qtbot: QtBot, gui_session: VaultSession, bom_list: Path
) -> None:
    wizard = ImportWizard(gui_session, ScriptedPrompts(), None, choose_file=Chooser(bom_list))
    qtbot.addWidget(wizard)
    wizard.show()
    gate = threading.Event()
    gui_session.run(lambda _v: gate.wait(timeout=20))  # keep the vault thread busy
    click(qtbot, wizard.choose_page.choose_button)
    assert wizard.is_busy
    click(qtbot, wizard.cancel_button)
    assert not wizard.isVisible()
    gate.set()
    call(qtbot, gui_session, lambda _v: None)  # the file read's answer has arrived before
    assert not wizard.is_checking
    assert wizard.combos == []
