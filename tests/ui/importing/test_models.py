"""The import preview model on a real dry run: statuses, problem marks, duplicates, sorting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui.models import attach_tester, check_model, reachable_strings
from tests.vault.importing.files import write_csv
from ui.importing.models import ImportPreviewModel, Status
from vault.importing.importer import ImportResult, import_clients, inspect
from vault.session import Vault

Column = ImportPreviewModel.Column
Role = ImportPreviewModel.Role

ROWS = [
    ["会社名", "担当者", "メール", "備考"],
    ["山田商店", "山田 花子", "hanako@example.jp", "請求書は\n月末締め"],
    ["鈴木工務店", "", "not-an-e-mail", ""],
    ["山田商店", "", "hanako@example.jp", ""],  # the same client as row 2
    ["佐藤事務所", "", "sato@example.jp", ""],  # already in the vault
]


@pytest.fixture
def result(qtbot: QtBot, vault: Vault, tmp_path: Path) -> ImportResult:
    vault.clients.add_client("佐藤事務所", ["sato@example.jp"])
    path = write_csv(tmp_path / "list.csv", ROWS)
    return import_clients(vault, path, inspect(path).guess, dry_run=True)


@pytest.fixture
def model(result: ImportResult) -> ImportPreviewModel:
    model = ImportPreviewModel()
    model.set_result(result)
    return model


def column(
    model: ImportPreviewModel, col: int, role: int = Qt.ItemDataRole.DisplayRole
) -> list[object]:
    return [model.index(row, col).data(role) for row in range(model.rowCount())]


def test_passes_the_model_tester_loaded_sorted_and_cleared(
    model: ImportPreviewModel, result: ImportResult, qtmodeltester: ModelTester
) -> None:
    check_model(qtmodeltester, model)
    tester = attach_tester(model)  # checks every change below as it happens
    model.sort(Column.STATUS, Qt.SortOrder.DescendingOrder)
    model.set_result(result)
    model.clear()
    check_model(qtmodeltester, model)
    assert model.rowCount() == 0
    assert tester.model() is model


def test_each_row_says_what_becomes_of_it(model: ImportPreviewModel) -> None:
    assert column(model, Column.ROW) == [2, 3, 4, 5]
    assert column(model, Column.STATUS) == [
        "Will be added",
        "Added without a value",  # a bad e-mail: the client comes without it
        "Duplicate, skipped",
        "Duplicate, skipped",
    ]
    assert column(model, Column.STATUS, Role.StatusRole) == [
        Status.ADDED,
        Status.INCOMPLETE,
        Status.DUPLICATE,
        Status.DUPLICATE,
    ]
    icons = column(model, Column.STATUS, Qt.ItemDataRole.DecorationRole)
    assert icons[0] is None
    assert all(icon is not None for icon in icons[1:])
    assert column(model, Column.STATUS, Qt.ItemDataRole.ToolTipRole)[2:] == [
        "Row 4: the same client as row 2",
        "Row 5: this client is already in the vault",
    ]


def test_a_problem_is_marked_on_its_cell_with_the_cores_message(
    model: ImportPreviewModel, result: ImportResult
) -> None:
    (problem,) = result.problem_list
    message = str(problem.error)
    email = model.index(1, Column.EMAIL)
    assert email.data(Role.ProblemRole) == message
    assert email.data(Qt.ItemDataRole.DecorationRole) is not None
    assert email.data(Qt.ItemDataRole.ToolTipRole) == f"not-an-e-mail\n{message}"
    assert model.index(1, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole) == (
        f"Row 3, E-mail: {message} Imported without it."
    )
    name = model.index(1, Column.CLIENT_NAME)
    assert name.data(Role.ProblemRole) == ""
    assert name.data(Qt.ItemDataRole.DecorationRole) is None


def test_a_line_break_shows_on_one_line_and_whole_in_the_tooltip(
    model: ImportPreviewModel,
) -> None:
    notes = model.index(0, Column.NOTES)
    assert notes.data() == "請求書は ↵ 月末締め"
    assert notes.data(Qt.ItemDataRole.ToolTipRole) == "請求書は\n月末締め"


def test_sorting_by_status_keeps_row_order_within_a_status(model: ImportPreviewModel) -> None:
    model.sort(Column.STATUS, Qt.SortOrder.DescendingOrder)
    assert column(model, Column.ROW) == [3, 5, 4, 2]
    model.sort(Column.CLIENT_NAME)
    assert column(model, Column.CLIENT_NAME, Role.RowNumberRole) == [5, 2, 4, 3]


def test_headers_name_the_roles(model: ImportPreviewModel) -> None:
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles == [
        "Row",
        "Status",
        "Client name",
        "Contact name",
        "Furigana",
        "E-mail",
        "Phone",
        "Postal code",
        "Address",
        "Notes",
        "Client name's furigana",
        "Contract start",
        "Contract end",
        "Retention",
    ]


def test_clear_leaves_no_value_behind(model: ImportPreviewModel) -> None:
    model.clear()
    strings = reachable_strings(model)
    assert not [s for s in strings if "山田" in s or "example.jp" in s]
