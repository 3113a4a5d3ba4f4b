"""SweepDialog on a real vault: exactly what is overdue, holds kept, stopping, automatic rules."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QDialog
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORD
from tests.ui.fakes import ScriptedPrompts
from tests.ui.vault_calls import call
from ui.models.sweep import SweepModel
from ui.retention.sweep_dialog import SweepDialog
from ui.vault_session import VaultSession
from vault.domain.model import RecordKind
from vault.domain.retention import Rule, RuleCode
from vault.erasure import sweep
from vault.erasure.eraser import Eraser, ErasureResult, Target
from vault.erasure.sweep import AUTOMATIC_CHOICES
from vault.session import Vault

TODAY = dt.date(2026, 11, 22)  # the fake clock's day (tests/fakes.py)
PAST = Rule(RuleCode.FIXED, dt.date(2026, 10, 1))
Role = SweepModel.Role


@dataclass(frozen=True)
class Seeded:
    ended: str  # contract ended in August: erased whole
    running: str  # under contract: one record overdue, one due today, one held
    third: str  # one record overdue
    old: str
    today: str
    held: str
    third_note: str


@pytest.fixture
def seeded(qtbot: QtBot, gui_session: VaultSession) -> Seeded:
    def seed(vault: Vault) -> Seeded:
        ended = vault.clients.add_client("終了した顧客")
        vault.clients.add_record(ended.id, RecordKind.CONTACT, "担当者")
        vault.clients.add_record(ended.id, RecordKind.NOTE, "引き継ぎメモ")
        vault.retention.set_contract(ended.id, None, dt.date(2026, 8, 31))
        running = vault.clients.add_client("継続中の顧客")
        old = vault.clients.add_record(running.id, RecordKind.NOTE, "古いメモ")
        today = vault.clients.add_record(running.id, RecordKind.NOTE, "今日までのメモ")
        held = vault.clients.add_record(running.id, RecordKind.RECORD, "帳簿 2018")
        vault.retention.set_rule(old.id, PAST)
        vault.retention.set_rule(today.id, Rule(RuleCode.FIXED, TODAY))
        vault.retention.set_rule(held.id, PAST)
        vault.retention.hold(held.id, "税務調査のため保全")
        third = vault.clients.add_client("Third Client")
        note = vault.clients.add_record(third.id, RecordKind.NOTE, "Old brief")
        vault.retention.set_rule(note.id, PAST)
        return Seeded(ended.id, running.id, third.id, old.id, today.id, held.id, note.id)

    return call(qtbot, gui_session, seed)


class Opened:
    def __init__(self) -> None:
        self.folders: list[Path] = []

    def __call__(self, folder: Path) -> None:
        self.folders.append(folder)


def open_dialog(
    qtbot: QtBot,
    session: VaultSession,
    answers: list[bool | Path | None] | None = None,
    opened: Opened | None = None,
) -> tuple[SweepDialog, ScriptedPrompts]:
    prompts = ScriptedPrompts(answers)
    dialog = SweepDialog(session, prompts, open_folder=opened or Opened())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=10_000)
    return dialog, prompts


def shown(dialog: SweepDialog) -> dict[str | None, tuple[str, bool]]:
    """Record id (None: a client's entry) -> (client id, held) of every row."""
    model = dialog.model
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    return {
        i.data(Role.RecordIdRole): (i.data(Role.ClientIdRole), i.data(Role.HeldRole)) for i in rows
    }


def records_left(qtbot: QtBot, session: VaultSession, client_id: str) -> set[str]:
    return call(qtbot, session, lambda v: {r.id for r in v.clients.list_records(client_id)})


def client_ids(qtbot: QtBot, session: VaultSession) -> set[str]:
    return call(qtbot, session, lambda v: {c.id for c in v.clients.list_clients()})


def due_clients(qtbot: QtBot, session: VaultSession) -> int:
    """Clients with something the sweep would still erase."""
    return call(qtbot, session, lambda v: len([b for b in sweep.plan(v) if b.items]))


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box itself (a stretched checkbox ignores clicks past its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(4, box.height() // 2))


def wait_done(qtbot: QtBot, dialog: SweepDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_running and not dialog.is_loading, timeout=30_000)


def test_the_plan_lists_exactly_what_is_overdue_with_holds_greyed(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog, prompts = open_dialog(qtbot, gui_session)
    rows = shown(dialog)
    ended_records = records_left(qtbot, gui_session, seeded.ended)
    assert set(rows) == {None, *ended_records, seeded.old, seeded.held, seeded.third_note}
    assert seeded.today not in rows  # its last kept day is today: not yet
    assert rows[None] == (seeded.ended, False)
    assert rows[seeded.held] == (seeded.running, True)
    held = next(
        dialog.model.index(r, 0)
        for r in range(dialog.model.rowCount())
        if dialog.model.index(r, 0).data(Role.RecordIdRole) == seeded.held
    )
    assert not dialog.model.flags(held) & Qt.ItemFlag.ItemIsEnabled
    assert dialog.summary_label.text() == (
        "Records: 4 · Clients: 3 · Erased whole, with their key: 1 · On legal hold (kept): 1"
    )
    assert dialog.erase_button.isEnabled()
    assert not dialog.erase_button.isDefault()
    assert prompts.asked == []


def test_declining_the_question_erases_nothing(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog, prompts = open_dialog(qtbot, gui_session, answers=[False])
    click(qtbot, dialog.erase_button)
    assert prompts.asked == [
        (
            "confirm",
            "Erase 4 records of 3 clients now (1 of them whole, with their key)? One deletion "
            "certificate is written per client. This cannot be undone. Items on legal hold "
            "are kept: 1.",
        )
    ]
    assert not dialog.is_running
    assert client_ids(qtbot, gui_session) == {seeded.ended, seeded.running, seeded.third}


def test_running_the_plan_erases_it_keeps_the_held_and_lists_certificates(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    opened = Opened()
    dialog, _ = open_dialog(qtbot, gui_session, answers=[True], opened=opened)
    with qtbot.waitSignal(dialog.clients_erased, timeout=30_000) as erased:
        click(qtbot, dialog.erase_button)
        assert dialog.is_running
        assert dialog.progress.isVisible()
        assert dialog.progress_label.text() == "Erased 0 of 3 clients…"
        assert not dialog.close_button.isEnabled()
    assert erased.args == [[seeded.ended]]
    wait_done(qtbot, dialog)
    assert dialog.result_label.text() == "Erased: 3 clients. Their deletion certificates:"
    folders = dialog.certificate_folders()
    assert len(folders) == 3
    assert all(folder.is_dir() for folder in folders)
    assert dialog.certificates.item(0).text().startswith("2026-11-22 · ")

    assert client_ids(qtbot, gui_session) == {seeded.running, seeded.third}
    assert records_left(qtbot, gui_session, seeded.running) == {seeded.today, seeded.held}
    assert records_left(qtbot, gui_session, seeded.third) == set()
    assert set(shown(dialog)) == {seeded.held}  # the plan again: only the held record
    assert not dialog.erase_button.isEnabled()

    click(qtbot, dialog.open_folder_button)
    assert opened.folders == [folders[0]]


@pytest.fixture
def paused(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, threading.Event]]:
    """Erasures pause after the first client until the test says go: (paused, go)."""
    first_done, go = threading.Event(), threading.Event()
    real = Eraser.erase

    def erase(
        self: Eraser, target: Target, reason: str, rules: Sequence[str] = (), progress: None = None
    ) -> ErasureResult:
        result = real(self, target, reason, rules, progress)
        if not first_done.is_set():
            first_done.set()
            go.wait(timeout=20)
        return result

    monkeypatch.setattr(Eraser, "erase", erase)
    yield first_done, go
    go.set()  # never leave the vault thread waiting


def test_stop_ends_the_sweep_between_clients_and_says_how_many(
    qtbot: QtBot,
    gui_session: VaultSession,
    seeded: Seeded,
    paused: tuple[threading.Event, threading.Event],
) -> None:
    first_done, go = paused
    dialog, _ = open_dialog(qtbot, gui_session, answers=[True])
    click(qtbot, dialog.erase_button)
    qtbot.waitUntil(first_done.is_set, timeout=20_000)
    click(qtbot, dialog.stop_button)
    assert dialog.progress_label.text() == "Stopping after the current client…"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # also only asks to stop
    assert dialog.isVisible()
    go.set()
    wait_done(qtbot, dialog)
    assert dialog.result_label.text() == (
        "Stopped: 1 of 3 clients erased. The rest is listed again."
    )
    assert len(dialog.certificate_folders()) == 1
    assert due_clients(qtbot, gui_session) == 2
    assert dialog.model.summary().clients == 2


def test_a_lock_closes_the_dialog_and_stops_the_sweep_after_the_current_client(
    qtbot: QtBot,
    gui_session: VaultSession,
    seeded: Seeded,
    paused: tuple[threading.Event, threading.Event],
) -> None:
    first_done, go = paused
    dialog, prompts = open_dialog(qtbot, gui_session, answers=[True])
    click(qtbot, dialog.erase_button)
    qtbot.waitUntil(first_done.is_set, timeout=20_000)
    gui_session.lock()
    assert not dialog.isVisible()
    assert dialog.model.rowCount() == 0
    assert dialog.summary_label.text() == ""
    go.set()
    outcome: list[Exception | None] = []
    gui_session.unlock(
        password=PASSWORD, on_done=lambda _: outcome.append(None), on_error=outcome.append
    )
    qtbot.waitUntil(lambda: bool(outcome), timeout=20_000)
    assert outcome == [None]
    assert due_clients(qtbot, gui_session) == 2  # the lock stopped it after one client
    assert len(prompts.asked) == 1


def test_a_failing_client_stops_the_sweep_and_the_views_still_reload(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog, _ = open_dialog(qtbot, gui_session, answers=[True])
    call(qtbot, gui_session, lambda v: v.retention.hold(seeded.old, "後から保全"))
    with qtbot.waitSignal(gui_session.changed, timeout=30_000) as changed:
        click(qtbot, dialog.erase_button)
    assert changed.args == [""]
    wait_done(qtbot, dialog)
    assert dialog.error_label.text().startswith(
        "The sweep stopped: Some of this data is on legal hold; release the hold before erasing it."
    )
    assert shown(dialog)[seeded.old] == (seeded.running, True)  # listed again, now held
    assert seeded.old in records_left(qtbot, gui_session, seeded.running)


def test_a_lock_closes_an_idle_dialog(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog, _ = open_dialog(qtbot, gui_session)
    gui_session.lock()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.model.rowCount() == 0


def test_automatic_rules_are_saved_at_once_and_shown_next_time(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog, _ = open_dialog(qtbot, gui_session)
    assert set(dialog.automatic_boxes) == set(AUTOMATIC_CHOICES)
    assert not any(box.isChecked() for box in dialog.automatic_boxes.values())
    assert dialog.automatic_boxes["client"].text() == "Whole clients (after their contract ended)"
    assert dialog.automatic_boxes["personal"].text() == "Personal data (contract end + 30 days)"
    tick(qtbot, dialog.automatic_boxes["personal"])
    tick(qtbot, dialog.automatic_boxes["client"])
    qtbot.waitUntil(
        lambda: call(qtbot, gui_session, sweep.automatic_rules) == ["client", "personal"],
        timeout=10_000,
    )
    tick(qtbot, dialog.automatic_boxes["client"])
    qtbot.waitUntil(
        lambda: call(qtbot, gui_session, sweep.automatic_rules) == ["personal"], timeout=10_000
    )
    dialog.close()

    again, _ = open_dialog(qtbot, gui_session)
    checked = {rule for rule, box in again.automatic_boxes.items() if box.isChecked()}
    assert checked == {"personal"}


def test_with_nothing_due_the_dialog_says_so(qtbot: QtBot, gui_session: VaultSession) -> None:
    dialog, _ = open_dialog(qtbot, gui_session)
    assert dialog.status_label.text() == "Nothing is past its last kept day."
    assert dialog.model.rowCount() == 0
    assert not dialog.erase_button.isEnabled()


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, gui_session: VaultSession, seeded: Seeded
) -> None:
    dialog, _ = open_dialog(qtbot, gui_session)
    controls = [
        dialog.table,
        dialog.summary_label,
        dialog.progress,
        dialog.stop_button,
        dialog.certificates,
        dialog.open_folder_button,
        dialog.erase_button,
        dialog.close_button,
        *dialog.automatic_boxes.values(),
    ]
    assert all(control.accessibleName() for control in controls)
