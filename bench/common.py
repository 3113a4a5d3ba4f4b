"""Shared pieces: where benchmark data lives, the demo vaults, timing statistics, report types.

Every comparison in these benchmarks is a ratio measured within one run, with
the two sides' repetitions interleaved: the machine is shared (2 cores, other
jobs running), so absolute times drift and only same-run ratios are stable.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from vault.demo import fill
from vault.keys import kdf
from vault.session import Vault

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"  # gitignored: demo vaults, KDBX files, scratch space
PASSWORD = "bench-password-1"  # noqa: S105 - public on purpose: the demo data is fake
DEMO_SEED = 7

# Argon2id parameters of every benchmark vault (and of the KDBX files compared
# with them): the default memory and parallelism of `clientvault init`, with
# the floor time cost. Calibration would pick a higher time cost (~0.75 s);
# that adds the same Argon2id time to both sides of every comparison here.
KDF_MEMORY_MIB = 256
KDF_TIME_COST = 3
KDF_PARALLELISM = 4

# BENCH_QUICK=1 runs fewer repetitions (for checking the bench code itself).
QUICK = os.environ.get("BENCH_QUICK") == "1"


def reps(full: int, quick: int = 3) -> int:
    return quick if QUICK else full


@dataclass(frozen=True)
class DemoSize:
    clients: int
    records: int

    @property
    def label(self) -> str:
        return f"{self.clients:,} clients / {self.records:,} records"

    @property
    def folder(self) -> Path:
        return OUT / f"demo-{self.clients}c-{self.records}r"


SMALL = DemoSize(200, 20_000)
LARGE = DemoSize(2_000, 200_000)


def bench_kdf() -> kdf.KdfParams:
    return kdf.fixed(KDF_MEMORY_MIB, KDF_TIME_COST, KDF_PARALLELISM)


def _marker(size: DemoSize) -> Path:
    return size.folder.with_suffix(".done")


def _wanted(size: DemoSize) -> dict[str, int]:
    return {
        "clients": size.clients,
        "records": size.records,
        "seed": DEMO_SEED,
        "memory_mib": KDF_MEMORY_MIB,
        "time_cost": KDF_TIME_COST,
        "parallelism": KDF_PARALLELISM,
    }


def demo_vault(size: DemoSize, log: Callable[[str], None] = print) -> Path:
    """The demo vault of this size, created once (with `vault.demo.fill`) and reused after."""
    marker = _marker(size)
    if marker.exists() and size.folder.exists():
        recorded = json.loads(marker.read_text())
        if {k: recorded.get(k) for k in _wanted(size)} == _wanted(size):
            return size.folder
    # Missing, half-made (no marker: creation was interrupted) or made with other settings.
    shutil.rmtree(size.folder, ignore_errors=True)
    marker.unlink(missing_ok=True)
    OUT.mkdir(parents=True, exist_ok=True)
    log(f"creating demo vault {size.label} in {size.folder} (once; reused afterwards)")
    start = time.perf_counter()
    vault, _recovery = Vault.create(size.folder, PASSWORD, kdf_params=bench_kdf())
    with vault:
        fill(vault, clients=size.clients, records=size.records, seed=DEMO_SEED)
    seconds = time.perf_counter() - start
    marker.write_text(json.dumps({**_wanted(size), "fill_seconds": round(seconds, 1)}))
    log(f"  created in {seconds:.1f} s")
    return size.folder


def fill_seconds(size: DemoSize) -> float | None:
    marker = _marker(size)
    if not marker.exists():
        return None
    value = json.loads(marker.read_text()).get("fill_seconds")
    return float(value) if value is not None else None


def scratch(name: str) -> Path:
    """An empty folder under bench/out/ (same disk as the demo vaults, so fsync is real)."""
    path = OUT / "scratch" / name
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


# -- statistics ---------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def p95(values: Sequence[float]) -> float:
    """Nearest-rank 95th percentile (with 100 values: the 95th smallest)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


# -- report pieces ------------------------------------------------------------


@dataclass(frozen=True)
class Goal:
    name: str
    target: str
    measured: str
    met: bool


@dataclass
class Section:
    title: str
    body: list[str] = field(default_factory=list)  # markdown: tables and notes
    method: list[str] = field(default_factory=list)  # one line per number: how it was measured
    goals: list[Goal] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)  # profiling of missed goals


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines.extend("| " + " | ".join(str(c) for c in row) + " |" for row in rows)
    return [*lines, ""]
