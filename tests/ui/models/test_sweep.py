"""The sweep plan model: grouped by client, held rows greyed, counts for the summary."""

from __future__ import annotations

import datetime as dt
import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui.models import check_model, every_value, reachable_strings
from ui.models.sweep import SweepModel, SweepSummary
from vault.erasure.sweep import SweepBatch
from vault.storage.retention_store import CLIENT_ENTRY, DueItem

Column = SweepModel.Column
Role = SweepModel.Role
PAST = dt.date(2026, 9, 30)


def item(client: str, record: str | None, title: str, rule: str, *, hold: bool = False) -> DueItem:
    return DueItem(client, record, title, PAST, True, rule, hold)


def make_batches() -> list[SweepBatch]:
    ended = SweepBatch(
        "c-ended",
        "終了した顧客",
        True,
        (
            item("c-ended", "r-contact", "担当者", "personal"),
            item("c-ended", "r-memo", "引き継ぎメモ", "personal"),
            item("c-ended", None, "終了した顧客", CLIENT_ENTRY),
        ),
        (),
    )
    running = SweepBatch(
        "c-running",
        "Alpha Design",
        False,
        (item("c-running", "r-old", "Old quote", "fixed"),),
        (item("c-running", "r-held", "帳簿 2018", "bookkeeping", hold=True),),
    )
    only_held = SweepBatch(
        "c-held",
        "保全中の顧客",
        False,
        (),
        (item("c-held", "r-kept", "係争資料", "fixed", hold=True),),
    )
    return [ended, running, only_held]


REASONS = {"r-held": "税務調査のため保全", "r-kept": "係争中"}


@pytest.fixture
def model(qtbot: QtBot) -> SweepModel:
    model = SweepModel()
    model.set_plan(make_batches(), REASONS)
    return model


def row_of(model: SweepModel, record_id: str | None, client_id: str = "c-ended") -> int:
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(Role.RecordIdRole) == record_id and (
            record_id is not None or index.data(Role.ClientIdRole) == client_id
        ):
            return row
    raise AssertionError(record_id)


def cell(model: SweepModel, record_id: str | None, column: int, role: int = 0) -> object:
    return model.index(row_of(model, record_id), column).data(role)


def test_the_model_passes_the_model_tester(model: SweepModel, qtmodeltester: ModelTester) -> None:
    check_model(qtmodeltester, model)
    model.sort(Column.DUE, Qt.SortOrder.DescendingOrder)
    check_model(qtmodeltester, model)
    model.clear()
    check_model(qtmodeltester, model)


def test_rows_are_grouped_by_client_with_the_client_entry_first(model: SweepModel) -> None:
    clients = [model.index(r, Column.CLIENT).data() for r in range(model.rowCount())]
    assert clients == ["Alpha Design", "Alpha Design", *["保全中の顧客"], *["終了した顧客"] * 3]
    ended = [model.index(r, 0).data(Role.RecordIdRole) for r in range(3, 6)]
    assert ended[0] is None  # the client's own entry leads its group
    held_last = [model.index(r, 0).data(Role.RecordIdRole) for r in range(2)]
    assert held_last == ["r-old", "r-held"]  # held after what is erased


def test_cells_say_what_happens_to_each_item(model: SweepModel) -> None:
    assert cell(model, None, Column.ITEM) == "終了した顧客 (client details and key)"
    assert cell(model, None, Column.ACTION) == "Client erased whole, with its key"
    assert cell(model, "r-contact", Column.ACTION) == "Erased with the client"
    assert cell(model, "r-old", Column.ACTION) == "Erased"
    assert cell(model, "r-held", Column.ACTION) == "On legal hold: kept"
    assert cell(model, "r-old", Column.RULE) == "Fixed date"
    assert cell(model, "r-old", Column.DUE) == "2026-09-30"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Client", "Item", "Rule", "Last kept day", "What happens"]


def test_held_rows_are_greyed_and_say_why(model: SweepModel) -> None:
    held = model.index(row_of(model, "r-held"), Column.ITEM)
    assert not model.flags(held) & Qt.ItemFlag.ItemIsEnabled
    assert model.flags(model.index(row_of(model, "r-old"), 0)) & Qt.ItemFlag.ItemIsEnabled
    assert held.data(Role.HeldRole) is True
    assert held.data(Qt.ItemDataRole.ToolTipRole) == (
        "On legal hold, so it is not erased: 税務調査のため保全"
    )


def test_roles_carry_ids_and_the_whole_client_mark(model: SweepModel) -> None:
    assert cell(model, "r-contact", 0, Role.ClientIdRole) == "c-ended"
    assert cell(model, "r-contact", 0, Role.WholeClientRole) is True
    assert cell(model, "r-old", 0, Role.WholeClientRole) is False
    font = cell(model, None, Column.CLIENT, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()


def test_the_summary_counts_records_clients_whole_and_held(model: SweepModel) -> None:
    assert model.summary() == SweepSummary(records=3, clients=2, whole_clients=1, held=2)
    assert [b.client_id for b in model.batches] == ["c-ended", "c-running", "c-held"]


def test_clear_leaves_no_client_data(model: SweepModel) -> None:
    model.clear()
    gc.collect()
    assert model.rowCount() == 0
    assert model.summary() == SweepSummary()
    kept = " ".join(reachable_strings(model)) + " ".join(every_value(model))
    for text in ("終了", "Alpha", "帳簿", "税務調査", "Old quote", "係争"):
        assert text not in kept
