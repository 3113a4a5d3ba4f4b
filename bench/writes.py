"""Write throughput through `ClientStore`, and SQLCipher's cost against plain SQLite.

The engine comparison inserts the same rows (the same AES-GCM-sealed payloads)
into the same schema (`vault.schema.migrate`) with the same pragmas as
`vault.db.Database` (foreign keys, incremental auto-vacuum, WAL,
synchronous=FULL, secure_delete), one fresh file per engine and round, the
engines' order rotating from round to round.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import sqlcipher3

from bench.common import (
    PASSWORD,
    Section,
    bench_kdf,
    median,
    ms,
    reps,
    scratch,
    table,
)
from vault.domain.model import Field, FieldType, RecordKind, Sensitivity
from vault.keys.sealing import Sealer, aad, new_key
from vault.session import Vault
from vault.storage.client_store import NewRecord
from vault.storage.schema import migrate

BATCH = 100
BATCHES = 20
SINGLES = 100


def _record(n: int) -> NewRecord:
    """A contact much like the demo's: six fields, Japanese text, about 200 bytes."""
    fields = (
        Field("name", f"山田 太郎{n}"),
        Field("furigana", "やまだ たろう"),
        Field("email", f"taro.yamada{n}@example.jp", FieldType.EMAIL),
        Field("phone", f"090-{1000 + n % 9000}-{2000 + n % 7000}", FieldType.PHONE),
        Field("postal_code", "150-0041"),
        Field("address", f"東京都渋谷区神南{n % 5 + 1}丁目{n % 30 + 1}番", FieldType.MULTILINE),
    )
    return NewRecord(RecordKind.CONTACT, f"山田 太郎{n}", fields, Sensitivity.PERSONAL)


@dataclass(frozen=True)
class StoreRates:
    batch_seconds: list[float]  # per add_records call of BATCH records
    single_seconds: list[float]  # per add_record call


def store_throughput(rounds: int) -> StoreRates:
    batch: list[float] = []
    single: list[float] = []
    for round_number in range(rounds):
        folder = scratch("store-writes") / "vault"
        vault, _recovery = Vault.create(folder, PASSWORD, kdf_params=bench_kdf())
        with vault:
            client = vault.clients.add_client("山田商店", ["info@example.jp"], ["03-1234-5678"])
            for b in range(BATCHES // rounds):
                items = [_record(round_number * 10_000 + b * BATCH + i) for i in range(BATCH)]
                start = time.perf_counter()
                vault.clients.add_records(client.id, items)
                batch.append(time.perf_counter() - start)
            for i in range(SINGLES // rounds):
                item = _record(round_number * 10_000 + 5_000 + i)
                start = time.perf_counter()
                vault.clients.add_record(
                    client.id, item.kind, item.title, item.fields, item.sensitivity
                )
                single.append(time.perf_counter() - start)
        shutil.rmtree(folder.parent)
    return StoreRates(batch, single)


# -- engines ------------------------------------------------------------------


class _Conn(Protocol):
    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...
    def executemany(self, sql: str, parameters: Any, /) -> Any: ...
    def executescript(self, sql: str, /) -> Any: ...
    def close(self) -> None: ...


_RAW_KEY = os.urandom(32).hex()  # a raw key, as the vault uses (no SQLCipher PBKDF2)


def _open_sqlcipher(path: Path) -> _Conn:
    conn: _Conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{_RAW_KEY}'\"")
    return conn


def _open_sqlcipher_unkeyed(path: Path) -> _Conn:
    conn: _Conn = sqlcipher3.connect(str(path), isolation_level=None)
    return conn


def _open_sqlite(path: Path) -> _Conn:
    return sqlite3.connect(str(path), isolation_level=None)


ENGINES: dict[str, Callable[[Path], _Conn]] = {
    "SQLCipher (keyed)": _open_sqlcipher,
    "sqlite3 (stdlib)": _open_sqlite,
    "sqlcipher3 without a key": _open_sqlcipher_unkeyed,
}

INSERT = (
    "INSERT INTO records (id, client_id, kind, sensitivity, created_at, updated_at, "
    "title, fields, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _sealed_rows(count: int) -> list[tuple[object, ...]]:
    """Rows as `ClientStore.add_records` writes them, sealed once and reused by every engine."""
    sealer = Sealer(new_key())
    rows: list[tuple[object, ...]] = []
    for n in range(count):
        record = _record(n)
        record_id = f"{n:016x}"
        fields = json.dumps(
            [[f.key, f.value, f.type.value] for f in record.fields], ensure_ascii=False
        ).encode()
        title = json.dumps(record.title, ensure_ascii=False).encode()
        rows.append(
            (
                record_id,
                "c" * 16,
                record.kind.value,
                record.sensitivity.value,
                "2026-01-01T00:00:00+00:00",
                "2026-01-01T00:00:00+00:00",
                sealer.seal(title, aad("field", "v", "c", "records", record_id, "title")),
                sealer.seal(fields, aad("field", "v", "c", "records", record_id, "fields")),
                len(fields) + len(title),
            )
        )
    return rows


@dataclass
class EngineTimes:
    batch: list[float]  # seconds per BATCH-row transaction
    single: list[float]  # seconds per one-row transaction
    scan: list[float]  # seconds to read every row back after reopening


def _engine_round(opener: Callable[[Path], _Conn], path: Path, rows: list[Any]) -> EngineTimes:
    conn = opener(path)
    result = EngineTimes([], [], [])
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        migrate(conn)
        conn.execute(
            "INSERT INTO clients (id, created_at, updated_at, wrapped_dek, name, details) "
            "VALUES (?, '', '', x'00', x'00', x'00')",
            ("c" * 16,),
        )
        batched, singles = rows[: BATCH * BATCHES], rows[BATCH * BATCHES :]
        for b in range(BATCHES):
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(INSERT, batched[b * BATCH : (b + 1) * BATCH])
            conn.execute("COMMIT")
            result.batch.append(time.perf_counter() - start)
        for row in singles:
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(INSERT, row)
            conn.execute("COMMIT")
            result.single.append(time.perf_counter() - start)
    finally:
        conn.close()
    conn = opener(path)
    try:
        start = time.perf_counter()
        conn.execute("SELECT id, title, fields FROM records").fetchall()
        result.scan.append(time.perf_counter() - start)
    finally:
        conn.close()
    return result


def engine_comparison(rounds: int) -> dict[str, EngineTimes]:
    rows = _sealed_rows(BATCH * BATCHES + SINGLES)
    names = list(ENGINES)
    totals = {name: EngineTimes([], [], []) for name in names}
    folder = scratch("engines")
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            path = folder / f"{round_number}-{names.index(name)}.db"
            times = _engine_round(ENGINES[name], path, rows)
            totals[name].batch += times.batch
            totals[name].single += times.single
            totals[name].scan += times.scan
            for leftover in folder.glob(f"{path.name}*"):
                leftover.unlink()
    shutil.rmtree(folder)
    return totals


def _versions() -> str:
    keyed = sqlcipher3.connect(":memory:")
    try:
        cipher = keyed.execute("PRAGMA cipher_version").fetchone()[0]
        engine = keyed.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        keyed.close()
    return (
        f"SQLCipher {cipher} on SQLite {engine}; stdlib sqlite3 on SQLite {sqlite3.sqlite_version}"
    )


def run() -> Section:
    section = Section("Write throughput")
    store = store_throughput(reps(2, 1))
    batch_rate = BATCH / median(store.batch_seconds)
    single_rate = 1 / median(store.single_seconds)
    section.body.append(
        "Through the vault (`ClientStore`, sealing every field, audit entry per call):"
    )
    section.body.append("")
    section.body += table(
        ["how", "calls timed", "median per call", "records / s"],
        [
            [
                f"`add_records`, {BATCH} records per call",
                len(store.batch_seconds),
                ms(median(store.batch_seconds)),
                f"**{batch_rate:,.0f}**",
            ],
            [
                "`add_record`, one transaction each",
                len(store.single_seconds),
                ms(median(store.single_seconds)),
                f"**{single_rate:,.0f}**",
            ],
        ],
    )
    engines = engine_comparison(reps(5, 2))
    base = engines["sqlite3 (stdlib)"]
    same = engines["sqlcipher3 without a key"]
    rows: list[list[object]] = []
    for name, t in engines.items():
        rows.append(
            [
                name,
                f"{BATCH / median(t.batch):,.0f}",
                f"{1 / median(t.single):,.0f}",
                ms(median(t.scan)),
                f"{median(t.batch) / median(base.batch):.2f} / "
                f"{median(t.single) / median(base.single):.2f} / "
                f"{median(t.scan) / median(base.scan):.2f}",
                f"{median(t.batch) / median(same.batch):.2f} / "
                f"{median(t.single) / median(same.single):.2f} / "
                f"{median(t.scan) / median(same.scan):.2f}",
            ]
        )
    section.body.append(
        f"Engine only, same sealed rows ({BATCH * BATCHES + SINGLES:,} records per round, "
        f"{len(base.scan)} rounds; {_versions()}):"
    )
    section.body.append("")
    section.body += table(
        [
            "engine",
            f"records / s, {BATCH} per transaction",
            "records / s, 1 per transaction",
            f"read all {BATCH * BATCHES + SINGLES:,} rows",
            "time ratio vs stdlib sqlite3 (batch / single / read)",
            "vs same SQLite without a key",
        ],
        rows,
    )
    section.method = [
        f"`add_records` records/s: {BATCH} demo-like contact records (6 fields, ~200 bytes) "
        f"per call into one client of a fresh vault; {BATCH} / median call time.",
        "`add_record` records/s: one record per call (its own BEGIN IMMEDIATE … COMMIT with "
        "fsync, plus the audit entry); 1 / median call time.",
        f"engine records/s: `executemany` of {BATCH} pre-sealed rows inside BEGIN IMMEDIATE … "
        f"COMMIT, {BATCHES} transactions per round; and {SINGLES} one-row transactions; "
        "rates from the median transaction time over all rounds.",
        "read all rows: reopen the file, `SELECT id, title, fields FROM records` fetchall "
        "(page cache warm; SQLCipher decrypts and checks each page's HMAC).",
        "ratios: engine's median time / stdlib sqlite3's median time for the same step; "
        "'without a key' is sqlcipher3 used as plain SQLite (same SQLite build, no "
        "encryption), which separates the cost of encryption from the SQLite version "
        "difference.",
        "Same pragmas on every engine: foreign_keys=ON, auto_vacuum=INCREMENTAL, "
        "journal_mode=WAL, synchronous=FULL, secure_delete=ON; schema from "
        "`vault.schema.migrate`; files under bench/out/scratch (ext4, real fsync).",
    ]
    return section
