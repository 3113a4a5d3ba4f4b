"""A client's attachments: attaching (chooser and drop), progress and cancel, previews,
decrypted copies only after a warning, copies for the system viewer, delete, lock."""

from __future__ import annotations

import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.fakes import ScriptedPrompts
from tests.ui.vault_calls import call
from ui.clients.attachments_panel import AttachmentsPanel
from ui.clients.external_copies import ExternalCopies
from ui.clients.file_transfer import BAR_STEPS
from ui.models.attachments import AttachmentListModel
from ui.preview.dialog import PreviewDialog
from ui.vault_session import VaultSession
from vault.session import Vault
from vault.storage.blob_io import CHUNK_SIZE
from vault.storage.layout import BLOBS_DIR

MEMO = "打ち合わせメモ：次回は月曜\n".encode()
CSV = "氏名,電話\n山田太郎,090-1234-5678\n".encode("cp932")


class Opener:
    """Stands in for the desktop's "open with the default program"."""

    def __init__(self, succeeds: bool = True) -> None:
        self.succeeds = succeeds
        self.urls: list[QUrl] = []

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.succeeds


class Chooser:
    def __init__(self) -> None:
        self.answer: list[Path] = []
        self.asked = 0

    def __call__(self, _parent: object) -> list[Path]:
        self.asked += 1
        return self.answer


@pytest.fixture
def client_id(qtbot: QtBot, gui_session: VaultSession) -> str:
    made: str = call(qtbot, gui_session, lambda v: v.clients.add_client("添付商事").id)
    return made


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "メモ.txt").write_bytes(MEMO)
    (folder / "名簿.csv").write_bytes(CSV)
    return folder


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def opener() -> Opener:
    return Opener()


@pytest.fixture
def external(gui_session: VaultSession, opener: Opener) -> Iterator[ExternalCopies]:
    copies = ExternalCopies(gui_session, opener)
    yield copies
    copies.remove_all()


@pytest.fixture
def chooser() -> Chooser:
    return Chooser()


@pytest.fixture
def panel(
    qtbot: QtBot,
    gui_session: VaultSession,
    client_id: str,
    prompts: ScriptedPrompts,
    external: ExternalCopies,
    chooser: Chooser,
) -> AttachmentsPanel:
    made = AttachmentsPanel(
        gui_session, prompts, lambda _text: None, external, file_chooser=chooser
    )
    qtbot.addWidget(made)
    made.resize(700, 400)
    made.show()
    made.show_client(client_id)
    qtbot.waitUntil(made.attach_button.isEnabled)
    return made


def names(panel: AttachmentsPanel) -> list[str]:
    return [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]


def attach_with_chooser(
    qtbot: QtBot, panel: AttachmentsPanel, chooser: Chooser, *paths: Path
) -> None:
    chooser.answer = list(paths)
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.progress_row.isVisible() and panel.status_label.text() != "")


def select(panel: AttachmentsPanel, name: str) -> None:
    row = names(panel).index(name)
    panel.table.setCurrentIndex(panel.proxy.index(row, 0))


def blob_files(session: VaultSession) -> list[Path]:
    root = session.folder / BLOBS_DIR
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def settle(qtbot: QtBot, session: VaultSession) -> None:
    done: list[bool] = []
    session.run(lambda _vault: None, lambda _none: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)


def stored(qtbot: QtBot, session: VaultSession, client_id: str) -> dict[str, bytes]:
    def read(vault: Vault) -> dict[str, bytes]:
        return {
            a.name: b"".join(vault.attachments.open_stream(a.id))
            for a in vault.attachments.list(client_id)
        }

    found: dict[str, bytes] = call(qtbot, session, read)
    return found


# -- attaching --------------------------------------------------------------------------------


def test_attach_files_chosen_in_the_dialog(
    qtbot: QtBot,
    gui_session: VaultSession,
    client_id: str,
    panel: AttachmentsPanel,
    chooser: Chooser,
    sources: Path,
) -> None:
    values: list[int] = []
    panel.progress_bar.valueChanged.connect(values.append)
    attach_with_chooser(qtbot, panel, chooser, sources / "メモ.txt", sources / "名簿.csv")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert names(panel) == ["メモ.txt", "名簿.csv"]
    assert panel.status_label.text() == "Files attached: 2."
    assert values[-1] == BAR_STEPS
    assert values == sorted(values)
    assert stored(qtbot, gui_session, client_id) == {"メモ.txt": MEMO, "名簿.csv": CSV}
    kinds = [panel.proxy.index(r, AttachmentListModel.Column.TYPE).data() for r in range(2)]
    assert kinds == ["plain text document", "CSV document"]


def test_choosing_nothing_attaches_nothing(
    qtbot: QtBot, panel: AttachmentsPanel, chooser: Chooser
) -> None:
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    assert chooser.asked == 1
    assert not panel.progress_row.isVisible()
    assert panel.model.rowCount() == 0


def drag_events(
    panel: AttachmentsPanel, urls: list[QUrl]
) -> tuple[QDragEnterEvent, QDropEvent, QMimeData]:
    mime = QMimeData()
    mime.setUrls(urls)
    # Over the table: the drop reaches the panel from any of its children.
    where = panel.table.viewport().mapTo(panel, panel.table.viewport().rect().center())
    enter = QDragEnterEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop = QDropEvent(
        QPointF(where),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    return enter, drop, mime


def test_files_dropped_anywhere_on_the_panel_are_attached_and_folders_refused(
    qtbot: QtBot,
    gui_session: VaultSession,
    client_id: str,
    panel: AttachmentsPanel,
    prompts: ScriptedPrompts,
    sources: Path,
) -> None:
    folder = sources / "契約書フォルダ"
    folder.mkdir()
    urls = [
        QUrl.fromLocalFile(str(p)) for p in (sources / "メモ.txt", folder, sources / "名簿.csv")
    ]
    enter, drop, _mime = drag_events(panel, urls)
    window = panel.windowHandle()
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10_000)
    assert [kind for kind, _text in prompts.asked] == ["error"]
    assert "契約書フォルダ" in prompts.asked[0][1]
    assert "Folders cannot be attached" in prompts.asked[0][1]
    assert set(stored(qtbot, gui_session, client_id)) == {"メモ.txt", "名簿.csv"}


def test_a_drag_of_web_links_or_without_a_client_is_refused(
    panel: AttachmentsPanel, sources: Path
) -> None:
    enter, _drop, _mime = drag_events(panel, [QUrl("https://example.jp/file.pdf")])
    QApplication.sendEvent(panel, enter)
    assert not enter.isAccepted()
    panel.clear()
    enter, _drop, _mime = drag_events(panel, [QUrl.fromLocalFile(str(sources / "メモ.txt"))])
    QApplication.sendEvent(panel, enter)
    assert not enter.isAccepted()


def test_a_file_that_cannot_be_read_is_named_in_one_message(
    qtbot: QtBot, panel: AttachmentsPanel, chooser: Chooser, prompts: ScriptedPrompts, sources: Path
) -> None:
    attach_with_chooser(qtbot, panel, chooser, sources / "gone.txt", sources / "メモ.txt")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert prompts.asked == [
        ("error", "These files were not attached:\ngone.txt: The file to attach does not exist.")
    ]
    assert panel.status_label.text() == "Files attached: 1."


def test_progress_shows_while_attaching_and_cancel_leaves_nothing(
    qtbot: QtBot,
    gui_session: VaultSession,
    panel: AttachmentsPanel,
    chooser: Chooser,
    prompts: ScriptedPrompts,
    sources: Path,
) -> None:
    big = sources / "scan.bin"
    big.write_bytes(bytes(3 * CHUNK_SIZE))
    release = threading.Event()
    gui_session.run(lambda _vault: release.wait(10))  # the vault thread is busy for now
    chooser.answer = [big, sources / "メモ.txt"]
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    assert panel.progress_row.isVisible()
    assert panel.progress_label.text() == "Attaching scan.bin (1 of 2)…"
    assert panel.progress_bar.value() == 0
    assert not panel.attach_button.isEnabled()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert panel.progress_label.text() == "Cancelling…"
    release.set()
    qtbot.waitUntil(lambda: not panel.progress_row.isVisible(), timeout=10_000)
    settle(qtbot, gui_session)
    assert panel.status_label.text() == "Cancelled. Files attached before that: 0."
    assert panel.model.rowCount() == 0
    assert blob_files(gui_session) == []  # the partial blob went too
    assert prompts.asked == []
    assert panel.attach_button.isEnabled()


# -- previews ---------------------------------------------------------------------------------


def test_double_click_opens_a_preview_from_memory(
    qtbot: QtBot, panel: AttachmentsPanel, chooser: Chooser, sources: Path
) -> None:
    attach_with_chooser(qtbot, panel, chooser, sources / "メモ.txt")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    viewport = panel.table.viewport()
    center = panel.table.visualRect(panel.proxy.index(0, 0)).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=center)  # a double click starts
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=center)  # with a click
    previews = [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog)]
    assert len(previews) == 1
    dialog = previews[0]
    assert not dialog.isModal()
    qtbot.waitUntil(lambda: dialog.text_view.toPlainText() == MEMO.decode())
    dialog.close()


# -- plaintext out of the vault -------------------------------------------------------------


def test_save_a_decrypted_copy_after_the_warning(
    qtbot: QtBot,
    gui_session: VaultSession,
    panel: AttachmentsPanel,
    chooser: Chooser,
    prompts: ScriptedPrompts,
    sources: Path,
    tmp_path: Path,
) -> None:
    attach_with_chooser(qtbot, panel, chooser, sources / "名簿.csv")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    select(panel, "名簿.csv")
    out = tmp_path / "out" / "名簿.csv"
    out.parent.mkdir()
    prompts.answers = [True, out]
    panel.save_action.trigger()
    qtbot.waitUntil(out.exists, timeout=10_000)
    qtbot.waitUntil(lambda: not panel.progress_row.isVisible())
    assert out.read_bytes() == CSV
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    (kind, warning), (chooser_kind, _title) = prompts.asked
    assert kind == "confirm"
    assert "unencrypted copy of 名簿.csv outside the vault" in warning
    assert chooser_kind == "save_path"
    assert panel.status_label.text() == f"Saved an unencrypted copy: {out}"
    actions = call(qtbot, gui_session, lambda v: [e.action for e in v.audit.entries()])
    assert actions[-1] == "attachment.exported"


def test_declining_the_warning_writes_nothing(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    chooser: Chooser,
    prompts: ScriptedPrompts,
    sources: Path,
    tmp_path: Path,
) -> None:
    attach_with_chooser(qtbot, panel, chooser, sources / "名簿.csv")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    select(panel, "名簿.csv")
    before = sorted(tmp_path.rglob("*"))
    prompts.answers = [False, tmp_path / "never.csv"]
    panel.save_action.trigger()
    assert [kind for kind, _text in prompts.asked] == ["confirm"]  # no file chooser after a No
    assert sorted(tmp_path.rglob("*")) == before
    assert not panel.progress_row.isVisible()


def test_open_with_the_system_viewer_writes_a_listed_copy_after_the_warning(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    chooser: Chooser,
    prompts: ScriptedPrompts,
    external: ExternalCopies,
    opener: Opener,
    sources: Path,
) -> None:
    attach_with_chooser(qtbot, panel, chooser, sources / "メモ.txt")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    select(panel, "メモ.txt")
    prompts.answers = [False]
    panel.open_action.trigger()
    assert opener.urls == []
    assert external.copies() == []
    prompts.answers = [True]
    panel.open_action.trigger()
    qtbot.waitUntil(lambda: bool(opener.urls), timeout=10_000)
    assert "unencrypted copy" in prompts.asked[-1][1]
    (copy,) = external.copies()
    assert opener.urls == [QUrl.fromLocalFile(str(copy))]
    assert copy.read_bytes() == MEMO
    assert panel.copies_row.isVisible()
    assert panel.copies_label.text() == "Unencrypted copies on disk: 1"
    assert str(copy) in panel.copies_label.toolTip()
    qtbot.mouseClick(panel.delete_copies_button, Qt.MouseButton.LeftButton)
    assert not copy.exists()
    assert not copy.parent.exists()
    assert not panel.copies_row.isVisible()


def test_no_program_for_the_file_deletes_the_copy_again(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    chooser: Chooser,
    prompts: ScriptedPrompts,
    external: ExternalCopies,
    opener: Opener,
    sources: Path,
) -> None:
    attach_with_chooser(qtbot, panel, chooser, sources / "メモ.txt")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    select(panel, "メモ.txt")
    opener.succeeds = False
    prompts.answers = [True]
    panel.open_action.trigger()
    qtbot.waitUntil(lambda: len(prompts.asked) == 2, timeout=10_000)
    assert prompts.asked[-1][0] == "error"
    assert "the unencrypted copy was deleted again" in prompts.asked[-1][1]
    assert external.copies() == []
    assert not Path(opener.urls[0].toLocalFile()).parent.exists()


# -- delete and lock --------------------------------------------------------------------------


def test_delete_asks_first(
    qtbot: QtBot,
    gui_session: VaultSession,
    panel: AttachmentsPanel,
    chooser: Chooser,
    prompts: ScriptedPrompts,
    sources: Path,
) -> None:
    attach_with_chooser(qtbot, panel, chooser, sources / "メモ.txt", sources / "名簿.csv")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    select(panel, "メモ.txt")
    prompts.answers = [False]
    panel.delete_action.trigger()
    settle(qtbot, gui_session)
    assert panel.model.rowCount() == 2
    prompts.answers = [True]
    panel.delete_action.trigger()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    assert names(panel) == ["名簿.csv"]
    assert "Delete メモ.txt from the vault?" in prompts.asked[-1][1]
    assert len(blob_files(gui_session)) == 1


def test_deleting_an_attachment_deletes_its_open_copy(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    chooser: Chooser,
    prompts: ScriptedPrompts,
    external: ExternalCopies,
    opener: Opener,
    sources: Path,
) -> None:
    """Issue 12, item 9: the plaintext copy used to outlive the attachment."""
    attach_with_chooser(qtbot, panel, chooser, sources / "メモ.txt", sources / "名簿.csv")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    for count, name in enumerate(("メモ.txt", "名簿.csv"), start=1):
        select(panel, name)
        prompts.answers = [True]
        panel.open_action.trigger()
        qtbot.waitUntil(lambda n=count: len(opener.urls) == n, timeout=10_000)  # type: ignore[misc]
    memo, roster = (Path(url.toLocalFile()) for url in opener.urls)
    select(panel, "メモ.txt")
    prompts.answers = [True]
    panel.delete_action.trigger()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    assert not memo.exists() and not memo.parent.exists()
    assert external.copies() == [roster] and roster.exists()


def test_the_lock_empties_the_panel_and_deletes_copies(
    qtbot: QtBot,
    gui_session: VaultSession,
    panel: AttachmentsPanel,
    chooser: Chooser,
    prompts: ScriptedPrompts,
    external: ExternalCopies,
    opener: Opener,
    sources: Path,
) -> None:
    attach_with_chooser(qtbot, panel, chooser, sources / "メモ.txt")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    select(panel, "メモ.txt")
    prompts.answers = [True]
    panel.open_action.trigger()
    qtbot.waitUntil(lambda: bool(external.copies()), timeout=10_000)
    (copy,) = external.copies()
    dialog = panel.preview()
    assert dialog is not None
    gui_session.lock()
    assert not dialog.isVisible()
    assert panel.model.rowCount() == 0
    assert panel.client_id is None
    assert not panel.attach_button.isEnabled()
    assert not panel.preview_action.isEnabled()
    assert not copy.exists()
    assert external.copies() == []
    assert not panel.copies_row.isVisible()
    assert panel.status_label.text() == ""
