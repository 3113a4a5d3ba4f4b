"""The reminder after unlock: only when something is overdue, never modal, gone on lock."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.fakes import ScriptedPrompts
from tests.ui.vault_calls import call, unlock
from ui.app import App
from vault.domain.retention import Rule, RuleCode
from vault.erasure import sweep
from vault.session import Vault

LONG_AGO = dt.date(2001, 1, 1)  # overdue whatever day the test runs on


def settle(qtbot: QtBot, app: App) -> None:
    """Wait until every job queued so far has answered (the vault thread is first in, first out)."""
    call(qtbot, app.session, lambda _v: None)


def record_ids(qtbot: QtBot, app: App) -> list[str]:
    def ids(vault: Vault) -> list[str]:
        client = next(c for c in vault.clients.list_clients() if c.name == "山田商店")
        return [r.id for r in vault.clients.list_records(client.id)]

    return call(qtbot, app.session, ids)


def date_records(qtbot: QtBot, app: App, day: dt.date, count: int) -> list[str]:
    chosen = record_ids(qtbot, app)[:count]

    def pin(vault: Vault) -> None:
        for record_id in chosen:
            vault.retention.set_rule(record_id, Rule(RuleCode.FIXED, day))

    call(qtbot, app.session, pin)
    return chosen


def relock(qtbot: QtBot, app: App) -> None:
    app.lock.lock("user")
    unlock(qtbot, app)
    settle(qtbot, app)


def test_nothing_overdue_shows_no_reminder(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    settle(qtbot, app)
    assert app.window.retention_banner.isHidden()


def test_overdue_items_are_announced_without_a_popup(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    date_records(qtbot, app, LONG_AGO, 2)
    relock(qtbot, app)
    banner = app.window.retention_banner
    assert banner.isVisible()
    assert banner.label.text() == "2 items are past their retention date."
    assert "2 items" in banner.accessibleDescription()
    assert QApplication.activeModalWidget() is None
    prompts = app.prompts
    assert isinstance(prompts, ScriptedPrompts)
    assert prompts.asked == []


def test_review_opens_the_due_view(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    date_records(qtbot, app, LONG_AGO, 1)
    relock(qtbot, app)
    banner = app.window.retention_banner
    assert banner.label.text() == "1 item is past its retention date."
    banner.review_button.click()
    assert app.window.due_view.isVisible()
    assert banner.isHidden()
    qtbot.waitUntil(lambda: app.window.due_view.model.rowCount() == 1, timeout=10_000)


def test_the_reminder_disappears_on_lock(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    date_records(qtbot, app, LONG_AGO, 1)
    relock(qtbot, app)
    assert app.window.retention_banner.isVisible()
    app.lock.lock("idle")
    assert app.window.retention_banner.isHidden()
    assert app.window.retention_banner.label.text() == ""


def test_dismissed_it_stays_away_until_the_next_unlock(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    chosen = date_records(qtbot, app, LONG_AGO, 2)
    relock(qtbot, app)
    banner = app.window.retention_banner
    banner.dismiss_button.click()
    assert banner.isHidden()
    app.session.run(lambda v: v.retention.set_rule(chosen[0], None), changes="")
    settle(qtbot, app)
    assert banner.isHidden()
    relock(qtbot, app)
    assert banner.label.text() == "1 item is past its retention date."


def test_it_goes_away_once_nothing_is_overdue_and_ignores_held_items(
    qtbot: QtBot, app: App
) -> None:
    unlock(qtbot, app)
    first, second = date_records(qtbot, app, LONG_AGO, 2)
    relock(qtbot, app)
    banner = app.window.retention_banner
    assert banner.isVisible()

    def resolve(vault: Vault) -> None:
        vault.retention.set_rule(first, None)
        vault.retention.hold(second, "係争中のため保全")

    app.session.run(resolve, changes="")
    settle(qtbot, app)
    settle(qtbot, app)  # the recheck the change started
    assert banner.isHidden()
    relock(qtbot, app)
    assert banner.isHidden()


def test_automatic_rules_are_swept_at_unlock_and_reported(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)
    erased = date_records(qtbot, app, LONG_AGO, 2)
    call(qtbot, app.session, lambda v: sweep.set_automatic(v, "fixed", True))
    relock(qtbot, app)
    banner = app.window.retention_banner
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert "Erased automatically: 2 records" in banner.label.text()
    assert not banner.review_button.isVisibleTo(banner)  # nothing left to review
    assert not set(erased) & set(record_ids(qtbot, app))
    certificates = list((app.session.folder / "certificates").iterdir())
    assert len(certificates) == 1
