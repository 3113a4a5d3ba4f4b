"""Search as people type: any kana form, digits with or without hyphens; hits say where."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.fakes import type_text
from tests.ui.vault_calls import call, unlock
from ui.app import App
from ui.models.search_results import SearchResultsModel
from vault.domain.model import Field, RecordKind


def _found(qtbot: QtBot, app: App, query: str) -> dict[str, str]:
    """Title → "found in" of every row and child row the search panel shows."""
    window = app.window
    window.global_search.clear()
    type_text(qtbot, window.global_search, query)
    panel = window.search_panel
    qtbot.waitUntil(lambda: panel.status.text() != "", timeout=10_000)
    model = panel.model
    rows: dict[str, str] = {}
    column = SearchResultsModel.Column.FOUND_IN
    for top in range(model.rowCount()):
        parent = model.index(top, 0)
        if model.index(top, column).data():
            rows[str(parent.data())] = str(model.index(top, column).data())
        for child in range(model.rowCount(parent)):
            rows[str(model.index(child, 0, parent).data())] = str(
                model.index(child, column, parent).data()
            )
    return rows


def test_digits_without_hyphens_find_the_phone_and_say_where(
    qtbot: QtBot, language: str, app: App
) -> None:
    unlock(qtbot, app)
    found = _found(qtbot, app, "09012345678")
    assert found == {"打ち合わせ": "本文" if language == "ja" else "Body"}
    found = _found(qtbot, app, "0311112222")  # the client's own phone, 03-1111-2222
    assert found == {"山田商店": "電話番号" if language == "ja" else "Phone"}


def test_any_kana_form_finds_the_others(qtbot: QtBot, app: App) -> None:
    unlock(qtbot, app)

    def add(vault: object) -> None:
        client = vault.clients.add_client("ヤマダ工務店")  # type: ignore[attr-defined]
        vault.clients.add_record(  # type: ignore[attr-defined]
            client.id, RecordKind.CONTACT, "担当", (Field("furigana", "さとう はなこ"),)
        )

    call(qtbot, app.session, add)
    app.window.reload_clients()
    qtbot.waitUntil(lambda: app.window.clients.rowCount() == 3)
    assert _found(qtbot, app, "やまだ工") == {"ヤマダ工務店": "Name"}
    assert _found(qtbot, app, "ｻﾄｳ ﾊﾅｺ") == {"担当": "Furigana"}
    assert _found(qtbot, app, "サトウ") == {"担当": "Furigana"}
    # The client list's own filter folds the same way.
    app.window.global_search.clear()
    type_text(qtbot, app.window.client_filter, "ﾔﾏﾀﾞ")
    shown = [
        app.window.client_proxy.index(r, 0).data()
        for r in range(app.window.client_proxy.rowCount())
    ]
    assert shown == ["ヤマダ工務店"]
    app.window.client_filter.clear()
    type_text(qtbot, app.window.client_filter, "0311112222")
    assert app.window.client_proxy.rowCount() == 1
