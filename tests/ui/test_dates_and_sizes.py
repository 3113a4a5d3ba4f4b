"""Dates in local time, in Western years or the Japanese era as chosen; sizes in KB and MB."""

from __future__ import annotations

import datetime as dt
import re

from pytestqt.qtbot import QtBot

from tests.ui.vault_calls import unlock
from ui.app import App
from ui.models import day_text
from ui.models.backups import data_size
from ui.models.clients import ClientListModel
from ui.settings.settings import DateStyle


def _updated(app: App) -> list[str]:
    model = app.window.clients
    return [str(model.index(r, ClientListModel.Column.UPDATED).data()) for r in range(2)]


def test_settings_switch_the_client_list_to_the_japanese_era_and_back(
    qtbot: QtBot, language: str, app: App
) -> None:
    unlock(qtbot, app)
    western = _updated(app)
    if language == "ja":
        assert all(re.fullmatch(r"\d{4}/\d{2}/\d{2}", d) for d in western)
    else:  # day, month name, year: no reader takes 03/04 for 4 March
        assert all(re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}", d) for d in western)
    dialog = app.open_settings()
    dialog.date_style.setCurrentIndex(dialog.date_style.findData(DateStyle.ERA.value))
    dialog.save()
    qtbot.waitUntil(lambda: all(d.startswith("R") for d in _updated(app)), timeout=10_000)
    assert all(re.fullmatch(r"R\d+\.\d{1,2}\.\d{1,2}", d) for d in _updated(app))
    assert app.settings_store.load().date_style is DateStyle.ERA
    dialog = app.open_settings()
    assert dialog.date_style.currentData() == DateStyle.ERA.value
    dialog.date_style.setCurrentIndex(dialog.date_style.findData(DateStyle.WESTERN.value))
    dialog.save()
    qtbot.waitUntil(lambda: _updated(app) == western, timeout=10_000)


def test_era_dates_count_the_era_s_years(qtbot: QtBot, app: App) -> None:
    dialog = app.open_settings()
    dialog.date_style.setCurrentIndex(dialog.date_style.findData(DateStyle.ERA.value))
    dialog.save()
    try:
        assert day_text(dt.date(2025, 3, 31)) == "R7.3.31"
        assert day_text(dt.date(2019, 4, 30)) == "H31.4.30"
    finally:
        dialog = app.open_settings()
        dialog.date_style.setCurrentIndex(dialog.date_style.findData(DateStyle.WESTERN.value))
        dialog.save()
    assert day_text(dt.date(2025, 3, 31)) != "R7.3.31"


def test_sizes_read_in_kb_and_mb(language: str) -> None:
    assert data_size(1536) in ("1.5 KB", "1.5 kB")  # not 1.5 KiB
    assert data_size(20 * 1024 * 1024) == "20.0 MB"
