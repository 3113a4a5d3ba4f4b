"""The backup list model: newest first, sizes and times for people, unreachable folders named."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui.models import check_model
from ui.models.backups import BackupModel, data_size, local_time
from vault.backup.manager import BackupInfo

Column = BackupModel.Column
Role = BackupModel.Role
HOME = Path("/home/user/ClientVault/default/backups")
USB = Path("/media/user/USB/backups")


def make_backups() -> list[BackupInfo]:
    return [
        BackupInfo("b-old", HOME / "b-old", "2026-11-01T09:00:00+00:00", True, 2_500_000),
        BackupInfo("b-new", HOME / "b-new", "2026-11-21T18:30:00+00:00", True, 3_000_000),
        BackupInfo("b-usb", USB / "b-usb", "2026-11-10T12:00:00+00:00", False, 0),
    ]


@pytest.fixture
def model(qtbot: QtBot) -> BackupModel:
    model = BackupModel()
    model.set_backups(make_backups())
    return model


def ids(model: BackupModel) -> list[object]:
    return [model.index(r, 0).data(Role.BackupIdRole) for r in range(model.rowCount())]


def test_the_model_passes_the_model_tester(model: BackupModel, qtmodeltester: ModelTester) -> None:
    check_model(qtmodeltester, model)
    model.sort(Column.SIZE)
    model.clear()
    check_model(qtmodeltester, model)


def test_newest_first_and_sortable(model: BackupModel) -> None:
    assert ids(model) == ["b-new", "b-usb", "b-old"]
    model.sort(Column.SIZE, Qt.SortOrder.DescendingOrder)
    assert ids(model) == ["b-new", "b-old", "b-usb"]
    model.sort(Column.STATUS)
    assert ids(model)[0] == "b-usb"


def test_cells_show_time_size_folder_and_reachability(model: BackupModel) -> None:
    row = ids(model).index("b-new")
    assert model.index(row, Column.CREATED).data() == local_time("2026-11-21T18:30:00+00:00")
    assert model.index(row, Column.SIZE).data() == "2.9 MB"  # as people read sizes, not MiB
    assert model.index(row, Column.FOLDER).data() == str(HOME)
    assert model.index(row, Column.STATUS).data() == "Available"
    usb = ids(model).index("b-usb")
    assert model.index(usb, Column.STATUS).data() == "Not reachable"
    assert model.index(usb, Column.SIZE).data() == ""
    tip = model.index(usb, Column.FOLDER).data(Qt.ItemDataRole.ToolTipRole)
    assert (
        tip
        == f"The folder {USB / 'b-usb'} cannot be reached: plug in its drive to restore from it."
    )
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Created", "Size", "Folder", "Status"]


def test_roles_and_backup_at(model: BackupModel) -> None:
    row = ids(model).index("b-old")
    index = model.index(row, 0)
    assert index.data(Role.PathRole) == str(HOME / "b-old")
    assert index.data(Role.CreatedRole) == "2026-11-01T09:00:00+00:00"
    assert index.data(Role.SizeRole) == 2_500_000
    assert index.data(Role.ReachableRole) is True
    assert model.backup_at(row).id == "b-old"


def test_times_without_a_zone_are_utc_and_bad_ones_are_blank() -> None:
    assert local_time("not a time") == ""
    assert local_time("2026-11-21T18:30:00") == local_time("2026-11-21T18:30:00+00:00")
    assert data_size(2048) in ("2.0 KB", "2.0 kB")
