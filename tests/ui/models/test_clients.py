"""The client list model and its search-as-you-type / focus-mode proxy."""

from __future__ import annotations

import datetime as dt
import gc
import weakref

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui.models import (
    attach_tester,
    check_model,
    every_value,
    reachable_strings,
)
from ui.models import local_date
from ui.models.clients import ClientFilterProxy, ClientListModel
from vault.domain.model import Client

Column = ClientListModel.Column
Role = ClientListModel.Role


def make_clients() -> list[Client]:
    return [
        Client(
            "c-yamada",
            "山田太郎",
            emails=("taro.yamada@example.jp",),
            phones=("090-1234-5678",),
            updated_at="2026-11-20T09:00:00+00:00",
            record_count=12,
        ),
        Client(
            "c-alice",
            "alice Smith 🌸",
            emails=("alice.smith@example.com",),
            phones=("０３－１２３４－５６７８",),  # typed with a Japanese input method
            updated_at="2026-11-21T23:30:00+00:00",
            record_count=3,
        ),
        Client(
            "c-bob",
            "Bob 株式会社",
            notes="not searchable: ひみつのメモ",
            updated_at="2025-01-02T00:00:00+00:00",
            record_count=100,
        ),
    ]


@pytest.fixture
def model(qtbot: QtBot) -> ClientListModel:
    model = ClientListModel()
    model.set_items(make_clients())
    return model


@pytest.fixture
def proxy(model: ClientListModel) -> ClientFilterProxy:
    proxy = ClientFilterProxy()
    proxy.setSourceModel(model)
    return proxy


def visible_ids(proxy: ClientFilterProxy) -> list[str]:
    return [proxy.index(row, 0).data(Role.ClientIdRole) for row in range(proxy.rowCount())]


def test_model_passes_the_model_tester_loaded_and_cleared(
    model: ClientListModel, qtmodeltester: ModelTester
) -> None:
    check_model(qtmodeltester, model)
    model.clear()
    check_model(qtmodeltester, model)
    model.set_items(make_clients())
    assert model.rowCount() == 3


def test_proxy_passes_the_model_tester_while_filtering(
    model: ClientListModel, proxy: ClientFilterProxy, qtmodeltester: ModelTester
) -> None:
    check_model(qtmodeltester, proxy)
    proxy.set_query("太郎")
    proxy.set_focus_client_id("c-alice")
    proxy.set_focus_client_id(None)
    proxy.sourceModel().sort(Column.RECORDS)
    model.clear()
    check_model(qtmodeltester, proxy)
    assert proxy.rowCount() == 0


def test_rows_show_name_record_count_local_date_and_an_empty_retention_column(
    model: ClientListModel,
) -> None:
    row = model.index_of("c-yamada").row()
    assert model.index(row, Column.NAME).data() == "山田太郎"
    assert model.index(row, Column.NAME).data(Qt.ItemDataRole.ToolTipRole) == "山田太郎"
    assert model.index(row, Column.RECORDS).data() == 12
    assert model.index(row, Column.UPDATED).data() == local_date("2026-11-20T09:00:00+00:00")
    assert model.index(row, Column.UPDATED).data() != ""
    assert model.index(row, Column.RETENTION).data() == ""
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Name", "Records", "Updated", "Retention"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("太郎", ["c-yamada"]),
        ("０９０－１２３４", ["c-yamada"]),  # full-width digits and dash
        ("090-1234", ["c-yamada"]),
        ("09012345678", ["c-yamada"]),  # the number without dashes
        ("03-1234", ["c-alice"]),  # stored full-width, typed half-width
        ("ＡＬＩＣＥ", ["c-alice"]),
        ("smith@exa", ["c-alice"]),
        ("@example", ["c-alice", "c-yamada"]),
        ("🌸", ["c-alice"]),
        ("株式会社 bob", ["c-bob"]),  # every term, in any order
        ("山田 alice", []),
        ("ひみつ", []),  # notes are not part of the list search
        ("   ", ["c-alice", "c-bob", "c-yamada"]),
    ],
)
def test_query_matches_every_term_with_full_width_input_folded(
    proxy: ClientFilterProxy, query: str, expected: list[str]
) -> None:
    proxy.set_query(query)
    assert sorted(visible_ids(proxy)) == expected


def test_clearing_the_query_shows_every_client_again(proxy: ClientFilterProxy) -> None:
    proxy.set_query("太郎")
    assert proxy.rowCount() == 1
    proxy.set_query("")
    assert proxy.rowCount() == 3


def test_focus_mode_shows_only_the_focused_client(proxy: ClientFilterProxy) -> None:
    proxy.set_focus_client_id("c-alice")
    assert visible_ids(proxy) == ["c-alice"]
    shown = " ".join(every_value(proxy))
    assert "山田太郎" not in shown
    assert "Bob" not in shown
    proxy.set_query("太郎")  # a query cannot bring another client back
    assert visible_ids(proxy) == []
    proxy.set_query("")
    proxy.set_focus_client_id(None)
    assert sorted(visible_ids(proxy)) == ["c-alice", "c-bob", "c-yamada"]


def test_focus_mode_hides_a_client_added_later(
    model: ClientListModel, proxy: ClientFilterProxy
) -> None:
    proxy.set_focus_client_id("c-alice")
    model.upsert(Client("c-new", "新しい顧客"))
    assert visible_ids(proxy) == ["c-alice"]
    assert proxy.focus_client_id == "c-alice"


@pytest.mark.parametrize(
    ("column", "ascending"),
    [
        (Column.NAME, ["c-alice", "c-bob", "c-yamada"]),  # case-insensitive: alice < Bob
        (Column.RECORDS, ["c-alice", "c-yamada", "c-bob"]),  # 3 < 12 < 100, not "100" < "12"
        (Column.UPDATED, ["c-bob", "c-yamada", "c-alice"]),
    ],
)
def test_sorting_by_each_column(
    proxy: ClientFilterProxy, column: int, ascending: list[str]
) -> None:
    proxy.sourceModel().sort(column, Qt.SortOrder.AscendingOrder)
    assert visible_ids(proxy) == ascending
    proxy.sourceModel().sort(column, Qt.SortOrder.DescendingOrder)
    assert visible_ids(proxy) == ascending[::-1]


def test_clear_leaves_no_client_data_in_the_model(qtbot: QtBot) -> None:
    model = ClientListModel()
    proxy = ClientFilterProxy()
    proxy.setSourceModel(model)
    model.set_items(make_clients())
    refs = [weakref.ref(client) for client in (model.client_at(row) for row in range(3))]
    gc.collect()
    assert all(ref() is not None for ref in refs)  # the model did hold them

    with qtbot.waitSignal(model.modelReset):
        model.clear()
    gc.collect()

    assert model.rowCount() == 0
    assert proxy.rowCount() == 0
    assert all(ref() is None for ref in refs)
    kept = " ".join(reachable_strings(model))
    for text in ("山田", "alice", "090", "example"):
        assert text not in kept
    assert model.client("c-yamada") is None


def test_upsert_of_a_known_client_changes_its_row_in_place(
    model: ClientListModel, proxy: ClientFilterProxy, qtbot: QtBot
) -> None:
    testers = [attach_tester(model), attach_tester(proxy)]
    row = model.index_of("c-yamada").row()
    renamed = Client("c-yamada", "山田花子", record_count=13)

    with (
        qtbot.waitSignal(model.dataChanged) as changed,
        qtbot.assertNotEmitted(model.rowsInserted),
        qtbot.assertNotEmitted(model.modelReset),
    ):
        model.upsert(renamed)

    top_left, bottom_right = changed.args[:2]
    assert (top_left.row(), top_left.column()) == (row, 0)
    assert (bottom_right.row(), bottom_right.column()) == (row, len(Column) - 1)
    assert model.index(row, Column.NAME).data() == "山田花子"
    assert model.index(row, Column.RECORDS).data() == 13
    proxy.set_query("花子")
    assert visible_ids(proxy) == ["c-yamada"]
    assert len(testers) == 2


def test_upsert_of_a_new_client_inserts_one_row_at_the_end(
    model: ClientListModel, qtbot: QtBot
) -> None:
    tester = attach_tester(model)
    with (
        qtbot.waitSignal(model.rowsInserted) as inserted,
        qtbot.assertNotEmitted(model.modelReset),
    ):
        model.upsert(Client("c-new", "佐藤　一郎", phones=("０８０－１１１１－２２２２",)))

    assert inserted.args[1:] == [3, 3]
    assert model.rowCount() == 4
    assert model.index(3, Column.NAME).data() == "佐藤　一郎"
    assert model.index_of("c-new").row() == 3
    assert tester is not None


def test_remove_deletes_only_that_row(model: ClientListModel, qtbot: QtBot) -> None:
    tester = attach_tester(model)
    row = model.index_of("c-alice").row()
    with (
        qtbot.waitSignal(model.rowsRemoved) as removed,
        qtbot.assertNotEmitted(model.modelReset),
    ):
        assert model.remove("c-alice")

    assert removed.args[1:] == [row, row]
    assert model.rowCount() == 2
    assert not model.index_of("c-alice").isValid()
    assert model.index_of("c-bob").isValid()
    with qtbot.assertNotEmitted(model.rowsRemoved):
        assert not model.remove("c-alice")
    assert tester is not None


def test_no_index_has_children_and_bad_indexes_give_nothing(model: ClientListModel) -> None:
    first = model.index(0, 0)
    assert model.rowCount(first) == 0
    assert model.data(QModelIndex()) is None
    assert model.index_of("missing") == QModelIndex()


def test_the_retention_column_shows_the_next_date_overdue_and_holds(qtbot: QtBot) -> None:
    today = dt.date(2027, 7, 1)
    model = ClientListModel(today=lambda: today)
    model.set_items(
        [
            Client("c-due", "期限前", next_retention="2027-12-31"),
            Client("c-late", "期限切れ", next_retention="2027-06-30"),
            Client("c-held", "保留中", next_retention=None, on_hold=True),
            Client("c-none", "日付なし"),
        ]
    )

    def status(client_id: str) -> str:
        return str(model.index_of(client_id, Column.RETENTION).data())

    assert "2027" in status("c-due") and "Overdue" not in status("c-due")
    assert status("c-late").startswith("Overdue")
    assert status("c-held") == "on hold"
    assert status("c-none") == ""
    model.sort(Column.RETENTION)
    order = [model.index(r, 0).data(ClientListModel.Role.ClientIdRole) for r in range(4)]
    assert order[:2] == ["c-late", "c-due"]  # soonest first; no date last
