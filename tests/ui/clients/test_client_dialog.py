"""ClientDialog against a real vault: names, addresses and numbers as a Japanese user types them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from tests.fakes import FakeClock
from tests.ui.fakes import ScriptedPrompts, type_text
from tests.ui.vault_calls import call, save, save_fails
from ui.clients.client_dialog import ClientDialog, OptionalDate
from ui.vault_session import VaultSession
from vault.domain.model import Client, RecordKind
from vault.domain.retention import Rule, RuleCode
from vault.session import Vault
from vault.storage.retention_store import Contract

MOBILE = "０９０－１２３４－５６７８"


@pytest.fixture
def session(gui_session: VaultSession) -> VaultSession:
    """The shared created-and-unlocked session (tests/ui/conftest.py)."""
    return gui_session


def clients(qtbot: QtBot, session: VaultSession) -> list[Client]:
    return call(qtbot, session, lambda v: v.clients.list_clients())


def open_dialog(
    qtbot: QtBot,
    session: VaultSession,
    client: Client | None = None,
    prompts: ScriptedPrompts | None = None,
    contract: Contract | None = None,
) -> ClientDialog:
    dialog = ClientDialog(session, prompts or ScriptedPrompts(), client, contract=contract)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_add_a_client_with_japanese_name_full_width_phone_and_two_addresses(
    qtbot: QtBot, session: VaultSession
) -> None:
    dialog = open_dialog(qtbot, session)
    assert dialog.windowTitle() == "New client"
    type_text(qtbot, dialog.name_edit, "株式会社サンプル 🍣")
    type_text(qtbot, dialog.emails_edit, "info@example.jp\n\nｓａｌｅｓ@example.jp")
    type_text(qtbot, dialog.phones_edit, MOBILE + "\n03-1234-5678")
    type_text(qtbot, dialog.notes_edit, "東京都千代田区千代田１－１\n請求は月末")

    client_id = save(qtbot, dialog)

    stored = call(qtbot, session, lambda v: v.clients.get_client(client_id))
    assert stored.name == "株式会社サンプル 🍣"
    assert stored.emails == ("info@example.jp", "sales@example.jp")  # blank line skipped
    assert stored.phones == ("090-1234-5678", "03-1234-5678")
    assert stored.notes == "東京都千代田区千代田１－１\n請求は月末"


def test_edit_a_client_shows_its_details_and_saves_the_change(
    qtbot: QtBot, session: VaultSession, clock: FakeClock
) -> None:
    original = call(
        qtbot,
        session,
        lambda v: v.clients.add_client("田中 太郎", ["taro@example.jp"], ["03-1234-5678"]),
    )
    clock.advance(minutes=1)
    dialog = open_dialog(qtbot, session, original)
    assert dialog.windowTitle() == "Edit client"
    assert dialog.name_edit.text() == "田中 太郎"
    assert dialog.emails_edit.toPlainText() == "taro@example.jp"
    assert not dialog.has_unsaved_changes()

    dialog.phones_edit.moveCursor(dialog.phones_edit.textCursor().MoveOperation.End)
    type_text(qtbot, dialog.phones_edit, "\n" + MOBILE)
    type_text(qtbot, dialog.notes_edit, "紹介：山田さん")
    assert dialog.has_unsaved_changes()
    assert save(qtbot, dialog) == original.id

    (stored,) = clients(qtbot, session)
    assert stored.phones == ("03-1234-5678", "090-1234-5678")
    assert stored.notes == "紹介：山田さん"
    assert stored.emails == ("taro@example.jp",)


def test_an_invalid_email_names_its_line_and_nothing_is_saved(
    qtbot: QtBot, session: VaultSession
) -> None:
    dialog = open_dialog(qtbot, session)
    type_text(qtbot, dialog.name_edit, "株式会社サンプル")
    type_text(qtbot, dialog.emails_edit, "info@example.jp\n\ninfo at example")

    error = save_fails(qtbot, dialog)

    assert "line 3" in error
    assert "e-mail" in error
    assert "info at example" not in error
    assert dialog.focusWidget() is dialog.emails_edit
    assert clients(qtbot, session) == []

    type_text(qtbot, dialog.phones_edit, "x")
    assert dialog.error_text() == ""  # editing clears the message


def test_an_invalid_phone_is_refused(qtbot: QtBot, session: VaultSession) -> None:
    dialog = open_dialog(qtbot, session)
    type_text(qtbot, dialog.name_edit, "田中")
    type_text(qtbot, dialog.phones_edit, "でんわ")
    error = save_fails(qtbot, dialog)
    assert "Phone numbers, line 1" in error
    assert dialog.focusWidget() is dialog.phones_edit
    assert clients(qtbot, session) == []


def test_a_name_is_required(qtbot: QtBot, session: VaultSession) -> None:
    dialog = open_dialog(qtbot, session)
    type_text(qtbot, dialog.name_edit, "   ")
    type_text(qtbot, dialog.emails_edit, "info@example.jp")
    assert save_fails(qtbot, dialog) == "A name is required."
    assert dialog.focusWidget() is dialog.name_edit
    assert clients(qtbot, session) == []


def test_ctrl_s_saves(qtbot: QtBot, session: VaultSession) -> None:
    dialog = open_dialog(qtbot, session)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    type_text(qtbot, dialog.name_edit, "山田商店")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [c.name for c in clients(qtbot, session)] == ["山田商店"]


def test_escape_with_unsaved_changes_asks_and_stays_open_on_no(
    qtbot: QtBot, session: VaultSession
) -> None:
    prompts = ScriptedPrompts([False, True])
    dialog = open_dialog(qtbot, session, prompts=prompts)
    type_text(qtbot, dialog.name_edit, "書きかけ")

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(prompts.asked) == 1
    assert dialog.isVisible()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(prompts.asked) == 2
    assert not dialog.isVisible()
    assert clients(qtbot, session) == []


def test_escape_without_changes_closes_without_asking(qtbot: QtBot, session: VaultSession) -> None:
    prompts = ScriptedPrompts()
    dialog = open_dialog(qtbot, session, prompts=prompts)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert prompts.asked == []
    assert not dialog.isVisible()


def _rename_elsewhere(qtbot: QtBot, session: VaultSession, client: Client) -> None:
    call(
        qtbot,
        session,
        lambda v: v.clients.update_client(Client(client.id, "他の窓で変更", client.emails)),
    )


def test_a_change_made_elsewhere_is_explained_and_kept_on_no(
    qtbot: QtBot, session: VaultSession, clock: FakeClock
) -> None:
    original = call(qtbot, session, lambda v: v.clients.add_client("元の名前"))
    prompts = ScriptedPrompts([False])
    dialog = open_dialog(qtbot, session, original, prompts)
    clock.advance(minutes=1)
    _rename_elsewhere(qtbot, session, original)
    type_text(qtbot, dialog.notes_edit, "私の変更")

    error = save_fails(qtbot, dialog)

    assert "changed in another window" in prompts.asked[0][1]
    assert "Not saved" in error
    (stored,) = clients(qtbot, session)
    assert (stored.name, stored.notes) == ("他の窓で変更", "")


def test_a_change_made_elsewhere_can_be_replaced(
    qtbot: QtBot, session: VaultSession, clock: FakeClock
) -> None:
    original = call(qtbot, session, lambda v: v.clients.add_client("元の名前"))
    dialog = open_dialog(qtbot, session, original, ScriptedPrompts([True]))
    clock.advance(minutes=1)
    _rename_elsewhere(qtbot, session, original)
    type_text(qtbot, dialog.notes_edit, "私の変更")

    save(qtbot, dialog)

    (stored,) = clients(qtbot, session)
    assert (stored.name, stored.notes) == ("元の名前", "私の変更")


# -- the contract period ------------------------------------------------------------


def stored_contract(qtbot: QtBot, session: VaultSession, client_id: str) -> Contract:
    return call(qtbot, session, lambda v: v.retention.contract(client_id))


def set_date(field: OptionalDate, day: dt.date | None) -> None:
    field.none_box.setChecked(day is None)
    if day is not None:
        field.date_edit.setDate(QDate(day.year, day.month, day.day))


def test_a_new_client_is_ongoing_unless_told_otherwise(qtbot: QtBot, session: VaultSession) -> None:
    dialog = open_dialog(qtbot, session)
    assert dialog.contract_end.none_box.isChecked()
    assert dialog.contract_end.none_box.text() == "Ongoing (no end date)"
    assert not dialog.contract_end.date_edit.isEnabled()
    type_text(qtbot, dialog.name_edit, "継続中の顧客")
    client_id = save(qtbot, dialog)
    assert stored_contract(qtbot, session, client_id) == Contract()


def test_a_new_client_with_a_contract_period(qtbot: QtBot, session: VaultSession) -> None:
    dialog = open_dialog(qtbot, session)
    type_text(qtbot, dialog.name_edit, "期間のある顧客")
    set_date(dialog.contract_start, dt.date(2026, 4, 1))
    assert dialog.contract_end.date_edit.displayFormat() == "yyyy-MM-dd"
    set_date(dialog.contract_end, dt.date(2027, 3, 31))
    client_id = save(qtbot, dialog)
    assert stored_contract(qtbot, session, client_id) == Contract(
        dt.date(2026, 4, 1), dt.date(2027, 3, 31)
    )


def test_an_end_before_the_start_is_refused_inline(qtbot: QtBot, session: VaultSession) -> None:
    dialog = open_dialog(qtbot, session)
    type_text(qtbot, dialog.name_edit, "逆順の契約")
    set_date(dialog.contract_start, dt.date(2026, 4, 1))
    set_date(dialog.contract_end, dt.date(2026, 3, 31))
    assert save_fails(qtbot, dialog) == "The contract cannot end before it starts."
    assert dialog.focusWidget() is dialog.contract_end.none_box
    assert clients(qtbot, session) == []


def test_ending_the_contract_says_how_many_records_got_a_new_date(
    qtbot: QtBot, session: VaultSession
) -> None:
    def add(vault: Vault) -> Client:
        client = vault.clients.add_client("契約終了の顧客")
        vault.clients.add_record(client.id, RecordKind.CONTACT, "担当 花子")
        vault.clients.add_record(client.id, RecordKind.NOTE, "メモ")
        pinned = vault.clients.add_record(client.id, RecordKind.NOTE, "固定日のメモ")
        vault.retention.set_rule(pinned.id, Rule(RuleCode.FIXED, dt.date(2030, 1, 1)))
        vault.retention.set_contract(client.id, dt.date(2025, 4, 1), None)
        return vault.clients.get_client(client.id)

    client = call(qtbot, session, add)
    prompts = ScriptedPrompts()
    contract = stored_contract(qtbot, session, client.id)
    dialog = open_dialog(qtbot, session, client, prompts, contract)
    assert dialog.contract_start.value() == dt.date(2025, 4, 1)
    assert dialog.contract_end.value() is None
    assert not dialog.has_unsaved_changes()
    set_date(dialog.contract_end, dt.date(2026, 10, 31))
    assert dialog.has_unsaved_changes()

    save(qtbot, dialog)

    assert prompts.asked == [
        ("inform", "The contract period was saved. Records whose retention date changed: 2")
    ]
    assert stored_contract(qtbot, session, client.id).end == dt.date(2026, 10, 31)
    dates = call(
        qtbot,
        session,
        lambda v: {r.title: r.retain_until for r in v.clients.list_records(client.id)},
    )
    assert dates == {"担当 花子": "2026-11-30", "メモ": "2026-11-30", "固定日のメモ": "2030-01-01"}


def test_without_the_stored_contract_the_period_is_left_alone(
    qtbot: QtBot, session: VaultSession
) -> None:
    def add(vault: Vault) -> Client:
        client = vault.clients.add_client("既存の契約")
        vault.retention.set_contract(client.id, None, dt.date(2026, 1, 31))
        return vault.clients.get_client(client.id)

    client = call(qtbot, session, add)
    prompts = ScriptedPrompts()
    dialog = open_dialog(qtbot, session, client, prompts)
    assert not dialog.contract_end.isEnabled()
    type_text(qtbot, dialog.notes_edit, "メモ追加")
    save(qtbot, dialog)
    assert prompts.asked == []
    assert stored_contract(qtbot, session, client.id).end == dt.date(2026, 1, 31)
