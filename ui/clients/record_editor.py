"""Add or edit one record of any kind.

The form is built from `KIND_FIELDS`, so a new kind in the model needs no new
dialog. Validation is the vault's own (`clean_title`, `clean_field`), run on
the vault thread as part of the save job: the error a user sees here is the one
the CLI and imports give. Half-typed content survives a lock as a sealed
`Draft` (the app asks `draft()` before closing the editor), unvalidated on
purpose: an unfinished date is exactly what a draft exists to keep.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.clients.field_inputs import CustomFieldRow, FieldInput, field_label
from ui.clients.password_generator_dialog import add_generator
from ui.clients.read_log import log_reveal, logged_copy
from ui.clients.secret_field import Copy, SecretField
from ui.clients.special_care_hint import SpecialCareHint
from ui.core_messages import core_message
from ui.models.records import editor_title, sensitivity_description, sensitivity_name
from ui.prompts import Prompts
from ui.vault_session import VaultSession
from ui.widgets.text_fit import keep_text_visible
from vault.domain.model import (
    KIND_FIELDS,
    MAX_VALUE_CHARS,
    Field,
    Record,
    RecordKind,
    Sensitivity,
    clean_field,
    clean_title,
    default_sensitivity,
)
from vault.errors import BadInput, VaultError
from vault.redaction.special_care import record_declined
from vault.session import Vault
from vault.storage.drafts import Draft

log = logging.getLogger(__name__)

_TITLE_POSITION = -1  # an _Invalid position that points at the title, not a field


class _Invalid(BadInput):
    """A validation error that knows which input caused it (a field index or the title)."""

    def __init__(self, position: int, message: str) -> None:
        super().__init__(message)
        self.position = position


class _Conflict(VaultError):
    """The record was saved elsewhere (another window) after this editor opened it."""


def _validate(title: str, fields: Sequence[Field]) -> None:
    """The vault's own checks, one input at a time, so the error can point at its input."""
    try:
        clean_title(title)
    except BadInput as exc:
        raise _Invalid(_TITLE_POSITION, core_message(exc)) from exc
    for position, item in enumerate(fields):
        try:
            clean_field(item)
        except BadInput as exc:
            raise _Invalid(position, core_message(exc)) from exc


@dataclass(frozen=True)
class _Content:
    """What the form holds, in the shape the vault stores."""

    title: str
    sensitivity: Sensitivity
    fields: tuple[Field, ...]


class RecordEditor(QDialog):
    """The add/edit dialog for one record of any kind."""

    saved = Signal(str)  # the record id
    deleted = Signal(str)  # the record id

    def __init__(
        self,
        session: VaultSession,
        prompts: Prompts,
        copy: Copy,
        client_id: str,
        kind: RecordKind,
        record: Record | None = None,
        draft: Draft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        keep_text_visible(self)  # wrapped text grows the window, never clipped
        self._session = session
        self._prompts = prompts
        self._copy = logged_copy(session, copy, client_id, record)
        self._client_id = client_id
        self._kind = kind
        self._record = record
        self._draft = draft
        # A restored draft saves against the version its edit began from, so a change
        # made elsewhere meanwhile shows up as a conflict instead of being overwritten.
        if draft is not None and record is not None:
            self._base_version = draft.base_version
        else:
            self._base_version = record.version if record is not None else 0
        self._busy = False
        self._custom_rows: list[CustomFieldRow] = []
        self.setWindowTitle(editor_title(kind, new=record is None))
        self._build()
        self._load(self._content_of_record())
        self._baseline = self._content()
        if draft is not None:
            self._load(_Content(draft.title, draft.sensitivity, draft.fields))
            self._show_banner()
        self._update_tab_order()

    # -- building -----------------------------------------------------------------

    def _build(self) -> None:
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Notice"))
        self.banner.hide()
        form = self._build_form()
        self._build_custom_box()
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.custom_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(MAX_VALUE_CHARS)  # too long a title gets the vault's message
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.textChanged.connect(self._on_edited)
        title_label = QLabel(self.tr("&Title:"), self)
        title_label.setBuddy(self.title_edit)
        form.addRow(title_label, self.title_edit)

        self.sensitivity_combo = QComboBox(self)
        self.sensitivity_combo.setAccessibleName(self.tr("Sensitivity"))
        for level in Sensitivity:
            self.sensitivity_combo.addItem(sensitivity_name(level), level.value)
            index = self.sensitivity_combo.count() - 1
            self.sensitivity_combo.setItemData(
                index, sensitivity_description(level), Qt.ItemDataRole.ToolTipRole
            )
        self.sensitivity_combo.currentIndexChanged.connect(self._on_sensitivity_changed)
        sensitivity_label = QLabel(self.tr("Sens&itivity:"), self)
        sensitivity_label.setBuddy(self.sensitivity_combo)
        form.addRow(sensitivity_label, self.sensitivity_combo)
        self.special_care_hint = SpecialCareHint(self)
        self.special_care_hint.chosen.connect(self._take_special_care)
        form.addRow(self.special_care_hint)

        self.inputs: dict[str, FieldInput] = {}
        for key, field_type in KIND_FIELDS[self._kind].items():
            label = field_label(key)
            field_input = FieldInput(field_type, self._copy, label, self)
            field_input.changed.connect(self._on_edited)
            if isinstance(field_input.editor, SecretField):
                field_input.editor.revealedChanged.connect(self._log_reveal)
                if self._kind is RecordKind.CREDENTIAL:  # a new password for an account
                    add_generator(field_input)
            buddy = QLabel(self.tr("{label}:").format(label=label), self)
            buddy.setBuddy(field_input.focus_chain()[0])
            form.addRow(buddy, field_input)
            self.inputs[key] = field_input
        return form

    def _log_reveal(self, revealed: bool) -> None:
        log_reveal(self._session, self._client_id, self._record, revealed)

    def _build_custom_box(self) -> None:
        self.custom_box = QGroupBox(self.tr("More fields"), self)
        self._custom_layout = QVBoxLayout(self.custom_box)
        self.add_field_button = QPushButton(self.tr("&Add field"), self.custom_box)
        self.add_field_button.setAccessibleName(self.tr("Add field"))
        self.add_field_button.setAutoDefault(False)
        self.add_field_button.clicked.connect(self.add_custom_field)
        self._custom_layout.addWidget(self.add_field_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_field_button.setVisible(self._kind is RecordKind.RECORD)

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.delete_button: QPushButton | None = None
        if self._record is not None:
            self.delete_button = self.buttons.addButton(
                self.tr("&Delete…"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.delete_button.setAccessibleName(self.tr("Delete record"))
            self.delete_button.setAutoDefault(False)
            self.delete_button.clicked.connect(self.delete)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        # Connected, not passed to the constructor: QShortcut(key, parent, bound_method)
        # corrupted a refcount in PySide6 6.12 (a crash at interpreter exit).
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.activated.connect(self.save)

    def _show_banner(self) -> None:
        text = self.tr("Restored from an unsaved edit.")
        if (
            self._draft is not None
            and self._record is not None
            and self._draft.base_version != self._record.version
        ):
            text += " " + self.tr(
                "The record was changed elsewhere after this edit began; "
                "saving will ask whether to replace those changes."
            )
        self.banner.setText(text)
        self.banner.show()

    def _update_tab_order(self) -> None:
        chain: list[QWidget] = [self.title_edit, self.sensitivity_combo]
        for field_input in self.inputs.values():
            chain.extend(field_input.focus_chain())
        for row in self._custom_rows:
            chain.extend(row.focus_chain())
        chain.append(self.add_field_button)
        chain.extend(self.buttons.buttons())
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- content --------------------------------------------------------------------

    def _content_of_record(self) -> _Content:
        if self._record is None:  # the same default as an imported record of this kind
            return _Content("", default_sensitivity(self._kind), ())
        return _Content(self._record.title, self._record.sensitivity, self._record.fields)

    def _load(self, content: _Content) -> None:
        self.title_edit.setText(content.title)
        self.sensitivity_combo.setCurrentIndex(
            self.sensitivity_combo.findData(content.sensitivity.value)
        )
        self._on_sensitivity_changed()
        for field_input in self.inputs.values():
            field_input.set_text("")
        for row in list(self._custom_rows):
            self._remove_row(row)
        for item in content.fields:
            standard = self.inputs.get(item.key)
            if standard is not None:
                standard.set_text(item.value)
            else:
                self._append_row(CustomFieldRow(self._copy, item, self.custom_box))
        self._sync_custom_box()

    def _entries(self) -> list[tuple[Field, QWidget]]:
        """Each field worth keeping, with the widget to point at if it is wrong.

        Empty standard fields and untouched custom rows are left out: an empty
        "Phone" is not a phone number to check.
        """
        entries: list[tuple[Field, QWidget]] = []
        for key, field_input in self.inputs.items():
            value = field_input.text()
            if value.strip():
                entries.append((Field(key, value, field_input.field_type), field_input))
        for row in self._custom_rows:
            if not row.is_blank():
                entries.append((row.field(), row.name_edit if not row.field().key else row.value))
        return entries

    def _content(self) -> _Content:
        return _Content(
            self.title_edit.text(),
            Sensitivity(self.sensitivity_combo.currentData()),
            tuple(item for item, _widget in self._entries()),
        )

    def has_unsaved_changes(self) -> bool:
        return self._content() != self._baseline

    def draft(self) -> Draft | None:
        """The half-typed content, unvalidated, for the lock to keep sealed; None if unchanged."""
        if not self.has_unsaved_changes():
            return None
        content = self._content()
        return Draft(
            id=self._draft.id if self._draft is not None else "",
            client_id=self._client_id,
            record_id=self._record.id if self._record is not None else None,
            kind=self._kind,
            title=content.title,
            fields=content.fields,
            sensitivity=content.sensitivity,
            base_version=self._base_version,
        )

    # -- custom fields ----------------------------------------------------------------

    def add_custom_field(self) -> CustomFieldRow:
        row = CustomFieldRow(self._copy, None, self.custom_box)
        self._append_row(row)
        self._sync_custom_box()
        self._update_tab_order()
        row.name_edit.setFocus()
        return row

    @property
    def custom_rows(self) -> Sequence[CustomFieldRow]:
        return tuple(self._custom_rows)

    def _append_row(self, row: CustomFieldRow) -> None:
        self._custom_rows.append(row)
        self._custom_layout.insertWidget(self._custom_layout.count() - 1, row)
        row.show()  # at once, not on the next event loop pass: Tab and focus need it visible
        row.changed.connect(self._on_edited)
        row.chain_changed.connect(self._update_tab_order)
        row.remove_requested.connect(self._on_remove_requested)
        self._on_edited()

    def _on_remove_requested(self, row: QWidget) -> None:
        if isinstance(row, CustomFieldRow):
            self._remove_row(row)
            self._sync_custom_box()
            self._update_tab_order()
            self.add_field_button.setFocus()

    def _remove_row(self, row: CustomFieldRow) -> None:
        self._custom_rows.remove(row)
        self._custom_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._on_edited()

    def _sync_custom_box(self) -> None:
        """Other kinds show the box only for extra fields they already carry (from an import)."""
        self.custom_box.setVisible(self._kind is RecordKind.RECORD or bool(self._custom_rows))

    # -- reactions ----------------------------------------------------------------------

    def _on_edited(self) -> None:
        if not self._busy:
            self.error_label.hide()
        content = self._content()
        text = "\n".join([content.title, *(f.value for f in content.fields)])
        self.special_care_hint.check(text, content.sensitivity)

    def _take_special_care(self) -> None:
        self.sensitivity_combo.setCurrentIndex(
            self.sensitivity_combo.findData(Sensitivity.SPECIAL_CARE.value)
        )

    def _on_sensitivity_changed(self) -> None:
        index = self.sensitivity_combo.currentIndex()
        self.sensitivity_combo.setToolTip(
            str(self.sensitivity_combo.itemData(index, Qt.ItemDataRole.ToolTipRole) or "")
        )
        self._on_edited()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        if self.delete_button is not None:
            self.delete_button.setEnabled(not busy)

    def show_error(self, text: str, widget: QWidget | None = None) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        if widget is not None:
            widget.setFocus()

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def _explain(self, exc: Exception) -> str:
        if isinstance(exc, VaultError):
            return core_message(exc)  # vault messages name the problem, never client data
        log.error("Saving a record failed: %s", type(exc).__name__)
        return self.tr("The record could not be saved because of an unexpected error.")

    # -- saving -------------------------------------------------------------------------

    def save(self) -> None:
        """Validate and save on the vault thread; the dialog stays open if anything is wrong."""
        self._save(replace_newer=False)

    def _save(self, *, replace_newer: bool) -> None:
        if self._busy:
            return
        entries = self._entries()
        widgets = [widget for _item, widget in entries]
        content = self._content()
        client_id, kind = self._client_id, self._kind
        record_id = self._record.id if self._record is not None else None
        base_version = self._base_version
        draft_id = self._draft.id if self._draft is not None else ""
        declined = self.special_care_hint.isVisibleTo(self)  # offered, and not taken

        def job(vault: Vault) -> str:
            _validate(content.title, content.fields)
            if record_id is None:
                record = vault.clients.add_record(
                    client_id, kind, content.title, content.fields, content.sensitivity
                )
            else:
                current = vault.clients.get_record(record_id)
                if current.version != base_version and not replace_newer:
                    raise _Conflict("The record was changed elsewhere.")
                record = vault.clients.update_record(
                    Record(
                        record_id,
                        client_id,
                        kind,
                        content.title,
                        content.fields,
                        content.sensitivity,
                        version=current.version,
                    )
                )
            if declined:
                record_declined(vault, client_id, record.id, content.sensitivity)
            _discard_draft(vault, draft_id)
            return record.id

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            if isinstance(exc, _Conflict):
                self._resolve_conflict()
            elif isinstance(exc, _Invalid):
                target: QWidget | None = None
                if exc.position == _TITLE_POSITION:
                    target = self.title_edit
                if 0 <= exc.position < len(widgets):
                    target = widgets[exc.position]
                self.show_error(str(exc), target)
            else:
                self.show_error(self._explain(exc))

        self.error_label.hide()
        self._set_busy(True)
        self._session.run(job, self._saved, failed, changes=client_id)

    def _saved(self, record_id: str) -> None:
        self._set_busy(False)
        self._baseline = self._content()
        self.saved.emit(record_id)
        super().accept()

    def _resolve_conflict(self) -> None:
        replace = self._prompts.confirm(
            self,
            self.tr("Changed elsewhere"),
            self.tr(
                "This record was changed in another window after you opened it. "
                "Replace those changes with yours?"
            ),
            yes=self.tr("Replace"),
        )
        if replace:
            self._save(replace_newer=True)
            return
        self.show_error(
            self.tr(
                "Not saved: this record was changed in another window after you opened it. "
                "Copy what you need, close this editor and open the record again."
            )
        )

    # -- deleting -----------------------------------------------------------------------

    def delete(self) -> None:
        if self._record is None or self._busy:
            return
        record_id, client_id = self._record.id, self._client_id
        if not self._prompts.confirm(
            self,
            self.tr("Delete record"),
            self.tr("Delete “{title}” for good? This cannot be undone.").format(
                title=self._record.title
            ),
            yes=self.tr("Delete"),
        ):
            return
        draft_id = self._draft.id if self._draft is not None else ""

        def job(vault: Vault) -> str:
            vault.clients.delete_record(record_id)
            _discard_draft(vault, draft_id)
            return record_id

        def done(deleted_id: str) -> None:
            self._set_busy(False)
            self._baseline = self._content()
            self.deleted.emit(deleted_id)
            self.accept()

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            self.show_error(self._explain(exc))

        self._set_busy(True)
        self._session.run(job, done, failed, changes=client_id)

    # -- closing ------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel and the window's close button: ask before throwing an edit away."""
        if self._busy:
            return
        if self.has_unsaved_changes() and not self._prompts.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("Discard your changes to this record?"),
            yes=self.tr("Discard"),
        ):
            return
        if self._draft is not None and self._draft.id:
            draft_id = self._draft.id
            self._session.run(lambda vault: _discard_draft(vault, draft_id))
        super().reject()

    def close_without_saving(self) -> None:
        """Close at once without asking (the vault is locking; the caller kept `draft()`)."""
        self._busy = False
        super().reject()


def _discard_draft(vault: Vault, draft_id: str) -> None:
    """The restored draft is settled (saved, deleted or discarded): don't offer it again."""
    if not draft_id:
        return
    with contextlib.suppress(BadInput):  # already gone
        vault.drafts.discard(draft_id)
