"""A redacted bundle: one client's chosen records with personal data replaced, for anyone.

The user chooses the records (all, or the checked ones), an operator per kind of
personal value — the kinds, the defaults and which operators fit which kind come from
vault/redaction/operators.py — and extra terms to redact (terms_box.py). Every change
asks the core for a new preview on the vault thread, after a short pause so that
ticking several boxes asks once. The preview shows the original on the left and the redacted text on
the right, every replacement highlighted on both sides (a tooltip names the kind and
the operator, never the value). Special-care records and fields and secrets are left
out by the core whatever is chosen; the counts say how many.

The leak gate's second opinion comes with each preview: its suspects (suspects_box.py)
are kept or redacted one by one, and Export waits until each is decided. Export
writes exactly the preview shown, as a folder or a zip, under a name asked through
Prompts; the gate reads the written files back and refuses the export if anything
personal survived, naming the file and the kind of value. When asked, a one-page
review PDF for the client to approve is written beside the bundle
(`name-review.pdf`), only once the bundle passed the gate, as `export redacted
--review-pdf` does. A lock closes the dialog and clears both texts, the record list
and the terms.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.clients.record_table import make_table
from ui.core_messages import core_message, core_notes
from ui.prompts import Prompts
from ui.sharing.models import RecordChoiceModel
from ui.sharing.redacted_preview import (
    FOUND_COLOR,
    REPLACED_COLOR,
    allowed_operators,
    operator_name,
    show_preview,
    value_kind_name,
)
from ui.sharing.suspects_box import SuspectsBox, underline_suspects
from ui.sharing.terms_box import TermsBox
from ui.vault_session import VaultSession
from vault.domain.model import Record
from vault.errors import VaultError
from vault.redaction.detectors import PRIORITY, Kind
from vault.redaction.export import (
    ExportResult,
    RedactionPreview,
    check_destination,
    suspects,
    write_review,
)
from vault.redaction.export import export as export_bundle
from vault.redaction.export import preview as preview_bundle
from vault.redaction.gate import Suspect
from vault.redaction.operators import DEFAULT_OPERATORS, Operator
from vault.session import Vault

log = logging.getLogger(__name__)
__all__ = [
    "FOUND_COLOR",
    "REPLACED_COLOR",
    "RedactedExportDialog",
    "allowed_operators",
    "operator_name",
    "value_kind_name",
]

REFRESH_DELAY_MS = 300  # ticking several boxes in a row asks for one preview


class RedactedExportDialog(QDialog):
    """Records, operators and terms on the left; the preview on the right; Export…."""

    exported = Signal(str)  # the client id a redacted bundle was written for

    def __init__(
        self,
        session: VaultSession,
        prompts: Prompts,
        client_id: str,
        client_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._prompts = prompts
        self._client_id = client_id
        self._preview: RedactionPreview | None = None
        # Previews asked for and not yet answered. The vault thread answers in order, so
        # only the answer that brings this to 0 is the latest; earlier ones are dropped.
        self._pending = 0
        self._closed = False  # a closed dialog takes no new preview
        self._records_loaded = False
        self._busy = False
        self._review: Path | None = None  # the review page the export under way writes
        self.records = RecordChoiceModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.records)
        self.operator_combos: dict[Kind, QComboBox] = {}
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh_preview)
        self.setWindowTitle(self.tr("Redacted bundle"))
        self._build(client_name)
        session.locked.connect(self._vault_locked)
        self._update()
        self._load_records()

    # -- building ---------------------------------------------------------------------

    def _label(self, name: str, parent: QWidget | None = None) -> QLabel:
        label = QLabel(parent or self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        return label

    def _build(self, client_name: str) -> None:
        self.intro_label = self._label(self.tr("Client"))
        self.intro_label.setText(
            self.tr(
                "A redacted bundle of “{name}”: personal data replaced, special-care data and "
                "secrets left out, and every written file checked before it is kept."
            ).format(name=client_name)
        )
        options = QWidget(self)
        column = QVBoxLayout(options)
        column.addWidget(self._build_records_box(options))
        column.addWidget(self._build_operators_box(options))
        self.terms_box = TermsBox(options)
        self.terms_box.changed.connect(self._options_changed)
        column.addWidget(self.terms_box)
        column.addWidget(self._build_output_box(options))
        self.suspects_box = SuspectsBox(options)
        self.suspects_box.changed.connect(self._update)
        self.suspects_box.redact_requested.connect(self.terms_box.add)
        column.addWidget(self.suspects_box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(options)
        scroll.setWidgetResizable(True)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self._build_preview_pane())
        splitter.setStretchFactor(1, 2)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # the core reports no progress for a redacted export
        self.progress.setAccessibleName(self.tr("Exporting"))
        self.result_label = self._label(self.tr("Result"))
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = self._label(self.tr("Problem"))
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setAccessibleName(self.tr("Export the redacted bundle"))
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.export_button, self.close_button):
            button.setAutoDefault(False)  # Enter in the term field adds the term, nothing else
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.resize(1100, 720)

    def _build_records_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Records"), parent)
        self.all_radio = QRadioButton(self.tr("&All of the client's records"), box)
        self.all_radio.setAccessibleName(self.tr("All records"))
        self.chosen_radio = QRadioButton(self.tr("Only the &checked records"), box)
        self.chosen_radio.setAccessibleName(self.tr("Only the checked records"))
        self._scope = QButtonGroup(self)
        self._scope.addButton(self.all_radio)
        self._scope.addButton(self.chosen_radio)
        self.all_radio.setChecked(True)
        self.all_radio.toggled.connect(self._options_changed)
        self.table = make_table(
            self.proxy,
            self.records,
            RecordChoiceModel.Column.TITLE,
            {RecordChoiceModel.Column.KIND: "word", RecordChoiceModel.Column.SENSITIVITY: "word"},
            box,
        )
        self.table.setAccessibleName(self.tr("Records to include"))
        self.records.dataChanged.connect(self._options_changed)
        column = QVBoxLayout(box)
        column.addWidget(self.all_radio)
        column.addWidget(self.chosen_radio)
        column.addWidget(self.table)
        return box

    def _build_operators_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Replace personal data"), parent)
        form = QFormLayout(box)
        for kind in PRIORITY:
            combo = QComboBox(box)
            for operator in allowed_operators(kind):
                combo.addItem(operator_name(operator, kind), operator)
            combo.setCurrentIndex(combo.findData(DEFAULT_OPERATORS[kind]))
            combo.setAccessibleName(
                self.tr("How to replace: {kind}").format(kind=value_kind_name(kind))
            )
            combo.currentIndexChanged.connect(self._options_changed)
            self.operator_combos[kind] = combo
            form.addRow(self.tr("{kind}:").format(kind=value_kind_name(kind)), combo)
        return box

    def _build_output_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Write it as"), parent)
        self.folder_radio = QRadioButton(self.tr("A &folder of files"), box)
        self.folder_radio.setAccessibleName(self.tr("Write a folder"))
        self.zip_radio = QRadioButton(self.tr("One &zip file"), box)
        self.zip_radio.setAccessibleName(self.tr("Write a zip file"))
        self._outputs = QButtonGroup(self)
        self._outputs.addButton(self.folder_radio)
        self._outputs.addButton(self.zip_radio)
        self.folder_radio.setChecked(True)
        self.review_check = QCheckBox(
            self.tr("Also write a &review page (PDF) for the client to approve"), box
        )
        self.review_check.setAccessibleName(self.tr("Write a review page for the client"))
        self.review_check.setToolTip(
            self.tr(
                "One page with the redacted text and the phrases kept, beside the bundle; "
                "written only when the bundle passed the check."
            )
        )
        column = QVBoxLayout(box)
        column.addWidget(self.folder_radio)
        column.addWidget(self.zip_radio)
        column.addWidget(self.review_check)
        return box

    def _build_preview_pane(self) -> QWidget:
        pane = QWidget(self)
        self.original_edit = self._text_edit(self.tr("Original (stays in the vault)"), pane)
        self.redacted_edit = self._text_edit(self.tr("Redacted (goes into the bundle)"), pane)
        self.status_label = self._label(self.tr("Status"), pane)
        self.counts_label = self._label(self.tr("Replacements"), pane)
        self.left_out_label = self._label(self.tr("Left out"), pane)
        original_title = QLabel(self.tr("Original (stays in the vault)"), pane)
        redacted_title = QLabel(self.tr("Redacted (goes into the bundle)"), pane)
        sides = QSplitter(Qt.Orientation.Horizontal, pane)
        for title, edit in (
            (original_title, self.original_edit),
            (redacted_title, self.redacted_edit),
        ):
            side = QWidget(sides)
            side_column = QVBoxLayout(side)
            side_column.setContentsMargins(0, 0, 0, 0)
            side_column.addWidget(title)
            side_column.addWidget(edit, 1)
            sides.addWidget(side)
        column = QVBoxLayout(pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.status_label)
        column.addWidget(sides, 1)
        column.addWidget(self.counts_label)
        column.addWidget(self.left_out_label)
        return pane

    def _text_edit(self, name: str, parent: QWidget) -> QTextEdit:
        edit = QTextEdit(parent)
        edit.setReadOnly(True)
        edit.setUndoRedoEnabled(False)  # no undo history holding a cleared text
        edit.setAccessibleName(name)
        return edit

    # -- the choices ------------------------------------------------------------------

    def operators(self) -> dict[Kind, Operator]:
        return {kind: Operator(combo.currentData()) for kind, combo in self.operator_combos.items()}

    def _record_ids(self) -> Sequence[str] | None:
        return None if self.all_radio.isChecked() else tuple(self.records.checked_ids())

    def _options_changed(self) -> None:
        """The preview shown no longer matches: Export waits for the new one."""
        self._preview = None
        self.table.setEnabled(self.chosen_radio.isChecked() and not self._busy)
        self._update()
        if self._records_loaded:
            self.status_label.setText(self.tr("Updating the preview…"))
            self._refresh_timer.start()

    # -- loading ----------------------------------------------------------------------

    def _load_records(self) -> None:
        client_id = self._client_id
        self.status_label.setText(self.tr("Loading the records…"))
        self._session.run(
            lambda vault: vault.clients.list_records(client_id), self._records_listed, self._failed
        )

    def _records_listed(self, records: list[Record]) -> None:
        self.records.set_records(records)
        self._records_loaded = True
        self.table.setEnabled(self.chosen_radio.isChecked())
        self.refresh_preview()

    def refresh_preview(self) -> None:
        """Ask the core for the preview of the current choices."""
        self._refresh_timer.stop()
        if self._busy or self._closed or not self._records_loaded:
            return
        self._pending += 1
        client_id, record_ids = self._client_id, self._record_ids()
        operators, terms = self.operators(), self.terms_box.terms()
        self._preview = None
        self._update()
        self.status_label.setText(self.tr("Updating the preview…"))

        def job(vault: Vault) -> tuple[RedactionPreview, list[Suspect]]:
            found = preview_bundle(vault, client_id, record_ids, operators, terms)
            return found, suspects(vault, found)  # the gate's second opinion, off the GUI

        self._session.run(job, self._previewed, self._preview_failed)

    def _is_latest(self) -> bool:
        """Called once per answer: True only for the answer to the last request."""
        self._pending -= 1
        return not self._pending and not self._closed

    def _previewed(self, answer: tuple[RedactionPreview, list[Suspect]]) -> None:
        preview, found = answer
        if not self._is_latest():
            return
        self._preview = preview
        self.error_label.hide()
        show_preview(self.original_edit, preview, redacted=False)
        show_preview(self.redacted_edit, preview, redacted=True)
        self.suspects_box.set_suspects(found)
        underline_suspects(self.redacted_edit, (s.text for s in found))
        self.status_label.setText(
            self.tr("Records in the bundle: {count}").format(count=len(preview.records))
        )
        self.counts_label.setText(self._counts_text(preview))
        left = preview.left_out
        self.left_out_label.setText(
            self.tr(
                "Always left out: special-care records {records}, special-care fields "
                "{fields}, secret fields {secrets}."
            ).format(
                records=left.special_care_records,
                fields=left.special_care_fields,
                secrets=left.secret_fields,
            )
        )
        self._update()

    def _counts_text(self, preview: RedactionPreview) -> str:
        counts = preview.counts
        if not counts:
            return self.tr("Nothing personal was found to replace.")
        parts = [
            self.tr("{kind} {count}").format(kind=value_kind_name(Kind(kind)), count=count)
            for kind, count in counts.items()
        ]
        return self.tr("Replaced: {parts}.").format(parts=", ".join(parts))

    def _preview_failed(self, error: Exception) -> None:
        if not self._is_latest():
            return
        self.status_label.clear()
        self._failed(error)

    # -- exporting --------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self._busy

    @property
    def preview(self) -> RedactionPreview | None:
        """The preview on screen, which is exactly what Export writes."""
        return self._preview

    def can_export(self) -> bool:
        if self._busy or self._preview is None:
            return False
        if self.suspects_box.undecided():  # the leak gate would refuse the bundle
            return False
        return self.all_radio.isChecked() or bool(self.records.checked_ids())

    def _update(self) -> None:
        self.export_button.setEnabled(self.can_export())
        self.close_button.setEnabled(not self._busy)
        self.progress.setVisible(self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        controls: list[QWidget] = [
            self.all_radio,
            self.chosen_radio,
            self.terms_box,
            self.folder_radio,
            self.zip_radio,
            self.review_check,
            *self.operator_combos.values(),
            self.suspects_box,
        ]
        for widget in controls:
            widget.setEnabled(not busy)
        self.table.setEnabled(self.chosen_radio.isChecked() and not busy)
        self._update()

    def export(self) -> None:
        """Ask for a new folder or zip name, then write and check it on the vault thread."""
        preview = self._preview
        if not self.can_export() or preview is None:
            return
        as_zip = self.zip_radio.isChecked()
        day = dt.datetime.fromisoformat(preview.created_at).astimezone().date()
        name = f"redacted-{day.isoformat()}" + (".zip" if as_zip else "")
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        chosen = self._prompts.save_path(
            self,
            self.tr("Save the redacted bundle"),
            folder / name,
            self.tr("Zip files (*.zip)") if as_zip else self.tr("A new folder (*)"),
        )
        if chosen is None:
            return
        out = chosen
        if as_zip and chosen.suffix.lower() != ".zip":
            out = chosen.with_name(chosen.name + ".zip")

        kept = replace(preview, kept=tuple(self.suspects_box.kept()))
        review = review_path(out) if self.review_check.isChecked() else None
        self._review = review

        def job(vault: Vault) -> ExportResult:
            if review is not None:
                check_destination(review)  # refused before the bundle is written
            result = export_bundle(vault, kept, out, as_zip=as_zip)
            if review is not None:  # only for a bundle that passed the gate
                write_review(vault, kept, review)
            return result

        self.error_label.hide()
        self.result_label.clear()
        self._set_busy(True)
        self._session.run(job, self._exported, self._export_failed)

    def _exported(self, result: ExportResult) -> None:
        self._set_busy(False)
        text = self.tr("Written and checked: {path}\nRecords: {records}. SHA-256: {sha256}")
        written = text.format(path=str(result.path), records=result.records, sha256=result.sha256)
        if self._review is not None:
            written += "\n" + self.tr("Review page for the client: {path}").format(
                path=str(self._review)
            )
        self.result_label.setText(written + core_notes(result.notes))  # e.g. not logged yet
        self.exported.emit(self._client_id)

    def _export_failed(self, error: Exception) -> None:
        """A leak-gate refusal names the file and the kind of value, never the value."""
        self._set_busy(False)
        self._failed(error)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, VaultError):
            text = core_message(error)  # the core's messages never hold client data
        else:
            log.error("A redacted export failed: %s", type(error).__name__)
            text = self.tr("Nothing was exported because of an unexpected error ({kind}).").format(
                kind=type(error).__name__
            )
        self.error_label.setText(text)
        self.error_label.show()

    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    # -- closing ----------------------------------------------------------------------

    def reject(self) -> None:
        """Close and Escape wait for an export under way (it cannot be stopped halfway)."""
        if not self._busy:
            super().reject()

    def done(self, result: int) -> None:
        """Closing drops the preview: its leak-gate detector holds every person the vault knows."""
        self._forget_preview()
        super().done(result)

    def _forget_preview(self) -> None:
        self._refresh_timer.stop()
        self._closed = True  # a preview still on its way is dropped too
        self._preview = None
        self.suspects_box.clear_choices()

    def _vault_locked(self) -> None:
        """Lock always wins: drop the texts, the records and the terms, and close."""
        self._forget_preview()
        self._pending = 0  # the vault thread drops the answers still on their way
        self._busy = False
        self._records_loaded = False
        self.records.clear()
        self.terms_box.clear()
        for edit in (self.original_edit, self.redacted_edit):
            edit.clear()
        for label in (
            self.intro_label,
            self.status_label,
            self.counts_label,
            self.left_out_label,
            self.result_label,
        ):
            label.clear()
        if self.isVisible():
            self.done(QDialog.DialogCode.Rejected.value)


def review_path(bundle: Path) -> Path:
    """The review page beside the bundle: `name.zip` or folder `name` → `name-review.pdf`."""
    stem = bundle.stem if bundle.suffix.lower() == ".zip" else bundle.name
    return bundle.with_name(f"{stem}-review.pdf")
