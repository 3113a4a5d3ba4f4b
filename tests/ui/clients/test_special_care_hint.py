"""A record whose text looks special-care is offered the special-care sensitivity, with
the term named; keeping it below special-care anyway is audit-logged, without the term."""

from __future__ import annotations

import json

from pytestqt.qtbot import QtBot

from tests.ui.clients.test_record_editor import client_id, open_editor, records, session
from tests.ui.fakes import type_text
from tests.ui.vault_calls import call, save
from ui.clients.special_care_hint import SpecialCareHint
from ui.vault_session import VaultSession
from vault.domain.model import RecordKind, Sensitivity

__all__ = ["client_id", "session"]  # the editor tests' fixtures, shared

NOTE = "面談。うつ病で通院中とのこと。"


def test_the_hint_names_the_term_and_hides_for_ordinary_text(qtbot: QtBot) -> None:
    hint = SpecialCareHint()
    qtbot.addWidget(hint)
    hint.check("打ち合わせの日程調整", Sensitivity.NORMAL)
    assert hint.isHidden()
    hint.check(NOTE, Sensitivity.NORMAL)
    assert not hint.isHidden() and "うつ病" in hint.label.text()
    hint.check(NOTE, Sensitivity.SPECIAL_CARE)
    assert hint.isHidden()


def test_the_editor_offers_special_care_and_takes_it_in_one_click(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    editor = open_editor(qtbot, session, client_id, RecordKind.NOTE)
    type_text(qtbot, editor.title_edit, "面談メモ")
    assert not editor.special_care_hint.isVisible()
    type_text(qtbot, editor.inputs["body"].editor, NOTE)
    assert editor.special_care_hint.isVisible()
    assert "うつ病" in editor.special_care_hint.label.text()
    editor.special_care_hint.button.click()
    assert editor.sensitivity_combo.currentData() == Sensitivity.SPECIAL_CARE.value
    assert not editor.special_care_hint.isVisible()
    save(qtbot, editor)
    (saved,) = records(qtbot, session, client_id)
    assert saved.sensitivity is Sensitivity.SPECIAL_CARE


def test_saving_below_special_care_anyway_is_audit_logged_without_the_term(
    qtbot: QtBot, session: VaultSession, client_id: str
) -> None:
    editor = open_editor(qtbot, session, client_id, RecordKind.NOTE)
    type_text(qtbot, editor.title_edit, "面談メモ")
    type_text(qtbot, editor.inputs["body"].editor, NOTE)
    record_id = save(qtbot, editor)
    entries = call(qtbot, session, lambda v: v.audit.entries())
    (declined,) = [e for e in entries if e.action == "record.special_care_declined"]
    details = json.dumps(declined.details, ensure_ascii=False)
    assert record_id in details and "normal" in details
    assert "うつ病" not in details
