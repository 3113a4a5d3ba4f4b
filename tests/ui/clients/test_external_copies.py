"""Plaintext copies for the system viewer: private, listed while they exist, and deleted."""

from __future__ import annotations

import io
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from tests.ui.vault_calls import call
from ui.clients.external_copies import ExternalCopies, NoViewer, file_name
from ui.vault_session import VaultSession
from vault.domain.model import Field, RecordKind
from vault.erasure.eraser import Eraser, Reason
from vault.errors import BadInput
from vault.session import Vault
from vault.storage.attachments import Attachment

CONTENT = "見積書：山田商店様 ¥120,000\n".encode()


class Opener:
    def __init__(self) -> None:
        self.urls: list[QUrl] = []
        self.succeeds = True

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.succeeds


@pytest.fixture
def temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temp dir, private to this test."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def attachment(qtbot: QtBot, gui_session: VaultSession) -> Attachment:
    def add(vault: Vault) -> Attachment:
        client = vault.clients.add_client("外部商事")
        return vault.attachments.add(client.id, io.BytesIO(CONTENT), "見積書.txt")

    made: Attachment = call(qtbot, gui_session, add)
    return made


@pytest.fixture
def opener() -> Opener:
    return Opener()


@pytest.fixture
def external(gui_session: VaultSession, opener: Opener, temp: Path) -> Iterator[ExternalCopies]:
    copies = ExternalCopies(gui_session, opener)
    yield copies
    copies.remove_all()


class Outcome:
    def __init__(self) -> None:
        self.paths: list[Path] = []
        self.errors: list[Exception] = []

    def __bool__(self) -> bool:
        return bool(self.paths or self.errors)


def open_copy(qtbot: QtBot, external: ExternalCopies, attachment: Attachment) -> Outcome:
    outcome = Outcome()
    external.open(attachment, outcome.paths.append, outcome.errors.append)
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    return outcome


def test_a_copy_is_written_0600_in_a_private_folder_opened_and_listed(
    qtbot: QtBot,
    gui_session: VaultSession,
    external: ExternalCopies,
    attachment: Attachment,
    opener: Opener,
    temp: Path,
) -> None:
    with qtbot.waitSignal(external.changed):
        outcome = open_copy(qtbot, external, attachment)
    (path,) = outcome.paths
    assert path.name == "見積書.txt"
    assert path.parent.parent == temp
    assert path.parent.name.startswith("clientvault-open-")
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes() == CONTENT
    assert opener.urls == [QUrl.fromLocalFile(str(path))]
    assert external.copies() == [path]
    actions = call(qtbot, gui_session, lambda v: [e.action for e in v.audit.entries()])
    assert actions[-1] == "attachment.exported"  # plaintext left the vault: logged


def test_two_copies_of_the_same_name_do_not_collide_and_remove_all_deletes_both(
    qtbot: QtBot, external: ExternalCopies, attachment: Attachment, temp: Path
) -> None:
    first = open_copy(qtbot, external, attachment).paths[0]
    second = open_copy(qtbot, external, attachment).paths[0]
    assert first != second
    assert sorted(external.copies()) == sorted([first, second])
    with qtbot.waitSignal(external.changed):
        assert external.remove_all() == []
    assert external.copies() == []
    assert list(temp.iterdir()) == []


def test_the_lock_deletes_every_copy(
    qtbot: QtBot,
    gui_session: VaultSession,
    external: ExternalCopies,
    attachment: Attachment,
    temp: Path,
) -> None:
    open_copy(qtbot, external, attachment)
    gui_session.lock()
    assert external.copies() == []
    assert list(temp.iterdir()) == []


def test_a_copy_being_written_when_removed_is_stopped_and_leaves_nothing(
    qtbot: QtBot,
    gui_session: VaultSession,
    external: ExternalCopies,
    attachment: Attachment,
    opener: Opener,
    temp: Path,
) -> None:
    release = threading.Event()
    gui_session.run(lambda _vault: release.wait(10))
    outcome = Outcome()
    external.open(attachment, outcome.paths.append, outcome.errors.append)
    external.remove_all()
    release.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    assert outcome.paths == []
    assert isinstance(outcome.errors[0], BadInput)  # "Cancelled; nothing was saved."
    assert opener.urls == []
    assert external.copies() == []
    assert list(temp.iterdir()) == []


def test_without_a_program_to_open_it_the_copy_goes_at_once(
    qtbot: QtBot, external: ExternalCopies, attachment: Attachment, opener: Opener, temp: Path
) -> None:
    opener.succeeds = False
    outcome = open_copy(qtbot, external, attachment)
    assert isinstance(outcome.errors[0], NoViewer)
    assert external.copies() == []
    assert list(temp.iterdir()) == []


def test_a_copy_that_cannot_be_deleted_stays_listed_and_is_tried_again(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    external: ExternalCopies,
    attachment: Attachment,
) -> None:
    path = open_copy(qtbot, external, attachment).paths[0]

    def held_open(folder: Path) -> None:
        raise PermissionError(13, "in use by another process", str(folder))

    with monkeypatch.context() as patch:
        patch.setattr("ui.clients.external_copies.shutil.rmtree", held_open)  # as on Windows
        assert external.remove_all() == [path]
        assert external.copies() == [path]
    assert external.remove_all() == []
    assert not path.exists()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("見積書.txt", "見積書.txt"),
        ('a:b?"c".pdf', "a_b__c_.pdf"),
        ("trailing. ", "trailing"),
        ("...", "attachment"),
    ],
)
def test_copy_names_are_valid_on_windows_too(name: str, expected: str) -> None:
    assert file_name(name) == expected


def test_copies_left_by_a_process_that_died_are_swept_at_the_next_start(
    gui_session: VaultSession, opener: Opener, temp: Path
) -> None:
    """Issue 12, item 9: a SIGKILL (or a crash) used to leave plaintext copies for good."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    dead = temp / f"clientvault-open-{child.pid}-x1y2z3"
    dead.mkdir()
    (dead / "見積書.txt").write_bytes(CONTENT)
    living = temp / "clientvault-open-1-a1b2c3"  # pid 1 is always running
    living.mkdir()
    other = temp / "not-ours"
    other.mkdir()

    copies = ExternalCopies(gui_session, opener)
    try:
        assert not dead.exists()
        assert living.is_dir() and other.is_dir()
    finally:
        copies.remove_all()


def test_erasing_or_deleting_a_client_takes_its_copies(
    qtbot: QtBot, gui_session: VaultSession, external: ExternalCopies, attachment: Attachment
) -> None:
    def add_other(vault: Vault) -> Attachment:
        other = vault.clients.add_client("別の商事")
        return vault.attachments.add(other.id, io.BytesIO(CONTENT), "other.txt")

    other: Attachment = call(qtbot, gui_session, add_other)
    mine = open_copy(qtbot, external, attachment).paths[0]
    kept = open_copy(qtbot, external, other).paths[0]

    assert external.remove_client(attachment.client_id) == []
    assert not mine.exists() and not mine.parent.exists()
    assert external.copies() == [kept] and kept.exists()


def test_erasing_a_record_or_deleting_an_attachment_takes_their_copies(
    qtbot: QtBot, gui_session: VaultSession, external: ExternalCopies, attachment: Attachment
) -> None:
    """Issue 12, item 9: copies went only with their whole client before."""

    def add_two(vault: Vault) -> tuple[str, Attachment, Attachment]:
        client = attachment.client_id
        record = vault.clients.add_record(client, RecordKind.NOTE, "見積", [Field("body", "案")])
        on_record = vault.attachments.add(client, io.BytesIO(CONTENT), "案.txt", record.id)
        loose = vault.attachments.add(client, io.BytesIO(CONTENT), "別紙.txt")
        return record.id, on_record, loose

    record_id, on_record, loose = call(qtbot, gui_session, add_two)
    of_record = open_copy(qtbot, external, on_record).paths[0]
    of_loose = open_copy(qtbot, external, loose).paths[0]
    kept = open_copy(qtbot, external, attachment).paths[0]

    def erase_record(vault: Vault) -> None:
        eraser = Eraser(vault)
        eraser.erase(eraser.records_target([record_id]), Reason.REQUEST)

    call(qtbot, gui_session, erase_record)
    with qtbot.waitSignal(external.changed, timeout=10_000):
        external.remove_gone(attachment.client_id)
    assert not of_record.exists() and not of_record.parent.exists()
    assert sorted(external.copies()) == sorted([of_loose, kept])

    call(qtbot, gui_session, lambda v: v.attachments.delete(loose.id))
    assert external.remove_attachment(loose.id) == []
    assert not of_loose.parent.exists()
    assert external.copies() == [kept] and kept.exists()
