"""The sharing tables: a bundle's files, and the records to check for a redacted bundle."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui.models import attach_tester, check_model, every_value, reachable_strings
from ui.models.backups import data_size
from ui.sharing.models import BundleFileModel, RecordChoiceModel
from vault.domain.model import Field, FieldType, Record, RecordKind, Sensitivity
from vault.sharing.report import BundleFile

FILES = [
    BundleFile("report.pdf", 2048, "a" * 64),
    BundleFile("MANIFEST.json", 512, "b" * 64),
    BundleFile("files/見積書.pdf", 3_000_000, "c" * 64),
]
SECRET = "s3cret-pa55"
RECORDS = [
    Record("r1", "c1", RecordKind.NOTE, "打ち合わせ", (Field("body", "メモ"),)),
    Record(
        "r2",
        "c1",
        RecordKind.CREDENTIAL,
        "サーバー",
        (Field("password", SECRET, FieldType.SECRET),),
    ),
    Record("r3", "c1", RecordKind.RECORD, "健康診断", (), Sensitivity.SPECIAL_CARE),
    Record("r4", "c1", RecordKind.CONTACT, "経理担当", (Field("name", "山田花子"),)),
]
FileCol = BundleFileModel.Column
FileRole = BundleFileModel.Role
ChoiceCol = RecordChoiceModel.Column
ChoiceRole = RecordChoiceModel.Role


def test_the_file_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    model = BundleFileModel()
    tester = attach_tester(model)
    model.set_files(FILES)
    check_model(qtmodeltester, model)
    model.sort(FileCol.SIZE, Qt.SortOrder.DescendingOrder)
    model.clear()
    check_model(qtmodeltester, model)
    del tester


def test_the_file_model_shows_paths_sizes_and_hashes(qtbot: QtBot) -> None:
    model = BundleFileModel()
    model.set_files(FILES)
    paths = [model.index(row, FileCol.PATH).data() for row in range(model.rowCount())]
    assert paths == ["files/見積書.pdf", "MANIFEST.json", "report.pdf"]
    first = model.index(0, FileCol.SIZE)
    assert first.data() == data_size(3_000_000)
    assert first.data(FileRole.SizeRole) == 3_000_000
    assert first.data(FileRole.PathRole) == "files/見積書.pdf"
    assert first.data(FileRole.Sha256Role) == "c" * 64
    assert first.data(Qt.ItemDataRole.ToolTipRole) == "SHA-256: " + "c" * 64
    assert model.headerData(FileCol.SIZE, Qt.Orientation.Horizontal) == "Size"
    model.sort(FileCol.SIZE, Qt.SortOrder.DescendingOrder)
    sizes = [model.index(row, FileCol.SIZE).data(FileRole.SizeRole) for row in range(3)]
    assert sizes == [3_000_000, 2048, 512]
    model.clear()
    assert model.rowCount() == 0


def test_the_choice_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    model = RecordChoiceModel()
    tester = attach_tester(model)
    model.set_records(RECORDS)
    check_model(qtmodeltester, model)
    model.setData(
        model.index(1, ChoiceCol.TITLE), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    model.sort(ChoiceCol.TITLE)
    model.clear()
    check_model(qtmodeltester, model)
    del tester


def test_records_start_checked_and_can_be_unchecked(qtbot: QtBot) -> None:
    model = RecordChoiceModel()
    model.set_records(RECORDS)
    ids = [model.index(row, 0).data(ChoiceRole.RecordIdRole) for row in range(4)]
    assert ids == ["r4", "r2", "r1", "r3"]  # grouped by kind, as the client page
    assert model.checked_ids() == ids
    title = model.index(2, ChoiceCol.TITLE)
    assert model.flags(title) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(2, ChoiceCol.KIND)) & Qt.ItemFlag.ItemIsUserCheckable
    with qtbot.waitSignal(model.dataChanged):
        assert model.setData(title, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert title.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.checked_ids() == ["r4", "r2", "r3"]
    assert not model.setData(title, "not a state", Qt.ItemDataRole.CheckStateRole)
    assert not model.setData(title, "x", Qt.ItemDataRole.EditRole)
    model.sort(ChoiceCol.TITLE)
    assert "r1" not in model.checked_ids()  # the check follows the record, not the row


def test_special_care_records_say_they_are_left_out(qtbot: QtBot) -> None:
    model = RecordChoiceModel()
    model.set_records(RECORDS)
    special = model.index(3, ChoiceCol.SENSITIVITY)
    assert special.data() == "Special-care"
    assert special.data(ChoiceRole.SpecialCareRole) is True
    assert "always left out" in special.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, ChoiceCol.KIND).data() == "Contact person"
    assert model.index(0, ChoiceCol.KIND).data(ChoiceRole.KindRole) == "contact"


def test_no_field_value_is_kept(qtbot: QtBot) -> None:
    model = RecordChoiceModel()
    model.set_records(RECORDS)
    for text in (SECRET, "山田花子", "メモ"):
        assert not any(text in value for value in every_value(model))
        assert text not in reachable_strings(model)
