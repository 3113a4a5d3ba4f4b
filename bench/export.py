"""Encrypted export of a client (10,000 records, 1 GiB of files) against the `age` CLI.

One client holds 10,000 demo records (`vault.demo.fill`) and 8 attachments of
128 MiB of random bytes; a second client (1,000 records, one attachment) must stay
out of the bundle. Its delivery setting is an age X25519 recipient made by
`age-keygen`. Each round runs, in a rotating order and each after a `sync`: our
export to that key (`bundles.export`, the preview made just before and timed apart),
`age -r` of the same payload (the zip of a bundle of ours, decrypted once with
`age -d`, so byte for byte what our exporter encrypts), with the fsync of its output
timed after it, and our export in passphrase mode. The export's time is split into
its phases; its CPU steps are timed one by one on the same 1 GiB; its peak memory is
measured in a child process (`python -m bench.export probe …`). Redaction
throughput (`vault.redaction.export`) over the same 10,000 records is reported
without a goal.

`python -m bench.export` runs this section alone and prints it as markdown.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

from bench.attachments import fsync_output
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
from vault.demo import fill
from vault.domain.model import RecordKind
from vault.redaction import export as redaction
from vault.session import Vault
from vault.sharing import Sharing, bundle
from vault.sharing.age_writer import X25519Encryptor
from vault.sharing.output import Output
from vault.sharing.report import render_report

MIB = 1 << 20
RECORDS = 1_000 if QUICK else 10_000
OTHER_RECORDS = 100 if QUICK else 1_000
FILES = 4 if QUICK else 8
FILE_MIB = 8 if QUICK else 128
ROUNDS = reps(3, 1)
TARGET_SEED, OTHER_SEED = 41, 42
SIDES = ("export", "age", "passphrase")
RATIO_GOAL = 1.25
MEMORY_GOAL_BYTES = 200_000_000  # "200 MB"
# Phases of one export, from wrapping what `BundleExporter.export` calls.
PHASES = ("plan", "render", "write", "finish", "fsync", "commit", "rest", "early fsyncs")
STEPS = ("read + AES-GCM", "CRC-32", "ChaCha20-Poly1305", "SHA-256", "write", "fsync")


def _log(message: str) -> None:
    sys.stderr.write(f"bench: {message}\n")
    sys.stderr.flush()


def _size_text() -> str:
    return f"{FILES} × {FILE_MIB} MiB"


def _cpu() -> tuple[float, float]:
    """User and system CPU seconds of this process so far, every thread counted."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime, usage.ru_stime


# -- setup --------------------------------------------------------------------------


@dataclass(frozen=True)
class Setup:
    root: Path
    folder: Path  # the vault
    target: str
    contact: str  # the target's contact person the bundles go to
    age: str
    key: Path  # the age identity (age-keygen)
    recipient: str
    age_version: str
    payload: Path  # a bundle's zip, decrypted once: what `age -r` encrypts
    payload_bytes: int
    files: int  # files in the zip
    db_bytes: int
    first: float  # the first preview + export in the process (not in the medians)


def _one_client(vault: Vault, records: int, seed: int) -> str:
    """One demo client with `records` records (one `add_records` call); its id."""
    before = {c.id for c in vault.clients.list_clients()}
    fill(vault, clients=1, records=records, seed=seed)
    (client_id,) = {c.id for c in vault.clients.list_clients()} - before
    return client_id


def _age_key(root: Path) -> tuple[str, Path, str, str]:
    """The age binary, a new identity file, its recipient and age's version."""
    age, keygen = tool("age"), tool("age-keygen")
    key = root / "age-key.txt"
    subprocess.run([keygen, "-o", str(key)], check=True, capture_output=True)
    recipient = subprocess.run(
        [keygen, "-y", str(key)], check=True, capture_output=True, text=True
    ).stdout.strip()
    version = subprocess.run([age, "--version"], check=True, capture_output=True, text=True)
    return age, key, recipient, version.stdout.strip()


def prepare(vault: Vault, root: Path, log: Callable[[str], None]) -> Setup:
    """The two clients, the attachments, the age key, then a first export (fontTools and
    the font load then) whose zip, decrypted with `age -d`, is the payload of `age -r`."""
    age, key, recipient, version = _age_key(root)
    log(f"export: {RECORDS:,} + {OTHER_RECORDS:,} records, {_size_text()} of attachments")
    target = _one_client(vault, RECORDS, TARGET_SEED)
    other = _one_client(vault, OTHER_RECORDS, OTHER_SEED)
    source = root / "source.bin"
    for number in range(FILES):
        write_random(source, FILE_MIB * MIB)
        vault.attachments.add(target, source, f"撮影データ-{number + 1:02d}.mov")
    write_random(source, MIB)
    vault.attachments.add(other, source, "見積書.pdf")
    source.unlink()
    contact = next(r.id for r in vault.clients.list_records(target) if r.kind is RecordKind.CONTACT)
    Sharing(vault).delivery.set_age(target, contact, recipient)
    log("export: first export in the process (not in the medians), the payload")
    bundles, first = Sharing(vault).bundles, root / "first.age"
    start = time.perf_counter()
    preview = bundles.preview(target)
    bundles.export(preview, first)
    seconds = time.perf_counter() - start
    payload = root / "payload.zip"
    subprocess.run(
        [age, "-d", "-i", str(key), "-o", str(payload), str(first)], check=True, capture_output=True
    )
    first.unlink()
    with zipfile.ZipFile(payload) as archive:
        names = archive.namelist()
    _check(names == [f.path for f in preview.files], "the payload is not the previewed zip")
    _check(not any("見積書" in name for name in names), "the other client's file is in it")
    return Setup(
        root=root,
        folder=vault.folder,
        target=target,
        contact=contact,
        age=age,
        key=key,
        recipient=recipient,
        age_version=version,
        payload=payload,
        payload_bytes=payload.stat().st_size,
        files=len(names),
        db_bytes=(vault.folder / "vault.db").stat().st_size,
        first=seconds,
    )


def _check(ok: bool, problem: str) -> None:
    if not ok:
        raise RuntimeError(f"bench.export: {problem}")


# -- the sides ----------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    user: float
    system: float
    preview: float = 0.0  # ours: the preview made just before (not in `seconds`)
    fsync: float = 0.0  # age: the fsync of its output after it exits
    max_rss_kib: int = 0  # age: GNU time's %M
    phases: dict[str, float] = field(default_factory=dict)

    @property
    def synced(self) -> float:
        return self.seconds + self.fsync


def _stopwatch(spent: dict[str, float], key: str, original: Callable[..., Any]) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[key] += time.perf_counter() - start

    return wrapper


@contextlib.contextmanager
def _watched(spent: dict[str, float]) -> Iterator[None]:
    """Time the phases of `export`: its fsync on the calling thread apart from the
    early ones on the syncing helper, which overlap the rest."""
    fsync = os.fsync

    def fsync_timed(fd: int) -> None:
        main = threading.current_thread() is threading.main_thread()
        start = time.perf_counter()
        try:
            fsync(fd)
        finally:
            spent["fsync" if main else "early fsyncs"] += time.perf_counter() - start

    exporter, writer = bundle.BundleExporter, Output
    with (
        mock.patch.object(exporter, "_plan", _stopwatch(spent, "plan", exporter._plan)),
        mock.patch.object(bundle, "render_report", _stopwatch(spent, "render", render_report)),
        mock.patch.object(exporter, "_write_age", _stopwatch(spent, "write", exporter._write_age)),
        mock.patch.object(writer, "finish", _stopwatch(spent, "finish", writer.finish)),
        mock.patch.object(exporter, "_commit", _stopwatch(spent, "commit", exporter._commit)),
        mock.patch.object(os, "fsync", fsync_timed),
    ):
        yield


def ours(vault: Vault, setup: Setup, *, passphrase: bool) -> Run:
    """Preview (timed apart), `sync`, then the export, its phases timed."""
    delivery = Sharing(vault).delivery
    if passphrase:
        delivery.set_passphrase(setup.target, setup.contact)
    else:
        delivery.set_age(setup.target, setup.contact, setup.recipient)
    bundles = Sharing(vault).bundles
    start = time.perf_counter()
    preview = bundles.preview(setup.target)
    preview_seconds = time.perf_counter() - start
    out = setup.root / "bundle.age"
    os.sync()
    spent = dict.fromkeys(PHASES, 0.0)
    with _watched(spent):
        cpu, start = _cpu(), time.perf_counter()
        result = bundles.export(preview, out)
        seconds = time.perf_counter() - start
        user, system = _cpu()
    _check(result.size == out.stat().st_size and len(result.preview.files) == setup.files, "size")
    out.unlink()
    known = sum(spent[p] for p in ("plan", "write", "finish", "fsync", "commit"))
    spent["rest"] = seconds - known
    return Run(seconds, user - cpu[0], system - cpu[1], preview=preview_seconds, phases=spent)


def age_side(setup: Setup) -> Run:
    out = setup.root / "age.age"
    os.sync()
    argv = [setup.age, "-r", setup.recipient, "-o", str(out), str(setup.payload)]
    run = run_tool(argv, peak_memory=True)
    fsync = fsync_output(out)
    out.unlink()
    return Run(
        run.seconds, run.user_seconds, run.system_seconds, fsync=fsync, max_rss_kib=run.max_rss_kib
    )


def cpu_steps(vault: Vault, setup: Setup) -> dict[str, float]:
    """The export's byte-level steps on the same attachments, one after another on one
    thread: reading and decrypting them, CRC-32, our ChaCha20-Poly1305 encryptor (its
    output dropped), SHA-256, writing into the page cache and the fsync at the end."""
    spent = dict.fromkeys(STEPS, 0.0)
    out = setup.root / "steps.bin"
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)

    def write(chunk: bytes) -> None:
        view = memoryview(chunk)
        while view:
            view = view[os.write(fd, view) :]

    actions: list[tuple[str, Callable[[bytes], object]]] = [
        ("CRC-32", zlib.crc32),
        ("ChaCha20-Poly1305", X25519Encryptor(lambda _sealed: None, setup.recipient).write),
        ("SHA-256", hashlib.sha256().update),
        ("write", write),
    ]
    try:
        for attachment in vault.attachments.list(setup.target):
            chunks = vault.attachments.open_stream(attachment.id)
            while True:
                start = time.perf_counter()
                chunk = next(chunks, None)
                spent["read + AES-GCM"] += time.perf_counter() - start
                if chunk is None:
                    break
                for name, action in actions:
                    start = time.perf_counter()
                    action(chunk)
                    spent[name] += time.perf_counter() - start
        start = time.perf_counter()
        os.fsync(fd)
        spent["fsync"] = time.perf_counter() - start
    finally:
        os.close(fd)
        out.unlink()
    return spent


@dataclass(frozen=True)
class Redaction:
    preview: float
    export: float  # writing the zip and its leak gate
    kept: int  # records in the bundle (special-care records are left out)


def redaction_round(vault: Vault, setup: Setup) -> Redaction:
    start = time.perf_counter()
    previewed = redaction.preview(vault, setup.target)
    middle = time.perf_counter()
    out = setup.root / "redacted.zip"
    result = redaction.export(vault, previewed, out, as_zip=True)
    end = time.perf_counter()
    out.unlink()
    return Redaction(middle - start, end - middle, result.records)


@dataclass
class Results:
    runs: dict[str, list[Run]]
    steps: list[dict[str, float]]
    redactions: list[Redaction]
    memory: dict[str, int]
    setup: Setup


def measure(log: Callable[[str], None]) -> Results:
    root = scratch("export")
    try:
        vault, _recovery = Vault.create(root / "vault", PASSWORD, kdf_params=bench_kdf())
        runs: dict[str, list[Run]] = {name: [] for name in SIDES}
        steps: list[dict[str, float]] = []
        with vault:
            setup = prepare(vault, root, log)
            sides: dict[str, Callable[[], Run]] = {
                "export": lambda: ours(vault, setup, passphrase=False),
                "age": lambda: age_side(setup),
                "passphrase": lambda: ours(vault, setup, passphrase=True),
            }
            for round_number in range(ROUNDS):
                shift = round_number % len(SIDES)
                for name in SIDES[shift:] + SIDES[:shift]:
                    log(f"export: round {round_number + 1}/{ROUNDS}: {name}")
                    runs[name].append(sides[name]())
                os.sync()
                steps.append(cpu_steps(vault, setup))
            log("export: redaction of the same records")
            redactions = [redaction_round(vault, setup) for _ in range(ROUNDS)]
            Sharing(vault).delivery.set_age(setup.target, setup.contact, setup.recipient)
        log("export: peak memory, in a child process")
        memory = _probe_memory(setup)
        return Results(runs, steps, redactions, memory, setup)
    finally:
        shutil.rmtree(root, ignore_errors=True)


# -- peak memory: a child process that only previews and exports ------------------------


def _reset_peak() -> None:
    """Set VmHWM back to the current VmRSS (Linux ≥ 4.0), so Argon2id's memory is not counted."""
    Path("/proc/self/clear_refs").write_text("5")


def probe(folder: Path, client_id: str, out: Path) -> dict[str, int]:
    imported = status_kib("VmRSS")
    with Vault(folder) as vault:
        vault.unlock(PASSWORD)
        unlocked = status_kib("VmRSS")
        _reset_peak()
        bundles = Sharing(vault).bundles
        preview = bundles.preview(client_id)
        preview_peak = status_kib("VmHWM")
        before_export = status_kib("VmRSS")
        _reset_peak()
        bundles.export(preview, out)
        export_peak = status_kib("VmHWM")
    out.unlink()
    return {
        "imported_kib": imported,
        "unlocked_kib": unlocked,
        "preview_peak_kib": preview_peak,
        "before_export_kib": before_export,
        "export_peak_kib": export_peak,
    }


def _probe_memory(setup: Setup) -> dict[str, int]:
    out = setup.root / "probe.age"
    argv = [sys.executable, "-m", "bench.export", "probe", str(setup.folder), setup.target]
    result = subprocess.run([*argv, str(out)], check=True, capture_output=True, text=True, cwd=ROOT)
    values: dict[str, int] = json.loads(result.stdout)
    return values


# -- report -------------------------------------------------------------------------


def _mib(kib: float) -> str:
    return f"{kib / 1024:.0f} MiB"


def _rate(size: int, seconds: float) -> str:
    return f"{size / MIB / seconds:,.0f} MiB/s"


def _cpu_text(runs: Sequence[Run]) -> str:
    return (
        f"{seconds_text(median([r.user for r in runs]))} / "
        f"{seconds_text(median([r.system for r in runs]))}"
    )


def _side_rows(results: Results, payload: int) -> list[list[object]]:
    runs = results.runs
    age = median([r.seconds for r in runs["age"]])
    synced = median([r.synced for r in runs["age"]])
    mem = results.memory
    export_peak = max(mem["preview_peak_kib"], mem["export_peak_kib"])
    rows: list[list[object]] = []
    variants: list[tuple[str, list[float], str, str, bool]] = [
        (
            "**ClientVault export** to the age key (`bundles.export`, with fsync)",
            [r.seconds for r in runs["export"]],
            _cpu_text(runs["export"]),
            _mib(export_peak),
            True,
        ),
        (
            "ClientVault preview + export to the age key",
            [r.preview + r.seconds for r in runs["export"]],
            "—",
            "—",
            False,
        ),
        (
            "`age -r` (X25519 recipient) of the same zip",
            [r.seconds for r in runs["age"]],
            _cpu_text(runs["age"]),
            _mib(max(r.max_rss_kib for r in runs["age"])),
            False,
        ),
        (
            "`age -r`, then fsync",
            [r.synced for r in runs["age"]],
            "—",
            "—",
            False,
        ),
        (
            "ClientVault export, passphrase mode (scrypt stanza; no goal)",
            [r.seconds for r in runs["passphrase"]],
            _cpu_text(runs["passphrase"]),
            "—",
            False,
        ),
    ]
    for label, values, cpu, peak, bold in variants:
        value = median(values)
        shown = seconds_text(value)
        rows.append(
            [
                label,
                f"**{shown}**" if bold else shown,
                spread(values),
                _rate(payload, value),
                f"**{value / age:.2f}**" if bold else f"{value / age:.2f}",
                f"**{value / synced:.2f}**" if bold else f"{value / synced:.2f}",
                cpu,
                peak,
            ]
        )
    return rows


def _phase_rows(results: Results) -> list[list[object]]:
    rows: list[list[object]] = []
    for name, label in (("export", "age key"), ("passphrase", "passphrase")):
        runs = results.runs[name]
        cell = {phase: ms(median([r.phases[phase] for r in runs])) for phase in PHASES}
        rows.append(
            [
                label,
                f"{cell['plan']} ({cell['render']})",
                cell["write"],
                cell["finish"],
                cell["fsync"],
                cell["commit"],
                cell["rest"],
                f"**{ms(median([r.seconds for r in runs]))}**",
                cell["early fsyncs"],
                ms(median([r.preview for r in runs])),
            ]
        )
    return rows


def run(log: Callable[[str], None] | None = None) -> Section:
    results = measure(log or _log)
    setup, runs, mem = results.setup, results.runs, results.memory
    payload = setup.payload_bytes
    t = {name: median([r.seconds for r in runs[name]]) for name in SIDES}
    age_synced = median([r.synced for r in runs["age"]])
    ratio, synced_ratio = t["export"] / t["age"], t["export"] / age_synced
    export_peak = max(mem["preview_peak_kib"], mem["export_peak_kib"])
    records = f"{RECORDS:,} records"
    size = _size_text()
    section = Section("Encrypted export vs the age CLI")
    section.body += [
        f"One client with {records} and {size} of attachments (random bytes) is exported "
        f"to its age X25519 key; `age -r` encrypts the same zip ({payload / MIB:,.1f} MiB, "
        f"{setup.files} files: report, manifest and signature, data JSON and CSV, the "
        f"{FILES} attachments, the public key), taken from a bundle of ours with `age -d`. "
        f"A second client ({OTHER_RECORDS:,} records, one attachment) is in the vault "
        f"(vault.db {setup.db_bytes / MIB:.1f} MiB) and never in the bundle. {ROUNDS} "
        f"round{'s' if ROUNDS != 1 else ''}, the three sides in a rotating order; "
        f"age {setup.age_version}:",
        "",
    ]
    section.body += table(
        [
            "how",
            "median",
            "range",
            "throughput (zip)",
            "÷ `age -r` (medians)",
            "÷ `age -r` + fsync (medians)",
            "CPU user / system (medians)",
            "peak memory",
        ],
        _side_rows(results, payload),
    )
    section.body += [
        "Where the export's time goes (median of each phase over the rounds; the phases "
        "are medians, so they need not add up to the whole call):",
        "",
    ]
    section.body += table(
        [
            "export to",
            "re-read and check (of which report rendering)",
            "zip + encrypt (main thread)",
            "last batches written and hashed",
            "final fsyncs (file, folder)",
            "audit entry + rename",
            "the rest",
            "whole call",
            "early fsyncs (helper thread, overlapped)",
            "preview before it (not counted)",
        ],
        _phase_rows(results),
    )
    steps = results.steps
    step = {name: median([s[name] for s in steps]) for name in STEPS}
    attachments_bytes = FILES * FILE_MIB * MIB
    section.body += [
        f"The export's byte-level steps on the same {size}, each timed alone, one after "
        "another on one thread (no overlap), over the rounds:",
        "",
    ]
    sums = [sum(s.values()) for s in steps]
    section.body += table(
        ["", *STEPS, "sum"],
        [
            ["median", *(ms(step[name]) for name in STEPS), ms(median(sums))],
            [
                "range",
                *(
                    f"{ms(min(s[n] for s in steps))} – {ms(max(s[n] for s in steps))}"
                    for n in STEPS
                ),
                f"{ms(min(sums))} – {ms(max(sums))}",
            ],
            [
                "throughput (median)",
                *(_rate(attachments_bytes, step[name]) for name in STEPS),
                "—",
            ],
        ],
    )
    red = results.redactions
    red_preview = median([r.preview for r in red])
    red_export = median([r.export for r in red])
    red_total = median([r.preview + r.export for r in red])
    section.body += [
        f"Redaction (`vault.redaction.export`, default operators) of the same {records} "
        f"({red[0].kept:,} kept; special-care records are left out), no goal:",
        "",
    ]
    section.body += table(
        ["step", "median", "range", "records / s"],
        [
            [
                "`preview` (detect and replace)",
                seconds_text(red_preview),
                spread([r.preview for r in red]),
                f"**{RECORDS / red_preview:,.0f}**",
            ],
            [
                "`export(as_zip=True)`: files, PDF, signature, leak gate",
                seconds_text(red_export),
                spread([r.export for r in red]),
                f"**{RECORDS / red_export:,.0f}**",
            ],
            [
                "both",
                seconds_text(red_total),
                spread([r.preview + r.export for r in red]),
                f"{RECORDS / red_total:,.0f}",
            ],
        ],
    )
    section.body += [
        "ClientVault's process in the memory probe: "
        f"{_mib(mem['imported_kib'])} after imports, {_mib(mem['unlocked_kib'])} unlocked; "
        f"peak while previewing {_mib(mem['preview_peak_kib'])}, while exporting "
        f"**{_mib(mem['export_peak_kib'])}** "
        f"(+{_mib(mem['export_peak_kib'] - mem['before_export_kib'])} over the process "
        "before the export).",
        "",
    ]
    section.method = _method(results, payload)
    section.goals = [
        Goal(
            f"encrypted export of a client ({records}, {size} of attachments) vs `age -r` "
            "of the same zip",
            f"≤ {RATIO_GOAL}× age's time",
            f"{ratio:.2f}× ({seconds_text(t['export'])} vs {seconds_text(t['age'])}); "
            f"{synced_ratio:.2f}× against age + fsync",
            ratio <= RATIO_GOAL,
        ),
        Goal(
            f"peak memory of an encrypted export ({payload / MIB:,.0f} MiB bundle)",
            "≤ 200 MB",
            f"{_mib(export_peak)} ({export_peak * 1024 / 1e6:.0f} MB) for the whole "
            "process, preview and export after unlocking",
            export_peak * 1024 <= MEMORY_GOAL_BYTES,
        ),
    ]
    section.findings = _findings(results, step, ratio, synced_ratio)
    return section


def _method(results: Results, payload: int) -> list[str]:
    setup = results.setup
    return [
        f"setup (not timed): a vault (Argon2id m={KDF_MEMORY_MIB} MiB, t={KDF_TIME_COST}, "
        f"p={KDF_PARALLELISM}, `bench_kdf()`; unlocking is not timed) under "
        f"bench/out/scratch (ext4 on a virtual disk, real fsync), with the target client "
        f"({RECORDS:,} records from `vault.demo.fill`, seed {TARGET_SEED}, one `add_records` "
        f"call; {FILES} attachments of {FILE_MIB} MiB from `os.urandom`, added with "
        f"`vault.attachments.add`) and a second client ({OTHER_RECORDS:,} records, seed "
        f"{OTHER_SEED}, one 1 MiB attachment); the target's delivery setting: its first "
        "contact record, and a recipient made by `age-keygen` for this run.",
        "ClientVault export: wall time of `vault.sharing.bundles.export(preview, OUT)` in this "
        "process, the preview made just before it (timed apart: 'preview + export'); it "
        "re-reads the client and refuses if anything changed since the preview, reuses the "
        "preview's report when its content is unchanged, streams the zip (attachments "
        "decrypted and authenticated chunk by chunk, CRC-32) into the age encryptor "
        "(`vault/sharing/age_writer.py`: X25519 stanza, ChaCha20-Poly1305 in 64 KiB "
        "chunks), whose output is written and SHA-256-hashed in 1 MiB batches on a helper "
        "thread and fsync'd every 64 MiB on another; then the final fsync, the audit entry "
        "and the rename in one transaction, the folder fsync. Every output's size is "
        "checked, then the file removed (not timed).",
        f"`age -r`: `age -r RECIPIENT -o OUT payload.zip` as a subprocess, wall time spawn → "
        f"exit; payload.zip ({payload / MIB:,.1f} MiB) is the first export's bundle decrypted "
        "with `age -d -i KEY`, i.e. the zip our exporter encrypts, byte for byte (checked: "
        "its file list is the preview's, without the other client's file). age does not "
        "fsync; 'then fsync' adds an fsync of its output and of the folder right after it "
        "exits (what our export's own fsyncs cover).",
        "passphrase mode: the same export after switching the client's delivery setting to a "
        "passphrase (not timed): one scrypt stanza (work factor 2^16) instead of X25519.",
        f"rounds: {ROUNDS}, each running the three sides once in an order rotated by one "
        "side per round, each after a `sync` (so none pays for another's write-back); the "
        "attachments' blobs and payload.zip stay in the page cache for every side; ratios "
        "are median ÷ median of the same run; throughput = zip size ÷ median time.",
        "phases: the time spent in `BundleExporter._plan` (re-read, rebuild, compare with "
        "the preview; within it `render_report`), `_write_age` (zip and encryption on the "
        "calling thread, including its waits when the helper is 4 batches behind), "
        "`_Output.finish` (the last batches and the last early sync), `os.fsync` on the "
        "calling thread, `_commit`, measured by wrapping them "
        "(`unittest.mock.patch.object`); 'the rest' = whole call − those (opening the temp "
        "file, the folder fsync). Early fsyncs run on the helper thread during the writing.",
        "byte-level steps: after each round, the target's attachments read again with "
        "`open_stream` (read + AES-GCM), `zlib.crc32` of each 1 MiB chunk, our X25519 "
        "encryptor fed the chunk (output dropped), `hashlib.sha256`, `os.write` to a scratch "
        "file, and one fsync of it at the end, each timed on its own; medians over the rounds.",
        f"redaction: `vault.redaction.export.preview(vault, client)` over the target's "
        f"{RECORDS:,} records, then `export(vault, preview, OUT, as_zip=True)` (report.md, "
        "report.pdf, JSON, CSV, manifest and signature, then the leak gate reading all of it "
        "back), after the export rounds, in the same process; records / s = "
        f"{RECORDS:,} ÷ median time.",
        "peak memory, ClientVault: a child process (`python -m bench.export probe VAULT "
        "CLIENT OUT`) opens the vault and unlocks it, resets its peak (`5` written to "
        "/proc/self/clear_refs sets `VmHWM` to the current `VmRSS`, so Argon2id's "
        f"{KDF_MEMORY_MIB} MiB, freed after unlocking, is not counted), previews and reads "
        "`VmHWM`, resets again, exports and reads `VmHWM`; the goal takes the higher of the "
        "two. age: GNU time's `%M` (highest over the rounds).",
        "CPU: user and system seconds, every thread counted: `getrusage(RUSAGE_SELF)` around "
        "our export, `os.wait4`'s usage for age.",
        f"first export in the process (not in the medians): {seconds_text(setup.first)} for "
        "the preview and export together, fontTools loading and the font being parsed on "
        "first use.",
    ]


def _findings(
    results: Results, step: dict[str, float], ratio: float, synced_ratio: float
) -> list[str]:
    runs, age, mem = results.runs["export"], results.runs["age"], results.memory

    def phase(name: str) -> float:
        return median([r.phases[name] for r in runs])

    extra = step["read + AES-GCM"] + step["CRC-32"] + step["SHA-256"] + step["fsync"]
    steps_sum = median([sum(s.values()) for s in results.steps])
    age_time = median([r.seconds for r in age])
    return [
        f"The export took {ratio:.2f}× age's time ({synced_ratio:.2f}× age's plus an fsync). "
        f"Of its {seconds_text(median([r.seconds for r in runs]))}: "
        f"{seconds_text(phase('plan'))} re-reading the {RECORDS:,} records and rebuilding "
        f"the data files to check them against the preview (the report is reused: "
        f"{ms(phase('render'))} rendering), {seconds_text(phase('write') + phase('finish'))} "
        f"zipping, encrypting, writing and hashing, {seconds_text(phase('fsync'))} in the "
        f"final fsyncs (the early ones, on the helper thread while the rest went on, took "
        f"{seconds_text(phase('early fsyncs'))}).",
        "",
        "The re-read is what lets the export refuse when anything changed after the "
        "preview; age has nothing like it. On the bytes, the export does age's work (read, "
        "ChaCha20-Poly1305, write) plus AES-GCM decryption and authentication of the "
        "blobs, CRC-32 for the zip, SHA-256 of the output for the audit entry and the "
        f"fsync: those four take {seconds_text(extra)} on one thread, all steps "
        f"{seconds_text(steps_sum)} (writing into the page cache varies a lot from round to "
        f"round on this virtual machine), against {seconds_text(age_time)} for the whole of "
        f"`age -r`. In CPU time the export used "
        f"{seconds_text(median([r.user + r.system for r in runs]))} against age's "
        f"{seconds_text(median([r.user + r.system for r in age]))} (medians). The helper "
        "threads (writing and hashing, syncing) take that work off the encrypting thread "
        "only while the second of the machine's 2 cores is free; it is shared with other "
        f"jobs (load average {os.getloadavg()[0]:.2f} at the end of this section), so the "
        "ratio moves with the load from run to run.",
        "",
        f"Memory: the process peaked at {_mib(mem['preview_peak_kib'])} during the preview, "
        "rendering report.pdf (vault/pdf parses the installed CJK font and subsets it), and "
        f"at {_mib(mem['export_peak_kib'])} during the export, which streams the "
        f"{_size_text()} through a few MiB and adds "
        f"{_mib(mem['export_peak_kib'] - mem['before_export_kib'])} over the process before "
        "it (re-reading the records).",
    ]


def main(argv: Sequence[str]) -> int:
    if argv[:1] == ["probe"]:
        folder, client_id, out = Path(argv[1]), argv[2], Path(argv[3])
        sys.stdout.write(json.dumps(probe(folder, client_id, out)) + "\n")
        return 0
    from bench import run_all  # noqa: PLC0415 - run_all imports this module

    return run_all.run_alone(8, "export", run)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
