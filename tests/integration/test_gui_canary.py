"""GUI canary test: canaries typed into every editor of the real app, then every byte on disk raw.

The desktop app is driven end to end through its widgets, as a user would:
first run (a canary password), clients and records of every kind with a
canary in every field, the copy buttons, the client filter, the record filter
and the global search, the settings dialog, an editor left half-typed when the
idle lock strikes (its draft is sealed, restored after unlock and saved), and
quit with another half-typed editor. Then no canary, in any encoding or
normalised form, nor a random part of one, may appear in the vault folder, the
settings file, the process's temp dir, home and XDG dirs, any file the process
wrote from Python or holds open; nor on the clipboard once locked, nor in a
Qt message, a log record, a prompt or the process output.

No recovery sheet is saved here: it holds the recovery key in plain text on
purpose (it is meant to be printed), so it would be a leak by design.
"""

from __future__ import annotations

import json
import logging
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QMimeData, Qt, qDebug
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton, QWidget
from pytestqt.logging import _QtMessageCapture
from pytestqt.qtbot import QtBot

from tests.integration.canary import (
    Canaries,
    WriteRecorder,
    find_leaks,
    isolate_process_dirs,
)
from tests.integration.test_canary import (
    QUERY,
    SECRET,
    LeakCheck,
    Sandbox,
    core,
    every_field,
    everything,
    title,
)
from tests.ui.fakes import FakeScheduler, ScriptedPrompts, type_text
from ui.app import App
from ui.clients.client_dialog import ClientDialog
from ui.clients.field_inputs import FieldInput
from ui.clients.record_editor import RecordEditor
from ui.clients.record_view import RecordView
from ui.clients.secret_field import SecretField
from ui.lock.os_events import SessionEvents
from ui.models.records import RecordListModel, kind_name
from ui.settings.settings import SettingsStore, default_settings_path
from ui.settings.settings_dialog import SettingsDialog
from ui.unlock.create_vault_dialog import CreateVaultDialog, Page
from vault.domain.model import Field, FieldType, RecordKind, Sensitivity
from vault.keys import kdf, recovery
from vault.session import Vault

KDF_TIMEOUT_MS = 20_000  # one Argon2id run at the floor parameters, with room to spare
JOB_TIMEOUT_MS = 10_000
IDLE_MINUTES = 1
CLIPBOARD_SECONDS = 600  # longer than the idle timeout: only the lock can clear it in time

W = TypeVar("W", bound=QWidget)


# -- a sandboxed app ----------------------------------------------------------------------


@dataclass
class Harness:
    app: App
    scheduler: FakeScheduler
    prompts: ScriptedPrompts
    settings_path: Path
    shut_down: bool = False

    def quit(self) -> None:
        """What Quit does in the real app: the window closes (locking), then the app ends."""
        self.app.window.quit_action.trigger()
        self.app.shutdown()
        self.shut_down = True


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    """HOME, the XDG dirs and the temp dir under tmp_path, set before the App exists."""
    dirs = isolate_process_dirs(monkeypatch, tmp_path / "process")
    assert tempfile.gettempdir() == str(dirs.temp)
    with WriteRecorder() as writes:
        yield Sandbox(tmp_path, dirs.temp, tmp_path / "vault", writes)


@pytest.fixture
def harness(qtbot: QtBot, sandbox: Sandbox, fast_kdf: kdf.KdfParams) -> Iterator[Harness]:
    settings_path = default_settings_path()  # the real location, resolved in the sandbox
    assert settings_path.is_relative_to(sandbox.root), settings_path
    scheduler = FakeScheduler()
    prompts = ScriptedPrompts()
    app = App(
        sandbox.vault_dir,
        SettingsStore(settings_path),
        prompts=prompts,
        scheduler=scheduler,
        clock=scheduler,
        os_events=SessionEvents(),
        capture_apply=lambda _window, _protect: True,
        kdf_params=fast_kdf,
    )
    app.show()
    qtbot.addWidget(app.window)
    made = Harness(app, scheduler, prompts, settings_path)
    yield made
    if not made.shut_down:
        app.shutdown()


# -- driving the widgets ------------------------------------------------------------------


def window_of(qtbot: QtBot, kind: type[W]) -> W:
    """The one visible window (dialog) of this kind, once it is up."""
    found: list[W] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind)]
        found[:] = [w for w in found if w.isVisible()]
        return len(found) == 1

    qtbot.waitUntil(shown, timeout=JOB_TIMEOUT_MS)
    return found[0]


def settle(qtbot: QtBot, app: App) -> None:
    """Wait until every vault job queued so far has run (a lock seals its drafts there)."""
    done: list[bool] = []
    app.session.run(lambda _vault: None, lambda _none: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=JOB_TIMEOUT_MS)


def typing_target(field_input: FieldInput) -> QWidget:
    editor = field_input.editor
    return editor.line_edit if isinstance(editor, SecretField) else editor


def copy_button(field_input: FieldInput) -> QPushButton:
    if isinstance(field_input.editor, SecretField):
        return field_input.editor.copy_button
    assert field_input.copy_button is not None
    return field_input.copy_button


def clipboard_contents() -> str:
    """The clipboard's text and every format it offers, decoded as far as possible."""
    clipboard = QGuiApplication.clipboard()
    parts = [clipboard.text()]
    mime: QMimeData | None = clipboard.mimeData()
    if mime is not None:
        for name in mime.formats():
            raw = mime.data(name).data()
            for encoding in ("utf-8", "utf-16-le"):
                parts.append(bytes(raw).decode(encoding, "replace"))
    return "\n".join(parts)


def copy_every_value(qtbot: QtBot, inputs: list[FieldInput]) -> list[str]:
    """Press each Copy button; each puts exactly that value on the clipboard."""
    copied = []
    for field_input in inputs:
        qtbot.mouseClick(copy_button(field_input), Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == field_input.text()
        copied.append(field_input.text())
    return copied


def create_vault(qtbot: QtBot, app: App, c: Canaries, password: str) -> None:
    """First run: the welcome page, a canary password typed twice, the key typed back."""
    qtbot.mouseClick(app.lock_screen.welcome.create_button, Qt.MouseButton.LeftButton)
    dialog = window_of(qtbot, CreateVaultDialog)
    type_text(qtbot, dialog.password_fields.password_edit, password)
    type_text(qtbot, dialog.password_fields.confirm_edit, password)
    assert dialog.password_fields.password_edit.text() == password
    assert dialog.next_button.isEnabled(), dialog.password_fields.strength_label.text()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.pages.currentIndex() == Page.RECOVERY_KEY, timeout=KDF_TIMEOUT_MS
    )
    key = recovery.format_key(
        recovery.parse(dialog.recovery_page.key_label.text().replace("\n", " "))
    )
    c.track("secret.recovery-key", key, key.replace("-", ""))
    qtbot.keyClicks(dialog.recovery_page.typed_back, key)
    assert dialog.finish_button.isEnabled()
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert app.window.pages.currentWidget() is app.window.workspace


def add_client(
    qtbot: QtBot, app: App, name: str, emails: list[str], phones: list[str], notes: str
) -> str:
    """New client through the dialog; returns its id once its page is shown."""
    qtbot.mouseClick(app.window.new_client_button, Qt.MouseButton.LeftButton)
    dialog = window_of(qtbot, ClientDialog)
    type_text(qtbot, dialog.name_edit, name)
    type_text(qtbot, dialog.emails_edit, "\n".join(emails))
    type_text(qtbot, dialog.phones_edit, "\n".join(phones))
    type_text(qtbot, dialog.notes_edit, notes)
    saved: list[str] = []
    dialog.saved.connect(saved.append)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(saved or dialog.error_text()), timeout=JOB_TIMEOUT_MS)
    assert saved, dialog.error_text()
    page = app.window.client_page
    qtbot.waitUntil(lambda: page.client is not None and page.client.id == saved[0])
    # The client list reloads after the page has opened.
    qtbot.waitUntil(lambda: app.window.clients.index_of(saved[0]).isValid())
    return saved[0]


def select_client(qtbot: QtBot, app: App, client_id: str) -> None:
    row = app.window.client_proxy.mapFromSource(app.window.clients.index_of(client_id)).row()
    assert row >= 0
    app.window.client_table.selectRow(row)
    page = app.window.client_page
    qtbot.waitUntil(lambda: page.client is not None and page.client.id == client_id)


def new_record_editor(qtbot: QtBot, app: App, kind: RecordKind) -> RecordEditor:
    """New record of `kind` from the page's New record menu."""
    menu = app.window.client_page.new_record_button.menu()
    action = next(a for a in menu.actions() if a.text() == kind_name(kind))
    action.trigger()
    return window_of(qtbot, RecordEditor)


def fill_record(
    qtbot: QtBot, editor: RecordEditor, record_title: str, fields: tuple[Field, ...]
) -> list[FieldInput]:
    """Type the title and every field; free-form fields are added by name and type."""
    type_text(qtbot, editor.title_edit, record_title)
    combo = editor.sensitivity_combo
    combo.setCurrentIndex(combo.findData(Sensitivity.SPECIAL_CARE.value))
    inputs: list[FieldInput] = []
    for item in fields:
        if item.key in editor.inputs:
            field_input = editor.inputs[item.key]
        else:
            qtbot.mouseClick(editor.add_field_button, Qt.MouseButton.LeftButton)
            row = editor.custom_rows[-1]
            type_text(qtbot, row.name_edit, item.key)
            row.type_combo.setCurrentIndex(row.type_combo.findData(item.type.value))
            field_input = row.value
        assert field_input.field_type is item.type
        type_text(qtbot, typing_target(field_input), item.value)
        inputs.append(field_input)
    return inputs


def closings(dialog: QDialog) -> list[int]:
    """Fills with the result code when the dialog closes (it may be deleted right after)."""
    codes: list[int] = []
    dialog.finished.connect(codes.append)
    return codes


def save_record(qtbot: QtBot, editor: RecordEditor) -> str:
    saved: list[str] = []
    editor.saved.connect(saved.append)
    closed = closings(editor)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(saved or editor.error_text()), timeout=JOB_TIMEOUT_MS)
    assert saved, editor.error_text()
    assert closed
    return saved[0]


def open_record(qtbot: QtBot, app: App, record_id: str) -> RecordEditor:
    """Double-click the record's row in the client page's table, then Edit in its read view."""
    page = app.window.client_page
    qtbot.waitUntil(lambda: page.records.index_of(record_id).isValid(), timeout=JOB_TIMEOUT_MS)
    proxy_index = page.proxy.mapFromSource(
        page.records.index_of(record_id, RecordListModel.Column.TITLE)
    )
    rect = page.table.visualRect(proxy_index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = window_of(qtbot, RecordView)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    return window_of(qtbot, RecordEditor)


def unlock(qtbot: QtBot, app: App, password: str) -> None:
    screen = app.lock_screen.unlock
    type_text(qtbot, screen.password_edit, password)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.session.is_unlocked, timeout=KDF_TIMEOUT_MS)


def assert_output_clean(
    c: Canaries,
    caplog: pytest.LogCaptureFixture,
    qtlog: _QtMessageCapture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """Neither Python logging, nor Qt's message handler, nor stdout/stderr saw a canary."""
    logged = [caplog.text, *(r.getMessage() for r in caplog.records)]
    assert c.found_in("\n".join(logged)) == [], "a canary reached the Python logs"
    qt_messages = [str(r.message) for r in qtlog.records]
    assert c.found_in("\n".join(qt_messages)) == [], "a canary reached a Qt log message"
    out, err = capfd.readouterr()
    assert c.found_in(out + err) == [], "a canary reached stdout or stderr"


# -- the test ----------------------------------------------------------------------------


def test_every_gui_editor_leaves_no_canary_on_disk_clipboard_or_logs(
    qtbot: QtBot,
    harness: Harness,
    sandbox: Sandbox,
    caplog: pytest.LogCaptureFixture,
    qtlog: _QtMessageCapture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    app, c = harness.app, Canaries()
    check = LeakCheck(sandbox, c)
    page = app.window.client_page
    assert app.lock_screen.stack.currentWidget() is app.lock_screen.welcome

    # First run, with a password typed through the input method.
    password = c.japanese("secret.password")
    create_vault(qtbot, app, c, password)

    # Clients through the client dialog: Japanese, full-width digits, a Japanese address.
    taro = add_client(
        qtbot,
        app,
        c.japanese("taro.name"),
        [c.email("taro.email"), c.email("taro.email2", full_width=False)],
        [c.phone("taro.phone"), c.phone("taro.phone2")],
        c.multiline("taro.notes") + "\n" + c.address("taro.address"),
    )
    hanako = add_client(
        qtbot,
        app,
        c.halfwidth_kana("hanako.name"),
        [],
        [c.phone("hanako.phone")],
        c.emoji("hanako.notes"),
    )
    assert app.window.clients.rowCount() == 2

    # One record of every kind for taro, a canary in every field, every value copied.
    select_client(qtbot, app, taro)
    record_ids: dict[RecordKind, str] = {}
    copied: list[str] = []
    for kind in RecordKind:
        editor = new_record_editor(qtbot, app, kind)
        inputs = fill_record(
            qtbot, editor, title(c, kind, f"rec.{kind}.title"), every_field(kind, c, f"rec.{kind}")
        )
        copied += copy_every_value(qtbot, inputs)
        record_ids[kind] = save_record(qtbot, editor)
    assert {"rec.credential.password", "rec.record.secret"} <= set(c.found_in("\n".join(copied)))
    qtbot.waitUntil(lambda: page.records.rowCount() == len(RecordKind), timeout=JOB_TIMEOUT_MS)

    # The client filter, the record filter and the global search, with hits and misses.
    client_names = [app.window.client_proxy.index(r, 0).data() for r in range(2)]
    type_text(qtbot, app.window.client_filter, core(c, "hanako.name"))
    assert app.window.client_proxy.rowCount() == 1
    app.window.client_filter.clear()
    type_text(qtbot, app.window.client_filter, c.ascii("query.client-filter"))
    assert app.window.client_proxy.rowCount() == 0
    app.window.client_filter.clear()
    assert sorted(app.window.client_proxy.index(r, 0).data() for r in range(2)) == sorted(
        client_names
    )

    type_text(qtbot, page.filter_edit, core(c, f"rec.{RecordKind.NOTE}.title"))
    assert page.proxy.rowCount() == 1
    page.filter_edit.clear()
    type_text(qtbot, page.filter_edit, c.japanese("query.record-filter"))
    assert page.proxy.rowCount() == 0
    page.filter_edit.clear()
    assert page.proxy.rowCount() == len(RecordKind)

    results = app.window.search_panel.model
    type_text(qtbot, app.window.global_search, core(c, "taro.name")[:4])
    qtbot.waitUntil(lambda: results.rowCount() == 1, timeout=JOB_TIMEOUT_MS)
    app.window.global_search.clear()
    type_text(qtbot, app.window.global_search, core(c, "taro.phone"))  # full-width digits
    qtbot.waitUntil(lambda: results.rowCount() == 1, timeout=JOB_TIMEOUT_MS)
    app.window.global_search.clear()
    status = app.window.search_panel.status
    for query in (c.japanese("query.search"), c.phone("query.search-phone")):
        type_text(qtbot, app.window.global_search, query)
        qtbot.waitUntil(lambda: status.text() == "No matches", timeout=JOB_TIMEOUT_MS)
        qtbot.keyClick(app.window.global_search, Qt.Key.Key_Escape)
        assert app.window.global_search.text() == ""
    check.assert_no_leak("while unlocked, after saving and searching")

    # Settings, from the Vault menu, saved (idle lock 1 min, clipboard kept 10 min).
    app.window.settings_action.trigger()
    settings = window_of(qtbot, SettingsDialog)
    settings.idle_minutes.setValue(IDLE_MINUTES)
    settings.clipboard_seconds.setValue(CLIPBOARD_SECONDS)
    box = settings.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not settings.isVisible())
    assert SettingsStore(harness.settings_path).load().idle_lock_minutes == IDLE_MINUTES
    assert app.clipboard.clear_after_seconds == CLIPBOARD_SECONDS

    # An edit left half-typed, a value copied from it, then the idle lock strikes.
    editor = open_record(qtbot, app, record_ids[RecordKind.CREDENTIAL])
    type_text(qtbot, editor.title_edit, " " + c.ascii("draft.title"))
    type_text(qtbot, typing_target(editor.inputs["notes"]), c.address("draft.notes") + "\n")
    password_input = editor.inputs["password"]
    type_text(qtbot, typing_target(password_input), c.emoji("draft.password"))
    copy_every_value(qtbot, [password_input])
    assert "draft.password" in c.found_in(clipboard_contents())
    closed = closings(editor)
    harness.scheduler.advance(IDLE_MINUTES * 60)
    assert closed
    assert app.window.pages.currentWidget() is app.lock_screen
    assert c.found_in(clipboard_contents()) == [], "the lock left a canary on the clipboard"
    assert QGuiApplication.clipboard().text() == ""
    settle(qtbot, app)
    check.assert_no_leak("after the idle lock sealed a draft")

    # A wrong password first (its message echoes nothing), then unlock and restore the draft.
    unlock_screen = app.lock_screen.unlock
    type_text(qtbot, unlock_screen.password_edit, c.ascii("secret.wrong-password"))
    qtbot.mouseClick(unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(unlock_screen.error_label.isVisible, timeout=KDF_TIMEOUT_MS)
    assert c.found_in(unlock_screen.error_label.text()) == []
    assert unlock_screen.password_edit.text() == ""
    harness.prompts.answers.append(True)  # "Open the unsaved edits again?" Yes.
    unlock(qtbot, app, password)
    restored = window_of(qtbot, RecordEditor)
    assert restored.banner.isVisible()
    assert "draft.title" in c.found_in(restored.title_edit.text())
    assert "draft.notes" in c.found_in(restored.inputs["notes"].text())
    assert "draft.password" in c.found_in(restored.inputs["password"].text())
    assert save_record(qtbot, restored) == record_ids[RecordKind.CREDENTIAL]

    # Quit with another edit half-typed: it is kept as a sealed draft.
    select_client(qtbot, app, hanako)
    editor = new_record_editor(qtbot, app, RecordKind.NOTE)
    body = Field("body", c.multiline("quit.body"), FieldType.MULTILINE)
    fill_record(qtbot, editor, c.japanese("quit.title"), (body,))
    harness.quit()
    assert c.found_in(clipboard_contents()) == []
    check.assert_no_leak("after quitting")
    assert harness.settings_path in sandbox.writes.paths  # the settings file was scanned
    asked = "\n".join(text for _kind, text in harness.prompts.asked)
    assert "error" not in {kind for kind, _text in harness.prompts.asked}, asked
    assert "not saved when the vault locked" in asked  # the draft was offered back
    assert c.found_in(asked) == []
    assert_output_clean(c, caplog, qtlog, capfd)

    # The scans mean something only if the canaries really were stored (encrypted).
    vault = Vault(sandbox.vault_dir)
    try:
        vault.unlock(password)
        stored = everything(vault)
        assert len(vault.drafts.list()) == 1
    finally:
        vault.close()
    live = {x.label for x in c.issued if not x.label.startswith((SECRET, QUERY))}
    assert set(c.found_in(stored)) == live

    # Positive control: a canary that does reach the settings file is found there.
    data = json.loads(harness.settings_path.read_text(encoding="utf-8"))
    data["language"] = c.japanese("control.settings")
    harness.settings_path.write_text(json.dumps(data), encoding="utf-8")  # \u escapes
    assert list(find_leaks([sandbox.root], c)) == [harness.settings_path]
    with pytest.raises(AssertionError, match=re.escape(str(harness.settings_path))):
        check.assert_no_leak("with a canary planted in the settings")


def test_the_log_checks_catch_a_canary_from_qt_or_python(
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
    qtlog: _QtMessageCapture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    c = Canaries()
    assert_output_clean(c, caplog, qtlog, capfd)
    qDebug(f"restored {c.address('qt')}")
    with pytest.raises(AssertionError, match="Qt log"):
        assert_output_clean(c, caplog, qtlog, capfd)
    logging.getLogger("ui").warning("saved %s", c.japanese("python"))
    with pytest.raises(AssertionError, match="Python logs"):
        assert_output_clean(c, caplog, qtlog, capfd)
