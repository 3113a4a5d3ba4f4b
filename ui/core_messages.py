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
        try:
            return text.format(**error.params)
        except (KeyError, IndexError, ValueError):  # a translation with broken placeholders
            return str(error)
    return QCoreApplication.translate("VaultMessages", "Something went wrong ({kind}).").format(
        kind=type(error).__name__
    )


_MARKED = (
    *vault_on_disk.MARKED,
    *sharing_and_import.MARKED,
    *after_incidents.MARKED,
    *hardening.MARKED,
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
)
