"""Child process for test_key_remnants: use a vault, lock it, then scan its own memory.

Prints one JSON object: for each key (raw bytes, and the database key as the hex text
of SQLCipher's key pragma), how many copies /proc/self/mem still holds after lock,
not counting the one copy this script keeps as the needle.
"""

from __future__ import annotations

import gc
import io
import json
import sys
from pathlib import Path

from vault.domain.model import RecordKind
from vault.keys import kdf
from vault.session import Vault


def _count(needles: dict[str, bytes]) -> dict[str, int]:
    counts = dict.fromkeys(needles, 0)
    regions = Path("/proc/self/maps").read_text().splitlines()
    with open("/proc/self/mem", "rb", buffering=0) as memory:  # noqa: PTH123 - raw, unbuffered
        for line in regions:
            fields = line.split()
            if not fields[1].startswith("r") or (len(fields) > 5 and fields[5] == "[vvar]"):
                continue
            start, end = (int(x, 16) for x in fields[0].split("-"))
            try:
                memory.seek(start)
                data = memory.read(end - start)
            except (OSError, ValueError, OverflowError):
                continue
            for name, needle in needles.items():
                counts[name] += data.count(needle)
    return {name: count - 1 for name, count in counts.items()}  # minus our own needle


def main(folder: Path) -> None:
    vault, _ = Vault.create(folder, "correct horse battery", kdf_params=kdf.fixed(64, 3))
    client = vault.clients.add_client("山田商店")
    vault.clients.add_record(client.id, RecordKind.NOTE, "打ち合わせ")
    vault.attachments.add(client.id, io.BytesIO(b"scan" * 1000), "scan.pdf")
    vault.search("山田")
    keys = vault.state.keys
    wrapped = bytes(vault.database.scalar("SELECT wrapped_dek FROM clients"))
    dek = vault.state.client_keys.unwrap(client.id, wrapped)
    needles = {
        "master key": bytes(keys.master.view()),
        "database key": bytes(keys.db.view()),
        "database key pragma (hex)": keys.db.view().hex().encode(),
        "client-wrap key": bytes(keys.client_wrap.view()),
        "client data key": bytes(dek.view()),
    }
    dek.wipe()
    vault.lock()
    gc.collect()
    print(json.dumps(_count(needles)))
    vault.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
