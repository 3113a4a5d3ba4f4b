"""PassphraseView: numbered groups to read aloud, a self-clearing copy, and clear()."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.ui.fakes import FakeScheduler
from ui.lock.clipboard import SecureClipboard
from ui.sharing.passphrase_view import PassphraseView, read_aloud_font
from vault.sharing.passphrase import Passphrase, PassphraseStyle

DIGITS = Passphrase(PassphraseStyle.DIGITS, ("0123", "4567", "8901", "2345", "6789", "0011"))
WORDS = Passphrase(
    PassphraseStyle.WORDS, ("acorn", "yo-yo", "banjo", "clover", "dwelling", "ember")
)


def make(qtbot: QtBot, copy: SecureClipboard) -> PassphraseView:
    view = PassphraseView(copy.copy)
    qtbot.addWidget(view)
    view.show()
    return view


def test_digits_are_six_numbered_groups_of_four_side_by_side(
    qtbot: QtBot, secure_copy: SecureClipboard
) -> None:
    view = make(qtbot, secure_copy)
    view.show_passphrase(DIGITS)
    assert [label.text() for label in view.group_labels] == list(DIGITS.groups)
    assert [label.text() for label in view.number_labels] == ["1", "2", "3", "4", "5", "6"]
    assert view.title_label.text() == "Passphrase: 6 groups of four digits"
    tops = {label.geometry().top() for label in view.group_labels}
    assert len(tops) == 1  # one row
    assert all(label.font() == read_aloud_font() for label in view.group_labels)
    assert read_aloud_font().pointSizeF() > view.note_label.font().pointSizeF()
    assert view.group_labels[2].accessibleName() == "Group 3 of 6"
    flags = view.group_labels[0].textInteractionFlags()
    assert flags == Qt.TextInteractionFlag.NoTextInteraction  # no plain copy past the clipboard
    assert "never put it in the same mail" in view.note_label.text().lower()
    assert view.note_label.isVisible()


def test_words_are_a_numbered_list(qtbot: QtBot, secure_copy: SecureClipboard) -> None:
    view = make(qtbot, secure_copy)
    view.show_passphrase(WORDS)
    assert [label.text() for label in view.group_labels] == list(WORDS.groups)
    assert [label.text() for label in view.number_labels] == ["1.", "2.", "3.", "4.", "5.", "6."]
    lefts = {label.geometry().left() for label in view.group_labels}
    assert len(lefts) == 1  # one column
    assert view.title_label.text() == "Passphrase: 6 words"


def test_copy_puts_the_typed_form_on_the_self_clearing_clipboard(
    qtbot: QtBot, secure_copy: SecureClipboard, scheduler: FakeScheduler
) -> None:
    view = make(qtbot, secure_copy)
    view.show_passphrase(DIGITS)
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "0123-4567-8901-2345-6789-0011"
    assert bytes(clipboard.mimeData().data("x-kde-passwordManagerHint").data()) == b"secret"
    scheduler.advance(30)
    assert clipboard.text() == ""


def test_showing_another_replaces_the_first(qtbot: QtBot, secure_copy: SecureClipboard) -> None:
    view = make(qtbot, secure_copy)
    view.show_passphrase(DIGITS)
    view.show_passphrase(WORDS)
    assert [label.text() for label in view.group_labels] == list(WORDS.groups)
    assert len(view.number_labels) == 6


def test_clear_forgets_it_and_hides_the_view(qtbot: QtBot, secure_copy: SecureClipboard) -> None:
    view = make(qtbot, secure_copy)
    view.show_passphrase(DIGITS)
    view.clear()
    assert view.is_empty()
    assert view.group_labels == []
    assert view.title_label.text() == ""
    assert not view.copy_button.isVisible()
    view.copy_passphrase()  # nothing to copy any more
    assert QGuiApplication.clipboard().text() == ""
