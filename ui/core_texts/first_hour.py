"""Client readings (furigana) and the names of fields in the core's messages (issue 16)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MARKED = (
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Furigana can hold only kana (hiragana or katakana), spaces and ー.",
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "Unknown draft form."),
)

# The names the core puts in its messages' {what} and {field} ("The contract start is not a
# real date"), translated in their own context by `core_message`.
FIELD_NAMES_CONTEXT = "VaultFieldNames"
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("VaultFieldNames", "e-mail"),
    QT_TRANSLATE_NOOP("VaultFieldNames", "phone"),
    QT_TRANSLATE_NOOP("VaultFieldNames", "contract start"),
    QT_TRANSLATE_NOOP("VaultFieldNames", "contract end"),
    QT_TRANSLATE_NOOP("VaultFieldNames", "retention date"),
    QT_TRANSLATE_NOOP("VaultFieldNames", "furigana"),
    QT_TRANSLATE_NOOP("VaultFieldNames", "notes"),
    QT_TRANSLATE_NOOP("VaultFieldNames", "title"),
    QT_TRANSLATE_NOOP("VaultFieldNames", "field name"),
    QT_TRANSLATE_NOOP("VaultFieldNames", "hold reason"),
)
