"""Every user-visible string has a Japanese translation with the same placeholders."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from ui.unlock.welcome_screen import WelcomeScreen

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"  # the .ts sources
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")

Messages = dict[tuple[str, str], ET.Element]


def messages(ts_file: Path) -> Messages:
    found: Messages = {}
    for context in ET.parse(ts_file).getroot().iter("context"):  # noqa: S314 - our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def translation(message: ET.Element) -> str:
    element = message.find("translation")
    if element is None or element.get("type") in ("unfinished", "vanished", "obsolete"):
        return ""
    return element.text or ""


@pytest.fixture(scope="module")
def in_sources(tmp_path_factory: pytest.TempPathFactory) -> Messages:
    """What lupdate finds in ui/ today."""
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-silent",
            "-locations",
            "none",
            *sources,
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    return messages(fresh)


def test_every_string_in_the_sources_has_a_japanese_translation(in_sources: Messages) -> None:
    japanese = messages(TRANSLATIONS / "clientvault_ja.ts")
    missing = [key for key in in_sources if not translation(japanese.get(key, ET.Element("x")))]
    assert missing == [], "run `make translations` and translate these"


def test_no_translation_is_left_for_a_string_that_no_longer_exists(in_sources: Messages) -> None:
    for name in ("clientvault_ja.ts", "clientvault_en.ts"):
        assert set(messages(TRANSLATIONS / name)) - set(in_sources) == set(), name


@pytest.mark.parametrize("name", ["clientvault_ja.ts", "clientvault_en.ts"])
def test_placeholders_and_mnemonics_match(name: str) -> None:
    for (context, source), message in messages(TRANSLATIONS / name).items():
        text = translation(message)
        if not text:
            continue
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            context,
            source,
        )
        has_mnemonic = re.search(r"&[^&\s]", source) is not None
        assert (re.search(r"&[^&\s]", text) is not None) == has_mnemonic, (context, source)


def test_the_compiled_japanese_file_translates_the_app(qtbot: QtBot, tmp_path: Path) -> None:
    compiled = tmp_path / "clientvault_ja.qm"
    subprocess.run(
        [
            str(BIN / "pyside6-lrelease"),
            "-silent",
            str(TRANSLATIONS / "clientvault_ja.ts"),
            "-qm",
            str(compiled),
        ],
        check=True,
        capture_output=True,
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        screen = WelcomeScreen()
        qtbot.addWidget(screen)
        assert screen.create_button.text() != "&Create a new vault…"
        assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", screen.create_button.text())
    finally:
        app.removeTranslator(translator)
