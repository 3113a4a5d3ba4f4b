"""A client's attachment list: human sizes that sort by bytes, file types by name, roles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui.models import attach_tester, check_model
from ui.models import local_date
from ui.models.attachments import AttachmentListModel
from vault.storage.attachments import Attachment

Column = AttachmentListModel.Column
Role = AttachmentListModel.Role
CLIENT = "c-yamada"


def make(
    attachment_id: str, name: str, media_type: str, size: int, added: str, record: str | None = None
) -> Attachment:
    return Attachment(attachment_id, CLIENT, record, name, media_type, size, "0" * 64, added)


def make_attachments() -> list[Attachment]:
    return [
        make("a-csv", "顧客名簿.csv", "text/csv", 900, "2026-11-02T00:00:00+00:00"),
        make("a-pdf", "Contract.pdf", "application/pdf", 5 * 1024**3, "2026-11-01T00:00:00+00:00"),
        make("a-png", "scan.png", "image/png", 2048, "2026-11-03T00:00:00+00:00", "r-1"),
        make("a-bin", "data.bin", "application/x-made-up", 10, "2026-11-04T00:00:00+00:00"),
    ]


@pytest.fixture
def model(qtbot: QtBot) -> AttachmentListModel:
    model = AttachmentListModel()
    model.set_items(CLIENT, make_attachments())
    return model


def column_of(
    model: AttachmentListModel, column: int, role: int = Role.AttachmentIdRole
) -> list[object]:
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def test_passes_the_model_tester_loaded_sorted_and_cleared(
    model: AttachmentListModel, qtmodeltester: ModelTester
) -> None:
    check_model(qtmodeltester, model)
    tester = attach_tester(model)  # checks every change below as it happens
    model.sort(Column.SIZE, Qt.SortOrder.DescendingOrder)
    model.set_items(CLIENT, make_attachments()[:2])
    model.clear()
    check_model(qtmodeltester, model)
    assert model.rowCount() == 0
    assert model.client_id is None
    assert tester.model() is model


def test_rows_show_name_type_human_size_and_local_date(model: AttachmentListModel) -> None:
    index = model.index_of("a-csv")
    row = [index.siblingAtColumn(c).data() for c in Column]
    assert row[Column.NAME] == "顧客名簿.csv"
    assert row[Column.TYPE] == "CSV document"
    assert row[Column.SIZE] == QLocale().formattedDataSize(900)
    assert row[Column.ADDED] == local_date("2026-11-02T00:00:00+00:00")
    big = model.index_of("a-pdf", Column.SIZE)
    assert big.data() == "5.0 GB"
    assert big.data(Role.SizeRole) == 5 * 1024**3  # beyond 32 bits, intact
    assert QLocale().toString(5 * 1024**3) in big.data(Qt.ItemDataRole.ToolTipRole)
    alignment = big.data(Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(alignment) & Qt.AlignmentFlag.AlignRight
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Name", "Type", "Size", "Added"]


def test_an_unknown_type_shows_its_media_type(model: AttachmentListModel) -> None:
    assert model.index_of("a-bin", Column.TYPE).data() == "application/x-made-up"


def test_roles_give_id_media_type_size_and_record(model: AttachmentListModel) -> None:
    png = model.index_of("a-png", Column.ADDED)
    assert png.data(Role.AttachmentIdRole) == "a-png"
    assert png.data(Role.MediaTypeRole) == "image/png"
    assert png.data(Role.SizeRole) == 2048
    assert png.data(Role.RecordIdRole) == "r-1"
    assert model.index_of("a-csv").data(Role.RecordIdRole) is None
    attachment = model.attachment(png)
    assert attachment is not None
    assert attachment.name == "scan.png"


def test_size_sorts_by_bytes_not_by_text(model: AttachmentListModel) -> None:
    model.sort(Column.SIZE)
    assert column_of(model, Column.SIZE) == ["a-bin", "a-csv", "a-png", "a-pdf"]
    model.sort(Column.SIZE, Qt.SortOrder.DescendingOrder)
    assert column_of(model, Column.SIZE) == ["a-pdf", "a-png", "a-csv", "a-bin"]


def test_default_order_is_by_name_and_added_sorts_by_date(model: AttachmentListModel) -> None:
    assert column_of(model, Column.NAME, Qt.ItemDataRole.DisplayRole) == [
        "Contract.pdf",
        "data.bin",
        "scan.png",
        "顧客名簿.csv",
    ]
    model.sort(Column.ADDED)
    assert column_of(model, Column.NAME) == ["a-pdf", "a-csv", "a-png", "a-bin"]


def test_another_clients_attachments_are_left_out(model: AttachmentListModel) -> None:
    other = Attachment("a-x", "c-other", None, "x.txt", "text/plain", 1, "0" * 64, "2026")
    model.set_items(CLIENT, [*make_attachments(), other])
    assert not model.index_of("a-x").isValid()
    assert model.rowCount() == 4


def test_nothing_is_reachable_after_clear(model: AttachmentListModel) -> None:
    model.clear()
    assert model.attachment(model.index(0, 0)) is None
    assert not model.index_of("a-csv").isValid()
