"""The new-password form shared by the create and change-password dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from tests.ui.fakes import type_text
from ui.unlock.new_password_fields import NewPasswordFields

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.fixture
def fields(qtbot: QtBot) -> NewPasswordFields:
    widget = NewPasswordFields()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def choose(fields: NewPasswordFields, password: str, again: str | None = None) -> None:
    fields.password_edit.setText(password)
    fields.confirm_edit.setText(password if again is None else again)


@pytest.mark.parametrize(
    ("password", "score", "says"),
    [
        ("", 0, "at least 8"),
        ("tuna", 0, "Too short: 4 characters; use at least 8"),
        ("password", 0, "most common passwords"),
        ("Sakura2024!", 0, "most common passwords"),
        ("aaaaaaaaaa", 0, "Repeated characters"),
        ("lmnop6789", 0, "Sequences"),
        ("clientvault rocks", 0, "app's name"),
        ("x" * 1025, 0, "at most 1,024 characters"),
        ("zq84mv!k", 1, "Acceptable"),
        ("tuna piano 7", 2, "Acceptable"),
        ("tuna piano 7 rk", 3, "Strong"),
        (PASSWORD, 4, "Strong"),
    ],
)
def test_the_strength_meter_follows_the_nist_rules(
    fields: NewPasswordFields, password: str, score: int, says: str
) -> None:
    choose(fields, password)
    assert fields.strength_bar.value() == score
    assert says in fields.strength_label.text()
    if score == 0:
        problem = fields.problem()
        assert problem is not None
        assert says in problem  # the same sentence is the reason it is refused
    else:
        assert fields.problem() is None


def test_a_password_typed_through_the_ime_is_measured_after_nfkc(
    qtbot: QtBot, fields: NewPasswordFields
) -> None:
    password = "さくら 桜の木の下で 2026"
    type_text(qtbot, fields.password_edit, password)
    assert fields.password() == password
    assert fields.strength_bar.value() == 3
    type_text(qtbot, fields.confirm_edit, password.translate(FULL_WIDTH))  # IME full-width
    assert fields.match_label.text() == "The passwords match."
    assert fields.problem() is None


def test_the_two_copies_must_match_as_the_kdf_sees_them(fields: NewPasswordFields) -> None:
    choose(fields, "tuna piano 77 rk", again="")
    assert fields.match_label.text() == ""
    assert fields.problem() == "The two passwords do not match."
    choose(fields, "tuna piano 77 rk", again="tuna piano 78 rk")
    assert fields.match_label.text() == "The two passwords do not match."
    assert fields.problem() == "The two passwords do not match."
    choose(fields, "tuna piano 77 rk", again="tuna piano ７７ rk")
    assert fields.match_label.text() == "The passwords match."
    assert fields.problem() is None


def test_a_weak_password_is_refused_for_its_strength_before_the_match(
    fields: NewPasswordFields,
) -> None:
    choose(fields, "password", again="passwort")
    problem = fields.problem()
    assert problem is not None
    assert "most common passwords" in problem


def test_a_refusal_from_outside_shows_on_the_match_line_until_lifted(
    fields: NewPasswordFields,
) -> None:
    choose(fields, "tuna piano 77 rk")
    fields.refuse("It is the current one.")
    assert fields.match_label.text() == "It is the current one."
    assert fields.problem() == "It is the current one."
    fields.refuse(None)
    assert fields.match_label.text() == "The passwords match."
    assert fields.problem() is None


def test_show_passwords_reveals_every_field_including_one_added_above(
    qtbot: QtBot, fields: NewPasswordFields
) -> None:
    current = QLineEdit()
    current.setEchoMode(QLineEdit.EchoMode.Password)
    fields.add_field_above("&Current password:", current)
    fields.show_passwords.setChecked(True)
    edits = [current, fields.password_edit, fields.confirm_edit]
    assert [e.echoMode() for e in edits] == [QLineEdit.EchoMode.Normal] * 3
    fields.show_passwords.setChecked(False)
    assert [e.echoMode() for e in edits] == [QLineEdit.EchoMode.Password] * 3
    current.setFocus()
    qtbot.waitUntil(current.hasFocus)
    qtbot.keyClick(current, Qt.Key.Key_Tab)
    assert fields.password_edit.hasFocus()  # the added field comes first


def test_edits_and_enter_are_signalled(qtbot: QtBot, fields: NewPasswordFields) -> None:
    with qtbot.waitSignal(fields.changed, timeout=1_000):
        qtbot.keyClicks(fields.confirm_edit, "a")
    with qtbot.waitSignal(fields.return_pressed, timeout=1_000):
        qtbot.keyClick(fields.password_edit, Qt.Key.Key_Return)


def test_clear_empties_both_fields(fields: NewPasswordFields) -> None:
    choose(fields, PASSWORD)
    fields.clear()
    assert fields.password_edit.text() == ""
    assert fields.confirm_edit.text() == ""
    assert fields.strength_bar.value() == 0


def test_every_control_has_an_accessible_name_that_says_new_when_replacing(
    qtbot: QtBot, fields: NewPasswordFields
) -> None:
    replacing = NewPasswordFields(replacing=True)
    qtbot.addWidget(replacing)
    for widget in (fields, replacing):
        controls = [
            widget.password_edit,
            widget.confirm_edit,
            widget.show_passwords,
            widget.strength_bar,
        ]
        assert all(control.accessibleName() for control in controls)
    assert fields.password_edit.accessibleName() == "Password"
    assert replacing.password_edit.accessibleName() == "New password"
    assert replacing.confirm_edit.accessibleName() == "Repeat the new password"
