"""The core stays usable without a display: nothing under vault/ may import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import vault

QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "ui")


def qt_imports(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        found += [n for n in names if n.split(".")[0] in QT_MODULES]
    return found


def test_no_module_under_vault_imports_qt_or_the_gui() -> None:
    root = Path(vault.__file__).parent
    offenders = {
        str(path.relative_to(root)): qt_imports(path.read_text(encoding="utf-8"))
        for path in root.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}
    assert len(offenders) > 10  # the walk really saw the package


def test_the_check_catches_a_qt_import() -> None:
    assert qt_imports("from PySide6.QtCore import QObject\nimport os") == ["PySide6.QtCore"]
    assert qt_imports("import PySide6.QtWidgets as w") == ["PySide6.QtWidgets"]
