"""Helpers shared by the item-model tests: walking every index and every reachable value."""

from __future__ import annotations

import gc
from dataclasses import is_dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.modeltest import ModelTester

ALL_ROLES = range(int(Qt.ItemDataRole.UserRole) + 21)


def check_model(qtmodeltester: ModelTester, model: QAbstractItemModel) -> None:
    """pytest-qt's model check, typed."""
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def attach_tester(model: QAbstractItemModel) -> QAbstractItemModelTester:
    """Qt's model tester, reporting through qWarning (which fails the test); keep it alive."""
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)


def all_indexes(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[QModelIndex]:
    """Every index of the model, children included."""
    parent = parent or QModelIndex()
    found: list[QModelIndex] = []
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            found.append(index)
            if column == 0:
                found.extend(all_indexes(model, index))
    return found


def every_value(model: QAbstractItemModel) -> list[str]:
    """What every role of every index, and every header, gives out, as text."""
    values: list[str] = []
    for index in all_indexes(model):
        values += [repr(model.data(index, role)) for role in ALL_ROLES]
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = (
            model.columnCount() if orientation == Qt.Orientation.Horizontal else model.rowCount()
        )
        for section in range(count):
            values += [repr(model.headerData(section, orientation, role)) for role in ALL_ROLES]
    return values


def reachable_strings(model: QAbstractItemModel) -> list[str]:
    """Every string the model's Python attributes lead to, through containers and dataclasses."""
    seen: set[int] = set()
    stack: list[object] = [vars(model)]
    found: list[str] = []
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, str):
            found.append(obj)
        elif isinstance(obj, list | tuple | dict | set | frozenset) or (
            is_dataclass(obj) and not isinstance(obj, type)
        ):
            stack.extend(gc.get_referents(obj))
    return found
