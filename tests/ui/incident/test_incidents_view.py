"""IncidentsView: incidents with their deadlines, until closed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.fakes import FakeClock
from tests.ui.vault_calls import call
from tests.vault.inventory.world import build
from ui.incident.incidents_view import IncidentsView
from ui.vault_session import VaultSession
from vault.incident.store import IncidentKind, IncidentStore
from vault.session import Vault


def test_incidents_are_listed_with_deadlines_and_can_be_closed(
    qtbot: QtBot, gui_session: VaultSession, clock: FakeClock
) -> None:
    call(qtbot, gui_session, build)
    clock.advance(hours=2)

    def record(vault: Vault) -> str:
        return IncidentStore(vault).new(IncidentKind.MALWARE, "2026-11-22T10:00:00+00:00").id

    incident = call(qtbot, gui_session, record)
    view = IncidentsView(gui_session)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.is_loading, timeout=20_000)
    assert [(r.id, r.status) for r in view.rows] == [(incident, "open")]
    assert view.rows[0].final == "2027-01-21"  # malware: 60 days
    assert view.status_label.text() == "1 open"
    view.table.selectRow(0)
    view.close_selected()
    qtbot.waitUntil(lambda: not view.is_loading, timeout=20_000)
    assert [r.status for r in view.rows] == ["closed"]
    assert view.status_label.text() == "0 open"
    with qtbot.waitSignal(view.new_requested):
        view.new_button.click()
