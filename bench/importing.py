"""Importing a 100,000-row client list (CSV, UTF-8 with BOM, as Japanese Excel saves it).

A CSV with the columns a freelancer's list has (会社名, 担当者, ふりがな, メール,
電話, 郵便番号, 住所, 備考) is written once with invented values; then, in a fresh
vault each round, `import_clients` runs as a dry run and then for real (one
transaction: 100,000 clients and 100,000 contact records, every value sealed).
No peer tool imports into an encrypted per-client store, so there is no ratio:
the goal is absolute.

`python -m bench.importing` runs this section alone and prints it as markdown.
"""

from __future__ import annotations

import csv
import random
import shutil
import sys
import time
from pathlib import Path

from bench.common import QUICK, Goal, Section, median, reps, scratch, table
from vault.importing.importer import import_clients, inspect
from vault.keys import kdf
from vault.session import Vault

ROWS = 5_000 if QUICK else 100_000
ROUNDS = reps(3, 1)
GOAL_SECONDS = 30.0
PASSWORD = "bench-import-password"  # noqa: S105 - a throwaway vault of invented data
HEADERS = ["会社名", "担当者", "ふりがな", "メール", "電話", "郵便番号", "住所", "備考"]
SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"]
GIVEN = ["太郎", "花子", "健一", "美咲", "翔太", "陽子", "大輔", "さくら"]
KANA = ["さとう", "すずき", "たかはし", "たなか", "いとう", "わたなべ", "やまもと", "なかむら"]
TOWNS = [
    "東京都渋谷区神宮前",
    "大阪府大阪市北区梅田",
    "福岡県福岡市中央区天神",
    "北海道札幌市中央区",
]


def write_list(path: Path, rows: int) -> None:
    rng = random.Random(20261125)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, lineterminator="\r\n")  # as Excel writes it
        out.writerow(HEADERS)
        for n in range(rows):
            person = rng.choice(SURNAMES) + rng.choice(GIVEN)
            out.writerow(
                [
                    f"{rng.choice(SURNAMES)}商事{n}",
                    person,
                    f"{rng.choice(KANA)} {rng.choice(KANA)}",
                    f"client{n}@example.jp",
                    f"03-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
                    f"〒{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                    f"{rng.choice(TOWNS)}{rng.randint(1, 9)}丁目{rng.randint(1, 30)}−{n % 50 + 1}",
                    "請求書は月末締め" if n % 3 else "",
                ]
            )


def _round(folder: Path, source: Path) -> tuple[float, float, int, int]:
    """(dry run seconds, commit seconds, clients added, contacts added) in a fresh vault."""
    shutil.rmtree(folder, ignore_errors=True)
    vault, _ = Vault.create(folder, PASSWORD, kdf_params=kdf.fixed(64, 3))
    with vault:
        columns = inspect(source).guess
        start = time.perf_counter()
        import_clients(vault, source, columns, dry_run=True)
        dry = time.perf_counter() - start
        start = time.perf_counter()
        result = import_clients(vault, source, columns, dry_run=False)
        commit = time.perf_counter() - start
        if not result.committed or result.clients != ROWS:
            raise SystemExit(f"the import added {result.clients} of {ROWS} clients")
    return dry, commit, result.clients, result.contacts


def run() -> Section:
    section = Section(f"Importing a {ROWS:,}-row client list")
    work = scratch("importing")
    source = work / "顧客一覧.csv"
    write_list(source, ROWS)
    rounds = [_round(work / "vault", source) for _ in range(ROUNDS)]
    size_mib = source.stat().st_size / (1 << 20)
    shutil.rmtree(work, ignore_errors=True)
    dry, commit = median([r[0] for r in rounds]), median([r[1] for r in rounds])
    section.body += table(
        ["step", "median", "range", "rows per second"],
        [
            (
                "dry run (read, map, check, find duplicates)",
                f"{dry:.1f} s",
                f"{min(r[0] for r in rounds):.1f}–{max(r[0] for r in rounds):.1f} s",
                f"{ROWS / dry:,.0f}",
            ),
            (
                f"import ({rounds[0][2]:,} clients + {rounds[0][3]:,} contact records, "
                "one transaction)",
                f"{commit:.1f} s",
                f"{min(r[1] for r in rounds):.1f}–{max(r[1] for r in rounds):.1f} s",
                f"{ROWS / commit:,.0f}",
            ),
        ],
    )
    section.goals.append(
        Goal(
            f"import of a {ROWS:,}-row client CSV",
            f"≤ {GOAL_SECONDS:.0f} s",
            f"{commit:.1f} s",
            commit <= GOAL_SECONDS,
        )
    )
    section.method += [
        f"the CSV: {ROWS:,} rows of invented clients in 8 columns (会社名, 担当者, ふりがな, "
        f"メール, 電話, 郵便番号, 住所, 備考), UTF-8 with BOM and CRLF as Excel saves it, "
        f"{size_mib:.1f} MiB, written once (not timed).",
        f"each of {ROUNDS} rounds: a fresh vault (Argon2id at the floor, not timed), the "
        "mapping guessed from the headers by `inspect`, then `import_clients(dry_run=True)` "
        "and `import_clients(dry_run=False)` timed with `time.perf_counter()`; the real "
        "import includes the duplicate check against the (empty) vault, sealing every "
        "value under each client's own key, one transaction and its audit entry.",
    ]
    return section


def main() -> int:
    from bench import run_all  # noqa: PLC0415 - run_all imports this module

    return run_all.run_alone(9, "importing", run)


if __name__ == "__main__":
    sys.exit(main())
