"""SIGKILL at random moments: the vault always opens, intact, with every committed change.

A child process (`tests/reliability/writer.py`) works on one real vault and
announces each change before committing it and again once the commit returned.
The test kills it with SIGKILL after a seeded random delay, reopens the vault
through the public API and checks, every time, that:

- SQLite's `integrity_check` and SQLCipher's `cipher_integrity_check` are clean
  and the audit chain verifies;
- every record whose commit returned is there, with the content derived from
  its title, and every record whose delete returned is gone;
- the only surprises are the change that was in flight when the kill landed.

The same vault is reused across all kills, so damage would accumulate.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import queue
import random
import signal
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pytest

from tests.conftest import PASSWORD, CliRunner
from tests.reliability.writer import fields_for
from vault.domain.model import RecordKind
from vault.errors import VaultBusy, WrongSecret
from vault.keys import kdf
from vault.session import Vault

ROOT = Path(__file__).resolve().parents[2]
WRITE_KILLS = 50
REKEY_KILLS = 10
STARTUP_TIMEOUT = 60.0

Message = dict[str, Any]
Snapshot = dict[str, tuple[str, str]]  # record id -> (client id, title)


class Writer:
    """`python -m tests.reliability.writer …` with its stdout read line by line on a thread."""

    def __init__(self, proc: subprocess.Popen[str], stderr: IO[str]) -> None:
        self.proc = proc
        self._stderr = stderr
        self.messages: list[Message] = []
        self._queue: queue.Queue[Message | None] = queue.Queue()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            message = json.loads(line)
            self.messages.append(message)
            self._queue.put(message)
        self._queue.put(None)

    def join(self) -> None:
        self._thread.join(timeout=STARTUP_TIMEOUT)

    def stderr(self) -> str:
        self._stderr.flush()
        return Path(self._stderr.name).read_text(encoding="utf-8")

    def wait_for(self, op: str, timeout: float = STARTUP_TIMEOUT) -> Message:
        deadline = time.monotonic() + timeout
        while True:
            try:
                message = self._queue.get(timeout=max(deadline - time.monotonic(), 0.01))
            except queue.Empty:
                pytest.fail(f"the writer never said {op!r}; stderr:\n{self.stderr()}")
            if message is None:
                pytest.fail(f"the writer exited before {op!r}; stderr:\n{self.stderr()}")
            if message["op"] == op:
                return message

    def kill(self) -> list[Message]:
        """SIGKILL (the writer must still be running: it never exits by itself)."""
        assert self.proc.poll() is None, f"the writer died on its own:\n{self.stderr()}"
        self.proc.send_signal(signal.SIGKILL)
        return self.reap()

    def reap(self) -> list[Message]:
        """Wait for a writer that was (or killed itself) with SIGKILL; all it printed."""
        self.proc.wait(timeout=STARTUP_TIMEOUT)
        self.join()
        assert self.proc.returncode == -signal.SIGKILL, self.stderr()
        return self.messages


@contextlib.contextmanager
def spawn(mode: str, folder: Path, seed: int, *args: str, stdin: str) -> Iterator[Writer]:
    err_path = folder.parent / f"writer-{mode}-{seed}.stderr"
    with (
        err_path.open("w+", encoding="utf-8") as stderr,
        subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.writer", mode, str(folder), str(seed), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            encoding="utf-8",
            cwd=ROOT,
        ) as proc,
    ):
        assert proc.stdin is not None
        proc.stdin.write(stdin)
        proc.stdin.close()
        writer = Writer(proc, stderr)
        try:
            yield writer
        finally:  # on a failure: never leave a child running or a reader thread behind
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            writer.join()


def make_vault(folder: Path, clients: int = 2, records: int = 0, attachments: int = 0) -> list[str]:
    """A vault at the KDF floor with a few clients (and records, and attachments of 1.5
    MiB: two chunks each); returns the client ids."""
    params = kdf.fixed(kdf.FLOOR_MEMORY_MIB, kdf.FLOOR_TIME_COST)
    vault, _ = Vault.create(folder, PASSWORD, kdf_params=params)
    rng = random.Random(7)
    with vault:
        ids = [vault.clients.add_client(f"Client {n}").id for n in range(clients)]
        for n in range(records):
            title = f"seed-{n}"
            vault.clients.add_record(ids[n % clients], RecordKind.NOTE, title, fields_for(title))
        for n in range(attachments):
            data = io.BytesIO(rng.randbytes(3 << 19))
            vault.attachments.add(ids[n % clients], data, f"scan-{n}.pdf")
    return ids


@dataclass(frozen=True)
class Opened:
    records: Snapshot
    audit_entries: int
    rekeys: int
    attachments: dict[str, str]  # attachment id -> SHA-256 of its contents, as decrypted


def open_and_check(folder: Path, password: str) -> Opened:
    """Open through the API and check integrity, the audit chain and every record's content."""
    with Vault(folder) as vault:
        vault.unlock(password)
        assert vault.database.integrity_problems() == []
        assert vault.audit.verify() == []
        records: Snapshot = {}
        attachments: dict[str, str] = {}
        for client in vault.clients.list_clients():
            for record in vault.clients.list_records(client.id):
                assert record.kind is RecordKind.NOTE
                assert record.fields == fields_for(record.title), record.title
                records[record.id] = (record.client_id, record.title)
            for attachment in vault.attachments.list(client.id):
                digest = hashlib.sha256()
                for chunk in vault.attachments.open_stream(attachment.id):  # every chunk checked
                    digest.update(chunk)
                assert digest.hexdigest() == attachment.sha256, attachment.id
                attachments[attachment.id] = attachment.sha256
        actions = [e.action for e in vault.audit.entries()]
    assert not list(folder.rglob("*.next")), "an interrupted re-key was left unfinished"
    # Nothing of a rolled-back re-key is left (a header temp file killed mid-write aside).
    names = {p.name for p in folder.iterdir() if not p.name.endswith(".tmp")}
    assert names - {"blobs"} == {"vault.db", "vault.header", "vault.lock"}
    files = [p.name for p in (folder / "blobs").rglob("*") if p.is_file()]
    assert sorted(files) == sorted(attachments), "a blob file is missing or left over"
    for name in ("vault.db", "vault.header"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600, name
    return Opened(records, len(actions), actions.count("vault.rekeyed"), attachments)


@dataclass
class Expected:
    """What must be in the vault after a kill, given everything the writer announced."""

    known: Snapshot
    deleted: set[str] = field(default_factory=set)
    in_flight: Message | None = None

    def apply(self, messages: list[Message]) -> None:
        for message in messages:
            op = message["op"]
            if op.startswith("intent-"):
                self.in_flight = message
                continue
            if op == "added":
                client = self._flying("intent-add")["client"]
                for record_id, title in zip(message["ids"], message["titles"], strict=True):
                    self.known[record_id] = (client, title)
            elif op == "updated":
                self._flying("intent-update")
                self.known[message["id"]] = (self.known[message["id"]][0], message["title"])
            elif op == "deleted":
                self._flying("intent-delete")
                del self.known[message["id"]]
                self.deleted.add(message["id"])
            self.in_flight = None

    def _flying(self, op: str) -> Message:
        assert self.in_flight is not None
        assert self.in_flight["op"] == op, (self.in_flight, op)
        return self.in_flight

    def check(self, actual: Snapshot) -> None:
        flying = self.in_flight or {"op": None}
        for record_id, (client, title) in self.known.items():
            if record_id not in actual:
                assert (flying["op"], flying.get("id")) == ("intent-delete", record_id), (
                    f"record {record_id} ({title}) was committed but is gone"
                )
                continue
            allowed = {title}
            if (flying["op"], flying.get("id")) == ("intent-update", record_id):
                allowed.add(flying["title"])
            actual_client, actual_title = actual[record_id]
            assert actual_client == client, record_id
            assert actual_title in allowed, (record_id, actual_title, allowed)
        assert not self.deleted & actual.keys(), "a record whose delete returned is back"
        surprises = sorted(title for i, (_, title) in actual.items() if i not in self.known)
        if surprises:  # only the batch that was being added when the kill landed
            assert flying["op"] == "intent-add", surprises
            assert surprises == sorted(flying["titles"])
            clients = {actual[i][0] for i in actual if i not in self.known}
            assert clients == {flying["client"]}


@pytest.mark.slow
def test_sigkill_while_writing_never_loses_a_commit_or_damages_the_vault(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    make_vault(folder)
    rng = random.Random(20261122)
    state = open_and_check(folder, PASSWORD)
    landed_in_flight = committed_in_flight = 0
    for run in range(WRITE_KILLS):
        expected = Expected(dict(state.records))
        with spawn("write", folder, run, stdin=f"{PASSWORD}\n") as writer:
            if run % 6 == 5:
                # Some kills land while the writer starts and unlocks (which writes too).
                time.sleep(rng.uniform(0.0, 0.4))
                if writer.proc.poll() is None:
                    writer.proc.send_signal(signal.SIGKILL)
                messages = writer.reap()
            else:
                writer.wait_for("ready")
                with pytest.raises(VaultBusy):
                    Vault(folder)  # the writer holds the single-instance lock
                time.sleep(rng.choice([rng.uniform(0.0, 0.05), rng.uniform(0.0, 0.4)]))
                messages = writer.kill()
        expected.apply(messages)
        landed_in_flight += expected.in_flight is not None

        after = open_and_check(folder, PASSWORD)  # the kernel released the flock
        expected.check(after.records)
        committed_in_flight += len(after.records.keys() - expected.known.keys())
        assert after.audit_entries >= state.audit_entries
        state = after

    # The kills really did land mid-change (not only between changes): the premise holds.
    assert landed_in_flight >= WRITE_KILLS // 3, landed_in_flight
    assert len(state.records) > WRITE_KILLS
    print(f"{landed_in_flight} kills mid-change; {committed_in_flight} in-flight records kept")


def test_the_lock_is_held_while_open_and_released_by_sigkill(
    tmp_path: Path, cli: CliRunner
) -> None:
    folder = tmp_path / "vault"
    make_vault(folder)
    with spawn("hold", folder, 0, stdin=f"{PASSWORD}\n") as writer:
        writer.wait_for("ready")
        with pytest.raises(VaultBusy, match="open in another"):
            Vault(folder)
        code, out, err = cli("client", "list", "--vault", str(folder), "--password-stdin")
        assert (code, out) == (4, "")
        assert err.startswith("clientvault: ") and err.count("\n") == 1, err
        assert "Traceback" not in err
        writer.kill()
    code, out, err = cli("client", "list", "--vault", str(folder), "--password-stdin")
    assert code == 0, err
    assert "Client 0" in out
    open_and_check(folder, PASSWORD)


def _rekey_once(
    folder: Path, run: int, old: str, new: str, *, delay: float | None, die_at: str = "none"
) -> tuple[list[Message], float]:
    """Re-key in a child; kill it `delay` s after it unlocked (None: let it finish)."""
    with spawn("rekey", folder, run, die_at, stdin=f"{old}\n{new}\n") as writer:
        writer.wait_for("ready")
        started = time.monotonic()
        if die_at != "none":
            return writer.reap(), 0.0
        if delay is None:
            writer.wait_for("rekeyed")
            elapsed = time.monotonic() - started
            return writer.kill(), elapsed
        time.sleep(delay)
        return writer.kill(), 0.0


def _open_after_rekey(folder: Path, old: str, new: str, done: bool) -> str:
    """Open after an interrupted re-key (finishing or rolling back the switch); returns the
    password that works now. (The header's bytes say nothing: every commit re-pins it.)"""
    with Vault(folder) as vault:
        try:
            vault.unlock(new)
            winner = new
        except WrongSecret:
            vault.unlock(old)
            winner = old
    assert not (done and winner == old), "the re-key returned but the old header is live"
    return winner


def _check_pending_recovery_key(folder: Path, password: str, shown: list[str]) -> None:
    """Issue 12, item 2: after the switch, unlocking shows the new recovery key (the one
    the re-key returned, if it returned) until it is confirmed, and that key opens the
    vault: a kill can no longer leave a vault whose only recovery key nobody saw."""
    with Vault(folder) as vault:
        vault.unlock(password)
        pending = vault.pending_recovery_key
    assert pending is not None, "the re-key's recovery key is lost"
    assert shown in ([], [pending])
    with Vault(folder) as vault:
        vault.unlock(recovery_key=pending)


@pytest.mark.slow
def test_sigkill_during_rekey_leaves_the_old_or_the_new_key_and_every_record(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    make_vault(folder, clients=3, records=150, attachments=6)
    rng = random.Random(4242)
    before = open_and_check(folder, PASSWORD)
    password, rekeys = PASSWORD, 0

    # One untouched run (to time a re-key), random kills, then kills at named steps:
    # every phase, from re-encrypting the blobs to the switch and the reopening.
    plan = ["finish"] + ["random"] * REKEY_KILLS
    plan += ["reencrypting", "copy-complete", "before-switch"]
    plan += ["db-switched", "blobs-switching", "header-switched", "new-key-unshown"]
    duration = 1.0
    outcomes: list[str] = []
    for run, how in enumerate(plan):
        new = f"{PASSWORD} #{run}"
        if how == "finish":
            messages, duration = _rekey_once(folder, run, password, new, delay=None)
        elif how == "random":
            delay = rng.uniform(0.0, duration * 1.1)
            messages, _ = _rekey_once(folder, run, password, new, delay=delay)
        else:
            messages, _ = _rekey_once(folder, run, password, new, delay=None, die_at=how)
        done = any(m["op"] == "rekeyed" for m in messages)
        winner = _open_after_rekey(folder, password, new, done)
        if winner == new:  # the new recovery key is never lost, whatever the kill point
            shown = [m["recovery_key"] for m in messages if m["op"] == "rekeyed"]
            _check_pending_recovery_key(folder, new, shown)
        after = open_and_check(folder, winner)
        assert after.records == before.records
        assert after.attachments == before.attachments
        rekeys += winner == new
        assert after.rekeys == rekeys
        outcomes.append("new" if winner == new else "old")
        password = winner

    # The deterministic kills: before the switch the old keys stand; once the database
    # is switched, opening finishes the switch with the new blobs and header.
    assert outcomes[-7:] == ["old", "old", "old", "new", "new", "new", "new"]
    print(f"re-key outcomes: {outcomes}")
