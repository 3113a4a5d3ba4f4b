"""One saved record, read-only, as password managers show an entry: Edit opens the editor.

Looking something up should not risk changing it: values are plain selectable
text, secrets stay masked until Show (logged, like the editor's), and every
Copy goes through the secure clipboard and the client's access log. A web
address opens in the browser only if it is http(s) (ui/clients/web_address.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.clients.field_inputs import field_label
from ui.clients.read_log import log_reveal, logged_copy
from ui.clients.secret_field import Copy, SecretField
from ui.clients.web_address import UrlOpener, web_url
from ui.models.records import kind_name, sensitivity_name
from ui.prompts import Prompts
from ui.vault_session import VaultSession
from ui.widgets.text_fit import keep_text_visible
from vault.domain.model import Field, FieldType, Record


class RecordView(QDialog):
    """The read view of one record, with Edit, Copy, Show and (for web addresses) Open."""

    edit_requested = Signal(object)  # the Record

    def __init__(
        self,
        session: VaultSession,
        prompts: Prompts,
        copy: Copy,
        record: Record,
        open_url: UrlOpener = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        keep_text_visible(self)
        self._session = session
        self._prompts = prompts
        self._copy = logged_copy(session, copy, record.client_id, record)
        self._open_url = open_url
        self.record = record
        self.secrets: dict[str, SecretField] = {}
        self.values: dict[str, QLabel] = {}
        self.copy_buttons: dict[str, QPushButton] = {}
        self.open_buttons: dict[str, QPushButton] = {}
        self.setWindowTitle(kind_name(record.kind))
        self._build()

    def _build(self) -> None:
        self.title_label = QLabel(self.record.title, self)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.kind_label = QLabel(
            self.tr("{kind} · {sensitivity}").format(
                kind=kind_name(self.record.kind),
                sensitivity=sensitivity_name(self.record.sensitivity),
            ),
            self,
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for item in self.record.fields:
            label = field_label(item.key)
            form.addRow(QLabel(self.tr("{label}:").format(label=label), self), self._row(item))
        self.empty_label = QLabel(self.tr("This record has no fields yet."), self)
        self.empty_label.setVisible(not self.record.fields)

        self.buttons = QDialogButtonBox(self)
        self.edit_button = self.buttons.addButton(
            self.tr("&Edit"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.edit_button.setAccessibleName(self.tr("Edit record"))
        self.edit_button.setDefault(True)
        self.edit_button.clicked.connect(self.edit)
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.kind_label)
        layout.addLayout(form)
        layout.addWidget(self.empty_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _row(self, item: Field) -> QWidget:
        label = field_label(item.key)
        if item.type is FieldType.SECRET:
            secret = SecretField(self._copy, self, label=label)
            secret.setText(item.value)
            secret.line_edit.setReadOnly(True)
            secret.revealedChanged.connect(self._log_reveal)
            self.secrets[item.key] = secret
            return secret
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        value = QLabel(item.value, row)
        value.setTextFormat(Qt.TextFormat.PlainText)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setAccessibleName(label)
        layout.addWidget(value, 1)
        self.values[item.key] = value
        if item.type is FieldType.URL:
            opener = self._button(
                row, self.tr("Open"), self.tr("Open {label} in the browser"), label
            )
            opener.clicked.connect(lambda: self.open_address(item.value))
            self.open_buttons[item.key] = opener
            layout.addWidget(opener, 0, Qt.AlignmentFlag.AlignTop)
        copier = self._button(row, self.tr("Copy"), self.tr("Copy {label}"), label)
        copier.setToolTip(
            self.tr("Copy {label}; the clipboard is cleared after a while.").format(label=label)
        )
        copier.clicked.connect(lambda: self._copy(item.value))
        self.copy_buttons[item.key] = copier
        layout.addWidget(copier, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _button(self, parent: QWidget, text: str, name: str, label: str) -> QPushButton:
        button = QPushButton(text, parent)
        button.setAutoDefault(False)
        button.setAccessibleName(name.format(label=label))
        return button

    def _log_reveal(self, revealed: bool) -> None:
        log_reveal(self._session, self.record.client_id, self.record, revealed)

    def open_address(self, text: str) -> bool:
        """Hand an http(s) address to the browser; refuse any other scheme, saying so."""
        url = web_url(text)
        if url is None:
            self._prompts.error(
                self,
                self.tr("Not a web address"),
                self.tr(
                    "Only web addresses starting with http:// or https:// are opened. "
                    "This one was not opened, because other kinds of address can run "
                    "programs or open files on this computer."
                ),
            )
            return False
        return self._open_url(url)

    def edit(self) -> None:
        """Switch to the editor: this view closes, the page opens the editor for the record."""
        self.accept()
        self.edit_requested.emit(self.record)
