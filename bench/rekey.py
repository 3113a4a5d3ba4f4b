"""Re-keying everything: new master key, new client keys, every value and blob re-encrypted.

A vault with 10,000 demo records over 100 clients (`vault.demo.fill`) and 256 MiB
of attachments (8 files of 32 MiB of random bytes, one per client for the first 8)
is re-keyed once with `Vault.rekey` (export, re-sealing every value, streaming every
blob into its `.next` file, re-chaining the audit log, vacuum, the switch and the
unlock under the new password). The Argon2id derivations of the new password are
part of the time, at the bench's KDF settings. Not part of `make bench` yet:

    python -m bench.rekey        (BENCH_QUICK=1 for 1,000 records and 4 files of 8 MiB)
"""

from __future__ import annotations

import io
import os
import shutil
import time

from bench.common import PASSWORD, QUICK, bench_kdf, scratch
from vault.demo import fill
from vault.session import Vault

MIB = 1 << 20
RECORDS = 1_000 if QUICK else 10_000
CLIENTS = 10 if QUICK else 100
FILES = 4 if QUICK else 8
FILE_MIB = 8 if QUICK else 32


def main() -> None:
    folder = scratch("rekey") / "vault"
    vault, _ = Vault.create(folder, PASSWORD, kdf_params=bench_kdf())
    try:
        fill(vault, clients=CLIENTS, records=RECORDS)
        clients = [c.id for c in vault.clients.list_clients()]
        for number in range(FILES):
            data = io.BytesIO(os.urandom(FILE_MIB * MIB))
            vault.attachments.add(clients[number % len(clients)], data, f"scan-{number}.pdf")
        vault.database.checkpoint()
        db_mib = (folder / "vault.db").stat().st_size / MIB
        steps: list[float] = []

        def progress(done: int, total: int) -> bool:
            if not steps:
                steps.append(time.perf_counter())
            return True

        started = time.perf_counter()
        vault.rekey(PASSWORD + " new", progress)
        seconds = time.perf_counter() - started
    finally:
        vault.close()
        shutil.rmtree(folder.parent, ignore_errors=True)
    print(
        f"| re-key everything: {RECORDS:,} records in {CLIENTS} clients, {FILES} × {FILE_MIB} "
        f"MiB of attachments, vault.db {db_mib:.1f} MiB | {seconds:.2f} s "
        f"(before the first re-encrypted byte: {steps[0] - started:.2f} s) |"
    )


if __name__ == "__main__":
    main()
