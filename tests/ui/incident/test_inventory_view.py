"""InventoryView against a real vault: the table and chart show the core's numbers."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import require_tool
from tests.ui.fakes import ScriptedPrompts
from tests.ui.vault_calls import call
from tests.vault.inventory.world import build
from ui.incident.inventory_chart import Row
from ui.incident.inventory_view import InventoryView
from ui.vault_session import VaultSession


def test_the_view_lists_each_client_with_its_chart_and_saves_a_pdf(
    qtbot: QtBot, gui_session: VaultSession, tmp_path: Path
) -> None:
    world = call(qtbot, gui_session, build)
    out = tmp_path / "inventory.pdf"
    view = InventoryView(gui_session, ScriptedPrompts([out]))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.is_loading, timeout=20_000)
    assert view.table.rowCount() == 2

    def cell(row: int, column: int) -> str:
        item = view.table.item(row, column)
        assert item is not None
        return item.text()

    names = {cell(r, 0): r for r in range(2)}
    taro = names["山田デザイン"]
    assert cell(taro, 3) == "5"  # persons
    assert cell(taro, 9) == "1"  # the unmarked 通院 note
    assert Row("山田デザイン", 5, 9) in view.chart.rows  # no postal code, birth date, My Number
    assert "5 persons" in view.chart.accessibleDescription()
    assert "7 persons" in view.status_label.text()
    view.chart.grab()  # paints without error
    view.save_pdf()
    qtbot.waitUntil(out.exists, timeout=20_000)
    text = subprocess.run(
        [require_tool("pdftotext"), str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Inventory of personal data" in text and world.taro in text
