"""The retention sweep: see everything past its last kept day, confirm, erase, get certificates.

The plan is `vault.erasure.sweep.plan()`, loaded on the vault thread and shown
grouped by client; what runs is exactly the plan the user saw (the model keeps
its batches). Items on legal hold are listed greyed and are never erased.
The run goes client by client, one certificate each; Cancel (or Escape, or a
lock) stops it between two clients, because a client's erasure is one
transaction that is never cut in half. Afterwards the plan is loaded again, so
what was not erased stays in sight.

The "erase without asking" boxes are the vault's automatic rules: each change
is saved at once, on the vault thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.clients.record_table import make_table
from ui.core_messages import core_message
from ui.models.due import rule_name
from ui.models.sweep import SweepModel
from ui.prompts import Prompts
from ui.retention.erase_dialog import OpenFolder, show_folder
from ui.vault_session import VaultSession
from vault.erasure import sweep
from vault.erasure.eraser import ErasureResult
from vault.erasure.sweep import AUTOMATIC_CHOICES, SweepBatch
from vault.errors import VaultError
from vault.session import Vault
from vault.storage.retention_store import CLIENT_ENTRY

log = logging.getLogger(__name__)

FOLDER_ROLE = Qt.ItemDataRole.UserRole + 1  # a certificate item's folder, as text


@dataclass(frozen=True)
class _Loaded:
    batches: list[SweepBatch]
    hold_reasons: Mapping[str, str]  # by record id
    automatic: frozenset[str]


def _load(vault: Vault) -> _Loaded:
    batches = sweep.plan(vault)
    reasons = {
        item.record_id: vault.retention.get(item.record_id).hold_reason or ""
        for batch in batches
        for item in batch.held
        if item.record_id is not None
    }
    return _Loaded(batches, reasons, frozenset(sweep.automatic_rules(vault)))


class _ProgressRelay(QObject):
    """Carries (clients done, clients in all) from the vault thread to the dialog."""

    progressed = Signal(int, int)


class SweepDialog(QDialog):
    """Everything overdue, erased on confirmation; its certificates listed afterwards."""

    clients_erased = Signal(list)  # ids of the clients erased whole (drop them from models)

    def __init__(
        self,
        session: VaultSession,
        prompts: Prompts,
        *,
        open_folder: OpenFolder = show_folder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._prompts = prompts
        self._open_folder = open_folder
        self._running = False
        self._loading = False
        self._stop = threading.Event()
        self._names: dict[str, str] = {}  # client names of the plan being run, by id
        self._relay = _ProgressRelay()
        self._relay.progressed.connect(self._show_progress)
        self.model = SweepModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.setWindowTitle(self.tr("Erase what is due"))
        self._build()
        session.locked.connect(self._vault_locked)
        self._set_running(False)
        self.load()

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "These items are past their last kept day. Erasing writes one deletion "
                "certificate per client. Items on legal hold are kept."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Loading status"))
        self.table = make_table(
            self.proxy,
            self.model,
            SweepModel.Column.ITEM,
            {SweepModel.Column.DUE: "date"},
            self,
        )
        self.table.setAccessibleName(self.tr("Items to erase"))
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Summary"))

        self.erase_button = QPushButton(self.tr("&Erase now…"), self)
        self.erase_button.setAccessibleName(self.tr("Erase now"))
        self.erase_button.clicked.connect(self.erase)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.erase_button.setAutoDefault(False)
        self.close_button.setDefault(True)  # Enter closes; erasing always takes a click
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self._build_run())
        layout.addWidget(self._build_automatic())
        layout.addLayout(buttons)
        self.resize(760, 620)

    def _build_run(self) -> QWidget:
        """Progress while the sweep runs, then its result and certificates."""
        page = QWidget(self)
        self.progress = QProgressBar(page)
        self.progress.setAccessibleName(self.tr("Clients erased"))
        self.progress_label = QLabel(page)
        self.progress_label.setAccessibleName(self.tr("Progress"))
        self.stop_button = QPushButton(self.tr("&Stop"), page)
        self.stop_button.setAccessibleName(self.tr("Stop after the current client"))
        self.stop_button.clicked.connect(self.stop)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.stop_button)

        self.result_label = QLabel(page)
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Result"))
        self.certificates = QListWidget(page)
        self.certificates.setAccessibleName(self.tr("Deletion certificates"))
        self.certificates.currentItemChanged.connect(self._certificate_chosen)
        self.open_folder_button = QPushButton(self.tr("&Open folder"), page)
        self.open_folder_button.setAccessibleName(self.tr("Open the certificate's folder"))
        self.open_folder_button.clicked.connect(self.open_certificate_folder)
        self.error_label = QLabel(page)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(progress_row)
        column.addWidget(self.progress_label)
        column.addWidget(self.result_label)
        column.addWidget(self.certificates)
        column.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.error_label)
        for button in (self.stop_button, self.open_folder_button):
            button.setAutoDefault(False)
        self.certificates.hide()
        self.open_folder_button.hide()
        return page

    def _build_automatic(self) -> QGroupBox:
        box = QGroupBox(self.tr("Erase without asking, when the vault is unlocked"), self)
        self.automatic_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(box)
        for number, rule in enumerate(AUTOMATIC_CHOICES):
            text = (
                self.tr("Whole clients (after their contract ended)")
                if rule == CLIENT_ENTRY
                else rule_name(rule)
            )
            check = QCheckBox(text, box)
            check.setAccessibleName(self.tr("Erase without asking: {rule}").format(rule=text))
            check.setEnabled(False)  # until the vault's setting is loaded
            check.toggled.connect(partial(self._automatic_toggled, rule))
            self.automatic_boxes[rule] = check
            grid.addWidget(check, number // 2, number % 2)
        return box

    # -- the plan ---------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return self._loading

    def load(self) -> None:
        self._loading = True
        self.status_label.setText(self.tr("Looking for what is due…"))
        self.status_label.show()
        self.erase_button.setEnabled(False)
        self._session.run(_load, self._loaded, self._failed)

    def _loaded(self, loaded: _Loaded) -> None:
        self._loading = False
        self.model.set_plan(loaded.batches, loaded.hold_reasons)
        summary = self.model.summary()
        if not loaded.batches:
            self.status_label.setText(self.tr("Nothing is past its last kept day."))
        else:
            self.status_label.hide()
        self.summary_label.setText(
            self.tr(
                "Records: {records} · Clients: {clients} · Erased whole, with their key: "
                "{whole} · On legal hold (kept): {held}"
            ).format(
                records=summary.records,
                clients=summary.clients,
                whole=summary.whole_clients,
                held=summary.held,
            )
        )
        for rule, check in self.automatic_boxes.items():
            check.blockSignals(True)
            check.setChecked(rule in loaded.automatic)
            check.blockSignals(False)
            check.setEnabled(True)
        self._set_running(False)

    def _failed(self, error: Exception) -> None:
        self._loading = False
        self.status_label.hide()
        self._show_error(self._message_for(error))

    def _message_for(self, error: Exception) -> str:
        if isinstance(error, VaultError):
            return core_message(error)  # the core's messages never hold client data
        log.error("The sweep failed: %s", type(error).__name__)
        return self.tr("Something went wrong ({kind}).").format(kind=type(error).__name__)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # -- running ------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self._running

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.progress.setVisible(running)
        self.stop_button.setVisible(running)
        self.stop_button.setEnabled(running)
        self.progress_label.setVisible(running)
        self.close_button.setEnabled(not running)
        self.erase_button.setEnabled(not running and self.model.summary().clients > 0)

    def erase(self) -> None:
        """Ask with the counts, then run the plan on the vault thread."""
        summary = self.model.summary()
        if self._running or self._loading or not summary.clients:
            return
        question = self.tr(
            "Erase {records} records of {clients} clients now ({whole} of them whole, with "
            "their key)? One deletion certificate is written per client. This cannot be "
            "undone. Items on legal hold are kept: {held}."
        ).format(
            records=summary.records,
            clients=summary.clients,
            whole=summary.whole_clients,
            held=summary.held,
        )
        if not self._prompts.confirm(
            self, self.tr("Erase what is due"), question, yes=self.tr("Erase")
        ):
            return
        batches = self.model.batches
        self._names = {b.client_id: b.client_name for b in batches}
        self._stop = stop = threading.Event()
        report = self._relay.progressed.emit

        def progress(done: int, total: int) -> bool:
            report(done, total)
            return not stop.is_set()

        def job(vault: Vault) -> list[ErasureResult]:
            return sweep.run(vault, batches, progress)

        self.error_label.hide()
        self.result_label.clear()
        self._set_running(True)
        self._show_progress(0, summary.clients)
        self._session.run(job, self._swept, self._sweep_failed, changes="")

    def _show_progress(self, done: int, total: int) -> None:
        if not self._running:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if not self._stop.is_set():
            self.progress_label.setText(
                self.tr("Erased {done} of {total} clients…").format(done=done, total=total)
            )

    def stop(self) -> None:
        """Stop between clients: the one being erased is finished first."""
        if not self._running:
            return
        self._stop.set()
        self.stop_button.setEnabled(False)
        self.progress_label.setText(self.tr("Stopping after the current client…"))

    def _swept(self, results: list[ErasureResult]) -> None:
        total = self.progress.maximum()
        self._set_running(False)
        if self._stop.is_set() and len(results) < total:
            text = self.tr(
                "Stopped: {done} of {total} clients erased. The rest is listed again."
            ).format(done=len(results), total=total)
        else:
            text = self.tr("Erased: {done} clients. Their deletion certificates:").format(
                done=len(results)
            )
        self.result_label.setText(text)
        self._add_certificates(results)
        whole = [r.certificate.client_ids[0] for r in results if r.certificate.scope == "client"]
        if whole:
            self.clients_erased.emit(whole)
        self.load()

    def _sweep_failed(self, error: Exception) -> None:
        """Clients before the failing one were erased: the views must reload all the same."""
        self._set_running(False)
        self._session.changed.emit("")
        self._show_error(
            self.tr(
                "The sweep stopped: {problem} Clients erased before it stopped have their "
                "certificates; the list is loaded again."
            ).format(problem=self._message_for(error))
        )
        self.load()

    def _add_certificates(self, results: list[ErasureResult]) -> None:
        for result in results:
            certificate = result.certificate
            name = self._names.get(certificate.client_ids[0], "")
            item = QListWidgetItem(
                self.tr("{date} · {client}: {folder}").format(
                    date=certificate.erased_on, client=name, folder=str(result.folder)
                )
            )
            item.setData(FOLDER_ROLE, str(result.folder))
            self.certificates.addItem(item)
        shown = self.certificates.count() > 0
        self.certificates.setVisible(shown)
        self.open_folder_button.setVisible(shown)
        if shown and self.certificates.currentItem() is None:
            self.certificates.setCurrentRow(0)

    def _certificate_chosen(self, current: QListWidgetItem | None) -> None:
        self.open_folder_button.setEnabled(current is not None)

    def certificate_folders(self) -> list[Path]:
        return [
            Path(self.certificates.item(row).data(FOLDER_ROLE))
            for row in range(self.certificates.count())
        ]

    def open_certificate_folder(self) -> None:
        item = self.certificates.currentItem()
        if item is not None:
            self._open_folder(Path(item.data(FOLDER_ROLE)))

    # -- automatic erasure ----------------------------------------------------------------

    def _automatic_toggled(self, rule: str, on: bool) -> None:
        check = self.automatic_boxes[rule]

        def failed(error: Exception) -> None:
            check.blockSignals(True)
            check.setChecked(not on)  # the vault kept its setting: show that one
            check.blockSignals(False)
            self._show_error(self._message_for(error))

        self.error_label.hide()
        self._session.run(lambda v: sweep.set_automatic(v, rule, on), None, failed)

    # -- closing ----------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape and Close stop a running sweep between clients rather than close."""
        if self._running:
            self.stop()
            return
        super().reject()

    def _vault_locked(self) -> None:
        """Lock always wins: stop between clients, drop every name, close."""
        self._stop.set()
        self._running = False
        self.model.clear()
        self.certificates.clear()
        self._names = {}
        for label in (self.summary_label, self.result_label, self.progress_label):
            label.clear()
        if self.isVisible():
            self.done(QDialog.DialogCode.Rejected.value)
