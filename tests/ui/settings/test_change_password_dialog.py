"""Changing the password and re-keying, against a real vault driven through a VaultSession."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from tests.fakes import FakeClock
from tests.ui.fakes import ScriptedPrompts, type_text
from ui.settings.change_password_dialog import BAR_STEPS, ChangePasswordDialog, Page
from ui.vault_session import VaultSession
from ui.vault_thread import VaultThread
from vault.errors import WrongSecret
from vault.keys import kdf, recovery
from vault.session import Vault

KDF_TIMEOUT_MS = 20_000
NEW_PASSWORD = "さくら 桜の木の下で 2026"  # typed through the IME
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

DialogFactory = Callable[..., tuple[ChangePasswordDialog, ScriptedPrompts]]


@pytest.fixture
def keyed_session(
    qtbot: QtBot, tmp_path: Path, fast_kdf: kdf.KdfParams, clock: FakeClock
) -> Iterator[tuple[VaultSession, str]]:
    """Like `gui_session`, but keeps the recovery key the vault was created with."""
    session = VaultSession(tmp_path / "vault", VaultThread(), kdf_params=fast_kdf, clock=clock)
    errors: list[Exception] = []
    keys: list[str] = []
    session.create(PASSWORD, require_device=False, on_done=keys.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(keys or errors), timeout=KDF_TIMEOUT_MS)
    assert not errors
    yield session, keys[0]
    session.close()


def make_factory(qtbot: QtBot, session: VaultSession) -> DialogFactory:
    def factory(
        *, answers: list[bool | Path | None] | None = None, **options: Any
    ) -> tuple[ChangePasswordDialog, ScriptedPrompts]:
        prompts = ScriptedPrompts(answers)
        dialog = ChangePasswordDialog(session, prompts, **options)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog, prompts

    return factory


@pytest.fixture
def open_dialog(qtbot: QtBot, gui_session: VaultSession) -> DialogFactory:
    return make_factory(qtbot, gui_session)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box itself (a checkbox stretched by its layout ignores clicks past its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(4, box.height() // 2))


def fill(
    dialog: ChangePasswordDialog,
    new: str,
    *,
    current: str = PASSWORD,
    again: str | None = None,
) -> None:
    dialog.current_edit.setText(current)
    dialog.password_fields.password_edit.setText(new)
    dialog.password_fields.confirm_edit.setText(new if again is None else again)


def submit_and_wait(qtbot: QtBot, dialog: ChangePasswordDialog) -> None:
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert dialog.is_busy
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=KDF_TIMEOUT_MS)


def reopen(
    qtbot: QtBot,
    session: VaultSession,
    *,
    password: str | None = None,
    recovery_key: str | None = None,
) -> Exception | None:
    """Lock, then unlock with the given secret; returns the error, or None if it opened."""
    session.lock()
    outcome: list[Exception | None] = []
    session.unlock(
        password=password,
        recovery_key=recovery_key,
        on_done=lambda _: outcome.append(None),
        on_error=outcome.append,
    )
    qtbot.waitUntil(lambda: bool(outcome), timeout=KDF_TIMEOUT_MS)
    return outcome[0]


def run_on_vault(qtbot: QtBot, session: VaultSession, job: Callable[[Vault], Any]) -> Any:
    results: list[Any] = []
    errors: list[Exception] = []
    session.run(job, results.append, errors.append)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=KDF_TIMEOUT_MS)
    assert not errors
    return results[0]


def shown_key(dialog: ChangePasswordDialog) -> str:
    shown = dialog.recovery_page.key_label.text()
    return recovery.format_key(recovery.parse(shown.replace("\n", " ")))


def typed_secrets(dialog: ChangePasswordDialog) -> list[str]:
    fields = dialog.password_fields
    return [dialog.current_edit.text(), fields.password_edit.text(), fields.confirm_edit.text()]


# -- changing the password ----------------------------------------------------


def test_after_a_change_only_the_new_password_unlocks(
    qtbot: QtBot, open_dialog: DialogFactory, gui_session: VaultSession
) -> None:
    dialog, prompts = open_dialog()
    assert dialog.progress.isHidden()
    assert not dialog.submit_button.isEnabled()
    type_text(qtbot, dialog.current_edit, PASSWORD)
    type_text(qtbot, dialog.password_fields.password_edit, NEW_PASSWORD)
    type_text(qtbot, dialog.password_fields.confirm_edit, NEW_PASSWORD.translate(FULL_WIDTH))
    with qtbot.waitSignal(dialog.changed, timeout=KDF_TIMEOUT_MS):
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
        assert dialog.is_busy
        assert dialog.progress.isVisible()
        assert not dialog.current_edit.isEnabled()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert prompts.asked == []
    assert typed_secrets(dialog) == ["", "", ""]

    assert isinstance(reopen(qtbot, gui_session, password=PASSWORD), WrongSecret)
    assert reopen(qtbot, gui_session, password=NEW_PASSWORD) is None
    assert gui_session.is_unlocked


def test_a_wrong_current_password_is_refused_and_nothing_changes(
    qtbot: QtBot, open_dialog: DialogFactory, gui_session: VaultSession
) -> None:
    dialog, _ = open_dialog()
    header_path = gui_session.folder / "vault.header"
    header = json.loads(header_path.read_text())
    fill(dialog, NEW_PASSWORD, current="not the password")
    changes: list[None] = []
    dialog.changed.connect(lambda: changes.append(None))
    submit_and_wait(qtbot, dialog)
    assert dialog.isVisible()
    assert changes == []
    assert dialog.error_label.isVisible()
    assert "current password is wrong" in dialog.error_label.text()
    assert dialog.current_edit.text() == ""
    assert dialog.password_fields.password() == NEW_PASSWORD  # kept for the next try
    qtbot.waitUntil(dialog.current_edit.hasFocus)
    after = json.loads(header_path.read_text())
    assert len(after["failed_unlocks"]) == 1  # reported like a failed unlock
    assert after["slots"] == header["slots"]  # no key slot was touched
    assert isinstance(reopen(qtbot, gui_session, password=NEW_PASSWORD), WrongSecret)
    assert reopen(qtbot, gui_session, password=PASSWORD) is None


@pytest.mark.parametrize(
    ("password", "says"),
    [("tuna", "Too short"), ("Sakura2024!", "most common passwords")],
)
def test_a_weak_or_common_new_password_is_refused_before_any_vault_call(
    qtbot: QtBot,
    open_dialog: DialogFactory,
    gui_session: VaultSession,
    monkeypatch: pytest.MonkeyPatch,
    password: str,
    says: str,
) -> None:
    calls: list[object] = []
    monkeypatch.setattr(gui_session, "run", lambda *args, **kwargs: calls.append(args))
    dialog, _ = open_dialog()
    fill(dialog, password)
    assert not dialog.submit_button.isEnabled()
    qtbot.keyClick(dialog.password_fields.confirm_edit, Qt.Key.Key_Return)
    dialog.submit()
    assert calls == []
    assert not dialog.is_busy
    assert says in dialog.error_label.text()


def test_new_passwords_that_differ_are_refused(
    qtbot: QtBot, open_dialog: DialogFactory, gui_session: VaultSession
) -> None:
    dialog, _ = open_dialog()
    fill(dialog, "tuna piano 77 rk", again="tuna piano 78 rk")
    assert not dialog.submit_button.isEnabled()
    dialog.submit()
    assert not dialog.is_busy
    assert "do not match" in dialog.error_label.text()
    fill(dialog, "tuna piano 77 rk")
    assert dialog.submit_button.isEnabled()


def test_the_current_password_is_required_and_cannot_be_reused(
    open_dialog: DialogFactory,
) -> None:
    dialog, _ = open_dialog()
    fill(dialog, NEW_PASSWORD, current="")
    assert not dialog.submit_button.isEnabled()
    fill(dialog, PASSWORD)
    assert "same as the current one" in dialog.password_fields.match_label.text()
    assert not dialog.submit_button.isEnabled()
    dialog.current_edit.setText(PASSWORD + "!")  # editing the current password lifts it
    assert dialog.password_fields.match_label.text() == "The passwords match."
    assert dialog.submit_button.isEnabled()


def test_after_a_recovery_unlock_no_current_password_is_asked(
    qtbot: QtBot, keyed_session: tuple[VaultSession, str]
) -> None:
    session, recovery_key = keyed_session
    assert reopen(qtbot, session, recovery_key=recovery_key) is None
    dialog, _ = make_factory(qtbot, session)(after_recovery=True)
    assert dialog.current_edit.isHidden()
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "You unlocked with the recovery key; choose a new password." in labels
    qtbot.waitUntil(dialog.password_fields.password_edit.hasFocus)
    fill(dialog, NEW_PASSWORD, current="")
    assert dialog.submit_button.isEnabled()
    with qtbot.waitSignal(dialog.changed, timeout=KDF_TIMEOUT_MS):
        qtbot.keyClick(dialog.password_fields.confirm_edit, Qt.Key.Key_Return)
    assert reopen(qtbot, session, password=NEW_PASSWORD) is None
    assert reopen(qtbot, session, recovery_key=recovery_key) is None  # unchanged by a change


def test_the_dialog_cannot_be_closed_while_the_change_runs(
    qtbot: QtBot, open_dialog: DialogFactory
) -> None:
    dialog, _ = open_dialog()
    fill(dialog, NEW_PASSWORD)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert not dialog.cancel_button.isEnabled()
    dialog.reject()
    dialog.close()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=KDF_TIMEOUT_MS)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_secrets_leave_the_fields_when_the_dialog_is_cancelled(
    qtbot: QtBot, open_dialog: DialogFactory
) -> None:
    dialog, _ = open_dialog()
    fill(dialog, NEW_PASSWORD)
    dialog.password_fields.show_passwords.setChecked(True)
    assert dialog.current_edit.echoMode() == QLineEdit.EchoMode.Normal  # shown with the rest
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert typed_secrets(dialog) == ["", "", ""]


def test_a_lock_closes_the_dialog_at_once_even_mid_change(
    qtbot: QtBot, open_dialog: DialogFactory, gui_session: VaultSession
) -> None:
    dialog, prompts = open_dialog()
    fill(dialog, NEW_PASSWORD)
    changes: list[None] = []
    dialog.changed.connect(lambda: changes.append(None))
    with qtbot.waitSignal(dialog.interrupted, timeout=1_000):
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
        gui_session.lock()
    assert not dialog.isVisible()
    assert prompts.asked == []  # a lock never asks
    assert typed_secrets(dialog) == ["", "", ""]
    assert changes == []  # whatever the job did behind the lock reached no widget
    # The job may have run before the lock or been dropped by it: either way exactly one
    # of the two passwords opens the vault.
    old = reopen(qtbot, gui_session, password=PASSWORD)
    if old is not None:
        assert isinstance(old, WrongSecret)
        assert reopen(qtbot, gui_session, password=NEW_PASSWORD) is None


# -- re-keying ------------------------------------------------------------------


def rekey(
    qtbot: QtBot, session: VaultSession, **options: Any
) -> tuple[ChangePasswordDialog, ScriptedPrompts]:
    dialog, prompts = make_factory(qtbot, session)(rekey=True, **options)
    fill(dialog, NEW_PASSWORD)
    with qtbot.waitSignal(dialog.changed, timeout=KDF_TIMEOUT_MS):
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
        assert dialog.progress.isVisible()
    assert dialog.pages.currentIndex() == Page.RECOVERY_KEY
    return dialog, prompts


def test_a_rekey_shows_a_new_recovery_key_and_the_old_one_stops_working(
    qtbot: QtBot, keyed_session: tuple[VaultSession, str]
) -> None:
    session, old_key = keyed_session
    client = run_on_vault(qtbot, session, lambda v: v.clients.add_client("山田 太郎"))
    dialog, _ = make_factory(qtbot, session)(rekey=True)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(
        "Re-key replaces every key in the vault. Your recovery key changes: the old one "
        "stops working." in text
        for text in labels
    )
    dialog.reject()

    dialog, _ = rekey(qtbot, session)
    new_key = shown_key(dialog)
    assert recovery.parse(new_key) != recovery.parse(old_key)
    assert not dialog.finish_button.isEnabled()
    type_text(qtbot, dialog.recovery_page.typed_back, new_key.replace("-", " "))
    assert dialog.finish_button.isEnabled()
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.recovery_page.key_label.text() == ""
    assert dialog.recovery_page.typed_back.text() == ""

    assert isinstance(reopen(qtbot, session, recovery_key=old_key), WrongSecret)
    assert isinstance(reopen(qtbot, session, password=PASSWORD), WrongSecret)
    assert reopen(qtbot, session, recovery_key=new_key) is None
    assert reopen(qtbot, session, password=NEW_PASSWORD) is None
    names = run_on_vault(qtbot, session, lambda v: [c.name for c in v.clients.list_clients()])
    assert names == [client.name]  # the data came through the re-key


def test_finish_after_a_rekey_needs_the_new_key_kept(
    qtbot: QtBot, gui_session: VaultSession, tmp_path: Path
) -> None:
    sheet = tmp_path / "new sheet.pdf"
    dialog, _ = rekey(qtbot, gui_session, answers=[sheet])
    page = dialog.recovery_page
    qtbot.waitUntil(page.typed_back.hasFocus)
    dialog.accept()  # Enter cannot sneak past the check
    assert dialog.isVisible()
    qtbot.mouseClick(page.save_sheet_button, Qt.MouseButton.LeftButton)
    assert sheet.read_bytes().startswith(b"%PDF")
    assert not dialog.finish_button.isEnabled()  # saved is not yet printed
    tick(qtbot, page.offline_check)
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_closing_before_the_new_key_is_kept_warns_first(
    qtbot: QtBot, gui_session: VaultSession
) -> None:
    dialog, prompts = rekey(qtbot, gui_session, answers=[False, True])
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # the user chose to stay
    assert prompts.asked[0][0] == "confirm"
    assert "not shown again" in prompts.asked[0][1]
    with qtbot.assertNotEmitted(dialog.interrupted):
        dialog.reject()
    assert not dialog.isVisible()
    assert dialog.recovery_page.key_label.text() == ""


def test_a_lock_on_the_new_key_page_closes_without_asking_and_says_so(
    qtbot: QtBot, gui_session: VaultSession
) -> None:
    dialog, prompts = rekey(qtbot, gui_session)
    with qtbot.waitSignal(dialog.interrupted, timeout=1_000):
        gui_session.lock()
    assert not dialog.isVisible()
    assert prompts.asked == []
    assert dialog.recovery_page.key_label.text() == ""


def test_every_control_has_an_accessible_name(open_dialog: DialogFactory) -> None:
    dialog, _ = open_dialog(rekey=True)
    controls = [
        dialog.current_edit,
        dialog.progress,
        dialog.cancel_button,
        dialog.submit_button,
        dialog.finish_button,
    ]
    assert all(control.accessibleName() for control in controls)


def _with_attachment(qtbot: QtBot, session: VaultSession, size: int) -> None:
    def job(vault: Vault) -> None:
        client = vault.clients.add_client("山田 太郎")
        vault.attachments.add(client.id, io.BytesIO(os.urandom(size)), "scan.pdf")

    run_on_vault(qtbot, session, job)


def test_a_rekey_shows_its_progress_off_the_gui_thread(
    qtbot: QtBot, gui_session: VaultSession
) -> None:
    """Issue 12, item 11: every attachment is re-encrypted, and the bar says how far it is."""
    _with_attachment(qtbot, gui_session, 96 << 20)
    dialog, _ = make_factory(qtbot, gui_session)(rekey=True)
    fill(dialog, NEW_PASSWORD)
    seen: list[int] = []
    with qtbot.waitSignal(dialog.changed, timeout=120_000):
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
        assert dialog.cancel_button.isEnabled()  # a re-key can be cancelled until its switch
        qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=60_000)
        seen.append(dialog.progress.value())
        assert dialog.progress.maximum() == BAR_STEPS
    assert 0 < seen[0] <= BAR_STEPS
    assert dialog.pages.currentIndex() == Page.RECOVERY_KEY


def test_cancelling_a_rekey_changes_nothing(qtbot: QtBot, gui_session: VaultSession) -> None:
    _with_attachment(qtbot, gui_session, 8 << 20)
    dialog, _ = make_factory(qtbot, gui_session)(rekey=True)
    fill(dialog, NEW_PASSWORD)
    changes: list[None] = []
    dialog.changed.connect(lambda: changes.append(None))
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # during the check
    assert dialog.status_label.text() == (
        "Cancelling the re-key… The vault keeps its current keys."
    )
    assert dialog.isVisible()  # Cancel stops the re-key; it does not close mid-change
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=KDF_TIMEOUT_MS)
    assert dialog.error_label.text() == "The re-key was cancelled; nothing was changed."
    assert changes == []
    assert list(gui_session.folder.rglob("*.next")) == []
    assert isinstance(reopen(qtbot, gui_session, password=NEW_PASSWORD), WrongSecret)
    assert reopen(qtbot, gui_session, password=PASSWORD) is None
