"""Scheduled backups over a real vault, with the vault's clock and the timers both faked."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from tests.fakes import FakeClock
from tests.ui.fakes import FakeScheduler
from tests.ui.vault_calls import call
from ui.backups.backup_status import WARNING_STYLE, BackupStatus, age_text
from ui.backups.scheduler import CHECK_SECONDS, RETRY_SECONDS, BackupScheduler
from ui.settings.settings import Settings
from ui.vault_session import VaultSession
from vault.backup.manager import BackupManager
from vault.backup.schedule import Frequency
from vault.domain.model import RecordKind
from vault.erasure.eraser import Eraser
from vault.session import Vault


class Chosen:
    """The app's current settings, as the scheduler reads them at each check."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self) -> Settings:
        return self.settings


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "USB" / "バックアップ"


@pytest.fixture
def chosen(folder: Path) -> Chosen:
    return Chosen(
        Settings(backup_frequency=Frequency.DAILY, backup_folder=str(folder), backup_keep=2)
    )


@pytest.fixture
def timers() -> FakeScheduler:
    return FakeScheduler()


@pytest.fixture
def scheduler(
    gui_session: VaultSession, chosen: Chosen, timers: FakeScheduler, clock: FakeClock
) -> BackupScheduler:
    return BackupScheduler(gui_session, chosen, timers, clock)


@pytest.fixture
def bar(qtbot: QtBot) -> QStatusBar:
    made = QStatusBar()
    qtbot.addWidget(made)
    return made


@pytest.fixture
def status(bar: QStatusBar, scheduler: BackupScheduler) -> BackupStatus:
    label = BackupStatus(scheduler, bar)
    bar.addPermanentWidget(label)
    bar.show()
    return label


def backups_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def registered(qtbot: QtBot, session: VaultSession) -> list[str]:
    return [b.id for b in call(qtbot, session, lambda v: BackupManager(v).list())]


def settle(qtbot: QtBot, scheduler: BackupScheduler) -> None:
    qtbot.waitUntil(lambda: scheduler.known and scheduler.idle, timeout=20_000)


def tick(qtbot: QtBot, scheduler: BackupScheduler, timers: FakeScheduler) -> None:
    timers.advance(CHECK_SECONDS, step=CHECK_SECONDS)
    settle(qtbot, scheduler)


def test_a_due_backup_is_made_in_the_chosen_folder_and_shown_in_the_status_bar(
    qtbot: QtBot,
    gui_session: VaultSession,
    scheduler: BackupScheduler,
    status: BackupStatus,
    folder: Path,
) -> None:
    assert status.isHidden()  # nothing read yet
    scheduler.check()  # what the unlock does
    settle(qtbot, scheduler)
    made = backups_in(folder)
    assert len(made) == 1
    assert registered(qtbot, gui_session) == made  # registered: an erasure reaches it
    assert status.text() == "Last backup: just now"
    assert status.styleSheet() == ""


def test_each_day_one_more_and_only_the_newest_n_are_kept(
    qtbot: QtBot,
    gui_session: VaultSession,
    scheduler: BackupScheduler,
    status: BackupStatus,
    timers: FakeScheduler,
    clock: FakeClock,
    folder: Path,
) -> None:
    scheduler.check()
    settle(qtbot, scheduler)
    first = backups_in(folder)
    clock.advance(hours=5)
    tick(qtbot, scheduler, timers)
    assert backups_in(folder) == first  # not due yet
    assert status.text() == "Last backup: 5 hours ago"
    made = list(first)
    for _day in range(3):
        clock.advance(days=1)
        tick(qtbot, scheduler, timers)
        made = sorted({*made, *backups_in(folder)})
    assert len(made) == 4
    kept = backups_in(folder)
    assert len(kept) == 2
    assert kept == made[-2:]  # the newest two, pruned through the manager
    assert sorted(registered(qtbot, gui_session)) == kept  # the registry agrees with the disk


def test_weekly_waits_a_week(
    qtbot: QtBot,
    scheduler: BackupScheduler,
    chosen: Chosen,
    timers: FakeScheduler,
    clock: FakeClock,
    folder: Path,
) -> None:
    chosen.settings = dataclasses.replace(chosen.settings, backup_frequency=Frequency.WEEKLY)
    scheduler.check()
    settle(qtbot, scheduler)
    clock.advance(days=6)
    tick(qtbot, scheduler, timers)
    assert len(backups_in(folder)) == 1
    clock.advance(days=1)
    tick(qtbot, scheduler, timers)
    assert len(backups_in(folder)) == 2


def test_off_makes_none_and_an_old_backup_is_shown_as_overdue(
    qtbot: QtBot,
    gui_session: VaultSession,
    scheduler: BackupScheduler,
    status: BackupStatus,
    chosen: Chosen,
    timers: FakeScheduler,
    clock: FakeClock,
    folder: Path,
) -> None:
    chosen.settings = dataclasses.replace(chosen.settings, backup_frequency=Frequency.OFF)
    scheduler.check()
    settle(qtbot, scheduler)
    assert status.text() == "Last backup: never"
    assert status.styleSheet() == WARNING_STYLE
    assert not folder.exists()
    call(qtbot, gui_session, lambda v: BackupManager(v).create())  # by hand, in Vault > Backups
    clock.advance(days=3)
    tick(qtbot, scheduler, timers)
    assert status.text() == "Last backup: 3 days ago"
    assert status.styleSheet() == ""
    clock.advance(days=5)
    tick(qtbot, scheduler, timers)
    assert status.text() == "Last backup: 8 days ago"
    assert status.styleSheet() == WARNING_STYLE


def test_an_overdue_backup_is_made_at_unlock_and_a_lock_stops_the_checks(
    qtbot: QtBot,
    gui_session: VaultSession,
    scheduler: BackupScheduler,
    status: BackupStatus,
    timers: FakeScheduler,
    clock: FakeClock,
    folder: Path,
) -> None:
    scheduler.check()
    settle(qtbot, scheduler)
    gui_session.lock()
    assert status.isHidden()
    clock.advance(days=2)
    timers.advance(CHECK_SECONDS, step=CHECK_SECONDS)  # locked: nothing happens
    qtbot.wait(100)
    assert len(backups_in(folder)) == 1
    errors: list[Exception] = []
    gui_session.unlock(password=PASSWORD, on_done=lambda _none: None, on_error=errors.append)
    settle(qtbot, scheduler)
    assert not errors
    assert len(backups_in(folder)) == 2
    assert status.text() == "Last backup: just now"


def test_a_failed_backup_is_shown_and_tried_again_an_hour_later(
    qtbot: QtBot,
    gui_session: VaultSession,
    scheduler: BackupScheduler,
    status: BackupStatus,
    chosen: Chosen,
    timers: FakeScheduler,
    tmp_path: Path,
    folder: Path,
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    chosen.settings = dataclasses.replace(chosen.settings, backup_folder=str(blocker))
    scheduler.check()
    settle(qtbot, scheduler)
    assert "is not a folder" in scheduler.failure
    assert status.text() == "Last backup: never (the scheduled backup failed)"
    assert "is not a folder" in status.toolTip()
    assert status.styleSheet() == WARNING_STYLE
    tick(qtbot, scheduler, timers)  # no retry at every tick
    chosen.settings = dataclasses.replace(chosen.settings, backup_folder=str(folder))
    tick(qtbot, scheduler, timers)
    assert not folder.exists()
    timers.advance(RETRY_SECONDS, step=CHECK_SECONDS)
    settle(qtbot, scheduler)
    assert len(backups_in(folder)) == 1
    assert scheduler.failure == ""
    assert status.text() == "Last backup: just now"


def test_erasing_a_client_reaches_the_scheduled_backups(
    qtbot: QtBot, gui_session: VaultSession, scheduler: BackupScheduler, folder: Path
) -> None:
    def add(vault: Vault) -> str:
        client = vault.clients.add_client("山田商店")
        vault.clients.add_record(client.id, RecordKind.NOTE, "打ち合わせ", ())
        return client.id

    client_id = call(qtbot, gui_session, add)
    scheduler.check()
    settle(qtbot, scheduler)
    (made,) = backups_in(folder)
    holding = call(qtbot, gui_session, lambda v: BackupManager(v).holding([client_id]))
    assert [b.id for b in holding] == [made]

    def erase(vault: Vault) -> bool:
        eraser = Eraser(vault)
        return eraser.erase(eraser.client_target(client_id), "manual").finished

    assert call(qtbot, gui_session, erase)
    assert backups_in(folder) == [made]  # rewritten without the client, not deleted
    holding = call(qtbot, gui_session, lambda v: BackupManager(v).holding([client_id]))
    assert holding == []


@pytest.mark.parametrize(
    ("age", "text"),
    [
        (dt.timedelta(seconds=59), "just now"),
        (dt.timedelta(minutes=1), "1 minute ago"),
        (dt.timedelta(minutes=59), "59 minutes ago"),
        (dt.timedelta(hours=1, minutes=30), "1 hour ago"),
        (dt.timedelta(hours=23), "23 hours ago"),
        (dt.timedelta(days=1, hours=20), "1 day ago"),
        (dt.timedelta(days=40), "40 days ago"),
    ],
)
def test_ages_read_as_people_say_them(age: dt.timedelta, text: str) -> None:
    assert age_text(age) == text
