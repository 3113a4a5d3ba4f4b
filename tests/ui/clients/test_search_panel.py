"""Global search: results grouped by client, incomplete results marked, focus mode respected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from tests.ui.vault_calls import call
from ui.clients.search_panel import SearchPanel
from ui.models.search_results import SearchResultsModel
from ui.vault_session import VaultSession
from vault.domain.model import Client, Field, RecordKind
from vault.session import Vault


@pytest.fixture
def clients(qtbot: QtBot, gui_session: VaultSession) -> dict[str, str]:
    def fill(vault: Vault) -> dict[str, str]:
        names: dict[str, str] = {}
        for name, note in (
            ("佐藤工務店", "見積もり 090-1111-2222"),
            ("Tanaka LLC", "見積もり送付"),
        ):
            client: Client = vault.clients.add_client(name)
            vault.clients.add_record(
                client.id, RecordKind.NOTE, name + " メモ", (Field("body", note),)
            )
            names[client.id] = name
        vault.start_indexing().join()
        return names

    found: dict[str, str] = call(qtbot, gui_session, fill)
    return found


@pytest.fixture
def panel(qtbot: QtBot, gui_session: VaultSession, clients: dict[str, str]) -> SearchPanel:
    made = SearchPanel(gui_session, lambda: clients)
    qtbot.addWidget(made)
    made.show()
    return made


def client_rows(panel: SearchPanel) -> list[str]:
    return [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]


def test_results_are_grouped_by_client(qtbot: QtBot, panel: SearchPanel) -> None:
    panel.search("見積もり")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert sorted(client_rows(panel)) == ["Tanaka LLC", "佐藤工務店"]
    assert "2" in panel.status.text()


def test_full_width_digits_match(qtbot: QtBot, panel: SearchPanel) -> None:
    panel.search("０９０－１１１１")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert client_rows(panel) == ["佐藤工務店"]


def test_enter_opens_the_hit(qtbot: QtBot, panel: SearchPanel, clients: dict[str, str]) -> None:
    panel.search("Tanaka LLC メモ")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    hit = panel.model.index(0, 0, panel.model.index(0, 0))
    panel.tree.setCurrentIndex(hit)
    with qtbot.waitSignal(panel.open_record) as opened:
        panel.open_current()
    client_id, record_id = opened.args
    assert clients[client_id] == "Tanaka LLC"
    assert record_id == hit.data(SearchResultsModel.Role.RecordIdRole)


def test_focus_mode_shows_only_the_presented_client(
    qtbot: QtBot, panel: SearchPanel, clients: dict[str, str]
) -> None:
    panel.only_client_id = next(cid for cid, name in clients.items() if name == "Tanaka LLC")
    panel.search("見積もり")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert client_rows(panel) == ["Tanaka LLC"]


def test_no_matches_says_so(qtbot: QtBot, panel: SearchPanel) -> None:
    panel.search("存在しない言葉")
    qtbot.waitUntil(lambda: panel.status.text() != "")
    assert panel.model.rowCount() == 0


def test_lock_clears_results(qtbot: QtBot, gui_session: VaultSession, panel: SearchPanel) -> None:
    panel.search("見積もり")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    gui_session.lock()
    assert panel.model.rowCount() == 0
    assert panel.status.text() == ""


def test_records_selected_across_clients_can_be_erased_as_one_request(
    qtbot: QtBot, panel: SearchPanel
) -> None:
    panel.search("見積もり")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert not panel.erase_button.isEnabled()
    selection = panel.tree.selectionModel()
    selection.clearSelection()
    group = panel.model.index(0, 0)
    selection.select(group, QItemSelectionModel.SelectionFlag.Select)
    assert not panel.erase_button.isEnabled()  # a client row is not a record
    hits = [panel.model.index(0, 0, panel.model.index(g, 0)) for g in range(2)]
    for hit in hits:
        selection.select(hit, QItemSelectionModel.SelectionFlag.Select)
    assert panel.erase_button.isEnabled()
    with qtbot.waitSignal(panel.erase_requested) as requested:
        panel.erase_button.click()
    record_ids, query = requested.args
    assert sorted(record_ids) == sorted(h.data(SearchResultsModel.Role.RecordIdRole) for h in hits)
    assert query == "見積もり"
