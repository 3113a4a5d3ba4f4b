"""Client readings (furigana) and the import's per-field problems (issue 16)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MARKED = (
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Furigana can hold only kana (hiragana or katakana), spaces and ー.",
    ),
)
