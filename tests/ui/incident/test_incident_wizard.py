"""IncidentWizard against a real vault: record, preview, report files, notices."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from pytestqt.qtbot import QtBot

from tests.fakes import FakeClock
from tests.ui.vault_calls import call
from tests.vault.inventory.world import CANARY, build
from ui.incident.incident_wizard import IncidentWizard
from ui.vault_session import VaultSession
from vault.incident.store import IncidentStore


def test_a_lost_laptop_from_what_happened_to_notices(
    qtbot: QtBot, gui_session: VaultSession, clock: FakeClock, tmp_path: Path
) -> None:
    world = call(qtbot, gui_session, build)
    clock.advance(hours=2)
    wizard = IncidentWizard(gui_session, choose=lambda _parent, _title: tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: not wizard.is_busy, timeout=10_000)
    assert wizard.clients_list.count() == 2
    for i in range(wizard.clients_list.count()):
        item = wizard.clients_list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == world.taro:
            item.setCheckState(Qt.CheckState.Checked)
    moment = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)
    wizard.discovered_edit.setDateTime(
        QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())
    )
    wizard.note_edit.setPlainText("電車に置き忘れた")
    with qtbot.waitSignal(wizard.recorded, timeout=20_000):
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == 1
    summary = wizard.summary_edit.toPlainText()
    assert "Persons affected: 5" in summary and "not legal advice" in summary
    assert wizard.document is not None and wizard.document["deadlines"]["final"] in summary
    assert "Cause" in summary  # still to be written
    assert CANARY[0] not in summary
    wizard.save_report()
    folder = tmp_path / f"incident-{wizard.incident_id}-report"
    qtbot.waitUntil((folder / "report.json").exists, timeout=20_000)
    assert json.loads((folder / "report.json").read_text())["persons_affected"] == 5
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == 2 and not wizard.next_button.isEnabled()
    wizard.sender_edit.setText("山田 03-0000-0000")
    wizard.write_notices()
    notices = tmp_path / f"incident-{wizard.incident_id}-notices"
    qtbot.waitUntil((notices / "notices.csv").exists, timeout=20_000)
    assert len((notices / "notices.csv").read_text().splitlines()) == 6
    listed = call(qtbot, gui_session, lambda v: [i.id for i in IncidentStore(v).list()])
    assert listed == [wizard.incident_id]
