"""An encrypted bundle for one client: preview exactly what goes out, then write it.

The preview comes from the core (`vault.sharing.bundles.preview`, on the vault
thread) and is what `export` writes or refuses to write: the recipient (a contact
person of this client, the mode and the key's fingerprint), record counts by kind,
every file with its size, a prominent warning when special-care data goes out, and
for an encrypted PDF the attachments it cannot carry. A client without a delivery
setting is offered the delivery dialog first. The format starts as what the client
can open: the encrypted PDF (any PDF viewer) for a passphrase, age for an age key.
The result screen has a note on opening the file, in the report's language, ready
to paste into the mail.

The file name carries a label the user sees and edits before writing (default: the
client's name, short; empty: "bundle-2026-11-25.pdf"), see vault/sharing/file_label.py.
The export streams on the
vault thread with progress and Cancel; the core writes a temp file and renames it
only when complete, so a cancel or a failure leaves nothing. A passphrase is shown
once, in the read-aloud view, and forgotten when the dialog closes. A lock closes
the dialog, stops an export under way and clears everything shown.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QObject, QSortFilterProxyModel, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.clients.record_table import make_table
from ui.core_messages import core_message, core_notes
from ui.models.backups import data_size
from ui.models.records import KIND_ORDER, kind_name
from ui.prompts import Prompts
from ui.sharing.delivery_dialog import DeliveryDialog, style_name
from ui.sharing.export_result import ResultPage
from ui.sharing.file_label_row import FileLabelRow
from ui.sharing.models import BundleFileModel
from ui.sharing.passphrase_view import Copy, read_aloud_font
from ui.vault_session import VaultSession
from vault.domain.model import RecordKind
from vault.errors import VaultError
from vault.session import Vault
from vault.sharing import Sharing
from vault.sharing.bundle import BundleFormat, BundlePreview, ExportResult
from vault.sharing.delivery import DeliveryMode
from vault.sharing.file_label import SUFFIXES
from vault.sharing.how_to_open import pdf_files_limit_mb
from vault.sharing.passphrase import PassphraseStyle
from vault.sharing.report import Language

log = logging.getLogger(__name__)

PROGRESS_STEPS = 1000  # the relay carries thousandths: byte counts overflow a Qt int


class Page(IntEnum):
    PREVIEW = 0
    RESULT = 1


@dataclass(frozen=True)
class _Loaded:
    preview: BundlePreview | None  # None: the client has no delivery setting yet
    left_out: tuple[tuple[str, int], ...]  # (name, size) of attachments a PDF leaves out


class _ProgressRelay(QObject):
    """Carries thousandths done from the vault thread to the dialog."""

    progressed = Signal(int)


class ExportDialog(QDialog):
    """Format and language, the preview, Export…, and the result with the passphrase."""

    exported = Signal(str)  # the client id a bundle was written for

    def __init__(
        self,
        session: VaultSession,
        prompts: Prompts,
        copy: Copy,
        client_id: str,
        client_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._prompts = prompts
        self._copy = copy
        self._client_id = client_id
        self._client_name = client_name
        self._loaded: _Loaded | None = None
        self._format_chosen = False  # until then the delivery setting picks the format
        # Previews asked for and not yet answered. The vault thread answers in order, so
        # only the answer that brings this to 0 is the latest; earlier ones are dropped.
        self._pending = 0
        self._busy = False
        self._stop = threading.Event()
        self._relay = _ProgressRelay()
        self._relay.progressed.connect(self._show_progress)
        self.delivery_dialog: DeliveryDialog | None = None
        self.files = BundleFileModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.files)
        self.setWindowTitle(self.tr("Encrypted bundle"))
        self._build()
        session.locked.connect(self._vault_locked)
        session.changed.connect(self._data_changed)
        self._set_busy(False)
        self.load()

    # -- building ---------------------------------------------------------------------

    def _label(self, name: str, parent: QWidget | None = None) -> QLabel:
        label = QLabel(parent or self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        return label

    def _build(self) -> None:
        self.intro_label = self._label(self.tr("Client"))
        self.intro_label.setText(
            self.tr("An encrypted bundle of “{name}”, for that client only").format(
                name=self._client_name
            )
        )
        font = self.intro_label.font()
        font.setBold(True)
        self.intro_label.setFont(font)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_preview_page())
        self.result_page = ResultPage(self._copy, self)
        self.pages.addWidget(self.result_page)
        page = self.result_page  # its parts, as the dialog's tests and lock handling use them
        self.result_label, self.path_label = page.result_label, page.path_label
        self.sha256_label, self.passphrase_view = page.sha256_label, page.passphrase_view
        self.how_to_open_edit = page.how_to_open_edit
        self.copy_sha256_button = page.copy_sha256_button

        self.progress = QProgressBar(self)
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.cancel_export_button = QPushButton(self.tr("&Cancel export"), self)
        self.cancel_export_button.setAccessibleName(self.tr("Cancel the export"))
        self.cancel_export_button.clicked.connect(self.cancel_export)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_export_button)
        self.error_label = self._label(self.tr("Problem"))
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()

        self.delivery_button = QPushButton(self.tr("&Delivery setting…"), self)
        self.delivery_button.setAccessibleName(self.tr("Open the delivery setting"))
        self.delivery_button.clicked.connect(self.open_delivery)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setAccessibleName(self.tr("Export the bundle"))
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (
            self.delivery_button,
            self.export_button,
            self.close_button,
            self.cancel_export_button,
        ):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delivery_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.pages, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.resize(720, 560)

    def _build_preview_page(self) -> QWidget:
        page = QWidget(self)
        self.format_combo = QComboBox(page)
        self.format_combo.addItem(
            self.tr("Encrypted PDF: opens in any PDF viewer (files up to {size} MB)").format(
                size=pdf_files_limit_mb()
            ),
            BundleFormat.PDF,
        )
        self.format_combo.addItem(self.tr("age bundle (report, data and files)"), BundleFormat.AGE)
        self.format_combo.setAccessibleName(self.tr("Bundle format"))
        self.format_combo.currentIndexChanged.connect(self.load)
        self.language_combo = QComboBox(page)
        self.language_combo.addItem("日本語", Language.JA)
        self.language_combo.addItem("English", Language.EN)
        self.language_combo.setAccessibleName(self.tr("Report language"))
        self.language_combo.currentIndexChanged.connect(self.load)
        format_label = QLabel(self.tr("&Format:"), page)
        format_label.setBuddy(self.format_combo)
        language_label = QLabel(self.tr("Report &language:"), page)
        language_label.setBuddy(self.language_combo)
        choices = QHBoxLayout()
        choices.addWidget(format_label)
        choices.addWidget(self.format_combo, 1)
        choices.addWidget(language_label)
        choices.addWidget(self.language_combo)

        self.status_label = self._label(self.tr("Status"), page)
        self.recipient_label = self._label(self.tr("Recipient"), page)
        self.fingerprint_label = self._label(self.tr("Key fingerprint"), page)
        self.fingerprint_label.setFont(read_aloud_font())
        self.counts_label = self._label(self.tr("Records in the bundle"), page)
        self.special_care_label = self._label(self.tr("Special-care warning"), page)
        self.special_care_label.setStyleSheet(
            "color: #842029; background: #f8d7da; font-weight: bold; padding: 6px;"
        )
        self.special_care_label.setText(
            self.tr(
                "Warning: this bundle holds special-care personal data (要配慮個人情報), such "
                "as health or criminal records. Send it only if the client expects exactly "
                "this data."
            )
        )
        self.left_out_label = self._label(self.tr("Attachments left out"), page)
        self.table = make_table(
            self.proxy,
            self.files,
            BundleFileModel.Column.PATH,
            {BundleFileModel.Column.SIZE: "size"},
            page,
        )
        self.table.setAccessibleName(self.tr("Files in the bundle"))
        self.total_label = self._label(self.tr("Bundle size"), page)
        self.file_label = FileLabelRow(self._client_name, page)

        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(choices)
        for widget in (
            self.status_label,
            self.recipient_label,
            self.fingerprint_label,
            self.counts_label,
            self.special_care_label,
            self.left_out_label,
        ):
            column.addWidget(widget)
        column.addWidget(self.table, 1)
        column.addWidget(self.total_label)
        column.addWidget(self.file_label)
        return page

    # -- the preview ------------------------------------------------------------------

    def _format(self) -> BundleFormat:
        return BundleFormat(self.format_combo.currentData())

    def _language(self) -> Language:
        return Language(self.language_combo.currentData())

    def load(self) -> None:
        """Ask for the preview of the chosen format and language."""
        if self._busy:
            return
        self._pending += 1
        client_id, bundle_format, language = self._client_id, self._format(), self._language()
        decide = not self._format_chosen
        chosen = bundle_format

        def job(vault: Vault) -> _Loaded:
            sharing = Sharing(vault)
            setting = sharing.delivery.get(client_id)
            if setting is None:
                return _Loaded(None, ())
            if decide:
                by_key = setting.mode is DeliveryMode.AGE
                bundle_format = BundleFormat.AGE if by_key else BundleFormat.PDF
            else:
                bundle_format = chosen
            preview = sharing.bundles.preview(client_id, format=bundle_format, language=language)
            left_out: tuple[tuple[str, int], ...] = ()
            if preview.left_out:
                left_out = tuple((a.name, a.size) for a in vault.attachments.list(client_id))
            return _Loaded(preview, left_out)

        self._show_preview(None)
        self.error_label.hide()
        self.status_label.setText(self.tr("Preparing the preview…"))
        self.status_label.show()
        self._session.run(job, self._loaded_now, self._load_failed)

    def _loaded_now(self, loaded: _Loaded) -> None:
        self._pending -= 1
        if not self._pending:
            if loaded.preview is not None and not self._format_chosen:
                self._format_chosen = True
                self.format_combo.blockSignals(True)
                self.format_combo.setCurrentIndex(self.format_combo.findData(loaded.preview.format))
                self.format_combo.blockSignals(False)
            self._show_preview(loaded)

    def _load_failed(self, error: Exception) -> None:
        self._pending -= 1
        if self._pending:
            return
        self.status_label.hide()
        self._show_error(error)

    def _show_preview(self, loaded: _Loaded | None) -> None:
        self._loaded = loaded
        preview = loaded.preview if loaded else None
        for widget in (
            self.recipient_label,
            self.fingerprint_label,
            self.counts_label,
            self.special_care_label,
            self.left_out_label,
            self.table,
            self.total_label,
            self.file_label,
        ):
            widget.setVisible(preview is not None)
        if preview is None:
            self.files.clear()
            if loaded is not None:  # loaded, without a delivery setting
                self.status_label.setText(
                    self.tr(
                        "This client has no delivery setting yet. Choose the contact person "
                        "who receives bundles and how they open them: Delivery setting…"
                    )
                )
            self._update_buttons()
            return
        self.status_label.hide()
        self.recipient_label.setText(self._recipient_text(preview))
        self.fingerprint_label.setText(preview.recipient.fingerprint or "")
        self.fingerprint_label.setVisible(preview.recipient.fingerprint is not None)
        self.counts_label.setText(self._counts_text(preview))
        self.special_care_label.setVisible(preview.special_care)
        self.left_out_label.setText(self._left_out_text(loaded.left_out if loaded else ()))
        self.left_out_label.setVisible(preview.left_out > 0)
        self.files.set_files(preview.files)
        self.file_label.show_preview(preview.format, preview.created_at)
        self.total_label.setText(
            self.tr("{count} files, {size} before encryption").format(
                count=len(preview.files), size=data_size(preview.total_size)
            )
        )
        self._update_buttons()

    def _recipient_text(self, preview: BundlePreview) -> str:
        """Who gets it, with their organisation and address from the contact record, so a
        bundle meant for one client's person is not mailed to another's."""
        recipient = preview.recipient
        if recipient.mode is DeliveryMode.AGE:
            text = self.tr(
                "To: {contact}, encrypted to their age key with this fingerprint:"
            ).format(contact=recipient.contact.label)
        else:
            text = self.tr(
                "To: {contact}, encrypted to a new passphrase ({style}), shown once after the "
                "export."
            ).format(
                contact=recipient.contact.label,
                style=style_name(recipient.style or PassphraseStyle.DIGITS),
            )
        contact = recipient.contact
        where = [part for part in (contact.organization, contact.address) if part]
        if where:
            text += "\n" + self.tr("{organization_and_address} — client: {client}").format(
                organization_and_address=" / ".join(where), client=preview.client_name
            )
        return text

    def _counts_text(self, preview: BundlePreview) -> str:
        kinds = sorted((RecordKind(k) for k in preview.kinds), key=KIND_ORDER.__getitem__)
        parts = [
            self.tr("{kind}: {count}").format(kind=kind_name(kind), count=preview.kinds[kind.value])
            for kind in kinds
        ]
        records = ", ".join(parts) if parts else self.tr("none")
        return self.tr("Records: {records}. Attachments: {count}.").format(
            records=records, count=preview.attachments
        )

    def _left_out_text(self, left_out: tuple[tuple[str, int], ...]) -> str:
        lines = [
            self.tr(
                "The files come to more than {size} MB, too much for a PDF sent by mail; "
                "these stay out (choose the age bundle to send them):"
            ).format(size=pdf_files_limit_mb())
        ]
        lines += [f"• {name} ({data_size(size)})" for name, size in left_out]
        return "\n".join(lines)

    def _data_changed(self, client_id: str) -> None:
        """Edited in another window: the preview shown would no longer be what is written."""
        if client_id == self._client_id and self.pages.currentIndex() == Page.PREVIEW:
            self.load()

    # -- delivery ---------------------------------------------------------------------

    def open_delivery(self) -> None:
        """Saving there announces the change (`session.changed`), which reloads the preview."""
        if self._busy:
            return
        if self.delivery_dialog is not None:
            self.delivery_dialog.deleteLater()  # the last one has closed
        dialog = DeliveryDialog(
            self._session, self._prompts, self._copy, self._client_id, self._client_name, self
        )
        self.delivery_dialog = dialog
        dialog.open()

    # -- exporting --------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self._busy

    def can_export(self) -> bool:
        return (
            not self._busy
            and self._loaded is not None
            and self._loaded.preview is not None
            and self.pages.currentIndex() == Page.PREVIEW
        )

    def _update_buttons(self) -> None:
        on_preview = self.pages.currentIndex() == Page.PREVIEW
        self.export_button.setEnabled(self.can_export())
        self.export_button.setVisible(on_preview)
        self.delivery_button.setEnabled(not self._busy)
        self.delivery_button.setVisible(on_preview)
        self.format_combo.setEnabled(not self._busy)
        self.language_combo.setEnabled(not self._busy)
        self.close_button.setEnabled(not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.cancel_export_button.setVisible(busy)
        self.cancel_export_button.setEnabled(busy)
        self._update_buttons()

    def export(self) -> None:
        """Confirm special-care data, ask where to save, then write on the vault thread."""
        if not self.can_export() or self._loaded is None or self._loaded.preview is None:
            return
        preview = self._loaded.preview
        if preview.special_care and not self._prompts.confirm(
            self,
            self.tr("Special-care data"),
            self.tr(
                "This bundle holds special-care personal data (要配慮個人情報). Export it for "
                "{contact}?"
            ).format(contact=preview.recipient.contact.label),
            yes=self.tr("Export"),
        ):
            return
        suffix = SUFFIXES[preview.format]
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        chosen = self._prompts.save_path(
            self,
            self.tr("Save the encrypted bundle"),
            folder / self.file_label.file_name(),
            self.tr("age files (*.age)")
            if preview.format is BundleFormat.AGE
            else self.tr("PDF files (*.pdf)"),
        )
        if chosen is None:
            return
        out = chosen if chosen.suffix.lower() == suffix else chosen.with_name(chosen.name + suffix)
        self._stop = stop = threading.Event()
        report = self._relay.progressed.emit

        def progress(done: int, total: int) -> bool:
            report(done * PROGRESS_STEPS // total if total else PROGRESS_STEPS)
            return not stop.is_set()

        def job(vault: Vault) -> ExportResult:
            return Sharing(vault).bundles.export(preview, out, progress=progress)

        self.error_label.hide()
        self.progress.setValue(0)
        self._set_busy(True)
        self._session.run(job, self._exported, self._export_failed)

    def _show_progress(self, thousandths: int) -> None:
        if self._busy:
            self.progress.setValue(min(PROGRESS_STEPS, thousandths))

    def cancel_export(self) -> None:
        """Stop the export; the core removes its unfinished temp file."""
        if self._busy:
            self._stop.set()
            self.cancel_export_button.setEnabled(False)

    def _exported(self, result: ExportResult) -> None:
        self._set_busy(False)
        contact = result.preview.recipient.contact.label
        self.result_label.setText(
            self.tr("Bundle written ({size}). Send the file to {contact}.").format(
                size=data_size(result.size), contact=contact
            )
            + core_notes(result.notes)  # e.g. not in the access log: the vault's disk is full
        )
        self.result_page.show_result(result)
        self.pages.setCurrentIndex(Page.RESULT)
        self._update_buttons()
        self.close_button.setDefault(True)  # only the harmless Close is a default
        self.close_button.setFocus()
        self.exported.emit(self._client_id)

    def _export_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.load()  # what was shown may have changed (the message then says so)
        self._show_error(error)

    def copy_sha256(self) -> None:
        self.result_page.copy_sha256()

    # -- errors and closing -----------------------------------------------------------

    def _show_error(self, error: Exception) -> None:
        if isinstance(error, VaultError):
            text = core_message(error)  # the core's messages never hold client data
        else:
            log.error("A bundle export failed: %s", type(error).__name__)
            text = self.tr("Nothing was exported because of an unexpected error ({kind}).").format(
                kind=type(error).__name__
            )
        self.error_label.setText(text)
        self.error_label.show()

    def reject(self) -> None:
        """Escape and Close cancel an export under way instead of closing over it."""
        if self._busy:
            self.cancel_export()
            return
        super().reject()

    def done(self, result: int) -> None:
        """The passphrase is shown once: closing forgets it."""
        self.passphrase_view.clear()
        super().done(result)

    def _vault_locked(self) -> None:
        """Lock always wins: stop the export, drop everything shown, close."""
        self._stop.set()
        self._busy = False
        self._pending = 0  # the vault thread drops the answers still on their way
        self._loaded = None
        self.files.clear()
        for label in (
            self.intro_label,
            self.status_label,
            self.recipient_label,
            self.fingerprint_label,
            self.counts_label,
            self.left_out_label,
            self.result_label,
            self.path_label,
            self.sha256_label,
        ):
            label.clear()
        self.passphrase_view.clear()
        self.how_to_open_edit.clear()
        if self.isVisible():
            self.done(QDialog.DialogCode.Rejected.value)
