"""A client's page: details, records grouped by kind, opening and adding records, deleting."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from tests.ui.fakes import ScriptedPrompts, type_text
from tests.ui.vault_calls import call
from ui.clients.client_dialog import ClientDialog
from ui.clients.client_page import ClientPage
from ui.clients.external_copies import ExternalCopies
from ui.clients.record_editor import RecordEditor
from ui.clients.record_view import RecordView
from ui.incident.offboard_dialog import OffboardDialog
from ui.lock.controller import DraftSource
from ui.models.records import RecordListModel
from ui.retention.erase_dialog import EraseDialog
from ui.retention.legal_hold_dialog import LegalHoldDialog
from ui.retention.retention_dialog import RetentionDialog
from ui.sharing.delivery_dialog import DeliveryDialog
from ui.sharing.export_dialog import ExportDialog
from ui.sharing.redacted_dialog import RedactedExportDialog
from ui.vault_session import VaultSession
from vault.domain.model import Client, Field, FieldType, RecordKind, Sensitivity
from vault.errors import BadInput
from vault.session import Vault
from vault.storage.attachments import Attachment


class Registry:
    """Stands in for the lock controller's list of open editors."""

    def __init__(self) -> None:
        self.sources: list[DraftSource] = []

    def add_draft_source(self, source: DraftSource) -> None:
        self.sources.append(source)

    def remove_draft_source(self, source: DraftSource) -> None:
        self.sources.remove(source)


@pytest.fixture
def client(qtbot: QtBot, gui_session: VaultSession) -> Client:
    def fill(vault: Vault) -> Client:
        made = vault.clients.add_client(
            "株式会社やまだ", ["info@yamada.example.jp"], ["０３－１２３４－５６７８"], "本社は大阪"
        )
        vault.clients.add_record(made.id, RecordKind.NOTE, "議事録", (Field("body", "次回は月曜"),))
        vault.clients.add_record(
            made.id,
            RecordKind.CREDENTIAL,
            "銀行",
            (Field("username", "yamada"), Field("password", "s3cret", FieldType.SECRET)),
            Sensitivity.PERSONAL,
        )
        vault.clients.add_record(made.id, RecordKind.CONTACT, "山田 花子", ())
        return vault.clients.get_client(made.id)

    made: Client = call(qtbot, gui_session, fill)
    return made


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def registry() -> Registry:
    return Registry()


@pytest.fixture
def page(
    qtbot: QtBot,
    gui_session: VaultSession,
    client: Client,
    prompts: ScriptedPrompts,
    registry: Registry,
) -> ClientPage:
    copied: list[str] = []
    external = ExternalCopies(gui_session, lambda _url: True)
    made = ClientPage(gui_session, prompts, copied.append, registry, external)
    qtbot.addWidget(made)
    made.show()
    made.show_client(client.id)
    qtbot.waitUntil(lambda: made.records.rowCount() == 3)
    return made


def titles(page: ClientPage) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def open_editors() -> list[RecordEditor]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, RecordEditor) and w.isVisible()
    ]


def test_details_and_records_grouped_by_kind(page: ClientPage) -> None:
    assert page.name_label.text() == "株式会社やまだ"
    assert "info@yamada.example.jp" in page.details_label.text()
    assert "本社は大阪" in page.details_label.text()
    assert titles(page) == ["山田 花子", "銀行", "議事録"]  # contact, credential, note


def test_the_credential_carries_a_sensitivity_badge(page: ClientPage) -> None:
    row = titles(page).index("銀行")
    badge = page.proxy.index(row, RecordListModel.Column.SENSITIVITY).data()
    assert badge and badge != page.proxy.index(0, RecordListModel.Column.SENSITIVITY).data()


def test_kind_filter_and_text_filter(qtbot: QtBot, page: ClientPage) -> None:
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(RecordKind.NOTE.value))
    assert titles(page) == ["議事録"]
    page.kind_filter.setCurrentIndex(0)
    type_text(qtbot, page.filter_edit, "山田")
    assert titles(page) == ["山田 花子"]


def open_views() -> list[RecordView]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, RecordView) and w.isVisible()
    ]


def test_enter_on_a_record_opens_its_read_view_and_edit_its_editor(
    qtbot: QtBot, page: ClientPage, registry: Registry
) -> None:
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(2, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(open_views()))
    view = open_views()[0]
    assert view.title_label.text() == "議事録"
    assert view.values["body"].text() == "次回は月曜"
    assert not open_editors()
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(open_editors()))
    assert not view.isVisible()
    editor = open_editors()[0]
    assert editor.title_edit.text() == "議事録"
    assert editor in registry.sources
    editor.close_without_saving()
    assert editor not in registry.sources


def test_a_new_record_of_each_kind_from_the_menu(qtbot: QtBot, page: ClientPage) -> None:
    actions = page.new_record_button.menu().actions()
    assert len(actions) == 4
    actions[1].trigger()  # credential
    editor = open_editors()[0]
    assert "password" in editor.inputs
    editor.close_without_saving()


def test_saving_a_record_elsewhere_refreshes_the_page(
    qtbot: QtBot, gui_session: VaultSession, page: ClientPage, client: Client
) -> None:
    gui_session.run(
        lambda v: v.clients.add_record(client.id, RecordKind.NOTE, "追加メモ"),
        changes=client.id,
    )
    qtbot.waitUntil(lambda: page.records.rowCount() == 4)


def _wait_for_preview(qtbot: QtBot, dialog: EraseDialog) -> None:
    qtbot.waitUntil(
        lambda: dialog.contents_label.text().startswith("What will be erased:"), timeout=10_000
    )


def test_erasing_the_client_needs_its_name_and_cancel_keeps_everything(
    qtbot: QtBot, gui_session: VaultSession, page: ClientPage, client: Client
) -> None:
    dialog = page.erase_client()
    assert dialog is not None
    _wait_for_preview(qtbot, dialog)
    type_text(qtbot, dialog.confirm_edit, "株式会社")
    assert not dialog.erase_button.isEnabled()
    dialog.reject()
    assert call(qtbot, gui_session, lambda v: v.clients.get_client(client.id)).name


def test_erasing_the_client_removes_it_with_a_certificate(
    qtbot: QtBot, gui_session: VaultSession, page: ClientPage, client: Client
) -> None:
    dialog = page.erase_client()
    assert dialog is not None
    _wait_for_preview(qtbot, dialog)
    type_text(qtbot, dialog.confirm_edit, "株式会社やまだ")
    qtbot.waitUntil(dialog.erase_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(page.client_deleted, timeout=20_000):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert page.client is None
    with pytest.raises(BadInput):
        call(qtbot, gui_session, lambda v: v.clients.get_client(client.id))
    (certificate,) = (gui_session.folder / "certificates").iterdir()
    assert (certificate / "certificate.pdf").exists()


def test_erase_record_from_the_table(
    qtbot: QtBot, gui_session: VaultSession, page: ClientPage, client: Client
) -> None:
    qtbot.waitUntil(lambda: page.records.rowCount() == 3, timeout=10_000)
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    record_id = page.proxy.index(0, 0).data(RecordListModel.Role.RecordIdRole)
    dialog = page.erase_record()
    assert dialog is not None
    _wait_for_preview(qtbot, dialog)
    type_text(qtbot, dialog.confirm_edit, "erase")
    qtbot.waitUntil(dialog.erase_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(dialog.records_erased, timeout=20_000):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.records.rowCount() == 2, timeout=10_000)
    with pytest.raises(BadInput):
        call(qtbot, gui_session, lambda v: v.clients.get_record(record_id))


def test_lock_clears_the_page(qtbot: QtBot, gui_session: VaultSession, page: ClientPage) -> None:
    gui_session.lock()
    assert page.records.rowCount() == 0
    assert page.name_label.text() == ""
    assert page.details_label.text() == ""
    assert not page.table.isEnabled()


def shown(kind: type[QDialog]) -> QDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[0] if found else None


def test_the_record_menu_offers_retention_and_a_legal_hold(
    qtbot: QtBot, gui_session: VaultSession, page: ClientPage
) -> None:
    texts = [action.text() for action in page.table.actions()]
    assert texts == ["Open record", "&Retention…", "Legal &hold…", "&Erase record…"]
    assert page.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    page.table.setCurrentIndex(page.proxy.index(titles(page).index("議事録"), 0))

    page.table.actions()[2].trigger()
    qtbot.waitUntil(lambda: shown(LegalHoldDialog) is not None)
    hold = shown(LegalHoldDialog)
    assert isinstance(hold, LegalHoldDialog)
    assert hold.state_label.text() == "Not on legal hold."
    hold.reject()

    page.table.actions()[1].trigger()
    qtbot.waitUntil(lambda: shown(RetentionDialog) is not None)
    retention = shown(RetentionDialog)
    assert isinstance(retention, RetentionDialog)
    assert "Personal data" in retention.current_label.text()
    retention.reject()


def test_the_contract_period_is_shown_and_handed_to_the_edit_dialog(
    qtbot: QtBot, gui_session: VaultSession, page: ClientPage, client: Client
) -> None:
    assert "Contract" not in page.details_label.text()
    gui_session.run(
        lambda v: v.retention.set_contract(client.id, dt.date(2025, 4, 1), None), changes=client.id
    )
    qtbot.waitUntil(lambda: "Contract: 2025-04-01 – ongoing" in page.details_label.text())
    page.edit_client()
    dialog = shown(ClientDialog)
    assert isinstance(dialog, ClientDialog)
    assert dialog.contract_start.value() == dt.date(2025, 4, 1)
    assert dialog.contract_end.isEnabled()
    dialog.close_without_saving()


def test_files_dropped_on_the_page_are_attached(
    qtbot: QtBot, gui_session: VaultSession, page: ClientPage, client: Client, tmp_path: Path
) -> None:
    source = tmp_path / "見積書.txt"
    source.write_text("お見積り", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(drop)
    assert page.tabs.currentWidget() is page.attachments
    qtbot.waitUntil(lambda: page.attachments.model.rowCount() == 1, timeout=10_000)
    (attachment,) = call(qtbot, gui_session, lambda v: v.attachments.list(client.id))
    assert attachment.name == "見積書.txt"


def test_the_share_menu_opens_the_sharing_dialogs(
    qtbot: QtBot, gui_session: VaultSession, page: ClientPage
) -> None:
    menu = page.share_button.menu()
    assert [a.text() for a in menu.actions()] == [
        "Encrypted bundle for the client…",
        "Redacted bundle for others…",
        "Delivery setting…",
        "Return and erase (offboard)…",
    ]
    opened = [
        page.export_bundle(),
        page.export_redacted(),
        page.edit_delivery(),
        page.offboard_client(),
    ]
    assert [type(d) for d in opened] == [
        ExportDialog,
        RedactedExportDialog,
        DeliveryDialog,
        OffboardDialog,
    ]
    gui_session.lock()  # lock always wins
    qtbot.waitUntil(lambda: not any(d is not None and d.isVisible() for d in opened))


def test_erasing_a_record_deletes_the_open_copies_of_its_attachments(
    qtbot: QtBot, gui_session: VaultSession, client: Client, registry: Registry
) -> None:
    """Issue 12, item 9: such copies went only with the whole client before."""
    external = ExternalCopies(gui_session, lambda _url: True)
    page = ClientPage(gui_session, ScriptedPrompts(), lambda _text: None, registry, external)
    qtbot.addWidget(page)
    page.show()
    page.show_client(client.id)
    qtbot.waitUntil(lambda: page.records.rowCount() == 3)
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    record_id = page.proxy.index(0, 0).data(RecordListModel.Role.RecordIdRole)

    def attach(vault: Vault) -> tuple[Attachment, Attachment]:
        on_record = vault.attachments.add(client.id, io.BytesIO(b"minutes"), "a.txt", record_id)
        return on_record, vault.attachments.add(client.id, io.BytesIO(b"other"), "b.txt")

    attachments: tuple[Attachment, Attachment] = call(qtbot, gui_session, attach)
    paths: list[Path] = []
    for attachment in attachments:
        external.open(attachment, paths.append, lambda error: pytest.fail(str(error)))
    qtbot.waitUntil(lambda: len(paths) == 2, timeout=10_000)
    try:
        dialog = page.erase_record()
        assert dialog is not None
        _wait_for_preview(qtbot, dialog)
        type_text(qtbot, dialog.confirm_edit, "erase")
        qtbot.waitUntil(dialog.erase_button.isEnabled, timeout=10_000)
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not paths[0].exists(), timeout=20_000)
        assert not paths[0].parent.exists()
        assert external.copies() == [paths[1]] and paths[1].exists()
    finally:
        external.remove_all()
