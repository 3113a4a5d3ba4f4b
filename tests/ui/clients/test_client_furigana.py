"""Furigana in the client dialog and the client list in 50音 order (issue 16, item 6)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.fakes import ScriptedPrompts, type_text
from tests.ui.vault_calls import call, save, save_fails, unlock
from ui.app import App
from ui.clients.client_dialog import ClientDialog
from ui.vault_session import VaultSession


def test_half_width_furigana_is_saved_full_width(qtbot: QtBot, gui_session: VaultSession) -> None:
    dialog = ClientDialog(gui_session, ScriptedPrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name_edit, "東海林 太郎")
    type_text(qtbot, dialog.furigana_edit, "ｼｮｳｼﾞ ﾀﾛｳ")
    client_id = save(qtbot, dialog)
    stored = call(qtbot, gui_session, lambda v: v.clients.get_client(client_id))
    assert stored.furigana == "ショウジ タロウ"

    edit = ClientDialog(gui_session, ScriptedPrompts(), stored)
    qtbot.addWidget(edit)
    edit.show()
    assert edit.furigana_edit.text() == "ショウジ タロウ"


def test_furigana_in_kanji_is_refused_in_the_users_language(
    qtbot: QtBot, gui_session: VaultSession, language: str
) -> None:
    dialog = ClientDialog(gui_session, ScriptedPrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name_edit, "山田 太郎")
    type_text(qtbot, dialog.furigana_edit, "山田")
    error = save_fails(qtbot, dialog)
    expected = "ふりがな" if language == "ja" else "only kana"
    assert expected in error
    assert dialog.furigana_edit.hasFocus() or not dialog.isActiveWindow()


def test_the_client_list_is_in_gojuon_order_by_furigana(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)  # 山田商店 and Smith Design, neither with furigana
    for name, reading in (("渡辺商事", "ワタナベショウジ"), ("青木デザイン", "ｱｵｷ ﾃﾞｻﾞｲﾝ")):
        app.window.new_client()
        # the one just opened: the last one saved may not be deleted yet (WA_DeleteOnClose)
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ClientDialog) and w.isVisible()
        )
        type_text(qtbot, dialog.name_edit, name)
        type_text(qtbot, dialog.furigana_edit, reading)
        save(qtbot, dialog)
    proxy = app.window.client_proxy
    qtbot.waitUntil(lambda: proxy.rowCount() == 4)
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names == ["青木デザイン", "渡辺商事", "Smith Design", "山田商店"]
    app.window.client_filter.setText("あおき")  # the filter finds it by its reading
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["青木デザイン"]
