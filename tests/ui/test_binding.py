"""The Qt binding must not corrupt the interpreter (PySide6 6.12.0 on CPython 3.11 did)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSortFilterProxyModel


def test_calls_that_return_nothing_keep_none_alive() -> None:
    proxy = QSortFilterProxyModel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        proxy.setDynamicSortFilter(True)  # a void call
        proxy.sourceModel()  # a null pointer
    # A leak of one reference per call aborts the app after some thousands of calls.
    assert sys.getrefcount(None) >= before - 100
