"""The core's error messages reach the user translated, and only the core's own text does."""

from __future__ import annotations

import ast
import string
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

import vault
from ui.core_messages import NOTES, TEMPLATES, core_message
from vault import errors
from vault.audit.pending import NOT_RECORDED, NOTED, PASSPHRASE_NOT_KEPT
from vault.errors import BadInput, VaultError, WrongSecret
from vault.importing.importer import SOURCE_DELETED
from vault.storage.os_backup import EXCLUDED, NO_CONTROL, REFUSED

VAULT = Path(vault.__file__).parent
BIN = Path(sys.executable).parent

ERROR_CLASSES = {
    name
    for name, value in vars(errors).items()
    if isinstance(value, type) and issubclass(value, VaultError)
}


def error_calls(source: str) -> Iterator[tuple[int, str, ast.Call]]:
    """(line, class name, call) for every call of a VaultError class in `source`."""
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name in ERROR_CLASSES:
            yield node.lineno, name, node


def check_call(call: ast.Call) -> str | None:
    """The template of a well-formed call, or None: a literal first argument, and exactly
    the keyword parameters its placeholders name."""
    if len(call.args) != 1 or not isinstance(call.args[0], ast.Constant):
        return None
    template = call.args[0].value
    if not isinstance(template, str):
        return None
    keywords = [k.arg for k in call.keywords]
    if None in keywords:  # **params hides which ones are given
        return None
    fields = {field for _text, field, _spec, _conv in string.Formatter().parse(template) if field}
    if not fields and ("{" in template or "}" in template):
        return None  # without params a template is literal: braces would read as placeholders
    if fields != set(keywords):
        return None
    return template


def templates_under_vault() -> tuple[set[str], list[str]]:
    found: set[str] = set()
    malformed: list[str] = []
    for path in sorted(VAULT.rglob("*.py")):
        for line, _name, call in error_calls(path.read_text(encoding="utf-8")):
            template = check_call(call)
            if template is None:
                malformed.append(f"{path.relative_to(VAULT.parent)}:{line}: {ast.unparse(call)}")
            else:
                found.add(template)
    return found, malformed


# -- (a) every template raised under vault/ is marked for translation ----------------


def test_every_error_under_vault_has_a_literal_template_and_matching_params() -> None:
    _found, malformed = templates_under_vault()
    assert malformed == []


def test_the_translatable_list_is_exactly_the_templates_raised_under_vault() -> None:
    found, _malformed = templates_under_vault()
    assert len(found) > 50  # the walk really saw the package
    listed = set(TEMPLATES)
    assert sorted(found - listed) == [], "raised but not in ui/core_messages.TEMPLATES"
    assert sorted(listed - found) == [], "in ui/core_messages.TEMPLATES but never raised"
    assert len(TEMPLATES) == len(listed), "listed twice"


def test_the_check_catches_untranslatable_messages() -> None:
    source = """
key = "x"
BadInput(f"Field '{key}' is not a number.")
errors.WrongSecret("The {what} is wrong.")
VaultDamaged("Header {slot}.", slot=1, extra=2)
VaultTampered(describe())
VaultBusy("Busy {{now}}.")
VaultLocked("The vault is locked.")
ValueError(f"{key}")
"""
    verdicts = [check_call(call) for _line, _name, call in error_calls(source)]
    assert verdicts == [None, None, None, None, None, "The vault is locked."]


# -- (b) formatting and translation ---------------------------------------------------


def test_core_message_fills_in_the_params() -> None:
    error = BadInput("Field '{field}' is not a number.", field="金額")
    assert core_message(error) == "Field '金額' is not a number."


def test_core_message_takes_a_finished_sentence_literally() -> None:
    assert core_message(BadInput("Field 'a{b}' is not a number.")) == (
        "Field 'a{b}' is not a number."
    )


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>VaultMessages</name>
{messages}
</context>
</TS>
"""

JAPANESE = {
    "Field '{field}' is not a number.": "項目「{field}」が数値ではありません。",
    "The password is wrong for this vault.": "このボールトのパスワードが違います。",
    "Something went wrong ({kind}).": "問題が起きました（{kind}）。",
    # A translator's typo in a placeholder must not break the error dialog.
    "The {what} contains a NUL character.": "{wat}にNUL文字が含まれています。",
}


@pytest.fixture
def japanese(qtbot: QtBot, tmp_path: Path) -> Iterator[None]:
    messages = "\n".join(
        f"    <message>\n        <source>{escape(source)}</source>\n"
        f"        <translation>{escape(text)}</translation>\n    </message>"
        for source, text in JAPANESE.items()
    )
    ts = tmp_path / "probe_ja.ts"
    ts.write_text(TS.format(messages=messages), encoding="utf-8")
    qm = tmp_path / "probe_ja.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)


@pytest.mark.usefixtures("japanese")
def test_core_message_translates_the_template_then_fills_in_the_params() -> None:
    error = BadInput("Field '{field}' is not a number.", field="金額")
    assert core_message(error) == "項目「金額」が数値ではありません。"
    assert str(error) == "Field '金額' is not a number."  # the CLI's English is unchanged


@pytest.mark.usefixtures("japanese")
def test_core_message_translates_a_message_without_params() -> None:
    assert core_message(WrongSecret("The password is wrong for this vault.")) == (
        "このボールトのパスワードが違います。"
    )


@pytest.mark.usefixtures("japanese")
def test_a_broken_translation_falls_back_to_the_english_sentence() -> None:
    error = BadInput("The {what} contains a NUL character.", what="title")
    assert core_message(error) == "The title contains a NUL character."


@pytest.mark.usefixtures("japanese")
def test_an_untranslated_template_stays_english() -> None:
    assert core_message(BadInput("No record with that id.")) == "No record with that id."


@pytest.mark.usefixtures("japanese")
def test_the_generic_sentence_is_translated_too() -> None:
    assert core_message(RuntimeError("x")) == "問題が起きました（RuntimeError）。"


# -- (c) an unexpected exception's text never reaches the screen --------------------


@pytest.mark.parametrize(
    "error",
    [
        ValueError("山田商店 090-1234-5678"),
        KeyError("山田商店 090-1234-5678"),
        OSError(13, "山田商店 090-1234-5678"),
        RuntimeError("Field '{field}' 山田商店 090-1234-5678"),
    ],
)
def test_an_unexpected_exception_is_named_by_its_type_only(error: Exception) -> None:
    message = core_message(error)
    assert "山田" not in message
    assert "090" not in message
    assert type(error).__name__ in message


def test_every_listed_template_formats_with_its_own_placeholders() -> None:
    """What core_message does with an untranslated template, for all of them."""
    for template in TEMPLATES:
        fields = {f for _t, f, _s, _c in string.Formatter().parse(template) if f}
        params: dict[str, str | int] = dict.fromkeys(fields, 1234)
        error = VaultError(template, **params)
        assert core_message(error) == str(error)


def test_the_notes_the_core_returns_are_marked_word_for_word() -> None:
    assert SOURCE_DELETED in NOTES
    assert {NOTED, NOT_RECORDED, PASSPHRASE_NOT_KEPT} <= set(NOTES)
    assert {EXCLUDED, NO_CONTROL, REFUSED} <= set(NOTES)
