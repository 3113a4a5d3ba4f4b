"""One client's record list: kinds, sensitivity badges, filtering, and no secret anywhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui.models import (
    attach_tester,
    check_model,
    every_value,
    reachable_strings,
)
from ui.models import local_date
from ui.models.records import RecordFilterProxy, RecordListModel
from vault.domain.model import Field, FieldType, Record, RecordKind, Sensitivity

Column = RecordListModel.Column
Role = RecordListModel.Role
CLIENT = "c-yamada"
PASSWORD = "Ｐａｓｓ-秘密-hunter2"
OLD_PASSWORD = "legacy-secret-42"  # stored without its SECRET type; the schema still hides it


def make_records() -> list[Record]:
    return [
        Record(
            "r-note",
            CLIENT,
            RecordKind.NOTE,
            "打ち合わせメモ 📝",
            fields=(Field("body", "次回は１２月３日", FieldType.MULTILINE),),
            updated_at="2026-11-01T00:00:00+00:00",
        ),
        Record(
            "r-login",
            CLIENT,
            RecordKind.CREDENTIAL,
            "Bank portal",
            fields=(
                Field("username", "taro-yamada", FieldType.TEXT),
                Field("password", PASSWORD, FieldType.SECRET),
                Field("url", "https://bank.example.jp", FieldType.URL),
            ),
            sensitivity=Sensitivity.PERSONAL,
            updated_at="2026-11-03T00:00:00+00:00",
        ),
        Record(
            "r-old-login",
            CLIENT,
            RecordKind.CREDENTIAL,
            "Old mail account",
            fields=(Field("password", OLD_PASSWORD),),
            updated_at="2025-05-05T00:00:00+00:00",
        ),
        Record(
            "r-contact",
            CLIENT,
            RecordKind.CONTACT,
            "山田太郎",
            fields=(
                Field("email", "taro.yamada@example.jp", FieldType.EMAIL),
                Field("phone", "090-1234-5678", FieldType.PHONE),
                Field("address", "東京都千代田区千代田１－１", FieldType.MULTILINE),
            ),
            updated_at="2026-11-02T00:00:00+00:00",
        ),
        Record(
            "r-health",
            CLIENT,
            RecordKind.RECORD,
            "Health check",
            fields=(Field("result", "要再検査"),),
            sensitivity=Sensitivity.SPECIAL_CARE,
            updated_at="2026-11-04T00:00:00+00:00",
        ),
    ]


@pytest.fixture
def model(qtbot: QtBot) -> RecordListModel:
    model = RecordListModel()
    model.set_items(CLIENT, make_records())
    return model


@pytest.fixture
def proxy(model: RecordListModel) -> RecordFilterProxy:
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    return proxy


def visible_ids(proxy: RecordFilterProxy) -> list[str]:
    return [proxy.index(row, 0).data(Role.RecordIdRole) for row in range(proxy.rowCount())]


def cell(model: RecordListModel, record_id: str, column: int) -> object:
    return model.index_of(record_id, column).data()


def test_model_passes_the_model_tester_loaded_and_cleared(
    model: RecordListModel, qtmodeltester: ModelTester
) -> None:
    check_model(qtmodeltester, model)
    model.clear()
    check_model(qtmodeltester, model)


def test_proxy_passes_the_model_tester_while_filtering(
    model: RecordListModel, proxy: RecordFilterProxy, qtmodeltester: ModelTester
) -> None:
    check_model(qtmodeltester, proxy)
    proxy.set_kind(RecordKind.CREDENTIAL)
    proxy.set_query("bank")
    proxy.sourceModel().sort(Column.KIND)
    proxy.set_kind(None)
    model.clear()
    check_model(qtmodeltester, proxy)
    assert proxy.rowCount() == 0


def test_rows_show_title_translated_kind_sensitivity_and_local_date(
    model: RecordListModel,
) -> None:
    assert cell(model, "r-contact", Column.TITLE) == "山田太郎"
    assert cell(model, "r-contact", Column.KIND) == "Contact person"
    assert cell(model, "r-note", Column.KIND) == "Note"
    assert cell(model, "r-login", Column.KIND) == "Credential"
    assert cell(model, "r-health", Column.KIND) == "Record"
    assert cell(model, "r-note", Column.SENSITIVITY) == "Normal"
    assert cell(model, "r-login", Column.SENSITIVITY) == "Personal"
    assert cell(model, "r-health", Column.SENSITIVITY) == "Special-care"
    assert cell(model, "r-note", Column.UPDATED) == local_date("2026-11-01T00:00:00+00:00")
    index = model.index_of("r-login")
    assert index.data(Role.KindRole) == "credential"
    assert index.data(Role.SensitivityRole) == "personal"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Title", "Kind", "Sensitivity", "Updated"]


def test_personal_and_special_care_records_carry_a_badge_in_colour_and_words(
    model: RecordListModel,
) -> None:
    def badge(record_id: str) -> tuple[object, object]:
        index = model.index_of(record_id, Column.SENSITIVITY)
        return (
            index.data(Qt.ItemDataRole.BackgroundRole),
            index.data(Qt.ItemDataRole.ForegroundRole),
        )

    assert badge("r-note") == (None, None)
    personal, special = badge("r-login"), badge("r-health")
    assert all(isinstance(color, QColor) for color in (*personal, *special))
    assert personal[0] != special[0]
    tooltip = model.index_of("r-health", Column.SENSITIVITY).data(Qt.ItemDataRole.ToolTipRole)
    assert "要配慮個人情報" in tooltip


def test_no_role_of_any_index_gives_out_a_secret_value(
    model: RecordListModel, proxy: RecordFilterProxy
) -> None:
    shown = every_value(model) + every_value(proxy)
    assert any("taro-yamada" in value for value in shown)  # the sweep does reach field values
    for secret in (PASSWORD, OLD_PASSWORD, "hunter2", "秘密"):
        assert not any(secret in value for value in shown)
    kept = reachable_strings(model)
    assert not any(PASSWORD in text or OLD_PASSWORD in text for text in kept)


def test_a_secret_cannot_be_found_by_searching_for_it(proxy: RecordFilterProxy) -> None:
    for query in ("hunter2", "ｈｕｎｔｅｒ２", "legacy-secret"):
        proxy.set_query(query)
        assert visible_ids(proxy) == []


def test_upserting_a_credential_keeps_its_new_password_out_too(
    model: RecordListModel, proxy: RecordFilterProxy
) -> None:
    model.upsert(
        Record(
            "r-login",
            CLIENT,
            RecordKind.CREDENTIAL,
            "Bank portal",
            fields=(Field("password", "brand-new-passphrase", FieldType.SECRET),),
        )
    )
    assert not any("brand-new-passphrase" in value for value in every_value(proxy))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("太郎", ["r-contact"]),
        ("０９０－１２３４", ["r-contact"]),  # full-width input, half-width stored
        ("yamada@exa", ["r-contact"]),
        ("千代田 １－１", ["r-contact"]),
        ("１２月３日", ["r-note"]),  # the note body, full-width digits on both sides
        ("12月3日", ["r-note"]),
        ("BANK", ["r-login"]),  # title, any case
        ("taro-yamada", ["r-login"]),  # a credential's username is not secret
        ("📝", ["r-note"]),
        ("要再検査", ["r-health"]),
        ("bank nothing-like-this", []),
    ],
)
def test_query_matches_titles_and_non_secret_values(
    proxy: RecordFilterProxy, query: str, expected: list[str]
) -> None:
    proxy.set_query(query)
    assert sorted(visible_ids(proxy)) == expected


def test_kind_filter_shows_one_kind_and_combines_with_the_query(proxy: RecordFilterProxy) -> None:
    proxy.set_kind(RecordKind.CREDENTIAL)
    assert sorted(visible_ids(proxy)) == ["r-login", "r-old-login"]
    proxy.set_query("old")
    assert visible_ids(proxy) == ["r-old-login"]
    proxy.set_query("")
    proxy.set_kind(RecordKind.CONTACT)
    assert visible_ids(proxy) == ["r-contact"]
    proxy.set_kind(None)
    assert proxy.rowCount() == 5
    assert proxy.kind is None


def test_sorting_by_kind_groups_contacts_credentials_notes_then_records(
    proxy: RecordFilterProxy,
) -> None:
    proxy.sourceModel().sort(Column.KIND, Qt.SortOrder.AscendingOrder)
    assert visible_ids(proxy) == ["r-contact", "r-login", "r-old-login", "r-note", "r-health"]


@pytest.mark.parametrize(
    ("column", "ascending"),
    [
        (Column.TITLE, ["r-login", "r-health", "r-old-login"]),  # Latin titles: B < H < O
        (Column.SENSITIVITY, ["r-old-login", "r-login", "r-health"]),  # normal, personal, special
        (Column.UPDATED, ["r-old-login", "r-login", "r-health"]),
    ],
)
def test_sorting_by_each_column(
    proxy: RecordFilterProxy, column: int, ascending: list[str]
) -> None:
    for order, expected in (
        (Qt.SortOrder.AscendingOrder, ascending),
        (Qt.SortOrder.DescendingOrder, ascending[::-1]),
    ):
        proxy.sourceModel().sort(column, order)
        assert [i for i in visible_ids(proxy) if i in ascending] == expected  # relative order


def test_upsert_of_a_known_record_changes_its_row_in_place(
    model: RecordListModel, proxy: RecordFilterProxy, qtbot: QtBot
) -> None:
    testers = [attach_tester(model), attach_tester(proxy)]
    proxy.sourceModel().sort(Column.KIND)
    row = model.index_of("r-note").row()
    changed_note = Record(
        "r-note", CLIENT, RecordKind.NOTE, "請求書の件", sensitivity=Sensitivity.PERSONAL
    )
    with (
        qtbot.waitSignal(model.dataChanged) as changed,
        qtbot.assertNotEmitted(model.rowsInserted),
        qtbot.assertNotEmitted(model.modelReset),
    ):
        assert model.upsert(changed_note)

    top_left, bottom_right = changed.args[:2]
    assert (top_left.row(), bottom_right.row()) == (row, row)
    assert (top_left.column(), bottom_right.column()) == (0, len(Column) - 1)
    assert cell(model, "r-note", Column.TITLE) == "請求書の件"
    assert cell(model, "r-note", Column.SENSITIVITY) == "Personal"
    proxy.set_query("請求書")
    assert visible_ids(proxy) == ["r-note"]
    assert len(testers) == 2


def test_upsert_of_a_new_record_inserts_one_row(model: RecordListModel, qtbot: QtBot) -> None:
    tester = attach_tester(model)
    with (
        qtbot.waitSignal(model.rowsInserted) as inserted,
        qtbot.assertNotEmitted(model.modelReset),
    ):
        assert model.upsert(Record("r-new", CLIENT, RecordKind.NOTE, "新しいメモ"))
    assert inserted.args[1:] == [5, 5]
    assert cell(model, "r-new", Column.TITLE) == "新しいメモ"
    assert tester is not None


def test_a_record_of_another_client_never_enters_the_list(
    model: RecordListModel, qtbot: QtBot
) -> None:
    with qtbot.assertNotEmitted(model.rowsInserted):
        assert not model.upsert(Record("r-x", "c-other", RecordKind.NOTE, "他の顧客のメモ"))
    model.set_items(CLIENT, [*make_records(), Record("r-y", "c-other", RecordKind.NOTE, "混入")])
    assert model.rowCount() == 5
    assert not model.index_of("r-y").isValid()
    assert model.client_id == CLIENT


def test_remove_deletes_only_that_row(model: RecordListModel, qtbot: QtBot) -> None:
    tester = attach_tester(model)
    row = model.index_of("r-login").row()
    with qtbot.waitSignal(model.rowsRemoved) as removed:
        assert model.remove("r-login")
    assert removed.args[1:] == [row, row]
    assert model.rowCount() == 4
    assert not model.index_of("r-login").isValid()
    with qtbot.assertNotEmitted(model.rowsRemoved):
        assert not model.remove("r-login")
    assert tester is not None


def test_clear_leaves_no_record_data_in_the_model(
    model: RecordListModel, proxy: RecordFilterProxy, qtbot: QtBot
) -> None:
    assert any("山田太郎" in text for text in reachable_strings(model))  # the scan sees data
    with qtbot.waitSignal(model.modelReset):
        model.clear()
    assert model.rowCount() == 0
    assert proxy.rowCount() == 0
    assert model.client_id is None
    kept = " ".join(reachable_strings(model))
    for text in ("山田太郎", "Bank portal", "taro", "要再検査", CLIENT):
        assert text not in kept
    with qtbot.assertNotEmitted(model.rowsInserted):
        assert not model.upsert(make_records()[0])  # a late result after lock is dropped
