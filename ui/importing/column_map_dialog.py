"""Say which columns of a dataset attachment hold which personal data.

A dataset is a CSV file or workbook a client handed over (their customer list,
say). Its column map (header to role) tells retention, redaction and the
inventory what it holds; special-care data (要配慮個人情報) is what redaction
always removes, so taking that mark off a column is asked about first.

The header row is read on the vault thread from the decrypted attachment in
memory, never a temp file, by the core's own readers, which refuse a hostile
file as the import does. A CSV file is pulled chunk by chunk only as far as its
header row; every chunk is verified before it is read, so the header is the
client's own even though the rest of the file is never decrypted. A workbook
is a zip whose directory sits at its end, so it is decrypted whole, up to
WORKBOOK_LIMIT (vault/importing/datasets.py). Without a saved map the combos
start from the import's guess from the headers, erring towards personal: a name
column is marked a name.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.core_messages import core_message
from ui.prompts import Prompts
from ui.vault_session import VaultSession
from vault.errors import VaultError
from vault.importing.datasets import WorkbookTooLarge, open_dataset
from vault.importing.mapping import Role, guess
from vault.session import Vault
from vault.storage.attachments import DATASET_ROLES, DATASET_SUFFIXES, SPECIAL_CARE

log = logging.getLogger(__name__)


# The import's guess, in the dataset's terms (a client name in a customer list is a
# person's name as often as not).
_GUESSED = {
    Role.CLIENT_NAME: "name",
    Role.CONTACT_NAME: "name",
    Role.FURIGANA: "furigana",
    Role.CLIENT_FURIGANA: "furigana",
    Role.EMAIL: "email",
    Role.PHONE: "phone",
    Role.POSTAL_CODE: "postal_code",
    Role.ADDRESS: "address",
}


def dataset_role_name(role: str) -> str:
    names = {
        "name": QCoreApplication.translate("ColumnMapDialog", "Name of a person"),
        "furigana": QCoreApplication.translate("ColumnMapDialog", "Furigana (reading)"),
        "email": QCoreApplication.translate("ColumnMapDialog", "E-mail address"),
        "phone": QCoreApplication.translate("ColumnMapDialog", "Phone number"),
        "postal_code": QCoreApplication.translate("ColumnMapDialog", "Postal code"),
        "address": QCoreApplication.translate("ColumnMapDialog", "Address"),
        "birth_date": QCoreApplication.translate("ColumnMapDialog", "Date of birth"),
        SPECIAL_CARE: QCoreApplication.translate(
            "ColumnMapDialog", "Special-care data (health, beliefs, criminal record …)"
        ),
    }
    return names.get(role, role)


# What a column's combo offers: no personal data, or one of the core's roles.
CHOICES: tuple[str | None, ...] = (None, *DATASET_ROLES)


class _NotADataset(Exception):
    """The attachment is not a CSV file or a workbook."""


def read_headers(vault: Vault, attachment_id: str, size: int) -> tuple[str, ...]:
    """A dataset's header row, by the core's readers, from memory (vault thread)."""
    with open_dataset(vault, attachment_id, size) as table:
        return table.headers


@dataclass(frozen=True)
class _Dataset:
    name: str
    headers: tuple[str, ...]
    saved: dict[str, str] | None  # the map set before, if any


def _load(attachment_id: str) -> Callable[[Vault], _Dataset]:
    def job(vault: Vault) -> _Dataset:
        attachment = vault.attachments.get(attachment_id)
        if Path(attachment.name).suffix.lower() not in DATASET_SUFFIXES:
            raise _NotADataset
        saved = vault.attachments.columns(attachment_id)
        headers = read_headers(vault, attachment_id, attachment.size)
        return _Dataset(attachment.name, headers, saved)

    return job


def _key(header: str) -> str:
    """A header as the core stores it in a map (NFC, trimmed)."""
    return unicodedata.normalize("NFC", header).strip()


def _initial_roles(dataset: _Dataset) -> list[str | None]:
    """The saved map's role for each column, or without one the guess from the headers."""
    if dataset.saved is not None:
        saved = dataset.saved
        return [saved.get(_key(header)) for header in dataset.headers]
    guessed = guess(dataset.headers).roles
    return [
        next((_GUESSED[r] for r in Role if r in _GUESSED and index in guessed.get(r, ())), None)
        for index in range(len(dataset.headers))
    ]


class ColumnMapDialog(QDialog):
    """One combo per column of a CSV or workbook attachment; Save sets its column map."""

    saved = Signal(str)  # the attachment's id

    def __init__(
        self,
        session: VaultSession,
        prompts: Prompts,
        attachment_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._prompts = prompts
        self._attachment_id = attachment_id
        self._dataset: _Dataset | None = None
        self.combos: list[QComboBox] = []  # one per column of the header row, in order
        self._loading = True
        self._saving = False
        self.setWindowTitle(self.tr("Columns of a dataset"))
        self._build()
        session.locked.connect(self._vault_locked)
        self._update_buttons()
        session.run(_load(attachment_id), self._loaded, self._load_failed)

    # -- building ---------------------------------------------------------------------

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        return label

    def _build(self) -> None:
        intro = self._label(self.tr("About column maps"))
        intro.setText(
            self.tr(
                "Say which columns hold personal data, so that retention, redacted exports and "
                "the inventory know what this file holds. Special-care data is always removed "
                "from redacted exports."
            )
        )
        self.name_label = self._label(self.tr("File"))
        self.status_label = self._label(self.tr("Status"))
        self.status_label.setText(self.tr("Reading the header row…"))
        self.columns_area = QScrollArea(self)
        self.columns_area.setWidgetResizable(True)
        self.columns_area.setAccessibleName(self.tr("Columns"))
        self.error_label = self._label(self.tr("Problem"))
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save the column map"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.name_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.columns_area, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.resize(620, 480)

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(
            self._dataset is not None and not self._loading and not self._saving
        )
        self.cancel_button.setEnabled(not self._saving)

    # -- loading ----------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self._loading or self._saving

    def _loaded(self, dataset: _Dataset) -> None:
        self._loading = False
        self._dataset = dataset
        self.name_label.setText(dataset.name)
        self.status_label.setText(
            self.tr("What each column holds, as saved before.")
            if dataset.saved is not None
            else self.tr("Suggested from the column headers; check each column.")
        )
        holder = QWidget()
        grid = QGridLayout(holder)
        first: dict[str, int] = {}
        for index, (header, role) in enumerate(
            zip(dataset.headers, _initial_roles(dataset), strict=True)
        ):
            combo = self._add_column(grid, holder, index, header, first.get(_key(header)))
            if combo.isEnabled():
                first[_key(header)] = index
                combo.setCurrentIndex(CHOICES.index(role) if role in CHOICES else 0)
            self.combos.append(combo)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.combos), 1)
        self.columns_area.setWidget(holder)
        self._update_buttons()
        if self.combos:
            self.combos[0].setFocus()

    def _add_column(
        self, grid: QGridLayout, holder: QWidget, index: int, header: str, same_as: int | None
    ) -> QComboBox:
        """A column's label and combo; a column the map cannot name gets a disabled one."""
        number = index + 1
        label = QLabel(
            self.tr("{number}. {header}").format(
                number=number, header=header or self.tr("(no header)")
            ),
            holder,
        )
        label.setTextFormat(Qt.TextFormat.PlainText)
        combo = QComboBox(holder)
        combo.addItems(
            [
                self.tr("No personal data") if role is None else dataset_role_name(role)
                for role in CHOICES
            ]
        )
        combo.setAccessibleName(
            self.tr("What column {number} ({header}) holds").format(
                number=number, header=header or self.tr("no header")
            )
        )
        label.setBuddy(combo)
        note = QLabel(holder)
        note.setWordWrap(True)
        if not _key(header):
            note.setText(self.tr("A column without a header cannot be named in the map."))
        elif same_as is not None:
            note.setText(
                self.tr("The same header as column {number}: set it there.").format(
                    number=same_as + 1
                )
            )
        combo.setEnabled(not note.text())
        grid.addWidget(label, index, 0)
        grid.addWidget(combo, index, 1)
        grid.addWidget(note, index, 2)
        return combo

    def _load_failed(self, error: Exception) -> None:
        self._loading = False
        self.status_label.clear()
        if isinstance(error, _NotADataset):
            text = self.tr("Only CSV files and Excel workbooks can have a column map.")
        elif isinstance(error, WorkbookTooLarge):
            text = self.tr(
                "This workbook is too large to read its header row in memory; save the sheet "
                "as CSV and attach that."
            )
        else:
            text = self._message_for(error)
        self._show_error(text)
        self._update_buttons()

    # -- saving -----------------------------------------------------------------------

    def chosen_map(self) -> dict[str, str]:
        """Header to role for every column marked as personal data."""
        dataset = self._dataset
        if dataset is None:
            return {}
        return {
            _key(header): role
            for header, combo in zip(dataset.headers, self.combos, strict=True)
            if combo.isEnabled() and (role := CHOICES[combo.currentIndex()]) is not None
        }

    def save(self) -> None:
        dataset = self._dataset
        if dataset is None or self._loading or self._saving:
            return
        columns = self.chosen_map()
        before = dataset.saved or {}
        unmarked = [h for h, r in before.items() if r == SPECIAL_CARE and columns.get(h) != r]
        if unmarked and not self._prompts.confirm(
            self,
            self.tr("Special-care data"),
            self.tr(
                "Columns no longer marked as special-care data: {count}. Redacted exports then "
                "no longer always remove them. Save anyway?"
            ).format(count=len(unmarked)),
            yes=self.tr("Save"),
        ):
            return
        attachment_id = self._attachment_id
        self._saving = True
        self.error_label.hide()
        self._update_buttons()
        self._session.run(
            lambda vault: vault.attachments.set_columns(attachment_id, columns),
            self._saved,
            self._save_failed,
        )

    def _saved(self, _none: None) -> None:
        self._saving = False
        self.accept()
        self.saved.emit(self._attachment_id)

    def _save_failed(self, error: Exception) -> None:
        self._saving = False
        self._show_error(self._message_for(error))
        self._update_buttons()

    # -- errors and closing -----------------------------------------------------------

    def _message_for(self, error: Exception) -> str:
        if not isinstance(error, VaultError):
            log.error("A column map step failed: %s", type(error).__name__)
        return core_message(error)  # never an unexpected exception's own text

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def reject(self) -> None:
        """A save under way is waited for (a lock closes at once, by done())."""
        if not self._saving:
            super().reject()

    def _vault_locked(self) -> None:
        """Lock always wins: drop the headers shown and close."""
        self._dataset = None
        self._loading = self._saving = False
        self.combos = []
        self.columns_area.setWidget(QWidget())
        self.name_label.clear()
        if self.isVisible():
            self.done(QDialog.DialogCode.Rejected.value)
