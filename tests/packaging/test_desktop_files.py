"""The .desktop entry and AppStream metainfo are valid and name the same app id and icon."""

from __future__ import annotations

import configparser
import subprocess
import xml.etree.ElementTree as ET

from tests.conftest import require_tool
from ui.desktop import APP_ID, ICON_SIZES, ICONS, RESOURCES
from vault.version import VERSION

DESKTOP = RESOURCES / "desktop" / f"{APP_ID}.desktop"
METAINFO = RESOURCES / "desktop" / f"{APP_ID}.metainfo.xml"


def test_the_desktop_entry_validates_and_starts_the_gui_script() -> None:
    check = subprocess.run(
        [require_tool("desktop-file-validate"), str(DESKTOP)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (check.returncode, check.stdout.strip()) == (0, ""), check.stdout
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "clientvault-app"
    assert section["Icon"] == APP_ID
    assert section["Terminal"] == "false"


def test_the_metainfo_validates_and_matches_the_app() -> None:
    check = subprocess.run(
        [require_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    root = ET.parse(METAINFO).getroot()  # noqa: S314 - our own file
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    release = root.find("releases/release")
    assert release is not None and release.get("version") == VERSION


def test_the_icon_is_drawn_as_svg_and_every_png_size() -> None:
    assert (ICONS / "clientvault.svg").read_text().lstrip().startswith("<?xml")
    for size in ICON_SIZES:
        png = (ICONS / f"clientvault-{size}.png").read_bytes()
        assert png.startswith(b"\x89PNG")
        width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        assert (width, height) == (size, size)
