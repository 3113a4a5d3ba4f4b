"""Attachment canary test: files full of canaries attached, previewed, locked, quit.

A text file (UTF-8, with a canary in its name too) and a CSV as Japanese Excel
writes it (CP932) are attached through the panel and previewed, the way a user
would. Then no canary, in any encoding or normalised form, nor a random part of
one, may appear in any file under the sandbox (vault folder, blobs included,
temp dir, home and XDG dirs), any file the process wrote from Python or holds
open, or the logs. The source files live in the sandbox too and are deleted
before the first scan, so every hit would be the app's.

Positive control: "Open with the system viewer" does write the canaries to the
temp dir (the one warned-about exception); the scan finds that copy, and the
lock deletes it.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.logging import _QtMessageCapture
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from tests.integration.canary import Canaries, WriteRecorder, find_leaks, isolate_process_dirs
from tests.integration.test_canary import LeakCheck, Sandbox
from tests.integration.test_gui_canary import assert_output_clean
from tests.ui.fakes import ScriptedPrompts
from tests.ui.vault_calls import call
from ui.clients.attachments_panel import AttachmentsPanel
from ui.clients.external_copies import ExternalCopies
from ui.preview.dialog import PreviewDialog
from ui.vault_session import VaultSession
from ui.vault_thread import VaultThread
from vault.keys import kdf
from vault.session import Vault
from vault.storage.attachments import Attachment

JOB_TIMEOUT_MS = 10_000


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    """HOME, the XDG dirs and the temp dir under tmp_path, set before the session exists."""
    dirs = isolate_process_dirs(monkeypatch, tmp_path / "process")
    assert tempfile.gettempdir() == str(dirs.temp)
    with WriteRecorder() as writes:
        yield Sandbox(tmp_path, dirs.temp, tmp_path / "vault", writes)


@dataclass
class Harness:
    session: VaultSession
    shut_down: bool = False

    def quit(self) -> None:
        """What quitting does to the session: lock, release the folder, stop the thread."""
        self.session.close()
        self.shut_down = True


@pytest.fixture
def harness(qtbot: QtBot, sandbox: Sandbox, fast_kdf: kdf.KdfParams) -> Iterator[Harness]:
    session = VaultSession(sandbox.vault_dir, VaultThread(), kdf_params=fast_kdf)
    keys: list[str] = []
    errors: list[Exception] = []
    session.create(PASSWORD, require_device=False, on_done=keys.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(keys or errors), timeout=20_000)
    assert not errors
    made = Harness(session)
    yield made
    if not made.shut_down:
        made.quit()


def text_file(c: Canaries) -> str:
    return "\n".join(
        [
            f"お客様: {c.japanese('text.name')}",
            f"電話: {c.phone('text.phone')}",
            f"メール: {c.email('text.email')}",
            f"住所: {c.address('text.address')}",
            f"ﾌﾘｶﾞﾅ: {c.halfwidth_kana('text.kana')}",
            f"メモ: {c.emoji('text.emoji')}",
            c.multiline("text.multiline"),
            c.ascii("text.ascii"),
        ]
    )


def csv_file(c: Canaries) -> str:
    rows = [["氏名", "電話", "住所", "メモ"]]
    for n in range(3):
        rows.append(
            [
                c.japanese(f"csv.name{n}"),
                c.phone(f"csv.phone{n}"),
                c.address(f"csv.address{n}"),
                c.ascii(f"csv.note{n}"),
            ]
        )
    return "\r\n".join(",".join(row) for row in rows) + "\r\n"


def shown(qtbot: QtBot, panel: AttachmentsPanel, attachment: Attachment) -> PreviewDialog:
    dialog = panel.preview(attachment)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.message.text() == "", timeout=JOB_TIMEOUT_MS)
    return dialog


def settle(qtbot: QtBot, session: VaultSession) -> None:
    """Wait until every vault job queued so far has run."""
    done: list[bool] = []
    session.run(lambda _vault: None, lambda _none: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=JOB_TIMEOUT_MS)


def test_attaching_and_previewing_leave_no_canary_outside_the_blobs(
    qtbot: QtBot,
    sandbox: Sandbox,
    harness: Harness,
    caplog: pytest.LogCaptureFixture,
    qtlog: _QtMessageCapture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    c = Canaries()
    check = LeakCheck(sandbox, c)
    session = harness.session
    sources = sandbox.root / "sources"
    sources.mkdir()
    text_path = sources / f"{c.japanese('file.name')}.txt"
    text_path.write_text(text_file(c), encoding="utf-8")
    csv_path = sources / "顧客名簿.csv"
    csv_path.write_bytes(csv_file(c).encode("cp932"))  # as Japanese Excel saves it

    client_id: str = call(qtbot, session, lambda v: v.clients.add_client("添付テスト").id)
    prompts = ScriptedPrompts()
    opened: list[QUrl] = []

    def system_viewer(url: QUrl) -> bool:
        opened.append(url)
        return True

    external = ExternalCopies(session, system_viewer)
    copied: list[str] = []
    panel = AttachmentsPanel(
        session, prompts, copied.append, external, file_chooser=lambda _p: [text_path, csv_path]
    )
    qtbot.addWidget(panel)
    panel.show()
    panel.show_client(client_id)
    qtbot.waitUntil(panel.attach_button.isEnabled, timeout=JOB_TIMEOUT_MS)

    # Attach both, then the sources go: from here on every canary on disk is the app's.
    panel.attach_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=JOB_TIMEOUT_MS)
    shutil.rmtree(sources)
    attachments = [
        panel.model.attachment(panel.model.index(row, 0)) for row in range(panel.model.rowCount())
    ]
    by_type = {a.media_type: a for a in attachments if a is not None}

    # Preview both from memory; what they show proves the canaries were decrypted.
    text_preview = shown(qtbot, panel, by_type["text/plain"])
    assert "text.multiline" in c.found_in(text_preview.text_view.toPlainText())
    table_preview = shown(qtbot, panel, by_type["text/csv"])
    assert table_preview.table_model.rowCount() == 3
    cells = [
        str(table_preview.table_model.index(row, column).data())
        for row in range(3)
        for column in range(4)
    ]
    assert "csv.address2" in c.found_in("\n".join(cells))
    text_preview.close()
    table_preview.close()
    settle(qtbot, session)
    check.assert_no_leak("after attaching and previewing")

    # Positive control: the warned-about copy for the system viewer is plaintext on disk.
    prompts.answers = [True]
    panel.open_externally(by_type["text/plain"])
    qtbot.waitUntil(lambda: bool(opened), timeout=JOB_TIMEOUT_MS)
    (copy,) = external.copies()
    assert copy.is_relative_to(sandbox.temp)
    leaks = find_leaks([sandbox.temp], c)
    assert set(leaks) == {copy}
    found = " ".join(leaks[copy])
    assert "text.ascii" in found  # in the contents
    assert "file.name in the file name" in found
    with pytest.raises(AssertionError, match="plaintext canary on disk"):
        check.assert_no_leak("with a copy open in the system viewer")

    # Lock: the copy is deleted, the panel empties; nothing remains anywhere.
    session.lock()
    settle(qtbot, session)
    assert not copy.exists()
    assert panel.model.rowCount() == 0
    check.assert_no_leak("after the lock")

    # Quit.
    harness.quit()
    check.assert_no_leak("after quitting")
    assert [kind for kind, _text in prompts.asked] == ["confirm"]
    assert copied == []
    assert_output_clean(c, caplog, qtlog, capfd)

    # The scans mean something only if the canaries really are in the vault (encrypted).
    vault = Vault(sandbox.vault_dir)
    try:
        vault.unlock(PASSWORD)
        stored = [
            b"".join(vault.attachments.open_stream(a.id)).decode(encoding)
            for a, encoding in (
                (by_type["text/plain"], "utf-8"),
                (by_type["text/csv"], "cp932"),
            )
        ]
        names = [a.name for a in vault.attachments.list(client_id)]
    finally:
        vault.close()
    assert set(c.found_in("\n".join([*stored, *names]))) == {x.label for x in c.issued}
