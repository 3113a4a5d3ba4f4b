"""Attaching and reading back a 1 GiB file, against `cp` and the `age` CLI.

The same file of random bytes is attached (`vault.attachments.add`: SHA-256 and
AES-256-GCM in 1 MiB chunks, fsync, rename, row and audit entry), encrypted by
`age -r` to an X25519 recipient, and copied by `cp`; then read back
(`vault.attachments.save_copy`, which decrypts, verifies every chunk and
fsyncs) against `age -d`. age and cp do not fsync their output, ClientVault
does: each of them is also shown with an fsync of its output file and folder
after it exits. The sides of each direction run in a rotating order in every
round, each after a `sync`.

Peak memory of the attach and of the read-back is measured in a child process
(`python -m bench.attachments probe …`) that only opens the vault, unlocks it,
and does those two things.

`python -m bench.attachments` runs this section alone and prints it as markdown.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from bench.common import (
    KDF_MEMORY_MIB,
    KDF_PARALLELISM,
    KDF_TIME_COST,
    PASSWORD,
    QUICK,
    ROOT,
    Goal,
    Section,
    bench_kdf,
    median,
    ms,
    reps,
    scratch,
    table,
)
from bench.erasure import run_tool, seconds_text, spread, tool, write_random
from bench.rss_probe import status_kib
from vault.session import Vault
from vault.storage.blob_io import CHUNK_SIZE

MIB = 1 << 20
SIZE = (64 if QUICK else 1024) * MIB
ROUNDS = reps(5, 1)  # 5: the machine's noise is tens of percent; 10 s per round
NAME = "撮影データ.mov"
WRITES = ("attach", "age", "cp")
READS = ("save_copy", "age -d")
MEMORY_GOAL_BYTES = 100_000_000  # "100 MB"


def _size_text() -> str:
    return f"{SIZE // MIB:,} MiB" if SIZE < 1 << 30 else f"{SIZE / (1 << 30):g} GiB"


def _rounds() -> str:
    return f"{ROUNDS} round" + ("s" if ROUNDS != 1 else "")


def _log(message: str) -> None:
    sys.stderr.write(f"bench: {message}\n")
    sys.stderr.flush()


def fsync_output(path: Path) -> float:
    """fsync a finished output file and then its folder, as `attachments.add` does its blob."""
    start = time.perf_counter()
    for target, flags in ((path, os.O_RDONLY), (path.parent, os.O_RDONLY | os.O_DIRECTORY)):
        fd = os.open(target, flags)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return time.perf_counter() - start


@dataclass
class Timing:
    seconds: float
    fsync: float = 0.0  # the fsync after a tool that does not sync (0 for ClientVault)
    max_rss_kib: int = 0  # a tool's peak resident memory (GNU time's %M)
    user: float = 0.0  # CPU seconds in user mode (every thread of the process or command)
    system: float = 0.0  # CPU seconds in the kernel, likewise

    @property
    def synced(self) -> float:
        return self.seconds + self.fsync


# -- the timed sides ----------------------------------------------------------------


@dataclass(frozen=True)
class Tools:
    age: str
    cp: str
    key: Path
    recipient: str
    version: str


def _tools(root: Path) -> Tools:
    age, keygen, cp = tool("age"), tool("age-keygen"), tool("cp")
    key = root / "age-key.txt"
    subprocess.run([keygen, "-o", str(key)], check=True, capture_output=True)
    recipient = subprocess.run(
        [keygen, "-y", str(key)], check=True, capture_output=True, text=True
    ).stdout.strip()
    version = subprocess.run([age, "--version"], check=True, capture_output=True, text=True)
    return Tools(age, cp, key, recipient, version.stdout.strip())


def _cpu() -> tuple[float, float]:
    """User and system CPU seconds of this process so far, every thread counted."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime, usage.ru_stime


def _measured(start: float, cpu: tuple[float, float]) -> Timing:
    seconds = time.perf_counter() - start
    user, system = _cpu()
    return Timing(seconds, user=user - cpu[0], system=system - cpu[1])


def _tool_timing(argv: Sequence[str], out: Path) -> Timing:
    run = run_tool(argv, peak_memory=True)
    fsync = fsync_output(out)
    return Timing(run.seconds, fsync, run.max_rss_kib, run.user_seconds, run.system_seconds)


PARTS = ("read", "sha256", "aes-gcm")


def attach_parts(source: Path) -> dict[str, float]:
    """The attach's CPU steps on the same file, one after another on one thread."""
    spent = dict.fromkeys(PARTS, 0.0)
    plain = memoryview(bytearray(CHUNK_SIZE))
    sealed = memoryview(bytearray(CHUNK_SIZE + 16))
    aead = AESGCM(AESGCM.generate_key(256))
    digest = hashlib.sha256()
    with source.open("rb", buffering=0) as handle:
        while True:
            t0 = time.perf_counter()
            filled = handle.readinto(plain)
            t1 = time.perf_counter()
            if not filled:
                break
            digest.update(plain[:filled])
            t2 = time.perf_counter()
            aead.encrypt_into(os.urandom(12), plain[:filled], b"", sealed[: filled + 16])
            t3 = time.perf_counter()
            spent["read"] += t1 - t0
            spent["sha256"] += t2 - t1
            spent["aes-gcm"] += t3 - t2
    return spent


@dataclass
class Results:
    writes: dict[str, list[Timing]]
    reads: dict[str, list[Timing]]
    memory: dict[str, int]
    age_version: str
    parts: list[dict[str, float]]


@dataclass
class _Round:
    """One round's sides; the reading sides read what the writing sides wrote."""

    vault: Vault
    client_id: str
    tools: Tools
    root: Path
    source: Path
    attachment_id: str = ""

    @property
    def encrypted(self) -> Path:
        return self.root / "out.age"

    def attach(self) -> Timing:
        cpu, start = _cpu(), time.perf_counter()
        self.attachment_id = self.vault.attachments.add(self.client_id, self.source, NAME).id
        return _measured(start, cpu)

    def age_encrypt(self) -> Timing:
        age, recipient = self.tools.age, self.tools.recipient
        argv = [age, "-r", recipient, "-o", str(self.encrypted), str(self.source)]
        return _tool_timing(argv, self.encrypted)

    def copy(self) -> Timing:
        out = self.root / "copy.mov"
        timing = _tool_timing([self.tools.cp, str(self.source), str(out)], out)
        out.unlink()
        return timing

    def save_copy(self) -> Timing:
        out = self.root / "saved.mov"
        cpu, start = _cpu(), time.perf_counter()
        self.vault.attachments.save_copy(self.attachment_id, out)
        timing = _measured(start, cpu)
        out.unlink()
        return timing

    def age_decrypt(self) -> Timing:
        out = self.root / "decrypted.mov"
        key = str(self.tools.key)
        argv = [self.tools.age, "-d", "-i", key, "-o", str(out), str(self.encrypted)]
        timing = _tool_timing(argv, out)
        out.unlink()
        return timing

    def clean(self) -> None:
        self.vault.attachments.delete(self.attachment_id)
        self.encrypted.unlink()


def measure(log: Callable[[str], None]) -> Results:
    root = scratch("attachments")
    try:
        tools = _tools(root)
        source = root / NAME
        log(f"attachments: writing {_size_text()} of random bytes")
        write_random(source, SIZE)
        folder = root / "vault"
        vault, _recovery = Vault.create(folder, PASSWORD, kdf_params=bench_kdf())
        writes: dict[str, list[Timing]] = {name: [] for name in WRITES}
        reads: dict[str, list[Timing]] = {name: [] for name in READS}
        parts: list[dict[str, float]] = []
        with vault:
            client_id = vault.clients.add_client("山田デザイン事務所", ["info@example.jp"], []).id
            for round_number in range(ROUNDS):
                log(f"attachments: round {round_number + 1}/{ROUNDS}")
                sides = _Round(vault, client_id, tools, root, source)
                write_sides = {"attach": sides.attach, "age": sides.age_encrypt, "cp": sides.copy}
                _rotated(round_number, write_sides, writes)
                os.sync()
                parts.append(attach_parts(source))
                read_sides = {"save_copy": sides.save_copy, "age -d": sides.age_decrypt}
                _rotated(round_number, read_sides, reads)
                sides.clean()
        log("attachments: peak memory, in a child process")
        memory = _probe_memory(folder, source, root / "probe-out.mov")
        return Results(writes, reads, memory, tools.version, parts)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _rotated(
    round_number: int, sides: dict[str, Callable[[], Timing]], into: dict[str, list[Timing]]
) -> None:
    names = list(sides)
    shift = round_number % len(names)
    for name in names[shift:] + names[:shift]:
        os.sync()
        into[name].append(sides[name]())


# -- peak memory: a child process that only attaches and reads back -----------------


def _reset_peak() -> None:
    """Set VmHWM back to the current VmRSS (Linux ≥ 4.0), so Argon2id's memory is not counted."""
    Path("/proc/self/clear_refs").write_text("5")


def probe(folder: Path, source: Path, out: Path) -> dict[str, int]:
    imported = status_kib("VmRSS")
    with Vault(folder) as vault:
        vault.unlock(PASSWORD)
        client_id = vault.clients.list_clients()[0].id
        unlocked = status_kib("VmRSS")
        _reset_peak()
        attachment = vault.attachments.add(client_id, source, NAME)
        attach_peak = status_kib("VmHWM")
        before_read = status_kib("VmRSS")
        _reset_peak()
        vault.attachments.save_copy(attachment.id, out)
        read_peak = status_kib("VmHWM")
        vault.attachments.delete(attachment.id)
    out.unlink()
    return {
        "imported_kib": imported,
        "unlocked_kib": unlocked,
        "attach_peak_kib": attach_peak,
        "before_read_kib": before_read,
        "read_peak_kib": read_peak,
    }


def _probe_memory(folder: Path, source: Path, out: Path) -> dict[str, int]:
    result = subprocess.run(
        [sys.executable, "-m", "bench.attachments", "probe", str(folder), str(source), str(out)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    values: dict[str, int] = json.loads(result.stdout)
    return values


# -- report -------------------------------------------------------------------------


def _mib(kib: float) -> str:
    return f"{kib / 1024:.0f} MiB"


def _rate(seconds: float) -> str:
    return f"{SIZE / MIB / seconds:,.0f} MiB/s"


def _rows(
    timings: dict[str, list[Timing]], ours: str, labels: dict[str, str], memory: dict[str, str]
) -> list[list[object]]:
    base = median([t.seconds for t in timings[ours]])
    rows: list[list[object]] = []
    for name, runs in timings.items():
        cpu = (
            f"{seconds_text(median([t.user for t in runs]))} / "
            f"{seconds_text(median([t.system for t in runs]))}"
        )
        variants = [(labels[name], [t.seconds for t in runs], cpu, memory[name])]
        if name != ours:
            variants.append((f"{labels[name]}, then fsync", [t.synced for t in runs], "—", "—"))
        for label, values, cpu_text, peak in variants:
            value = median(values)
            rows.append(
                [
                    label,
                    f"**{seconds_text(value)}**" if name == ours else seconds_text(value),
                    spread(values),
                    _rate(value),
                    f"**{value / base:.2f}**" if name != ours else "1.00",
                    cpu_text,
                    peak,
                ]
            )
    return rows


def run(log: Callable[[str], None] | None = None) -> Section:
    results = measure(log or _log)
    mem = results.memory
    w, r = results.writes, results.reads

    def t(side: dict[str, list[Timing]], name: str) -> float:
        return median([x.seconds for x in side[name]])

    def rss(side: dict[str, list[Timing]], name: str) -> str:
        return _mib(max(x.max_rss_kib for x in side[name]))

    attach_peak = mem["attach_peak_kib"]
    attach_added = attach_peak - mem["unlocked_kib"]
    read_added = mem["read_peak_kib"] - mem["before_read_kib"]
    size = _size_text()
    age = results.age_version
    section = Section("Attachments vs cp and age")
    section.body += [
        f"Writing {size} of random bytes ({_rounds()}, the three sides in a rotating order; "
        f"age {age}):",
        "",
    ]
    section.body += table(
        [
            "how",
            "median",
            "range",
            "throughput",
            "time ÷ attach's (medians)",
            "CPU user / system (medians)",
            "peak memory",
        ],
        _rows(
            w,
            "attach",
            {
                "attach": "**ClientVault** `attachments.add` (with fsync)",
                "age": "`age -r` (X25519 recipient)",
                "cp": "`cp`",
            },
            {
                "attach": f"{_mib(attach_peak)} (+{_mib(attach_added)})",
                "age": rss(w, "age"),
                "cp": rss(w, "cp"),
            },
        ),
    )
    section.body += [f"Reading the {size} back to a new file:", ""]
    section.body += table(
        [
            "how",
            "median",
            "range",
            "throughput",
            "time ÷ save_copy's (medians)",
            "CPU user / system (medians)",
            "peak memory",
        ],
        _rows(
            r,
            "save_copy",
            {
                "save_copy": "**ClientVault** `attachments.save_copy` (with fsync)",
                "age -d": "`age -d -i KEY`",
            },
            {
                "save_copy": f"{_mib(mem['read_peak_kib'])} (+{_mib(read_added)})",
                "age -d": rss(r, "age -d"),
            },
        ),
    )
    section.body += [
        "ClientVault's process in the memory probe: "
        f"{_mib(mem['imported_kib'])} after imports, {_mib(mem['unlocked_kib'])} unlocked; "
        f"peak while attaching **{_mib(attach_peak)}** (+{_mib(attach_added)}), while "
        f"reading back {_mib(mem['read_peak_kib'])} (+{_mib(read_added)}).",
        "",
    ]
    section.method = [
        f"the file: {size} from `os.urandom`, written once under bench/out/scratch (ext4 on a "
        "virtual disk, real fsync); it stays in the page cache, so every side reads it from "
        "memory; the vault: Argon2id "
        f"m={KDF_MEMORY_MIB} MiB, t={KDF_TIME_COST}, p={KDF_PARALLELISM} (`bench_kdf()`; "
        "unlocking is not timed), one client.",
        "ClientVault attach: wall time of `vault.attachments.add(client_id, Path, name)` in "
        f"this process: read in {CHUNK_SIZE // MIB} MiB chunks, SHA-256 on a helper thread, "
        "AES-256-GCM per chunk, write to a temp file, fsync, rename, fsync of the folder, "
        "then the row and its audit entry in one transaction (fsync'd WAL).",
        "`age -r`: `age -r RECIPIENT -o OUT FILE` as a subprocess (X25519 recipient made by "
        "`age-keygen` once per run; ChaCha20-Poly1305 in 64 KiB chunks), wall time spawn → "
        "exit; `cp`: `cp FILE OUT` likewise. Neither fsyncs, so their output may still be "
        "in the page cache when they exit; the 'then fsync' rows add the time of an fsync of "
        "the output file and of its folder done right after they exit (what ClientVault's "
        "own fsync covers).",
        "read back: `vault.attachments.save_copy(id, OUT)` (decrypt and verify each chunk, "
        "write a temp file, fsync, audit entry, rename, folder fsync) against `age -d -i KEY "
        "-o OUT FILE.age`, with and without the same fsync after it; the attachment and the "
        ".age file read are the ones written earlier in the same round (both in the page "
        "cache).",
        "rounds: each round runs the three writing sides, then the two reading sides, each "
        "in an order rotated by one side per round, with a `sync` before every side so none "
        "pays for another's write-back; outputs are removed after their side (not timed); "
        "ratios are median ÷ median of the same run; throughput = size ÷ median time.",
        "peak memory, ClientVault: a child process (`python -m bench.attachments probe "
        "VAULT FILE OUT`) opens the vault and unlocks it, then resets its peak (`5` written "
        "to /proc/self/clear_refs sets `VmHWM` to the current `VmRSS`, so Argon2id's "
        f"{KDF_MEMORY_MIB} MiB, freed after unlocking, is not counted), attaches the file and "
        "reads `VmHWM`; then the same around `save_copy`. The first number is the process's "
        "peak, the one in brackets the peak minus the process's `VmRSS` just before.",
        "CPU: user and system seconds, every thread counted: for ClientVault the "
        "`getrusage(RUSAGE_SELF)` difference around the call (no other thread of the "
        "process is busy then), for age and cp `os.wait4`'s usage of the command (GNU time "
        "around it included).",
        "peak memory, age and cp: each runs under GNU time (`/usr/bin/time -f %M`, the "
        "command's own maximum resident set; GNU time adds about a millisecond to the "
        "wall times above), highest over the rounds.",
    ]
    ratio = t(w, "age") / t(w, "attach")
    synced_ratio = median([x.synced for x in w["age"]]) / t(w, "attach")
    section.goals = [
        Goal(
            f"attachment encryption throughput vs the `age` CLI ({size})",
            "≥ 0.8× age's",
            f"{ratio:.2f}× against `age -r` as run ({synced_ratio:.2f}× against age + fsync)",
            ratio >= 0.8,
        ),
        Goal(
            f"peak memory attaching a {size} file",
            "≤ 100 MB",
            f"{_mib(attach_peak)} ({attach_peak * 1024 / 1e6:.0f} MB) for the whole process, "
            f"+{_mib(attach_added)} over the unlocked process",
            attach_peak * 1024 <= MEMORY_GOAL_BYTES,
        ),
    ]
    section.findings = _findings(results, t(w, "attach"), synced_ratio)
    return section


def _findings(results: Results, attach: float, synced_ratio: float) -> list[str]:
    runs = results.parts
    p = {part: median([x[part] for x in runs]) for part in PARTS}
    fsync = median([x.fsync for x in results.writes["age"]])
    cp = [x.seconds for x in results.writes["cp"]]
    attach_cpu = median([x.user + x.system for x in results.writes["attach"]])
    age_cpu = median([x.user + x.system for x in results.writes["age"]])
    saved = results.reads["save_copy"]
    saved_user = median([x.user for x in saved])
    saved_system = median([x.system for x in saved])
    return [
        f"The attach's CPU steps, each timed alone on the same {_size_text()} in every round "
        f"(one thread, no overlap; {CHUNK_SIZE // MIB} MiB chunks):",
        "",
        *table(
            ["", "read (page cache)", "SHA-256", "AES-256-GCM"],
            [
                ["median", *(ms(p[part]) for part in PARTS)],
                [
                    "range",
                    *(
                        f"{ms(min(x[part] for x in runs))} – {ms(max(x[part] for x in runs))}"
                        for part in PARTS
                    ),
                ],
            ],
        ),
        f"SHA-256 of the plaintext (kept in the sealed metadata, used by erasure certificates; "
        f"{_rate(p['sha256'])}) costs {p['sha256'] / p['aes-gcm']:.1f}× the AES-256-GCM "
        f"encryption ({_rate(p['aes-gcm'])}): it is the attach's largest CPU step, and "
        "`attachments.add` runs it on a helper thread, overlapping the read, the encryption "
        f"and the write. The fsync of the written file costs {seconds_text(fsync)} (median "
        f"of the fsync after age), {fsync / attach:.0%} of the attach's median; age skips "
        f"it, and with it the ratio is {synced_ratio:.2f}×. Writing {_size_text()} into "
        f"the page cache varies a lot between rounds on this machine (`cp`: "
        f"{seconds_text(min(cp))} – {seconds_text(max(cp))}).",
        "",
        f"In CPU time the attach used {seconds_text(attach_cpu)} against age's "
        f"{seconds_text(age_cpu)} (medians). Its hashing thread overlaps the main thread "
        "only while a second core is free, which this 2-core machine, shared with other jobs "
        "(load average at the top of this section), does not always have: the ratio to age "
        "moves with the machine's load from run to run.",
        "",
        f"Reading back, `save_copy`'s CPU time in user mode (mostly AES-256-GCM decryption "
        f"and verification of every chunk) was {seconds_text(saved_user)}, range "
        f"{spread([x.user for x in saved])}; in the kernel (reads, writing the "
        f"{_size_text()} into the page cache, the fsync) {seconds_text(saved_system)}, "
        f"range {spread([x.system for x in saved])} (medians over the rounds).",
    ]


def main(argv: Sequence[str]) -> int:
    if argv[:1] == ["probe"]:
        folder, source, out = (Path(a) for a in argv[1:4])
        sys.stdout.write(json.dumps(probe(folder, source, out)) + "\n")
        return 0
    from bench import run_all  # noqa: PLC0415 - run_all imports this module

    return run_all.run_alone(7, "attachments", run)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
