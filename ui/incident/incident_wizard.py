"""Vault > Incident…: what happened, when, which clients or which export; then the report
preview (the vault's self-check and deadlines) and the report's files; then the notices.
Every vault call runs on the vault thread; the incident is recorded when leaving the first
page, and stays listed (Vault > Incidents) with its deadlines until it is closed. What the
first page holds before that is kept as a sealed draft when the vault locks
(vault/storage/form_drafts.py) and offered back after unlock."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.core_messages import core_message
from ui.incident.folders import FolderChooser, choose_folder
from ui.incident.report_text import summary_text
from ui.vault_session import VaultSession
from vault.errors import BadInput
from vault.incident import notices, report
from vault.incident.store import IncidentKind, IncidentStore
from vault.session import Vault
from vault.storage.form_drafts import INCIDENT_FORM, FormDraft


@dataclass(frozen=True)
class _Choices:
    clients: list[tuple[str, str]]  # id, name
    exports: list[tuple[int, str, str]]  # audit seq, when, client name


def _choices(vault: Vault) -> _Choices:
    clients = [(c.id, c.name) for c in vault.clients.list_clients()]
    names = dict(clients)
    exports = [
        (e.seq, e.at, names.get(e.client_id or "", e.client_id or ""))
        for e in vault.audit.entries()
        if e.action == "export.encrypted"
    ]
    return _Choices(clients, exports)


class _ProgressRelay(QObject):
    """Carries (notices written, of how many) from the vault thread to the wizard."""

    progressed = Signal(int, int)


class IncidentWizard(QDialog):
    recorded = Signal(str)  # the incident's id

    def __init__(
        self,
        session: VaultSession,
        parent: QWidget | None = None,
        choose: FolderChooser = choose_folder,
        *,
        draft: FormDraft | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._choose = choose
        self._draft = draft
        self.incident_id: str | None = None
        self.document: dict[str, Any] | None = None
        self.is_busy = True
        self._stop = threading.Event()
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._show_progress)
        self.setWindowTitle(self.tr("Incident"))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._what_page())
        self.pages.addWidget(self._report_page())
        self.pages.addWidget(self._notices_page())
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.clicked.connect(self.next)
        close = QPushButton(self.tr("&Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.next_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(row)
        self.resize(720, 560)
        self._baseline = self._typed()
        if draft is not None:
            self._load_draft(draft)
        session.locked.connect(self.reject)
        session.run(_choices, self._loaded, self._failed)

    # -- pages ---------------------------------------------------------------------

    def _what_page(self) -> QWidget:
        page = QWidget(self)
        self.kind_combo = QComboBox(page)
        for kind, text in (
            (IncidentKind.LOST_DEVICE, self.tr("Lost or stolen device")),
            (IncidentKind.MISDELIVERY, self.tr("Bundle sent to the wrong recipient")),
            (IncidentKind.UNAUTHORISED_ACCESS, self.tr("Unauthorised access")),
            (IncidentKind.MALWARE, self.tr("Malware")),
            (IncidentKind.OTHER, self.tr("Something else")),
        ):
            self.kind_combo.addItem(text, kind.value)
        self.discovered_edit = QDateTimeEdit(QDateTime.currentDateTime(), page)
        self.discovered_edit.setCalendarPopup(True)
        self.key_combo = QComboBox(page)
        for value, text in (
            ("unknown", self.tr("Not known")),
            ("no", self.tr("No: the password and keys did not leak, the vault was locked")),
            ("yes", self.tr("Yes, or probably")),
        ):
            self.key_combo.addItem(text, value)
        self.clients_list = QListWidget(page)
        self.clients_list.setAccessibleName(self.tr("Clients concerned (none ticked: all)"))
        self.export_combo = QComboBox(page)
        self.export_combo.setAccessibleName(self.tr("The bundle that went astray"))
        self.note_edit = QPlainTextEdit(page)
        self.note_edit.setAccessibleName(self.tr("What happened, in your words"))
        form = QFormLayout(page)
        form.addRow(self.tr("What happened:"), self.kind_combo)
        form.addRow(self.tr("Discovered:"), self.discovered_edit)
        form.addRow(self.tr("Password or key leaked:"), self.key_combo)
        form.addRow(self.tr("Clients (none ticked: all):"), self.clients_list)
        form.addRow(self.tr("Misdelivered bundle:"), self.export_combo)
        form.addRow(self.tr("Your note:"), self.note_edit)
        return page

    def _report_page(self) -> QWidget:
        page = QWidget(self)
        self.summary_edit = QPlainTextEdit(page)
        self.summary_edit.setReadOnly(True)
        self.summary_edit.setAccessibleName(self.tr("Report preview"))
        self.report_button = QPushButton(self.tr("Save the &report…"), page)
        self.report_button.clicked.connect(self.save_report)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_edit, 1)
        layout.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _notices_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "One notice per affected person (Japanese, or English when their record says "
                "so), and one per client company you work for as a contractor, with a CSV "
                "for a mail merge."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.sender_edit = QLineEdit(page)
        self.sender_edit.setAccessibleName(self.tr("Your name and contact for the notices"))
        self.notices_button = QPushButton(self.tr("Write the &notices…"), page)
        self.notices_button.clicked.connect(self.write_notices)
        # A PDF per notice: about half a second each, a minute for 130 persons.
        self.notices_progress = QProgressBar(page)
        self.notices_progress.setAccessibleName(self.tr("Notices written"))
        self.notices_progress.setFormat(self.tr("%v of %m notices"))
        self.notices_progress.hide()
        self.cancel_notices_button = QPushButton(self.tr("C&ancel writing"), page)
        self.cancel_notices_button.setAutoDefault(False)
        self.cancel_notices_button.clicked.connect(self.cancel_notices)
        self.cancel_notices_button.hide()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.notices_progress, 1)
        progress_row.addWidget(self.cancel_notices_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("Your name and contact:"), self.sender_edit)
        layout.addLayout(form)
        layout.addWidget(self.notices_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(progress_row)
        layout.addStretch(1)
        return page

    # -- flow ----------------------------------------------------------------------

    def _loaded(self, choices: _Choices) -> None:
        self.is_busy = False
        for client_id, name in choices.clients:
            item = QListWidgetItem(name, self.clients_list)
            item.setData(Qt.ItemDataRole.UserRole, client_id)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.export_combo.addItem(self.tr("None"), None)
        for seq, at, name in choices.exports:
            self.export_combo.addItem(f"#{seq} {at} {name}", seq)
        if self._draft is not None:  # the ticks and the bundle, now that they are listed
            ticked = set(filter(None, self._draft.value("clients").split(",")))
            for i in range(self.clients_list.count()):
                item = self.clients_list.item(i)
                if item.data(Qt.ItemDataRole.UserRole) in ticked:
                    item.setCheckState(Qt.CheckState.Checked)
            export = self._draft.value("export")
            self.export_combo.setCurrentIndex(
                max(0, self.export_combo.findData(int(export) if export else None))
            )

    # -- drafts --------------------------------------------------------------------

    def _typed(self) -> tuple[tuple[str, str], ...]:
        """The first page as it stands: what a lock keeps until the incident is recorded."""
        export = self.export_combo.currentData()
        clients = [
            str(item.data(Qt.ItemDataRole.UserRole))
            for i in range(self.clients_list.count())
            if (item := self.clients_list.item(i)).checkState() == Qt.CheckState.Checked
        ]
        return (
            ("kind", str(self.kind_combo.currentData())),
            ("discovered", self.discovered_edit.dateTime().toString(Qt.DateFormat.ISODate)),
            ("key", str(self.key_combo.currentData())),
            ("clients", ",".join(clients)),
            ("export", "" if export is None else str(export)),
            ("note", self.note_edit.toPlainText()),
        )

    def draft(self) -> FormDraft | None:
        """None once the incident is recorded (the vault holds it) or while untouched."""
        if self.incident_id is not None or self._typed() == self._baseline:
            return None
        draft_id = self._draft.id if self._draft is not None else ""
        return FormDraft(INCIDENT_FORM, None, self._typed(), id=draft_id)

    def _load_draft(self, draft: FormDraft) -> None:
        for combo, name in ((self.kind_combo, "kind"), (self.key_combo, "key")):
            combo.setCurrentIndex(max(0, combo.findData(draft.value(name))))
        discovered = QDateTime.fromString(draft.value("discovered"), Qt.DateFormat.ISODate)
        if discovered.isValid():
            self.discovered_edit.setDateTime(discovered)
        self.note_edit.setPlainText(draft.value("note"))
        self.status_label.setText(self.tr("Restored from an unsaved edit."))

    def reject(self) -> None:
        """Closing before recording drops a restored draft (a lock keeps it instead)."""
        draft_id = self._draft.id if self._draft is not None else ""
        if draft_id and self._session.is_unlocked and self.incident_id is None:
            self._session.run(lambda vault: _discard_draft(vault, draft_id))
        super().reject()

    def _failed(self, error: Exception) -> None:
        self.is_busy = False
        self._show_writing(False)
        self.next_button.setEnabled(True)
        self.status_label.setText(core_message(error))

    def next(self) -> None:
        page = self.pages.currentIndex()
        if page == 0 and self.incident_id is None:
            self._record()
        elif page < self.pages.count() - 1:
            self.pages.setCurrentIndex(page + 1)
            self.next_button.setEnabled(page + 1 < self.pages.count() - 1)

    def _record(self) -> None:
        kind = IncidentKind(str(self.kind_combo.currentData()))
        seconds = self.discovered_edit.dateTime().toSecsSinceEpoch()
        discovered = dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat(timespec="seconds")
        clients = [
            str(item.data(Qt.ItemDataRole.UserRole))
            for i in range(self.clients_list.count())
            if (item := self.clients_list.item(i)).checkState() == Qt.CheckState.Checked
        ]
        export = self.export_combo.currentData()
        key = str(self.key_combo.currentData())
        note = self.note_edit.toPlainText()

        draft_id = self._draft.id if self._draft is not None else ""

        def job(vault: Vault) -> dict[str, Any]:
            incident = IncidentStore(vault).new(
                kind,
                discovered,
                client_ids=clients,
                export_seq=None if export is None else int(export),
                key_compromised=key,
                note=note,
            )
            _discard_draft(vault, draft_id)  # recorded: the draft is settled
            return report.build(vault, incident.id).document

        self.is_busy = True
        self.next_button.setEnabled(False)
        self._session.run(job, self._recorded, self._failed)

    def _recorded(self, document: dict[str, Any]) -> None:
        self.is_busy = False
        self.incident_id = str(document["incident_id"])
        self.document = document
        self.summary_edit.setPlainText(summary_text(document))
        self.status_label.setText("")
        self.pages.setCurrentIndex(1)
        self.next_button.setEnabled(True)
        self.recorded.emit(self.incident_id)

    def _write(self, what: str, title: str) -> None:
        incident_id = self.incident_id
        base = self._choose(self, title)
        if base is None or incident_id is None:
            return
        out = base / f"incident-{incident_id}-{what}"
        sender = self.sender_edit.text().strip()
        self._stop = stop = threading.Event()
        tell = self._relay.progressed.emit

        def progress(done: int, total: int) -> bool:
            tell(done, total)
            return not stop.is_set()

        def job(vault: Vault) -> Path:
            if what == "report":
                report.write(vault, incident_id, out)
            else:
                notices.write(vault, incident_id, out, sender, progress)
            return out

        self.is_busy = True
        self.status_label.setText(self.tr("Writing… (a PDF per person takes a moment)"))
        self._show_writing(what == "notices")
        self._session.run(job, self._written, self._failed)

    def _show_writing(self, notices_shown: bool) -> None:
        self.notices_progress.setValue(0)
        self.notices_progress.setVisible(notices_shown)
        self.cancel_notices_button.setVisible(notices_shown)
        self.cancel_notices_button.setEnabled(notices_shown)
        self.notices_button.setEnabled(not self.is_busy)
        self.report_button.setEnabled(not self.is_busy)

    def _show_progress(self, done: int, total: int) -> None:
        if self.is_busy:
            self.notices_progress.setRange(0, total)
            self.notices_progress.setValue(done)

    def cancel_notices(self) -> None:
        """Stop after the notice being written; the core removes every file written."""
        if self.is_busy:
            self._stop.set()
            self.cancel_notices_button.setEnabled(False)

    def done(self, result: int) -> None:
        """Closing (or a lock) while notices are written stops the writing too."""
        self._stop.set()
        super().done(result)

    def save_report(self) -> None:
        self._write("report", self.tr("Folder for the report"))

    def write_notices(self) -> None:
        self._write("notices", self.tr("Folder for the notices"))

    def _written(self, out: Path) -> None:
        self.is_busy = False
        self._show_writing(False)
        self.status_label.setText(self.tr("Written to {folder}.").format(folder=str(out)))


def _discard_draft(vault: Vault, draft_id: str) -> None:
    """A restored draft, recorded or dropped: not offered again."""
    if draft_id:
        with contextlib.suppress(BadInput):  # already gone
            vault.form_drafts.discard(draft_id)
