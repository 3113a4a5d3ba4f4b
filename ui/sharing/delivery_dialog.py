"""Per client: which contact person receives bundles, and how they open them.

The recipient is chosen from the client's own contact records: there is no field to
type an address into, because mail to a wrong address is one of the failures this
app exists to prevent. A client without a contact record gets a pointer to
"New record → Contact person" instead of a form.

An age public key is pasted (scanning a QR code would need a decoder the app does
not ship). It is checked as it is typed — `check_age_recipient` is pure, so the GUI
thread may call it — and its fingerprint is shown large, in groups, to be read back
to the client on the phone; the key is saved only once the user ticks that the
client read the same groups. In passphrase mode a new passphrase is made for every
bundle; "Tell it again" shows the last one (the core audit-logs that).

Every vault call runs on the vault thread. A lock closes the dialog and clears the
names, the key and any passphrase shown.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.core_messages import core_message
from ui.models import local_date
from ui.prompts import Prompts
from ui.sharing.passphrase_view import Copy, PassphraseView, read_aloud_font
from ui.vault_session import VaultSession
from ui.widgets.text_fit import keep_text_visible
from vault.errors import BadInput, VaultError
from vault.session import Vault
from vault.sharing import Sharing
from vault.sharing.delivery import (
    Contact,
    DeliveryMode,
    DeliverySetting,
    ToldPassphrase,
    check_age_recipient,
    fingerprint,
)
from vault.sharing.passphrase import PassphraseStyle

log = logging.getLogger(__name__)

SHA256_SHOWN = 16  # hex digits of a bundle's hash that name it in a sentence


@dataclass(frozen=True)
class _Loaded:
    contacts: tuple[Contact, ...]
    setting: DeliverySetting | None


def style_name(style: PassphraseStyle) -> str:
    names = {
        PassphraseStyle.DIGITS: QCoreApplication.translate("DeliveryDialog", "24 digits"),
        PassphraseStyle.WORDS: QCoreApplication.translate("DeliveryDialog", "six words"),
    }
    return names[style]


class DeliveryDialog(QDialog):
    """The client's delivery setting: contact person, then an age key or a passphrase."""

    saved = Signal(str)  # the client id whose delivery setting was saved

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
        keep_text_visible(self)  # wrapped text grows the window, never clipped
        self._session = session
        self._prompts = prompts
        self._client_id = client_id
        self._loaded: _Loaded | None = None
        self._key: str | None = None  # the pasted key, when it is a valid one
        self._busy = False
        self.setWindowTitle(self.tr("Delivery to the client"))
        self._build(client_name, copy)
        session.locked.connect(self._vault_locked)
        self._update()
        self._load()

    # -- building ---------------------------------------------------------------------

    def _label(self, name: str, parent: QWidget | None = None) -> QLabel:
        label = QLabel(parent or self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        return label

    def _build(self, client_name: str, copy: Copy) -> None:
        self.intro_label = self._label(self.tr("Client"))
        self.intro_label.setText(
            self.tr("How bundles for “{name}” reach the client").format(name=client_name)
        )
        font = self.intro_label.font()
        font.setBold(True)
        self.intro_label.setFont(font)
        self.status_label = self._label(self.tr("Current setting"))
        self.status_label.setText(self.tr("Loading…"))

        contact_row = self._build_contact_row()

        self.mode_box = QGroupBox(self.tr("How the client opens bundles"), self)
        self.age_radio = QRadioButton(self.tr("With their &age public key"), self.mode_box)
        self.age_radio.setAccessibleName(self.tr("Mode: the client's age public key"))
        self.passphrase_radio = QRadioButton(
            self.tr("With a &passphrase made for each bundle"), self.mode_box
        )
        self.passphrase_radio.setAccessibleName(self.tr("Mode: a passphrase for each bundle"))
        self._modes = QButtonGroup(self)
        self._modes.addButton(self.age_radio)
        self._modes.addButton(self.passphrase_radio)
        self.passphrase_radio.setChecked(True)
        self.age_radio.toggled.connect(self._update)
        mode_layout = QVBoxLayout(self.mode_box)
        mode_layout.addWidget(self.age_radio)
        mode_layout.addWidget(self._build_age_box())
        mode_layout.addWidget(self.passphrase_radio)
        mode_layout.addWidget(self._build_passphrase_box(copy))

        self.error_label = self._label(self.tr("Problem"))
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save the delivery setting"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.close_button):
            button.setAutoDefault(False)  # Enter in the key field must not save
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.status_label)
        layout.addLayout(contact_row)
        layout.addWidget(self.no_contacts_label)
        layout.addWidget(self.mode_box)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.resize(640, self.sizeHint().height())

    def _build_contact_row(self) -> QHBoxLayout:
        """The contact combo (the only way to name a recipient) and the no-contacts note."""
        self.contact_combo = QComboBox(self)
        self.contact_combo.setAccessibleName(self.tr("Contact person who receives bundles"))
        self.contact_combo.currentIndexChanged.connect(self._update)
        contact_label = QLabel(self.tr("Send &to:"), self)
        contact_label.setBuddy(self.contact_combo)
        contact_row = QHBoxLayout()
        contact_row.addWidget(contact_label)
        contact_row.addWidget(self.contact_combo, 1)
        self.no_contacts_label = self._label(self.tr("No contact person"))
        self.no_contacts_label.setText(
            self.tr(
                "This client has no contact person yet, and bundles go only to one of the "
                "client's contact people. Add one with New record → Contact person on the "
                "client's page, then open this again."
            )
        )
        self.no_contacts_label.hide()
        return contact_row

    def _build_age_box(self) -> QWidget:
        box = QWidget(self.mode_box)
        self.age_box = box
        self.key_edit = QLineEdit(box)
        self.key_edit.setPlaceholderText("age1…")
        self.key_edit.setAccessibleName(self.tr("The client's age public key"))
        self.key_edit.textChanged.connect(self._key_edited)
        key_label = QLabel(self.tr("Paste the &key the client sent:"), box)
        key_label.setBuddy(self.key_edit)
        self.key_error_label = self._label(self.tr("Problem with the key"), box)
        self.key_error_label.setStyleSheet("color: #b00020;")
        self.fingerprint_label = self._label(self.tr("Key fingerprint"), box)
        self.fingerprint_label.setFont(read_aloud_font())
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_hint = self._label(self.tr("How to confirm the key"), box)
        self.fingerprint_hint.setText(
            self.tr(
                "Call the client and read these six groups aloud; the client reads back "
                "the same from their copy of the key (the first 24 characters of "
                "`printf %s age1… | sha256sum`, in groups of four). Save only if they match."
            )
        )
        self.confirmed_check = QCheckBox(self.tr("The client &read back the same fingerprint"), box)
        self.confirmed_check.setAccessibleName(self.tr("The client read back the same fingerprint"))
        self.confirmed_check.toggled.connect(self._update)
        column = QVBoxLayout(box)
        column.setContentsMargins(24, 0, 0, 0)
        column.addWidget(key_label)
        column.addWidget(self.key_edit)
        column.addWidget(self.key_error_label)
        column.addWidget(self.fingerprint_label)
        column.addWidget(self.fingerprint_hint)
        column.addWidget(self.confirmed_check)
        return box

    def _build_passphrase_box(self, copy: Copy) -> QWidget:
        box = QWidget(self.mode_box)
        self.passphrase_box = box
        self.digits_radio = QRadioButton(self.tr("24 &digits in six groups of four"), box)
        self.digits_radio.setAccessibleName(self.tr("Passphrase of 24 digits"))
        self.words_radio = QRadioButton(self.tr("Six English &words"), box)
        self.words_radio.setAccessibleName(self.tr("Passphrase of six English words"))
        self._styles = QButtonGroup(self)
        self._styles.addButton(self.digits_radio)
        self._styles.addButton(self.words_radio)
        self.digits_radio.setChecked(True)
        explanation = self._label(self.tr("About passphrases"), box)
        explanation.setText(
            self.tr(
                "A new passphrase is made for every bundle and shown once, after the export. "
                "Digits read aloud the same in Japanese and English."
            )
        )
        self.tell_again_button = QPushButton(self.tr("&Tell the last passphrase again"), box)
        self.tell_again_button.setAccessibleName(self.tr("Tell the last passphrase again"))
        self.tell_again_button.setToolTip(
            self.tr("Shows the passphrase of the last passphrase bundle; the audit log notes it.")
        )
        self.tell_again_button.setAutoDefault(False)
        self.tell_again_button.clicked.connect(self.tell_again)
        self.told_label = self._label(self.tr("Which bundle the passphrase opens"), box)
        self.passphrase_view = PassphraseView(copy, box)
        tell_row = QHBoxLayout()
        tell_row.addWidget(self.tell_again_button)
        tell_row.addStretch(1)
        column = QVBoxLayout(box)
        column.setContentsMargins(24, 0, 0, 0)
        column.addWidget(self.digits_radio)
        column.addWidget(self.words_radio)
        column.addWidget(explanation)
        column.addLayout(tell_row)
        column.addWidget(self.told_label)
        column.addWidget(self.passphrase_view)
        return box

    # -- loading ----------------------------------------------------------------------

    def _load(self) -> None:
        client_id = self._client_id

        def job(vault: Vault) -> _Loaded:
            delivery = Sharing(vault).delivery
            return _Loaded(tuple(delivery.contacts(client_id)), delivery.get(client_id))

        self._session.run(job, self._shown, self._failed)

    def _shown(self, loaded: _Loaded) -> None:
        self._loaded = loaded
        setting = loaded.setting
        self.contact_combo.clear()
        for contact in loaded.contacts:
            self.contact_combo.addItem(contact.label, contact.record_id)
        self.no_contacts_label.setVisible(not loaded.contacts)
        if setting is not None:
            found = self.contact_combo.findData(setting.contact_id)
            self.contact_combo.setCurrentIndex(max(found, 0))
            if setting.mode is DeliveryMode.AGE:
                self.age_radio.setChecked(True)
                self.key_edit.setText(setting.public_key or "")
            elif setting.style is PassphraseStyle.WORDS:
                self.words_radio.setChecked(True)
        self.status_label.setText(self._status_text(setting))
        self._update()

    def _status_text(self, setting: DeliverySetting | None) -> str:
        if setting is None:
            return self.tr(
                "No delivery setting yet: this client's data cannot be exported until one is saved."
            )
        if setting.contact is None:
            return self.tr(
                "The contact person this client's bundles went to was deleted; choose another."
            )
        if setting.mode is DeliveryMode.AGE:
            return self.tr("Now: to {contact}, encrypted to their age key {fingerprint}.").format(
                contact=setting.contact.label, fingerprint=setting.fingerprint
            )
        return self.tr(
            "Now: to {contact}, with a new passphrase ({style}) for each bundle."
        ).format(
            contact=setting.contact.label,
            style=style_name(setting.style or PassphraseStyle.DIGITS),
        )

    # -- the key ----------------------------------------------------------------------

    def _key_edited(self, text: str) -> None:
        """Checked on every change; the fingerprint appears only for a valid key."""
        self._key = None
        self.key_error_label.clear()
        self.fingerprint_label.clear()
        if text.strip():
            try:
                self._key = check_age_recipient(text)
            except BadInput as exc:
                self.key_error_label.setText(core_message(exc))
            else:
                self.fingerprint_label.setText(fingerprint(self._key))
        saved = self._loaded.setting if self._loaded else None
        # A key already saved was confirmed then; a new one needs the phone call.
        self.confirmed_check.setChecked(
            self._key is not None and saved is not None and saved.public_key == self._key
        )
        self._update()

    # -- state ------------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self._busy

    def _contact_id(self) -> str | None:
        data = self.contact_combo.currentData()
        return data if isinstance(data, str) else None

    def can_save(self) -> bool:
        if self._loaded is None or self._busy or self._contact_id() is None:
            return False
        if self.age_radio.isChecked():
            return self._key is not None and self.confirmed_check.isChecked()
        return True

    def _update(self) -> None:
        has_contacts = bool(self._loaded and self._loaded.contacts)
        idle = not self._busy
        self.contact_combo.setEnabled(has_contacts and idle)
        self.mode_box.setEnabled(has_contacts and idle)
        age = self.age_radio.isChecked()
        self.age_box.setVisible(age)
        self.passphrase_box.setVisible(not age)
        self.fingerprint_hint.setVisible(self._key is not None)
        self.confirmed_check.setEnabled(self._key is not None)
        self.key_error_label.setVisible(bool(self.key_error_label.text()))
        setting = self._loaded.setting if self._loaded else None
        self.tell_again_button.setEnabled(setting is not None and setting.has_passphrase)
        self.save_button.setEnabled(self.can_save())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    # -- saving -----------------------------------------------------------------------

    def save(self) -> None:
        contact_id = self._contact_id()
        if not self.can_save() or contact_id is None or self._loaded is None:
            return
        setting = self._loaded.setting
        client_id = self._client_id
        key = self._key if self.age_radio.isChecked() else None
        style = PassphraseStyle.WORDS if self.words_radio.isChecked() else PassphraseStyle.DIGITS
        if (
            setting is not None
            and setting.mode is DeliveryMode.AGE
            and key != setting.public_key
            and not self._prompts.confirm(
                self,
                self.tr("Replace the client's key"),
                self.tr(
                    "Bundles for this client are encrypted to the age key {fingerprint} now. "
                    "Replace it? Bundles already sent still open only with the old key."
                ).format(fingerprint=setting.fingerprint),
                yes=self.tr("Replace"),
            )
        ):
            return

        def job(vault: Vault) -> DeliverySetting:
            delivery = Sharing(vault).delivery
            if key is not None:
                return delivery.set_age(client_id, contact_id, key)
            return delivery.set_passphrase(client_id, contact_id, style)

        self.error_label.hide()
        self._set_busy(True)
        self._session.run(job, self._saved, self._save_failed, changes=client_id)

    def _saved(self, setting: DeliverySetting) -> None:
        self._set_busy(False)
        self.accept()
        self.saved.emit(setting.client_id)

    def _save_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self._failed(error)

    # -- telling the passphrase again -------------------------------------------------

    def tell_again(self) -> None:
        if self._busy:
            return
        client_id = self._client_id
        self.error_label.hide()
        self._set_busy(True)
        self._session.run(
            lambda vault: Sharing(vault).delivery.passphrase(client_id),
            self._told,
            self._save_failed,
        )

    def _told(self, told: ToldPassphrase) -> None:
        self._set_busy(False)
        self.told_label.setText(
            self.tr(
                "The passphrase of the bundle exported on {date} (SHA-256 {sha256}…). "
                "Telling it again is noted in the audit log."
            ).format(date=local_date(told.exported_at), sha256=told.bundle_sha256[:SHA256_SHOWN])
        )
        self.passphrase_view.show_passphrase(told.passphrase)

    # -- errors and closing -----------------------------------------------------------

    def _failed(self, error: Exception) -> None:
        if self._loaded is None:
            self.status_label.clear()
        if isinstance(error, VaultError):
            text = core_message(error)  # the core's messages never hold client data
        else:
            log.error("A delivery setting action failed: %s", type(error).__name__)
            text = self.tr("Something went wrong ({kind}).").format(kind=type(error).__name__)
        self.error_label.setText(text)
        self.error_label.show()

    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def done(self, result: int) -> None:
        """Every close forgets a passphrase shown: it is told once, on request."""
        self.passphrase_view.clear()
        self.told_label.clear()
        super().done(result)

    def _vault_locked(self) -> None:
        """Lock always wins: drop names, the key and the passphrase, and close."""
        self._loaded = None
        self._busy = False
        self.contact_combo.clear()
        for label in (
            self.intro_label,
            self.status_label,
            self.fingerprint_label,
            self.told_label,
            self.no_contacts_label,
        ):
            label.clear()
        self.key_edit.clear()
        self.passphrase_view.clear()
        if self.isVisible():
            self.done(QDialog.DialogCode.Rejected.value)
