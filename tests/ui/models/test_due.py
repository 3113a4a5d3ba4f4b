"""The due model: overdue and upcoming items, their status words, totals, and the filter."""

from __future__ import annotations

import datetime as dt
import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui.models import check_model, every_value, reachable_strings
from ui.models.due import DueCounts, DueFilterProxy, DueModel, rule_name, status_text
from vault.domain.retention import RuleCode
from vault.storage.retention_store import CLIENT_ENTRY, DueItem

Column = DueModel.Column
Role = DueModel.Role
TODAY = dt.date(2026, 11, 22)
NAMES = {"c-yamada": "山田商店", "c-smith": "Smith Design"}
REASONS = {"r-held": "税務調査のため保全"}


def make_items() -> list[DueItem]:
    return [
        DueItem("c-yamada", "r-late", "請求書 2019", dt.date(2026, 11, 1), True, "fixed", False),
        DueItem("c-yamada", "r-held", "帳簿", dt.date(2026, 10, 1), True, "bookkeeping", True),
        DueItem("c-yamada", "r-undated", "マイナンバー", None, False, "my-number", False),
        DueItem("c-smith", "r-soon", "Quote", dt.date(2026, 12, 10), False, "transaction", False),
        DueItem("c-smith", "r-today", "Contact", TODAY, False, "personal", False),
        DueItem("c-smith", "r-later", "Note", dt.date(2027, 2, 1), False, "fixed", False),
        DueItem("c-smith", None, "Smith Design", dt.date(2027, 1, 15), False, CLIENT_ENTRY, False),
    ]


@pytest.fixture
def model(qtbot: QtBot) -> DueModel:
    model = DueModel()
    model.set_items(TODAY, make_items(), NAMES, REASONS)
    return model


@pytest.fixture
def proxy(model: DueModel) -> DueFilterProxy:
    proxy = DueFilterProxy()
    proxy.setSourceModel(model)
    return proxy


def ids(proxy: DueFilterProxy) -> list[str | None]:
    return [proxy.index(r, 0).data(Role.RecordIdRole) for r in range(proxy.rowCount())]


def cell(model: DueModel, record_id: str | None, column: int, role: int = 0) -> object:
    for row in range(model.rowCount()):
        if model.index(row, 0).data(Role.RecordIdRole) == record_id:
            return model.index(row, column).data(role)
    raise AssertionError(record_id)


def test_model_and_proxy_pass_the_model_tester(
    model: DueModel, proxy: DueFilterProxy, qtmodeltester: ModelTester
) -> None:
    check_model(qtmodeltester, model)
    check_model(qtmodeltester, proxy)
    proxy.set_overdue_only(True)
    proxy.set_client_id("c-smith")
    proxy.set_overdue_only(False)
    proxy.set_within_days(30)
    proxy.set_query("quote")
    model.sort(Column.CLIENT)
    model.clear()
    check_model(qtmodeltester, proxy)
    assert proxy.rowCount() == 0


def test_rows_show_client_item_rule_iso_date_and_status(model: DueModel) -> None:
    assert cell(model, "r-late", Column.CLIENT) == "山田商店"
    assert cell(model, "r-late", Column.TITLE) == "請求書 2019"
    assert cell(model, "r-late", Column.RULE) == "Fixed date"
    assert cell(model, "r-late", Column.DUE) == "2026-11-01"
    assert cell(model, "r-late", Column.STATUS) == "Overdue by 21 days"
    assert cell(model, "r-soon", Column.STATUS) == "In 18 days"
    assert cell(model, "r-today", Column.STATUS) == "Last day today"
    assert cell(model, "r-held", Column.STATUS) == "On hold"
    assert cell(model, "r-undated", Column.DUE) == "Needs a date"
    assert cell(model, "r-undated", Column.STATUS) == "No date yet"
    assert cell(model, None, Column.TITLE) == "Smith Design (client details and key)"
    assert cell(model, None, Column.RULE) == "Client details and key"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Client", "Item", "Rule", "Last kept day", "Status"]


@pytest.mark.parametrize(
    ("days_left", "hold", "expected"),
    [
        (-1, False, "Overdue by 1 day"),
        (-400, False, "Overdue by 400 days"),
        (1, False, "In 1 day"),
        (-3, True, "On hold"),
    ],
)
def test_status_words(days_left: int, hold: bool, expected: str) -> None:
    assert status_text(days_left, hold) == expected


def test_every_rule_has_a_name_not_its_code() -> None:
    for code in [*(c.value for c in RuleCode), CLIENT_ENTRY]:
        assert rule_name(code) and rule_name(code) != code


def test_roles_carry_ids_dates_and_flags(model: DueModel) -> None:
    assert cell(model, "r-late", 0, Role.ClientIdRole) == "c-yamada"
    assert cell(model, "r-late", 0, Role.DueDateRole) == "2026-11-01"
    assert cell(model, "r-late", 0, Role.DaysLeftRole) == -21
    assert cell(model, "r-late", 0, Role.OverdueRole) is True
    assert cell(model, "r-held", 0, Role.HoldRole) is True
    assert cell(model, "r-soon", 0, Role.OverdueRole) is False
    assert cell(model, "r-undated", 0, Role.DueDateRole) is None
    assert cell(model, None, 0, Role.ClientIdRole) == "c-smith"


def test_held_items_say_why_in_the_tooltip(model: DueModel) -> None:
    for column in Column:
        assert cell(model, "r-held", column, Qt.ItemDataRole.ToolTipRole) == (
            "On hold: 税務調査のため保全"
        )
    assert cell(model, "r-late", Column.STATUS, Qt.ItemDataRole.ToolTipRole) == (
        "Overdue by 21 days"
    )


def test_overdue_status_is_bold_unless_held(model: DueModel) -> None:
    font = cell(model, "r-late", Column.STATUS, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert cell(model, "r-held", Column.STATUS, Qt.ItemDataRole.FontRole) is None


def test_sorted_by_date_soonest_first_with_undated_last(
    model: DueModel, proxy: DueFilterProxy
) -> None:
    assert ids(proxy) == ["r-held", "r-late", "r-today", "r-soon", None, "r-later", "r-undated"]
    model.sort(Column.DUE, Qt.SortOrder.DescendingOrder)
    assert ids(proxy)[0] == "r-undated"
    model.sort(Column.CLIENT)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())][:1] == ["Smith Design"]


def test_counts_in_total_and_per_client_leave_held_items_apart(model: DueModel) -> None:
    assert model.counts() == DueCounts(overdue=1, soon=2, held=1)
    assert model.counts("c-yamada") == DueCounts(overdue=1, soon=0, held=1)
    assert model.counts("c-smith") == DueCounts(overdue=0, soon=2, held=0)


def test_dates_for_the_chart_leave_out_held_and_undated(model: DueModel) -> None:
    assert sorted(model.dates()) == [
        dt.date(2026, 11, 1),
        TODAY,
        dt.date(2026, 12, 10),
        dt.date(2027, 1, 15),
        dt.date(2027, 2, 1),
    ]
    assert model.dates("c-yamada") == [dt.date(2026, 11, 1)]


def test_clients_are_listed_by_name(model: DueModel) -> None:
    assert model.clients() == [("c-smith", "Smith Design"), ("c-yamada", "山田商店")]


def test_the_window_filters(proxy: DueFilterProxy) -> None:
    proxy.set_overdue_only(True)
    assert ids(proxy) == ["r-held", "r-late"]
    proxy.set_overdue_only(False)
    proxy.set_within_days(30)
    assert ids(proxy) == ["r-held", "r-late", "r-today", "r-soon", "r-undated"]
    proxy.set_within_days(90)
    assert ids(proxy) == ["r-held", "r-late", "r-today", "r-soon", None, "r-later", "r-undated"]


def test_the_client_filter_and_the_query(proxy: DueFilterProxy) -> None:
    proxy.set_client_id("c-yamada")
    assert ids(proxy) == ["r-held", "r-late", "r-undated"]
    proxy.set_query("ﾏｲﾅﾝﾊﾞｰ")  # half-width katakana, as some input methods type it
    assert ids(proxy) == ["r-undated"]
    proxy.set_query("")
    proxy.set_client_id(None)
    proxy.set_query("smith")
    assert ids(proxy) == ["r-today", "r-soon", None, "r-later"]


def test_clear_leaves_no_client_data(model: DueModel) -> None:
    model.clear()
    gc.collect()
    assert model.rowCount() == 0
    assert model.today is None
    kept = " ".join(reachable_strings(model)) + " ".join(every_value(model))
    for text in ("山田", "請求書", "税務調査", "Smith", "Quote"):
        assert text not in kept
    assert model.counts() == DueCounts()
