"""Vault-wide search results: clients at the top, their matching records beneath."""

from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui.models import all_indexes, check_model, reachable_strings
from ui.models.search_results import SearchResultsModel
from vault.search import SearchHit

Column = SearchResultsModel.Column
Role = SearchResultsModel.Role
NAMES = {"c-yamada": "山田太郎", "c-cafe": "Café ☕ 株式会社"}


def make_hits() -> list[SearchHit]:
    return [
        SearchHit("c-yamada", None, "client", "山田太郎"),
        SearchHit("c-yamada", "r-contact", "contact", "山田太郎（本人）"),
        SearchHit("c-yamada", "r-note", "note", "電話メモ ０９０－１２３４"),
        SearchHit("c-cafe", "r-login", "credential", "POS ログイン 🔑"),
        SearchHit("c-deleted", "r-ghost", "note", "削除済みの顧客のメモ"),
    ]


@pytest.fixture
def model(qtbot: QtBot) -> SearchResultsModel:
    model = SearchResultsModel()
    model.set_results(make_hits(), NAMES)
    return model


def client_row(model: SearchResultsModel, client_id: str) -> QModelIndex:
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(Role.ClientIdRole) == client_id:
            return index
    raise AssertionError(client_id)


def test_model_passes_the_model_tester_loaded_and_cleared(
    model: SearchResultsModel, qtmodeltester: ModelTester
) -> None:
    check_model(qtmodeltester, model)
    model.clear()
    check_model(qtmodeltester, model)
    model.set_results(make_hits(), NAMES)
    assert model.rowCount() == 2


def test_model_passes_the_model_tester_through_a_sorting_proxy(
    model: SearchResultsModel, qtmodeltester: ModelTester
) -> None:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    check_model(qtmodeltester, proxy)
    proxy.sort(Column.TITLE)
    model.set_results(make_hits()[:2], NAMES)
    model.clear()
    assert proxy.rowCount() == 0


def test_hits_are_grouped_under_their_client_in_the_order_given(
    model: SearchResultsModel,
) -> None:
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "山田太郎",
        "Café ☕ 株式会社",
    ]
    yamada = client_row(model, "c-yamada")
    children = [model.index(r, Column.TITLE, yamada).data() for r in range(model.rowCount(yamada))]
    assert children == ["山田太郎（本人）", "電話メモ ０９０－１２３４"]
    assert model.index(1, Column.KIND, yamada).data() == "Note"
    cafe = client_row(model, "c-cafe")
    assert model.index(0, Column.KIND, cafe).data() == "Credential"
    assert model.hit_count() == 3
    assert model.headerData(Column.TITLE, Qt.Orientation.Horizontal) == "Title"
    assert model.headerData(Column.KIND, Qt.Orientation.Horizontal) == "Kind"


def test_a_client_whose_own_details_match_is_marked_in_words_and_bold(
    model: SearchResultsModel,
) -> None:
    yamada = client_row(model, "c-yamada")
    cafe = client_row(model, "c-cafe")
    assert yamada.siblingAtColumn(Column.KIND).data() == "Client (details match)"
    assert cafe.siblingAtColumn(Column.KIND).data() == "Client"
    font = yamada.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont)
    assert font.bold()
    assert cafe.data(Qt.ItemDataRole.FontRole) is None
    assert yamada.data(Role.IsMatchRole) is True
    assert cafe.data(Role.IsMatchRole) is False
    assert model.rowCount(yamada) == 2  # no extra child for the client's own hit


def test_roles_tell_client_rows_from_record_rows(model: SearchResultsModel) -> None:
    cafe = client_row(model, "c-cafe")
    assert cafe.data(Role.IsClientRole) is True
    assert cafe.data(Role.RecordIdRole) is None
    hit = model.index(0, Column.KIND, cafe)
    assert hit.data(Role.IsClientRole) is False
    assert hit.data(Role.ClientIdRole) == "c-cafe"
    assert hit.data(Role.RecordIdRole) == "r-login"
    assert hit.parent() == cafe
    assert model.rowCount(hit.siblingAtColumn(0)) == 0


def test_hits_of_a_client_without_a_name_are_left_out(model: SearchResultsModel) -> None:
    texts = [index.data() for index in all_indexes(model)]
    assert "削除済みの顧客のメモ" not in texts
    assert all(index.data(Role.ClientIdRole) != "c-deleted" for index in all_indexes(model))


def test_new_results_replace_the_old_ones(model: SearchResultsModel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(model.modelReset):
        model.set_results([SearchHit("c-cafe", "r-menu", "record", "メニュー表")], NAMES)
    assert model.rowCount() == 1
    cafe = model.index(0, 0)
    assert cafe.data() == "Café ☕ 株式会社"
    assert model.index(0, 0, cafe).data() == "メニュー表"
    assert model.index(0, Column.KIND, cafe).data() == "Record"


def test_clear_leaves_no_result_data_in_the_model(qtbot: QtBot) -> None:
    model = SearchResultsModel()
    hits = make_hits()[1:4]  # the record hits: kept as children
    held = [weakref.ref(hit) for hit in hits]
    model.set_results(hits, NAMES)
    del hits
    gc.collect()
    assert all(ref() is not None for ref in held)  # the model did hold them

    with qtbot.waitSignal(model.modelReset):
        model.clear()
    gc.collect()

    assert model.rowCount() == 0
    assert model.hit_count() == 0
    assert all(ref() is None for ref in held)
    kept = " ".join(reachable_strings(model))
    for text in ("山田", "Café", "POS", "c-yamada"):
        assert text not in kept
