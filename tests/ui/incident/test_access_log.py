"""Reads in the GUI reach the client's own access log: opening the client's records,
revealing and copying a saved secret; with ids only, never the value."""

from __future__ import annotations

import json

from pytestqt.qtbot import QtBot

from tests.ui.fakes import ScriptedPrompts
from tests.ui.vault_calls import call
from ui.clients.record_editor import RecordEditor
from ui.clients.secret_field import SecretField
from ui.vault_session import VaultSession
from vault.domain.model import Field, FieldType, Record, RecordKind
from vault.session import Vault


def _setup(vault: Vault) -> Record:
    client = vault.clients.add_client("山田デザイン")
    return vault.clients.add_record(
        client.id,
        RecordKind.CREDENTIAL,
        "サーバー",
        [Field("username", "yamada"), Field("password", "s3cret-値", FieldType.SECRET)],
    )


def _reads(vault: Vault) -> list[tuple[str, str | None, str]]:
    return [
        (e.action, e.client_id, json.dumps(e.details, ensure_ascii=False))
        for e in vault.audit.entries()
        if e.action in ("secret.revealed", "value.copied", "records.opened")
    ]


def test_revealing_and_copying_a_saved_secret_are_logged(
    qtbot: QtBot, gui_session: VaultSession
) -> None:
    record = call(qtbot, gui_session, _setup)
    copied: list[str] = []
    editor = RecordEditor(
        gui_session, ScriptedPrompts(), copied.append, record.client_id, record.kind, record
    )
    qtbot.addWidget(editor)
    editor.show()
    secret = editor.inputs["password"].editor
    assert isinstance(secret, SecretField)
    secret.set_revealed(True)
    secret.copy_button.click()
    assert copied == ["s3cret-値"]
    qtbot.waitUntil(lambda: len(call(qtbot, gui_session, _reads)) == 2, timeout=10_000)
    reads = call(qtbot, gui_session, _reads)
    assert [(a, c) for a, c, _ in reads] == [
        ("secret.revealed", record.client_id),
        ("value.copied", record.client_id),
    ]
    assert all(record.id in d and "s3cret" not in d for _, _, d in reads)
