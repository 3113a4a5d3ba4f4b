"""The core's error messages, in the user's language.

vault/ never imports Qt, so its errors carry an English template plus parameters
(vault/errors.py). Here the template is translated in the "VaultMessages" context and
then filled in. TEMPLATES lists every template raised under vault/ (marked in ui/core_texts/, so
pyside6-lupdate puts them in the .ts files); tests/ui/test_core_messages.py keeps the list complete.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.core_texts import (
    after_incidents,
    first_hour,
    hardening,
    key_rotation,
    sharing_and_import,
    vault_on_disk,
)
from vault.errors import VaultError

CONTEXT = "VaultMessages"


def core_message(error: Exception) -> str:
    """One sentence for the user. An unexpected exception's own text is never shown:
    it could hold client data; only its type is named."""
    if isinstance(error, VaultError):
        text = QCoreApplication.translate(CONTEXT, error.template)
        if not error.params:
            return text  # taken literally, as VaultError does
        params = {
            key: _field_name(value) if key in ("what", "field") else value
            for key, value in error.params.items()
        }
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):  # a translation with broken placeholders
            return str(error)
    return QCoreApplication.translate("VaultMessages", "Something went wrong ({kind}).").format(
        kind=type(error).__name__
    )


_FIELD_NAMES = frozenset(str(name) for name in first_hour.FIELD_NAMES)


def _field_name(value: object) -> object:
    """A field the core names in a message ("contract start") in the user's language."""
    if isinstance(value, str) and value in _FIELD_NAMES:
        return QCoreApplication.translate(first_hour.FIELD_NAMES_CONTEXT, value)
    return value


_MARKED = (
    *vault_on_disk.MARKED,
    *sharing_and_import.MARKED,
    *after_incidents.MARKED,
    *hardening.MARKED,
    *first_hour.MARKED,
    *key_rotation.MARKED,
)
# QT_TRANSLATE_NOOP hands its text back unchanged; the stubs only type it as object.
TEMPLATES: tuple[str, ...] = tuple(str(template) for template in _MARKED)

# Notes the core returns rather than raises (translated in the same context).
NOTES: tuple[str, ...] = (
    str(
        QT_TRANSLATE_NOOP(
            "VaultMessages",
            "The source file was overwritten once and deleted. On SSDs and copy-on-write file "
            "systems (APFS, Btrfs, ZFS) an overwrite cannot be guaranteed to reach the old data, "
            "and backups or synced copies keep theirs: full-disk encryption is what protects "
            "those.",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "VaultMessages",
            "The vault's disk is full, so this export is not in the access log yet: it was noted "
            "in a small sealed file in the vault folder and will be added to the log at the next "
            "unlock with room.",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "VaultMessages",
            "The vault folder cannot be written (its disk is full or it is read-only), so this "
            "export could not be recorded anywhere: it is not in the access log and will not be "
            "added later.",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "VaultMessages",
            "The vault folder cannot be written, so this passphrase was not kept and cannot be "
            "told again later: note it now.",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "VaultMessages",
            "This system has no backup exclusion that every backup tool honours: leave the "
            "vault folder out of your backup tool yourself, and use ClientVault's own "
            "backups, which erasures reach.",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "VaultMessages",
            "Time Machine refused to exclude the vault folder: exclude it in its settings, "
            "and use ClientVault's own backups, which erasures reach.",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "VaultMessages",
            "The vault folder is excluded from Time Machine; ClientVault's own backups are "
            "the supported way.",
        )
    ),
)


def core_notes(notes: tuple[str, ...]) -> str:
    """Notes a result carries (NOTES), translated, each on a line of its own after a blank."""
    return "".join("\n\n" + QCoreApplication.translate(CONTEXT, note) for note in notes)
