"""The special-care chip: it names the term it found and hides for ordinary text or a
record already special-care (the editor's use of it: tests/ui/clients/test_record_editor.py)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.clients.special_care_hint import SpecialCareHint
from vault.domain.model import Sensitivity

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
