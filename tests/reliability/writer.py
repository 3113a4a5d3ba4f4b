"""A child process that works on a vault until the crash tests kill it with SIGKILL.

Run as `python -m tests.reliability.writer MODE VAULT_DIR SEED [DIE_AT]`, with the
password (and for `rekey` the new password) one line each on stdin. Every line
it prints is one JSON object, flushed at once, so the parent knows exactly what
was in flight when the kill landed:

- `{"op": "ready"}` once the vault is unlocked;
- `{"op": "intent-…", …}` just before a change is committed;
- `{"op": "added" | "updated" | "deleted" | "rekeyed", …}` once that call returned.

Modes: `write` adds, updates and deletes records forever; `hold` keeps the vault
open and does nothing; `rekey` re-keys once (optionally killing itself at a
named step of the on-disk switch, DIE_AT) and then holds; `erase` erases one
client after another (`intent-erase`, then `erased`) and holds when none is left;
`restore` backs up and restores, killing itself at the named step DIE_AT of the swap.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
import zlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from vault import session
from vault.backup import restore as backup_module
from vault.backup.manager import BackupManager
from vault.backup.restore import BackupRestorer
from vault.domain.model import Field, FieldType, RecordKind
from vault.erasure.eraser import Eraser, Reason
from vault.keys import rekey
from vault.session import Vault
from vault.storage import key_rotation
from vault.storage.client_store import NewRecord

MAX_BATCH = 20


def body_for(title: str) -> str:
    """The body a record with this title must have: deterministic, 40 B to ~1 KiB."""
    repeats = 1 + zlib.crc32(title.encode()) % 24
    return f"{title}: 打ち合わせメモ ✓\n" * repeats


def fields_for(title: str) -> tuple[Field, ...]:
    return (Field("body", body_for(title), FieldType.MULTILINE),)


def say(**message: Any) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def hold() -> None:
    while True:
        time.sleep(60)


def write_forever(vault: Vault, seed: int) -> None:
    rng = random.Random(seed)
    store = vault.clients
    clients = sorted(c.id for c in store.list_clients())
    live = [str(row[0]) for row in vault.database.execute("SELECT id FROM records ORDER BY id")]
    serial = 0

    def next_titles(count: int) -> list[str]:
        nonlocal serial
        titles = [f"s{seed}-{serial + i}" for i in range(count)]
        serial += count
        return titles

    while True:
        roll = rng.random()
        if roll < 0.4 or len(live) < 5:
            client, (title,) = rng.choice(clients), next_titles(1)
            say(op="intent-add", client=client, titles=[title])
            record = store.add_record(client, RecordKind.NOTE, title, fields_for(title))
            live.append(record.id)
            say(op="added", ids=[record.id], titles=[title])
        elif roll < 0.7:
            client, titles = rng.choice(clients), next_titles(rng.randint(2, MAX_BATCH))
            say(op="intent-add", client=client, titles=titles)
            items = [NewRecord(RecordKind.NOTE, t, fields_for(t)) for t in titles]
            records = store.add_records(client, items)
            live.extend(r.id for r in records)
            say(op="added", ids=[r.id for r in records], titles=titles)
        elif roll < 0.82:
            record = store.get_record(rng.choice(live))
            title = f"{record.title}.u"
            say(op="intent-update", id=record.id, title=title)
            store.update_record(replace(record, title=title, fields=fields_for(title)))
            say(op="updated", id=record.id, title=title)
        elif roll < 0.95:
            victim = live.pop(rng.randrange(len(live)))
            say(op="intent-delete", id=victim)
            store.delete_record(victim)
            say(op="deleted", id=victim)
        else:
            vault.database.checkpoint()  # a kill during a checkpoint rewrites vault.db itself


def erase_all(vault: Vault) -> None:
    for client in sorted(c.id for c in vault.clients.list_clients()):
        say(op="intent-erase", client=client)
        result = Eraser(vault).erase(Eraser(vault).client_target(client), Reason.MANUAL)
        say(op="erased", client=client, certificate=result.certificate.certificate_id)


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _dying_before(call: Callable[..., Any], *, on_call: int = 1) -> Callable[..., Any]:
    calls = 0

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == on_call:
            _die()
        return call(*args, **kwargs)

    return wrapper


def _dying_after(call: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        call(*args, **kwargs)
        _die()

    return wrapper


def arrange_death(step: str) -> None:
    """Kill this process at one named point of `Vault.rekey`: re-encrypting, or its switch."""
    if step == "reencrypting":  # a blob half re-encrypted: header and first chunk written
        key_rotation.write_all = _dying_before(key_rotation.write_all, on_call=3)  # type: ignore[attr-defined]
    elif step == "copy-complete":  # the copy and every .next blob done, no vault.header.next
        session.write_header = _dying_before(session.write_header)  # type: ignore[attr-defined]
    elif step == "before-switch":  # every *.next file complete, nothing switched yet
        session.switch_to_pending = _dying_before(session.switch_to_pending)  # type: ignore[attr-defined]
    elif step == "db-switched":  # vault.db is the new one, the blobs and header the old ones
        rekey.fsync_dir = _dying_before(rekey.fsync_dir)  # type: ignore[attr-defined]
    elif step == "blobs-switching":  # one blob is the re-encrypted one, the others are old
        key_rotation.switch_blob = _dying_before(key_rotation.switch_blob, on_call=2)
    elif step == "header-switched":  # both renamed, the last directory fsync not yet done
        rekey.fsync_dir = _dying_before(rekey.fsync_dir, on_call=2)  # type: ignore[attr-defined]
    elif step == "new-key-unshown":  # switched and reopened; the key never reached anyone
        session.Vault.unlock = _dying_after(session.Vault.unlock)  # type: ignore[method-assign]
    elif step != "none":
        raise SystemExit(f"unknown step {step!r}")


def restore_and_die(vault: Vault, password: str, step: str) -> None:
    """Back up, then restore that backup, killed at one step of the folder swap."""
    backup = BackupManager(vault).create()
    original = Path.replace

    def replace(source: Path, target: Path | str) -> Path:
        target = Path(target)
        if step == "entries-moved" and ".before-restore-" in target.name:
            _die()  # backups/ and certificates/ are in the copy; the vault folder not renamed
        if step == "folder-aside" and ".restore-" in source.name and ".before" not in target.name:
            _die()  # the vault folder is now .before-restore-*; the copy not yet in its place
        return original(source, target)

    Path.replace = replace  # type: ignore[method-assign,assignment]
    if step == "copy-in":  # swapped, not yet confirmed nor the old folder removed
        backup_module.BackupRestorer._confirm = lambda *_args: _die()  # type: ignore[method-assign]
    say(op="intent-restore")
    BackupRestorer(vault).restore(backup.path, password)
    say(op="restored")


def main(argv: list[str]) -> None:
    mode, folder, seed = argv[0], Path(argv[1]), int(argv[2])
    password = sys.stdin.readline().rstrip("\n")
    vault = Vault(folder)
    vault.unlock(password)
    say(op="ready", pid=os.getpid())
    if mode == "write":
        write_forever(vault, seed)
    elif mode == "rekey":
        new_password = sys.stdin.readline().rstrip("\n")
        arrange_death(argv[3] if len(argv) > 3 else "none")
        say(op="rekeyed", recovery_key=vault.rekey(new_password))
    elif mode == "erase":
        erase_all(vault)
    elif mode == "restore":
        restore_and_die(vault, password, argv[3])
    hold()


if __name__ == "__main__":
    main(sys.argv[1:])
