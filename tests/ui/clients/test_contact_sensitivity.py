"""A contact typed in starts as personal data, as an imported one is."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.vault_calls import unlock
from ui.app import App
from vault.domain.model import RecordKind, Sensitivity, default_sensitivity


def test_a_new_contact_starts_personal_like_an_imported_one(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    window = app.window
    shop = next(r for r in range(2) if window.clients.client_at(r).name == "山田商店")
    window.show_client(window.clients.client_at(shop).id)
    qtbot.waitUntil(lambda: window.client_page.client is not None, timeout=10_000)
    contact = window.client_page.open_editor(RecordKind.CONTACT)
    note = window.client_page.open_editor(RecordKind.NOTE)
    assert contact is not None and note is not None
    assert contact.sensitivity_combo.currentData() == Sensitivity.PERSONAL.value
    assert note.sensitivity_combo.currentData() == Sensitivity.NORMAL.value
    assert not contact.has_unsaved_changes()  # the default is no edit to ask about
    assert default_sensitivity(RecordKind.CONTACT) is Sensitivity.PERSONAL
    for editor in (contact, note):
        editor.close_without_saving()
