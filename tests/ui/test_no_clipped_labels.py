"""No label is cut off, in either language, at the default size and at 125 % and 150 %.

Scaling is applied as the larger default font the desktop's text scaling gives
the app (the offscreen platform has no device pixel ratio to change).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.fakes import FakeKeyring
from tests.ui.fakes import FakeScheduler, Screen, ScriptedPrompts, type_text
from tests.ui.layout_check import clipped_labels, scaled_font
from tests.ui.vault_calls import unlock
from ui.app import App
from ui.clients.password_generator_dialog import PasswordGeneratorDialog
from ui.lock.os_events import SessionEvents
from ui.models.records import RecordListModel
from ui.settings.settings import SettingsStore
from vault.domain.model import RecordKind
from vault.keys import kdf
from vault.keys.device_secret import DeviceSecretStore

SCALES = [1.0, 1.25, 1.5]


@pytest.fixture(params=SCALES, ids=lambda s: f"{int(s * 100)}%")
def scale(request: pytest.FixtureRequest) -> Iterator[float]:
    with scaled_font(float(request.param)):
        yield float(request.param)


def _make_app(qtbot: QtBot, folder: Path, tmp_path: Path, fast_kdf: kdf.KdfParams) -> App:
    made = App(
        folder,
        SettingsStore(tmp_path / "settings.json"),
        prompts=ScriptedPrompts(),
        scheduler=FakeScheduler(),
        clock=FakeScheduler(),
        os_events=SessionEvents(),
        capture_apply=Screen(),
        device_store=DeviceSecretStore(FakeKeyring()),
        kdf_params=fast_kdf,
    )
    made.show()
    qtbot.addWidget(made.window)
    qtbot.waitExposed(made.window)
    return made


def _opened(window: QWidget) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]


def test_first_run_welcome_and_create_dialog(
    qtbot: QtBot, language: str, scale: float, tmp_path: Path, fast_kdf: kdf.KdfParams
) -> None:
    app = _make_app(qtbot, tmp_path / "fresh", tmp_path, fast_kdf)
    try:
        qtbot.wait(100)
        assert clipped_labels(app.window) == []
        dialog = app.create_vault()
        qtbot.waitExposed(dialog)
        qtbot.wait(100)
        assert clipped_labels(dialog) == []
        # The strength feedback is the longest wrapped text: a weak password shows all of it.
        type_text(qtbot, dialog.password_fields.password_edit, "password1")
        qtbot.wait(100)
        assert clipped_labels(dialog) == []
        dialog.reject()
    finally:
        app.shutdown()


Opener = Callable[[App], object]
OPENERS: dict[str, Opener] = {
    "settings": lambda app: app.open_settings(),
    "change password": lambda app: app.change_password(False),
    "re-key": lambda app: app.change_password(True),
    "backups": lambda app: app.window.open_backups(),
    "import": lambda app: app.window.open_import(),
    "sweep": lambda app: app.window.open_sweep(),
    "new client": lambda app: app.window.new_client(),
    "edit client": lambda app: app.window.client_page.edit_client(),
    "new record": lambda app: app.window.client_page.open_editor(RecordKind.CREDENTIAL),
    "view record": lambda app: app.window.client_page.open_record(
        app.window.client_page.table.currentIndex().data(RecordListModel.Role.RecordIdRole)
    ),
    "password generator": lambda app: PasswordGeneratorDialog(app.window).open(),
    "export": lambda app: app.window.client_page.export_bundle(),
    "delivery": lambda app: app.window.client_page.edit_delivery(),
    "erase record": lambda app: app.window.client_page.erase_record(),
    "retention": lambda app: app.window.client_page.edit_retention(),
    "legal hold": lambda app: app.window.client_page.edit_hold(),
}


def test_dialogs_of_an_open_vault(
    qtbot: QtBot,
    language: str,
    scale: float,
    folder: Path,
    tmp_path: Path,
    fast_kdf: kdf.KdfParams,
) -> None:
    app = _make_app(qtbot, folder, tmp_path, fast_kdf)
    try:
        unlock(qtbot, app)
        window = app.window
        shop = next(r for r in range(2) if window.clients.client_at(r).name == "山田商店")
        window.show_client(window.clients.client_at(shop).id)
        page = window.client_page
        qtbot.waitUntil(lambda: page.records.rowCount() == 2, timeout=10_000)
        page.table.selectRow(0)
        clipped = {"main window": clipped_labels(window)}
        for name, opener in OPENERS.items():
            opener(app)
            qtbot.waitUntil(lambda: bool(_opened(window)), timeout=5_000)
            qtbot.wait(50)  # dialogs that load on the vault thread fill in
            for widget in _opened(window):
                clipped[name] = clipped_labels(widget)
                widget.close()
            qtbot.waitUntil(lambda: not _opened(window), timeout=5_000)
        assert {name: found for name, found in clipped.items() if found} == {}
    finally:
        app.shutdown()
