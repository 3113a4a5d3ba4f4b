"""Item models for the main window: plain data in, Qt roles out; they never call the vault.

The helpers here are shared by the models so that every search box in the GUI
folds text the same way as the vault's own index (`vault.search.fold`):
NFKC plus case folding, so full-width letters and digits typed with a Japanese
input method find their ASCII forms; katakana as hiragana; digits found with
or without the hyphens between them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, Qt

from vault.domain.dates import era_of
from vault.search import normalize, query_terms, searchable


def search_terms(query: str) -> list[str]:
    """The whitespace-separated terms of a search box, folded like the indexed text."""
    return query_terms(query)


def matches_all(terms: list[str], folded_text: str) -> bool:
    """True when every term is a substring of text made by `fold_for_search`."""
    return all(term in folded_text for term in terms)


def sort_text(text: str) -> str:
    """A sort key that orders the same on every platform locale: width and case folded."""
    return normalize(text)


def fold_for_search(*parts: str) -> str:
    """Text to filter on, built once per row instead of on every keystroke."""
    return "\n".join(searchable(part) for part in parts)


def local_date(iso: str) -> str:
    """An ISO timestamp (UTC in the vault) as a date in the user's time zone and locale."""
    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return day_text(when.astimezone().date())


_style = {"era": False}  # Settings > Dates: 和暦 instead of 西暦 (set by the app)


def show_era_dates(on: bool) -> None:
    """Dates from now on in the Japanese era (R8.12.31) or in Western years."""
    _style["era"] = on


def era_dates_shown() -> bool:
    return _style["era"]


def day_text(day: dt.date) -> str:
    """A date as users read it, compact and unambiguous: `2026/12/31`, `31 Dec 2026`,
    or with the era chosen in Settings, `R8.12.31`.

    Not the locale's short format: in English that is `12/31/26`, which half the
    world reads as another day.
    """
    era = era_of(day) if _style["era"] else None
    if era is not None:
        return f"{era[0].letter}{era[1]}.{day.month}.{day.day}"
    locale = QLocale()
    pattern = "yyyy/MM/dd" if locale.language() == QLocale.Language.Japanese else "d MMM yyyy"
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def header_data(
    titles: Sequence[str], section: int, orientation: Qt.Orientation, role: int
) -> object:
    """Column titles across the top and row numbers down the side, as Qt's default does.

    Worked out here rather than by `super().headerData()`: PySide6 6.12 on CPython
    3.11 drops a reference to None whenever a C++ call returns nothing to Python,
    and views ask for header data on every paint.
    """
    if role != Qt.ItemDataRole.DisplayRole:
        return None
    if orientation == Qt.Orientation.Horizontal:
        return titles[section] if 0 <= section < len(titles) else None
    return section + 1
