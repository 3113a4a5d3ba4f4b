"""Erase a client, or some of its records, with a deletion certificate.

The dialog first shows exactly what the erasure removes (the vault's own
`preview`, loaded on the vault thread): the record kinds with their counts, the
attachments and their size, and which of the app's backups get rewritten.
Anything on legal hold refuses the whole erasure, with the hold's reason, as
the vault itself would. Erasing cannot be undone, so it cannot be clicked
through: the user types the client's name (for records, the word "erase" in
the user's language), and no button is the default, so Enter erases nothing.

The erasure runs on the vault thread and cannot be stopped once started (it
is one transaction and then its cleanup), so Cancel and Escape wait for it. A
lock closes the dialog at once; the erasure finishes behind the lock screen,
and the views reload after unlocking. The result page names the certificate's
folder, which holds no client data, so it may be opened or its path copied.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.core_messages import core_message
from ui.models.backups import data_size, local_time
from ui.models.records import kind_name
from ui.vault_session import VaultSession
from ui.widgets.text_fit import keep_text_visible
from vault.domain.model import RecordKind
from vault.erasure.certificate import PURGE_UNFINISHED
from vault.erasure.eraser import Eraser, ErasureResult, Preview, Reason, Target
from vault.errors import VaultError
from vault.search import normalize
from vault.session import Vault

log = logging.getLogger(__name__)

OpenFolder = Callable[[Path], object]


def show_folder(folder: Path) -> bool:
    """Open a folder in the system's file manager (certificate folders hold no client data)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _folded(text: str) -> str:
    """Typed text compared as the search compares it: width, case and spacing folded."""
    return " ".join(normalize(text).split())


class Page(IntEnum):
    PREVIEW = 0
    RESULT = 1


@dataclass(frozen=True)
class _Loaded:
    preview: Preview
    held: tuple[tuple[str, str], ...]  # (title, hold reason) of each held record


class _Changed(Exception):
    """What the target covers changed after the preview was shown (another window)."""


class _StageRelay(QObject):
    """Carries the eraser's stage from the vault thread to the dialog."""

    stage = Signal(str)


def _load(make_target: Callable[[Vault], Target]) -> Callable[[Vault], _Loaded]:
    def job(vault: Vault) -> _Loaded:
        preview = Eraser(vault).preview(make_target(vault))
        held = tuple(
            (vault.clients.get_record(rid).title, vault.retention.get(rid).hold_reason or "")
            for rid in preview.held
        )
        return _Loaded(preview, held)

    return job


def _same(shown: Preview, now: Preview) -> bool:
    return (shown.kinds, shown.attachment_count, shown.attachment_bytes, shown.held) == (
        now.kinds,
        now.attachment_count,
        now.attachment_bytes,
        now.held,
    )


class EraseDialog(QDialog):
    """Preview, typed confirmation, erasure, and the certificate's folder."""

    erased = Signal(str)  # a client erased whole: its id (drop it from every model)
    records_erased = Signal(str)  # a client some of whose records were erased: its id

    def __init__(
        self,
        session: VaultSession,
        description: str,
        make_target: Callable[[Vault], Target],
        *,
        confirm_text: str | None = None,
        open_folder: OpenFolder = show_folder,
        parent: QWidget | None = None,
    ) -> None:
        """`make_target` runs on the vault thread; `confirm_text` is what the user must type
        (the client's name for a whole client; None: the word "erase")."""
        super().__init__(parent)
        keep_text_visible(self)  # wrapped text grows the window, never clipped
        self._session = session
        self._make_target = make_target
        self._confirm_text = confirm_text if confirm_text is not None else self.tr("erase")
        self._open_folder = open_folder
        self._description = description
        self._loaded: _Loaded | None = None
        self._result: ErasureResult | None = None
        self._busy = False
        self._relay = _StageRelay()
        self._relay.stage.connect(self._show_stage)
        self.setWindowTitle(self.tr("Erase"))
        self._build(description)
        session.locked.connect(self._vault_locked)
        self._set_busy(False)
        self.cancel_button.setFocus()
        self._load()

    # -- building ---------------------------------------------------------------------

    def _build(self, description: str) -> None:
        self.description_label = QLabel(description, self)
        self.description_label.setTextFormat(Qt.TextFormat.PlainText)
        self.description_label.setWordWrap(True)
        font = self.description_label.font()
        font.setBold(True)
        self.description_label.setFont(font)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_preview_page())
        self.pages.addWidget(self._build_result_page())

        self.erase_button = QPushButton(self.tr("&Erase"), self)
        self.erase_button.setAccessibleName(self.tr("Erase"))
        self.erase_button.clicked.connect(self.erase)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        for button in (self.erase_button, self.cancel_button, self.close_button):
            button.setAutoDefault(False)  # Enter in the name field must not erase or close
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.description_label)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._show_page(Page.PREVIEW)
        self.resize(520, self.sizeHint().height())

    def _label(self, parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        return label

    def _build_preview_page(self) -> QWidget:
        page = QWidget(self)
        self.contents_label = self._label(page, self.tr("What will be erased"))
        self.contents_label.setText(self.tr("Looking up what will be erased…"))
        self.backups_label = self._label(page, self.tr("Backups"))
        self.held_label = self._label(page, self.tr("Why it cannot be erased"))
        self.held_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.held_label.hide()

        self.reason_box = QGroupBox(self.tr("Why is it erased?"), page)
        self.manual_radio = QRadioButton(self.tr("&I decided to erase it"), self.reason_box)
        self.manual_radio.setAccessibleName(self.tr("Reason: my decision"))
        self.request_radio = QRadioButton(
            self.tr("The client (or the person concerned) &asked for it"), self.reason_box
        )
        self.request_radio.setAccessibleName(self.tr("Reason: the client asked"))
        self.manual_radio.setChecked(True)
        self._reasons = QButtonGroup(self)
        self._reasons.addButton(self.manual_radio)
        self._reasons.addButton(self.request_radio)
        reason_layout = QVBoxLayout(self.reason_box)
        reason_layout.addWidget(self.manual_radio)
        reason_layout.addWidget(self.request_radio)

        self.confirm_label = QLabel(
            self.tr("This cannot be undone. To confirm, type “{text}”:").format(
                text=self._confirm_text
            ),
            page,
        )
        self.confirm_label.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm_label.setWordWrap(True)
        self.confirm_edit = QLineEdit(page)
        self.confirm_edit.setAccessibleName(self.tr("Type to confirm"))
        self.confirm_edit.textChanged.connect(self._update_erase_button)
        self.confirm_label.setBuddy(self.confirm_edit)

        self.progress = QProgressBar(page)
        self.progress.setRange(0, 0)  # the eraser reports stages, not amounts
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Erasing"))
        self.stage_label = self._label(page, self.tr("Erasure stage"))
        self.error_label = self._label(page, self.tr("Problem"))
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()

        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.contents_label, self.backups_label, self.held_label):
            column.addWidget(widget)
        column.addWidget(self.reason_box)
        column.addWidget(self.confirm_label)
        column.addWidget(self.confirm_edit)
        column.addWidget(self.progress)
        column.addWidget(self.stage_label)
        column.addWidget(self.error_label)
        column.addStretch(1)
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget(self)
        self.result_label = self._label(page, self.tr("Result"))
        self.folder_label = self._label(page, self.tr("Certificate folder"))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("&Open certificate folder"), page)
        self.open_folder_button.setAccessibleName(self.tr("Open certificate folder"))
        self.open_folder_button.clicked.connect(self.open_certificate_folder)
        self.copy_path_button = QPushButton(self.tr("Copy &path"), page)
        self.copy_path_button.setAccessibleName(self.tr("Copy the certificate folder's path"))
        self.copy_path_button.clicked.connect(self.copy_path)
        for button in (self.open_folder_button, self.copy_path_button):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.open_folder_button)
        row.addWidget(self.copy_path_button)
        row.addStretch(1)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.result_label)
        column.addWidget(self.folder_label)
        column.addLayout(row)
        column.addStretch(1)
        return page

    def _show_page(self, page: Page) -> None:
        self.pages.setCurrentIndex(page)
        on_preview = page is Page.PREVIEW
        self.erase_button.setVisible(on_preview)
        self.cancel_button.setVisible(on_preview)
        self.close_button.setVisible(not on_preview)
        self.close_button.setDefault(not on_preview)  # only the harmless Close is a default

    # -- the preview ------------------------------------------------------------------

    def _load(self) -> None:
        self._loaded = None
        self._update_erase_button()
        self._session.run(_load(self._make_target), self._shown, self._load_failed)

    def _shown(self, loaded: _Loaded) -> None:
        self._loaded = loaded
        preview = loaded.preview
        self.contents_label.setText(self._contents_text(preview))
        self.backups_label.setText(self._backups_text(preview))
        if loaded.held:
            lines = [
                self.tr(
                    "Erasure refused: records on legal hold: {count}. Release the hold first."
                ).format(count=len(loaded.held))
            ]
            lines += [
                self.tr("“{title}”: {reason}").format(title=title, reason=reason)
                for title, reason in loaded.held
            ]
            self.held_label.setText("\n".join(lines))
            self.held_label.show()
        else:
            self.held_label.hide()
        for widget in (self.reason_box, self.confirm_label, self.confirm_edit):
            widget.setEnabled(not loaded.held)
        self._update_erase_button()
        if not loaded.held:
            self.confirm_edit.setFocus()

    def _contents_text(self, preview: Preview) -> str:
        lines = [self.tr("What will be erased:")]
        if preview.target.scope == "client":
            lines.append(self.tr("• The client's details (name, contacts, notes) and its key"))
        lines += [
            self.tr("• {kind}: {count}").format(kind=kind_name(RecordKind(kind)), count=count)
            for kind, count in preview.kinds.items()
        ]
        if not preview.kinds:
            lines.append(self.tr("• Records: none"))
        if preview.attachment_count:
            lines.append(
                self.tr("• Attachments: {count} ({size})").format(
                    count=preview.attachment_count, size=data_size(preview.attachment_bytes)
                )
            )
        lines.append(self.tr("A deletion certificate is written; it holds no names or content."))
        return "\n".join(lines)

    def _backups_text(self, preview: Preview) -> str:
        if not preview.backups:
            lines = [self.tr("None of the app's backups holds this data.")]
        else:
            lines = [self.tr("These backups are rewritten without it (or deleted):")]
            lines += [f"• {local_time(entry.created_at)}" for entry in preview.backups]
        lines.append(self._not_covered_text())
        return "\n".join(lines)

    def _not_covered_text(self) -> str:
        """What the erasure cannot reach, said before it starts (issue 12, item 18)."""
        return self.tr(
            "Not covered: copies of the vault folder made outside ClientVault (an OS backup "
            "such as Time Machine or File History, a sync client, a USB copy) still hold "
            "this data and its key. Use ClientVault's own backups, which an erasure reaches."
        )

    def _load_failed(self, error: Exception) -> None:
        self.contents_label.setText("")
        self._show_error(self._message_for(error))

    # -- erasing ----------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self._busy

    def can_erase(self) -> bool:
        return (
            self._loaded is not None
            and not self._loaded.held
            and not self._busy
            and _folded(self.confirm_edit.text()) == _folded(self._confirm_text)
        )

    def _update_erase_button(self) -> None:
        self.erase_button.setEnabled(self.can_erase())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.stage_label.setVisible(busy)
        self.cancel_button.setEnabled(not busy)
        self.reason_box.setEnabled(not busy and not (self._loaded and self._loaded.held))
        self.confirm_edit.setReadOnly(busy)
        self._update_erase_button()

    def erase(self) -> None:
        if not self.can_erase() or self._loaded is None:
            return
        shown = self._loaded.preview
        target = shown.target
        reason = Reason.REQUEST if self.request_radio.isChecked() else Reason.MANUAL
        report = self._relay.stage.emit

        def job(vault: Vault) -> ErasureResult:
            if not _same(shown, Eraser(vault).preview(target)):
                raise _Changed
            return Eraser(vault).erase(target, reason, progress=report)

        self.error_label.hide()
        self._show_stage("certificate")
        self._set_busy(True)
        changes = target.client_ids[0] if target.scope == "record" else ""
        self._session.run(job, self._erased, self._erase_failed, changes=changes)

    def _show_stage(self, stage: str) -> None:
        texts = {
            "certificate": self.tr("Writing the certificate…"),
            "delete": self.tr("Deleting…"),
            "cleanup": self.tr("Cleaning up (the log, free space and backups)…"),
        }
        self.stage_label.setText(texts.get(stage, ""))

    def _erased(self, result: ErasureResult) -> None:
        self._loaded = None  # erased: nothing left to erase again
        self._set_busy(False)
        self._result = result
        self.confirm_edit.clear()
        certificate = result.certificate
        lines = [
            self.tr("Erased on {date}; certificate saved.").format(date=certificate.erased_on)
            if result.finished
            else self.tr(
                "Erased on {date}; certificate saved. Cleaning up did not finish (a backup "
                "could not be reached or purged, e.g. on a full disk): ClientVault finishes "
                "it at the next unlock."
            ).format(date=certificate.erased_on)
        ]
        unfinished = [b for b in certificate.residual_backups if b.outcome == PURGE_UNFINISHED]
        unreachable = len(certificate.residual_backups) - len(unfinished)
        if unreachable:
            lines.append(
                self.tr(
                    "Backups that could not be reached still hold this data: {count}. "
                    "The certificate lists them."
                ).format(count=unreachable)
            )
        if unfinished:
            lines.append(
                self.tr(
                    "Backups whose purge has not finished still hold this data: {count}. "
                    "The certificate says so until the purge completes."
                ).format(count=len(unfinished))
            )
        self.result_label.setText("\n".join(lines))
        # The heading said what would be erased; now it says that it was.
        if certificate.scope == "client":
            heading = self.tr("The client “{name}” and everything held for it were erased.")
            self.description_label.setText(heading.format(name=self._confirm_text))
        else:
            self.description_label.setText(self.tr("Erased: {what}").format(what=self._description))
        self.setWindowTitle(self.tr("Erased"))
        self.folder_label.setText(str(result.folder))
        self._show_page(Page.RESULT)
        self.close_button.setFocus()
        if certificate.scope == "client":
            self.erased.emit(certificate.client_ids[0])
        else:
            for client_id in certificate.client_ids:
                self.records_erased.emit(client_id)

    def _erase_failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, _Changed):
            self._show_error(
                self.tr(
                    "What this erases changed since it was shown (edited in another window). "
                    "Nothing was erased; check the list again."
                )
            )
            self._load()
            return
        self._show_error(self._message_for(error))

    def _message_for(self, error: Exception) -> str:
        if isinstance(error, VaultError):
            return core_message(error)  # the core's messages never hold client data
        log.error("An erasure failed: %s", type(error).__name__)
        return self.tr("Nothing was erased because of an unexpected error ({kind}).").format(
            kind=type(error).__name__
        )

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # -- the result -------------------------------------------------------------------

    @property
    def certificate_folder(self) -> Path | None:
        return None if self._result is None else self._result.folder

    def open_certificate_folder(self) -> None:
        if self._result is not None:
            self._open_folder(self._result.folder)

    def copy_path(self) -> None:
        """The path is no secret: a plain copy, not the vault's self-clearing clipboard."""
        if self._result is not None:
            QGuiApplication.clipboard().setText(str(self._result.folder))

    # -- closing ----------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel and Escape wait while the erasure runs (a lock closes at once, by done())."""
        if not self._busy:
            super().reject()

    def _vault_locked(self) -> None:
        """Lock always wins: close, and drop the names and titles shown."""
        for label in (self.description_label, self.contents_label, self.held_label):
            label.clear()
        self.confirm_label.clear()
        self.confirm_edit.clear()
        self._loaded = None
        self._busy = False
        if self.isVisible():
            self.done(QDialog.DialogCode.Rejected.value)


def client_eraser(
    session: VaultSession,
    client_id: str,
    client_name: str,
    *,
    open_folder: OpenFolder = show_folder,
    parent: QWidget | None = None,
) -> EraseDialog:
    """Erase a whole client (its key too); the user types the client's name to confirm."""
    description = QCoreApplication.translate(
        "EraseDialog", "Erase the client “{name}” and everything held for it"
    ).format(name=client_name)
    return EraseDialog(
        session,
        description,
        lambda vault: Eraser(vault).client_target(client_id),
        confirm_text=client_name,
        open_folder=open_folder,
        parent=parent,
    )


def records_eraser(
    session: VaultSession,
    record_ids: Sequence[str],
    description: str,
    *,
    person: bool = False,
    open_folder: OpenFolder = show_folder,
    parent: QWidget | None = None,
) -> EraseDialog:
    """Erase records of one client (with `person`, one person's records across clients)."""
    ids = tuple(record_ids)
    return EraseDialog(
        session,
        description,
        lambda vault: Eraser(vault).records_target(ids, person=person),
        open_folder=open_folder,
        parent=parent,
    )
