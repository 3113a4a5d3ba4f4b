"""Dates as people in Japan type them: 2025-03-31, 2025/3/31, R7.3.31, 令和7年3月31日.

One reader for every front end (GUI date fields, record fields, CLI options,
imports). Full-width digits are accepted; a Japanese-era date must fall inside
its era (平成31年5月1日 does not exist: 令和 began that day).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Era:
    name: str  # 令和
    letter: str  # R
    start: dt.date  # its first day (on the Gregorian calendar)
    year_one: int  # the Western year of its 元年


# Newest first. Meiji counts from 1868, but Japan's Gregorian days start on 明治6年1月1日.
ERAS = (
    Era("令和", "R", dt.date(2019, 5, 1), 2019),
    Era("平成", "H", dt.date(1989, 1, 8), 1989),
    Era("昭和", "S", dt.date(1926, 12, 25), 1926),
    Era("大正", "T", dt.date(1912, 7, 30), 1912),
    Era("明治", "M", dt.date(1873, 1, 1), 1868),
)

_SEP = r"\s*[-/.]\s*"
_WESTERN = re.compile(rf"^(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})$")
_WESTERN_JA = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
_ERA_LETTER = re.compile(rf"^([MTSHR])\s*(\d{{1,2}}|元){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})$", re.I)
_ERA_NAME = re.compile(
    r"^(明治|大正|昭和|平成|令和)\s*(\d{1,2}|元)\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    rf"|{_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}}))$"
)


def read_date(text: str) -> dt.date:
    """The date `text` names; ValueError when it names none (or a day its era never had)."""
    folded = unicodedata.normalize("NFKC", text).strip()
    for pattern in (_WESTERN, _WESTERN_JA):
        match = pattern.match(folded)
        if match:
            year, month, day = (int(part) for part in match.groups())
            return dt.date(year, month, day)
    match = _ERA_LETTER.match(folded)
    if match:
        era = next(e for e in ERAS if e.letter == match.group(1).upper())
        return _in_era(era, match.group(2), match.group(3), match.group(4))
    match = _ERA_NAME.match(folded)
    if match:
        era = next(e for e in ERAS if e.name == match.group(1))
        month_text = match.group(3) or match.group(5)
        day_text = match.group(4) or match.group(6)
        return _in_era(era, match.group(2), month_text, day_text)
    raise ValueError("not a date")


def _in_era(era: Era, year_text: str, month: str, day: str) -> dt.date:
    era_year = 1 if year_text == "元" else int(year_text)
    if era_year < 1:
        raise ValueError("an era starts at year 1")
    date = dt.date(era.year_one + era_year - 1, int(month), int(day))
    newer = [e for e in ERAS if e.start > era.start]
    ends = min(e.start for e in newer) if newer else dt.date.max
    if not era.start <= date < ends:
        raise ValueError("a day outside its era")
    return date


def era_of(day: dt.date) -> tuple[Era, int] | None:
    """The era a day falls in and its year of that era (1 = 元年); None before Meiji 6."""
    for era in ERAS:
        if day >= era.start:
            return era, day.year - era.year_one + 1
    return None
