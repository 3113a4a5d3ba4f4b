"""A real vault behind the GUI session, seeded with a client worth sharing and a bystander."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.ui.fakes import FakeScheduler
from tests.ui.vault_calls import call
from ui.lock.clipboard import SecureClipboard
from ui.vault_session import VaultSession
from vault.domain.model import Field, FieldType, RecordKind, Sensitivity
from vault.session import Vault

NAME = "山田商店"
CONTACT = "山田花子"
PHONE = "090-1234-5678"
QUOTE = b"%PDF-1.7 quote " * 200


@dataclass(frozen=True)
class Seeded:
    client: str
    contact: str  # 山田花子, the one contact record
    note: str  # mentions the contact's phone number
    credential: str
    special: str  # a special-care record
    bare: str  # a client without any contact record
    other: str  # another client, whose contact must never be offered


def seed(vault: Vault) -> Seeded:
    store = vault.clients
    client = store.add_client(NAME, ["shop@example.jp"], ["03-1111-2222"])
    contact = store.add_record(
        client.id,
        RecordKind.CONTACT,
        "経理担当",
        [
            Field("name", CONTACT),
            Field("email", "hanako@example.jp", FieldType.EMAIL),
            Field("phone", PHONE, FieldType.PHONE),
        ],
        Sensitivity.PERSONAL,
    )
    note = store.add_record(
        client.id,
        RecordKind.NOTE,
        "打ち合わせ",
        [Field("body", f"花子さん（{PHONE}）に見積もりを送る", FieldType.MULTILINE)],
    )
    credential = store.add_record(
        client.id,
        RecordKind.CREDENTIAL,
        "レンタルサーバー",
        [Field("username", "yamada"), Field("password", "s3cret-pa55", FieldType.SECRET)],
    )
    special = store.add_record(
        client.id,
        RecordKind.RECORD,
        "健康診断の結果",
        [Field("所見", "要再検査")],
        Sensitivity.SPECIAL_CARE,
    )
    vault.attachments.add(client.id, io.BytesIO(QUOTE), "見積書.pdf")
    bare = store.add_client("Smith Design").id
    other = store.add_client("鈴木工務店")
    store.add_record(other.id, RecordKind.CONTACT, "社長", [Field("name", "鈴木一郎")])
    return Seeded(client.id, contact.id, note.id, credential.id, special.id, bare, other.id)


@pytest.fixture
def seeded(qtbot: QtBot, gui_session: VaultSession) -> Seeded:
    return call(qtbot, gui_session, seed)


@pytest.fixture
def secure_copy(scheduler: FakeScheduler) -> SecureClipboard:
    """The app's self-clearing clipboard, on the fake clock."""
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    return SecureClipboard(clipboard, scheduler, 30)
