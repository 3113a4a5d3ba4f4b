"""SecretField: hidden until shown, hidden again when out of sight, copied only securely."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.clients.secret_field import SecretField


def make_field(qtbot: QtBot, copied: list[str]) -> SecretField:
    field = SecretField(copied.append, label="Password")
    qtbot.addWidget(field)
    return field


def commit(widget: QWidget, text: str) -> None:
    """Text as an input method (a Japanese IME) delivers it."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_the_value_is_hidden_until_show_is_toggled(qtbot: QtBot) -> None:
    field = make_field(qtbot, [])
    qtbot.keyClicks(field.line_edit, "s3cret-PW")
    assert field.line_edit.echoMode() == QLineEdit.EchoMode.Password
    assert field.line_edit.displayText() != "s3cret-PW"

    qtbot.mouseClick(field.show_button, Qt.MouseButton.LeftButton)
    assert field.line_edit.echoMode() == QLineEdit.EchoMode.Normal
    assert field.line_edit.displayText() == "s3cret-PW"
    assert field.show_button.text() == "Hide"

    qtbot.mouseClick(field.show_button, Qt.MouseButton.LeftButton)
    assert field.line_edit.echoMode() == QLineEdit.EchoMode.Password
    assert field.show_button.text() == "Show"


def test_it_hides_again_when_its_window_is_hidden(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    copied: list[str] = []
    field = SecretField(copied.append, window, label="Password")
    QVBoxLayout(window).addWidget(field)
    field.setText("s3cret")
    window.show()
    qtbot.waitExposed(window)
    field.set_revealed(True)
    assert field.is_revealed()

    window.hide()
    assert not field.is_revealed()
    assert not field.show_button.isChecked()
    window.show()
    assert field.line_edit.echoMode() == QLineEdit.EchoMode.Password


def test_copy_passes_the_whole_value_to_the_injected_copy(qtbot: QtBot) -> None:
    copied: list[str] = []
    field = make_field(qtbot, copied)
    qtbot.mouseClick(field.copy_button, Qt.MouseButton.LeftButton)
    assert copied == []  # nothing to copy yet

    qtbot.keyClicks(field.line_edit, "pass ")
    commit(field.line_edit, "ワード🔑")
    qtbot.mouseClick(field.copy_button, Qt.MouseButton.LeftButton)
    assert copied == ["pass ワード🔑"]


def test_ctrl_c_goes_through_the_secure_copy_not_the_plain_clipboard(qtbot: QtBot) -> None:
    copied: list[str] = []
    field = make_field(qtbot, copied)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("something else")
    field.setText("s3cret")
    field.set_revealed(True)  # even when shown, Qt's own copy must not run
    field.line_edit.selectAll()

    qtbot.keyClick(field.line_edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field.line_edit, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)

    assert copied == ["s3cret", "s3cret"]
    assert clipboard.text() == "something else"
    assert field.text() == "s3cret"  # cut did not cut


def test_context_menu_offers_only_the_secure_copy(qtbot: QtBot) -> None:
    copied: list[str] = []
    field = make_field(qtbot, copied)
    field.setText("s3cret")
    menu = field.line_edit.context_menu()
    names = [action.objectName() for action in menu.actions()]
    assert "edit-copy" not in names
    assert "edit-cut" not in names
    assert "edit-paste" in names  # the rest of the standard menu stays

    secure = next(a for a in menu.actions() if a.objectName() == "secure-copy")
    secure.trigger()
    assert copied == ["s3cret"]
    menu.deleteLater()


def test_controls_are_named_for_screen_readers(qtbot: QtBot) -> None:
    field = make_field(qtbot, [])
    assert field.line_edit.accessibleName() == "Password"
    assert field.show_button.accessibleName() == "Show Password"
    assert field.copy_button.accessibleName() == "Copy Password"
