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


def module_graph(package: Path) -> dict[str, set[str]]:
    """Every import between modules of one package (type-only and deferred ones too)."""
    base = package.parent
    modules = {
        ".".join(p.relative_to(base).with_suffix("").parts).removesuffix(".__init__"): p
        for p in package.rglob("*.py")
    }
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                targets = [
                    f"{node.module}.{alias.name}"
                    if f"{node.module}.{alias.name}" in modules
                    else node.module
                    for alias in node.names
                ]
            else:
                continue
            graph[name] |= {t for t in targets if t in modules and t != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def package_roots() -> list[Path]:
    import ui

    return [Path(vault.__file__).parent, Path(ui.__file__).parent]


def test_no_import_circle_in_the_core_or_the_app() -> None:
    for root in package_roots():
        graph = module_graph(root)
        assert len(graph) > 10
        assert cycles(graph) == [], root.name


def test_the_circle_check_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]


def test_no_module_is_longer_than_600_lines() -> None:
    long = {
        str(path): n
        for root in package_roots()
        for path in root.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 600
    }
    assert long == {}


def test_every_folder_says_what_lives_in_it() -> None:
    for root in package_roots():
        for init in root.rglob("__init__.py"):
            assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), init
