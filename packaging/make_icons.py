"""Render the app icon's PNG sizes (and the Windows .ico, macOS .icns) from its SVG.

Run after changing ui/resources/icons/clientvault.svg:
    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py
The outputs are committed: a wheel or a PyInstaller build then needs no renderer.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "ui" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "clientvault.svg"))
    if not renderer.isValid():
        raise SystemExit("clientvault.svg did not parse")
    for size in SIZES:
        if not render(renderer, size).save(str(ICONS / f"clientvault-{size}.png")):
            raise SystemExit(f"could not write the {size}px PNG")
    # Qt's ico and icns image plugins write multi-size files from one large image.
    for suffix, size in (("ico", 256), ("icns", 512)):
        if not render(renderer, size).save(str(ICONS / f"clientvault.{suffix}"), suffix.encode()):
            raise SystemExit(f"could not write clientvault.{suffix}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
