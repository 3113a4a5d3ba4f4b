"""The due view against a real vault: windows, totals, the chart, holds, and a lock that wins."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.fakes import ScriptedPrompts, type_text
from tests.ui.vault_calls import call, save, unlock
from ui.app import App
from ui.clients.client_dialog import ClientDialog
from ui.clients.record_view import RecordView
from ui.models.due import DueModel
from ui.retention.due_view import DueView, horizon_days
from ui.retention.legal_hold_dialog import LegalHoldDialog
from ui.retention.retention_dialog import RetentionDialog
from ui.vault_session import VaultSession
from vault.domain.model import RecordKind
from vault.domain.retention import Rule, RuleCode
from vault.session import Vault
from vault.storage.retention_store import DueItem

TODAY = dt.date(2026, 11, 22)  # the fake clock's day (tests/fakes.py)
DATED = [  # client, title, last kept day
    ("山田商店", "請求書 2019", dt.date(2026, 11, 1)),  # overdue by 21 days
    ("山田商店", "帳簿 2018", dt.date(2026, 10, 1)),  # overdue, but on hold
    ("山田商店", "見積書", dt.date(2026, 12, 10)),  # in 18 days
    ("Smith Design", "Old note", dt.date(2026, 11, 20)),  # overdue by 2 days
    ("Smith Design", "Contract", dt.date(2027, 1, 20)),  # in 59 days
    ("Smith Design", "Later", dt.date(2027, 6, 15)),  # only on the chart
]
HOLD_REASON = "税務調査のため保全"
T = TypeVar("T")


@pytest.fixture
def ids(qtbot: QtBot, gui_session: VaultSession) -> dict[str, str]:
    """Client and record ids by name and title."""

    def fill(vault: Vault) -> dict[str, str]:
        found: dict[str, str] = {}
        for client, title, day in DATED:
            if client not in found:
                found[client] = vault.clients.add_client(client).id
            record_id = vault.clients.add_record(found[client], RecordKind.RECORD, title).id
            vault.retention.set_rule(record_id, Rule(RuleCode.FIXED, day))
            found[title] = record_id
        vault.retention.hold(found["帳簿 2018"], HOLD_REASON)
        return found

    return call(qtbot, gui_session, fill)


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def view(
    qtbot: QtBot, gui_session: VaultSession, ids: dict[str, str], prompts: ScriptedPrompts
) -> DueView:
    made = DueView(gui_session, prompts)
    qtbot.addWidget(made)
    made.present()
    qtbot.waitExposed(made)
    qtbot.waitUntil(lambda: not made.is_loading, timeout=10_000)
    return made


def titles(view: DueView) -> list[str]:
    proxy = view.proxy
    return [proxy.index(r, DueModel.Column.TITLE).data() for r in range(proxy.rowCount())]


def show(view: DueView, days: int) -> None:
    view.window_combo.setCurrentIndex(view.window_combo.findData(days))


def select(view: DueView, *wanted: str) -> None:
    selection = view.table.selectionModel()
    selection.clearSelection()
    for row, title in enumerate(titles(view)):
        if title in wanted:
            selection.select(
                view.proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def cell(view: DueView, title: str, column: int, role: int = 0) -> object:
    row = titles(view).index(title)
    return view.proxy.index(row, column).data(role)


def opened(qtbot: QtBot, kind: type[T]) -> T:
    """The dialog of that kind, once the vault has answered and it is up."""

    def find() -> T | None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        return shown[0] if shown else None

    qtbot.waitUntil(lambda: find() is not None, timeout=10_000)
    found = find()
    assert found is not None
    return found


def wait_reloaded(qtbot: QtBot, view: DueView, condition: object) -> None:
    assert callable(condition)
    qtbot.waitUntil(lambda: not view.is_loading and bool(condition()), timeout=10_000)


def test_lists_overdue_and_upcoming_items_soonest_first(view: DueView) -> None:
    assert view.window_combo.currentText() == "Next 30 days"
    assert titles(view) == ["帳簿 2018", "請求書 2019", "Old note", "見積書"]
    assert cell(view, "請求書 2019", DueModel.Column.CLIENT) == "山田商店"
    assert cell(view, "請求書 2019", DueModel.Column.DUE) == "2026-11-01"
    assert cell(view, "請求書 2019", DueModel.Column.STATUS) == "Overdue by 21 days"
    assert cell(view, "見積書", DueModel.Column.STATUS) == "In 18 days"
    assert cell(view, "請求書 2019", DueModel.Column.RULE) == "Fixed date"


def test_the_window_selector_changes_the_rows(view: DueView) -> None:
    show(view, 90)
    assert titles(view) == ["帳簿 2018", "請求書 2019", "Old note", "見積書", "Contract"]
    show(view, -1)  # overdue only
    assert titles(view) == ["帳簿 2018", "請求書 2019", "Old note"]
    assert view.window_combo.currentText() == "Overdue only"


def test_totals_in_total_and_for_the_chosen_client(view: DueView) -> None:
    assert view.total_label.text() == "In total: 2 overdue, 1 due within 30 days, 1 on hold"
    assert view.client_total_label.isHidden()
    clients = [view.client_combo.itemText(i) for i in range(view.client_combo.count())]
    assert clients == ["All clients", "Smith Design", "山田商店"]
    view.client_combo.setCurrentIndex(view.client_combo.findText("山田商店"))
    assert titles(view) == ["帳簿 2018", "請求書 2019", "見積書"]
    assert view.client_total_label.text() == "山田商店: 1 overdue, 1 due within 30 days, 1 on hold"
    assert view.total_label.text().startswith("In total: 2 overdue")


def test_the_chart_counts_match_the_items(view: DueView) -> None:
    # Overdue (held ones left out), then Nov 2026 … Oct 2027.
    assert view.chart.counts == [2, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0]
    assert "Overdue: 2" in view.chart.accessibleDescription()
    view.client_combo.setCurrentIndex(view.client_combo.findText("山田商店"))
    assert view.chart.counts == [1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]


def test_the_load_reaches_the_end_of_the_twelfth_month() -> None:
    assert TODAY + dt.timedelta(days=horizon_days(TODAY)) == dt.date(2027, 10, 31)
    assert horizon_days(dt.date(2027, 1, 31)) == (dt.date(2027, 12, 31) - dt.date(2027, 1, 31)).days


def test_held_items_cannot_be_sent_to_erasure(qtbot: QtBot, view: DueView) -> None:
    assert not view.erase_button.isEnabled()
    assert view.erase_button.toolTip() == "Select the items to erase."
    tooltip = cell(view, "帳簿 2018", DueModel.Column.STATUS, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == f"On hold: {HOLD_REASON}"
    assert cell(view, "帳簿 2018", DueModel.Column.STATUS) == "On hold"

    select(view, "帳簿 2018")
    assert not view.erase_button.isEnabled()
    assert "legal hold" in view.erase_button.toolTip()
    assert "帳簿 2018" in view.erase_button.toolTip()
    select(view, "帳簿 2018", "請求書 2019")  # one held item blocks the whole selection
    assert not view.erase_button.isEnabled()

    select(view, "請求書 2019", "Old note")
    assert view.erase_button.isEnabled()
    with qtbot.waitSignal(view.erase_requested) as requested:
        qtbot.mouseClick(view.erase_button, Qt.MouseButton.LeftButton)
    items = requested.args[0]
    assert all(isinstance(item, DueItem) for item in items)
    assert sorted(item.title for item in items) == ["Old note", "請求書 2019"]


def test_double_click_opens_the_record(qtbot: QtBot, view: DueView, ids: dict[str, str]) -> None:
    row = titles(view).index("見積書")
    spot = view.table.visualRect(view.proxy.index(row, DueModel.Column.TITLE)).center()
    with qtbot.waitSignal(view.open_record) as opened:  # a double click starts with a click
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert opened.args == [ids["山田商店"], ids["見積書"]]


def test_a_legal_hold_from_the_view_shows_there(
    qtbot: QtBot, gui_session: VaultSession, view: DueView, ids: dict[str, str]
) -> None:
    select(view, "見積書")
    view.hold_button.click()
    dialog = opened(qtbot, LegalHoldDialog)
    type_text(qtbot, dialog.reason_edit, "係争中")
    qtbot.mouseClick(dialog.hold_button, Qt.MouseButton.LeftButton)
    wait_reloaded(qtbot, view, lambda: cell(view, "見積書", DueModel.Column.STATUS) == "On hold")
    tooltip = cell(view, "見積書", DueModel.Column.TITLE, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "On hold: 係争中"
    assert call(qtbot, gui_session, lambda v: v.retention.get(ids["見積書"]).hold)


def test_retention_and_hold_need_one_record(qtbot: QtBot, view: DueView) -> None:
    assert not view.hold_button.isEnabled()
    assert "Select one record" in view.hold_button.toolTip()
    select(view, "請求書 2019", "Old note")
    assert not view.retention_button.isEnabled()
    select(view, "請求書 2019")
    assert view.retention_button.isEnabled()
    view.retention_button.click()
    dialog = opened(qtbot, RetentionDialog)
    assert "2026-11-01" in dialog.current_label.text()
    dialog.reject()


def test_a_change_elsewhere_reloads_the_view(
    qtbot: QtBot, gui_session: VaultSession, view: DueView, ids: dict[str, str]
) -> None:
    client_id = ids["Smith Design"]

    def add(vault: Vault) -> None:
        record = vault.clients.add_record(client_id, RecordKind.NOTE, "New overdue note")
        vault.retention.set_rule(record.id, Rule(RuleCode.FIXED, dt.date(2026, 1, 5)))

    gui_session.run(add, changes=client_id)
    wait_reloaded(qtbot, view, lambda: "New overdue note" in titles(view))
    assert titles(view)[0] == "New overdue note"
    assert view.total_label.text().startswith("In total: 3 overdue")


def test_shows_a_busy_state_while_loading(qtbot: QtBot, view: DueView) -> None:
    view.reload()
    assert view.is_loading
    assert view.status_label.text() == "Loading…"
    assert not view.table.isEnabled()
    qtbot.waitUntil(lambda: not view.is_loading, timeout=10_000)
    assert view.table.isEnabled()
    assert view.status_label.isHidden()


def test_a_contract_end_saved_in_the_client_dialog_gives_new_dates(
    qtbot: QtBot, gui_session: VaultSession, view: DueView, prompts: ScriptedPrompts
) -> None:
    def add(vault: Vault) -> None:
        client = vault.clients.add_client("佐藤デザイン")
        vault.clients.add_record(client.id, RecordKind.CONTACT, "佐藤 一郎")

    call(qtbot, gui_session, add)
    client = next(
        c
        for c in call(qtbot, gui_session, lambda v: v.clients.list_clients())
        if c.name == "佐藤デザイン"
    )
    assert "佐藤 一郎" not in titles(view)  # personal data waits for the contract end

    contract = call(qtbot, gui_session, lambda v: v.retention.contract(client.id))
    dialog = ClientDialog(gui_session, prompts, client, contract=contract)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.contract_end.none_box.setChecked(False)
    dialog.contract_end.date_edit.setDate(QDate(2026, 11, 1))
    save(qtbot, dialog)
    assert prompts.asked == [
        ("inform", "The contract period was saved. Records whose retention date changed: 1")
    ]

    wait_reloaded(qtbot, view, lambda: "佐藤 一郎" in titles(view))
    assert cell(view, "佐藤 一郎", DueModel.Column.DUE) == "2026-12-01"  # the end + 30 days
    assert "佐藤デザイン (client details and key)" in titles(view)


def test_a_lock_empties_the_view(qtbot: QtBot, gui_session: VaultSession, view: DueView) -> None:
    gui_session.lock()
    assert view.model.rowCount() == 0
    assert view.chart.counts == []
    assert view.client_combo.count() == 0
    assert view.total_label.text() == ""


def test_every_control_is_named(view: DueView) -> None:
    for combo in (view.window_combo, view.client_combo, view.filter_edit, view.table):
        assert combo.accessibleName()
    for button in (view.retention_button, view.hold_button, view.erase_button):
        assert button.text().strip("&")


# -- in the whole app ----------------------------------------------------------------


def test_the_retention_menu_opens_the_view_and_a_lock_closes_every_dialog(
    qtbot: QtBot, app: App
) -> None:
    unlock(qtbot, app)

    def fill(vault: Vault) -> None:
        client = next(c for c in vault.clients.list_clients() if c.name == "山田商店")
        note = vault.clients.list_records(client.id)[0]
        vault.retention.set_rule(note.id, Rule(RuleCode.FIXED, dt.date(2001, 1, 1)))

    call(qtbot, app.session, fill)
    assert app.window.due_action.isEnabled()
    app.window.due_action.trigger()
    view = app.window.due_view
    assert view.isVisible()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    view.table.selectRow(0)
    view.edit_hold()
    opened(qtbot, LegalHoldDialog).reject()
    view.edit_retention()
    opened(qtbot, RetentionDialog)
    view.edit_hold()
    opened(qtbot, LegalHoldDialog)

    app.lock.lock("user")

    assert not app.session.is_unlocked
    open_dialogs = [
        w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not app.window
    ]
    assert open_dialogs == []
    assert view.model.rowCount() == 0
    assert not app.window.due_action.isEnabled()


def test_opening_a_record_from_the_view_shows_it_in_the_main_window(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)

    def fill(vault: Vault) -> str:
        client = next(c for c in vault.clients.list_clients() if c.name == "山田商店")
        note = vault.clients.list_records(client.id)[0]
        vault.retention.set_rule(note.id, Rule(RuleCode.FIXED, dt.date(2001, 1, 1)))
        return note.title

    title = call(qtbot, app.session, fill)
    app.window.open_due_view()
    view = app.window.due_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window.client_page.client is not None, timeout=10_000)
    assert app.window.client_page.name_label.text() == "山田商店"
    record_view = opened(qtbot, RecordView)
    assert record_view.title_label.text() == title
    app.lock.lock("user")
