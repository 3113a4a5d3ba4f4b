"""Does a record look like special-care data (要配慮個人情報, APPI art. 2(3)) though it is
not flagged? A keyword check, kept on its own so a better recogniser can replace it.

It answers with the APPI category matched, never the text that matched.
"""

from __future__ import annotations

import unicodedata

from vault.domain.model import Record, Sensitivity

_WORDS: dict[str, tuple[str, ...]] = {
    "health": (
        "病歴",
        "病名",
        "持病",
        "既往",
        "診断",
        "通院",
        "入院",
        "服薬",
        "処方",
        "健康診断",
        "medical",
        "diagnos",
        "medication",
        "hospital",
    ),
    "disability": ("障害", "障がい", "disabilit"),
    "creed": ("信条", "宗教", "信仰", "religio"),
    "race": ("人種", "民族", "ethnic"),
    "social_status": ("社会的身分", "被差別"),
    "criminal_record": ("犯罪歴", "前科", "逮捕", "起訴", "criminal", "conviction"),
    "crime_victim": ("犯罪被害",),
}


def special_care_hints(record: Record) -> list[str]:
    """The categories an unflagged record's title, keys or values suggest; [] if flagged."""
    if record.sensitivity is Sensitivity.SPECIAL_CARE:
        return []
    texts = [record.title, *(f"{f.key} {f.value}" for f in record.fields)]
    folded = unicodedata.normalize("NFKC", "\n".join(texts)).casefold()
    return [name for name, words in _WORDS.items() if any(w in folded for w in words)]
