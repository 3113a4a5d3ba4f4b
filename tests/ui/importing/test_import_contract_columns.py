"""The wizard maps contract, reading and retention columns; a bad value costs only itself
(issue 16, item 8). Run in Japanese and in English: field names are translated."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from tests.ui.fakes import ScriptedPrompts
from tests.ui.vault_calls import call
from tests.vault.importing.files import write_csv
from ui.importing.import_wizard import ImportWizard, Page
from ui.importing.models import ImportPreviewModel, Status
from ui.vault_session import VaultSession
from vault.session import Vault

HEADER = ["会社名", "会社名フリガナ", "担当者", "契約開始日", "契約終了日", "保存期限"]
ROWS = [
    ["青木商事", "ｱｵｷｼｮｳｼﾞ", "青木", "R7.4.1", "令和8年3月31日", ""],
    ["上田企画", "うえだきかく", "上田", "2025/13/45", "２０２６/３/３１", "2030/12/31"],
]
Column = ImportPreviewModel.Column


def _click(qtbot: QtBot, wizard: ImportWizard, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.is_busy and not wizard.is_checking, timeout=20_000)


def test_a_bad_contract_date_costs_only_the_date_and_is_listed(
    qtbot: QtBot, gui_session: VaultSession, tmp_path: Path, language: str
) -> None:
    path = write_csv(tmp_path / "顧客.csv", [HEADER, *ROWS])
    wizard = ImportWizard(gui_session, ScriptedPrompts(), None, choose_file=lambda _p: path)
    qtbot.addWidget(wizard)
    wizard.show()
    _click(qtbot, wizard, wizard.choose_page.choose_button)
    _click(qtbot, wizard, wizard.next_button)
    japanese = language == "ja"
    assert [c.currentText() for c in wizard.combos][1:] == (
        ["クライアント名のふりがな", "担当者名", "契約開始日", "契約終了日", "保存期限"]
        if japanese
        else [
            "Client name's furigana",
            "Contact name",
            "Contract start",
            "Contract end",
            "Retention",
        ]
    )
    model = wizard.model
    status = [
        model.index(r, Column.STATUS).data(ImportPreviewModel.Role.StatusRole) for r in (0, 1)
    ]
    assert status == [Status.ADDED, Status.INCOMPLETE]
    cell = model.index(1, Column.CONTRACT_START)
    assert cell.data(Qt.ItemDataRole.DecorationRole) is not None
    expected_problem = (
        "契約開始日 が正しい日付ではありません（YYYY-MM-DD 形式で入力してください）。"
        if japanese
        else "The contract start is not a real date (use YYYY-MM-DD)."
    )
    assert cell.data(ImportPreviewModel.Role.ProblemRole) == expected_problem

    _click(qtbot, wizard, wizard.next_button)
    listed = wizard.summary_page.skipped_view.toPlainText()
    assert listed == (
        f"3 行目、契約開始日: {expected_problem}（この値を除いて取り込み）"
        if japanese
        else f"Row 3, Contract start: {expected_problem} Imported without it."
    )
    _click(qtbot, wizard, wizard.import_button)
    assert wizard.page is Page.RESULT
    assert wizard.result_page.to_fix_view.toPlainText() == listed

    def stored(vault: Vault) -> dict[str, tuple[str, dt.date | None, dt.date | None]]:
        clients = vault.clients.list_clients()
        contracts = {c.id: vault.retention.contract(c.id) for c in clients}
        return {c.name: (c.furigana, contracts[c.id].start, contracts[c.id].end) for c in clients}

    assert call(qtbot, gui_session, stored) == {
        "青木商事": ("アオキショウジ", dt.date(2025, 4, 1), dt.date(2026, 3, 31)),
        "上田企画": ("うえだきかく", None, dt.date(2026, 3, 31)),  # imported without the start
    }
