"""Add or edit a client: name, e-mail addresses, phone numbers, notes and contract period.

Addresses and numbers are checked by the vault's own `check_email` and
`check_phone`, one line at a time on the vault thread, so the message can say
which line is wrong. Deleting a client is not done here: it erases every record
of the client and has its own confirmation elsewhere.

The contract period decides when personal data falls due (the end + 30 days), so
saving a new end recomputes the client's retention dates; the dialog then says
how many records got a new date.

A lock keeps what is typed (new client or edit) as a sealed draft
(vault/storage/form_drafts.py) and the main window offers it back after unlock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.core_messages import core_message
from ui.prompts import Prompts
from ui.retention.retention_dialog import date_edit, from_qdate, not_a_date, to_qdate
from ui.vault_session import VaultSession
from ui.widgets.text_fit import keep_text_visible
from vault.domain.model import Client, check_email, check_phone, clean_title
from vault.domain.reading import clean_furigana
from vault.domain.retention import check_contract
from vault.errors import BadInput, VaultError
from vault.session import Vault
from vault.storage.form_drafts import CLIENT_FORM, FormDraft
from vault.storage.retention_store import Contract

Period = tuple[dt.date | None, dt.date | None]  # contract start and end

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Content:
    name: str
    furigana: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    notes: str
    contract: Period | None  # None when the stored contract is not known here


class _Invalid(BadInput):
    """A validation error that knows its input (name, emails, phones, contract) and line."""

    def __init__(self, where: str, line: int, message: str) -> None:
        super().__init__(message)
        self.where = where
        self.line = line


class _Conflict(VaultError):
    """The client was saved elsewhere (another window) after this dialog opened it."""


def _numbered_lines(text: str) -> list[tuple[int, str]]:
    """Each entry with its line number; blank lines are spacing, not entries."""
    return [(n, line.strip()) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line for _n, line in _numbered_lines(text))


class OptionalDate(QWidget):
    """A date, or none; the check box says what none means (not recorded, ongoing)."""

    changed = Signal()

    def __init__(self, none_text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.none_box = QCheckBox(none_text, self)
        self.date_edit = date_edit(self, name)
        self.date_edit.setDate(to_qdate(dt.date.today()))  # only where the picker starts
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.none_box)
        layout.addWidget(self.date_edit)
        layout.addStretch(1)
        self.none_box.toggled.connect(self._toggled)
        self.date_edit.dateChanged.connect(lambda _day: self.changed.emit())
        self.none_box.setChecked(True)

    def _toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(not checked)
        self.changed.emit()

    def is_valid(self) -> bool:
        return self.none_box.isChecked() or self.date_edit.is_valid()

    def value(self) -> dt.date | None:
        """The date; None for none, and while the text names no date (saving refuses that)."""
        if self.none_box.isChecked() or not self.date_edit.is_valid():
            return None
        return from_qdate(self.date_edit.date())

    def set_value(self, day: dt.date | None) -> None:
        if day is not None:
            self.date_edit.setDate(to_qdate(day))
        self.none_box.setChecked(day is None)


class ClientDialog(QDialog):
    """The add/edit dialog for one client."""

    saved = Signal(str)  # the client id

    def __init__(
        self,
        session: VaultSession,
        prompts: Prompts,
        client: Client | None = None,
        parent: QWidget | None = None,
        *,
        contract: Contract | None = None,
        draft: FormDraft | None = None,
    ) -> None:
        """`contract` is the client's stored one; without it (editing) the period is
        shown disabled and left as it is. `draft`: an edit the vault kept on a lock."""
        super().__init__(parent)
        keep_text_visible(self)  # wrapped text grows the window, never clipped
        self._session = session
        self._prompts = prompts
        self._client = client
        self._draft = draft
        # A restored edit saves against the client as it was when the edit began.
        self._opened_at = (
            "" if client is None else draft.base if draft is not None else client.updated_at
        )
        self._busy = False
        self._contract = Contract() if client is None else contract
        self.setWindowTitle(self.tr("New client") if client is None else self.tr("Edit client"))
        self._build()
        if client is not None:
            self.name_edit.setText(client.name)
            self.furigana_edit.setText(client.furigana)
            self.emails_edit.setPlainText("\n".join(client.emails))
            self.phones_edit.setPlainText("\n".join(client.phones))
            self.notes_edit.setPlainText(client.notes)
        if self._contract is not None:
            self.contract_start.set_value(self._contract.start)
            self.contract_end.set_value(self._contract.end)
        self.contract_start.setEnabled(self._contract is not None)
        self.contract_end.setEnabled(self._contract is not None)
        self._baseline = self._content()
        self._typed_baseline = self._typed()
        if draft is not None:
            self._load_draft(draft)

    # -- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = self._build_banner()
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. 株式会社サンプル or 田中 太郎"))
        self._add_row(form, self.tr("&Name:"), self.name_edit)
        self.furigana_edit = QLineEdit(self)
        self.furigana_edit.setAccessibleName(self.tr("Furigana"))
        self.furigana_edit.setPlaceholderText(self.tr("Reading in kana, e.g. やまだ たろう"))
        self.furigana_edit.setToolTip(
            self.tr("Optional. The client list is in 50音 order by this reading.")
        )
        self._add_row(form, self.tr("&Furigana:"), self.furigana_edit)

        self.emails_edit = self._lines_edit(
            self.tr("E-mail addresses"), self.tr("One address per line")
        )
        self._add_row(form, self.tr("&E-mail addresses:"), self.emails_edit)
        self.phones_edit = self._lines_edit(
            self.tr("Phone numbers"), self.tr("One number per line, e.g. 03-1234-5678")
        )
        self._add_row(form, self.tr("&Phone numbers:"), self.phones_edit)
        self.notes_edit = self._lines_edit(self.tr("Notes"), "")
        self._add_row(form, self.tr("N&otes:"), self.notes_edit)
        self.contract_start = OptionalDate(self.tr("Not recorded"), self.tr("Contract start"), self)
        self.contract_end = OptionalDate(
            self.tr("Ongoing (no end date)"), self.tr("Contract end"), self
        )
        self.contract_end.setToolTip(
            self.tr("Personal data of this client is kept until 30 days after the contract ends.")
        )
        for label, field in (
            (self.tr("Contract s&tart:"), self.contract_start),
            (self.tr("Contract en&d:"), self.contract_end),
        ):
            field.changed.connect(self._on_edited)
            buddy = QLabel(label, self)
            buddy.setBuddy(field.none_box)
            form.addRow(buddy, field)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    def _build_banner(self) -> QLabel:
        """Says when the dialog holds an edit restored after a lock."""
        banner = QLabel(self)
        banner.setWordWrap(True)
        banner.setAccessibleName(self.tr("Notice"))
        banner.hide()
        return banner

    def _lines_edit(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self._on_edited)
        return edit

    def _add_row(self, form: QFormLayout, label: str, widget: QWidget) -> None:
        buddy = QLabel(label, self)
        buddy.setBuddy(widget)
        form.addRow(buddy, widget)
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(self._on_edited)

    # -- content ----------------------------------------------------------------------

    def _content(self) -> _Content:
        return _Content(
            self.name_edit.text(),
            self.furigana_edit.text(),
            _lines(self.emails_edit.toPlainText()),
            _lines(self.phones_edit.toPlainText()),
            self.notes_edit.toPlainText(),
            (self.contract_start.value(), self.contract_end.value())
            if self._contract is not None
            else None,
        )

    def has_unsaved_changes(self) -> bool:
        return self._content() != self._baseline or self._typed() != self._typed_baseline

    def _typed(self) -> tuple[tuple[str, str], ...]:
        """Every input as typed, unvalidated (a half-typed date too): what a lock keeps."""
        return (
            ("name", self.name_edit.text()),
            ("furigana", self.furigana_edit.text()),
            ("emails", self.emails_edit.toPlainText()),
            ("phones", self.phones_edit.toPlainText()),
            ("notes", self.notes_edit.toPlainText()),
            ("contract_start", _date_text(self.contract_start)),
            ("contract_end", _date_text(self.contract_end)),
        )

    def draft(self) -> FormDraft | None:
        """The edit for the lock to seal (vault/storage/form_drafts.py); None when unchanged."""
        if not self.has_unsaved_changes():
            return None
        return FormDraft(
            CLIENT_FORM,
            None if self._client is None else self._client.id,
            self._typed(),
            base=self._opened_at,
            id=self._draft.id if self._draft is not None else "",
        )

    def _load_draft(self, draft: FormDraft) -> None:
        self.name_edit.setText(draft.value("name"))
        self.furigana_edit.setText(draft.value("furigana"))
        self.emails_edit.setPlainText(draft.value("emails"))
        self.phones_edit.setPlainText(draft.value("phones"))
        self.notes_edit.setPlainText(draft.value("notes"))
        if self._contract is not None:
            for field, key in (
                (self.contract_start, "contract_start"),
                (self.contract_end, "contract_end"),
            ):
                typed = draft.value(key)
                field.none_box.setChecked(not typed)
                if typed:
                    field.date_edit.setText(typed)
        text = self.tr("Restored from an unsaved edit.")
        if self._client is not None and draft.base != self._client.updated_at:
            text += " " + self.tr(
                "The client was changed elsewhere after this edit began; "
                "saving will ask whether to replace those changes."
            )
        self.banner.setText(text)
        self.banner.show()

    def _on_edited(self) -> None:
        if not self._busy:
            self.error_label.hide()

    def show_error(self, text: str, widget: QWidget | None = None) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        if widget is not None:
            widget.setFocus()

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)

    # -- saving -------------------------------------------------------------------------

    def save(self) -> None:
        """Validate and save on the vault thread; the dialog stays open if anything is wrong."""
        self._save(replace_newer=False)

    def _save(self, *, replace_newer: bool) -> None:
        if self._busy:
            return
        for field in (self.contract_start, self.contract_end):
            if self._contract is not None and not field.is_valid():
                self.show_error(not_a_date(), field.date_edit)
                return
        content = self._content()
        emails = _numbered_lines(self.emails_edit.toPlainText())
        phones = _numbered_lines(self.phones_edit.toPlainText())
        name_required = self.tr("A name is required.")
        client_id = self._client.id if self._client is not None else None
        opened_at = self._opened_at
        draft_id = self._draft.id if self._draft is not None else ""
        stored = self._contract
        period = content.contract
        new_period = (
            period
            if period is not None and stored is not None and period != (stored.start, stored.end)
            else None
        )

        def job(vault: Vault) -> tuple[str, int]:
            _validate(content, emails, phones, name_required, period)
            if client_id is None:
                saved_id = vault.clients.add_client(
                    content.name,
                    content.emails,
                    content.phones,
                    content.notes,
                    furigana=content.furigana,
                ).id
            else:
                current = vault.clients.get_client(client_id)
                if current.updated_at != opened_at and not replace_newer:
                    raise _Conflict("The client was changed elsewhere.")
                edited = Client(
                    client_id,
                    content.name,
                    content.emails,
                    content.phones,
                    content.notes,
                    furigana=content.furigana,
                )
                saved_id = vault.clients.update_client(edited).id
            changed = (
                0 if new_period is None else vault.retention.set_contract(saved_id, *new_period)
            )
            discard_draft(vault, draft_id)
            return saved_id, changed

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            if isinstance(exc, _Conflict):
                self._resolve_conflict()
            elif isinstance(exc, _Invalid):
                self._show_invalid(exc)
            elif isinstance(exc, VaultError):
                self.show_error(core_message(exc))  # vault messages never contain client data
            else:
                log.error("Saving a client failed: %s", type(exc).__name__)
                self.show_error(
                    self.tr("The client could not be saved because of an unexpected error.")
                )

        self.error_label.hide()
        self._set_busy(True)
        # "" tells list views that the client list itself changed (a new or renamed client).
        self._session.run(job, self._saved, failed, changes=client_id or "")

    def _show_invalid(self, exc: _Invalid) -> None:
        if exc.where == "emails":
            text = self.tr("E-mail addresses, line {line}: {problem}").format(
                line=exc.line, problem=str(exc)
            )
            self.show_error(text, self.emails_edit)
        elif exc.where == "phones":
            text = self.tr("Phone numbers, line {line}: {problem}").format(
                line=exc.line, problem=str(exc)
            )
            self.show_error(text, self.phones_edit)
        elif exc.where == "name":
            self.show_error(str(exc), self.name_edit)
        elif exc.where == "furigana":
            self.show_error(str(exc), self.furigana_edit)
        elif exc.where == "contract":
            self.show_error(str(exc), self.contract_end.none_box)
        else:
            self.show_error(str(exc), self.notes_edit)

    def _saved(self, result: tuple[str, int]) -> None:
        client_id, changed = result
        self._set_busy(False)
        self._baseline = self._content()
        if changed:
            self._prompts.inform(
                self,
                self.tr("Retention dates"),
                self.tr(
                    "The contract period was saved. Records whose retention date changed: {count}"
                ).format(count=changed),
            )
        self.saved.emit(client_id)
        super().accept()

    def _resolve_conflict(self) -> None:
        if self._prompts.confirm(
            self,
            self.tr("Changed elsewhere"),
            self.tr(
                "This client was changed in another window after you opened it. "
                "Replace those changes with yours?"
            ),
            yes=self.tr("Replace"),
        ):
            self._save(replace_newer=True)
            return
        self.show_error(
            self.tr(
                "Not saved: this client was changed in another window after you opened it. "
                "Copy what you need, close this dialog and open the client again."
            )
        )

    # -- closing ------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel and the window's close button: ask before throwing an edit away."""
        if self._busy:
            return
        if self.has_unsaved_changes() and not self._prompts.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("Discard your changes to this client?"),
            yes=self.tr("Discard"),
        ):
            return
        if self._draft is not None and self._draft.id:
            draft_id = self._draft.id
            self._session.run(lambda vault: discard_draft(vault, draft_id))
        super().reject()

    def close_without_saving(self) -> None:
        """Close at once without asking (the vault is locking)."""
        self._busy = False
        super().reject()


def _date_text(field: OptionalDate) -> str:
    return "" if field.none_box.isChecked() else field.date_edit.text()


def discard_draft(vault: Vault, draft_id: str) -> None:
    """The restored draft is settled (saved or discarded): don't offer it again."""
    if draft_id:
        with contextlib.suppress(BadInput):  # already gone
            vault.form_drafts.discard(draft_id)


def _validate(
    content: _Content,
    emails: list[tuple[int, str]],
    phones: list[tuple[int, str]],
    name_required: str,
    contract: Period | None,
) -> None:
    """The vault's own checks, one line at a time, so the error can say which line."""
    if not content.name.strip():
        raise _Invalid("name", 0, name_required)
    try:
        clean_title(content.name)
    except BadInput as exc:
        raise _Invalid("name", 0, core_message(exc)) from exc
    try:
        clean_furigana(content.furigana)
    except BadInput as exc:
        raise _Invalid("furigana", 0, core_message(exc)) from exc
    for where, values, check in (
        ("emails", emails, check_email),
        ("phones", phones, check_phone),
    ):
        for line, value in values:
            try:
                check(value)
            except BadInput as exc:
                raise _Invalid(where, line, core_message(exc)) from exc
    if contract is not None:
        try:
            check_contract(*contract)
        except BadInput as exc:
            raise _Invalid("contract", 0, core_message(exc)) from exc
