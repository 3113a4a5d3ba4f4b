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


def test_notices_show_progress_and_a_cancel_leaves_no_file(
    qtbot: QtBot, gui_session: VaultSession, clock: FakeClock, tmp_path: Path
) -> None:
    """130 persons took about a minute with neither progress nor a way out."""
    world = call(qtbot, gui_session, build)
    clock.advance(hours=2)
    out = tmp_path / "out"
    out.mkdir()
    wizard = IncidentWizard(gui_session, choose=lambda _parent, _title: out)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: not wizard.is_busy, timeout=10_000)
    for i in range(wizard.clients_list.count()):
        item = wizard.clients_list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == world.taro:
            item.setCheckState(Qt.CheckState.Checked)
    moment = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)
    wizard.discovered_edit.setDateTime(
        QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())
    )
    with qtbot.waitSignal(wizard.recorded, timeout=20_000):
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.notices_progress.isHidden() and wizard.cancel_notices_button.isHidden()

    wizard.write_notices()  # on the vault thread: the GUI keeps painting
    assert wizard.notices_progress.isVisible() and wizard.cancel_notices_button.isVisible()
    assert not wizard.notices_button.isEnabled()
    qtbot.waitUntil(lambda: wizard.notices_progress.maximum() == 5, timeout=20_000)
    qtbot.mouseClick(wizard.cancel_notices_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.is_busy, timeout=20_000)
    assert "Cancelled; no notice was written." in wizard.status_label.text()
    assert list(out.iterdir()) == []  # no notice, no partial folder
    assert wizard.notices_progress.isHidden() and wizard.notices_button.isEnabled()

    wizard.write_notices()  # and written whole when let finish
    qtbot.waitUntil(lambda: not wizard.is_busy, timeout=30_000)
    (folder,) = out.iterdir()
    assert len(list(folder.iterdir())) == 11
    assert "Written to" in wizard.status_label.text()
