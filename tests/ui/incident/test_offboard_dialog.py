"""OffboardDialog against a real vault: return, erase, certificate, passphrase shown once."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.fakes import ScriptedPrompts
from tests.ui.vault_calls import call
from tests.vault.inventory.world import World, build
from ui.incident.offboard_dialog import OffboardDialog
from ui.vault_session import VaultSession
from vault.offboarding.offboard import CERTIFICATE_NAME
from vault.session import Vault


def _open(
    qtbot: QtBot,
    session: VaultSession,
    world: World,
    folder: Path,
    answers: list[bool | Path | None],
) -> tuple[OffboardDialog, list[str]]:
    copied: list[str] = []
    dialog = OffboardDialog(
        session,
        ScriptedPrompts(answers),
        copied.append,
        world.taro,
        "山田デザイン",
        choose=lambda _parent, _title: folder,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=10_000)
    return dialog, copied


def test_return_and_erase_writes_the_certificate_and_shows_the_passphrase(
    qtbot: QtBot, gui_session: VaultSession, tmp_path: Path
) -> None:
    world = call(qtbot, gui_session, build)
    dialog, _ = _open(qtbot, gui_session, world, tmp_path, [True])
    assert dialog.contact_combo.count() == 2
    assert not dialog.offboard_button.isEnabled()  # no folder yet
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    dialog.contact_combo.setCurrentIndex(dialog.contact_combo.findData(world.hanako))
    with qtbot.waitSignal(dialog.offboarded, timeout=30_000) as signal:
        qtbot.mouseClick(dialog.offboard_button, Qt.MouseButton.LeftButton)
    assert signal.args == [world.taro]
    folder = tmp_path / f"offboard-{world.taro}"
    cert = json.loads((folder / CERTIFICATE_NAME).read_text())
    bundle = folder / cert["returned"]["file"]
    assert cert["returned"]["sha256"] == hashlib.sha256(bundle.read_bytes()).hexdigest()
    assert cert["returned"]["sha256"] in dialog.status_label.text()
    assert not dialog.passphrase_view.is_empty()
    assert not dialog.offboard_button.isEnabled()  # once
    clients = call(qtbot, gui_session, lambda v: [c.id for c in v.clients.list_clients()])
    assert world.taro not in clients


def test_declining_the_confirmation_changes_nothing(
    qtbot: QtBot, gui_session: VaultSession, tmp_path: Path
) -> None:
    world = call(qtbot, gui_session, build)
    dialog, _ = _open(qtbot, gui_session, world, tmp_path, [False])
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.offboard_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_busy
    assert not (tmp_path / f"offboard-{world.taro}").exists()

    def still_there(vault: Vault) -> bool:
        return world.taro in {c.id for c in vault.clients.list_clients()}

    assert call(qtbot, gui_session, still_there)
