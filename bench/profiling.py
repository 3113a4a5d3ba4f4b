"""cProfile and `-X importtime` summaries, used where a goal is missed."""

from __future__ import annotations

import cProfile
import pstats
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from bench.common import ROOT, median, table

_IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def profile(
    action: Callable[[], object], top: int = 12, calls: int = 1, by_own: bool = False
) -> list[str]:
    """Top functions by cumulative (or own) time over `calls` runs, as a markdown table.

    cProfile adds a fixed cost to every Python call, so many small Python functions look
    slower here than they are; read it for where time goes, not for absolute numbers.
    """
    profiler = cProfile.Profile()
    for _ in range(calls):
        profiler.enable()
        action()
        profiler.disable()
    stats = pstats.Stats(profiler)
    rows: list[list[object]] = []
    entries = sorted(
        stats.stats.items(),  # type: ignore[attr-defined]
        key=lambda item: item[1][2] if by_own else item[1][3],
        reverse=True,
    )
    for (filename, line, function), (_cc, ncalls, tottime, cumtime, _callers) in entries:
        where = _short(filename, line, function)
        if where is None:
            continue
        rows.append(
            [
                f"`{where}`",
                ncalls // calls,
                f"{tottime / calls * 1000:.1f}",
                f"{cumtime / calls * 1000:.1f}",
            ]
        )
        if len(rows) == top:
            break
    return table(["function", "calls per run", "own ms per run", "cumulative ms per run"], rows)


def _short(filename: str, line: int, function: str) -> str | None:
    if function in {"<lambda>", "<module>"} and "bench" in filename:
        return None
    if filename == "~":  # C functions (built-ins and extension methods)
        return function.strip("<>")
    path = Path(filename)
    try:
        name = str(path.relative_to(ROOT))
    except ValueError:
        name = path.name
    if name.startswith("bench/"):
        return None
    return f"{name}:{line} {function}"


def import_times(
    module: str, top: int = 10, runs: int = 5
) -> tuple[float, list[tuple[str, float]]]:
    """`python -X importtime -c 'import M'`: total ms, and own ms per module or package.

    Our own modules (`vault.*`) are listed one by one, other packages by top-level name.

    Median of `runs`; "own" time excludes nested imports, so the packages add up to the total.
    """
    totals: list[float] = []
    per_package: dict[str, list[float]] = {}
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        sums: dict[str, float] = {}
        total = 0.0
        for line in result.stderr.splitlines():
            match = _IMPORT_LINE.match(line)
            if match is None:
                continue
            own, name = int(match.group(1)) / 1000, match.group(4)
            package = name if name.startswith("vault") else name.split(".")[0]
            sums[package] = sums.get(package, 0.0) + own
            total += own
        totals.append(total)
        for package, own in sums.items():
            per_package.setdefault(package, []).append(own)
    ranked = sorted(
        ((package, median(values)) for package, values in per_package.items()),
        key=lambda item: item[1],
        reverse=True,
    )
    return median(totals), ranked[:top]
