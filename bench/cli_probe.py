"""`python -m bench.cli_probe ARGS…`: run `clientvault ARGS…` and say where its time went.

The same `vault.cli.main.main` the `clientvault` script calls, with
`vault.kdf.derive` wrapped to time Argon2id inside the process. Prints the
command's own output on stdout as usual and, last on stderr, one JSON line:
seconds spent importing the CLI, in Argon2id, and in the rest of `main()`.
"""

from __future__ import annotations

import json
import sys
import time

_started = time.perf_counter()

from vault.cli.main import main  # noqa: E402
from vault.keys import kdf  # noqa: E402 - imports are what is being timed
from vault.keys.secret import SecretKey  # noqa: E402

_imported = time.perf_counter()
_argon2: list[float] = []
_derive = kdf.derive


def _timed_derive(password: str, params: kdf.KdfParams) -> SecretKey:
    start = time.perf_counter()
    try:
        return _derive(password, params)
    finally:
        _argon2.append(time.perf_counter() - start)


if __name__ == "__main__":
    kdf.derive = _timed_derive
    before = time.perf_counter()
    code = main(sys.argv[1:])
    sys.stdout.flush()
    spent = {
        "imports": _imported - _started,
        "argon2": sum(_argon2),
        "main_without_argon2": time.perf_counter() - before - sum(_argon2),
    }
    sys.stderr.write(json.dumps(spent) + "\n")
    sys.exit(code)
