"""Resident memory of a fresh process: `python -m bench.rss_probe VAULT_DIR` prints JSON.

Run as its own process so the benchmark runner's memory does not count.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.common import PASSWORD
from vault.session import Vault


def status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def main(folder: Path) -> dict[str, int]:
    before = status_kib("VmRSS")
    with Vault(folder) as vault:
        vault.unlock(PASSWORD)
        unlocked = status_kib("VmRSS")
        vault.start_indexing().join()
        indexed = status_kib("VmRSS")
        peak = status_kib("VmHWM")
    return {
        "rss_before_unlock_kib": before,
        "rss_unlocked_kib": unlocked,
        "rss_indexed_kib": indexed,
        "peak_kib": peak,
    }


if __name__ == "__main__":
    sys.stdout.write(json.dumps(main(Path(sys.argv[1]))) + "\n")
