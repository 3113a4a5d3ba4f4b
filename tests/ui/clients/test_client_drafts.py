"""Half-typed editors other than records' (a client, new or edited; the incident wizard) are
kept on auto-lock and offered back (issue 16, item 7)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.integration.canary import Canaries, scan_tree
from tests.ui.fakes import FakeScheduler, ScriptedPrompts, type_text
from tests.ui.vault_calls import call, save, unlock
from ui.app import App
from ui.clients.client_dialog import ClientDialog
from ui.incident.incident_wizard import IncidentWizard

IDLE = 5 * 60  # the default auto-lock


def shown_dialog(qtbot: QtBot) -> ClientDialog:
    def visible() -> list[ClientDialog]:
        shown = QApplication.topLevelWidgets()
        return [w for w in shown if isinstance(w, ClientDialog) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(visible()), timeout=5000)
    return visible()[0]


def lock_idle_and_unlock(qtbot: QtBot, app: App, scheduler: FakeScheduler, clients: int) -> None:
    scheduler.advance(IDLE)
    assert app.window.pages.currentWidget() is app.lock_screen
    prompts = app.prompts
    assert isinstance(prompts, ScriptedPrompts)
    prompts.answers.append(True)  # "Open them again to finish?"
    unlock(qtbot, app, clients)


def test_a_half_typed_new_client_comes_back_after_an_idle_lock(
    qtbot: QtBot, app: App, scheduler: FakeScheduler, tmp_path: Path
) -> None:
    canaries = Canaries()
    name, notes = canaries.japanese("name"), canaries.japanese("notes")
    unlock(qtbot, app)
    app.window.new_client()
    dialog = shown_dialog(qtbot)
    type_text(qtbot, dialog.name_edit, name)
    type_text(qtbot, dialog.furigana_edit, "ｶﾅﾘｱ")
    type_text(qtbot, dialog.notes_edit, notes)
    type_text(qtbot, dialog.phones_edit, "090-12")  # half-typed: not a number yet

    lock_idle_and_unlock(qtbot, app, scheduler, clients=2)
    restored = shown_dialog(qtbot)
    assert restored is not dialog
    assert restored.windowTitle() == "New client"
    assert restored.name_edit.text() == name
    assert restored.furigana_edit.text() == "ｶﾅﾘｱ"
    assert restored.notes_edit.toPlainText() == notes
    assert restored.phones_edit.toPlainText() == "090-12"
    assert "Restored from an unsaved edit." in restored.banner.text()

    session = app.session
    kept = call(qtbot, session, lambda v: v.database.scalar("SELECT count(*) FROM form_drafts"))
    assert kept == 1
    call(qtbot, session, lambda v: v.database.checkpoint())
    # The draft is sealed; nothing in the vault folder or the settings holds the text.
    assert scan_tree(tmp_path, canaries) == []

    restored.phones_edit.setPlainText("090-1234-5678")
    save(qtbot, restored)
    names = call(qtbot, session, lambda v: [c.name for c in v.clients.list_clients()])
    assert name in names
    assert call(qtbot, session, lambda v: list(v.form_drafts.list())) == []  # settled


def test_an_edited_client_comes_back_over_the_client(
    qtbot: QtBot, app: App, scheduler: FakeScheduler
) -> None:
    unlock(qtbot, app)
    app.window.client_filter.setText("Smith")
    app.window.client_table.selectRow(0)
    qtbot.waitUntil(lambda: app.window.client_page.client is not None)
    app.window.client_page.edit_client()
    dialog = shown_dialog(qtbot)
    assert dialog.windowTitle() == "Edit client"
    dialog.furigana_edit.setText("すみす でざいん")
    type_text(qtbot, dialog.notes_edit, "請求書は月末")

    lock_idle_and_unlock(qtbot, app, scheduler, clients=2)
    restored = shown_dialog(qtbot)
    assert restored.windowTitle() == "Edit client"
    assert restored.name_edit.text() == "Smith Design"
    assert restored.furigana_edit.text() == "すみす でざいん"
    assert restored.notes_edit.toPlainText() == "請求書は月末"
    save(qtbot, restored)
    smith = call(
        qtbot, app.session, lambda v: next(c for c in v.clients.list_clients() if c.furigana)
    )
    assert (smith.name, smith.notes) == ("Smith Design", "請求書は月末")


def test_an_unchanged_dialog_leaves_no_draft(
    qtbot: QtBot, app: App, scheduler: FakeScheduler
) -> None:
    unlock(qtbot, app)
    app.window.new_client()
    shown_dialog(qtbot)
    scheduler.advance(IDLE)
    prompts = app.prompts
    assert isinstance(prompts, ScriptedPrompts)
    unlock(qtbot, app)
    assert not any(kind == "confirm" for kind, _text in prompts.asked)
    vault_drafts = call(qtbot, app.session, lambda v: list(v.form_drafts.list()))
    assert vault_drafts == []


def test_the_incident_wizards_first_page_comes_back_and_is_settled_when_recorded(
    qtbot: QtBot, app: App, scheduler: FakeScheduler, tmp_path: Path
) -> None:
    canaries = Canaries()
    note = canaries.japanese("incident note")
    unlock(qtbot, app)
    wizard = app.window.open_incident()
    qtbot.waitUntil(lambda: not wizard.is_busy and wizard.clients_list.count() == 2)
    wizard.key_combo.setCurrentIndex(wizard.key_combo.findData("yes"))
    wizard.clients_list.item(0).setCheckState(Qt.CheckState.Checked)
    ticked = wizard.clients_list.item(0).data(Qt.ItemDataRole.UserRole)
    type_text(qtbot, wizard.note_edit, note)

    lock_idle_and_unlock(qtbot, app, scheduler, clients=2)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, IncidentWizard) and w.isVisible() for w in QApplication.topLevelWidgets()
        ),
        timeout=5000,
    )
    restored = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, IncidentWizard) and w.isVisible()
    )
    assert restored is not wizard
    qtbot.waitUntil(lambda: not restored.is_busy and restored.clients_list.count() == 2)
    assert restored.note_edit.toPlainText() == note
    assert restored.key_combo.currentData() == "yes"
    checked = restored.clients_list.item(0)
    assert (checked.data(Qt.ItemDataRole.UserRole), checked.checkState()) == (
        ticked,
        Qt.CheckState.Checked,
    )
    assert restored.status_label.text() == "Restored from an unsaved edit."
    call(qtbot, app.session, lambda v: v.database.checkpoint())
    assert scan_tree(tmp_path, canaries) == []

    restored.next()  # records the incident
    qtbot.waitUntil(lambda: restored.incident_id is not None, timeout=10_000)
    assert call(qtbot, app.session, lambda v: list(v.form_drafts.list())) == []
    restored.close()


def test_declined_drafts_can_be_discarded_and_are_gone_from_the_vault(
    qtbot: QtBot, app: App, scheduler: FakeScheduler
) -> None:
    unlock(qtbot, app)
    app.window.new_client()
    type_text(qtbot, shown_dialog(qtbot).name_edit, "捨てる下書き")
    scheduler.advance(IDLE)
    prompts = app.prompts
    assert isinstance(prompts, ScriptedPrompts)
    prompts.answers += [False, True]  # not "Open them again", then "Discard"
    unlock(qtbot, app, 2)
    qtbot.waitUntil(
        lambda: call(qtbot, app.session, lambda v: list(v.form_drafts.list())) == [],
        timeout=5000,
    )
    assert not any(
        isinstance(w, ClientDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
