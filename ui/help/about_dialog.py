"""Help > About (version, vault format, the licences of what ships inside) and
Help > Keyboard shortcuts (read from the window's own actions, so it cannot drift)."""

from __future__ import annotations

from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.desktop import app_icon
from vault.keys.header import FORMAT
from vault.version import VERSION

# (component, the distribution whose version is shown or None, licence as SPDX)
COMPONENTS: tuple[tuple[str, str | None, str], ...] = (
    ("Qt 6 (via PySide6)", "PySide6-Essentials", "LGPL-3.0-only"),
    ("SQLCipher Community Edition", None, "BSD-3-Clause"),
    ("SQLite", None, "blessing (public domain)"),
    ("sqlcipher3", "sqlcipher3", "Zlib"),
    ("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("OpenSSL (inside cryptography)", None, "Apache-2.0"),
    ("argon2-cffi", "argon2-cffi", "MIT"),
    ("pyrage (age encryption)", "pyrage", "MIT; rage: MIT OR Apache-2.0"),
    ("pikepdf (with QPDF)", "pikepdf", "MPL-2.0; QPDF: Apache-2.0"),
    ("Pillow (used by pikepdf)", "pillow", "MIT-CMU"),
    ("lxml (used by pikepdf)", "lxml", "BSD-3-Clause; libxml2, libxslt: MIT"),
    ("fontTools", "fonttools", "MIT"),
    ("openpyxl", "openpyxl", "MIT"),
    ("phonenumbers", "phonenumbers", "Apache-2.0"),
    ("keyring", "keyring", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
    ("Python", None, "PSF-2.0"),
)


def _version_of(distribution: str | None) -> str:
    if distribution is None:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:  # a packaged build may carry no metadata
        return ""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About ClientVault"))
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(96, 96))
        self.summary = QLabel(
            self.tr(
                "ClientVault {version}\nVault format {format}\nQt {qt}, PySide6 {pyside}"
            ).format(version=VERSION, format=FORMAT, qt=qVersion(), pyside=pyside_version),
            self,
        )
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = QLabel(self.tr("Components inside the app and their licences:"), self)
        self.components = QTableWidget(len(COMPONENTS), 3, self)
        self.components.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        self.components.setAccessibleName(self.tr("Components and licences"))
        for row, (name, distribution, licence) in enumerate(COMPONENTS):
            for column, text in enumerate((name, _version_of(distribution), licence)):
                self.components.setItem(row, column, QTableWidgetItem(text))
        self.components.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.components.verticalHeader().hide()
        self.components.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (icon, self.summary, heading, self.components):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.resize(640, 520)


class ShortcutsDialog(QDialog):
    """Every shortcut of the window's menus, plus Ctrl+L, which works even over dialogs."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [(self.tr("Lock (from any window, dialogs included)"), "Ctrl+L")]
        for action in window.findChildren(QAction):
            keys = action.shortcut()
            if keys.isEmpty() or keys.matches(QKeySequence("Ctrl+L")) is not (
                QKeySequence.SequenceMatch.NoMatch
            ):
                continue
            name = action.text().replace("&", "").rstrip("…")
            rows.append((name, keys.toString(QKeySequence.SequenceFormat.NativeText)))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for row, (name, keys_text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys_text))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(480, 420)
