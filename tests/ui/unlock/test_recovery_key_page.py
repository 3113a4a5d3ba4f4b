"""The recovery key page: shown once, kept by typing it back or by a saved and printed sheet."""

from __future__ import annotations

import datetime as dt
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from tests.ui.fakes import ScriptedPrompts, type_text
from ui.unlock.recovery_key_page import RecoveryKeyPage
from vault.keys import recovery

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
CREATED = dt.datetime(2026, 4, 1, 9, 30, tzinfo=dt.UTC)

PageFactory = Callable[..., tuple[RecoveryKeyPage, ScriptedPrompts, str]]


@pytest.fixture
def open_page(qtbot: QtBot, tmp_path: Path) -> PageFactory:
    def factory(
        *, answers: list[bool | Path | None] | None = None, replacing: bool = False
    ) -> tuple[RecoveryKeyPage, ScriptedPrompts, str]:
        prompts = ScriptedPrompts(answers)
        page = RecoveryKeyPage(prompts, replacing=replacing)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        key = recovery.generate()
        page.set_key(key, tmp_path / "vault", CREATED)
        return page, prompts, key

    return factory


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box itself (a checkbox stretched by its layout ignores clicks past its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(4, box.height() // 2))


def with_typo(key: str) -> str:
    digits = recovery.parse(key)
    return digits[:10] + ("1" if digits[10] == "0" else "0") + digits[11:]


def test_the_key_is_shown_as_two_rows_of_four_groups(open_page: PageFactory) -> None:
    page, _, key = open_page()
    lines = page.key_label.text().split("\n")
    assert [len(line.split()) for line in lines] == [4, 4]
    assert recovery.parse(" ".join(lines)) == recovery.parse(key)
    assert not page.confirmed


def test_typing_the_key_back_with_spacing_variants_confirms_it(
    qtbot: QtBot, open_page: PageFactory
) -> None:
    page, prompts, key = open_page()
    states: list[bool] = []
    page.confirmed_changed.connect(states.append)
    type_text(qtbot, page.typed_back, key[:20])
    assert page.typed_back_hint.text() == "18 of 48 digits."
    assert states == []
    page.typed_back.setText(key.replace("-", " ").translate(FULL_WIDTH))
    assert states == [True]
    assert page.confirmed
    assert page.typed_back_hint.text() == "The key matches."
    assert prompts.asked == []


def test_a_typed_back_key_that_differs_is_not_confirmation(
    qtbot: QtBot, open_page: PageFactory
) -> None:
    page, _, key = open_page()
    with qtbot.assertNotEmitted(page.confirmed_changed):
        page.typed_back.setText(recovery.generate())
        assert "does not match" in page.typed_back_hint.text()
        page.typed_back.setText(with_typo(key))
        assert "does not match" in page.typed_back_hint.text()
    assert not page.confirmed


def test_saving_the_sheet_and_ticking_offline_confirms_it(
    qtbot: QtBot, open_page: PageFactory, tmp_path: Path
) -> None:
    chosen = tmp_path / "sheets" / "my sheet"
    chosen.parent.mkdir()
    page, prompts, _ = open_page(answers=[chosen])
    assert not page.offline_check.isEnabled()  # nothing saved yet
    qtbot.mouseClick(page.save_sheet_button, Qt.MouseButton.LeftButton)
    saved = chosen.with_name("my sheet.pdf")
    assert saved.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert str(saved) in page.sheet_status.text()
    assert [kind for kind, _ in prompts.asked] == ["save_path"]
    assert page.offline_check.isEnabled()
    states: list[bool] = []
    page.confirmed_changed.connect(states.append)
    assert not page.confirmed  # saved is not yet printed
    tick(qtbot, page.offline_check)
    tick(qtbot, page.offline_check)
    assert states == [True, False]  # ticked, then unticked


def test_cancelling_the_save_dialog_saves_nothing(qtbot: QtBot, open_page: PageFactory) -> None:
    page, prompts, _ = open_page(answers=[None])
    qtbot.mouseClick(page.save_sheet_button, Qt.MouseButton.LeftButton)
    assert [kind for kind, _ in prompts.asked] == ["save_path"]
    assert not page.offline_check.isEnabled()
    assert page.sheet_status.text() == ""


def test_a_sheet_that_cannot_be_written_says_why(
    qtbot: QtBot, open_page: PageFactory, tmp_path: Path
) -> None:
    page, _, _ = open_page(answers=[tmp_path / "no such folder" / "sheet.pdf"])
    qtbot.mouseClick(page.save_sheet_button, Qt.MouseButton.LeftButton)
    assert page.sheet_status.text().startswith("The sheet could not be saved:")
    assert not page.offline_check.isEnabled()


def test_a_sheet_saved_into_a_synced_folder_gets_a_warning(
    qtbot: QtBot, open_page: PageFactory, tmp_path: Path
) -> None:
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    page, _, _ = open_page(answers=[folder / "sheet.pdf"])
    qtbot.mouseClick(page.save_sheet_button, Qt.MouseButton.LeftButton)
    assert "synced by Dropbox" in page.sheet_status.text()


def test_clear_drops_the_key_from_every_widget(qtbot: QtBot, open_page: PageFactory) -> None:
    page, prompts, key = open_page()
    page.typed_back.setText(key)
    assert page.confirmed
    with qtbot.waitSignal(page.confirmed_changed, timeout=1_000) as signal:
        page.clear()
    assert signal.args == [False]
    digits = recovery.parse(key)
    texts = [label.text() for label in page.findChildren(QLabel)] + [page.typed_back.text()]
    assert not any(digits[:6] in text.replace(" ", "") for text in texts)
    assert page.key_label.text() == ""
    assert page.typed_back.text() == ""
    page.save_sheet()  # no key, nothing to save
    assert prompts.asked == []


def test_a_new_key_starts_unconfirmed(open_page: PageFactory, tmp_path: Path) -> None:
    page, _, key = open_page()
    page.typed_back.setText(key)
    page.set_key(recovery.generate(), tmp_path / "vault", CREATED)
    assert page.typed_back.text() == ""
    assert not page.confirmed


def test_every_control_has_an_accessible_name(open_page: PageFactory) -> None:
    page, _, _ = open_page()
    replacing, _, _ = open_page(replacing=True)
    controls = [page.key_label, page.save_sheet_button, page.typed_back, page.offline_check]
    assert all(control.accessibleName() for control in controls)
    assert page.key_label.accessibleName() == "Recovery key"
    assert replacing.key_label.accessibleName() == "New recovery key"


def test_closing_with_the_key_unkept_asks_first_and_names_the_old_key_when_replacing(
    open_page: PageFactory,
) -> None:
    page, prompts, key = open_page(answers=[False, True])
    assert not page.may_close()  # the user chose to stay
    assert page.may_close()
    assert [kind for kind, _ in prompts.asked] == ["confirm", "confirm"]
    assert "not shown again" in prompts.asked[0][1]
    page.typed_back.setText(key)
    assert page.may_close()  # kept: nothing to ask
    assert len(prompts.asked) == 2
    replacing, asked_again, _ = open_page(answers=[True], replacing=True)
    assert replacing.may_close()
    assert "The old key no longer works" in asked_again.asked[0][1]


def test_a_cleared_page_closes_without_asking(open_page: PageFactory) -> None:
    page, prompts, _ = open_page()
    page.clear()
    assert page.may_close()
    assert prompts.asked == []
