"""RecordView against a real vault: read-only values, masked secrets, logged copies, safe Open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.ui.fakes import ScriptedPrompts
from tests.ui.layout_check import clipped_labels
from tests.ui.vault_calls import call
from ui.clients.record_view import RecordView
from ui.vault_session import VaultSession
from vault.domain.model import Field, FieldType, Record, RecordKind
from vault.inventory.reads import SECRET_REVEALED, VALUE_COPIED
from vault.session import Vault

PASSWORD = "hunter2-秘密"
URL = "https://secure.freee.co.jp/"


@pytest.fixture
def record(qtbot: QtBot, gui_session: VaultSession) -> Record:
    def fill(vault: Vault) -> Record:
        client = vault.clients.add_client("株式会社サンプル")
        return vault.clients.add_record(
            client.id,
            RecordKind.CREDENTIAL,
            "freee会計",
            (
                Field("username", "yamada"),
                Field("password", PASSWORD, FieldType.SECRET),
                Field("url", URL, FieldType.URL),
                Field("notes", "二段階認証あり\n予備コードは金庫", FieldType.MULTILINE),
            ),
        )

    made: Record = call(qtbot, gui_session, fill)
    return made


class Browser:
    """Stands in for QDesktopServices.openUrl: records what would have gone to the browser."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url.toString())
        return True


@pytest.fixture
def browser() -> Browser:
    return Browser()


@pytest.fixture
def copied() -> list[str]:
    return []


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def view(
    qtbot: QtBot,
    gui_session: VaultSession,
    record: Record,
    copied: list[str],
    browser: Browser,
    prompts: ScriptedPrompts,
) -> RecordView:
    made = RecordView(gui_session, prompts, copied.append, record, browser)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def actions(qtbot: QtBot, session: VaultSession) -> list[str]:
    return call(qtbot, session, lambda v: [e.action for e in v.audit.entries()])


def test_values_are_shown_read_only_with_translated_labels(view: RecordView) -> None:
    assert view.title_label.text() == "freee会計"
    assert view.values["username"].text() == "yamada"
    assert view.values["notes"].text() == "二段階認証あり\n予備コードは金庫"
    for line_edit in view.findChildren(QLineEdit):
        assert line_edit.isReadOnly()
    label_texts = [label.text() for label in view.findChildren(type(view.title_label))]
    assert "User name:" in label_texts
    assert "Web address:" in label_texts
    assert clipped_labels(view) == []


def test_the_password_is_masked_until_shown_and_showing_is_logged(
    qtbot: QtBot, view: RecordView, gui_session: VaultSession
) -> None:
    secret = view.secrets["password"]
    assert secret.line_edit.echoMode() == QLineEdit.EchoMode.Password
    assert PASSWORD not in [label.text() for label in view.findChildren(type(view.title_label))]
    qtbot.mouseClick(secret.show_button, Qt.MouseButton.LeftButton)
    assert secret.line_edit.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.waitUntil(lambda: SECRET_REVEALED in actions(qtbot, gui_session))
    view.hide()
    assert not secret.is_revealed()  # a view hidden (closed, locked) masks it again


def test_copy_goes_through_the_secure_clipboard_and_the_access_log(
    qtbot: QtBot, view: RecordView, copied: list[str], gui_session: VaultSession
) -> None:
    qtbot.mouseClick(view.secrets["password"].copy_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.copy_buttons["username"], Qt.MouseButton.LeftButton)
    assert copied == [PASSWORD, "yamada"]
    qtbot.waitUntil(lambda: actions(qtbot, gui_session).count(VALUE_COPIED) == 2)


def test_open_hands_an_https_address_to_the_browser(
    qtbot: QtBot, view: RecordView, browser: Browser
) -> None:
    qtbot.mouseClick(view.open_buttons["url"], Qt.MouseButton.LeftButton)
    assert browser.urls == [URL]


@pytest.mark.parametrize(
    ("typed", "opened"),
    [
        ("http://example.jp/login", "http://example.jp/login"),
        ("example.jp/login", "https://example.jp/login"),
        ("  https://例え.jp/  ", "https://例え.jp/"),
    ],
)
def test_web_addresses_are_opened(
    view: RecordView, browser: Browser, prompts: ScriptedPrompts, typed: str, opened: str
) -> None:
    assert view.open_address(typed)
    assert browser.urls == [opened]
    assert prompts.asked == []


@pytest.mark.parametrize(
    "typed",
    [
        "javascript:alert(document.cookie)",
        "file:///etc/passwd",
        "FILE:///C:/Windows/System32/calc.exe",
        "smb://server/share",
        "data:text/html,<script>alert(1)</script>",
        "https://",
        "",
    ],
)
def test_other_addresses_are_refused_with_a_message(
    view: RecordView, browser: Browser, prompts: ScriptedPrompts, typed: str
) -> None:
    assert not view.open_address(typed)
    assert browser.urls == []
    assert prompts.asked and prompts.asked[0][0] == "error"
    assert "http://" in prompts.asked[0][1]


def test_edit_closes_the_view_and_asks_for_the_editor(
    qtbot: QtBot, view: RecordView, record: Record
) -> None:
    with qtbot.waitSignal(view.edit_requested) as requested:
        qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert requested.args == [record]
    assert not view.isVisible()


def test_a_note_has_no_open_button(
    qtbot: QtBot, gui_session: VaultSession, copied: list[str], browser: Browser
) -> None:
    def fill(vault: Vault) -> Record:
        client = vault.clients.add_client("山田商店")
        return vault.clients.add_record(
            client.id, RecordKind.NOTE, "打ち合わせ", (Field("body", "月曜 10時"),)
        )

    note: Record = call(qtbot, gui_session, fill)
    view = RecordView(gui_session, ScriptedPrompts(), copied.append, note, browser)
    qtbot.addWidget(view)
    assert view.open_buttons == {}
    assert view.secrets == {}
    assert view.values["body"].text() == "月曜 10時"
