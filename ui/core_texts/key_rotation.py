"""Record binding (issue 12, item 12) and re-keying every client key (item 11)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MARKED = (
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "vault.db asks for its records to be converted from the old format again, which "
        "only a change to the database itself can do: it was altered.",
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "The re-key was cancelled; nothing was changed."),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "A stored value failed its integrity check while the vault was re-keyed; nothing "
        "was changed.",
    ),
)
