"""The app's identity on the desktop: its id (the .desktop and AppStream name) and icon."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

# Reverse-DNS id: the .desktop file, the AppStream metainfo and Wayland's app id.
APP_ID = "io.github.clientvault.ClientVault"
RESOURCES = Path(__file__).resolve().parent / "resources"
ICONS = RESOURCES / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Every drawn size, so each place (title bar, task switcher, dock) gets a sharp one."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(ICONS / f"clientvault-{size}.png"))
    return icon
